//! The ownership of every row of the catalogue follows the documented rule, computed here
//! from the cells as the pages write them (letters, not the library's role sets).

use ovhcloud_raci::{AnyActivity, Ownership, Party};

/// Whether the page's cell for `party` holds `R` or `A`.
fn owns(activity: AnyActivity, party: Party) -> bool {
    activity
        .cell_as_written(party)
        .is_some_and(|cell| cell.contains('R') || cell.contains('A'))
}

#[test]
fn every_row_is_owned_by_who_holds_r_or_a() {
    let mut counts = [0usize; 4];
    for activity in AnyActivity::all() {
        let expected = match (
            owns(activity, Party::PROVIDER),
            owns(activity, Party::CUSTOMER),
        ) {
            (true, false) => Some(Ownership::CspOwned),
            (false, true) => Some(Ownership::CscOwned),
            (true, true) => Some(Ownership::Shared),
            (false, false) => None,
        };
        assert_eq!(activity.ownership(), expected, "{activity}");
        counts[expected.map_or(3, |o| o as usize)] += 1;
    }
    // Every kind occurs in the catalogue; the total is every row.
    assert!(counts[..3].iter().all(|&n| n > 0), "{counts:?}");
    assert_eq!(
        counts.iter().sum::<usize>(),
        AnyActivity::all().count(),
        "{counts:?}"
    );
}

#[test]
fn the_sides_are_the_index_s() {
    assert_eq!(Party::PROVIDER.id(), "ovhcloud");
    assert_eq!(Party::CUSTOMER.id(), "customer");
}

#[test]
fn labels_read_back() {
    for ownership in Ownership::ALL {
        assert_eq!(ownership.label().parse(), Ok(ownership));
        assert_eq!(ownership.to_string(), ownership.label());
    }
    let error = "csp-owned".parse::<Ownership>().unwrap_err();
    assert!(error.to_string().contains("\"CSP-owned\""), "{error}");
}
