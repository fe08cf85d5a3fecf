//! The matrices at the type level: zero-sized markers and the [`Holds`] relation.
//!
//! Every party and role has a zero-sized type here ([`party`], [`role`]), and every activity
//! one in its product's `types` module (`dedicated_servers::types::activity`), each tied to
//! its value by an associated const. [`Holds<P, R>`] is implemented for an activity's type
//! exactly where its matrix gives party `P` role `R`, so a bound such as
//! `A: Holds<Ovhcloud, Responsible>` accepts only those activities, of any product, and a
//! change of a matrix breaks the build where it matters. The error names the product, in
//! the activity's path.
//!
//! ```
//! use ovhcloud_raci::dedicated_servers::types::activity;
//! use ovhcloud_raci::ProductActivity; // `id` through `A::ACTIVITY`, of any product
//! use ovhcloud_raci::types::{Holds, ActivityType, party::Ovhcloud, role::Responsible};
//!
//! /// Opens a ticket with the provider: only for what the provider must carry out.
//! fn open_provider_ticket<A: Holds<Ovhcloud, Responsible>>(_: A) -> &'static str {
//!     A::ACTIVITY.id()
//! }
//!
//! assert_eq!(open_provider_ticket(activity::ReplaceDefectiveHardware), "replace-defective-hardware");
//! ```
//!
//! An activity the provider is not Responsible for does not compile, and the error says
//! which party, which role, which activity, and what the cell actually is:
//!
//! ```compile_fail,E0277
//! # use ovhcloud_raci::dedicated_servers::types::activity;
//! # use ovhcloud_raci::types::{Holds, party::Ovhcloud, role::Responsible};
//! # fn open_provider_ticket<A: Holds<Ovhcloud, Responsible>>(_: A) {}
//! open_provider_ticket(activity::RestoreBackups);
//! // error[E0277]: `Ovhcloud` is not `Responsible` for `RestoreBackups`: its cell there is `Empty`
//! ```

use crate::{Party, ProductActivity, Role, RoleSet};

pub(crate) mod sealed {
    /// Only this crate's generated types implement the marker traits.
    pub trait Sealed {}
}

/// A zero-sized type standing for one [`Party`].
pub trait PartyType: sealed::Sealed + Copy + Default + 'static {
    /// The party this type stands for.
    const PARTY: Party;
}

/// A zero-sized type standing for one [`Role`].
pub trait RoleType: sealed::Sealed + Copy + Default + 'static {
    /// The role this type stands for.
    const ROLE: Role;
}

/// A zero-sized type standing for one activity of one product.
pub trait ActivityType: sealed::Sealed + Copy + Default + 'static {
    /// The product's `Activity`.
    type Activity: ProductActivity;
    /// The activity this type stands for.
    const ACTIVITY: Self::Activity;
}

/// A zero-sized type standing for one distinct cell of the matrix (each product's `types::cell`).
pub trait CellType: sealed::Sealed + Copy + Default + 'static {
    /// The roles of the cell.
    const ROLES: RoleSet;
}

/// The cell party `P` has for this activity, as a type.
pub trait CellOf<P: PartyType>: ActivityType {
    /// The cell's type, one of the product's `types::cell`.
    type Cell: CellType;
}

/// "This cell holds role `R`": implemented by each cell type for each of its letters.
///
/// `A` and `P` only carry the activity and party into the error message.
#[diagnostic::on_unimplemented(
    message = "`{P}` is not `{R}` for `{A}`: its cell there is `{Self}`",
    label = "the matrix does not make `{P}` `{R}` for this activity",
    note = "the cells come from the product's data, verbatim from its source page"
)]
pub trait CellHas<R: RoleType, A, P>: CellType {}

/// Activity `Self` gives party `P` the role `R` in the matrix.
///
/// Implemented for every activity type exactly where its cell for `P` contains `R`; use it as
/// a bound to accept only those activities.
///
/// ```
/// use ovhcloud_raci::dedicated_servers::types::activity::InstallOs;
/// use ovhcloud_raci::types::{Holds, party::{Customer, Ovhcloud}, role::*};
///
/// fn holds<A: Holds<P, R>, P: ovhcloud_raci::types::PartyType, R: ovhcloud_raci::types::RoleType>() {}
/// holds::<InstallOs, Customer, Accountable>();
/// holds::<InstallOs, Ovhcloud, Informed>();
/// ```
#[diagnostic::on_unimplemented(
    message = "`{P}` is not `{R}` for `{Self}` in the matrix",
    label = "the matrix does not make `{P}` `{R}` for this activity"
)]
pub trait Holds<P: PartyType, R: RoleType>: ActivityType {}

impl<A, P, R> Holds<P, R> for A
where
    P: PartyType,
    R: RoleType,
    A: CellOf<P>,
    <A as CellOf<P>>::Cell: CellHas<R, A, P>,
{
}

#[cfg(feature = "generate")]
include!(concat!(env!("OUT_DIR"), "/types.rs"));
#[cfg(not(feature = "generate"))]
include!("../generated/types.rs");
