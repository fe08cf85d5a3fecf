// The page says OVHcloud has no role in restoring backups.
ovhcloud_raci::assert_raci!(dedicated_servers::RestoreBackups: Customer = "RA", Ovhcloud = "RI");

fn main() {}
