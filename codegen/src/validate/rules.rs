//! The RACI rules: their severities under `[rules]`, each row checked against them, and
//! the waivers that keep a source page's exceptions as published.

use core::ops::Range;

use super::legend::Legend;
use super::text::{Lines, checked_text};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, Lookup, Severity};
use crate::model::{Activity, Rule, Waiver};
use crate::parse::{RawActivity, RawMatrix, RawWaiver};

/// Every rule's name, in [`Rule::ALL`] order.
const RULE_NAMES: [&str; Rule::ALL.len()] = {
    let mut names = [""; Rule::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = Rule::ALL[i].name();
        i += 1;
    }
    names
};

const RULE: Lookup<'static> = Lookup {
    what: "rule",
    place: "",
};

/// The severity of each rule, in [`Rule::ALL`] order, `None` meaning `off`; every rule
/// defaults to `error`.
pub(super) struct Severities([Option<Severity>; Rule::ALL.len()]);

impl Severities {
    fn of(&self, rule: Rule) -> Option<Severity> {
        self.0[rule as usize]
    }
}

pub(super) fn check_rules(raw: &RawMatrix, diags: &mut Diagnostics) -> Severities {
    let mut severities = Severities([Some(Severity::Error); Rule::ALL.len()]);
    for rule in &raw.rules {
        let Some(known) = Rule::ALL.into_iter().find(|r| r.name() == rule.name.value) else {
            diags.unknown(
                DiagnosticKind::UnknownReference,
                rule.name.span.clone(),
                &RULE,
                &rule.name.value,
                &RULE_NAMES,
            );
            continue;
        };
        severities.0[known as usize] = match rule.severity.value.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "off" => None,
            _ => {
                let place = format!(" for rule `{}`", known.name());
                let lookup = Lookup {
                    what: "severity",
                    place: &place,
                };
                diags.unknown(
                    DiagnosticKind::UnknownReference,
                    rule.severity.span.clone(),
                    &lookup,
                    &rule.severity.value,
                    &["error", "warning", "off"],
                );
                continue;
            }
        };
    }
    severities
}

/// A row's waivers: known rules, each at most once, with a reason.
pub(super) fn check_waivers(raw: &[RawWaiver], diags: &mut Diagnostics) -> Vec<Waiver> {
    let mut waivers: Vec<Waiver> = Vec::new();
    for waiver in raw {
        let rule = waiver.rule.as_ref().and_then(|r| {
            let found = Rule::ALL.into_iter().find(|x| x.name() == r.value);
            if found.is_none() {
                diags.unknown(
                    DiagnosticKind::UnknownReference,
                    r.span.clone(),
                    &RULE,
                    &r.value,
                    &RULE_NAMES,
                );
            } else if waivers.iter().any(|w| Some(w.rule) == found) {
                diags.error(
                    DiagnosticKind::Duplicate,
                    r.span.clone(),
                    format!("rule `{}` is waived twice for this activity", r.value),
                );
                return None;
            }
            found
        });
        let reason = waiver
            .reason
            .as_ref()
            .and_then(|r| checked_text(r, "a waiver reason", Lines::One, diags));
        if let (Some(rule), Some(reason)) = (rule, reason) {
            waivers.push(Waiver { rule, reason });
        }
    }
    waivers
}

/// Applies the RACI rules to one row, honouring and checking its waivers.
pub(super) fn check_row(
    raw: &RawActivity,
    activity: &Activity,
    legend: &Legend,
    severities: &Severities,
    diags: &mut Diagnostics,
) {
    let cells_span = raw
        .cells
        .as_ref()
        .map_or(raw.span.clone(), |c| c.span.clone());
    for rule in Rule::ALL {
        let waiver = raw
            .waivers
            .iter()
            .find(|w| w.rule.as_ref().is_some_and(|r| r.value == rule.name()))
            .map(|w| w.rule.as_ref().map_or(w.span.clone(), |r| r.span.clone()));
        let Some(bit) = legend.roles.iter().position(|r| r.letter == rule.letter()) else {
            // Without its letter the rule cannot be broken, so a waiver of it is stale.
            if let Some(waiver) = waiver {
                diags.push(stale_waiver(
                    waiver,
                    format!(
                        "stale waiver: the rule `{}` counts the role lettered `{}`, which the \
                         legend does not have",
                        rule.name(),
                        rule.letter()
                    ),
                    "remove the waiver",
                ));
            }
            continue;
        };
        let holders: Vec<String> = legend
            .parties
            .iter()
            .zip(&activity.cells)
            .filter(|&(_, mask)| mask & (1 << bit) != 0)
            .map(|(p, _)| format!("`{}`", p.id))
            .collect();
        match (rule.holds_for(holders.len()), waiver, severities.of(rule)) {
            (false, None, Some(severity)) => diags
                .push(broken(activity, rule, &holders, cells_span.clone()).with_severity(severity)),
            (true, Some(waiver), _) => diags.push(stale_waiver(
                waiver,
                format!(
                    "stale waiver: activity `{}` does not break the rule `{}`",
                    activity.id,
                    rule.name()
                ),
                "remove the waiver: the row follows the rule now",
            )),
            _ => {}
        }
    }
}

/// A row breaking `rule`: `holders` hold its role.
fn broken(activity: &Activity, rule: Rule, holders: &[String], span: Range<usize>) -> Diagnostic {
    let found = if holders.is_empty() {
        "no party does".to_owned()
    } else {
        format!("{} do", holders.join(" and "))
    };
    Diagnostic::error(
        DiagnosticKind::RuleBroken,
        span,
        format!(
            "activity `{}` breaks the rule `{}`: {}, but {found}",
            activity.id,
            rule.name(),
            rule.statement()
        ),
    )
    .with_help(format!(
        "fix the cells, or if the source page says so, keep them and add \
         `waivers = [{{ rule = \"{}\", reason = \"…\" }}]`",
        rule.name()
    ))
}

fn stale_waiver(span: Range<usize>, message: String, help: &str) -> Diagnostic {
    Diagnostic::error(DiagnosticKind::StaleWaiver, span, message).with_help(help)
}

/// A rule that is on needs its letter in the legend.
pub(super) fn check_rule_letters(
    raw: &RawMatrix,
    legend: &Legend,
    severities: &Severities,
    diags: &mut Diagnostics,
) {
    let (Some(first_role), true) = (raw.roles.first(), legend.roles_ok) else {
        return;
    };
    for rule in Rule::ALL {
        let on = severities.of(rule).is_some();
        if on && !legend.roles.iter().any(|r| r.letter == rule.letter()) {
            let span = raw
                .rules
                .iter()
                .find(|r| r.name.value == rule.name())
                .map_or(first_role.span.clone(), |r| r.severity.span.clone());
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::RuleWithoutLetter,
                    span,
                    format!(
                        "rule `{}` counts the role lettered `{}`, but the legend has none",
                        rule.name(),
                        rule.letter()
                    ),
                )
                .with_help(format!("add `{} = \"off\"` under `[rules]`", rule.name())),
            );
        }
    }
}
