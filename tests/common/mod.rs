//! Helpers shared by the integration tests.

use ovhcloud_raci::{Role, RoleSet};

/// Every set of roles of the legend, from the empty set to all of them (no allocation).
pub fn every_role_set() -> impl Iterator<Item = RoleSet> {
    (0u32..1 << Role::COUNT).map(|bits| {
        Role::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, r)| *r)
            .collect()
    })
}
