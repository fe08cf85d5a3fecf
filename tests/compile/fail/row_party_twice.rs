ovhcloud_raci::assert_raci!(dedicated_servers::InstallOs: Customer = "RA", Customer = "RA");

fn main() {}
