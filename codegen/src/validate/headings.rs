//! The numbered headings: numbers, ids and titles, each with its parent defined before it.

use core::ops::Range;

use super::names::{Map, Names};
use super::text::{Lines, checked_text, heading_level};
use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, quoted};
use crate::limits::{MAX_HEADINGS, MAX_NUMBER_LEN};
use crate::model::{Heading, Markup};
use crate::parse::{RawHeading, RawMatrix, Text};

/// The headings that passed, and what rows need to look them up.
pub(super) struct Headings {
    pub list: Vec<Heading>,
    /// Number → index in `list`.
    by_number: Map,
    /// Numbers written in the file whose heading was rejected: rows under them, and
    /// headings below them, are not reported again.
    rejected: Map,
}

impl Headings {
    /// The index of the heading numbered `number`.
    pub(super) fn find(&self, number: &str) -> Option<usize> {
        self.by_number.get(number).copied()
    }

    /// Whether `number` was written in the file but its heading rejected.
    pub(super) fn is_rejected(&self, number: &str) -> bool {
        self.rejected.contains_key(number)
    }

    /// Every accepted number, for suggestions.
    pub(super) fn numbers(&self) -> Vec<&str> {
        self.list.iter().map(|h| h.number.as_str()).collect()
    }
}

pub(super) fn check_headings(raw: &RawMatrix, diags: &mut Diagnostics) -> Headings {
    if raw.headings.is_empty() {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::Empty,
                raw.end.clone(),
                "the matrix has no headings".to_owned(),
            )
            .with_help(
                "add a `[[headings]]` table with a `number`, `id` and `title` for each heading",
            ),
        );
    }
    if let Some(first_over) = raw.headings.get(MAX_HEADINGS) {
        diags.error(
            DiagnosticKind::LimitExceeded,
            first_over.span.clone(),
            format!(
                "the matrix has {} headings; at most {MAX_HEADINGS} are allowed",
                raw.headings.len()
            ),
        );
    }
    let mut ids = Names::new("heading");
    let mut headings = Headings {
        list: Vec::new(),
        by_number: Map::new(),
        rejected: Map::new(),
    };
    // Where each accepted number was written, by index in `list`.
    let mut spans: Vec<Range<usize>> = Vec::new();
    for raw_heading in &raw.headings {
        let accepted = check_heading(raw_heading, &headings, &spans, &mut ids, diags);
        match (accepted, &raw_heading.number) {
            (Some((heading, span)), _) => {
                headings
                    .by_number
                    .insert(heading.number.clone(), headings.list.len());
                spans.push(span);
                headings.list.push(heading);
            }
            // A number used twice is reported; the first one stands.
            (None, Some(n)) if headings.find(&n.value).is_none() => {
                headings.rejected.insert(n.value.clone(), 0);
            }
            (None, _) => {}
        }
    }
    headings
}

/// One heading, and where its number was written; `None` after reporting what is wrong.
fn check_heading(
    heading: &RawHeading,
    headings: &Headings,
    spans: &[Range<usize>],
    ids: &mut Names,
    diags: &mut Diagnostics,
) -> Option<(Heading, Range<usize>)> {
    let number = heading.number.as_ref().and_then(|n| check_number(n, diags));
    let id = heading.id.as_ref().and_then(|id| ids.check_id(id, diags));
    let title = heading
        .title
        .as_ref()
        .and_then(|t| checked_text(t, "a heading title", Lines::One, diags));
    let number = number?;
    if let Some(first) = headings.find(&number.value) {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::Duplicate,
                number.span.clone(),
                format!(
                    "heading number {} is already used by heading `{}`",
                    number.value, headings.list[first].id
                ),
            )
            .with_related(spans[first].clone(), "first defined"),
        );
        return None;
    }
    let markup = check_markup(heading, &number.value, diags);
    let parent = parent_of(&number, headings, diags).ok()?;
    let (((id, ident), title), markup) = id.zip(title).zip(markup)?;
    Some((
        Heading {
            number: number.value,
            id,
            title,
            ident,
            parent,
            children: Vec::new(),
            activities: Vec::new(),
            markup,
        },
        number.span,
    ))
}

/// How the page writes the heading: `level` (1 to 6; by default its depth plus 2, as the
/// pages number `### 1.` and `#### 1.1.`), `bold` (default false), `dot` (default true).
fn check_markup(heading: &RawHeading, number: &str, diags: &mut Diagnostics) -> Option<Markup> {
    let depth = number.split('.').count();
    let default = u8::try_from((depth + 2).min(6)).unwrap_or(6);
    let level = heading_level(heading.level.as_ref(), default, diags)?;
    Some(Markup {
        level,
        bold: heading.bold.unwrap_or(false),
        dot: heading.dot.unwrap_or(true),
    })
}

/// The parent of heading `number`: `Ok(None)` at the top level, `Err` when it is not
/// defined before it (reported, unless the parent itself was rejected).
fn parent_of(
    number: &Text,
    headings: &Headings,
    diags: &mut Diagnostics,
) -> Result<Option<usize>, ()> {
    let Some((parent, _)) = number.value.rsplit_once('.') else {
        return Ok(None);
    };
    if let Some(index) = headings.find(parent) {
        return Ok(Some(index));
    }
    if !headings.is_rejected(parent) {
        diags.push(
            Diagnostic::error(
                DiagnosticKind::MissingParent,
                number.span.clone(),
                format!(
                    "heading {} has no parent: heading {parent} is not defined before it",
                    number.value
                ),
            )
            .with_help(format!(
                "add a `[[headings]]` table with `number = \"{parent}\"` above this one"
            )),
        );
    }
    Err(())
}

/// A heading number: dot-separated decimal numbers, `3.1.2`, of at most
/// [`MAX_NUMBER_LEN`] characters (so at most 32 levels deep).
fn check_number(number: &Text, diags: &mut Diagnostics) -> Option<Text> {
    let n = &number.value;
    let valid = n
        .split('.')
        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    let depth = n.split('.').count();
    let problem = if !valid {
        let mut d = Diagnostic::error(
            DiagnosticKind::InvalidNumber,
            number.span.clone(),
            format!(
                "invalid heading number \"{}\"; expected numbers separated by dots, such as \"3.1.2\"",
                quoted(n)
            ),
        );
        if let Some(trimmed) = n.strip_suffix('.') {
            d = d.with_help(format!(
                "write \"{}\", without the trailing dot",
                quoted(trimmed)
            ));
        }
        d
    } else if n.len() > MAX_NUMBER_LEN {
        Diagnostic::error(
            DiagnosticKind::LimitExceeded,
            number.span.clone(),
            format!(
                "heading number \"{}\" has {} characters ({depth} levels); at most \
                 {MAX_NUMBER_LEN} characters are allowed",
                quoted(n),
                n.len()
            ),
        )
    } else {
        return Some(number.clone());
    };
    diags.push(problem);
    None
}
