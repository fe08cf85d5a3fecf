//! [`AnyActivity`]: a row of any product, for questions across the catalogue.

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::tables::Tables;
use crate::{PageVersion, Party, PartySet, Product, Role, RoleSet, Waiver};

/// An activity of any product: the product, the version of its page, and its row, in four
/// bytes.
///
/// Each product's `Activity` turns into one with `erase` (or `From`), and back with
/// `TryFrom`. Its text form is `product/id`, which [`AnyActivity::from_path`] and `FromStr`
/// read.
///
/// ```
/// use ovhcloud_raci::{AnyActivity, Party, Product, Role, dedicated_servers::Activity};
///
/// let any = AnyActivity::from_path("dedicated-servers/install-os").unwrap();
/// assert_eq!(any, Activity::InstallOs.erase());
/// assert_eq!(any.product(), Product::DedicatedServers);
/// assert_eq!(any.to_string(), "dedicated-servers/install-os");
/// assert_eq!(Activity::try_from(any), Ok(Activity::InstallOs));
///
/// // Everything the customer answers for, in every product of this build.
/// let accountable = AnyActivity::all().filter(|a| a.roles(Party::Customer).contains(Role::Accountable));
/// assert!(accountable.clone().any(|a| a.product() == Product::DedicatedServers));
/// assert!(accountable.count() >= 30);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnyActivity {
    product: Product,
    /// How many versions before the current page (0: the current one).
    back: u8,
    index: u16,
}

impl AnyActivity {
    /// Row `index` of `product`; the index is below the product's row count.
    #[inline]
    #[allow(clippy::cast_possible_truncation)] // the generator bounds the rows of a matrix
    pub(crate) const fn new(product: Product, index: usize) -> AnyActivity {
        AnyActivity {
            product,
            back: 0,
            index: index as u16,
        }
    }

    /// Row `index` of `version`; the index is below its row count.
    #[inline]
    #[allow(clippy::cast_possible_truncation)] // the generator bounds the rows of a matrix
    pub(crate) const fn in_version(version: PageVersion, index: usize) -> AnyActivity {
        AnyActivity {
            product: version.product(),
            back: version.back(),
            index: index as u16,
        }
    }

    /// The tables of the row's version.
    #[inline]
    const fn tables(self) -> &'static Tables {
        self.version().tables()
    }

    /// Every row of every product of this build, product by product, in document order.
    pub fn all() -> impl DoubleEndedIterator<Item = AnyActivity> + Clone {
        Product::ALL.into_iter().flat_map(Product::activities)
    }

    /// The product the row belongs to.
    #[inline]
    pub const fn product(self) -> Product {
        self.product
    }

    /// The version of the page the row is of: the current one, unless the row came from
    /// an earlier version ([`Product::as_of`], [`PageVersion::activities`]).
    #[inline]
    pub const fn version(self) -> PageVersion {
        PageVersion::new(self.product, self.back)
    }

    /// The row's place in its product's matrix, from 0, in document order.
    #[inline]
    pub const fn index(self) -> usize {
        self.index as usize
    }

    /// The activity's id, unique in its product.
    #[inline]
    pub const fn id(self) -> &'static str {
        self.tables().activity_ids[self.index()]
    }

    /// The activity's text, verbatim.
    #[inline]
    pub const fn text(self) -> &'static str {
        self.tables().activity_texts[self.index()]
    }

    /// The activity's text in `locale`; `None` where that language's page has no such row.
    #[inline]
    pub const fn text_in(self, locale: crate::Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => t.activities[self.index()],
            None => None,
        }
    }

    /// The heading the row stands under.
    #[inline]
    pub const fn section(self) -> AnySection {
        AnySection::in_version(
            self.version(),
            self.tables().activity_sections[self.index()],
        )
    }

    /// The roles `party` holds for this activity.
    #[inline]
    pub const fn roles(self, party: Party) -> RoleSet {
        self.tables().activity_cells[self.index()][party as usize]
    }

    /// The cell of `party` as the page writes it; `None` where the row stops before its
    /// column (see the products' `Activity::cell_as_written`).
    #[inline]
    pub const fn cell_as_written(self, party: Party) -> Option<&'static str> {
        self.tables().activity_written[self.index()][party as usize]
    }

    /// The parties that hold `role` for this activity.
    #[inline]
    pub const fn parties_with(self, role: Role) -> PartySet {
        let mut parties = PartySet::EMPTY;
        let mut p = 0;
        while p < Party::COUNT {
            if self.roles(Party::ALL[p]).contains(role) {
                parties = parties.with(Party::ALL[p]);
            }
            p += 1;
        }
        parties
    }

    /// The RACI rules the row breaks because the page does, each with its reason.
    #[inline]
    pub const fn waivers(self) -> &'static [Waiver] {
        self.tables().activity_waivers[self.index()]
    }

    /// The ids of the offers (applicability columns) the row applies to, in column order;
    /// empty on pages without such columns.
    pub fn offers(self) -> impl Iterator<Item = &'static str> {
        let tables = self.tables();
        let mask = tables.activity_offers[self.index()];
        tables
            .offer_ids
            .iter()
            .enumerate()
            .filter(move |(i, _)| mask & (1 << i) != 0)
            .map(|(_, id)| *id)
    }

    /// The activity `id` of `product`: its perfect hash, as each product's
    /// `Activity::from_id`.
    #[inline]
    pub const fn find(product: Product, id: &str) -> Option<AnyActivity> {
        match crate::PRODUCT_ID_HASHES[product as usize].find(id) {
            Some(index) => Some(AnyActivity::new(product, index)),
            None => None,
        }
    }

    /// Who owns this activity in the shared-responsibility model's words, from who holds R
    /// and A (see [`Ownership`](crate::Ownership) for the rule).
    #[cfg(not(raci_no_sides))]
    #[inline]
    pub const fn ownership(self) -> Option<crate::Ownership> {
        crate::Ownership::of_activity(self)
    }

    /// The activity named `product/id` (`dedicated-servers/install-os`).
    ///
    /// ```
    /// use ovhcloud_raci::AnyActivity;
    /// assert!(AnyActivity::from_path("dedicated-servers/install-os").is_some());
    /// assert!(AnyActivity::from_path("install-os").is_none());
    /// ```
    #[inline]
    pub fn from_path(path: &str) -> Option<AnyActivity> {
        let key = path.as_bytes();
        let words = crate::id_words(key);
        let hash = crate::id_hash(key, &words, crate::PATH_ID_SEED, crate::PATH_ID_HASH_MODE);
        let pilot = crate::PATH_ID_PILOTS[crate::id_bucket(hash, crate::PATH_ID_PILOTS.len())];
        let slot = crate::id_slot(hash, pilot, crate::PATH_ID_SLOT_BITS);
        let index = usize::from(crate::PATH_ID_SLOTS[slot]);
        // Paths are long (40 bytes or so): one comparison of the bytes, not of words.
        match crate::PATHS.get(index) {
            Some(&(candidate, product, row)) if candidate.as_bytes() == key => {
                Some(AnyActivity::new(product, usize::from(row)))
            }
            _ => None,
        }
    }
}

/// `product/id`: the variant names of each product's `Activity` would be ambiguous.
impl fmt::Debug for AnyActivity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AnyActivity({}/{})", self.product.id(), self.id())
    }
}

/// `product/id`.
impl fmt::Display for AnyActivity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.product.id(), self.id())
    }
}

/// `product/id`, as [`AnyActivity::from_path`], with an error that says which part is wrong.
impl FromStr for AnyActivity {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, ParseError> {
        let Some((product, id)) = s.split_once('/') else {
            return Err(ParseError::unknown(ParseErrorKind::Path, s));
        };
        let product: Product = product.parse()?;
        AnyActivity::find(product, id).ok_or(ParseError::unknown_in(
            ParseErrorKind::Activity,
            product,
            id,
        ))
    }
}

/// A heading of any product: the product and its heading, for code that serves several
/// products (each product's `Section` turns into one with `erase`).
///
/// ```
/// use ovhcloud_raci::Product;
///
/// let top = Product::DedicatedServers.sections().next().unwrap();
/// assert_eq!((top.number(), top.title(), top.depth()), ("1", "Before subscription", 1));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnySection {
    product: Product,
    /// How many versions before the current page (0: the current one).
    back: u8,
    index: u16,
}

impl AnySection {
    /// Heading `index` of `product`; the index is below the product's heading count.
    #[inline]
    #[allow(clippy::cast_possible_truncation)] // the generator bounds the headings
    pub(crate) const fn new(product: Product, index: usize) -> AnySection {
        AnySection {
            product,
            back: 0,
            index: index as u16,
        }
    }

    /// Heading `index` of `version`; the index is below its heading count.
    #[inline]
    #[allow(clippy::cast_possible_truncation)] // the generator bounds the headings
    pub(crate) const fn in_version(version: PageVersion, index: usize) -> AnySection {
        AnySection {
            product: version.product(),
            back: version.back(),
            index: index as u16,
        }
    }

    /// The tables of the heading's version.
    #[inline]
    const fn tables(self) -> &'static Tables {
        self.version().tables()
    }

    /// The version of the page the heading is of.
    #[inline]
    pub const fn version(self) -> PageVersion {
        PageVersion::new(self.product, self.back)
    }

    /// The product the heading belongs to.
    #[inline]
    pub const fn product(self) -> Product {
        self.product
    }

    /// The heading's number, without a trailing dot: `3.1`.
    #[inline]
    pub const fn number(self) -> &'static str {
        self.tables().section_numbers[self.index as usize]
    }

    /// The heading's id, unique in its product.
    #[inline]
    pub const fn id(self) -> &'static str {
        self.tables().section_ids[self.index as usize]
    }

    /// The heading's title, verbatim.
    #[inline]
    pub const fn title(self) -> &'static str {
        self.tables().section_titles[self.index as usize]
    }

    /// The heading's title in `locale`; `None` where that language's page has no such
    /// heading.
    #[inline]
    pub const fn title_in(self, locale: crate::Locale) -> Option<&'static str> {
        match self.tables().translation(locale) {
            Some(t) => t.sections[self.index as usize],
            None => None,
        }
    }

    /// The heading this one stands under, if any.
    #[inline]
    pub const fn parent(self) -> Option<AnySection> {
        match self.tables().section_parents[self.index as usize] {
            Some(parent) => Some(AnySection::in_version(self.version(), parent)),
            None => None,
        }
    }

    /// How deep the heading stands: 1 for a top-level heading.
    #[inline]
    pub const fn depth(self) -> usize {
        let mut depth = 1;
        let mut current = self;
        while let Some(parent) = current.parent() {
            depth += 1;
            current = parent;
        }
        depth
    }

    /// The notes the page writes under this heading, verbatim, in order.
    #[inline]
    pub const fn notes(self) -> &'static [&'static str] {
        self.tables().section_notes[self.index as usize]
    }

    /// The rows right under this heading, in document order.
    #[inline]
    pub fn activities(self) -> impl DoubleEndedIterator<Item = AnyActivity> + ExactSizeIterator {
        let (first, end) = self.tables().section_rows[self.index as usize];
        let version = self.version();
        (first..end).map(move |index| AnyActivity::in_version(version, index))
    }
}

/// `product/number`.
impl fmt::Debug for AnySection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AnySection({}/{})", self.product.id(), self.number())
    }
}

/// The heading's title.
impl fmt::Display for AnySection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.title())
    }
}
