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

    /// The day `year-month-day`, if the calendar has it (Gregorian, years 1 to 9999).
    ///
    /// ```
    /// use ovhcloud_raci::Date;
    ///
    /// assert_eq!(Date::from_ymd(2024, 2, 29).map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
    /// assert_eq!(Date::from_ymd(2023, 2, 29), None);
    /// ```
    pub const fn from_ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if year == 0 || year > 9999 || day == 0 || day > days {
            None
        } else {
            Some(Date { year, month, day })
        }
    }

    /// `self` against `other`, in `const`: negative if earlier, 0 if the same day, positive
    /// if later.
    #[inline]
    pub(crate) const fn cmp_days(self, other: Date) -> i32 {
        const fn key(d: Date) -> i32 {
            (d.year as i32) * 512 + (d.month as i32) * 32 + d.day as i32
        }
        key(self) - key(other)
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

/// `YYYY-MM-DD`, as [`Display`](fmt::Display) writes it.
///
/// ```
/// use ovhcloud_raci::Date;
///
/// let date: Date = "2022-06-01".parse()?;
/// assert_eq!((date.year(), date.month(), date.day()), (2022, 6, 1));
/// assert!("2022-6-1".parse::<Date>().is_err());
/// assert!("2022-02-30".parse::<Date>().is_err());
/// # Ok::<(), ovhcloud_raci::ParseError>(())
/// ```
impl core::str::FromStr for Date {
    type Err = crate::ParseError;

    fn from_str(s: &str) -> Result<Self, crate::ParseError> {
        let bytes = s.as_bytes();
        let number = |range: core::ops::Range<usize>| -> Option<u16> {
            let digits = bytes.get(range)?;
            digits.iter().try_fold(0u16, |n, &b| {
                b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
            })
        };
        let parsed = if bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' {
            match (number(0..4), number(5..7), number(8..10)) {
                (Some(y), Some(m), Some(d)) => Date::from_ymd(
                    y,
                    u8::try_from(m).unwrap_or(0),
                    u8::try_from(d).unwrap_or(0),
                ),
                _ => None,
            }
        } else {
            None
        };
        parsed.ok_or(crate::ParseError::unknown(
            crate::error::ParseErrorKind::Date,
            s,
        ))
    }
}
