#![doc = include_str!("../README.md")]
//!
//! # Compile-time assertions
//!
//! Services put this crate in their build so that a change of the matrix breaks the build
//! where it matters, not production. Two tools, both generated from `raci.toml`, both free at
//! run time (the markers are zero-sized and the assertions are `const` items that leave no
//! code behind; `tests/zero_cost.rs` checks both).
//!
//! **Bounds on the matrix.** [`types`] has a zero-sized type per party and role, each
//! product's `types` one per activity, and [`types::Holds<P, R>`] is implemented for an
//! activity's type exactly where its matrix gives party `P` role `R`:
//!
//! ```
//! use ovhcloud_raci::ProductActivity; // `text` through `A::ACTIVITY`, of any product
//! use ovhcloud_raci::dedicated_servers::types::activity;
//! use ovhcloud_raci::types::{Holds, party::Ovhcloud, role::Responsible};
//!
//! /// Opens a ticket with the provider, for what the provider must carry out.
//! fn escalate<A: Holds<Ovhcloud, Responsible>>(_: A) -> &'static str {
//!     A::ACTIVITY.text()
//! }
//!
//! escalate(activity::ReplaceDefectiveHardware);
//! ```
//!
//! Passing an activity OVHcloud is not Responsible for does not compile, and the error says
//! which party, which role, which activity, and what the cell actually is:
//!
//! ```compile_fail,E0277
//! # use ovhcloud_raci::dedicated_servers::types::activity;
//! # use ovhcloud_raci::types::{Holds, party::Ovhcloud, role::Responsible};
//! # fn escalate<A: Holds<Ovhcloud, Responsible>>(_: A) {}
//! escalate(activity::ChooseLocation);
//! ```
//!
//! ```text
//! error[E0277]: `ovhcloud_raci::types::party::Ovhcloud`
//!               is not `ovhcloud_raci::types::role::Responsible`
//!               for `ovhcloud_raci::dedicated_servers::types::activity::
//!                    ChooseLocation`: its cell there is `I`
//! ```
//!
//! **Pinned rows.** [`assert_raci!`] checks a whole row or a single fact in a `const`:
//!
//! ```
//! use ovhcloud_raci::assert_raci;
//!
//! assert_raci!(dedicated_servers::ReplaceDefectiveHardware: Customer = "I", Ovhcloud = "RA");
//! assert_raci!(Customer is Responsible for dedicated_servers::RestoreBackups);
//! assert_raci!(Ovhcloud is not Responsible for dedicated_servers::RestoreBackups);
//! ```
//!
//! ```compile_fail,E0080
//! ovhcloud_raci::assert_raci!(
//!     dedicated_servers::RestoreBackups: Customer = "RA", Ovhcloud = "RI"
//! );
//! ```
//!
//! ```text
//! error[E0080]: evaluation panicked: assert_raci! failed:
//!                the cell of Ovhcloud for dedicated_servers::RestoreBackups
//!                is not "RI": it is ""
//! ```
//!
//! `examples/incident_router.rs` puts both to work: an incident router that only compiles
//! for activities where the provider is Responsible, and the rows its runbooks rely on.
//!
#![cfg_attr(feature = "generate", doc = include_str!(concat!(env!("OUT_DIR"), "/catalogue.md")))]
#![cfg_attr(not(feature = "generate"), doc = include_str!("../generated/catalogue.md"))]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// A build without any product has a `Product` without values: code after reading one is
// unreachable, loops over its zero products compare with a zero `COUNT`, and the id hash
// has nothing to look up.
#![cfg_attr(
    raci_no_products,
    allow(
        unreachable_code,
        dead_code,
        unused_mut,
        clippy::absurd_extreme_comparisons
    )
)]
// Likewise a build whose products have no translation: `Locale` has no values.
#![cfg_attr(
    all(raci_no_locales, not(raci_no_products)),
    allow(unreachable_code, unused_variables, clippy::absurd_extreme_comparisons)
)]
#![cfg_attr(all(raci_no_locales, raci_no_products), allow(unused_variables))]

mod any;
mod assert;
mod date;
mod error;
mod legend;
mod locale;
mod markdown;
mod nearest;
#[cfg(not(raci_no_sides))]
mod ownership;
mod party;
mod per_product;
mod product;
mod product_activity;
mod role;
#[cfg(feature = "serde")]
mod serde_impls;
mod set;
mod tables;
pub mod types;
mod version;
#[cfg(feature = "serde")]
pub mod view;
mod waiver;

pub use any::{AnyActivity, AnySection};
#[doc(hidden)]
pub use assert::__private;
pub use date::Date;
pub use error::{Accepted, ParseError, ParseErrorKind, Suggestions};
pub use legend::Legend;
pub use locale::UnpairedRow;
pub use markdown::Markdown;
#[cfg(not(raci_no_sides))]
pub use ownership::Ownership;
pub use party::{PartySet, PartySetIter};
pub use product::Provenance;
pub use product_activity::ProductActivity;
pub use role::{RoleSet, RoleSetIter};
pub use version::PageVersion;
pub use waiver::{Rule, Waiver};

// The shared `Party`, `Role` and `Product`, and a module for each product of this build,
// generated from `raci.toml` by `raci-codegen`: in the build with the feature `generate`
// (see `build.rs`), else the files the package carries, made for the default features.
#[cfg(feature = "generate")]
include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
#[cfg(not(feature = "generate"))]
include!("../generated/catalogue.rs");
