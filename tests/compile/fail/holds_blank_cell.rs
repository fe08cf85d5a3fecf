use ovhcloud_raci::dedicated_servers::types::activity;
use ovhcloud_raci::types::{Holds, party::Ovhcloud, role::Informed};

fn notify<A: Holds<Ovhcloud, Informed>>(_: A) {}

fn main() {
    // OVHcloud has no role at all in restoring backups.
    notify(activity::RestoreBackups);
}
