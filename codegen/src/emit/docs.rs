//! The validated matrix → `products/<id>.md`, the whole matrix for its module page; and the
//! Markdown doc of each generated item.

use std::fmt::Write as _;

use crate::escape::markdown;
use crate::model::{Activity, Heading, Matrix, Note, Preamble};

/// `3.1.2. Access management`, as the page numbers its headings.
pub(crate) fn heading_label(heading: &Heading) -> String {
    format!("{}. {}", heading.number, heading.title)
}

/// `3. Service usage › 3.1. Operations › 3.1.2. Access management`, escaped.
pub(crate) fn heading_path(matrix: &Matrix, heading: usize) -> String {
    matrix
        .heading_path(heading)
        .into_iter()
        .map(|h| markdown(&heading_label(&matrix.headings[h])))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The header and alignment rows of an activity table.
fn table_head(matrix: &Matrix, out: &mut String) {
    // Applicability columns first, where the page has them.
    for offer in &matrix.offers {
        let _ = write!(out, "| {} ", markdown(&offer.name));
    }
    out.push_str("| ");
    out.push_str(&markdown(&matrix.activity_header));
    for party in &matrix.parties {
        let _ = write!(out, " | {}", markdown(&party.name));
    }
    out.push_str(" |\n");
    for _ in &matrix.offers {
        out.push_str("|:---:");
    }
    out.push_str("|---");
    for _ in &matrix.parties {
        out.push_str("|:---:");
    }
    out.push_str("|\n");
}

/// One table row; the activity text links to its variant.
fn table_row(matrix: &Matrix, activity: &Activity, out: &mut String) {
    for i in 0..matrix.offers.len() {
        out.push_str(if activity.offers & (1 << i) != 0 {
            "| X "
        } else {
            "| "
        });
    }
    let _ = write!(
        out,
        "| [{}](Activity::{})",
        markdown(&activity.text),
        activity.ident
    );
    // A row that breaks a RACI rule because the page does says so where it is read.
    for waiver in &activity.waivers {
        let _ = write!(out, " *(waiver: `{}`)*", waiver.rule.name());
    }
    for cell in &activity.written {
        let _ = write!(out, " | {}", written_cell(cell.as_deref()));
    }
    out.push_str(" |\n");
}

/// A cell in a docs table: its letters as written, or a mark where the row stops before
/// the party's column (the page shows nothing there, as for an empty cell; the docs tell).
pub(crate) fn written_cell(cell: Option<&str>) -> &str {
    cell.unwrap_or("*(no cell)*")
}

/// The activity table of one heading, or `None` when no row stands directly under it.
fn activity_table(matrix: &Matrix, heading: &Heading) -> Option<String> {
    if heading.activities.is_empty() {
        return None;
    }
    let mut out = String::new();
    table_head(matrix, &mut out);
    for &a in &heading.activities {
        table_row(matrix, &matrix.activities[a], &mut out);
    }
    Some(out)
}

/// The whole matrix for the crate page: legend, then every heading and its table.
pub(crate) fn crate_page(matrix: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# The matrix\n");
    let _ = writeln!(
        out,
        "*{}*, {}, from <{}>. Generated from the crate's data; every heading, note, row and \
         cell as the source page has it (a row that breaks a RACI rule because the page does \
         is marked *waiver*, and its docs say why).\n",
        markdown(&matrix.title),
        matrix
            .last_updated_as_written
            .as_ref()
            .or(matrix.last_updated.as_ref())
            .map_or_else(|| "undated".to_owned(), |d| format!("last updated {d}")),
        matrix.source
    );
    if let Some(p) = &matrix.provenance {
        let _ = writeln!(
            out,
            "The page is kept in `{}` at `{}`, commit `{}`.\n",
            p.repository, p.path, p.commit
        );
    }
    // On the crate page, the page's headings stand at its second level; each line of a
    // paragraph is a paragraph of its own, so no line can join or underline another.
    for item in &matrix.preamble {
        match item {
            Preamble::Heading(_, heading) => {
                let _ = writeln!(out, "## {}\n", markdown(heading));
            }
            Preamble::Paragraph(text) => {
                for line in text.split('\n') {
                    let _ = writeln!(out, "{}\n", markdown(line));
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "| {} | | |\n|---|---|---|",
        markdown(&matrix.legend_header)
    );
    for (i, role) in matrix.roles.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | [{}](crate::Role::{}) | {} |",
            role.letter,
            markdown(&role.name),
            role.ident,
            markdown(&matrix.roles[i].description)
        );
    }
    notes(matrix, None, false, &mut out);
    for (index, heading) in matrix.headings.iter().enumerate() {
        let level = "#".repeat((heading.depth() + 1).min(6));
        let _ = write!(
            out,
            "\n{level} [{}](Section::{})\n",
            markdown(&heading_label(heading)),
            heading.ident
        );
        heading_body(matrix, index, &mut out);
    }
    out
}

/// What stands under heading `index`, as on the page: the notes before its rows, the table
/// of its rows, the notes after them.
fn heading_body(matrix: &Matrix, index: usize, out: &mut String) {
    notes(matrix, Some(index), true, out);
    if let Some(table) = activity_table(matrix, &matrix.headings[index]) {
        out.push('\n');
        out.push_str(&table);
    }
    notes(matrix, Some(index), false, out);
}

/// The notes under `heading` (before its rows or after), or after the legend for `None`:
/// each line of a note a paragraph of its own, as for the intro.
fn notes(matrix: &Matrix, heading: Option<usize>, before_rows: bool, out: &mut String) {
    let here =
        |n: &&Note| n.heading == heading && (heading.is_none() || n.before_rows == before_rows);
    for note in matrix.notes.iter().filter(here) {
        out.push('\n');
        for line in note.text.split('\n') {
            let _ = writeln!(out, "{}\n", markdown(line));
        }
        out.pop();
    }
}

/// `line`, unless a backtick in it (from the input's text) could end the code block it
/// stands in: then nothing.
pub(crate) fn fenced_safe(line: &str) -> &str {
    if line.contains('`') { "" } else { line }
}

/// The doc of the `Activity` enum: what it is, and with `module` an example with the first
/// row of this matrix.
pub(crate) fn activity_enum_doc(matrix: &Matrix, module: Option<&str>) -> String {
    let mut out = "An activity: one row of the matrix, in document order.".to_owned();
    let (Some(module), Some(first)) = (module, matrix.activities.first()) else {
        return out;
    };
    let _ = write!(
        out,
        "\n\n```\nuse ovhcloud_raci::{module}::Activity;\nuse ovhcloud_raci::Party;\n\n\
         let first = Activity::{ident};\n\
         assert_eq!(first, Activity::ALL[0]);\n\
         assert_eq!(first.id(), {id:?});\n\
         {text}\
         assert_eq!(\"{id}\".parse(), Ok(first));\n\
         assert_eq!(first.section().number(), {number:?});\n",
        ident = first.ident,
        id = first.id,
        text = fenced_safe(&format!("assert_eq!(first.text(), {:?});\n", first.text)),
        number = matrix.headings[first.heading].number,
    );
    for (party, cell) in matrix.parties.iter().zip(&first.written) {
        let _ = writeln!(
            out,
            "assert_eq!(first.cell_as_written(Party::{}), {cell:?});",
            party.ident
        );
    }
    out.push_str("```");
    out
}

/// The doc of the `Section` enum: what it is, and with `module` an example with the first
/// heading of this matrix.
pub(crate) fn section_enum_doc(matrix: &Matrix, module: Option<&str>) -> String {
    let mut out = "A numbered heading of the page, in document order.".to_owned();
    let (Some(module), Some(first)) = (module, matrix.headings.first()) else {
        return out;
    };
    let _ = write!(
        out,
        "\n\n```\nuse ovhcloud_raci::{module}::Section;\n\n\
         let first = Section::{ident};\n\
         assert_eq!(first, Section::ALL[0]);\n\
         {title}\
         assert_eq!({number:?}.parse(), Ok(first));\n\
         assert_eq!(first.parent(), None);\n\
         assert_eq!(first.children().len(), {children});\n```",
        ident = first.ident,
        number = first.number,
        title = fenced_safe(&format!(
            "assert_eq!((first.number(), first.title()), ({:?}, {:?}));\n",
            first.number, first.title
        )),
        children = first.children.len(),
    );
    out
}

/// The doc of a `Section` variant: its label, place, and what stands under it.
pub(crate) fn section_doc(matrix: &Matrix, index: usize) -> String {
    let heading = &matrix.headings[index];
    let mut out = format!("{}\n\n", markdown(&heading_label(heading)));
    if heading.parent.is_some() {
        let _ = writeln!(out, "Under *{}*.", heading_path(matrix, index));
    } else {
        out.push_str("A top-level heading.");
        out.push('\n');
    }
    let _ = writeln!(out, "Id `{}`, number `{}`.", heading.id, heading.number);
    if !heading.children.is_empty() {
        out.push_str("\nHeadings below:\n");
        for &c in &heading.children {
            let child = &matrix.headings[c];
            let _ = writeln!(
                out,
                "- [{}](Section::{})",
                markdown(&heading_label(child)),
                child.ident
            );
        }
    }
    heading_body(matrix, index, &mut out);
    out.trim_end().to_owned()
}

/// The doc of an `Activity` variant: its text, its heading path, its row and any waiver.
pub(crate) fn activity_doc(matrix: &Matrix, activity: &Activity) -> String {
    let mut out = format!("{}\n\n", markdown(&activity.text));
    let _ = writeln!(
        out,
        "Under *{}*. Id `{}`.\n",
        heading_path(matrix, activity.heading),
        activity.id
    );
    out.push('|');
    for party in &matrix.parties {
        let _ = write!(out, " {} |", markdown(&party.name));
    }
    out.push_str("\n|");
    for _ in &matrix.parties {
        out.push_str(":---:|");
    }
    out.push_str("\n|");
    for cell in &activity.written {
        let _ = write!(out, " {} |", written_cell(cell.as_deref()));
    }
    out.push('\n');
    for waiver in &activity.waivers {
        let _ = write!(
            out,
            "\n**Waiver** of the rule `{}`: {}\n",
            waiver.rule.name(),
            markdown(&waiver.reason)
        );
    }
    out.trim_end().to_owned()
}
