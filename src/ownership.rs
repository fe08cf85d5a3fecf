//! [`Ownership`]: who owns an activity in the words of the Cloud Security Alliance's
//! shared-responsibility model, derived from who holds R and A.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::{AnyActivity, Party, PartySet, Role};

/// Who owns an activity, in the vocabulary of the Cloud Security Alliance's
/// shared-responsibility model (the Cloud Controls Matrix's ownership column): the cloud
/// service provider (CSP, [`Party::PROVIDER`]), the cloud service customer (CSC,
/// [`Party::CUSTOMER`]), or both.
///
/// The rule, applied to every row as the page publishes it: the parties that hold the role
/// lettered `R` (Responsible) or `A` (Accountable) own the activity. The provider alone is
/// [`CspOwned`](Ownership::CspOwned), the customer alone
/// [`CscOwned`](Ownership::CscOwned), both [`Shared`](Ownership::Shared). Consulted and
/// Informed own nothing. A row that no party is Responsible or Accountable for has no
/// ownership (`None`). Waived rows follow the same rule: a row with two Accountable parties
/// is shared, a row with an Accountable party and no Responsible one is that party's.
///
/// ```
/// use ovhcloud_raci::Ownership;
/// use ovhcloud_raci::dedicated_servers::Activity;
///
/// // Customer `RA`, OVHcloud `RI`: both are Responsible.
/// assert_eq!(Activity::InstallOs.ownership(), Some(Ownership::Shared));
/// // Customer `I`, OVHcloud `RA`.
/// assert_eq!(Activity::ReplaceDefectiveHardware.ownership(), Some(Ownership::CspOwned));
/// assert_eq!(Ownership::CspOwned.to_string(), "CSP-owned");
/// assert_eq!("Shared CSP and CSC".parse(), Ok(Ownership::Shared));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ownership {
    /// `CSP-owned`: the provider alone holds R or A.
    CspOwned,
    /// `CSC-owned`: the customer alone holds R or A.
    CscOwned,
    /// `Shared CSP and CSC`: both hold R or A.
    Shared,
}

impl Ownership {
    /// Every value, in the order above.
    pub const ALL: [Ownership; 3] = [Ownership::CspOwned, Ownership::CscOwned, Ownership::Shared];

    /// The model's words: `CSP-owned`, `CSC-owned`, `Shared CSP and CSC`.
    pub const fn label(self) -> &'static str {
        match self {
            Ownership::CspOwned => "CSP-owned",
            Ownership::CscOwned => "CSC-owned",
            Ownership::Shared => "Shared CSP and CSC",
        }
    }

    /// The ownership of a row whose Responsible parties are `responsible` and Accountable
    /// ones `accountable`; `None` when neither side holds R or A.
    pub const fn of(responsible: PartySet, accountable: PartySet) -> Option<Ownership> {
        let owners = responsible.union(accountable);
        match (
            owners.contains(Party::PROVIDER),
            owners.contains(Party::CUSTOMER),
        ) {
            (true, false) => Some(Ownership::CspOwned),
            (false, true) => Some(Ownership::CscOwned),
            (true, true) => Some(Ownership::Shared),
            (false, false) => None,
        }
    }

    /// The ownership of `activity`, by the rule above.
    pub const fn of_activity(activity: AnyActivity) -> Option<Ownership> {
        Ownership::of(holders(activity, 'R'), holders(activity, 'A'))
    }
}

/// The parties that hold the role lettered `letter` for `activity` (none if the legend has
/// no such letter).
const fn holders(activity: AnyActivity, letter: char) -> PartySet {
    match Role::from_letter(letter) {
        Some(role) => activity.parties_with(role),
        None => PartySet::EMPTY,
    }
}

/// The model's words ([`Ownership::label`]).
impl fmt::Display for Ownership {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label())
    }
}

/// The model's words, exactly as [`Ownership::label`] writes them.
impl FromStr for Ownership {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        let mut i = 0;
        while i < Ownership::ALL.len() {
            if Ownership::ALL[i].label().as_bytes() == s.as_bytes() {
                return Ok(Ownership::ALL[i]);
            }
            i += 1;
        }
        Err(ParseError::unknown(ParseErrorKind::Ownership, s))
    }
}
