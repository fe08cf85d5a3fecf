use ovhcloud_raci::types::PartyType;
use ovhcloud_raci::Party;

#[derive(Clone, Copy, Default)]
struct Intruder;

// The marker traits are sealed: only the matrix defines parties.
impl PartyType for Intruder {
    const PARTY: Party = Party::Customer;
}

fn main() {}
