ovhcloud_raci::assert_raci!(Ovhcloud is Responsable for InstallOs);

fn main() {}
