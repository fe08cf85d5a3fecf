use ovhcloud_raci::types::{Holds, role::Responsible};

// Only the crate's party types stand for parties.
fn escalate<A: Holds<u8, Responsible>>(_: A) {}

fn main() {}
