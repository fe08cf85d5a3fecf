//! [`Role`] and [`RoleSet`]: the legend's roles, and the set of them a cell holds.

use core::fmt;
use core::str::FromStr;

use crate::error::ParseError;
use crate::set::bitset;
use crate::{ROLE_LETTERS, ROLE_NAMES, Role};

impl Role {
    /// The letter used in the matrix's cells.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Role::Accountable.letter(), 'A');
    /// ```
    #[inline]
    pub const fn letter(self) -> char {
        ROLE_LETTERS[self as usize]
    }

    /// The role's name.
    ///
    /// ```
    /// assert_eq!(ovhcloud_raci::Role::Consulted.name(), "Consulted");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        ROLE_NAMES[self as usize]
    }

    /// The role lettered `letter` (exact case), if the legend has one.
    ///
    /// ```
    /// use ovhcloud_raci::Role;
    /// assert_eq!(Role::from_letter('R'), Some(Role::Responsible));
    /// assert_eq!(Role::from_letter('X'), None);
    /// ```
    #[inline]
    pub const fn from_letter(letter: char) -> Option<Role> {
        let mut i = 0;
        while i < Role::COUNT {
            if ROLE_LETTERS[i] == letter {
                return Some(Role::ALL[i]);
            }
            i += 1;
        }
        None
    }
}

/// The role's name.
impl fmt::Display for Role {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A letter or a name, ASCII case-insensitive: `"R"`, `"r"`, `"Responsible"`.
impl FromStr for Role {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Role::ALL
            .into_iter()
            .find(|role| {
                let mut letter = [0; 4];
                s.eq_ignore_ascii_case(role.letter().encode_utf8(&mut letter))
                    || s.eq_ignore_ascii_case(role.name())
            })
            .ok_or(ParseError::unknown(crate::ParseErrorKind::Role, s))
    }
}

bitset! {
    /// A set of roles: what one party holds for one activity, a cell of the matrix.
    ///
    /// It prints as the cell's letters in legend order, and parses from them.
    ///
    /// ```
    /// use ovhcloud_raci::{Role, RoleSet};
    ///
    /// let cell = RoleSet::from_letters("RA");
    /// assert!(cell.contains(Role::Accountable));
    /// assert_eq!(cell.to_string(), "RA");
    /// assert_eq!("AR".parse::<RoleSet>(), Ok(cell));
    /// assert_eq!(RoleSet::EMPTY.to_string(), "");
    /// ```
    RoleSet, RoleSetIter, Role, u16, 1,
    "use ovhcloud_raci::{Role, RoleSet};\nassert_eq!(RoleSet::single(Role::Informed).to_string(), \"I\");"
}

impl RoleSet {
    /// The roles whose letters `letters` holds, in any order; for `const` items.
    ///
    /// In a `const` this checks the letters at compile time:
    ///
    /// ```
    /// use ovhcloud_raci::RoleSet;
    /// const CELL: RoleSet = RoleSet::from_letters("RI");
    /// assert_eq!(CELL.len(), 2);
    /// ```
    ///
    /// ```compile_fail
    /// use ovhcloud_raci::RoleSet;
    /// const CELL: RoleSet = RoleSet::from_letters("RX"); // not a role letter
    /// ```
    ///
    /// # Panics
    /// If a letter is not a role letter or is repeated, which in a `const` item is a
    /// compile error. At run time, parse instead: [`RoleSet::try_from_letters`] or
    /// [`str::parse`].
    #[inline]
    pub const fn from_letters(letters: &str) -> RoleSet {
        match RoleSet::try_from_letters(letters) {
            Ok(set) => set,
            Err(_) => panic!("not role letters of the legend, each at most once"),
        }
    }

    /// The roles whose letters `letters` holds, in any order, each at most once.
    ///
    /// ```
    /// use ovhcloud_raci::{Role, RoleSet};
    /// assert_eq!(RoleSet::try_from_letters("IC"), Ok(RoleSet::EMPTY | Role::Consulted | Role::Informed));
    /// assert!(RoleSet::try_from_letters("RR").is_err());
    /// ```
    ///
    /// # Errors
    /// A character that is no role letter (letters are case-sensitive), or a repeated one.
    #[inline]
    pub const fn try_from_letters(letters: &str) -> Result<RoleSet, ParseError> {
        let bytes = letters.as_bytes();
        let mut set = RoleSet::EMPTY;
        let mut i = 0;
        while i < bytes.len() {
            // Role letters are ASCII (the generator checks it), so a byte at a time is exact
            // up to the first non-ASCII character, which is refused whole.
            let c = char_at(bytes, i);
            let Some(role) = Role::from_letter(c) else {
                return Err(ParseError::not_a_letter(letters, c));
            };
            if !set.insert(role) {
                return Err(ParseError::repeated(letters, c));
            }
            i += 1;
        }
        Ok(set)
    }
}

/// The character whose UTF-8 encoding starts at byte `at` of `bytes` (a `&str`'s bytes).
#[inline]
const fn char_at(bytes: &[u8], at: usize) -> char {
    let lead = bytes[at] as u32;
    let (len, mut code) = match lead {
        0..0x80 => (1, lead),
        0xF0.. => (4, lead & 0x07),
        0xE0.. => (3, lead & 0x0F),
        _ => (2, lead & 0x1F),
    };
    let mut k = 1;
    while k < len && at + k < bytes.len() {
        code = (code << 6) | (bytes[at + k] as u32 & 0x3F);
        k += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => char::REPLACEMENT_CHARACTER,
    }
}

/// The letters in legend order, as the matrix's cells write them: `"RA"`, or `""`.
impl fmt::Display for RoleSet {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buffer = [0u8; 4 * Role::COUNT];
        let mut len = 0;
        for role in *self {
            len += role.letter().encode_utf8(&mut buffer[len..]).len();
        }
        f.pad(core::str::from_utf8(&buffer[..len]).unwrap_or_default())
    }
}

/// A cell's letters, in any order, each at most once; `""` is the empty set.
impl FromStr for RoleSet {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        RoleSet::try_from_letters(s)
    }
}
