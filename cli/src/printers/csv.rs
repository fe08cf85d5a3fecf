//! The CSV printer: for a spreadsheet or a script. Rows have `list`'s columns wherever they
//! are printed; cells are the page's text as written, quoted where CSV needs it.

use std::io::{self, Write};

use ovhcloud_raci::{AnyActivity, Party};
use raci_codegen::diff::{Change, cell};

use crate::report::Report;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let result = match report {
        Report::Pages { pages, versions } => {
            let mut header = vec!["id", "rows", "last_updated", "title", "source"];
            if *versions {
                header.extend(["commit", "current"]);
            }
            writer.write_record(&header)?;
            pages.iter().try_for_each(|p| {
                let rows = p.row_count().to_string();
                let mut record = vec![
                    p.product().id(),
                    &rows,
                    p.last_updated_as_written().unwrap_or(""),
                    p.title(),
                    p.source_url(),
                ];
                if *versions {
                    record.push(p.provenance().map_or("", |k| k.commit()));
                    record.push(if p.is_current() { "true" } else { "false" });
                }
                writer.write_record(&record)
            })
        }
        Report::Matrix { version, .. } => {
            rows(&mut writer, &version.activities().collect::<Vec<_>>())
        }
        Report::Activity(activity) => rows(&mut writer, &[*activity]),
        Report::Parties { parties, .. } => {
            writer.write_record(["id", "name"])?;
            parties
                .iter()
                .try_for_each(|p| writer.write_record([p.id(), p.name()]))
        }
        Report::Rows { rows: found, .. } => rows(&mut writer, found),
        Report::Ownership(rows) => {
            writer.write_record(OWNERSHIP_COLUMNS)?;
            rows.iter().try_for_each(|a| {
                let owner = a.ownership().map_or("", |o| o.label());
                let section = a.section();
                writer.write_record([a.product().id(), section.number(), a.id(), a.text(), owner])
            })
        }
        Report::Changes(changes) => {
            writer.write_record(CHANGE_COLUMNS)?;
            changes
                .iter()
                .try_for_each(|c| writer.write_record(change_record(c)))
        }
    };
    result.map_err(io_error)?;
    writer.flush()
}

/// The rows: `product,section,heading,id,activity`, then one column per party id, each
/// cell as the page writes it.
fn rows<W: Write>(writer: &mut csv::Writer<W>, activities: &[AnyActivity]) -> csv::Result<()> {
    let mut header = vec!["product", "section", "heading", "id", "activity"];
    header.extend(Party::ALL.iter().map(|p| p.id()));
    writer.write_record(&header)?;
    for activity in activities {
        let section = activity.section();
        let mut record = vec![
            activity.product().id(),
            section.number(),
            section.title(),
            activity.id(),
            activity.text(),
        ];
        record.extend(
            Party::ALL
                .iter()
                .map(|&p| activity.cell_as_written(p).unwrap_or("")),
        );
        writer.write_record(&record)?;
    }
    Ok(())
}

/// The columns of the ownership sheet: `ownership` is `CSP-owned`, `CSC-owned`, `Shared CSP
/// and CSC`, or empty for a row that no party is Responsible or Accountable for.
const OWNERSHIP_COLUMNS: [&str; 5] = ["product", "section", "id", "activity", "ownership"];

/// The columns of a change, whatever its kind; each kind fills those it has.
const CHANGE_COLUMNS: [&str; 7] = [
    "change", "id", "heading", "party", "text", "before", "after",
];

/// A change as a record of [`CHANGE_COLUMNS`]: `id` is a row's id or a metadata field,
/// `heading` a heading's number, `text` a row's text or a heading's title; `before` and
/// `after` are what changed (a cell: its letters, `empty`, or `no cell`; a row added or
/// removed: its cells, ` | ` between parties).
fn change_record(change: &Change) -> [String; 7] {
    let cells = |cells: &[Option<String>]| -> String {
        let words: Vec<&str> = cells.iter().map(|c| cell(c.as_deref())).collect();
        words.join(" | ")
    };
    let record = |fields: [&str; 7]| fields.map(str::to_owned);
    match change {
        Change::Metadata {
            field,
            before,
            after,
        } => record([
            "metadata",
            field,
            "",
            "",
            "",
            before.as_deref().unwrap_or(""),
            after.as_deref().unwrap_or(""),
        ]),
        Change::HeadingAdded(number, title) => {
            record(["heading-added", "", number, "", title, "", ""])
        }
        Change::HeadingRemoved(number, title) => {
            record(["heading-removed", "", number, "", title, "", ""])
        }
        Change::HeadingRenamed {
            number_before,
            number,
            before,
            after,
        } => record([
            "heading-renamed",
            "",
            number,
            "",
            after,
            &format!("{number_before} {before}"),
            &format!("{number} {after}"),
        ]),
        Change::RowAdded(row) => record([
            "row-added",
            &row.id,
            &row.heading,
            "",
            &row.text,
            "",
            &cells(&row.cells),
        ]),
        Change::RowRemoved(row) => record([
            "row-removed",
            &row.id,
            &row.heading,
            "",
            &row.text,
            &cells(&row.cells),
            "",
        ]),
        Change::RowMoved { id, text, from, to } => {
            record(["row-moved", id, to, "", text, from, to])
        }
        Change::RowReworded { id, before, after } => {
            record(["row-reworded", id, "", "", after, before, after])
        }
        Change::Cell {
            id,
            text,
            party,
            before,
            after,
            ..
        } => record([
            "cell",
            id,
            "",
            party,
            text,
            cell(before.as_deref()),
            cell(after.as_deref()),
        ]),
    }
}

/// A CSV error as an output error: writing is all that can fail.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
