//! The Markdown printer: for a wiki. Every text escaped where Markdown would read it as
//! markup (`raci_codegen::escape`); a whole matrix as the library's `Markdown` lays it out.

use std::io::{self, Write};

use ovhcloud_raci::{AnyActivity, PageVersion, Party};
use raci_codegen::escape;

use super::{row_id, several_products};
use crate::report::Report;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    match report {
        Report::Pages { pages, versions } => {
            let (first, cell): (&str, fn(PageVersion) -> &'static str) = if *versions {
                ("Commit", |p| p.provenance().map_or("", |k| k.commit()))
            } else {
                ("Id", |p| p.product().id())
            };
            writeln!(
                out,
                "| {first} | Rows | Last updated | Title |\n| --- | ---: | --- | --- |"
            )?;
            for &p in pages {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(p),
                    p.row_count(),
                    escape::markdown(p.last_updated_as_written().unwrap_or("undated")),
                    escape::markdown(p.title())
                )?;
            }
            Ok(())
        }
        Report::Matrix {
            version,
            heading_level,
        } => write!(out, "{}", version.markdown().top_level(*heading_level)),
        Report::Activity(activity) => rows(out, &[*activity]),
        Report::Parties { parties, .. } => {
            for party in parties {
                writeln!(out, "- {}", escape::markdown(party.name()))?;
            }
            Ok(())
        }
        Report::Rows { rows: found, .. } => rows(out, found),
        Report::Changes(changes) => {
            out.write_all(raci_codegen::diff::to_markdown(changes).as_bytes())
        }
        Report::Ownership(rows) => {
            let several = several_products(rows);
            writeln!(out, "| Id | Activity | Ownership |\n| --- | --- | --- |")?;
            for &activity in rows {
                writeln!(
                    out,
                    "| {} | {} | {} |",
                    row_id(activity, several),
                    escape::markdown(activity.text()),
                    activity.ownership().map_or("", |o| o.label())
                )?;
            }
            Ok(())
        }
    }
}

/// A table: id, activity, then each party's cell as written.
fn rows(out: &mut dyn Write, activities: &[AnyActivity]) -> io::Result<()> {
    let several = several_products(activities);
    write!(out, "| Id | Activity |")?;
    for party in Party::ALL {
        write!(out, " {} |", escape::markdown(party.name()))?;
    }
    write!(out, "\n| --- | --- |")?;
    for _ in Party::ALL {
        write!(out, " --- |")?;
    }
    writeln!(out)?;
    for &activity in activities {
        write!(
            out,
            "| {} | {} |",
            row_id(activity, several),
            escape::markdown(activity.text())
        )?;
        for party in Party::ALL {
            write!(out, " {} |", activity.cell_as_written(party).unwrap_or(""))?;
        }
        writeln!(out)?;
    }
    Ok(())
}
