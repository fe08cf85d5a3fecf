//! The rows: each activity's id, heading, text and cells, in the page's document order.

use super::headings::Headings;
use super::legend::Legend;
use super::names::Names;
use super::offers::check_row_offers;
use super::rules::{Severities, check_row, check_waivers};
use super::text::{Lines, checked_text};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Lookup, quoted};
use crate::limits::MAX_ACTIVITIES;
use crate::model::{Activity, Offer, Party, Role};
use crate::parse::{RawActivity, RawCells, RawMatrix, Text};

/// What rows are checked against.
struct Context<'a> {
    legend: &'a Legend,
    /// The offers, and whether all of them were read without error.
    offers: (&'a [Offer], bool),
    party_ids: Vec<&'a str>,
    headings: &'a Headings,
    heading_numbers: Vec<&'a str>,
}

/// Every row that passed, in document order.
pub(super) fn check_rows(
    raw: &RawMatrix,
    legend: &Legend,
    headings: &Headings,
    offers: (&[Offer], bool),
    severities: &Severities,
    diags: &mut Diagnostics,
) -> Vec<Activity> {
    if raw.activities.is_empty() {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::Empty,
                raw.end.clone(),
                "the matrix has no activities".to_owned(),
            )
            .with_help("add at least one `[[activities]]` table"),
        );
    }
    if let Some(first_over) = raw.activities.get(MAX_ACTIVITIES) {
        diags.error(
            DiagnosticKind::LimitExceeded,
            first_over.span.clone(),
            format!(
                "the matrix has {} activities; at most {MAX_ACTIVITIES} are allowed",
                raw.activities.len()
            ),
        );
    }
    let context = Context {
        legend,
        offers,
        party_ids: legend.parties.iter().map(|p| p.id.as_str()).collect(),
        headings,
        heading_numbers: headings.numbers(),
    };
    let mut activities = Vec::new();
    let mut last_heading = 0;
    let mut ids = Names::new("activity");
    for raw_activity in &raw.activities {
        let Some(activity) = check_activity(raw_activity, &context, &mut ids, diags) else {
            continue;
        };
        if activity.heading < last_heading {
            let list = &headings.list;
            diags.error(
                DiagnosticKind::OutOfOrder,
                raw_activity.span.clone(),
                format!(
                    "activity `{}` stands under heading {} but comes after a row of heading {}; \
                     keep the rows in the page's document order",
                    activity.id, list[activity.heading].number, list[last_heading].number
                ),
            );
        }
        last_heading = last_heading.max(activity.heading);
        if legend.complete() {
            check_row(raw_activity, &activity, legend, severities, diags);
        }
        activities.push(activity);
    }
    activities
}

fn check_activity(
    raw: &RawActivity,
    context: &Context<'_>,
    ids: &mut Names,
    diags: &mut Diagnostics,
) -> Option<Activity> {
    let id = raw.id.as_ref().and_then(|id| ids.check_id(id, diags));
    let heading = raw
        .heading
        .as_ref()
        .and_then(|h| check_heading(h, context, diags));
    let text = raw
        .text
        .as_ref()
        .and_then(|t| checked_text(t, "an activity text", Lines::One, diags));
    let cells = raw
        .cells
        .as_ref()
        .and_then(|cells| check_cells(cells, &raw.missing, context, diags));
    let offers = match context.offers {
        (offers, true) => check_row_offers(&raw.offers, offers, diags),
        // A rejected offer was reported; the rows naming offers are not checked again.
        (_, false) => Some(0),
    };
    let waivers = check_waivers(&raw.waivers, diags);
    let (id, ident) = id?;
    let written: Vec<Option<(u16, String)>> = cells?;
    Some(Activity {
        id,
        ident,
        heading: heading?,
        text: text?,
        cells: written
            .iter()
            .map(|c| c.as_ref().map_or(0, |c| c.0))
            .collect(),
        written: written.into_iter().map(|c| c.map(|c| c.1)).collect(),
        offers: offers?,
        waivers,
    })
}

/// The heading a row names: defined, or reported (unless it was rejected itself).
fn check_heading(number: &Text, context: &Context<'_>, diags: &mut Diagnostics) -> Option<usize> {
    let found = context.headings.find(&number.value);
    if found.is_none() && !context.headings.is_rejected(&number.value) {
        let mut d = Diagnostic::error(
            DiagnosticKind::UnknownReference,
            number.span.clone(),
            format!(
                "activity stands under heading \"{}\", which is not defined",
                quoted(&number.value)
            ),
        );
        if let Some(s) = diags.suggest(&number.value, &context.heading_numbers) {
            d = d.with_help(format!("did you mean `{s}`?"));
        }
        diags.push(d);
    }
    found
}

/// Reports each party without a cell in `cells` (but those an unknown key reads as a
/// misspelling of); whether there was none.
fn report_missing_cells(
    cells: &RawCells,
    parties: &[Party],
    stops_before: &[&str],
    misspelt: &[&str],
    diags: &mut Diagnostics,
) -> bool {
    let mut complete = true;
    for party in parties {
        let id = party.id.as_str();
        let present = cells.entries.iter().any(|(p, _)| p.value == id);
        if !present && !misspelt.contains(&id) && !stops_before.contains(&id) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::MissingCell,
                    cells.span.clone(),
                    format!("no cell for party `{}`", party.id),
                )
                .with_help(format!(
                    "every party needs a cell; write `{0} = \"\"` if it has no role here, \
                     or `missing = [\"{0}\"]` if the row stops before its column",
                    party.id
                )),
            );
            complete = false;
        }
    }
    complete
}

const PARTY: Lookup<'static> = Lookup {
    what: "party",
    place: "",
};

/// A row's cells → for each party, its role mask and letters as written, or `None` where
/// the row stops before the party's column (`missing`); `None` after reporting what is wrong.
fn check_cells(
    cells: &RawCells,
    missing: &[Text],
    context: &Context<'_>,
    diags: &mut Diagnostics,
) -> Option<Vec<Option<(u16, String)>>> {
    let Legend {
        parties,
        parties_ok,
        roles,
        roles_ok,
    } = context.legend;
    let mut found: Vec<Option<(u16, String)>> = vec![None; parties.len()];
    let mut complete = true;
    // The parties that an unknown key reads as a misspelling of: each is reported once.
    let mut misspelt: Vec<&str> = Vec::new();
    for (party, letters) in &cells.entries {
        let Some(index) = parties.iter().position(|p| p.id == party.value) else {
            complete = false;
            // The party may be one that was rejected; that error is enough.
            if *parties_ok {
                misspelt.extend(diags.suggest(&party.value, &context.party_ids));
                diags.unknown(
                    DiagnosticKind::UnknownReference,
                    party.span.clone(),
                    &PARTY,
                    &party.value,
                    &context.party_ids,
                );
            }
            continue;
        };
        // A value of the wrong type was reported when it was read; letters are only
        // worth checking against a legend that was read without error.
        match letters.as_ref().filter(|_| *roles_ok) {
            Some(letters) => match check_cell(letters, roles, diags) {
                Some(mask) => found[index] = Some((mask, letters.value.clone())),
                None => complete = false,
            },
            None => complete = false,
        }
    }
    if !*parties_ok {
        return None;
    }
    let stops_before = check_missing(cells, missing, context, diags)?;
    complete &= report_missing_cells(cells, parties, &stops_before, &misspelt, diags);
    complete.then_some(found)
}

/// The parties a row stops before (`missing`), checked: known parties, without a cell,
/// once each, and the last ones of the row; `None` after reporting what is wrong.
fn check_missing<'a>(
    cells: &RawCells,
    missing: &[Text],
    context: &Context<'a>,
    diags: &mut Diagnostics,
) -> Option<Vec<&'a str>> {
    let parties = &context.legend.parties;
    let mut indices: Vec<usize> = Vec::new();
    for entry in missing {
        let Some(index) = parties.iter().position(|p| p.id == entry.value) else {
            diags.unknown(
                DiagnosticKind::UnknownReference,
                entry.span.clone(),
                &PARTY,
                &entry.value,
                &context.party_ids,
            );
            return None;
        };
        if let Some((key, _)) = cells.entries.iter().find(|(p, _)| p.value == entry.value) {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::Duplicate,
                    entry.span.clone(),
                    format!(
                        "party `{}` is listed as missing but has a cell",
                        entry.value
                    ),
                )
                .with_related(key.span.clone(), "its cell"),
            );
            return None;
        }
        if indices.contains(&index) {
            diags.error(
                DiagnosticKind::Duplicate,
                entry.span.clone(),
                format!("party `{}` is listed as missing twice", entry.value),
            );
            return None;
        }
        indices.push(index);
    }
    // A row can only stop early: what it lacks is its last columns.
    let first = parties.len() - indices.len();
    if let Some(at) = indices.iter().position(|&i| i < first) {
        // The first party after it that has a cell: there is one, or `at` would be last.
        let next = (indices[at] + 1..parties.len())
            .find(|j| !indices.contains(j))
            .unwrap_or(indices[at]);
        diags.push(
            Diagnostic::error(
                DiagnosticKind::InvalidCell,
                missing[at].span.clone(),
                format!(
                    "a row stops before its last columns only, but `{}` is followed by `{}`",
                    missing[at].value, parties[next].id
                ),
            )
            .with_help("write `\"\"` for a party whose cell is empty"),
        );
        return None;
    }
    Some(indices.iter().map(|&i| parties[i].id.as_str()).collect())
}

/// A cell's letters → a role mask, or `None` after reporting what is wrong.
fn check_cell(cell: &Text, roles: &[Role], diags: &mut Diagnostics) -> Option<u16> {
    match cell_mask(&cell.value, roles) {
        Ok(mask) => Some(mask),
        Err((message, help)) => {
            let d = Diagnostic::error(DiagnosticKind::InvalidCell, cell.span.clone(), message);
            diags.push(match help {
                Some(help) => d.with_help(help),
                None => d,
            });
            None
        }
    }
}

/// The role mask of `letters`: legend letters, once each, in any order (kept as written);
/// otherwise what is wrong and how to fix it.
fn cell_mask(letters: &str, roles: &[Role]) -> Result<u16, (String, Option<String>)> {
    let shown = quoted(letters);
    let legend: String = roles.iter().map(|r| r.letter).collect();
    if letters.chars().any(char::is_whitespace) {
        let clean: String = letters.chars().filter(|c| !c.is_whitespace()).collect();
        return Err((
            format!("cell \"{shown}\" contains whitespace"),
            Some(format!(
                "cells are role letters only: write \"{}\"",
                quoted(&clean)
            )),
        ));
    }
    let mut mask = 0u16;
    for c in letters.chars() {
        let Some(index) = roles.iter().position(|r| r.letter == c) else {
            let upper = c.to_ascii_uppercase();
            if c.is_ascii_lowercase() && roles.iter().any(|r| r.letter == upper) {
                return Err((
                    format!("role letter \"{c}\" in cell \"{shown}\" is lowercase"),
                    Some(format!(
                        "role letters are uppercase: write \"{}\"",
                        quoted(&letters.to_ascii_uppercase())
                    )),
                ));
            }
            return Err((
                format!(
                    "unknown role letter \"{}\" in cell \"{shown}\"; expected letters of \"{legend}\"",
                    quoted(c.encode_utf8(&mut [0; 4]))
                ),
                Some("write \"\" for a party with no role".to_owned()),
            ));
        };
        if mask & (1 << index) != 0 {
            return Err((
                format!("role letter \"{c}\" is repeated in cell \"{shown}\""),
                None,
            ));
        }
        mask |= 1 << index;
    }
    Ok(mask)
}
