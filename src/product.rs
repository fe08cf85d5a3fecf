//! [`Product`]: the catalogue's products, each a published matrix, with what a page says
//! about itself (title, address, provenance, date, legend, size).

use core::fmt;
use core::str::FromStr;

use crate::error::{ParseError, ParseErrorKind};
use crate::tables::Tables;
use crate::{
    AnyActivity, AnySection, Date, Legend, Markdown, PRODUCT_ID_HASH, PRODUCT_IDS, PRODUCT_TABLES,
    Product,
};

impl Product {
    /// The product's id: lowercase kebab-case, stable, the name of its cargo feature.
    #[inline]
    pub const fn id(self) -> &'static str {
        PRODUCT_IDS[self as usize]
    }

    /// Every table of the product's matrix.
    #[inline]
    pub(crate) const fn tables(self) -> &'static Tables {
        PRODUCT_TABLES[self as usize]
    }

    /// The page's title, verbatim.
    #[inline]
    pub const fn title(self) -> &'static str {
        self.tables().title
    }

    /// The address of the source page.
    #[inline]
    pub const fn source_url(self) -> &'static str {
        self.tables().source_url
    }

    /// Where the source page is kept (repository, path, commit), where the data says.
    #[inline]
    pub const fn provenance(self) -> Option<Provenance> {
        self.tables().provenance
    }

    /// The date the page was last updated, if it gives one (a missing date is `None`,
    /// never a made-up one).
    #[inline]
    pub const fn last_updated(self) -> Option<Date> {
        self.tables().last_updated
    }

    /// The page's date as it writes it (`2024-6-25`), if it gives one.
    #[inline]
    pub const fn last_updated_as_written(self) -> Option<&'static str> {
        self.tables().last_updated_as_written
    }

    /// The language of the page's texts (`title`, headings, rows, legend): `en`, or the
    /// code of the one language OVHcloud publishes the page in (`fr` for the `SecNumCloud`
    /// matrix, which has no English page). Translations of an English page are another
    /// matter: [`Product::locales`] and each row's `text_in`.
    ///
    /// ```
    /// use ovhcloud_raci::Product;
    /// assert_eq!(Product::DedicatedServers.language(), "en");
    /// ```
    #[inline]
    pub const fn language(self) -> &'static str {
        self.current_version().language()
    }

    /// The page's name for `party`, as its columns' headers write it (`Client` on a page in
    /// French); [`Party::name`](crate::Party::name) is the catalogue's.
    #[inline]
    pub const fn party_name(self, party: crate::Party) -> &'static str {
        self.current_version().party_name(party)
    }

    /// The page's legend: its own words for each role.
    #[inline]
    pub const fn legend(self) -> Legend {
        Legend::new(self.current_version())
    }

    /// The page's applicability columns, in column order: each offer's id and its column
    /// header as written; none on pages without them.
    ///
    /// ```
    /// use ovhcloud_raci::Product;
    /// assert_eq!(Product::DedicatedServers.offers().len(), 0);
    /// ```
    pub fn offers(self) -> impl ExactSizeIterator<Item = (&'static str, &'static str)> + Clone {
        let tables = self.tables();
        tables
            .offer_ids
            .iter()
            .zip(tables.offer_names)
            .map(|(&id, &name)| (id, name))
    }

    /// The header cell of the page's activity column, as written (`Activity`).
    #[inline]
    pub const fn activity_header(self) -> &'static str {
        self.tables().activity_header
    }

    /// How many rows (activities) the matrix has.
    #[inline]
    pub const fn row_count(self) -> usize {
        self.tables().activity_ids.len()
    }

    /// Every row of the matrix, in document order, with its product.
    #[inline]
    pub fn activities(
        self,
    ) -> impl DoubleEndedIterator<Item = AnyActivity> + ExactSizeIterator + Clone {
        self.current_version().activities()
    }

    /// Every heading of the page, in document order.
    #[inline]
    pub fn sections(
        self,
    ) -> impl DoubleEndedIterator<Item = AnySection> + ExactSizeIterator + Clone {
        self.current_version().sections()
    }

    /// The activity `id` of this product.
    ///
    /// # Errors
    /// When the product has no such id; the error names the nearest ids.
    ///
    /// ```
    /// use ovhcloud_raci::Product;
    ///
    /// let product = Product::DedicatedServers;
    /// assert_eq!(product.activity("install-os").map(|a| a.text()), Ok("Install the OS"));
    /// let error = product.activity("instal-os").unwrap_err();
    /// assert!(error.to_string().ends_with(r#"did you mean "install-os"?"#));
    /// ```
    #[inline]
    pub fn activity(self, id: &str) -> Result<AnyActivity, ParseError> {
        AnyActivity::find(self, id).ok_or(ParseError::unknown_in(
            ParseErrorKind::Activity,
            self,
            id,
        ))
    }

    /// The whole matrix as Markdown, laid out as the source page is.
    #[inline]
    pub const fn markdown(self) -> Markdown {
        Markdown::new(self.current_version())
    }

    /// The product with this exact id.
    ///
    /// ```
    /// use ovhcloud_raci::Product;
    /// assert_eq!(Product::from_id("dedicated-servers"), Some(Product::DedicatedServers));
    /// assert_eq!(Product::from_id("Dedicated-Servers"), None);
    /// ```
    ///
    /// A perfect hash of the products' ids, as for each product's activities.
    #[inline]
    pub const fn from_id(id: &str) -> Option<Product> {
        match PRODUCT_ID_HASH.find(id) {
            Some(index) => Some(PRODUCTS[index]),
            None => None,
        }
    }
}

/// Every product, read in place.
const PRODUCTS: &[Product; Product::COUNT] = &Product::ALL;

/// The page's title.
impl fmt::Display for Product {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.title())
    }
}

/// An exact id, as [`Product::from_id`].
impl FromStr for Product {
    type Err = ParseError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Product::from_id(s).ok_or(ParseError::unknown(ParseErrorKind::Product, s))
    }
}

/// Where a page is kept: a repository, the page's path in it, and the commit it was taken
/// at, as the first line of each catalogue page names them.
///
/// ```
/// use ovhcloud_raci::Product;
///
/// for product in Product::ALL {
///     if let Some(kept) = product.provenance() {
///         assert!(!kept.commit().is_empty());
///         assert!(product.source_url().contains(kept.path()));
///     }
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Provenance {
    repository: &'static str,
    path: &'static str,
    commit: &'static str,
}

impl Provenance {
    // Called by the generated code of the products whose data names a provenance.
    #[allow(dead_code)]
    pub(crate) const fn new(
        repository: &'static str,
        path: &'static str,
        commit: &'static str,
    ) -> Provenance {
        Provenance {
            repository,
            path,
            commit,
        }
    }

    /// The repository, `owner/name` (`ovh/docs`).
    #[inline]
    pub const fn repository(self) -> &'static str {
        self.repository
    }

    /// The page's path in the repository.
    #[inline]
    pub const fn path(self) -> &'static str {
        self.path
    }

    /// The commit the page was taken at.
    #[inline]
    pub const fn commit(self) -> &'static str {
        self.commit
    }
}

/// `REPOSITORY PATH @ COMMIT`, as a catalogue page's first line writes it.
impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} @ {}", self.repository, self.path, self.commit)
    }
}
