//! The API of each product's module, written once: `product_api!` is invoked inside every
//! generated product module, where `Activity`, `Section`, `Offer` and their tables are.

mod activity;
mod section;

#[allow(unused_imports)] // in a build without products
pub(crate) use activity::activity_api;
#[allow(unused_imports)] // in a build without products
pub(crate) use section::section_api;

/// The library's items for one product: its `PRODUCT` and type-erased `TABLES`, the
/// methods of its `Activity`, `Section` and `Offer`, its `ActivitySet`, and its
/// [`ProductActivity`](crate::ProductActivity) impl.
///
/// `$variant` is its `Product` variant and `$module` its module's name (for the docs).
// Unused in a build without products.
#[allow(unused_macros)]
macro_rules! product_api {
    ($variant:ident, $module:ident $(,)?) => {
        /// This product, as a value of the catalogue.
        pub const PRODUCT: crate::Product = crate::Product::$variant;

        /// The legend of this product's page: its words for each role.
        pub const LEGEND: crate::Legend = crate::Product::$variant.legend();

        /// The whole matrix as Markdown, laid out as the source page is: `MARKDOWN.to_string()`,
        /// or write it to any `core::fmt::Write` (see [`Markdown`](crate::Markdown)).
        pub const MARKDOWN: crate::Markdown = crate::Product::$variant.markdown();

        /// Every table of the matrix, type-erased.
        pub(crate) const TABLES: crate::tables::Tables = crate::tables::Tables {
            title: TITLE,
            source_url: SOURCE_URL,
            provenance: PROVENANCE,
            earlier: EARLIER,
            translations: TRANSLATIONS,
            last_updated: LAST_UPDATED,
            last_updated_as_written: LAST_UPDATED_AS_WRITTEN,
            preamble: PREAMBLE,
            legend_header: LEGEND_HEADER,
            legend_separator: LEGEND_SEPARATOR,
            role_descriptions: ROLE_DESCRIPTIONS,
            legend_notes: LEGEND_NOTES,
            activity_header: ACTIVITY_HEADER,
            language: LANGUAGE,
            party_names: PARTY_NAMES,
            offer_ids: OFFER_IDS,
            offer_names: OFFER_NAMES,
            section_numbers: SECTION_NUMBERS,
            section_ids: SECTION_IDS,
            section_titles: SECTION_TITLES,
            section_parents: SECTION_PARENT_INDICES,
            section_markup: SECTION_MARKUP,
            section_notes: SECTION_NOTES,
            section_notes_before_rows: SECTION_NOTES_BEFORE_ROWS,
            section_rows: SECTION_ROWS,
            activity_ids: ACTIVITY_IDS,
            activity_texts: ACTIVITY_TEXTS,
            activity_sections: ACTIVITY_SECTION_INDICES,
            activity_cells: ACTIVITY_CELLS,
            activity_written: written::CELLS,
            activity_waivers: ACTIVITY_WAIVERS,
            activity_offers: ACTIVITY_OFFERS,
            id_hash: ID_HASH,
        };

        crate::per_product::activity_api!($variant, $module);
        crate::per_product::section_api!($variant, $module);

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
        impl ::core::fmt::Display for Offer {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }
    };
}

#[allow(unused_imports)] // in a build without products
pub(crate) use product_api;
