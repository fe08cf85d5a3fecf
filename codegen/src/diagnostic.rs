//! Positioned diagnostics as data: a kind, a severity, a primary span, an optional related
//! span ("first defined here"), a message and a help; rendered as one line per diagnostic.

use core::fmt;
use core::fmt::Write as _;
use core::ops::Range;

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

/// Pushes `c` as written, or escaped (`\u{1b}`) when it is a control character, which a
/// terminal would obey rather than show.
fn push_shown(out: &mut String, c: char) {
    if c.is_control() || is_bidi_control(c) {
        out.extend(c.escape_debug());
    } else {
        out.push(c);
    }
}

/// The Unicode controls that change the visible direction of text, which rustc refuses in
/// doc comments and string literals (the "Trojan Source" code points).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Where each line of a text starts, so any byte offset becomes a [`Position`] in
/// logarithmic time and a bounded scan, however many diagnostics a file has.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
    /// (byte offset, characters before it) every [`Self::STRIDE`] bytes or so, at
    /// character boundaries: a column on a very long line costs at most one stride.
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    const STRIDE: usize = 4096;

    /// Indexes `source` in one pass.
    pub fn new(source: &'a str) -> Self {
        let mut line_starts = vec![0];
        let mut checkpoints = vec![(0, 0)];
        for (chars, (offset, c)) in source.char_indices().enumerate() {
            if offset >= checkpoints.last().map_or(0, |c| c.0) + Self::STRIDE {
                checkpoints.push((offset, chars));
            }
            if c == '\n' {
                line_starts.push(offset + 1);
            }
        }
        LineIndex {
            source,
            line_starts,
            checkpoints,
        }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self.line_starts[line - 1];
        Position {
            line,
            column: self.chars_before(offset) - self.chars_before(line_start) + 1,
        }
    }

    /// How many characters come before byte `offset`, a character boundary.
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoint = self.checkpoints.partition_point(|c| c.0 <= offset) - 1;
        let (start, chars) = self.checkpoints[checkpoint];
        chars + self.source[start..offset].chars().count()
    }
}

/// How many names one input may compare for suggestions: each comparison is bounded, and
/// so is their number, so a file of a million misspellings costs no more than a few.
const SUGGESTION_BUDGET: usize = 20_000;

/// How many diagnostics one input keeps: a few screens of errors say what is wrong; a
/// hostile file of millions would only cost memory and drown the first.
pub const MAX_REPORTED: usize = 1000;

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

/// How much of an input text a message quotes: enough to recognise it, never a whole file.
const QUOTED_CHARS: usize = 60;

/// Input text as a message quotes it: control characters escaped (a terminal would obey
/// them), and cut after [`QUOTED_CHARS`] characters with `…`, so a hostile value of
/// megabytes makes a message of one line.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(QUOTED_CHARS) {
        push_shown(&mut out, c);
    }
    if text.chars().nth(QUOTED_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Words longer than this get no suggestion: comparing them costs time for no use.
const MAX_SUGGESTED_LEN: usize = 64;

/// The closest candidate to a misspelled `word`, if one is close enough to suggest.
///
/// Bounded work: a word or candidate over [`MAX_SUGGESTED_LEN`] characters is not
/// compared, nor is a candidate whose length alone puts it out of reach.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word_len = word.chars().count();
    if word_len > MAX_SUGGESTED_LEN {
        return None;
    }
    let word = word.to_ascii_lowercase();
    let limit = (word_len / 3).max(1);
    let close = candidates
        .iter()
        .filter(|c| {
            let len = c.chars().count();
            len <= MAX_SUGGESTED_LEN && len.abs_diff(word_len) <= limit
        })
        .map(|c| (edit_distance(&word, &c.to_ascii_lowercase()), *c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c);
    // Otherwise a shortening of one name: `ovh` for `ovhcloud`.
    close.or_else(|| {
        let mut starting = candidates
            .iter()
            .filter(|c| word.len() >= 2 && c.to_ascii_lowercase().starts_with(&word));
        match (starting.next(), starting.next()) {
            (Some(only), None) => Some(*only),
            _ => None,
        }
    })
}

/// Edit distance over characters where swapping two neighbours counts as one edit, the
/// commonest typo (`titel` for `title`). Three rows of memory, whatever the lengths.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i - 2, i - 1 and i of the table d[i][j]: the distance between the first i
    // characters of a and the first j of b.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        core::mem::swap(&mut before, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// How many names a message lists before it says how many more there are.
const LISTED_NAMES: usize = 12;

/// `a`, `b` or `c`: a list of names for a message, each in backticks; a long list is cut
/// after [`LISTED_NAMES`] names.
pub(crate) fn one_of(names: &[&str]) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(LISTED_NAMES)
        .map(|n| format!("`{}`", quoted(n)))
        .collect();
    if names.len() > LISTED_NAMES {
        return format!(
            "{} or one of {} more",
            shown.join(", "),
            names.len() - LISTED_NAMES
        );
    }
    match shown.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
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
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.position(6), Position { line: 2, column: 1 });
        // `é` is two bytes but one column; an offset inside it goes back to its start.
        assert_eq!(index.position(10), Position { line: 2, column: 4 });
        assert_eq!(index.position(8), Position { line: 2, column: 2 });
        assert_eq!(index.position(999), Position { line: 3, column: 1 });
    }

    #[test]
    fn positions_on_a_long_line_cross_checkpoints() {
        let text = format!("x\n{}é{}", "a".repeat(10_000), "b".repeat(10_000));
        let index = LineIndex::new(&text);
        assert!(index.checkpoints.len() > 3);
        // After 10,000 `a`s and the two-byte `é`, byte 2 + 10,002 is column 10,002.
        assert_eq!(
            index.position(2 + 10_002),
            Position {
                line: 2,
                column: 10_002
            }
        );
        assert_eq!(index.position(text.len()).column, 20_002);
    }

    #[test]
    fn suggestions_pick_the_closest_name_within_reach() {
        let keys = ["id", "heading", "text", "cells"];
        assert_eq!(did_you_mean("txt", &keys), Some("text"));
        assert_eq!(did_you_mean("hedaing", &keys), Some("heading"));
        assert_eq!(did_you_mean("titel", &["title", "source"]), Some("title"));
        assert_eq!(did_you_mean("Cells", &keys), Some("cells"));
        assert_eq!(did_you_mean("headnig", &keys), Some("heading"));
        assert_eq!(did_you_mean("colour", &keys), None);
        assert_eq!(
            did_you_mean("ovh", &["customer", "ovhcloud"]),
            Some("ovhcloud")
        );
        assert_eq!(did_you_mean("c", &["customer", "ovhcloud"]), None);
        let long = "x".repeat(MAX_SUGGESTED_LEN + 1);
        assert_eq!(did_you_mean(&long, &[long.as_str()]), None);
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("abc", "acb"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

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

    #[test]
    fn quoted_input_is_escaped_and_bounded() {
        assert_eq!(quoted("a\u{1b}[2Kb"), "a\\u{1b}[2Kb");
        assert_eq!(quoted("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(quoted("é ✓"), "é ✓");
        let long = "y".repeat(1000);
        assert_eq!(quoted(&long).chars().count(), QUOTED_CHARS + 1);
    }

    #[test]
    fn lists_read_as_prose_and_stay_short() {
        assert_eq!(one_of(&[]), "nothing");
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        let many: Vec<String> = (0..40).map(|i| format!("p{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(one_of(&many).ends_with("`p11` or one of 28 more"));
    }
}
