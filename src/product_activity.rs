//! [`ProductActivity`]: what every product's `Activity` has, for code generic over products.

use core::fmt;
use core::hash::Hash;

use crate::{AnyActivity, Party, Product, Role, RoleSet, Waiver};

/// Implemented by the `Activity` of each product, so generic code serves any of them.
///
/// The inherent methods of each `Activity` are `const`; these are the same, callable
/// through a type parameter.
///
/// ```
/// use ovhcloud_raci::{Party, ProductActivity, Role};
///
/// /// What `party` must carry out, in product `A`.
/// fn to_do<A: ProductActivity>(party: Party) -> impl Iterator<Item = &'static str> {
///     A::ALL.iter().filter(move |a| a.roles(party).contains(Role::Responsible)).map(|a| a.text())
/// }
///
/// assert!(to_do::<ovhcloud_raci::dedicated_servers::Activity>(Party::Ovhcloud).count() > 0);
/// ```
pub trait ProductActivity:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + Into<AnyActivity> + 'static
{
    /// The product's headings.
    type Section: Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + 'static;
    /// The product's set of activities.
    type Set: Copy + Eq + IntoIterator<Item = Self>;
    /// The product.
    const PRODUCT: Product;
    /// Every activity, in document order.
    const ALL: &'static [Self];

    /// The activity's id.
    fn id(self) -> &'static str;
    /// The activity's text, verbatim.
    fn text(self) -> &'static str;
    /// The heading the row stands under.
    fn section(self) -> Self::Section;
    /// The roles `party` holds for this activity.
    fn roles(self, party: Party) -> RoleSet;
    /// The cell of `party` as the page writes it; `None` where the row stops before it.
    fn cell_as_written(self, party: Party) -> Option<&'static str>;
    /// The RACI rules the row breaks because the page does.
    fn waivers(self) -> &'static [Waiver];
    /// The activity with this exact id.
    fn from_id(id: &str) -> Option<Self>;
    /// This activity with its product.
    fn erase(self) -> AnyActivity;
    /// Every activity for which `party` holds `role`.
    fn with_role(party: Party, role: Role) -> Self::Set;
}
