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
/// When the matrix disagrees, the build fails:
///
/// ```compile_fail,E0080
/// ovhcloud_raci::assert_raci!(dedicated_servers::RestoreBackups: Customer = "RA", Ovhcloud = "RI");
/// // error[E0080]: evaluation panicked: assert_raci! failed: the cell of Ovhcloud for
/// //               dedicated_servers::RestoreBackups is not "RI"
/// ```
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
                    ::core::panic!(::core::concat!(
                        "assert_raci! failed: the cell of ", ::core::stringify!($party),
                        " for ", ::core::stringify!($product), "::", ::core::stringify!($activity), " is not ", ::core::stringify!($letters)
                    ));
                }
            )+
            if listed.len() != $crate::Party::COUNT {
                ::core::panic!(::core::concat!(
                    "assert_raci!: a row lists the cell of every party; ",
                    ::core::stringify!($product), "::", ::core::stringify!($activity), " is missing some"
                ));
            }
        };
    };
}

/// Support for the macros; not public API.
#[doc(hidden)]
pub mod __private {
    use crate::RoleSet;

    /// `a == b` in a `const` context.
    pub const fn same_roles(a: RoleSet, b: RoleSet) -> bool {
        a.is_subset(b) && b.is_subset(a)
    }
}
