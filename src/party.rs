//! [`Party`] and [`PartySet`]: the matrix's columns, and sets of them.

use core::fmt;
use core::str::FromStr;

use crate::activity::{ACTIVITIES, ActivitySet};
use crate::error::{ParseError, ParseErrorKind};
pub use crate::matrix::Party;
use crate::matrix::{ACTIVITY_CELLS, PARTY_IDS, PARTY_NAMES};
use crate::role::Role;
use crate::set::bitset;

impl Party {
    /// The party's id: lowercase kebab-case, stable.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Party::Ovhcloud.id(), "ovhcloud");
    /// ```
    #[inline]
    pub const fn id(self) -> &'static str {
        PARTY_IDS[self as usize]
    }

    /// The party's name, as the matrix's column header writes it.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Party::Ovhcloud.name(), "OVHcloud");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        PARTY_NAMES[self as usize]
    }

    /// Every activity for which this party holds `role`, from a table computed at compile time.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party, Role};
    ///
    /// let accountable = Party::Customer.activities(Role::Accountable);
    /// assert!(accountable.contains(Activity::InstallOs));
    /// assert!(!accountable.contains(Activity::DestroyData));
    /// ```
    #[inline]
    pub const fn activities(self, role: Role) -> ActivitySet {
        BY_PARTY_AND_ROLE[self as usize][role as usize]
    }
}

/// `activities(party, role)`, inverted from the cells once, at compile time.
///
/// Tables here are references to constants, read in place: indexing a constant array by
/// value copies the whole array first, in `const` evaluation and in unoptimised builds,
/// which would make this loop quadratic in the number of activities.
const BY_PARTY_AND_ROLE: &[[ActivitySet; Role::COUNT]; Party::COUNT] = &{
    let mut table = [[ActivitySet::EMPTY; Role::COUNT]; Party::COUNT];
    let mut a = 0;
    while a < ACTIVITY_CELLS.len() {
        let mut p = 0;
        while p < Party::COUNT {
            let mut r = 0;
            while r < Role::COUNT {
                if ACTIVITY_CELLS[a][p].contains(Role::ALL[r]) {
                    table[p][r].insert(ACTIVITIES[a]);
                }
                r += 1;
            }
            p += 1;
        }
        a += 1;
    }
    table
};

/// The party's name.
impl fmt::Display for Party {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// An id or a name, ASCII case-insensitive: `"ovhcloud"`, `"OVHcloud"`, `"OVHCLOUD"`.
impl FromStr for Party {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Party::ALL
            .into_iter()
            .find(|p| s.eq_ignore_ascii_case(p.id()) || s.eq_ignore_ascii_case(p.name()))
            .ok_or(ParseError::unknown(ParseErrorKind::Party, s))
    }
}

bitset! {
    /// A set of parties, such as those that hold a role for an activity.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party, PartySet, Role};
    ///
    /// let accountable = Activity::HandleHardwareIncidents.parties_with(Role::Accountable);
    /// assert_eq!(accountable, PartySet::FULL);
    /// assert_eq!(accountable.len(), 2);
    /// ```
    PartySet, PartySetIter, Party, u64, 1,
    "use ovhcloud_raci::{Party, PartySet};\nassert_eq!(PartySet::single(Party::Customer).len(), 1);"
}
