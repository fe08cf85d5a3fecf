//! Positioned diagnostics: what is wrong, where (file, line, column), and how to fix it.

use core::fmt;
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

/// One problem found in the input, with its place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Whether this stops generation.
    pub severity: Severity,
    /// Byte range of the offending key or value in the input.
    pub span: Range<usize>,
    /// What was found and what was expected, in one line.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            span,
            message: message.into(),
            help: None,
        }
    }

    /// The same diagnostic with a hint on how to fix it.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Where the diagnostic points in `source`, as 1-based line and column (in characters).
    pub fn position(&self, source: &str) -> Position {
        Position::of(source, self.span.start)
    }

    /// Renders the diagnostic as one line: `file:line:column: severity: message (help: …)`.
    ///
    /// One line, because cargo takes one instruction per line of build-script output.
    pub fn render(&self, file: &str, source: &str) -> String {
        let Position { line, column } = self.position(source);
        let located = self.located(file, source);
        let (_, rest) = located.split_at(format!("{file}:{line}:{column}: ").len());
        format!("{file}:{line}:{column}: {}: {rest}", self.severity.as_str())
    }

    /// One line without the severity, for tools that show it themselves (cargo prints
    /// `error:` before a `cargo::error=` line): `file:line:column: message (help: …)`.
    pub fn located(&self, file: &str, source: &str) -> String {
        let Position { line, column } = self.position(source);
        let mut out = format!("{file}:{line}:{column}: {}", self.message);
        if let Some(help) = &self.help {
            out.push_str(" (help: ");
            out.push_str(help);
            out.push(')');
        }
        // A message quotes input text, which may hold a line break; keep the line whole.
        out.replace(['\n', '\r'], " ")
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the text).
    pub fn of(source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The diagnostics of one input, kept in the order they were found until [`Self::sorted`].
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    pub(crate) fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.push(Diagnostic::error(span, message));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
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
        order
            .iter()
            .filter_map(|&(_, i)| self.list.get(usize::try_from(i).ok()?).cloned())
            .collect()
    }
}

/// The closest candidate to a misspelled `word`, if one is close enough to suggest.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    let close = candidates
        .iter()
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
/// commonest typo (`titel` for `title`).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // d[i][j]: distance between the first i characters of a and the first j of b.
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// `a`, `b` and `c`: a list of names for a message, each in backticks.
pub(crate) fn one_of(names: &[&str]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match names.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(Position::of(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of(text, 6), Position { line: 2, column: 1 });
        // `é` is two bytes but one column.
        assert_eq!(Position::of(text, 10), Position { line: 2, column: 4 });
        assert_eq!(Position::of(text, 999), Position { line: 3, column: 1 });
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
    }

    #[test]
    fn rendering_is_one_line_with_the_position() {
        let d = Diagnostic::error(4..5, "bad\nthing").with_help("fix it");
        assert_eq!(
            d.render("raci.toml", "x\ny = 1"),
            "raci.toml:2:3: error: bad thing (help: fix it)"
        );
    }

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
