//! A locale file checked against its product's matrix: every key names one of its parties,
//! legend letters, headings or activities, and every text is one the docs can show.

use super::text::{Lines, checked_text};
use crate::diagnostic::{DiagnosticKind, Diagnostics, Lookup};
use crate::ident::is_kebab_id;
use crate::model::{Locale, Matrix, UnpairedRow};
use crate::parse::Text;
use crate::parse::locale::RawLocale;

/// The locale, with a text (or none) for each party, role, heading and activity of
/// `matrix`, by index; `None` after reporting what is wrong.
pub(crate) fn validate_locale(
    raw: &RawLocale,
    matrix: &Matrix,
    diags: &mut Diagnostics,
) -> Option<Locale> {
    let id = raw.id.as_ref().and_then(|id| {
        if is_kebab_id(&id.value) {
            Some(id.value.clone())
        } else {
            diags.error(
                DiagnosticKind::InvalidId,
                id.span.clone(),
                format!(
                    "locale id {:?} is not a lowercase language tag such as \"fr-fr\"",
                    id.value
                ),
            );
            None
        }
    });
    let line = |t: &Option<Text>, what: &str, diags: &mut Diagnostics| {
        t.as_ref()
            .and_then(|t| checked_text(t, what, Lines::One, diags))
    };
    let title = line(&raw.title, "the title", diags);
    let written = line(&raw.last_updated_as_written, "the date as written", diags);
    let separator = raw.legend_separator.as_ref().and_then(|t| {
        if [": ", " : "].contains(&t.value.as_str()) {
            Some(t.value.clone())
        } else {
            diags.error(
                DiagnosticKind::InvalidText,
                t.span.clone(),
                format!(
                    "legend separator {:?} is not one the pages write; expected \": \" or \" : \"",
                    t.value
                ),
            );
            None
        }
    });
    let provenance = raw
        .provenance
        .as_ref()
        .and_then(|t| super::meta::check_provenance(t, diags));
    let parties: Vec<String> = matrix.parties.iter().map(|p| p.id.clone()).collect();
    let letters: Vec<String> = matrix.roles.iter().map(|r| r.letter.to_string()).collect();
    let headings: Vec<String> = matrix.headings.iter().map(|h| h.id.clone()).collect();
    let activities: Vec<String> = matrix.activities.iter().map(|a| a.id.clone()).collect();
    let parties = keyed(&raw.parties, &parties, "party", diags);
    let legend = keyed(&raw.legend, &letters, "legend letter", diags);
    let headings = keyed(&raw.headings, &headings, "heading", diags);
    let activities = keyed(&raw.activities, &activities, "activity", diags);
    let unpaired: Vec<UnpairedRow> = raw
        .unpaired
        .iter()
        .filter_map(|u| {
            let heading = line(&u.heading, "the heading's number", diags);
            let text = line(&u.text, "a translated text", diags);
            let cells: Vec<String> = u
                .cells
                .iter()
                // An empty cell is written empty; any other is checked as every text is.
                .filter_map(|c| {
                    if c.value.is_empty() {
                        Some(String::new())
                    } else {
                        checked_text(c, "a cell", Lines::One, diags)
                    }
                })
                .collect();
            Some(UnpairedRow {
                heading: heading?,
                text: text?,
                cells,
            })
        })
        .collect();
    if diags.has_errors() {
        return None;
    }
    Some(Locale {
        id: id?,
        title: title?,
        provenance,
        last_updated_as_written: written,
        legend_separator: separator.unwrap_or_else(|| ": ".to_owned()),
        parties,
        legend,
        headings,
        activities,
        unpaired,
    })
}

/// The texts of `entries`, placed at the index of their key among `keys`.
fn keyed(
    entries: &[(Text, Text)],
    keys: &[String],
    what: &'static str,
    diags: &mut Diagnostics,
) -> Vec<Option<String>> {
    let mut texts = vec![None; keys.len()];
    let known: Vec<&str> = keys.iter().map(String::as_str).collect();
    for (key, text) in entries {
        let Some(at) = keys.iter().position(|k| *k == key.value) else {
            let place = " of the product";
            diags.unknown(
                DiagnosticKind::UnknownReference,
                key.span.clone(),
                &Lookup { what, place },
                &key.value,
                &known,
            );
            continue;
        };
        texts[at] = checked_text(text, "a translated text", Lines::One, diags);
    }
    texts
}
