ovhcloud_raci::assert_raci!(dedicated_servers::InstallOs: Client = "RA", Ovhcloud = "RI");

fn main() {}
