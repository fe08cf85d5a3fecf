//! A calendar day, as the source pages date themselves.

use core::fmt;

/// A day of the calendar: when a source page was last updated ([`Product::last_updated`],
/// and each product's `LAST_UPDATED`). `Display` writes it `YYYY-MM-DD`;
/// [`Product::last_updated_as_written`] keeps the page's own
/// writing (`2024-6-25`).
///
/// [`Product::last_updated`]: crate::Product::last_updated
/// [`Product::last_updated_as_written`]: crate::Product::last_updated_as_written
///
/// ```
/// use ovhcloud_raci::dedicated_servers::LAST_UPDATED;
///
/// let date = LAST_UPDATED.unwrap();
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
/// assert_eq!(date.to_string(), "2024-02-29");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The generator checks the day exists (a TOML date).
    #[allow(dead_code)] // unused in a build without products
    pub(crate) const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The year.
    #[inline]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    #[inline]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD` as ASCII bytes, without allocating.
    #[cfg(feature = "serde")]
    pub(crate) fn iso(self) -> [u8; 10] {
        /// The last decimal digit of `n`, in ASCII.
        fn digit(n: u16) -> u8 {
            b"0123456789"[usize::from(n % 10)]
        }
        let (y, m, d) = (self.year, u16::from(self.month), u16::from(self.day));
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
