//! The validated matrix → `matrix.md`, the whole matrix for the crate page; and the
//! Markdown doc of each generated item.

use std::fmt::Write as _;

use crate::model::{Activity, Heading, Matrix};

/// Escapes text so rustdoc shows it verbatim, also inside a table cell.
///
/// Besides Markdown's own markup, rustdoc's smart punctuation would turn straight quotes
/// into curly ones, `--` into a dash and `...` into an ellipsis; escaping keeps them as typed.
pub(crate) fn escape(text: &str) -> String {
    const MARKUP: &str = "\\`*_[]<>|#!~&{}$\"'";
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let dash = c == '-' && (i > 0 && chars[i - 1] == '-' || chars.get(i + 1) == Some(&'-'));
        // A dot in a run of three or more.
        let dots = c == '.' && {
            let before = chars[..i].iter().rev().take_while(|&&d| d == '.').count();
            let after = chars[i..].iter().take_while(|&&d| d == '.').count();
            before + after >= 3
        };
        if MARKUP.contains(c) || dash || dots {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `3.1.2. Access management`, as the page numbers its headings.
pub(crate) fn heading_label(heading: &Heading) -> String {
    format!("{}. {}", heading.number, heading.title)
}

/// `3. Service usage › 3.1. Operations › 3.1.2. Access management`, escaped.
pub(crate) fn heading_path(matrix: &Matrix, heading: usize) -> String {
    matrix
        .heading_path(heading)
        .into_iter()
        .map(|h| escape(&heading_label(&matrix.headings[h])))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The header and alignment rows of an activity table.
fn table_head(matrix: &Matrix, out: &mut String) {
    out.push_str("| ");
    out.push_str(&escape(&matrix.activity_header));
    for party in &matrix.parties {
        let _ = write!(out, " | {}", escape(&party.name));
    }
    out.push_str(" |\n|---");
    for _ in &matrix.parties {
        out.push_str("|:---:");
    }
    out.push_str("|\n");
}

/// One table row; the activity text links to its variant.
fn table_row(matrix: &Matrix, activity: &Activity, out: &mut String) {
    let _ = write!(
        out,
        "| [{}](Activity::{})",
        escape(&activity.text),
        activity.ident
    );
    for &mask in &activity.cells {
        let _ = write!(out, " | {}", matrix.letters(mask));
    }
    out.push_str(" |\n");
}

/// The activity table of one heading, or `None` when no row stands directly under it.
fn activity_table(matrix: &Matrix, heading: &Heading) -> Option<String> {
    if heading.activities.is_empty() {
        return None;
    }
    let mut out = String::new();
    table_head(matrix, &mut out);
    for &a in &heading.activities {
        table_row(matrix, &matrix.activities[a], &mut out);
    }
    Some(out)
}

/// The whole matrix for the crate page: legend, then every heading and its table.
pub(crate) fn crate_page(matrix: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# The matrix\n");
    let _ = writeln!(
        out,
        "*{}*, last updated {}, from <{}>. Generated from `raci.toml`; \
         every heading, row and cell as the source page has it.\n",
        escape(&matrix.title),
        matrix.last_updated,
        matrix.source
    );
    if let (Some(heading), Some(intro)) = (&matrix.intro_heading, &matrix.intro) {
        let _ = writeln!(out, "## {}\n", escape(heading));
        for paragraph in intro.split('\n') {
            let _ = writeln!(out, "{}\n", escape(paragraph));
        }
    }
    let _ = writeln!(
        out,
        "| {} | | |\n|---|---|---|",
        escape(&matrix.legend_header)
    );
    for (i, role) in matrix.roles.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | [{}](Role::{}) | {} |",
            role.letter,
            escape(&role.name),
            role.ident,
            escape(&matrix.roles[i].description)
        );
    }
    for heading in &matrix.headings {
        let level = "#".repeat((heading.depth() + 1).min(6));
        let _ = write!(
            out,
            "\n{level} [{}](Section::{})\n",
            escape(&heading_label(heading)),
            heading.ident
        );
        if let Some(table) = activity_table(matrix, heading) {
            out.push('\n');
            out.push_str(&table);
        }
    }
    out
}

/// The doc of a `Section` variant: its label, place, and what stands under it.
pub(crate) fn section_doc(matrix: &Matrix, index: usize) -> String {
    let heading = &matrix.headings[index];
    let mut out = format!("{}\n\n", escape(&heading_label(heading)));
    if heading.parent.is_some() {
        let _ = writeln!(out, "Under *{}*.", heading_path(matrix, index));
    } else {
        out.push_str("A top-level heading.");
        out.push('\n');
    }
    let _ = writeln!(out, "Id `{}`, number `{}`.", heading.id, heading.number);
    if !heading.children.is_empty() {
        out.push_str("\nHeadings below:\n");
        for &c in &heading.children {
            let child = &matrix.headings[c];
            let _ = writeln!(
                out,
                "- [{}](Section::{})",
                escape(&heading_label(child)),
                child.ident
            );
        }
    }
    if let Some(table) = activity_table(matrix, heading) {
        out.push('\n');
        out.push_str(&table);
    }
    out.trim_end().to_owned()
}

/// The doc of an `Activity` variant: its text, its heading path, its row and any waiver.
pub(crate) fn activity_doc(matrix: &Matrix, activity: &Activity) -> String {
    let mut out = format!("{}\n\n", escape(&activity.text));
    let _ = writeln!(
        out,
        "Under *{}*. Id `{}`.\n",
        heading_path(matrix, activity.heading),
        activity.id
    );
    out.push('|');
    for party in &matrix.parties {
        let _ = write!(out, " {} |", escape(&party.name));
    }
    out.push_str("\n|");
    for _ in &matrix.parties {
        out.push_str(":---:|");
    }
    out.push_str("\n|");
    for &mask in &activity.cells {
        let _ = write!(out, " {} |", matrix.letters(mask));
    }
    out.push('\n');
    for waiver in &activity.waivers {
        let _ = write!(
            out,
            "\n**Waiver** of the rule `{}`: {}\n",
            waiver.rule.name(),
            escape(&waiver.reason)
        );
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markdown_specials_are_escaped() {
        assert_eq!(escape("a|b <c> *d* [e]"), "a\\|b \\<c\\> \\*d\\* \\[e\\]");
        assert_eq!(escape("plain, text. (ok) a-b"), "plain, text. (ok) a-b");
        assert_eq!(escape(r#"say "hi" it's"#), r#"say \"hi\" it\'s"#);
        assert_eq!(escape("a -- b ... c."), r"a \-\- b \.\.\. c.");
    }
}
