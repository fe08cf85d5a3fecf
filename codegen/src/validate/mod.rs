//! Raw records → a [`Matrix`]: every check the parser could not make, one concern a file.
//!
//! `meta` (the `[matrix]` table), `legend` (parties and roles), `headings`, `rows` (ids,
//! headings, texts and cells of activities), `rules` (the RACI rules and their waivers),
//! and under them `names` (ids and Rust names) and `text` (verbatim texts and the address);
//! last, `size` bounds what the matrix generates.

pub(crate) mod catalogue;
mod headings;
pub(crate) mod index;
mod legend;
pub(crate) mod locale;
mod meta;
mod names;
mod notes;
mod offers;
mod rows;
mod rules;
mod size;
mod text;

use crate::diagnostic::Diagnostics;
use crate::model::{Activity, Heading, Matrix};
use crate::parse::RawMatrix;

/// Checks everything the parser could not, reporting every problem; `None` if any is an error.
pub(crate) fn validate(raw: &RawMatrix, diags: &mut Diagnostics) -> Option<Matrix> {
    let meta = meta::check_meta(raw, diags);
    let severities = rules::check_rules(raw, diags);
    let legend = legend::check_legend(raw, diags);
    let headings = headings::check_headings(raw, diags);
    let (offers, offers_ok) = offers::check_offers(raw, diags);
    let activities = rows::check_rows(
        raw,
        &legend,
        &headings,
        (&offers, offers_ok),
        &severities,
        diags,
    );
    let notes = notes::check_notes(raw, &headings, diags);
    rules::check_rule_letters(raw, &legend, &severities, diags);
    if diags.has_errors() {
        return None;
    }
    let meta = meta?;
    let headings = linked(headings.list, &activities);
    let matrix = Matrix {
        title: meta.title,
        source: meta.source,
        provenance: meta.provenance,
        language: meta.language,
        last_updated: meta.last_updated,
        last_updated_as_written: meta.last_updated_as_written,
        preamble: meta.preamble,
        legend_header: meta.legend_header,
        legend_separator: meta.legend_separator,
        activity_header: meta.activity_header,
        distinct_cells: Matrix::distinct_cells_of(&legend.roles, &activities),
        notes,
        offers,
        parties: legend.parties,
        roles: legend.roles,
        headings,
        activities,
    };
    size::check_generated_size(&matrix, raw, diags);
    (!diags.has_errors()).then_some(matrix)
}

/// The headings with the rows and headings that stand directly under each.
fn linked(mut headings: Vec<Heading>, activities: &[Activity]) -> Vec<Heading> {
    for (index, activity) in activities.iter().enumerate() {
        headings[activity.heading].activities.push(index);
    }
    for index in 0..headings.len() {
        if let Some(parent) = headings[index].parent {
            headings[parent].children.push(index);
        }
    }
    headings
}
