// OVHcloud is Accountable for destroying data.
ovhcloud_raci::assert_raci!(Ovhcloud is not Accountable for dedicated_servers::DestroyData);

fn main() {}
