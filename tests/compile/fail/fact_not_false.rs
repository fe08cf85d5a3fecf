// OVHcloud is Accountable for destroying data.
ovhcloud_raci::assert_raci!(Ovhcloud is not Accountable for DestroyData);

fn main() {}
