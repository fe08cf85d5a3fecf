//! Every page of OVHcloud's catalogue (`catalogue/pages/`) reads, and what the
//! reader finds matches what a person counts on the pages: 23 matrices, 1,116 rows, and
//! each irregularity the catalogue issue lists, kept as written.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use raci_codegen::import::{Item, Page, read_page};

fn catalogue() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../catalogue/pages")
}

/// Every page, by product id (the file name before the locale).
fn pages() -> Vec<(String, Page)> {
    let mut files: Vec<PathBuf> = fs::read_dir(catalogue())
        .expect("catalogue/pages")
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(path).unwrap();
            let page = read_page(&text).unwrap_or_else(|errors| {
                panic!(
                    "{}",
                    errors
                        .iter()
                        .map(|e| e.render(&name))
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            });
            (name.split('.').next().unwrap().to_owned(), page)
        })
        .collect()
}

fn rows(page: &Page) -> impl Iterator<Item = &raci_codegen::import::PageRow> {
    page.items.iter().filter_map(|i| match i {
        Item::Row(r) => Some(r),
        _ => None,
    })
}

fn page<'a>(pages: &'a [(String, Page)], id: &str) -> &'a Page {
    &pages.iter().find(|(p, _)| p == id).unwrap().1
}

#[test]
fn every_page_reads_into_its_rows() {
    let pages = pages();
    assert_eq!(pages.len(), 23);
    let total: usize = pages.iter().map(|(_, p)| rows(p).count()).sum();
    assert_eq!(total, 1_116);
    assert_eq!(rows(page(&pages, "dedicated-servers")).count(), 52);
    for (id, page) in &pages {
        assert!(page.provenance.is_some(), "{id}");
        assert_eq!(page.legend.len(), 4, "{id}");
        assert!(
            page.parties
                .iter()
                .any(|p| p.contains("Customer") || p.contains("Client")),
            "{id}: {:?}",
            page.parties
        );
    }
}

#[test]
fn irregular_pages_are_kept_as_written() {
    let pages = pages();
    let cells: Vec<&str> = pages
        .iter()
        .flat_map(|(_, p)| rows(p).flat_map(|r| r.cells.iter().flatten().map(String::as_str)))
        .collect();
    for written in ["IR", "AR", "CR", "RI", "RA", "CI"] {
        assert!(cells.contains(&written), "{written}");
    }
    let missing = |id: &str| {
        rows(page(&pages, id))
            .filter(|r| r.cells.iter().any(Option::is_none))
            .count()
    };
    assert_eq!(missing("file-storage"), 1);
    assert_eq!(missing("public-cloud-databases"), 3);
    assert_eq!(missing("public-cloud-analytics"), 3);
    let total_missing: usize = pages.iter().map(|(id, _)| missing(id)).sum();
    assert_eq!(total_missing, 7);
    assert_eq!(
        page(&pages, "sap-on-ovhcloud").offers,
        ["SAP HANA on Bare Metal", "SAP HANA on Private Cloud"]
    );
    assert!(
        pages
            .iter()
            .filter(|(id, _)| id != "sap-on-ovhcloud")
            .all(|(_, p)| p.offers.is_empty())
    );
    assert_eq!(page(&pages, "web-paas-platform-sh").updated, None);
    assert_eq!(
        page(&pages, "private-exchange").updated.as_deref(),
        Some("2024-6-25")
    );
    let kubernetes: Vec<&str> = rows(page(&pages, "managed-kubernetes"))
        .map(|r| r.text.as_str())
        .collect();
    let distinct: BTreeSet<&str> = kubernetes.iter().copied().collect();
    assert_eq!(kubernetes.len(), distinct.len() + 1, "one text twice");
    // Legends: 6 as written (`R:` or `R :`, "Accountable", "Guarantees", "Is" or "is
    // Accountable", C and I capitalised or not), 5 by their descriptions alone. (Counted by
    // the raw lines, cell padding included, there are 8.)
    let written: BTreeSet<Vec<&str>> = pages
        .iter()
        .map(|(_, p)| p.legend.iter().map(|e| e.written.as_str()).collect())
        .collect();
    assert_eq!(written.len(), 6, "{written:#?}");
    let described: BTreeSet<Vec<&str>> = pages
        .iter()
        .map(|(_, p)| p.legend.iter().map(|e| e.description.as_str()).collect())
        .collect();
    assert_eq!(described.len(), 5, "{described:#?}");
}

#[test]
fn rows_that_break_a_raci_rule() {
    let pages = pages();
    let holders = |cells: &[Option<String>], letter: char| {
        cells
            .iter()
            .flatten()
            .filter(|c| c.contains(letter))
            .count()
    };
    let mut not_one_a = Vec::new();
    let mut no_r = 0;
    for (_, page) in &pages {
        for row in rows(page) {
            if holders(&row.cells, 'A') != 1 {
                let written: Vec<&str> = row
                    .cells
                    .iter()
                    .map(|c| c.as_deref().unwrap_or("∅"))
                    .collect();
                not_one_a.push(written.join(" | "));
            }
            if holders(&row.cells, 'R') == 0 {
                no_r += 1;
            }
        }
    }
    assert_eq!(not_one_a.len(), 11, "{not_one_a:#?}");
    assert_eq!(
        not_one_a.iter().filter(|c| *c == "AI | RA").count(),
        8,
        "{not_one_a:#?}"
    );
    assert_eq!(
        not_one_a.iter().filter(|c| *c == "RA | RA").count(),
        3,
        "{not_one_a:#?}"
    );
    assert_eq!(no_r, 7);
}
