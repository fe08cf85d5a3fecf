//! Every page of OVHcloud's catalogue (`catalogue/pages/`) reads, and what the
//! reader finds matches what a person counts on the pages: 24 matrices, 1,195 rows, and
//! each irregularity the catalogue issue lists, kept as written.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use raci_codegen::import::{Item, Page, Paths, read_page, to_toml};

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
    assert_eq!(pages.len(), products_in_index());
    let total: usize = pages.iter().map(|(_, p)| rows(p).count()).sum();
    assert_eq!(total, 1_195);
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
    // Legends: 7 as written (`R:` or `R :`, "Accountable", "Guarantees", "Is" or "is
    // Accountable", C and I capitalised or not, and SecNumCloud's French), 6 by their
    // descriptions alone. (Counted by the raw lines, cell padding included, there are 9.)
    let written: BTreeSet<Vec<&str>> = pages
        .iter()
        .map(|(_, p)| p.legend.iter().map(|e| e.written.as_str()).collect())
        .collect();
    assert_eq!(written.len(), 7, "{written:#?}");
    let described: BTreeSet<Vec<&str>> = pages
        .iter()
        .map(|(_, p)| p.legend.iter().map(|e| e.description.as_str()).collect())
        .collect();
    assert_eq!(described.len(), 6, "{described:#?}");
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

const DEDICATED_SERVERS_PAGE: &str = "tests/source/dedicated-servers-responsibility-sharing.md";

fn workspace_file(path: &str) -> String {
    fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(path),
    )
    .unwrap()
}

fn import(page: &str, earlier: Option<&str>) -> Result<String, Vec<String>> {
    let page =
        read_page(page).map_err(|e| e.iter().map(|e| e.render("page.md")).collect::<Vec<_>>())?;
    let earlier = earlier.map(|toml| raci_codegen::read(toml).expect("the earlier file builds").0);
    let paths = Paths {
        page: DEDICATED_SERVERS_PAGE,
        toml: "catalogue/dedicated-servers.toml",
    };
    to_toml(&page, &paths, earlier.as_ref())
        .map_err(|e| e.iter().map(|e| e.render("page.md")).collect())
}

#[test]
fn reimporting_the_page_reproduces_the_dedicated_servers_file_byte_for_byte() {
    let toml = workspace_file("catalogue/dedicated-servers.toml");
    let page = workspace_file(DEDICATED_SERVERS_PAGE);
    assert_eq!(import(&page, Some(&toml)).unwrap(), toml);
}

#[test]
fn ids_are_kept_for_unchanged_rows_and_made_for_new_ones() {
    let toml = workspace_file("catalogue/dedicated-servers.toml");
    let page = workspace_file(DEDICATED_SERVERS_PAGE).replacen(
        "| Install the OS ",
        "| Install the operating system ",
        1,
    );
    let reimported = import(&page, Some(&toml)).unwrap();
    let (before, _) = raci_codegen::read(&toml).unwrap();
    let (after, _) = raci_codegen::read(&reimported).unwrap();
    let ids = |m: &raci_codegen::Matrix| -> Vec<String> {
        m.activities.iter().map(|a| a.id.clone()).collect()
    };
    let changed: Vec<(String, String)> = ids(&before)
        .into_iter()
        .zip(ids(&after))
        .filter(|(b, a)| b != a)
        .collect();
    assert_eq!(
        changed,
        [(
            "install-os".to_owned(),
            "install-the-operating-system".to_owned()
        )]
    );
    // Without the earlier file, every id is made from its text.
    let fresh = import(&workspace_file(DEDICATED_SERVERS_PAGE), None).unwrap();
    let (fresh, _) = raci_codegen::read(&fresh).unwrap();
    assert!(ids(&fresh).contains(&"install-the-os".to_owned()));
    // The waiver is made anew, saying what the page marks.
    let waived = fresh
        .activities
        .iter()
        .find(|a| !a.waivers.is_empty())
        .unwrap();
    assert_eq!(
        waived.waivers[0].reason,
        "The source page marks Customer (AI) and OVHcloud (RA) Accountable. Kept as published."
    );
}

#[test]
fn every_page_imports_and_builds() {
    let mut rows = 0;
    for (name, _) in pages() {
        let file = fs::read_dir(catalogue())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{name}."))
            })
            .unwrap();
        let name = file.display().to_string();
        let page = fs::read_to_string(&file).unwrap();
        let toml = import(&page, None).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        rows += toml.matches("\n[[activities]]\n").count();
        raci_codegen::generate(&toml).unwrap_or_else(|d| panic!("{name}: {:?}", d.first()));
        // Importing what was imported changes nothing.
        assert_eq!(import(&page, Some(&toml)).unwrap(), toml, "{name}");
    }
    assert_eq!(rows, 1_195);
}

#[test]
fn what_the_format_cannot_hold_yet_is_named_at_its_line() {
    // A note between two tables of one heading: a paragraph among its rows.
    let page = fs::read_to_string(catalogue().join("block-storage.en-gb.md")).unwrap();
    let row = "| Provide personal data needed for service subscription | RA | I |";
    let header = "| **Activity** | **Customer** | **OVHcloud** |\n| --- | --- | --- |";
    let page = page.replacen(
        row,
        &format!("{row}\n\nA note among the rows.\n\n{header}"),
        1,
    );
    let line = page
        .lines()
        .position(|l| l == "A note among the rows.")
        .unwrap()
        + 1;
    let errors = import(&page, None).unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "page.md:{line}:1: a note between two rows of a table: the data format cannot hold this yet"
        )]
    );
}

/// A heading whose number alone is bold is still a numbered heading (the drift check reads
/// it as the same page); the importer, which would lose that layout, says so at its line.
#[test]
fn a_heading_with_its_number_alone_in_bold_is_read_and_refused_at_its_line() {
    let page = fs::read_to_string(catalogue().join("kms.es-us.md")).unwrap();
    let page = page.replacen(
        "### 2. Service availability",
        "### **2.** Service availability",
        1,
    );
    let line = page
        .lines()
        .position(|l| l.starts_with("### **2.**"))
        .unwrap()
        + 1;
    let read = raci_codegen::import::read_page(&page).unwrap();
    let heading = read
        .items
        .iter()
        .find_map(|i| match i {
            Item::Heading(h) if h.number == "2" => Some(h),
            _ => None,
        })
        .unwrap();
    assert!(heading.number_bold && !heading.bold);
    assert_eq!(heading.title, "Service availability");
    let errors = import(&page, None).unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "page.md:{line}:1: a heading whose number alone is bold (the data format records a \
             heading in bold or not): the data format cannot hold this yet"
        )]
    );
}

#[test]
fn dates_are_kept_as_written_and_as_dates() {
    let page = fs::read_to_string(catalogue().join("private-exchange.en-gb.md")).unwrap();
    let toml = import(&page, None).unwrap();
    assert!(
        toml.contains("\nlast-updated = 2024-06-25\nlast-updated-as-written = \"2024-6-25\"\n")
    );
    let page = fs::read_to_string(catalogue().join("web-paas-platform-sh.en-gb.md")).unwrap();
    let toml = import(&page, None).unwrap();
    assert!(!toml.contains("last-updated"), "no date made up");
    let (matrix, _) = raci_codegen::read(&toml).unwrap();
    assert_eq!(matrix.last_updated, None);
}

#[test]
fn the_catalogue_files_are_the_importers_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = 0;
    let mut rows = 0;
    for (id, page) in pages() {
        if id == "dedicated-servers" {
            // Its data is imported from the docs site's page (the test above).
            continue;
        }
        let page_file = fs::read_dir(catalogue())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|f| f.starts_with(&format!("{id}.")))
            .unwrap();
        let toml_path = format!("catalogue/{id}.toml");
        let toml = fs::read_to_string(root.join(&toml_path))
            .unwrap_or_else(|_| panic!("{toml_path}: run raci-import"));
        let (earlier, _) =
            raci_codegen::read(&toml).unwrap_or_else(|d| panic!("{toml_path}: {:?}", d.first()));
        let paths = Paths {
            page: &format!("catalogue/pages/{page_file}"),
            toml: &toml_path,
        };
        let reimported = to_toml(&page, &paths, Some(&earlier)).unwrap();
        assert!(
            reimported == toml,
            "{toml_path} is not what raci-import writes from its page"
        );
        rows += earlier.activities.len();
        files += 1;
    }
    assert_eq!(files, products_in_index() - 1);
    // With Dedicated Servers' 52 rows: the catalogue's 1,195.
    assert_eq!(rows + 52, 1_195);
}

/// Every earlier version of a page (`catalogue/versions/<id>.<locale>.<date>.<commit>.md`)
/// reads, and its matrix file (`<id>.<date>.toml`) is what `raci-import` writes from it.
#[test]
fn every_earlier_version_is_the_importers_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let index = workspace_file("raci.toml");
    let mut versions = 0;
    for entry in fs::read_dir(root.join("catalogue/versions")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let parts: Vec<&str> = stem.split('.').collect();
        let [id, _locale, date, _commit] = parts[..] else {
            panic!("{name}: not <id>.<locale>.<date>.<commit>.md");
        };
        let page_path = format!("catalogue/versions/{name}");
        let toml_path = format!("catalogue/versions/{id}.{date}.toml");
        assert!(
            index.contains(&format!("\"{toml_path}\"")),
            "{toml_path} is not in raci.toml"
        );
        let page = read_page(&workspace_file(&page_path))
            .unwrap_or_else(|e| panic!("{page_path}: {}", e[0].render(&page_path)));
        assert!(page.provenance.is_some(), "{page_path}: no provenance line");
        let toml = workspace_file(&toml_path);
        let (kept, _) =
            raci_codegen::read(&toml).unwrap_or_else(|d| panic!("{toml_path}: {:?}", d.first()));
        let paths = Paths {
            page: &page_path,
            toml: &toml_path,
        };
        let reimported = to_toml(&page, &paths, Some(&kept)).unwrap();
        assert!(
            reimported == toml,
            "{toml_path} is not what raci-import writes from {page_path}"
        );
        versions += 1;
    }
    // Every `earlier` file the index names has its page.
    assert_eq!(index.matches("catalogue/versions/").count(), versions);
}

/// Every translation (`catalogue/locales/*.toml`) is what `raci-import --locale` writes
/// from the files its header names: the pairing of its rows is the importer's, run again.
#[test]
fn every_translation_is_the_importers_output() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = 0;
    for entry in fs::read_dir(root.join("catalogue/locales")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".toml") else {
            continue;
        };
        let toml = workspace_file(&format!("catalogue/locales/{name}"));
        // The header's command: `#       PAGE SAME CURRENT OUT`.
        let command = toml.lines().nth(5).unwrap();
        let [page, same, current, out] = command
            .trim_start_matches('#')
            .split_whitespace()
            .collect::<Vec<_>>()[..]
        else {
            panic!("{name}: the header names no command");
        };
        let locale = stem.rsplit('.').next().unwrap();
        let matrix = |path: &str| raci_codegen::read(&workspace_file(path)).unwrap().0;
        let paths = raci_codegen::import::LocalePaths {
            page,
            same_version: same,
            current,
            out,
        };
        let written = raci_codegen::import::locale_toml(
            &workspace_file(page),
            locale,
            &matrix(same),
            &matrix(current),
            &paths,
        )
        .unwrap_or_else(|e| panic!("{name}: {}", e[0].render(page)));
        assert!(
            written == toml,
            "{name} is not what raci-import --locale writes"
        );
        files += 1;
    }
    assert!(files >= 4);
}

#[test]
fn two_rows_of_one_text_under_one_heading_keep_their_own_ids() {
    let row = "| Install the OS ";
    let page = workspace_file(DEDICATED_SERVERS_PAGE);
    let line = page.lines().find(|l| l.starts_with(row)).unwrap();
    let doubled = page.replacen(line, &format!("{line}\n{line}"), 1);
    let first = import(&doubled, None).unwrap();
    assert!(
        first.contains("id = \"install-the-os\"") && first.contains("id = \"install-the-os-2\"")
    );
    // Imported again next to itself, nothing changes.
    assert_eq!(import(&doubled, Some(&first)).unwrap(), first);
}

/// How many products the index (`raci.toml`) names: what the counts below are checked against.
fn products_in_index() -> usize {
    let index = include_str!("../../../raci.toml");
    index.lines().filter(|l| l.trim() == "[[products]]").count()
}
