//! [`Party`] and [`PartySet`]: the columns of every matrix, and sets of them.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::set::bitset;
use crate::{PARTY_IDS, PARTY_NAMES, Party};

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
}

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
    /// use ovhcloud_raci::{Party, PartySet, Role, dedicated_servers::Activity};
    ///
    /// let accountable = Activity::HandleHardwareIncidents.parties_with(Role::Accountable);
    /// assert_eq!(accountable, PartySet::FULL);
    /// assert_eq!(accountable.len(), 2);
    /// ```
    PartySet, PartySetIter, Party, u64, 1,
    "use ovhcloud_raci::{Party, PartySet};\nassert_eq!(PartySet::single(Party::Customer).len(), 1);"
}
