//! The pages' versions through the public API: which one is in force on a date, and that an
//! earlier version's rows are its own (feature `history`).

use ovhcloud_raci::{Date, PageVersion, Product, dedicated_servers};

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

#[test]
fn the_version_in_force_is_the_last_one_dated_on_or_before_the_day() {
    let product = Product::DedicatedServers;
    let versions: Vec<PageVersion> = product.versions().collect();
    assert!(versions.len() >= 2);
    let first = versions[0];
    assert_eq!(product.as_of(day("2021-11-30")), None);
    assert_eq!(product.as_of(day("2021-12-01")), Some(first));
    assert_eq!(
        product.as_of(day("2022-06-01")).map(PageVersion::row_count),
        Some(50)
    );
    assert_eq!(product.as_of(day("2024-02-28")), Some(first));
    assert_eq!(
        product.as_of(day("2024-02-29")),
        Some(product.current_version())
    );
    // Oldest first, each the next of the one before.
    for pair in versions.windows(2) {
        assert_eq!(pair[0].next(), Some(pair[1]));
        assert_eq!(pair[1].previous(), Some(pair[0]));
        assert!(pair[0].last_updated() <= pair[1].last_updated());
    }
    assert_eq!(product.current_version().next(), None);
    assert_eq!(first.previous(), None);
}

#[test]
fn an_earlier_versions_rows_are_its_own_and_have_no_typed_activity() {
    let product = Product::DedicatedServers;
    let then = product.as_of(day("2022-06-01")).unwrap();
    assert!(!then.is_current());
    let row = then.activities().next().unwrap();
    assert_eq!(row.version(), then);
    assert_eq!(row.section().version(), then);
    assert_eq!(then.activity(row.id()), Some(row));
    // The same place in the current page is another row.
    let current = product.activities().next().unwrap();
    assert_ne!(row, current);
    assert_eq!(dedicated_servers::Activity::try_from(row), Err(row));
    assert!(dedicated_servers::Activity::try_from(current).is_ok());
    // Paths name the current page's rows.
    assert_eq!(
        ovhcloud_raci::AnyActivity::from_path(&current.to_string()),
        Some(current)
    );
    // Its headings hold its rows.
    let rows: usize = then.sections().map(|s| s.activities().len()).sum();
    assert_eq!(rows, then.row_count());
    assert_eq!(then.legend().version(), then);
    assert!(
        then.markdown()
            .to_string()
            .contains("(last updated 2021-12-01)")
    );
}

#[test]
fn a_newer_page_became_current_and_the_older_one_is_kept() {
    // Public Cloud Databases: the page of 2021-09-28 until the one of 2025-11-04.
    let product = Product::PublicCloudDatabases;
    let before = product.as_of(day("2025-11-03")).unwrap();
    assert_eq!(before.last_updated_as_written(), Some("2021-09-28"));
    assert_eq!(
        product.as_of(day("2025-11-04")),
        Some(product.current_version())
    );
    let kept = product.current_version().provenance().unwrap();
    assert!(kept.path().ends_with("guide.fr-fr.md"), "{}", kept.path());
    // Block Storage: the page of 2022-12-23 left four rows of 3.1.3 without cells.
    let block = Product::BlockStorage.as_of(day("2023-01-01")).unwrap();
    let empty = block
        .activities()
        .filter(|a| a.cell_as_written(ovhcloud_raci::Party::ALL[0]).is_none())
        .count();
    assert_eq!(empty, 4);
}
