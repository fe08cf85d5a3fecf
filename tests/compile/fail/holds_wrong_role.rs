use ovhcloud_raci::dedicated_servers::types::activity;
use ovhcloud_raci::types::{Holds, party::Ovhcloud, role::Responsible};

fn escalate<A: Holds<Ovhcloud, Responsible>>(_: A) {}

fn main() {
    // OVHcloud is only Informed when the customer chooses the location.
    escalate(activity::ChooseLocation);
}
