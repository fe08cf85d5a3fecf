ovhcloud_raci::assert_raci!(InstallOs: Customer = "RA", Customer = "RA");

fn main() {}
