//! [`Activity`] and [`ActivitySet`]: the matrix's rows, their cells, and sets of rows.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
pub use crate::matrix::Activity;
use crate::matrix::{
    ACTIVITY_CELLS, ACTIVITY_IDS, ACTIVITY_OFFERS, ACTIVITY_SECTIONS, ACTIVITY_TEXTS,
    ACTIVITY_VARIANTS, ACTIVITY_WAIVERS, ACTIVITY_WORDS, ID_FULL_KEY, ID_PILOTS, ID_SEED,
    ID_SLOT_BITS, ID_SLOTS, id_bucket, id_hash, id_slot, id_words, written,
};
use crate::party::{Party, PartySet};
use crate::role::{Role, RoleSet};
use crate::section::Section;
use crate::set::bitset;

impl Activity {
    /// The activity's id: lowercase kebab-case, stable.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Activity::InstallOs.id(), "install-os");
    /// ```
    #[inline]
    pub const fn id(self) -> &'static str {
        ACTIVITY_IDS[self as usize]
    }

    /// The activity's text, verbatim.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Activity::InstallOs.text(), "Install the OS");
    /// ```
    #[inline]
    pub const fn text(self) -> &'static str {
        ACTIVITY_TEXTS[self as usize]
    }

    /// The heading the row stands under.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Section};
    /// assert_eq!(Activity::InstallOs.section(), Section::CustomerSystemSetup);
    /// ```
    #[inline]
    pub const fn section(self) -> Section {
        ACTIVITY_SECTIONS[self as usize]
    }

    /// The roles `party` holds for this activity: its cell of the row, as a set (its
    /// `Display` writes the letters in legend order; [`cell_as_written`](Self::cell_as_written)
    /// gives them as the page writes them).
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party, Role};
    ///
    /// let cell = Activity::InstallOs.roles(Party::Ovhcloud);
    /// assert_eq!(cell.to_string(), "RI");
    /// assert!(cell.contains(Role::Responsible));
    /// ```
    #[inline]
    pub const fn roles(self, party: Party) -> RoleSet {
        ACTIVITY_CELLS[self as usize][party as usize]
    }

    /// The RACI rules this row breaks because the source page does, each with why the data
    /// keeps it as published; empty for almost every row.
    #[inline]
    pub const fn waivers(self) -> &'static [crate::Waiver] {
        ACTIVITY_WAIVERS[self as usize]
    }

    /// Whether the row applies to `offer`: marked `X` in that applicability column. Only
    /// some pages have such columns ([`Offer::COUNT`](crate::Offer::COUNT) is 0 elsewhere).
    #[inline]
    pub const fn applies_to(self, offer: crate::Offer) -> bool {
        ACTIVITY_OFFERS[self as usize] & (1 << (offer as usize)) != 0
    }

    /// The cell of `party` for this activity as the source page writes it: its letters in
    /// the page's order (a page may write `IR` where the legend reads `RI`), `""` for an
    /// empty cell, or `None` where the page's row stops before the party's column, which is
    /// not the same as an empty cell. [`roles`](Self::roles) gives the roles either way.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party};
    ///
    /// assert_eq!(Activity::InstallOs.cell_as_written(Party::Ovhcloud), Some("RI"));
    /// assert_eq!(Activity::DestroyData.cell_as_written(Party::Customer), Some(""));
    /// ```
    #[inline]
    pub const fn cell_as_written(self, party: Party) -> Option<&'static str> {
        written::CELLS[self as usize][party as usize]
    }

    /// The parties that hold `role` for this activity.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party, PartySet, Role};
    /// assert_eq!(Activity::DestroyData.parties_with(Role::Responsible), PartySet::single(Party::Ovhcloud));
    /// ```
    #[inline]
    pub const fn parties_with(self, role: Role) -> PartySet {
        let mut parties = PartySet::EMPTY;
        let mut p = 0;
        while p < Party::COUNT {
            if ACTIVITY_CELLS[self as usize][p].contains(role) {
                parties = parties.with(Party::ALL[p]);
            }
            p += 1;
        }
        parties
    }

    /// The activity with this exact id.
    ///
    /// ```
    /// use ovhcloud_raci::Activity;
    /// assert_eq!(Activity::from_id("install-os"), Some(Activity::InstallOs));
    /// assert_eq!(Activity::from_id("Install-OS"), None);
    /// ```
    ///
    /// One hash, two table reads and one comparison, whatever the id: a perfect hash of the
    /// ids, found when the crate was built.
    #[inline]
    pub const fn from_id(id: &str) -> Option<Activity> {
        let key = id.as_bytes();
        let words = id_words(key);
        let hash = id_hash(key, &words, ID_SEED, ID_FULL_KEY);
        // With a single bucket this index is the constant 0, and the pilot a constant.
        let pilot = ID_PILOTS[id_bucket(hash, ID_PILOTS.len())];
        let index = ID_SLOTS[id_slot(hash, pilot, ID_SLOT_BITS)] as usize;
        if index >= Activity::COUNT {
            return None;
        }
        let (length, candidate) = ID_WORDS[index];
        // The four words are the whole id up to 32 bytes; past that, compare the middle.
        // One branch for the five comparisons, as hits and misses come in any order.
        let differ = (length ^ key.len()) as u64
            | (candidate[0] ^ words[0])
            | (candidate[1] ^ words[1])
            | (candidate[2] ^ words[2])
            | (candidate[3] ^ words[3]);
        let same =
            differ == 0 && (length <= 32 || same_middle(ACTIVITY_IDS[index].as_bytes(), key));
        if same { Some(ACTIVITIES[index]) } else { None }
    }
}

/// Every activity, read in place (see `BY_PARTY_AND_ROLE` in `party.rs`).
pub(crate) const ACTIVITIES: &[Activity; Activity::COUNT] = &Activity::ALL;

/// The length and four words of every id, so a lookup compares words, not bytes. (A
/// reference, read in place: see `BY_PARTY_AND_ROLE` in `party.rs`.)
const ID_WORDS: &[(usize, [u64; 4]); Activity::COUNT] = &{
    let mut words = [(0, [0; 4]); Activity::COUNT];
    let mut i = 0;
    while i < Activity::COUNT {
        let id = ACTIVITY_IDS[i].as_bytes();
        words[i] = (id.len(), id_words(id));
        i += 1;
    }
    words
};

/// Whether `a` and `b`, of the same length over 32 bytes, agree between their first and last
/// sixteen bytes (which the callers compared already), eight bytes at a time, in `const`.
#[inline]
const fn same_middle(a: &[u8], b: &[u8]) -> bool {
    let mut at = 16;
    while at + 16 < a.len() {
        let (Some(x), Some(y)) = (
            a.split_at(at).1.first_chunk::<8>(),
            b.split_at(at).1.first_chunk::<8>(),
        ) else {
            return false;
        };
        if u64::from_ne_bytes(*x) != u64::from_ne_bytes(*y) {
            return false;
        }
        at += 8;
    }
    true
}

/// The variant's name, as `#[derive(Debug)]` would write it (read from a table, which
/// compiles in linear time however many activities the matrix has).
impl fmt::Debug for Activity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(ACTIVITY_VARIANTS[*self as usize])
    }
}

/// The activity's text.
impl fmt::Display for Activity {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.text())
    }
}

/// An exact id, as [`Activity::from_id`].
impl FromStr for Activity {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Activity::from_id(s).ok_or(ParseError::unknown(ParseErrorKind::Activity, s))
    }
}

bitset! {
    /// A set of activities, of any size: one bit per row.
    ///
    /// ```
    /// use ovhcloud_raci::{Activity, Party, Role};
    ///
    /// // What the customer must do and answer for.
    /// let owned = Party::Customer.activities(Role::Responsible)
    ///     & Party::Customer.activities(Role::Accountable);
    /// assert!(owned.contains(Activity::InstallOs));
    /// assert_eq!(owned.iter().next(), Some(Activity::ChooseLocation));
    /// ```
    ActivitySet, ActivitySetIter, Activity, u64, ACTIVITY_WORDS,
    "use ovhcloud_raci::{Activity, ActivitySet};\nassert!(ActivitySet::single(Activity::InstallOs).contains(Activity::InstallOs));"
}
