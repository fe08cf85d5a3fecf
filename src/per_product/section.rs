//! `section_api!`: a product's `Section`, the page's numbered headings and their tree.

/// The methods and traits of a product's `Section`.
// Unused in a build without products.
#[allow(unused_macros)]
macro_rules! section_api {
    ($variant:ident, $module:ident) => {
        impl Section {
            /// The heading's number as the page writes it, without a trailing dot: `3.1`.
            #[inline]
            pub const fn number(self) -> &'static str {
                SECTION_NUMBERS[self as usize]
            }

            /// The heading's id: lowercase kebab-case, stable.
            #[inline]
            pub const fn id(self) -> &'static str {
                SECTION_IDS[self as usize]
            }

            /// The heading's title, verbatim, without its number.
            #[inline]
            pub const fn title(self) -> &'static str {
                SECTION_TITLES[self as usize]
            }

            /// The heading's title in `locale`, verbatim from that language's page; `None`
            /// where it has no such heading.
            #[inline]
            pub const fn title_in(self, locale: crate::Locale) -> Option<&'static str> {
                match TABLES.translation(locale) {
                    Some(t) => t.sections[self as usize],
                    None => None,
                }
            }

            /// The heading this one stands under, if any.
            #[inline]
            pub const fn parent(self) -> Option<Section> {
                SECTION_PARENTS[self as usize]
            }

            /// The headings right under this one, in document order.
            #[inline]
            pub const fn children(self) -> &'static [Section] {
                SECTION_CHILDREN[self as usize]
            }

            /// The rows right under this heading (not under its children), in document order.
            #[inline]
            pub const fn activities(self) -> &'static [Activity] {
                SECTION_ACTIVITIES[self as usize]
            }

            /// The notes the page writes under this heading, verbatim, in order (a
            /// paragraph between tables, such as "For your information…").
            #[inline]
            pub const fn notes(self) -> &'static [&'static str] {
                SECTION_NOTES[self as usize]
            }

            /// This heading with its product, for code that serves several products.
            #[inline]
            pub const fn erase(self) -> crate::AnySection {
                crate::AnySection::new(crate::Product::$variant, self as usize)
            }

            /// How deep the heading stands: 1 for a top-level heading.
            #[inline]
            pub const fn depth(self) -> usize {
                self.erase().depth()
            }
        }

        /// The variant's name, read from a table (see `Activity`'s `Debug`).
        impl ::core::fmt::Debug for Section {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(SECTION_VARIANTS[*self as usize])
            }
        }

        /// The heading's title.
        impl ::core::fmt::Display for Section {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.title())
            }
        }

        /// A heading number (`"3.1"`) or id.
        ///
        /// ```
        #[doc = concat!("use ovhcloud_raci::", stringify!($module), "::Section;")]
        ///
        /// for section in Section::ALL {
        ///     assert_eq!(section.number().parse(), Ok(section));
        ///     assert_eq!(section.id().parse(), Ok(section));
        /// }
        /// ```
        impl ::core::str::FromStr for Section {
            type Err = crate::ParseError;

            #[inline]
            fn from_str(s: &str) -> Result<Self, crate::ParseError> {
                Section::ALL
                    .into_iter()
                    .find(|section| section.number() == s || section.id() == s)
                    .ok_or(crate::ParseError::unknown_in(
                        crate::ParseErrorKind::Section,
                        crate::Product::$variant,
                        s,
                    ))
            }
        }

        #[cfg(feature = "serde")]
        crate::serde_impls::as_string!(Section, "a heading number or id", |section, _buffer| {
            section.number()
        });
    };
}

#[allow(unused_imports)] // in a build without products
pub(crate) use section_api;
