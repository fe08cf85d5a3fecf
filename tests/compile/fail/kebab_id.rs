ovhcloud_raci::assert_raci!(dedicated_servers::replace-defective-hardware: Customer = "I", Ovhcloud = "RA");
ovhcloud_raci::assert_raci!(Ovhcloud is not Responsible for dedicated_servers::restore-backups);

fn main() {}
