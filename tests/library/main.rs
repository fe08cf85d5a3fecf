//! The library's tests through its public API, one binary (one link, one run): each module
//! a concern, built where the features it reads are on. `no_alloc` (a counting allocator
//! for its whole binary), `compile` (trybuild) and `bench_baseline` stay binaries of their
//! own.

#[cfg(feature = "serde")]
#[path = "../common/mod.rs"]
mod common;

#[cfg(feature = "dedicated-servers")]
mod api;
#[cfg(feature = "full")]
mod catalogue_pages;
mod generated;
#[cfg(all(feature = "full", feature = "history"))]
mod history;
#[cfg(all(feature = "dedicated-servers", feature = "locales"))]
mod locales;
#[cfg(feature = "full")]
mod ownership;
mod readme;
#[cfg(all(feature = "serde", feature = "dedicated-servers"))]
mod serde;
#[cfg(feature = "dedicated-servers")]
mod source_page;
#[cfg(feature = "dedicated-servers")]
mod zero_cost;
