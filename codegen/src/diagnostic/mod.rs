//! Positioned diagnostics as data: a kind, a severity, a primary span, an optional related
//! span ("first defined here"), a message and a help; rendered as one line per diagnostic.

mod position;
mod report;
mod words;

use core::fmt::Write as _;
use core::ops::Range;

use crate::limits::MAX_REPORTED;

pub use position::{LineIndex, Position};
pub use report::Report;
pub(crate) use report::reports;
use words::push_shown;
pub(crate) use words::{did_you_mean, is_bidi_control, one_of, quoted};

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The input is reported but still generates code.
    Warning,
    /// The input is rejected: no code is generated.
    Error,
}

impl Severity {
    /// The word used in messages and in cargo instructions: `warning` or `error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What is wrong, as a value tests and tools can match on; the message says it in words.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiagnosticKind {
    /// The file cannot be read: missing, a directory, or not allowed.
    Unreadable,
    /// The bytes are not UTF-8 text.
    Encoding,
    /// The text is not valid TOML.
    Syntax,
    /// A key the schema does not have.
    UnknownKey,
    /// A required key or table is absent.
    MissingKey,
    /// A value of the wrong TOML type.
    WrongType,
    /// A required list (parties, roles, headings, activities) is empty.
    Empty,
    /// A text that is empty, padded, or holds characters it may not hold.
    InvalidText,
    /// An id that is not lowercase ASCII kebab-case.
    InvalidId,
    /// A role name that is not plain ASCII words.
    InvalidName,
    /// A role letter that is not one uppercase ASCII letter.
    InvalidLetter,
    /// A heading number that is not dot-separated decimal numbers.
    InvalidNumber,
    /// A `source` that is not an `http` or `https` address.
    InvalidUrl,
    /// The same id, number, letter or name given twice; the related span is the first.
    Duplicate,
    /// Two different inputs that would take the same Rust name or parse the same way;
    /// the related span is the first.
    NameCollision,
    /// An id or name whose Rust name is a keyword or a name the generated code uses.
    ReservedName,
    /// A reference to a party, heading, rule or severity that is not defined.
    UnknownReference,
    /// A heading whose parent heading is not defined before it.
    MissingParent,
    /// A row without a cell for some party.
    MissingCell,
    /// A cell whose letters are not legend letters, once each, in legend order.
    InvalidCell,
    /// Rows not in the page's document order.
    OutOfOrder,
    /// A row that breaks a RACI rule without a waiver.
    RuleBroken,
    /// A waiver for a rule the row does not break, or that cannot apply.
    StaleWaiver,
    /// A rule that is on but whose role letter the legend lacks.
    RuleWithoutLetter,
    /// More of something than the generated code can hold; see [`crate::limits`].
    LimitExceeded,
    /// More problems than are kept ([`crate::limits::MAX_REPORTED`]); the span is the
    /// first one not shown. Always the last diagnostic.
    Truncated,
}

/// One problem found in the input, with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    kind: DiagnosticKind,
    severity: Severity,
    span: Range<usize>,
    message: String,
    help: Option<String>,
    related: Option<Related>,
}

/// A second place a diagnostic points at, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Related {
    span: Range<usize>,
    label: &'static str,
}

impl Diagnostic {
    /// An error of `kind` at `span`.
    pub(crate) fn error(kind: DiagnosticKind, span: Range<usize>, message: String) -> Self {
        Diagnostic {
            kind,
            severity: Severity::Error,
            span,
            message,
            help: None,
            related: None,
        }
    }

    /// The same diagnostic with another severity.
    #[must_use]
    pub(crate) fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The same diagnostic with a hint on how to fix it.
    #[must_use]
    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The same diagnostic pointing also at `span`, described by `label`
    /// ("first defined here").
    #[must_use]
    pub(crate) fn with_related(mut self, span: Range<usize>, label: &'static str) -> Self {
        self.related = Some(Related { span, label });
        self
    }

    /// What is wrong.
    pub fn kind(&self) -> DiagnosticKind {
        self.kind
    }

    /// Whether this stops generation.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// Byte range of the offending key or value in the input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// What was found and what was expected, in one line.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// How to fix it, when there is something useful to say.
    pub fn help(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// A second place in the input and what it is: for a duplicate, where the first one
    /// was defined.
    pub fn related(&self) -> Option<(Range<usize>, &'static str)> {
        self.related.as_ref().map(|r| (r.span.clone(), r.label))
    }

    /// Renders the diagnostic as one line:
    /// `file:line:column: severity: message (first defined at file:line:column) (help: …)`.
    ///
    /// One line, because cargo takes one instruction per line of build-script output.
    pub fn render(&self, file: &str, index: &LineIndex<'_>) -> String {
        let position = index.position(self.span.start);
        format!(
            "{file}:{position}: {}: {}",
            self.severity.as_str(),
            self.body(file, index)
        )
    }

    /// One line without the severity, for tools that show it themselves (cargo prints
    /// `error:` before a `cargo::error=` line): `file:line:column: message …`.
    pub fn located(&self, file: &str, index: &LineIndex<'_>) -> String {
        let position = index.position(self.span.start);
        format!("{file}:{position}: {}", self.body(file, index))
    }

    /// The message, the related place and the help, on one line, with any control
    /// character of the input escaped so a terminal shows it rather than obeys it.
    fn body(&self, file: &str, index: &LineIndex<'_>) -> String {
        let mut out = self.message.clone();
        if let Some(related) = &self.related {
            let at = index.position(related.span.start);
            let _ = write!(out, " ({} at {file}:{at})", related.label);
        }
        if let Some(help) = &self.help {
            out.push_str(" (help: ");
            out.push_str(help);
            out.push(')');
        }
        let mut shown = String::with_capacity(out.len());
        for c in out.chars() {
            push_shown(&mut shown, c);
        }
        shown
    }
}

/// How many names one input may compare for suggestions: each comparison is bounded, and
/// so is their number, so a file of a million misspellings costs no more than a few.
const SUGGESTION_BUDGET: usize = 20_000;

/// The diagnostics of one input, kept in the order they were found until [`Self::sorted`].
#[derive(Debug)]
pub(crate) struct Diagnostics {
    list: Vec<Diagnostic>,
    /// Comparisons left for [`Self::suggest`].
    suggestion_budget: usize,
    /// Found past [`MAX_REPORTED`]: how many, where the first was, whether any was an error.
    dropped: usize,
    first_dropped: Range<usize>,
    dropped_error: bool,
}

impl Default for Diagnostics {
    fn default() -> Self {
        Diagnostics {
            list: Vec::new(),
            suggestion_budget: SUGGESTION_BUDGET,
            dropped: 0,
            first_dropped: 0..0,
            dropped_error: false,
        }
    }
}

impl Diagnostics {
    /// [`did_you_mean`] while this input's suggestion budget lasts; then `None`.
    pub(crate) fn suggest<'a>(&mut self, word: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let cost = candidates.len().max(1);
        if cost > self.suggestion_budget {
            self.suggestion_budget = 0;
            return None;
        }
        self.suggestion_budget -= cost;
        did_you_mean(word, candidates)
    }

    /// Reports an unknown name: "unknown `what` `found``place`; expected …", with a
    /// suggestion when one is close. The one wording and quoting of every unknown name,
    /// key or reference.
    pub(crate) fn unknown(
        &mut self,
        kind: DiagnosticKind,
        span: Range<usize>,
        lookup: &Lookup<'_>,
        found: &str,
        known: &[&str],
    ) {
        let Lookup { what, place } = lookup;
        let d = Diagnostic::error(
            kind,
            span,
            format!(
                "unknown {what} `{}`{place}; expected {}",
                quoted(found),
                one_of(known)
            ),
        );
        let d = match self.suggest(found, known) {
            Some(s) => d.with_help(format!("did you mean `{s}`?")),
            None => d,
        };
        self.push(d);
    }

    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        if self.list.len() < MAX_REPORTED {
            self.list.push(diagnostic);
            return;
        }
        if self.dropped == 0 {
            self.first_dropped = diagnostic.span.clone();
        }
        self.dropped += 1;
        self.dropped_error |= diagnostic.severity == Severity::Error;
    }

    /// Records an error of `kind` at `span`.
    pub(crate) fn error(&mut self, kind: DiagnosticKind, span: Range<usize>, message: String) {
        self.push(Diagnostic::error(kind, span, message));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.dropped_error || self.list.iter().any(|d| d.severity == Severity::Error)
    }

    /// File order, so a reader fixes them top to bottom; ties keep the order found.
    pub(crate) fn sorted(self) -> Vec<Diagnostic> {
        // (start, index) pairs sorted as plain numbers: ties keep the order found, and
        // the crate compiles one sort (see `phf::build`), not one per element type.
        let mut order: Vec<(u64, u64)> = (0..)
            .zip(&self.list)
            .map(|(i, d)| (d.span.start as u64, i))
            .collect();
        order.sort_unstable();
        let mut sorted: Vec<Diagnostic> = order
            .iter()
            .filter_map(|&(_, i)| self.list.get(usize::try_from(i).ok()?).cloned())
            .collect();
        if self.dropped > 0 {
            let severity = if self.dropped_error {
                Severity::Error
            } else {
                Severity::Warning
            };
            sorted.push(
                Diagnostic::error(
                    DiagnosticKind::Truncated,
                    self.first_dropped,
                    format!(
                        "{} more problems were found and are not shown: only the first \
                         {MAX_REPORTED} found are",
                        self.dropped
                    ),
                )
                .with_severity(severity)
                .with_help("fix these, then build again"),
            );
        }
        sorted
    }
}

/// What is looked up, for [`Diagnostics::unknown`]: a noun, and where the name was
/// looked for (`" in `[matrix]`"`, or empty).
pub(crate) struct Lookup<'a> {
    pub what: &'a str,
    pub place: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendering_is_one_line_with_both_places() {
        let source = "x\ny = 1\nz = 2";
        let index = LineIndex::new(source);
        let d = Diagnostic::error(DiagnosticKind::Duplicate, 10..11, "bad\nthing".into())
            .with_related(4..5, "first defined")
            .with_help("fix it");
        assert_eq!(
            d.render("raci.toml", &index),
            "raci.toml:3:3: error: bad\\nthing (first defined at raci.toml:2:3) (help: fix it)"
        );
        assert_eq!(d.related(), Some((4..5, "first defined")));
    }
}
