//! The JSON printer: for programs. Pretty-printed, one value a report, in the forms the
//! library's `serde` views give (kept stable: see the README).

use std::io::{self, Write};

use ovhcloud_raci::view;

use crate::report::Report;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    match report {
        Report::Pages { pages, versions } => {
            let entries: Vec<serde_json::Value> = pages
                .iter()
                .map(|&p| {
                    let mut entry = serde_json::json!({
                        "id": p.product().id(),
                        "title": p.title(),
                        "rows": p.row_count(),
                        "last_updated": p.last_updated(),
                        "last_updated_as_written": p.last_updated_as_written(),
                        "source": p.source_url(),
                        "provenance": p.provenance().map(|k| k.to_string()),
                    });
                    if *versions {
                        entry["current"] = p.is_current().into();
                    }
                    entry
                })
                .collect();
            json(out, &entries)
        }
        Report::Matrix { version, .. } if version.is_current() => {
            json(out, &view::Matrix(version.product()))
        }
        Report::Matrix { version, .. } => json(out, &view::PageMatrix(*version)),
        Report::Activity(activity) => json(out, &[view::Row(*activity)]),
        Report::Parties { parties, .. } => {
            let ids: Vec<&str> = parties.iter().map(|p| p.id()).collect();
            json(out, &ids)
        }
        Report::Rows { rows, .. } => {
            let rows: Vec<view::Row> = rows.iter().map(|&a| view::Row(a)).collect();
            json(out, &rows)
        }
        Report::Changes(changes) => out.write_all(raci_codegen::diff::to_json(changes).as_bytes()),
        Report::Ownership(rows) => {
            let entries: Vec<serde_json::Value> = rows
                .iter()
                .map(|a| {
                    serde_json::json!({
                        "product": a.product().id(),
                        "section": a.section().number(),
                        "id": a.id(),
                        "activity": a.text(),
                        "ownership": a.ownership().map(ovhcloud_raci::Ownership::label),
                    })
                })
                .collect();
            json(out, &entries)
        }
    }
}

/// Pretty JSON and a final line break; an error of the writer is an output error.
fn json(out: &mut dyn Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| {
        // Only writing can fail here.
        io::Error::new(e.io_error_kind().unwrap_or(io::ErrorKind::Other), e)
    })?;
    writeln!(out)
}
