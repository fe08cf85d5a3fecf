//! The structured diff: the Dedicated Servers pages of 2021-12-01 and 2024-02-29 (both kept
//! in `catalogue/`) differ in what a careful reader sees, and nothing else; and each kind of
//! change is told, on edits of the real matrix.

use std::fs;
use std::path::PathBuf;

use raci_codegen::diff::{
    Change, diff, to_json, to_markdown, to_text, version_of_page, version_of_toml,
};

fn file(path: &str) -> String {
    fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(path),
    )
    .unwrap()
}

const OLD_PAGE: &str = "catalogue/versions/dedicated-servers.en-gb.2021-12-01.683f728d.md";
const NEW_PAGE: &str = "catalogue/pages/dedicated-servers.en-gb.md";

/// Checked by hand against the two files (`diff` of the two pages shows the front matter and
/// two table lines): the title and the date changed, and two rows were added, one under
/// 2.2 and one under 3.1.5; no heading, legend word, other row or cell changed.
#[test]
fn the_dedicated_servers_pages_of_2021_and_2024() {
    let (old, kept_old) = version_of_page(&file(OLD_PAGE), "old.md").unwrap();
    let (new, kept_new) = version_of_page(&file(NEW_PAGE), "new.md").unwrap();
    assert_eq!(kept_old, kept_new, "one page, two commits");
    let changes = diff(&old, &new);
    assert_eq!(
        to_text(&changes),
        "title changed: \"RACI Dedicated servers\" → \"Dedicated servers - Shared Responsibility\"\n\
         last-updated changed: \"2021-12-01\" → \"2024-02-29\"\n\
         row added under 2.2: transfer-your-data-os-softwares-or \"Transfer your data (OS, softwares or backups, \
         etc) according to your choice\" (RA | empty)\n\
         row added under 3.1.5: filter-network-connections-and-deploy-a \"Filter network connections and \
         deploy a secured architecture following business needs (FW, WAF, IPS/IDS, trusted \
         protocols, etc.)\" (RA | empty)\n"
    );
    assert_eq!(old.rows.len() + 2, new.rows.len());
    // Nothing from the new to the new; the reverse of the change, from the new to the old.
    assert!(diff(&new, &new).is_empty());
    let back = diff(&new, &old);
    assert_eq!(
        back.iter()
            .filter(|c| matches!(c, Change::RowRemoved(_)))
            .count(),
        2
    );
    assert_eq!(back.len(), 4);
    let markdown = to_markdown(&changes);
    assert_eq!(markdown.lines().count(), 4);
    assert!(markdown.starts_with("- title changed: "), "{markdown}");
    let json = to_json(&changes);
    assert!(
        json.starts_with("[{\"change\":\"metadata\",\"field\":\"title\""),
        "{json}"
    );
    assert_eq!(json.matches("\"change\":\"row-added\"").count(), 2);
}

/// Every kind of change, on edits of the real matrix file.
#[test]
fn each_kind_of_change_is_told() {
    let real = file("catalogue/dedicated-servers.toml");
    let edited = real
        .replacen(
            "text = \"Install the OS\"",
            "text = \"Install the operating system\"",
            1,
        )
        .replacen(
            "description = \"Is consulted during the process\"",
            "description = \"Is asked during the process\"",
            1,
        )
        .replacen("title = \"Incidents\"", "title = \"Incident handling\"", 1)
        .replacen(
            "cells = { customer = \"RA\", ovhcloud = \"RI\" }",
            "cells = { customer = \"RA\", ovhcloud = \"I\" }",
            1,
        );
    assert_ne!(edited, real);
    let old = version_of_toml(&real, "old.toml").unwrap();
    let mut new = version_of_toml(&edited, "new.toml").unwrap();
    // A row moved under another heading, and one removed.
    let moved = new
        .rows
        .iter()
        .position(|r| r.id == "restore-backups")
        .unwrap();
    new.rows[moved].heading = "3.1.7".to_owned();
    new.rows.retain(|r| r.id != "destroy-data");
    let text = to_text(&diff(&old, &new));
    for expected in [
        "legend C changed: \"Is consulted during the process\" → \"Is asked during the process\"",
        "heading 3.2.1 \"Incidents\" is now 3.2.1 \"Incident handling\"",
        "row install-os reworded: \"Install the OS\" → \"Install the operating system\"",
        "cell of ovhcloud for install-os \"Install the operating system\": RI → I (roles added: none; removed: R)",
        "row moved from ",
        "row removed from ",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // A row whose id was made anew but whose text did not change still matches its row.
    let mut renamed = old.clone();
    renamed.rows[0].id = "another-id".to_owned();
    assert!(diff(&old, &renamed).is_empty());
}

/// Public Cloud Databases' pages of 2021-09-28 and 2025-11-04 share every row and cell; what
/// changed besides the title and the date is the note under the legend, which lists the
/// engines (checked by hand against the two files): a note's words are told like a row's.
#[test]
fn a_note_that_changed_is_told() {
    let (old, _) = version_of_page(
        &file("catalogue/versions/public-cloud-databases.en-gb.2021-09-28.683f728d.md"),
        "old.md",
    )
    .unwrap();
    let (new, _) = version_of_page(
        &file("catalogue/pages/public-cloud-databases.fr-fr.md"),
        "new.md",
    )
    .unwrap();
    let changes = diff(&old, &new);
    let told: Vec<&str> = changes
        .iter()
        .map(|c| match c {
            Change::Metadata { field, .. } => field.as_str(),
            _ => "another change",
        })
        .collect();
    assert_eq!(told, ["title", "last-updated", "note 1 after the legend"]);
    assert!(
        to_text(&changes).contains(
            "note 1 after the legend changed: \"For your information, a **Service** is \
             considered a Public Cloud Databases service such as a MySQL, PostgreSQL, MongoDB, \
             Redis, Kafka, Cassandra, or M3 cluster.\" → \"For your information, a **Service** \
             is considered a Public Cloud Databases service such as a MySQL, PostgreSQL, \
             MongoDB, Valkey or Cassandra cluster.\""
        ),
        "{}",
        to_text(&changes)
    );
    // A note that goes, and one that comes, under a heading.
    let mut fewer = new.clone();
    fewer.notes.clear();
    let gone = diff(&new, &fewer);
    assert_eq!(
        to_text(&gone),
        "note 1 after the legend changed: \"For your information, a **Service** is considered \
         a Public Cloud Databases service such as a MySQL, PostgreSQL, MongoDB, Valkey or \
         Cassandra cluster.\" → (none)\n"
    );
    let mut more = new.clone();
    more.notes
        .push((Some("3.1.1".to_owned()), "A new note.".to_owned()));
    assert_eq!(
        to_text(&diff(&new, &more)),
        "note 1 under 3.1.1 changed: (none) → \"A new note.\"\n"
    );
}
