//! A page's body written as TOML: its headings, notes and rows in document order, each row
//! keeping the id and the waiver reasons an earlier import settled.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::error::ImportError;
use super::ids;
use super::page::{Item, Page, PageRow};
use crate::escape::quoted;
use crate::model::{Matrix, Rule};

/// Makes the error for what the data format cannot say yet, at a line of the page.
pub(super) type NotYet<'a> = dyn Fn(usize, &str) -> ImportError + 'a;

pub(super) fn items(
    page: &Page,
    (party_ids, offer_ids): (&[String], &[String]),
    earlier: Option<&Matrix>,
    out: &mut String,
    errors: &mut Vec<ImportError>,
    not_yet: &NotYet<'_>,
) {
    let mut heading_ids = BTreeSet::new();
    let mut activity_ids: BTreeSet<String> = BTreeSet::new();
    // Ids of the earlier file are taken even when their row is gone, so no new row
    // silently takes the id of a removed one.
    if let Some(m) = earlier {
        heading_ids.extend(m.headings.iter().map(|h| h.id.clone()));
        activity_ids.extend(m.activities.iter().map(|a| a.id.clone()));
    }
    // Earlier rows already matched: two rows of the same text under one heading keep
    // their own ids.
    let mut matched: BTreeSet<&str> = BTreeSet::new();
    let mut current: Option<&str> = None;
    // Whether a row of the current heading came already.
    let mut rows_seen = false;
    for (index, item) in page.items.iter().enumerate() {
        match item {
            Item::Heading(h) => {
                let id = earlier
                    .and_then(|m| {
                        m.headings
                            .iter()
                            .find(|e| e.number == h.number && e.title == h.title)
                    })
                    .map_or_else(|| ids::fresh(&h.title, &mut heading_ids), |e| e.id.clone());
                let _ = write!(
                    out,
                    "\n[[headings]]\nnumber = {}\nid = {}\ntitle = {}\n",
                    quoted(&h.number),
                    quoted(&id),
                    quoted(&h.title)
                );
                let depth = h.number.split('.').count();
                if h.level != (depth + 2).min(6) {
                    let _ = writeln!(out, "level = {}", h.level);
                }
                if h.bold {
                    out.push_str("bold = true\n");
                }
                if h.number_bold {
                    errors.push(not_yet(
                        h.line,
                        "a heading whose number alone is bold (the data format records a \
                         heading in bold or not)",
                    ));
                }
                if !h.dot {
                    out.push_str("dot = false\n");
                }
                current = Some(&h.number);
                rows_seen = false;
            }
            Item::Row(row) => {
                rows_seen = true;
                let heading = current.unwrap_or_default();
                let earlier_row = earlier.and_then(|m| {
                    m.activities.iter().find(|a| {
                        a.text == row.text
                            && m.headings[a.heading].number == heading
                            && !matched.contains(a.id.as_str())
                    })
                });
                if let Some(a) = earlier_row {
                    matched.insert(&a.id);
                }
                let id = earlier_row.map_or_else(
                    || ids::fresh(&row.text, &mut activity_ids),
                    |a| a.id.clone(),
                );
                activity(
                    page,
                    (party_ids, offer_ids),
                    row,
                    (heading, &id),
                    earlier_row,
                    out,
                );
            }
            Item::Note { line, text } => {
                // Rows of the same heading after it, before the next heading?
                let rows_after = page.items[index + 1..]
                    .iter()
                    .take_while(|i| !matches!(i, Item::Heading(_)))
                    .any(|i| matches!(i, Item::Row(_)));
                out.push_str("\n[[notes]]\n");
                if let Some(heading) = current {
                    let _ = writeln!(out, "heading = {}", quoted(heading));
                    if rows_after && rows_seen {
                        errors.push(not_yet(*line, "a note between two rows of a table"));
                    } else if rows_after {
                        out.push_str("before-rows = true\n");
                    }
                }
                let _ = writeln!(out, "text = {}", quoted(text));
            }
        }
    }
}

fn activity(
    page: &Page,
    (party_ids, offer_ids): (&[String], &[String]),
    row: &PageRow,
    (heading, id): (&str, &str),
    earlier: Option<&crate::model::Activity>,
    out: &mut String,
) {
    let _ = write!(
        out,
        "\n[[activities]]\nid = {}\nheading = {}\ntext = {}\n",
        quoted(id),
        quoted(heading),
        quoted(&row.text)
    );
    let offers: Vec<String> = offer_ids
        .iter()
        .zip(&row.offers)
        .filter(|&(_, &marked)| marked)
        .map(|(id, _)| quoted(id))
        .collect();
    if !offers.is_empty() {
        let _ = writeln!(out, "offers = [{}]", offers.join(", "));
    }
    let cells: Vec<String> = party_ids
        .iter()
        .zip(&row.cells)
        .filter_map(|(p, c)| c.as_ref().map(|c| format!("{p} = {}", quoted(c))))
        .collect();
    let _ = writeln!(out, "cells = {{ {} }}", cells.join(", "));
    let missing: Vec<String> = party_ids
        .iter()
        .zip(&row.cells)
        .filter(|(_, c)| c.is_none())
        .map(|(p, _)| quoted(p))
        .collect();
    if !missing.is_empty() {
        let _ = writeln!(out, "missing = [{}]", missing.join(", "));
    }
    let waivers = waivers(page, row, earlier);
    if !waivers.is_empty() {
        out.push_str("waivers = [\n");
        for (rule, reason) in waivers {
            let _ = writeln!(
                out,
                "  {{ rule = \"{}\", reason = {} }},",
                rule.name(),
                quoted(&reason)
            );
        }
        out.push_str("]\n");
    }
}

/// The rules the row breaks, each with the reason kept from the earlier file or a new one
/// that says what the page marks.
fn waivers(
    page: &Page,
    row: &PageRow,
    earlier: Option<&crate::model::Activity>,
) -> Vec<(Rule, String)> {
    let holders = |letter: char| -> Vec<String> {
        page.parties
            .iter()
            .zip(&row.cells)
            .filter_map(|(p, c)| {
                c.as_ref()
                    .filter(|c| c.contains(letter))
                    .map(|c| format!("{p} ({c})"))
            })
            .collect()
    };
    Rule::ALL
        .into_iter()
        .filter(|rule| !rule.holds_for(holders(rule.letter()).len()))
        .map(|rule| {
            let kept = earlier
                .and_then(|a| a.waivers.iter().find(|w| w.rule == rule))
                .map(|w| w.reason.clone());
            let reason = kept.unwrap_or_else(|| {
                let who = holders(rule.letter());
                let role = if rule.letter() == 'A' {
                    "Accountable"
                } else {
                    "Responsible"
                };
                if who.is_empty() {
                    format!("The source page marks no party {role}. Kept as published.")
                } else {
                    format!(
                        "The source page marks {} {role}. Kept as published.",
                        who.join(" and ")
                    )
                }
            });
            (rule, reason)
        })
        .collect()
}
