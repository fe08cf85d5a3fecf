//! `activity_api!`: a product's `Activity` (its rows and their cells) and `ActivitySet`.

/// The methods of a product's `Activity`, its traits, and its `ActivitySet`.
// Unused in a build without products.
#[allow(unused_macros)]
macro_rules! activity_api {
    ($variant:ident, $module:ident) => {
        impl Activity {
            /// The activity's id: lowercase kebab-case, unique in its product, stable.
            #[inline]
            pub const fn id(self) -> &'static str {
                ACTIVITY_IDS[self as usize]
            }

            /// The activity's text, verbatim.
            #[inline]
            pub const fn text(self) -> &'static str {
                ACTIVITY_TEXTS[self as usize]
            }

            /// The activity's text in `locale`, verbatim from that language's page; `None`
            /// where it has no such row (rows are paired by structure, never guessed).
            #[inline]
            pub const fn text_in(self, locale: crate::Locale) -> Option<&'static str> {
                match TABLES.translation(locale) {
                    Some(t) => t.activities[self as usize],
                    None => None,
                }
            }

            /// The heading the row stands under.
            #[inline]
            pub const fn section(self) -> Section {
                ACTIVITY_SECTIONS[self as usize]
            }

            /// The roles `party` holds for this activity: its cell of the row, as a set (its
            /// `Display` writes the letters in legend order;
            /// [`cell_as_written`](Self::cell_as_written) gives them as the page writes them).
            #[inline]
            pub const fn roles(self, party: crate::Party) -> crate::RoleSet {
                ACTIVITY_CELLS[self as usize][party as usize]
            }

            /// The RACI rules this row breaks because the source page does, each with why
            /// the data keeps it as published; empty for almost every row.
            #[inline]
            pub const fn waivers(self) -> &'static [crate::Waiver] {
                ACTIVITY_WAIVERS[self as usize]
            }

            /// Whether the row applies to `offer`: marked `X` in that applicability column.
            /// Only some pages have such columns ([`Offer::COUNT`] is 0 elsewhere).
            #[inline]
            pub const fn applies_to(self, offer: Offer) -> bool {
                ACTIVITY_OFFERS[self as usize] & (1 << (offer as usize)) != 0
            }

            /// The cell of `party` for this activity as the source page writes it: its
            /// letters in the page's order (a page may write `IR` where the legend reads
            /// `RI`), `""` for an empty cell, or `None` where the page's row stops before the
            /// party's column, which is not the same as an empty cell.
            /// [`roles`](Self::roles) gives the roles either way.
            #[inline]
            pub const fn cell_as_written(self, party: crate::Party) -> Option<&'static str> {
                written::CELLS[self as usize][party as usize]
            }

            /// Who owns this activity in the shared-responsibility model's words, from
            /// who holds R and A (see [`Ownership`](crate::Ownership) for the rule).
            #[cfg(not(raci_no_sides))]
            #[inline]
            pub const fn ownership(self) -> Option<crate::Ownership> {
                crate::Ownership::of_activity(self.erase())
            }

            /// The parties that hold `role` for this activity.
            #[inline]
            pub const fn parties_with(self, role: crate::Role) -> crate::PartySet {
                let mut parties = crate::PartySet::EMPTY;
                let mut p = 0;
                while p < crate::Party::COUNT {
                    if ACTIVITY_CELLS[self as usize][p].contains(role) {
                        parties = parties.with(crate::Party::ALL[p]);
                    }
                    p += 1;
                }
                parties
            }

            /// This activity with its product, for code that serves several products.
            #[inline]
            pub const fn erase(self) -> crate::AnyActivity {
                crate::AnyActivity::new(crate::Product::$variant, self as usize)
            }

            /// The activity with this exact id (ids are case-sensitive).
            ///
            /// One hash, two table reads and one comparison, whatever the id: a perfect
            /// hash of the ids, found when the crate was built.
            ///
            /// ```
            #[doc = concat!("use ovhcloud_raci::", stringify!($module), "::Activity;")]
            ///
            /// for activity in Activity::ALL {
            ///     assert_eq!(Activity::from_id(activity.id()), Some(activity));
            /// }
            /// assert_eq!(Activity::from_id("no-such-activity"), None);
            /// ```
            #[inline]
            pub const fn from_id(id: &str) -> Option<Activity> {
                match TABLES.id_hash.find(id) {
                    Some(index) => Some(ACTIVITIES[index]),
                    None => None,
                }
            }
        }

        /// Every activity, read in place (indexing a constant array by value copies it
        /// whole in `const` evaluation and unoptimised builds).
        const ACTIVITIES: &[Activity; Activity::COUNT] = &Activity::ALL;

        /// The variant's name, as `#[derive(Debug)]` would write it (read from a table,
        /// which compiles in linear time however many activities the matrix has).
        impl ::core::fmt::Debug for Activity {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(ACTIVITY_VARIANTS[*self as usize])
            }
        }

        /// The activity's text.
        impl ::core::fmt::Display for Activity {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.text())
            }
        }

        /// An exact id, as [`Activity::from_id`].
        impl ::core::str::FromStr for Activity {
            type Err = crate::ParseError;

            #[inline]
            fn from_str(s: &str) -> Result<Self, crate::ParseError> {
                Activity::from_id(s).ok_or(crate::ParseError::unknown_in(
                    crate::ParseErrorKind::Activity,
                    crate::Product::$variant,
                    s,
                ))
            }
        }

        impl crate::ProductActivity for Activity {
            type Section = Section;
            type Set = ActivitySet;
            const PRODUCT: crate::Product = crate::Product::$variant;
            const ALL: &'static [Self] = &Activity::ALL;

            #[inline]
            fn id(self) -> &'static str {
                self.id()
            }
            #[inline]
            fn text(self) -> &'static str {
                self.text()
            }
            #[inline]
            fn section(self) -> Section {
                self.section()
            }
            #[inline]
            fn roles(self, party: crate::Party) -> crate::RoleSet {
                self.roles(party)
            }
            #[inline]
            fn cell_as_written(self, party: crate::Party) -> Option<&'static str> {
                self.cell_as_written(party)
            }
            #[inline]
            fn waivers(self) -> &'static [crate::Waiver] {
                self.waivers()
            }
            #[inline]
            fn from_id(id: &str) -> Option<Self> {
                Activity::from_id(id)
            }
            #[inline]
            fn erase(self) -> crate::AnyActivity {
                self.erase()
            }
            #[inline]
            fn with_role(party: crate::Party, role: crate::Role) -> ActivitySet {
                ActivitySet::with_role(party, role)
            }
        }

        impl From<Activity> for crate::AnyActivity {
            #[inline]
            fn from(activity: Activity) -> Self {
                activity.erase()
            }
        }

        impl TryFrom<crate::AnyActivity> for Activity {
            type Error = crate::AnyActivity;

            /// The activity, if `any` is of this product's current page; else `any` back
            /// (a row of an earlier version has no typed activity).
            #[inline]
            fn try_from(any: crate::AnyActivity) -> Result<Self, crate::AnyActivity> {
                match any.product() {
                    crate::Product::$variant if any.version().is_current() => {
                        Ok(ACTIVITIES[any.index()])
                    }
                    #[allow(unreachable_patterns)]
                    _ => Err(any),
                }
            }
        }

        crate::set::bitset! {
            /// A set of this product's activities: one bit per row, with const operations.
            ActivitySet, ActivitySetIter, Activity, u64, ACTIVITY_WORDS
        }

        impl ActivitySet {
            /// Every activity for which `party` holds `role`, from a table computed at
            /// compile time.
            #[inline]
            pub const fn with_role(party: crate::Party, role: crate::Role) -> ActivitySet {
                BY_PARTY_AND_ROLE[party as usize][role as usize]
            }
        }

        /// `ActivitySet::with_role`, from the words the generator computed (rebuilt as sets
        /// here, one per party and role, not by a loop over every cell).
        const BY_PARTY_AND_ROLE: &[[ActivitySet; crate::Role::COUNT]; crate::Party::COUNT] = &{
            let mut table = [[ActivitySet::EMPTY; crate::Role::COUNT]; crate::Party::COUNT];
            let mut p = 0;
            while p < crate::Party::COUNT {
                let mut r = 0;
                while r < crate::Role::COUNT {
                    table[p][r] = ActivitySet {
                        words: WITH_ROLE[p][r],
                    };
                    r += 1;
                }
                p += 1;
            }
            table
        };

        #[cfg(feature = "serde")]
        crate::serde_impls::as_string!(Activity, "an activity id", |activity, _buffer| activity
            .id());
    };
}

#[allow(unused_imports)] // in a build without products
pub(crate) use activity_api;
