ovhcloud_raci::assert_raci!(Ovhcloud is Responsible for InstallOS);

fn main() {}
