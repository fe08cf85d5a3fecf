//! The `[matrix]` table: title, source, date, introduction and table headers.

use super::text::{Lines, checked_text, checked_url, heading_level};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::model::{Preamble, Provenance};
use crate::parse::{RawMatrix, RawMeta, RawPreamble, Text};

/// How the pages write a legend line between its letter and its text.
const LEGEND_SEPARATORS: [&str; 2] = [": ", " : "];

/// The `[matrix]` table, checked.
pub(super) struct Meta {
    pub title: String,
    pub source: String,
    pub provenance: Option<Provenance>,
    pub language: Option<String>,
    pub last_updated: Option<String>,
    pub last_updated_as_written: Option<String>,
    /// The text before the legend.
    pub preamble: Vec<Preamble>,
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
                    "start the file with `[matrix]` and its `title`, `source`, \
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
    let preamble = check_preamble(meta, diags);
    let provenance = match &meta.provenance {
        None => Some(None),
        Some(text) => check_provenance(text, diags).map(Some),
    };
    let language = match &meta.language {
        None => Some(None),
        Some(t) if t.value.len() == 2 && t.value.bytes().all(|b| b.is_ascii_lowercase()) => {
            Some(Some(t.value.clone()))
        }
        Some(t) => {
            diags.error(
                DiagnosticKind::InvalidText,
                t.span.clone(),
                format!(
                    "language {:?} is not a two-letter lowercase code such as \"fr\"",
                    t.value
                ),
            );
            None
        }
    };
    Some(Meta {
        title: title?,
        source: source?,
        provenance: provenance?,
        language: language?,
        last_updated: meta.last_updated.as_ref().map(|d| d.value.clone()),
        last_updated_as_written: check_date_as_written(meta, diags).ok()?,
        preamble: preamble?,
        legend_header: legend_header?,
        legend_separator: legend_separator?,
        activity_header: activity_header?,
    })
}

/// The text before the legend: `intro-heading` and `intro` (a heading of level 2 and its
/// text), or `preamble`, a list of headings and paragraphs; not both.
fn check_preamble(meta: &RawMeta, diags: &mut Diagnostics) -> Option<Vec<Preamble>> {
    if let Some((span, entries)) = &meta.preamble {
        if meta.intro.is_some() || meta.intro_heading.is_some() {
            diags.error(
                DiagnosticKind::Duplicate,
                span.clone(),
                "give `intro-heading` and `intro`, or `preamble`, not both".to_owned(),
            );
            return None;
        }
        let checked: Vec<Option<Preamble>> =
            entries.iter().map(|e| preamble_entry(e, diags)).collect();
        return checked.into_iter().collect();
    }
    let heading = meta
        .intro_heading
        .as_ref()
        .and_then(|t| checked_text(t, "the intro heading", Lines::One, diags));
    let intro = meta
        .intro
        .as_ref()
        .and_then(|t| checked_text(t, "the intro", Lines::Many, diags));
    match (&meta.intro_heading, &meta.intro) {
        (None, None) => Some(Vec::new()),
        (Some(_), Some(_)) => {
            let (heading, intro) = heading.zip(intro)?;
            Some(vec![
                Preamble::Heading(2, heading),
                Preamble::Paragraph(intro),
            ])
        }
        (Some(t), None) | (None, Some(t)) => {
            diags.error(
                DiagnosticKind::MissingKey,
                t.span.clone(),
                "`intro` and `intro-heading` go together: give both or neither".to_owned(),
            );
            None
        }
    }
}

/// One entry of `preamble`: `{ heading = "…", level = 2 }` or `{ text = "…" }`.
fn preamble_entry(entry: &RawPreamble, diags: &mut Diagnostics) -> Option<Preamble> {
    match (&entry.heading, &entry.text) {
        (Some(heading), None) => {
            let level = heading_level(entry.level.as_ref(), 2, diags)?;
            let text = checked_text(heading, "a preamble heading", Lines::One, diags)?;
            Some(Preamble::Heading(level, text))
        }
        (None, Some(text)) => {
            if let Some((_, span)) = &entry.level {
                diags.error(
                    DiagnosticKind::UnknownKey,
                    span.clone(),
                    "`level` goes with a `heading`, not a `text`".to_owned(),
                );
                return None;
            }
            let text = checked_text(text, "a preamble paragraph", Lines::Many, diags)?;
            Some(Preamble::Paragraph(text))
        }
        _ => {
            diags.error(
                DiagnosticKind::MissingKey,
                entry.span.clone(),
                "a preamble entry has a `heading` or a `text`, one of them".to_owned(),
            );
            None
        }
    }
}

/// `last-updated-as-written`: the page's own writing of `last-updated` (`2024-6-25` for
/// 2024-06-25), which must name the same day.
fn check_date_as_written(meta: &RawMeta, diags: &mut Diagnostics) -> Result<Option<String>, ()> {
    let Some(written) = &meta.last_updated_as_written else {
        return Ok(None);
    };
    let numbers: Vec<Option<u32>> = written.value.split('-').map(|p| p.parse().ok()).collect();
    let same_day = match (numbers.as_slice(), &meta.last_updated) {
        ([Some(y), Some(m), Some(d)], Some(date)) => format!("{y:04}-{m:02}-{d:02}") == date.value,
        _ => false,
    };
    if same_day {
        return Ok(Some(written.value.clone()));
    }
    diags.push(
        Diagnostic::error(
            DiagnosticKind::InvalidText,
            written.span.clone(),
            format!(
                "`last-updated-as-written` \"{}\" does not name the day of `last-updated`",
                quoted(&written.value)
            ),
        )
        .with_help(
            "write the page's date as the page writes it, and `last-updated` as a TOML date",
        ),
    );
    Err(())
}

/// `provenance = "REPOSITORY PATH @ COMMIT"`: three words of ASCII letters, digits and
/// `-._/~+:`, as the first line of a catalogue page names where it is kept
/// (`ovh/docs pages/…/guide.en-gb.md @ 32bc…`). Nothing else, so no word can be markup in
/// the docs that quote it.
pub(super) fn check_provenance(text: &Text, diags: &mut Diagnostics) -> Option<Provenance> {
    let words: Vec<&str> = text.value.split(' ').collect();
    let printable = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._/~+:".contains(&b))
    };
    match words.as_slice() {
        [repository, path, "@", commit]
            if [repository, path, commit].iter().all(|w| printable(w)) =>
        {
            Some(Provenance {
                repository: (*repository).to_owned(),
                path: (*path).to_owned(),
                commit: (*commit).to_owned(),
            })
        }
        _ => {
            diags.error(
                DiagnosticKind::InvalidText,
                text.span.clone(),
                format!(
                    "provenance \"{}\" is not `REPOSITORY PATH @ COMMIT`: three words of ASCII \
                     letters, digits and `-._/~+:`, the last two separated by ` @ `",
                    quoted(&text.value)
                ),
            );
            None
        }
    }
}
