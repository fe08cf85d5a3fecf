//! The size of what a matrix generates: texts are repeated in several places (an activity's
//! text in its variant's doc, its section's table, the crate page and the type-level docs;
//! its heading path and every party name in its own docs), so a small input could ask for
//! gigabytes. The estimate is checked row by row against a budget.

use crate::diagnostic::{DiagnosticKind, Diagnostics};
use crate::limits::MAX_GENERATED_BYTES;
use crate::model::{Matrix, Preamble};
use crate::parse::RawMatrix;

/// Bytes each row costs besides its texts: its variant, table entries and doc skeleton.
const ROW_OVERHEAD: usize = 1_000;

/// Reports the row at which the generated files would pass [`MAX_GENERATED_BYTES`].
pub(super) fn check_generated_size(matrix: &Matrix, raw: &RawMatrix, diags: &mut Diagnostics) {
    let names: usize = matrix.parties.iter().map(|p| p.name.len()).sum();
    let legend: usize = matrix.roles.iter().map(|r| r.description.len()).sum();
    let mut total = 2 * (names + legend)
        + matrix
            .preamble
            .iter()
            .map(|p| match p {
                Preamble::Heading(_, text) | Preamble::Paragraph(text) => text.len(),
            })
            .sum::<usize>();
    total += 3 * matrix.notes.iter().map(|n| n.text.len()).sum::<usize>();
    for heading in &matrix.headings {
        // Its doc, its label on the crate page and in every child's path.
        total += 4 * heading.title.len() + ROW_OVERHEAD;
    }
    for (activity, raw_activity) in matrix.activities.iter().zip(&raw.activities) {
        let path: usize = matrix
            .heading_path(activity.heading)
            .iter()
            .map(|&h| matrix.headings[h].title.len() + matrix.headings[h].number.len())
            .sum();
        let reasons: usize = activity.waivers.iter().map(|w| w.reason.len()).sum();
        total += 4 * activity.text.len() + path + 2 * names + reasons + ROW_OVERHEAD;
        if total > MAX_GENERATED_BYTES {
            diags.error(
                DiagnosticKind::LimitExceeded,
                raw_activity.span.clone(),
                format!(
                    "the generated code and docs would pass {} MiB at this row: texts are \
                     repeated in each row's docs (its heading path, every party name)",
                    MAX_GENERATED_BYTES >> 20
                ),
            );
            return;
        }
    }
}
