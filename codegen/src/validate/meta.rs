//! The `[matrix]` table: title, source, date, introduction and table headers.

use super::text::{Lines, checked_text, checked_url};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::parse::{RawMatrix, Text};

/// How the pages write a legend line between its letter and its text.
const LEGEND_SEPARATORS: [&str; 2] = [": ", " : "];

/// The `[matrix]` table, checked.
pub(super) struct Meta {
    pub title: String,
    pub source: String,
    pub last_updated: String,
    /// The heading and text of the introduction, which go together.
    pub intro: Option<(String, String)>,
    pub legend_header: String,
    /// What stands between a letter and its text in the legend: `": "` or `" : "`.
    pub legend_separator: String,
    pub activity_header: String,
}

/// The `[matrix]` table, or `None` after reporting what is wrong with it.
pub(super) fn check_meta(raw: &RawMatrix, diags: &mut Diagnostics) -> Option<Meta> {
    let Some(meta) = &raw.meta else {
        // A `matrix` key of the wrong type was reported when it was read.
        if !raw.has_meta_key {
            diags.push(
                Diagnostic::error(
                    DiagnosticKind::MissingKey,
                    0..0,
                    "the `[matrix]` table is missing".to_owned(),
                )
                .with_help(
                    "start the file with `[matrix]` and its `title`, `source`, `last-updated`, \
                     `legend-header` and `activity-header`",
                ),
            );
        }
        return None;
    };
    let line = |t: &Option<Text>, what: &str, diags: &mut Diagnostics| {
        t.as_ref()
            .and_then(|t| checked_text(t, what, Lines::One, diags))
    };
    let title = line(&meta.title, "the title", diags);
    let source = meta.source.as_ref().and_then(|t| checked_url(t, diags));
    let intro_heading = line(&meta.intro_heading, "the intro heading", diags);
    let intro = meta
        .intro
        .as_ref()
        .and_then(|t| checked_text(t, "the intro", Lines::Many, diags));
    let legend_header = line(&meta.legend_header, "the legend header", diags);
    let legend_separator = match &meta.legend_separator {
        None => Some(": ".to_owned()),
        Some(s) if LEGEND_SEPARATORS.contains(&s.value.as_str()) => Some(s.value.clone()),
        Some(s) => {
            diags.error(
                DiagnosticKind::InvalidText,
                s.span.clone(),
                format!(
                    "legend separator {:?} is not one the pages write; expected {}",
                    s.value,
                    LEGEND_SEPARATORS.map(|s| format!("{s:?}")).join(" or ")
                ),
            );
            None
        }
    };
    let activity_header = line(&meta.activity_header, "the activity header", diags);
    if meta.intro_heading.is_some() != meta.intro.is_some() {
        let span = meta
            .intro
            .as_ref()
            .or(meta.intro_heading.as_ref())
            .map_or(0..0, |t| t.span.clone());
        diags.error(
            DiagnosticKind::MissingKey,
            span,
            "`intro` and `intro-heading` go together: give both or neither".to_owned(),
        );
    }
    Some(Meta {
        title: title?,
        source: source?,
        last_updated: meta.last_updated.as_ref()?.value.clone(),
        intro: intro_heading.zip(intro),
        legend_header: legend_header?,
        legend_separator: legend_separator?,
        activity_header: activity_header?,
    })
}
