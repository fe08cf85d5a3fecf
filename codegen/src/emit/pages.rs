//! The generated Markdown pages of a catalogue: `catalogue.md` (the crate page's list of
//! products) and each product's `changes.md` (what changed between its page's versions, and
//! its texts in other languages).

use std::fmt::Write as _;

use super::catalogue::Enabled;
use crate::escape;
use crate::model::{Locale, Matrix};

/// `catalogue.md`: the products of this build, with titles, dates and row counts.
pub(crate) fn catalogue(enabled: &[Enabled<'_>], total: usize) -> String {
    let mut out = String::from("# The products\n\n");
    let _ = writeln!(
        out,
        "This build has {} of the catalogue's {total} products; each is behind the cargo \
         feature of its id (`full` turns on all of them).\n",
        enabled.len()
    );
    if enabled.is_empty() {
        return out;
    }
    out.push_str("| Module | Product | Last updated | Rows |\n|---|---|---|---:|\n");
    for e in enabled {
        let _ = writeln!(
            out,
            "| [`{0}`]({0}) | {1} | {2} | {3} |",
            e.product.module,
            escape::markdown(&e.matrix.title),
            e.matrix.date_as_written().unwrap_or("*undated*"),
            e.matrix.activities.len()
        );
    }
    out
}

/// `products/<id>.changes.md`: what changed from each earlier version of the page to the
/// next (the driver's diff, as a Markdown list), then the product's texts in other
/// languages.
pub(crate) fn changes(e: &Enabled<'_>) -> String {
    let mut out = String::from("# Changes in the source\n\n");
    if e.earlier_left_out > 0 {
        let _ = writeln!(
            out,
            "The crate holds {} earlier version{} of this page, which this build leaves out \
             (the library's feature `history` reads them).",
            e.earlier_left_out,
            if e.earlier_left_out == 1 { "" } else { "s" }
        );
    } else if e.earlier.is_empty() {
        out.push_str("The crate holds no earlier version of this page.\n");
    } else if let Some(changes) = &e.history {
        history(e, changes, &mut out);
    } else {
        out.push_str(
            "This build does not compare the page's versions (`raci-codegen`'s feature `diff`).\n",
        );
    }
    for l in e.locales {
        translated(e.matrix, l, &mut out);
    }
    out
}

/// Each row's text in locale `l` beside its English, `—` where the translated page has none.
fn translated(m: &Matrix, l: &Locale, out: &mut String) {
    let _ = writeln!(
        out,
        "\n# In `{}`\n\n*{}*{}. Rows without a text here are not on that page (`text_in` \
         returns `None` for them).\n\n| Activity | `{}` |\n|---|---|",
        l.id,
        escape::markdown(&l.title),
        l.last_updated_as_written
            .as_deref()
            .map_or_else(String::new, |d| format!(", last updated {d}")),
        l.id
    );
    for (a, text) in m.activities.iter().zip(&l.activities) {
        let _ = writeln!(
            out,
            "| [{}](Activity::{}) | {} |",
            escape::markdown(&a.text),
            a.ident,
            text.as_deref()
                .map_or_else(|| "—".to_owned(), escape::markdown)
        );
    }
}

/// What changed from each earlier version of the page to the next.
fn history(e: &Enabled<'_>, changes: &[String], out: &mut String) {
    let date = |m: &Matrix| {
        m.date_as_written()
            .unwrap_or("an undated version")
            .to_owned()
    };
    let versions: Vec<&Matrix> = e.earlier.iter().chain([e.matrix]).collect();
    for (pair, changes) in versions.windows(2).zip(changes) {
        let (old, new) = (pair[0], pair[1]);
        let _ = writeln!(out, "## From {} to {}\n", date(old), date(new));
        if changes.is_empty() {
            out.push_str("No change of words or cells.\n\n");
        } else {
            out.push_str(changes);
            out.push('\n');
        }
    }
}
