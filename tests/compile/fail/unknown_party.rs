ovhcloud_raci::assert_raci!(InstallOs: Client = "RA", Ovhcloud = "RI");

fn main() {}
