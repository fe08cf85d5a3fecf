//! Offers: the applicability columns some pages have before their activity column.

use core::fmt;

pub use crate::matrix::Offer;
use crate::matrix::{OFFER_IDS, OFFER_NAMES};

impl Offer {
    /// The offer's stable kebab-case id.
    #[inline]
    pub const fn id(self) -> &'static str {
        OFFER_IDS[self as usize]
    }

    /// The column's header, as the page writes it (`SAP HANA on Bare Metal`).
    #[inline]
    pub const fn name(self) -> &'static str {
        OFFER_NAMES[self as usize]
    }
}

/// The column's header, as the page writes it.
impl fmt::Display for Offer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
