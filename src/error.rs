//! [`ParseError`]: the one error of every `FromStr` in the crate, kept without allocating.

use core::fmt;

use crate::matrix::{
    ACTIVITY_IDS, PARTY_IDS, PARTY_NAMES, ROLE_LETTERS, ROLE_NAMES, SECTION_IDS, SECTION_NUMBERS,
};
use crate::nearest::nearest;

/// What kind of value failed to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// A [`Party`](crate::Party): an id or a name.
    Party,
    /// A [`Role`](crate::Role): a letter or a name.
    Role,
    /// A [`RoleSet`](crate::RoleSet): a cell's letters.
    RoleSet,
    /// A [`Section`](crate::Section): a heading number or id.
    Section,
    /// An [`Activity`](crate::Activity): an id.
    Activity,
}

/// Why role letters were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Problem {
    Unknown,
    NotALetter(char),
    Repeated(char),
}

/// How much of the refused input an error keeps, in bytes.
const KEPT: usize = 40;

/// A string that could not be parsed, with what is accepted instead.
///
/// The message names the input (up to 40 bytes of it) and lists what would have been
/// accepted; the error holds no heap memory.
///
/// ```
/// use ovhcloud_raci::{Party, ParseErrorKind};
///
/// let error = "ovh".parse::<Party>().unwrap_err();
/// assert_eq!(error.kind(), ParseErrorKind::Party);
/// assert_eq!(error.input(), "ovh");
/// assert!(error.to_string().starts_with(r#"unknown party "ovh""#));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseError {
    kind: ParseErrorKind,
    problem: Problem,
    input: [u8; KEPT],
    input_len: u8,
    truncated: bool,
}

impl ParseError {
    pub(crate) const fn unknown(kind: ParseErrorKind, input: &str) -> Self {
        Self::new(kind, Problem::Unknown, input)
    }

    pub(crate) const fn not_a_letter(input: &str, letter: char) -> Self {
        Self::new(ParseErrorKind::RoleSet, Problem::NotALetter(letter), input)
    }

    pub(crate) const fn repeated(input: &str, letter: char) -> Self {
        Self::new(ParseErrorKind::RoleSet, Problem::Repeated(letter), input)
    }

    const fn new(kind: ParseErrorKind, problem: Problem, input: &str) -> Self {
        let bytes = input.as_bytes();
        let mut len = if bytes.len() > KEPT {
            KEPT
        } else {
            bytes.len()
        };
        // Cut on a character boundary so `input()` stays valid UTF-8.
        while len < bytes.len() && len > 0 && (bytes[len] & 0xC0) == 0x80 {
            len -= 1;
        }
        let mut kept = [0; KEPT];
        let mut i = 0;
        while i < len {
            kept[i] = bytes[i];
            i += 1;
        }
        ParseError {
            kind,
            problem,
            input: kept,
            #[allow(clippy::cast_possible_truncation)] // `len <= KEPT`, which fits a u8
            input_len: len as u8,
            truncated: len < bytes.len(),
        }
    }

    /// What kind of value was being parsed.
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The refused input, cut to its first 40 bytes (on a character boundary) if longer.
    pub fn input(&self) -> &str {
        let kept = &self.input[..usize::from(self.input_len)];
        // Always valid: the bytes are a prefix of a `&str` cut on a character boundary.
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is only the start of what was given.
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

/// Writes `"a", "b" or "c"`.
fn list(f: &mut fmt::Formatter<'_>, items: &[&str]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(if i + 1 == items.len() { " or " } else { ", " })?;
        }
        write!(f, "{item:?}")?;
    }
    Ok(())
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = match self.kind {
            ParseErrorKind::Party => "party",
            ParseErrorKind::Role => "role",
            ParseErrorKind::RoleSet => "role letters",
            ParseErrorKind::Section => "section",
            ParseErrorKind::Activity => "activity id",
        };
        let adjective = match self.problem {
            Problem::Unknown => "unknown",
            Problem::NotALetter(_) | Problem::Repeated(_) => "invalid",
        };
        let ellipsis = if self.truncated { "…" } else { "" };
        write!(
            f,
            "{adjective} {noun} \"{}{ellipsis}\"",
            self.input().escape_debug()
        )?;
        // Activities and sections are many: name the nearest, not all (see `accepted`).
        let (candidates, counted) = match self.kind {
            ParseErrorKind::Activity => (&ACTIVITY_IDS[..], "activity ids"),
            ParseErrorKind::Section => (&SECTION_IDS[..], "heading ids or numbers"),
            _ => return write!(f, ": {}", self.accepted()),
        };
        let near = if self.kind == ParseErrorKind::Section
            && self.input().starts_with(|c: char| c.is_ascii_digit())
        {
            nearest(self.input(), SECTION_NUMBERS)
        } else {
            nearest(self.input(), candidates)
        };
        let near: [&str; 3] = near.map(Option::unwrap_or_default);
        match near {
            ["", ..] => write!(f, "; not one of the {} {counted}", candidates.len()),
            [a, "", _] => write!(f, "; did you mean \"{a}\"?"),
            [a, b, ""] => write!(f, "; did you mean \"{a}\" or \"{b}\"?"),
            [a, b, c] => write!(f, "; did you mean \"{a}\", \"{b}\" or \"{c}\"?"),
        }
    }
}

/// Every spelling a [`ParseError`]'s kind accepts, for [`ParseError::accepted`].
#[derive(Debug, Clone, Copy)]
pub struct Accepted<'a>(&'a ParseError);

impl fmt::Display for Accepted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_expected(f)
    }
}

impl ParseError {
    /// Everything the input could have been: every id, name, letter or number of its kind.
    /// For activities and sections the message itself names only the nearest few, so a
    /// log line stays short; this writes them all, without allocating.
    ///
    /// ```
    /// use ovhcloud_raci::Activity;
    ///
    /// let error = "instal-os".parse::<Activity>().unwrap_err();
    /// assert_eq!(error.to_string(), r#"unknown activity id "instal-os"; did you mean "install-os"?"#);
    /// assert!(error.accepted().to_string().contains(r#""destroy-data""#));
    /// ```
    pub fn accepted(&self) -> Accepted<'_> {
        Accepted(self)
    }

    /// What the input was expected to be: every accepted spelling of the kind.
    fn write_expected(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseErrorKind::Party => {
                f.write_str("expected a party id or name, ASCII case-insensitive: ")?;
                for (i, (id, name)) in PARTY_IDS.iter().zip(PARTY_NAMES).enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}\"{id}\" (\"{name}\")")?;
                }
                Ok(())
            }
            ParseErrorKind::Role => {
                f.write_str("expected a role letter or name, ASCII case-insensitive: ")?;
                for (i, (letter, name)) in ROLE_LETTERS.iter().zip(ROLE_NAMES).enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}\"{letter}\" (\"{name}\")")?;
                }
                Ok(())
            }
            ParseErrorKind::RoleSet => {
                match self.problem {
                    Problem::NotALetter(c) => write!(f, "{c:?} is not a role letter; ")?,
                    Problem::Repeated(c) => write!(f, "{c:?} appears more than once; ")?,
                    Problem::Unknown => {}
                }
                f.write_str("expected role letters among \"")?;
                for letter in ROLE_LETTERS {
                    write!(f, "{letter}")?;
                }
                f.write_str("\", each at most once (\"\" is no role)")
            }
            ParseErrorKind::Section => {
                f.write_str("expected a heading number or id: ")?;
                for (i, (number, id)) in SECTION_NUMBERS.iter().zip(SECTION_IDS).enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}\"{number}\" (\"{id}\")")?;
                }
                Ok(())
            }
            ParseErrorKind::Activity => {
                f.write_str("expected one of ")?;
                list(f, ACTIVITY_IDS)
            }
        }
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("kind", &self.kind)
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .field("message", &format_args!("{self}"))
            .finish_non_exhaustive()
    }
}

impl core::error::Error for ParseError {}
