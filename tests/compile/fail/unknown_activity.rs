ovhcloud_raci::assert_raci!(Ovhcloud is Responsible for dedicated_servers::InstallOS);

fn main() {}
