//! A diagnostic placed in its file and rendered on one line: what a catalogue reports.

use super::{Diagnostic, DiagnosticKind, LineIndex, Severity};

/// A problem found in one file of the catalogue, rendered on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The file it is in, as the index names it (or the index's own name).
    pub file: String,
    /// What kind of problem it is.
    pub kind: DiagnosticKind,
    /// Whether it stops the build.
    pub severity: Severity,
    /// `file:line:column: message (help: …)`, without the severity.
    pub line: String,
}

/// Each of `diagnostics`, found in `source`, the text of `file`, as a [`Report`].
pub(crate) fn reports(file: &str, source: &str, diagnostics: &[Diagnostic]) -> Vec<Report> {
    let index = LineIndex::new(source);
    diagnostics
        .iter()
        .map(|d| Report {
            file: file.to_owned(),
            kind: d.kind(),
            severity: d.severity(),
            line: d.located(file, &index),
        })
        .collect()
}
