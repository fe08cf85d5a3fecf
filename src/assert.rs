//! [`assert_raci!`](crate::assert_raci): compile-time assertions about the matrix.

/// Asserts, at compile time, what the matrix says; it leaves no code behind.
///
/// Each form expands to a `const _: () = …;` item, so it works at module level and inside
/// functions, and a matrix that disagrees stops the build with a message naming the
/// product, the activity, the party and the expected letters. An activity is named by its
/// product's module and its variant (`dedicated_servers::InstallOs`); parties and roles
/// are the variants of [`Party`] and [`Role`]. An unknown name is a compile error pointing
/// at that token.
///
/// A whole row, every party's cell in letters (`""` for no role):
///
/// ```
/// ovhcloud_raci::assert_raci!(dedicated_servers::InstallOs: Customer = "RA", Ovhcloud = "RI");
/// ovhcloud_raci::assert_raci!(dedicated_servers::DestroyData: Customer = "", Ovhcloud = "RA");
/// ```
///
/// Single facts, that a party holds a role for an activity, or does not:
///
/// ```
/// use ovhcloud_raci::assert_raci;
///
/// assert_raci!(Ovhcloud is Responsible for dedicated_servers::ReplaceDefectiveHardware);
/// assert_raci!(Customer is not Accountable for dedicated_servers::ReplaceDefectiveHardware);
///
/// fn inside_a_function() {
///     assert_raci!(Customer is Accountable for dedicated_servers::RestoreBackups);
/// }
/// ```
///
/// When the matrix disagrees, the build fails, saying what the cell is:
///
/// ```compile_fail,E0080
/// ovhcloud_raci::assert_raci!(dedicated_servers::RestoreBackups: Customer = "RA", Ovhcloud = "RI");
/// // error[E0080]: evaluation panicked: assert_raci! failed: the cell of Ovhcloud for
/// //               dedicated_servers::RestoreBackups is not "RI": it is ""
/// ```
///
/// A row that leaves a party out names it and its cell (`… is missing Ovhcloud (its cell is
/// "RI")`); an activity written as its id (`install-os`) is an error at that word, naming
/// `WriteTheActivityVariantNotItsKebabCaseId`: write `InstallOs`.
///
/// [`Party`]: crate::Party
/// [`Role`]: crate::Role
#[macro_export]
macro_rules! assert_raci {
    ($party:ident is not $role:ident for $product:ident :: $activity:ident) => {
        const _: () = ::core::assert!(
            !$crate::$product::Activity::$activity
                .roles($crate::Party::$party)
                .contains($crate::Role::$role),
            ::core::concat!(
                "assert_raci! failed: the matrix makes ",
                ::core::stringify!($party), " ", ::core::stringify!($role),
                " for ", ::core::stringify!($product), "::", ::core::stringify!($activity)
            )
        );
    };
    ($party:ident is $role:ident for $product:ident :: $activity:ident) => {
        const _: () = ::core::assert!(
            $crate::$product::Activity::$activity
                .roles($crate::Party::$party)
                .contains($crate::Role::$role),
            ::core::concat!(
                "assert_raci! failed: ",
                ::core::stringify!($party), " is not ", ::core::stringify!($role),
                " for ", ::core::stringify!($product), "::", ::core::stringify!($activity), " in the matrix"
            )
        );
    };
    ($product:ident :: $activity:ident : $($party:ident = $letters:literal),+ $(,)?) => {
        const _: () = {
            let activity = $crate::$product::Activity::$activity;
            let mut listed = $crate::PartySet::EMPTY;
            $(
                let ::core::result::Result::Ok(expected) = $crate::RoleSet::try_from_letters($letters) else {
                    ::core::panic!(::core::concat!(
                        "assert_raci!: ", ::core::stringify!($letters),
                        " is not a cell: write letters of the legend, each at most once"
                    ))
                };
                if !listed.insert($crate::Party::$party) {
                    ::core::panic!(::core::concat!(
                        "assert_raci!: ", ::core::stringify!($party), " is listed twice"
                    ));
                }
                if !$crate::__private::same_roles(activity.roles($crate::Party::$party), expected) {
                    // What the cell is, in the message: built in `const`, in a fixed buffer.
                    let mut message = $crate::__private::Message::new();
                    message.push(::core::concat!(
                        "assert_raci! failed: the cell of ", ::core::stringify!($party),
                        " for ", ::core::stringify!($product), "::", ::core::stringify!($activity),
                        " is not ", ::core::stringify!($letters), ": it is "
                    ));
                    message.push_cell(activity.cell_as_written($crate::Party::$party));
                    ::core::panic!("{}", message.as_str());
                }
            )+
            let mut p = 0;
            while p < $crate::Party::COUNT {
                let party = $crate::Party::ALL[p];
                if !listed.contains(party) {
                    // Name the party left out, and what to write for it.
                    let mut message = $crate::__private::Message::new();
                    message.push(::core::concat!(
                        "assert_raci!: a row lists the cell of every party; ",
                        ::core::stringify!($product), "::", ::core::stringify!($activity),
                        " is missing "
                    ));
                    message.push($crate::__private::party_variant(party));
                    message.push(" (its cell is ");
                    message.push_cell(activity.cell_as_written(party));
                    message.push(")");
                    ::core::panic!("{}", message.as_str());
                }
                p += 1;
            }
        };
    };
    // An id in kebab-case (`install-os`) where the variant (`InstallOs`) belongs: an error at
    // the user's first word, which names what to write instead.
    ($product:ident :: $first:ident - $($rest:tt)*) => {
        const _: () = {
            let _ = $crate::__private::WriteTheActivityVariantNotItsKebabCaseId::$first;
        };
    };
    ($party:ident is not $role:ident for $product:ident :: $first:ident - $($rest:tt)*) => {
        $crate::assert_raci!($product :: $first - $($rest)*);
    };
    ($party:ident is $role:ident for $product:ident :: $first:ident - $($rest:tt)*) => {
        $crate::assert_raci!($product :: $first - $($rest)*);
    };
}

/// Support for the macros; not public API.
#[doc(hidden)]
pub mod __private {
    use crate::{PARTY_VARIANTS, Party, RoleSet};

    /// `a == b` in a `const` context.
    pub const fn same_roles(a: RoleSet, b: RoleSet) -> bool {
        a.is_subset(b) && b.is_subset(a)
    }

    /// The variant name of `party`, as the macro's user writes it.
    pub const fn party_variant(party: Party) -> &'static str {
        PARTY_VARIANTS[party as usize]
    }

    /// Where `assert_raci!` points when given an id (`install-os`) instead of a variant name
    /// (`InstallOs`): it has no variant, so the error names the user's word and this advice.
    pub enum WriteTheActivityVariantNotItsKebabCaseId {}

    /// A message built in `const`: up to 512 bytes, the rest cut on a character boundary.
    pub struct Message {
        bytes: [u8; 512],
        len: usize,
    }

    impl Default for Message {
        fn default() -> Self {
            Message::new()
        }
    }

    impl Message {
        /// An empty message.
        pub const fn new() -> Message {
            Message {
                bytes: [0; 512],
                len: 0,
            }
        }

        /// Appends `text`, or as much of it as fits.
        pub const fn push(&mut self, text: &str) {
            let text = text.as_bytes();
            let mut i = 0;
            while i < text.len() && self.len < self.bytes.len() {
                self.bytes[self.len] = text[i];
                self.len += 1;
                i += 1;
            }
            // Never end inside a character.
            while self.len > 0 && !self.bytes[self.len - 1].is_ascii() && i < text.len() {
                self.len -= 1;
            }
        }

        /// Appends a cell as the page writes it: `"RA"`, `""`, or that the row has none.
        pub const fn push_cell(&mut self, cell: Option<&str>) {
            match cell {
                Some(letters) => {
                    self.push("\"");
                    self.push(letters);
                    self.push("\"");
                }
                None => self.push("no cell: the page's row stops before it"),
            }
        }

        /// The message.
        pub const fn as_str(&self) -> &str {
            match core::str::from_utf8(self.bytes.split_at(self.len).0) {
                Ok(text) => text,
                Err(_) => "assert_raci! failed",
            }
        }
    }
}
