//! [`Locale`]: the languages some products have their texts in, beside their pages' English.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::{LOCALE_IDS, Legend, Locale, Party, Product, Role};

impl Locale {
    /// The language's tag, lowercase: `fr-fr`.
    #[inline]
    pub const fn id(self) -> &'static str {
        LOCALE_IDS[self as usize]
    }
}

/// The language's tag.
impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

/// A tag, ASCII case-insensitive: `fr-fr`, `fr-FR`.
impl FromStr for Locale {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        Locale::ALL
            .into_iter()
            .find(|l| l.id().eq_ignore_ascii_case(s))
            .ok_or(ParseError::unknown(ParseErrorKind::Locale, s))
    }
}

impl Product {
    /// The languages this product has texts in, beside its page's English; none without the
    /// feature `locales`, which leaves the translations out of the build.
    ///
    /// ```
    /// # #[cfg(feature = "locales")] {
    /// use ovhcloud_raci::{Locale, Party, Product, Role};
    /// use ovhcloud_raci::dedicated_servers::{Activity, LEGEND};
    ///
    /// let fr: Locale = "fr-fr".parse().unwrap();
    /// let ds = Product::DedicatedServers;
    /// assert!(ds.locales().any(|l| l == fr));
    /// assert_eq!(ds.title_in(fr), Some("RACI Serveurs Dédiés"));
    /// assert_eq!(ds.party_name_in(Party::Customer, fr), Some("Client"));
    /// assert_eq!(Activity::ChooseLocation.text_in(fr), Some("Choisir la localisation des serveurs dédiés"));
    /// assert_eq!(LEGEND.description_in(Role::Consulted, fr), Some("Est Consulté pendant le processus"));
    /// // A row the French page does not have: no text, not a guess.
    /// assert_eq!(Activity::TransferData.text_in(fr), None);
    /// # }
    /// ```
    pub fn locales(self) -> impl Iterator<Item = Locale> + Clone {
        self.tables().translations.iter().map(|t| t.locale)
    }

    /// The page's title in `locale`, if the product has that language.
    #[inline]
    pub const fn title_in(self, locale: Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => Some(t.title),
            None => None,
        }
    }

    /// The rows of `locale`'s page that no row of today's page pairs with, kept as written,
    /// in the page's order: their cells differ from every English row under the heading of
    /// the same number, or the English page has no such heading, or (for a translation of an
    /// earlier version) the English row they translate was reworded since. The translation
    /// says what the English of today does not, and the crate does not drop it. Empty where
    /// the product has no such page, or where every row pairs.
    pub fn unpaired_rows_in(self, locale: Locale) -> &'static [UnpairedRow] {
        match self.tables().translation(locale) {
            Some(t) => t.unpaired,
            None => &[],
        }
    }

    /// The name of `party` (its column's header) in `locale`'s page.
    #[inline]
    pub const fn party_name_in(self, party: Party, locale: Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => t.parties[party as usize],
            None => None,
        }
    }
}

impl Legend {
    /// What `locale`'s page writes between a letter and its text (`" : "`).
    #[inline]
    pub const fn separator_in(self, locale: Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => Some(t.legend_separator),
            None => None,
        }
    }

    /// The text of `role` in `locale`'s page, verbatim.
    #[inline]
    pub const fn description_in(self, role: Role, locale: Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => t.legend[role as usize],
            None => None,
        }
    }
}

/// A row of a translated page with no counterpart in today's page, as written: its heading's number
/// as that page writes it, its text and its cells in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnpairedRow {
    heading: &'static str,
    text: &'static str,
    cells: &'static [&'static str],
}

impl UnpairedRow {
    // Called by the generated code of products whose translations have such rows.
    #[allow(dead_code)]
    pub(crate) const fn new(
        heading: &'static str,
        text: &'static str,
        cells: &'static [&'static str],
    ) -> UnpairedRow {
        UnpairedRow {
            heading,
            text,
            cells,
        }
    }

    /// The number of the heading it stands under, as the translated page writes it.
    #[inline]
    pub const fn heading(self) -> &'static str {
        self.heading
    }

    /// Its text, verbatim.
    #[inline]
    pub const fn text(self) -> &'static str {
        self.text
    }

    /// Its cells in column order, as written (`""` for an empty one): every column but the
    /// text, so on a page whose tables start with offer columns (SAP's), their marks first.
    #[inline]
    pub const fn cells(self) -> &'static [&'static str] {
        self.cells
    }
}
