//! Every form of `assert_raci!`, at module level and in a function, and `Holds` bounds.

use ovhcloud_raci::assert_raci;
use ovhcloud_raci::types::{Holds, activity, party, role};

assert_raci!(InstallOs: Customer = "RA", Ovhcloud = "RI");
assert_raci!(ConfigureFirmware: Customer = "", Ovhcloud = "RA",);
assert_raci!(HandleHardwareIncidents: Ovhcloud = "RA", Customer = "AI");
assert_raci!(Ovhcloud is Responsible for ReplaceDefectiveHardware);
assert_raci!(Customer is not Responsible for ReplaceDefectiveHardware);

fn escalate<A: Holds<party::Ovhcloud, role::Responsible>>(_: A) -> &'static str {
    A::ACTIVITY.id()
}

fn main() {
    assert_raci!(Customer is Informed for ReplaceDefectiveHardware);
    assert_eq!(escalate(activity::ReplaceDefectiveHardware), "replace-defective-hardware");
    assert_eq!(escalate(activity::InstallOs), "install-os");
}
