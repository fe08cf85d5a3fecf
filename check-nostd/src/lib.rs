//! Uses the library in a `#![no_std]` crate with its own `#[panic_handler]`: if `std` were
//! anywhere in the dependency graph, this would fail with a duplicate `panic_impl` lang item.
//! `.ci/run` builds it with default features and with `serde`.

#![no_std]

use ovhcloud_raci::dedicated_servers::Activity;
use ovhcloud_raci::{AnyActivity, Party, Product, Role};

/// Touches the lookups so the library is linked, not just named.
pub fn responsible_for_install_os() -> bool {
    Activity::InstallOs
        .roles(Party::Ovhcloud)
        .contains(Role::Responsible)
}

/// And the catalogue: every product (the crate is built with `full`), across products.
pub fn customer_accountable_rows() -> usize {
    Product::ALL
        .into_iter()
        .flat_map(Product::activities)
        .filter(|a| a.roles(Party::Customer).contains(Role::Accountable))
        .count()
        + usize::from(AnyActivity::from_path("kms/choose-service-location").is_some())
}

/// With `serde`, the serializable views are linked too.
#[cfg(feature = "serde")]
pub fn view_of_install_os() -> impl serde::Serialize {
    ovhcloud_raci::view::Row(Activity::InstallOs.erase())
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
