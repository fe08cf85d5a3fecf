ovhcloud_raci::assert_raci!(dedicated_servers::InstallOs: Customer = "RX", Ovhcloud = "RI");

fn main() {}
