// A row names every party's cell; one cell is a single fact.
ovhcloud_raci::assert_raci!(dedicated_servers::InstallOs: Customer = "RA");

fn main() {}
