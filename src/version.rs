//! [`PageVersion`]: a product's page as it stood at one time, the current one or an earlier
//! one the crate holds (feature `history`), and [`Product::as_of`], the one in force on a date.

use crate::tables::Tables;
use crate::{AnyActivity, AnySection, Date, Product, Provenance};

/// One version of a product's page: the current one, or an earlier one the crate holds.
///
/// Its rows and headings are the same views as the current page's ([`AnyActivity`],
/// [`AnySection`]), so code written for one serves any version. Only the current version
/// has the typed API (each product's `Activity`): an earlier version's rows do not turn
/// into it (`TryFrom` gives them back).
///
/// ```
/// use ovhcloud_raci::{Date, Product};
///
/// let product = Product::DedicatedServers;
/// let current = product.current_version();
/// assert!(current.is_current());
/// assert_eq!(current.row_count(), product.row_count());
/// # #[cfg(feature = "history")] {
/// // The contract was signed in June 2022: the page of 2021-12-01 was in force.
/// let then = product.as_of(Date::from_ymd(2022, 6, 1).unwrap()).unwrap();
/// assert_eq!(then.last_updated_as_written(), Some("2021-12-01"));
/// assert_eq!(then.row_count(), 50);
/// assert!(then.activities().all(|a| a.version() == then));
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PageVersion {
    product: Product,
    /// How many versions before the current one: 0 is the current page.
    back: u8,
}

impl PageVersion {
    /// Version `back` steps before `product`'s current page; `back` is at most the number
    /// of earlier versions the build holds.
    #[inline]
    pub(crate) const fn new(product: Product, back: u8) -> PageVersion {
        PageVersion { product, back }
    }

    /// How many versions before the current one this is (0: the current page).
    #[inline]
    pub(crate) const fn back(self) -> u8 {
        self.back
    }

    /// This version's tables.
    #[inline]
    pub(crate) const fn tables(self) -> &'static Tables {
        let current = self.product.tables();
        if self.back == 0 {
            current
        } else {
            current.earlier[current.earlier.len() - self.back as usize]
        }
    }

    /// The product whose page this is.
    #[inline]
    pub const fn product(self) -> Product {
        self.product
    }

    /// Whether this is the page as the crate's current data has it (the typed API's).
    #[inline]
    pub const fn is_current(self) -> bool {
        self.back == 0
    }

    /// The version before this one, if the build holds it.
    #[inline]
    pub const fn previous(self) -> Option<PageVersion> {
        if (self.back as usize) < self.product.tables().earlier.len() {
            Some(PageVersion::new(self.product, self.back + 1))
        } else {
            None
        }
    }

    /// The version after this one; `None` for the current page.
    #[inline]
    pub const fn next(self) -> Option<PageVersion> {
        if self.back == 0 {
            None
        } else {
            Some(PageVersion::new(self.product, self.back - 1))
        }
    }

    /// The page's title then.
    #[inline]
    pub const fn title(self) -> &'static str {
        self.tables().title
    }

    /// The date the page gave then; `None` where it gave none (such a version is placed by
    /// the order of the commits it was taken from, and [`Product::as_of`] says how it
    /// counts it).
    #[inline]
    pub const fn last_updated(self) -> Option<Date> {
        self.tables().last_updated
    }

    /// That date as the page wrote it.
    #[inline]
    pub const fn last_updated_as_written(self) -> Option<&'static str> {
        self.tables().last_updated_as_written
    }

    /// Where this version of the page is kept (repository, path, commit), where the data
    /// says.
    #[inline]
    pub const fn provenance(self) -> Option<Provenance> {
        self.tables().provenance
    }

    /// The address the page had then.
    #[inline]
    pub const fn source_url(self) -> &'static str {
        self.tables().source_url
    }

    /// The language of the page's texts then (see [`Product::language`]).
    #[inline]
    pub const fn language(self) -> &'static str {
        self.tables().language
    }

    /// The page's name for `party` then, as its columns' headers wrote it.
    #[inline]
    pub const fn party_name(self, party: crate::Party) -> &'static str {
        self.tables().party_names[party as usize]
    }

    /// How many rows the matrix had then.
    #[inline]
    pub const fn row_count(self) -> usize {
        self.tables().activity_ids.len()
    }

    /// The page's legend then: its words for each role.
    #[inline]
    pub const fn legend(self) -> crate::Legend {
        crate::Legend::new(self)
    }

    /// The whole matrix then as Markdown, laid out as that page was.
    #[inline]
    pub const fn markdown(self) -> crate::Markdown {
        crate::Markdown::new(self)
    }

    /// Every row of the matrix then, in document order.
    #[inline]
    pub fn activities(
        self,
    ) -> impl DoubleEndedIterator<Item = AnyActivity> + ExactSizeIterator + Clone {
        (0..self.row_count()).map(move |index| AnyActivity::in_version(self, index))
    }

    /// Every heading of the page then, in document order.
    #[inline]
    pub fn sections(
        self,
    ) -> impl DoubleEndedIterator<Item = AnySection> + ExactSizeIterator + Clone {
        (0..self.tables().section_ids.len()).map(move |index| AnySection::in_version(self, index))
    }

    /// The row `id` of the matrix then (ids are the importer's, made from each version's
    /// text: a reworded row has another id).
    #[inline]
    pub const fn activity(self, id: &str) -> Option<AnyActivity> {
        match self.tables().id_hash.find(id) {
            Some(index) => Some(AnyActivity::in_version(self, index)),
            None => None,
        }
    }
}

impl Product {
    /// The page as the crate's current data has it: the version the typed API describes.
    #[inline]
    pub const fn current_version(self) -> PageVersion {
        PageVersion::new(self, 0)
    }

    /// Every version of the page this build holds, oldest first, the current one last.
    /// Without the feature `history` only the current one is built in.
    ///
    /// ```
    /// use ovhcloud_raci::Product;
    ///
    /// let versions: Vec<_> = Product::DedicatedServers.versions().collect();
    /// assert_eq!(versions.last(), Some(&Product::DedicatedServers.current_version()));
    /// # #[cfg(feature = "history")]
    /// assert_eq!(versions[0].last_updated_as_written(), Some("2021-12-01"));
    /// # #[cfg(not(feature = "history"))]
    /// # assert_eq!(versions.len(), 1);
    /// ```
    #[inline]
    #[allow(clippy::cast_possible_truncation)] // the generator bounds the versions of a page
    pub fn versions(self) -> impl DoubleEndedIterator<Item = PageVersion> + ExactSizeIterator {
        let earlier = self.tables().earlier.len();
        // `0..=earlier` would not be an `ExactSizeIterator`.
        #[allow(clippy::range_plus_one)]
        (0..earlier + 1)
            .rev()
            .map(move |back| PageVersion::new(self, back as u8))
    }

    /// The page's versions before the current one that this build holds, oldest first;
    /// none without the feature `history`.
    #[inline]
    pub fn earlier_versions(
        self,
    ) -> impl DoubleEndedIterator<Item = PageVersion> + ExactSizeIterator {
        let mut versions = self.versions();
        versions.next_back();
        versions
    }

    /// The version of the page in force on `date`: the last one, in the page's order,
    /// dated on or before it. `None` when `date` is before every version the build holds
    /// (without the feature `history`, before the current page's date).
    ///
    /// A version whose page gives no date is placed after the one before it by the order of
    /// the commits it was taken from; as its start is not known, it counts as in force
    /// from the date of the version before it (from the start, when it is the first): so
    /// this answers with the newest text known for that date, and
    /// [`PageVersion::last_updated`] says `None`.
    ///
    /// ```
    /// use ovhcloud_raci::{Date, Product};
    ///
    /// let today = Date::from_ymd(2026, 12, 6).unwrap();
    /// let product = Product::DedicatedServers;
    /// assert_eq!(product.as_of(today), Some(product.current_version()));
    /// assert_eq!(product.as_of(Date::from_ymd(2019, 1, 1).unwrap()), None);
    /// ```
    pub const fn as_of(self, date: Date) -> Option<PageVersion> {
        let earlier = self.tables().earlier.len();
        let mut in_force = None;
        let mut since: Option<Date> = None;
        let mut back = earlier;
        loop {
            #[allow(clippy::cast_possible_truncation)] // the generator bounds the versions
            let version = PageVersion::new(self, back as u8);
            if let Some(dated) = version.last_updated() {
                since = Some(dated);
            }
            let started = match since {
                Some(since) => since.cmp_days(date) <= 0,
                None => true,
            };
            if started {
                in_force = Some(version);
            }
            if back == 0 {
                return in_force;
            }
            back -= 1;
        }
    }
}
