//! A service's view of the matrix, checked by the compiler.
//!
//! An incident router that only compiles for activities the provider must carry out (of
//! any product: a route holds an `AnyActivity`), and a
//! compliance check that pins the rows the team's support contract relies on. If OVHcloud
//! changes the page and the crate's data follows, this breaks the build, not production.
//!
//! ```text
//! cargo run --example incident_router
//! ```

use ovhcloud_raci::dedicated_servers::types::activity;
use ovhcloud_raci::types::Holds;
use ovhcloud_raci::types::party::{Customer, Ovhcloud};
use ovhcloud_raci::types::role::Responsible;
use ovhcloud_raci::{AnyActivity, Party, ProductActivity, Role, assert_raci};

// The rows our runbooks rely on. Each line is checked at compile time and costs nothing.
assert_raci!(dedicated_servers::ReplaceDefectiveHardware: Customer = "I", Ovhcloud = "RA");
assert_raci!(dedicated_servers::HandleHardwareIncidents: Customer = "AI", Ovhcloud = "RA");
assert_raci!(dedicated_servers::ProcessOtherIncidents: Customer = "RA", Ovhcloud = "");
assert_raci!(Customer is Responsible for dedicated_servers::RestoreBackups);
assert_raci!(Ovhcloud is not Responsible for dedicated_servers::RestoreBackups);

/// Where an incident goes.
#[derive(Debug)]
enum Route {
    /// A ticket with OVHcloud's support.
    ProviderTicket {
        activity: AnyActivity,
        summary: &'static str,
    },
    /// A page to our own on-call engineer.
    OnCall {
        activity: AnyActivity,
        summary: &'static str,
    },
}

/// Opens a ticket with the provider. Only compiles for activities where OVHcloud is
/// Responsible: try `activity::RestoreBackups` and read the error.
fn to_provider<A: Holds<Ovhcloud, Responsible>>(_: A, summary: &'static str) -> Route {
    Route::ProviderTicket {
        activity: A::ACTIVITY.erase(),
        summary,
    }
}

/// Pages our on-call. Only compiles for activities where we, the customer, are Responsible.
fn to_on_call<A: Holds<Customer, Responsible>>(_: A, summary: &'static str) -> Route {
    Route::OnCall {
        activity: A::ACTIVITY.erase(),
        summary,
    }
}

fn main() {
    let routes = [
        to_provider(
            activity::ReplaceDefectiveHardware,
            "disk 2 of srv-42 reports SMART errors",
        ),
        to_provider(
            activity::HandleHardwareIncidents,
            "srv-17 lost its public network link",
        ),
        to_on_call(
            activity::RestoreBackups,
            "restore yesterday's database dump on srv-42",
        ),
        to_on_call(
            activity::ProcessOtherIncidents,
            "nginx returns 502 on srv-17",
        ),
    ];
    for route in &routes {
        let (who, activity, summary) = match route {
            Route::ProviderTicket { activity, summary } => ("OVHcloud ticket", activity, summary),
            Route::OnCall { activity, summary } => ("our on-call", activity, summary),
        };
        let accountable: Vec<&str> = activity
            .parties_with(Role::Accountable)
            .iter()
            .map(Party::name)
            .collect();
        println!("{who:<16} {summary}");
        println!(
            "{:<16} {} (accountable: {})",
            "",
            activity.text(),
            accountable.join(" and ")
        );
    }
}
