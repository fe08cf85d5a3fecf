//! Every product against an independent truth: its page, read with this test's own small
//! Markdown reader (not the importer's), compared through the public, type-erased API:
//! legend, every numbered heading, every note between tables, every row with its
//! applicability marks and its cells as written (a row that stops early has fewer), in
//! document order; and each product's Markdown export read back the same way.

use std::fs;
use std::path::{Path, PathBuf};

use ovhcloud_raci::{AnyActivity, PageVersion, Party, Product, Role};

/// The page of `product`: the catalogue's, or for Dedicated Servers the docs site's page its
/// data comes from.
fn page_of(product: Product) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if product == Product::DedicatedServers {
        return root.join("tests/source/dedicated-servers-responsibility-sharing.md");
    }
    let pages = root.join("catalogue/pages");
    fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("{}.", product.id()))
        })
        .unwrap_or_else(|| panic!("no page for {}", product.id()))
}

/// A row of a page: its heading number, applicability marks, text and cells as written.
#[derive(Debug, PartialEq, Eq)]
struct Row {
    heading: String,
    marks: Vec<bool>,
    text: String,
    cells: Vec<String>,
}

/// What a page says after its title, in document order.
#[derive(Debug, Default, PartialEq, Eq)]
struct Page {
    /// The legend table's cells, as written (`R: Is in charge…`).
    legend: Vec<String>,
    /// `(heading number or "" before the first heading, paragraph)` after the legend.
    notes: Vec<(String, String)>,
    /// `(number, title)` of every numbered heading.
    headings: Vec<(String, String)>,
    rows: Vec<Row>,
    /// Every activity table's header cells, without their bold.
    headers: Vec<Vec<String>>,
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().strip_prefix('|').unwrap_or(line.trim());
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(|c| c.trim().to_owned()).collect()
}

/// The lines of a page without its provenance comment and front matter.
fn body(page: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = page.lines().collect();
    if lines.first().is_some_and(|l| l.starts_with("<!--")) {
        lines.remove(0);
    }
    if lines.first() == Some(&"---") {
        let end = lines[1..].iter().position(|l| *l == "---").unwrap() + 2;
        lines.drain(..end);
    }
    lines
}

fn read_page(text: &str) -> Page {
    let mut page = Page::default();
    let mut heading: Option<String> = None;
    let mut in_legend = false;
    let mut seen_legend = false;
    let mut header_next = false;
    let mut offers = 0;
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, page: &mut Page, heading: &Option<String>| {
        if !paragraph.is_empty() {
            let note = paragraph.join("\n");
            page.notes.push((heading.clone().unwrap_or_default(), note));
            paragraph.clear();
        }
    };
    for line in body(text) {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            flush(&mut paragraph, &mut page, &heading);
            let inner = trimmed
                .trim_start_matches('#')
                .trim()
                .trim_matches('*')
                .trim();
            if inner.starts_with(|c: char| c.is_ascii_digit()) {
                let (number, title) = inner.split_once(' ').unwrap();
                page.headings.push((
                    number.trim_end_matches('.').to_owned(),
                    title.trim().to_owned(),
                ));
                heading = Some(number.trim_end_matches('.').to_owned());
            } else if seen_legend {
                break; // "Go further" and the like: the matrix is over.
            }
            continue;
        }
        if trimmed.starts_with('|') {
            flush(&mut paragraph, &mut page, &heading);
            let row = cells(trimmed);
            if row
                .iter()
                .all(|c| c.chars().all(|ch| ch == '-' || ch == ':') && !c.is_empty())
            {
                continue;
            }
            if !seen_legend && heading.is_none() {
                if in_legend {
                    page.legend.push(row[0].clone());
                } else {
                    in_legend = true; // its header cell
                }
                continue;
            }
            if header_next {
                header_next = false;
                let header: Vec<String> =
                    row.iter().map(|c| c.trim_matches('*').to_owned()).collect();
                offers = header
                    .iter()
                    .position(|c| c == "Activity" || c == "Activité" || c == "Atividade")
                    .unwrap_or(0);
                page.headers.push(header);
                continue;
            }
            let (marks, rest) = row.split_at(offers);
            page.rows.push(Row {
                heading: heading.clone().unwrap_or_default(),
                marks: marks.iter().map(|m| m == "X").collect(),
                text: rest[0].clone(),
                cells: rest[1..].to_vec(),
            });
            continue;
        }
        if in_legend {
            in_legend = false;
            seen_legend = true;
        }
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut page, &heading);
            header_next = true;
        } else if seen_legend {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut page, &heading);
    page
}

/// What the crate says of `version` of a page, as `read_page` reads a page.
fn from_crate(version: PageVersion) -> Page {
    let mut page = Page::default();
    let legend = version.legend();
    page.legend = Role::ALL
        .iter()
        .map(|&r| {
            format!(
                "{}{}{}",
                r.letter(),
                legend.separator(),
                legend.description(r)
            )
        })
        .collect();
    page.notes = legend
        .notes()
        .iter()
        .map(|n| (String::new(), (*n).to_owned()))
        .collect();
    for section in version.sections() {
        page.headings
            .push((section.number().to_owned(), section.title().to_owned()));
        for note in section.notes() {
            page.notes
                .push((section.number().to_owned(), (*note).to_owned()));
        }
        for row in section.activities() {
            page.rows.push(Row {
                heading: section.number().to_owned(),
                marks: marks_of(row),
                text: row.text().to_owned(),
                cells: Party::ALL
                    .iter()
                    .map_while(|&p| row.cell_as_written(p).map(str::to_owned))
                    .collect(),
            });
        }
    }
    page
}

/// The applicability marks of a row: one per offer of its page, in column order.
fn marks_of(row: ovhcloud_raci::AnyActivity) -> Vec<bool> {
    let all: Vec<&str> = offer_ids(row.version());
    let mine: Vec<&str> = row.offers().collect();
    all.iter().map(|o| mine.contains(o)).collect()
}

/// Every offer id of a product, in column order (the union of its rows' offers, ordered
/// by first use is not enough: a column may be empty; the rows' marks tell the count).
fn offer_ids(version: PageVersion) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for row in version.activities() {
        for id in row.offers() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

#[test]
fn every_page_is_in_the_crate_as_written() {
    assert_eq!(Product::ALL.len(), products_in_index());
    let mut rows = 0;
    for product in Product::ALL {
        let page = read_page(&fs::read_to_string(page_of(product)).unwrap());
        let ours = from_crate(product.current_version());
        let id = product.id();
        assert_eq!(ours.legend, page.legend, "{id}: legend");
        assert_eq!(ours.headings, page.headings, "{id}: headings");
        assert_eq!(ours.rows.len(), page.rows.len(), "{id}: rows");
        for (a, b) in ours.rows.iter().zip(&page.rows) {
            assert_eq!(a, b, "{id}: row");
        }
        assert_eq!(ours.notes, page.notes, "{id}: notes");
        rows += page.rows.len();
    }
    assert_eq!(rows, 1_195);
}

/// Every earlier version the crate holds against its stored page
/// (`catalogue/versions/<id>.<locale>.<date>.<commit>.md`), as the current pages are: and
/// every stored page is one of the crate's versions.
#[cfg(feature = "history")]
#[test]
fn every_stored_version_is_in_the_crate_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogue/versions");
    let mut pages = 0;
    for entry in fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let (id, rest) = name.split_once('.').unwrap();
        let commit = rest.trim_end_matches(".md").rsplit('.').next().unwrap();
        let product: Product = id.parse().unwrap();
        let version = product
            .earlier_versions()
            .find(|v| {
                v.provenance()
                    .is_some_and(|k| k.commit().starts_with(commit))
            })
            .unwrap_or_else(|| panic!("{name}: no version of {id} at {commit}"));
        let text = fs::read_to_string(&path).unwrap();
        let page = read_page(&text);
        let ours = from_crate(version);
        assert_eq!(ours.legend, page.legend, "{name}: legend");
        assert_eq!(ours.headings, page.headings, "{name}: headings");
        assert_eq!(ours.rows, page.rows, "{name}: rows");
        assert_eq!(ours.notes, page.notes, "{name}: notes");
        let exported = read_page(&unescaped(&version.markdown().to_string()));
        assert_eq!(exported.rows, page.rows, "{name}: Markdown");
        // The version's rows are its own, not the current page's.
        assert!(version.activities().all(|a| a.version() == version));
        pages += 1;
    }
    let held: usize = Product::ALL
        .iter()
        .map(|p| p.earlier_versions().len())
        .sum();
    assert_eq!(pages, held);
    assert!(pages >= 3);
}

/// Markdown's backslash escapes undone: the export escapes what Markdown would read as
/// markup (a page's `[link](…)` included), so that it renders as the crate's text.
fn unescaped(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_products_markdown_reads_back_as_its_page() {
    for product in Product::ALL {
        let page = read_page(&fs::read_to_string(page_of(product)).unwrap());
        let ours = read_page(&unescaped(&product.markdown().to_string()));
        let id = product.id();
        assert_eq!(ours.legend, page.legend, "{id}: legend");
        assert_eq!(ours.headings, page.headings, "{id}: headings");
        assert_eq!(ours.rows, page.rows, "{id}: rows");
        assert_eq!(ours.headers, page.headers, "{id}: table headers");
    }
}

/// How many products the index (`raci.toml`) names: what the counts below are checked against.
fn products_in_index() -> usize {
    let index = include_str!("../../raci.toml");
    index.lines().filter(|l| l.trim() == "[[products]]").count()
}

/// Every row is found by its path, `product/id`, and by its product and id, in one hash
/// each; near misses are not found.
#[test]
fn every_row_is_found_by_its_path_and_near_misses_are_not() {
    let by_path: std::collections::HashMap<String, AnyActivity> =
        AnyActivity::all().map(|a| (a.to_string(), a)).collect();
    for activity in AnyActivity::all() {
        let path = activity.to_string();
        assert_eq!(AnyActivity::from_path(&path), Some(activity), "{path}");
        assert_eq!(
            AnyActivity::find(activity.product(), activity.id()),
            Some(activity)
        );
        // The same id under another product, a cut path, a longer one.
        for other in Product::ALL.iter().filter(|&&p| p != activity.product()) {
            let elsewhere = format!("{}/{}", other.id(), activity.id());
            assert_eq!(
                AnyActivity::from_path(&elsewhere),
                other.activity(activity.id()).ok(),
                "{elsewhere}"
            );
        }
        assert_eq!(
            AnyActivity::from_path(&path[..path.len() - 1]),
            None,
            "{path}"
        );
        assert_eq!(AnyActivity::from_path(&format!("{path}x")), None, "{path}");
        assert_eq!(AnyActivity::from_path(&format!("/{path}")), None, "{path}");
        // Every id with one byte changed: found only if it is another row's id (a linear
        // search says), so a key that lands in a slot no id holds is never taken for one.
        let id = activity.id();
        for at in 0..id.len() {
            let mut bytes = id.as_bytes().to_vec();
            bytes[at] ^= 1;
            let Ok(near) = String::from_utf8(bytes) else {
                continue;
            };
            let expected = activity
                .product()
                .activities()
                .find(|other| other.id() == near);
            assert_eq!(
                AnyActivity::find(activity.product(), &near),
                expected,
                "{near}"
            );
        }
        // Likewise every path with one byte changed, wherever the byte is.
        for at in 0..path.len() {
            let mut bytes = path.as_bytes().to_vec();
            bytes[at] ^= 1;
            let Ok(near) = String::from_utf8(bytes) else {
                continue;
            };
            assert_eq!(
                AnyActivity::from_path(&near),
                by_path.get(&near).copied(),
                "{near}"
            );
        }
    }
    for miss in [
        "",
        "/",
        "kms",
        "kms/",
        "/install-os",
        "install-os",
        "kms//create-key",
    ] {
        assert_eq!(AnyActivity::from_path(miss), None, "{miss:?}");
    }
}

/// A page OVHcloud publishes in French only is kept in French, its columns named as it
/// names them; every other page is English.
#[test]
fn a_french_only_page_keeps_its_language_and_its_words() {
    let snc = Product::HostedPrivateCloudVmwareSecnumcloud;
    assert_eq!(snc.language(), "fr");
    assert_eq!(snc.party_name(Party::Customer), "Client");
    assert_eq!(snc.activity_header(), "Activité");
    assert!(
        snc.markdown()
            .to_string()
            .contains("| **Activité** | **Client** | **OVHcloud** |")
    );
    assert_eq!(snc.current_version().language(), "fr");
    for product in Product::ALL.into_iter().filter(|&p| p != snc) {
        assert_eq!(product.language(), "en", "{}", product.id());
        assert_eq!(
            product.party_name(Party::Customer),
            Party::Customer.name(),
            "{}",
            product.id()
        );
    }
}
