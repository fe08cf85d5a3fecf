ovhcloud_raci::assert_raci!(Ovhcloud is Responsable for dedicated_servers::InstallOs);

fn main() {}
