//! The page's notes: paragraphs between its tables, under a heading or after the legend.

use super::headings::Headings;
use super::text::{Lines, checked_text};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::model::Note;
use crate::parse::RawMatrix;

/// Every note that passed, in file order.
pub(super) fn check_notes(
    raw: &RawMatrix,
    headings: &Headings,
    diags: &mut Diagnostics,
) -> Vec<Note> {
    let mut notes = Vec::new();
    for note in &raw.notes {
        let heading = match &note.heading {
            None => Some(None),
            Some(number) => {
                let found = headings.find(&number.value);
                if found.is_none() && !headings.is_rejected(&number.value) {
                    diags.push(Diagnostic::error(
                        DiagnosticKind::UnknownReference,
                        number.span.clone(),
                        format!(
                            "note stands under heading \"{}\", which is not defined",
                            quoted(&number.value)
                        ),
                    ));
                }
                found.map(Some)
            }
        };
        let text = note
            .text
            .as_ref()
            .and_then(|t| checked_text(t, "a note", Lines::Many, diags));
        let before_rows = note.before_rows.unwrap_or(false);
        if let (Some(heading), Some(text)) = (heading, text) {
            notes.push(Note {
                heading,
                before_rows,
                text,
            });
        }
    }
    // Page order under each heading: those before its rows, then those after.
    notes.sort_by_key(|n| (n.heading, !n.before_rows));
    notes
}
