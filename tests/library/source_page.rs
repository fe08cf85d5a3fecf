//! The crate against an independent truth: the source page itself, read from its snapshot.
//!
//! `tests/source/` holds the page as published. This test reads its headings, legend and
//! tables with a small Markdown reader of its own and checks that the crate says exactly
//! the same, in the same order, through the public API alone.

use ovhcloud_raci::dedicated_servers::{
    Activity, LAST_UPDATED, LAST_UPDATED_AS_WRITTEN, MARKDOWN, SOURCE_URL, Section, TITLE,
};
use ovhcloud_raci::{Party, Role};

const PAGE: &str = include_str!("../source/dedicated-servers-responsibility-sharing.md");

/// What the page says, in document order.
#[derive(Debug, Default)]
struct Page {
    title: String,
    url: String,
    last_updated: String,
    legend: Vec<String>,
    /// `(number, title)` of every numbered heading.
    headings: Vec<(String, String)>,
    /// `(heading number, [text, customer cell, ovhcloud cell])` of every row.
    rows: Vec<(String, Vec<String>)>,
    /// Header cells of the activity tables.
    table_headers: Vec<Vec<String>>,
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_start_matches('|')
        .trim_end_matches('|')
        .split('|')
        .map(|c| c.trim().to_owned())
        .collect()
}

fn read_page(page: &str) -> Page {
    let mut out = Page::default();
    let mut current = None;
    for line in page.lines() {
        if let Some(v) = line.strip_prefix("title: ") {
            v.trim_matches('"').clone_into(&mut out.title);
        } else if let Some(v) = line.strip_prefix("url: ") {
            v.clone_into(&mut out.url);
        } else if let Some(v) = line.strip_prefix("lastUpdated: ") {
            v.clone_into(&mut out.last_updated);
        } else if line.starts_with("###") {
            let text = line.trim_start_matches('#').trim().trim_matches('*');
            let (number, title) = text.split_once(". ").expect("numbered heading");
            out.headings.push((number.to_owned(), title.to_owned()));
            current = Some(number.to_owned());
        } else if line.starts_with("| **") {
            out.table_headers.push(
                cells(line)
                    .iter()
                    .map(|c| c.trim_matches('*').to_owned())
                    .collect(),
            );
        } else if line.starts_with('|') && !line.starts_with("| ---") {
            let row = cells(line);
            match &current {
                Some(heading) => out.rows.push((heading.clone(), row)),
                None if row[0] != "Roles" => out.legend.push(row[0].clone()),
                None => {}
            }
        }
    }
    out
}

#[test]
fn the_page_snapshot_reads_as_expected() {
    let page = read_page(PAGE);
    assert_eq!(page.headings.len(), 24);
    assert_eq!(page.rows.len(), 52);
    assert_eq!(page.legend.len(), 4);
    assert_eq!(page.table_headers.len(), 17);
}

#[test]
fn metadata_matches_the_page() {
    let page = read_page(PAGE);
    assert_eq!(TITLE, page.title);
    assert_eq!(SOURCE_URL, page.url);
    assert_eq!(LAST_UPDATED_AS_WRITTEN, Some(page.last_updated.as_str()));
    assert_eq!(
        LAST_UPDATED.map(|d| d.to_string()),
        Some(page.last_updated.clone())
    );
}

#[test]
fn legend_matches_the_page() {
    let page = read_page(PAGE);
    let ours: Vec<String> = Role::ALL
        .iter()
        .map(|r| {
            format!(
                "{}: {}",
                r.letter(),
                ovhcloud_raci::dedicated_servers::LEGEND.description(*r)
            )
        })
        .collect();
    assert_eq!(ours, page.legend);
}

#[test]
fn every_heading_matches_the_page_in_order() {
    let page = read_page(PAGE);
    let ours: Vec<(String, String)> = Section::ALL
        .iter()
        .map(|s| (s.number().to_owned(), s.title().to_owned()))
        .collect();
    assert_eq!(ours, page.headings);
}

#[test]
fn every_row_and_cell_matches_the_page_in_order() {
    let page = read_page(PAGE);
    let ours: Vec<(String, Vec<String>)> = Activity::ALL
        .iter()
        .map(|a| {
            let mut row = vec![a.text().to_owned()];
            row.extend(Party::ALL.iter().map(|&p| a.roles(p).to_string()));
            (a.section().number().to_owned(), row)
        })
        .collect();
    assert_eq!(ours, page.rows);
}

#[test]
fn table_headers_are_the_parties_in_column_order() {
    let page = read_page(PAGE);
    for header in &page.table_headers {
        let parties: Vec<&str> = Party::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(header[0], "Activity");
        assert_eq!(header[1..], parties);
    }
}

#[test]
fn the_markdown_export_reads_back_as_the_page() {
    let rendered = MARKDOWN.to_string();
    let ours = read_page(&format!(
        "title: \"{TITLE}\"\nurl: {SOURCE_URL}\nlastUpdated: {}\n{rendered}",
        LAST_UPDATED_AS_WRITTEN.unwrap_or_default()
    ));
    let page = read_page(PAGE);
    assert_eq!(ours.headings, page.headings);
    assert_eq!(ours.rows, page.rows);
    assert_eq!(ours.legend, page.legend);
    assert_eq!(ours.table_headers, page.table_headers);
}

/// Every heading line of a Markdown text that starts with `#` and a number, as written.
fn numbered_heading_lines(markdown: &str) -> Vec<&str> {
    markdown
        .lines()
        .filter(|l| {
            let text = l
                .trim_start_matches('#')
                .trim_start()
                .trim_start_matches('*');
            l.starts_with('#') && text.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect()
}

#[test]
fn the_markdown_writes_each_heading_as_the_page_does() {
    // Number of `#`, bold or not, the number's dot: the page's own lines.
    let rendered = MARKDOWN.to_string();
    assert_eq!(
        numbered_heading_lines(&rendered),
        numbered_heading_lines(PAGE)
    );
}
