//! Every form of `assert_raci!`, at module level and in a function, and `Holds` bounds.

use ovhcloud_raci::{ProductActivity, assert_raci};
use ovhcloud_raci::dedicated_servers::types::activity;
use ovhcloud_raci::types::{Holds, party, role};

assert_raci!(dedicated_servers::InstallOs: Customer = "RA", Ovhcloud = "RI");
assert_raci!(dedicated_servers::ConfigureFirmware: Customer = "", Ovhcloud = "RA",);
assert_raci!(dedicated_servers::HandleHardwareIncidents: Ovhcloud = "RA", Customer = "AI");
assert_raci!(Ovhcloud is Responsible for dedicated_servers::ReplaceDefectiveHardware);
assert_raci!(Customer is not Responsible for dedicated_servers::ReplaceDefectiveHardware);

fn escalate<A: Holds<party::Ovhcloud, role::Responsible>>(_: A) -> &'static str {
    A::ACTIVITY.id()
}

fn main() {
    assert_raci!(Customer is Informed for dedicated_servers::ReplaceDefectiveHardware);
    assert_eq!(escalate(activity::ReplaceDefectiveHardware), "replace-defective-hardware");
    assert_eq!(escalate(activity::InstallOs), "install-os");
}
