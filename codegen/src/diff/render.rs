//! A diff's changes written out: a line each for a terminal, a Markdown list, a JSON array.

use std::fmt::Write as _;

use super::{Change, VersionRow};
use crate::escape;

/// One line a change, for a terminal.
pub fn to_text(changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        let _ = writeln!(out, "{}", describe(change, false));
    }
    out
}

/// A Markdown list, one item a change.
pub fn to_markdown(changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        let _ = writeln!(out, "- {}", describe(change, true));
    }
    out
}

fn describe(change: &Change, markdown: bool) -> String {
    let q = |s: &str| {
        if markdown {
            format!("\"{}\"", escape::markdown(s))
        } else {
            format!("{s:?}")
        }
    };
    let code = |s: &str| {
        if markdown {
            format!("`{s}`")
        } else {
            s.to_owned()
        }
    };
    match change {
        Change::Metadata {
            field,
            before,
            after,
        } => format!(
            "{} changed: {} → {}",
            field,
            before.as_deref().map_or("(none)".to_owned(), q),
            after.as_deref().map_or("(none)".to_owned(), q)
        ),
        Change::HeadingAdded(n, t) => format!("heading added: {n} {}", q(t)),
        Change::HeadingRemoved(n, t) => format!("heading removed: {n} {}", q(t)),
        Change::HeadingRenamed {
            number_before,
            number,
            before,
            after,
        } => format!(
            "heading {number_before} {} is now {number} {}",
            q(before),
            q(after)
        ),
        Change::RowAdded(r) => format!(
            "row added under {}: {} {} ({})",
            r.heading,
            code(&r.id),
            q(&r.text),
            r.cells
                .iter()
                .map(|c| cell(c.as_deref()))
                .collect::<Vec<_>>()
                .join(" | ")
        ),
        Change::RowRemoved(r) => format!(
            "row removed from {}: {} {}",
            r.heading,
            code(&r.id),
            q(&r.text)
        ),
        Change::RowMoved { id, text, from, to } => {
            format!("row moved from {from} to {to}: {} {}", code(id), q(text))
        }
        Change::RowReworded { id, before, after } => {
            format!("row {} reworded: {} → {}", code(id), q(before), q(after))
        }
        Change::Cell {
            id,
            text,
            party,
            before,
            after,
            added,
            removed,
        } => format!(
            "cell of {party} for {} {}: {} → {} (roles added: {}; removed: {})",
            code(id),
            q(text),
            cell(before.as_deref()),
            cell(after.as_deref()),
            if added.is_empty() { "none" } else { added },
            if removed.is_empty() { "none" } else { removed }
        ),
    }
}

/// A JSON array, one object a change, each with its `change` kind.
pub fn to_json(changes: &[Change]) -> String {
    let s = |v: &str| escape::quoted(v);
    let o = |v: &Option<String>| v.as_deref().map_or("null".to_owned(), escape::quoted);
    let row = |r: &VersionRow| {
        format!(
            "{{\"id\":{},\"heading\":{},\"text\":{},\"cells\":[{}]}}",
            s(&r.id),
            s(&r.heading),
            s(&r.text),
            r.cells.iter().map(o).collect::<Vec<_>>().join(",")
        )
    };
    let items: Vec<String> = changes
        .iter()
        .map(|c| match c {
            Change::Metadata { field, before, after } => format!(
                "{{\"change\":\"metadata\",\"field\":{},\"before\":{},\"after\":{}}}",
                s(field),
                o(before),
                o(after)
            ),
            Change::HeadingAdded(n, t) => {
                format!("{{\"change\":\"heading-added\",\"number\":{},\"title\":{}}}", s(n), s(t))
            }
            Change::HeadingRemoved(n, t) => format!(
                "{{\"change\":\"heading-removed\",\"number\":{},\"title\":{}}}",
                s(n),
                s(t)
            ),
            Change::HeadingRenamed { number_before, number, before, after } => format!(
                "{{\"change\":\"heading-renamed\",\"number_before\":{},\"number\":{},\"before\":{},\"after\":{}}}",
                s(number_before),
                s(number),
                s(before),
                s(after)
            ),
            Change::RowAdded(r) => format!("{{\"change\":\"row-added\",\"row\":{}}}", row(r)),
            Change::RowRemoved(r) => format!("{{\"change\":\"row-removed\",\"row\":{}}}", row(r)),
            Change::RowMoved { id, text, from, to } => format!(
                "{{\"change\":\"row-moved\",\"id\":{},\"text\":{},\"from\":{},\"to\":{}}}",
                s(id),
                s(text),
                s(from),
                s(to)
            ),
            Change::RowReworded { id, before, after } => format!(
                "{{\"change\":\"row-reworded\",\"id\":{},\"before\":{},\"after\":{}}}",
                s(id),
                s(before),
                s(after)
            ),
            Change::Cell { id, text, party, before, after, added, removed } => format!(
                "{{\"change\":\"cell\",\"id\":{},\"text\":{},\"party\":{},\"before\":{},\"after\":{},\"added\":{},\"removed\":{}}}",
                s(id),
                s(text),
                s(party),
                o(before),
                o(after),
                s(added),
                s(removed)
            ),
        })
        .collect();
    format!("[{}]\n", items.join(",\n"))
}

/// A cell as the changes name it: its letters, `empty`, or `no cell` where the row stops
/// before the party's column.
pub fn cell(c: Option<&str>) -> &str {
    match c {
        None => "no cell",
        Some("") => "empty",
        Some(letters) => letters,
    }
}
