//! [`ParseError`]: the one error of every `FromStr` in the crate, kept without allocating.

use core::fmt;

use crate::nearest::nearest;
use crate::{PARTY_IDS, PARTY_NAMES, PRODUCT_IDS, Product, ROLE_LETTERS, ROLE_NAMES};

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
    /// A product's `Section`: a heading number or id.
    Section,
    /// A product's `Activity`: an id.
    Activity,
    /// A [`Product`](crate::Product): an id.
    Product,
    /// An [`AnyActivity`](crate::AnyActivity): `product/id`, without its `/`.
    Path,
    /// A [`Locale`](crate::Locale): a language tag.
    Locale,
    /// An `Ownership`: the shared-responsibility model's words.
    Ownership,
    /// A [`Date`](crate::Date): `YYYY-MM-DD`, a day the calendar has.
    Date,
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
    /// The product whose ids were searched, for activities and sections.
    product: Option<Product>,
    problem: Problem,
    input: [u8; KEPT],
    input_len: u8,
    truncated: bool,
}

impl ParseError {
    pub(crate) const fn unknown(kind: ParseErrorKind, input: &str) -> Self {
        Self::new(kind, Problem::Unknown, input)
    }

    /// An id unknown in `product`'s matrix.
    pub(crate) const fn unknown_in(kind: ParseErrorKind, product: Product, input: &str) -> Self {
        let mut error = Self::new(kind, Problem::Unknown, input);
        error.product = Some(product);
        error
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
            product: None,
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

    /// The product whose activities or headings were searched, for those kinds.
    pub const fn product(&self) -> Option<Product> {
        self.product
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
            ParseErrorKind::Product => "product",
            ParseErrorKind::Path => "activity path",
            ParseErrorKind::Locale => "locale",
            ParseErrorKind::Ownership => "ownership",
            ParseErrorKind::Date => "date",
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
        // Activities, sections and products are many: name the nearest, not all (see
        // `accepted`).
        let Some((candidates, counted)) = self.candidates() else {
            return write!(f, ": {}", self.accepted());
        };
        if let Some(product) = self.product {
            write!(f, " in {}", product.id())?;
        }
        let near: [&str; 3] = self.near().map(Option::unwrap_or_default);
        match near {
            ["", ..] => write!(f, "; not one of the {} {counted}", candidates.len()),
            [a, "", _] => write!(f, "; did you mean \"{a}\"?"),
            [a, b, ""] => write!(f, "; did you mean \"{a}\" or \"{b}\"?"),
            [a, b, c] => write!(f, "; did you mean \"{a}\", \"{b}\" or \"{c}\"?"),
        }
    }
}

impl ParseError {
    /// For the kinds with many spellings (activities, sections, products, locales): every
    /// one of them, and what the message calls them.
    fn candidates(&self) -> Option<(&'static [&'static str], &'static str)> {
        match (self.kind, self.product) {
            (ParseErrorKind::Activity, Some(product)) => {
                Some((product.tables().activity_ids, "activity ids"))
            }
            (ParseErrorKind::Section, Some(product)) => {
                Some((product.tables().section_ids, "heading ids or numbers"))
            }
            (ParseErrorKind::Product, _) => Some((&PRODUCT_IDS[..], "product ids of this build")),
            (ParseErrorKind::Locale, _) => Some((&crate::LOCALE_IDS[..], "locales of this build")),
            _ => None,
        }
    }

    /// The nearest spellings, nearest first (a heading number is compared with numbers).
    fn near(&self) -> [Option<&'static str>; 3] {
        match (self.kind, self.product) {
            (ParseErrorKind::Section, Some(product))
                if self.input().starts_with(|c: char| c.is_ascii_digit()) =>
            {
                nearest(self.input(), product.tables().section_numbers)
            }
            _ => self.candidates().map_or([None; 3], |(candidates, _)| {
                nearest(self.input(), candidates)
            }),
        }
    }

    /// The accepted spellings nearest to the input, nearest first: at most three, the ones
    /// the message names after "did you mean". Only for the kinds with many spellings
    /// (activities, sections, products, locales); the others list them all in
    /// [`accepted`](Self::accepted). Allocates nothing.
    ///
    /// ```
    /// use ovhcloud_raci::dedicated_servers::Activity;
    ///
    /// let error = "instal-os".parse::<Activity>().unwrap_err();
    /// assert_eq!(error.suggestions().collect::<Vec<_>>(), ["install-os"]);
    /// let error = "zzzzzzzzzzzz".parse::<Activity>().unwrap_err();
    /// assert_eq!(error.suggestions().count(), 0);
    /// ```
    pub fn suggestions(&self) -> Suggestions {
        Suggestions {
            near: self.near(),
            next: 0,
        }
    }
}

/// The spellings nearest to a refused input, nearest first: see
/// [`ParseError::suggestions`].
#[derive(Debug, Clone)]
pub struct Suggestions {
    near: [Option<&'static str>; 3],
    next: usize,
}

impl Iterator for Suggestions {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let item = *self.near.get(self.next)?;
        self.next += 1;
        item
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
    /// use ovhcloud_raci::dedicated_servers::Activity;
    ///
    /// let error = "instal-os".parse::<Activity>().unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     r#"unknown activity id "instal-os" in dedicated-servers; did you mean "install-os"?"#
    /// );
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
                f.write_str("expected a heading number or id")?;
                let Some(t) = self.product.map(Product::tables) else {
                    return Ok(());
                };
                f.write_str(": ")?;
                for (i, (number, id)) in t.section_numbers.iter().zip(t.section_ids).enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}\"{number}\" (\"{id}\")")?;
                }
                Ok(())
            }
            ParseErrorKind::Activity => {
                f.write_str("expected one of ")?;
                match self.product {
                    Some(product) => list(f, product.tables().activity_ids),
                    None => Ok(()),
                }
            }
            ParseErrorKind::Product => {
                f.write_str("expected one of ")?;
                list(f, PRODUCT_IDS)
            }
            ParseErrorKind::Locale => {
                f.write_str("expected one of ")?;
                list(f, crate::LOCALE_IDS)
            }
            ParseErrorKind::Ownership => {
                f.write_str("expected \"CSP-owned\", \"CSC-owned\" or \"Shared CSP and CSC\"")
            }
            ParseErrorKind::Date => f.write_str("expected a day as YYYY-MM-DD (`2022-06-01`)"),
            ParseErrorKind::Path => f.write_str(
                "expected a product id and an activity id, as `product/id` \
                 (`dedicated-servers/install-os`)",
            ),
        }
    }
}

impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("kind", &self.kind)
            .field("product", &self.product)
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .field("message", &format_args!("{self}"))
            .finish_non_exhaustive()
    }
}

impl core::error::Error for ParseError {}
