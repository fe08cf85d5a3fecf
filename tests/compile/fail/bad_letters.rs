ovhcloud_raci::assert_raci!(InstallOs: Customer = "RX", Ovhcloud = "RI");

fn main() {}
