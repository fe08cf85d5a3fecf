//! A translated page → the texts it gives for the rows of a matrix, keyed by their ids.
//!
//! A translation is paired with the English page of the same version by structure only:
//! the same headings, by number, and under each the same number of rows, row by row, whose
//! cells must be the same letters (a row whose cells differ cannot be its pair). Each English
//! row is then found in today's matrix by its id, or else its exact text; a heading, by
//! number and English title. What cannot be found this way gets no translation: a lookup
//! then says `None`, never a wrong pairing.

use std::fmt::Write as _;

use super::error::ImportError;
use super::front_matter::{FrontMatter, split_page};
use super::markdown::Block;
use crate::escape::quoted;
use crate::model::Matrix;

/// The files a locale is written from, as the maintainer names them, for the header.
pub struct LocalePaths<'a> {
    /// The translated page.
    pub page: &'a str,
    /// The English matrix of the same version of the page.
    pub same_version: &'a str,
    /// Today's matrix, whose ids key the texts.
    pub current: &'a str,
    /// The file written.
    pub out: &'a str,
}

/// A translated row: its heading's number, its text and cells as written, its line.
struct Row {
    heading: String,
    text: String,
    cells: Vec<String>,
    line: usize,
}

/// The locale file (TOML) for the translated page `text`, in locale `locale` (`fr-fr`).
///
/// # Errors
/// Where the page cannot be read or paired with `same_version`: positioned in the page.
pub fn locale_toml(
    text: &str,
    locale: &str,
    same_version: &Matrix,
    current: &Matrix,
    paths: &LocalePaths<'_>,
) -> Result<String, Vec<ImportError>> {
    let mut errors = Vec::new();
    let Some((front, blocks)) = split_page(text, &mut errors) else {
        return Err(errors);
    };
    let mut legend: Vec<(char, String, String)> = Vec::new();
    let mut parties: Vec<String> = Vec::new();
    let mut headings: Vec<(String, String, usize)> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for block in &blocks {
        match block {
            Block::Heading(h) if h.text.starts_with(|c: char| c.is_ascii_digit()) => {
                let (number, title) = h.text.split_once(' ').unwrap_or((&h.text, ""));
                let number = number.trim_end_matches('.').to_owned();
                headings.push((number, title.trim().to_owned(), h.line));
            }
            Block::Table(t) if legend.is_empty() && t.header.len() == 1 => {
                for row in &t.rows {
                    let cell = row.cells.first().map_or("", |c| c.text.as_str());
                    let mut chars = cell.chars();
                    let letter = chars.next().unwrap_or(' ');
                    let rest = chars.as_str();
                    let separator = if rest.starts_with(" : ") { " : " } else { ": " };
                    let Some(words) = rest.strip_prefix(separator) else {
                        errors.push(ImportError::at(
                            row.line,
                            1,
                            "a legend line is not `X: text`",
                        ));
                        continue;
                    };
                    legend.push((letter, separator.to_owned(), words.trim().to_owned()));
                }
            }
            Block::Table(t) => {
                let header: Vec<String> = t.header.iter().skip(1).map(|c| c.text.clone()).collect();
                if parties.is_empty() {
                    parties = header;
                }
                let Some((heading, _, _)) = headings.last() else {
                    errors.push(ImportError::at(
                        t.line,
                        1,
                        "a table before the first numbered heading",
                    ));
                    continue;
                };
                for row in &t.rows {
                    let mut cells = row.cells.iter().map(|c| c.text.trim().to_owned());
                    rows.push(Row {
                        heading: heading.clone(),
                        text: cells.next().unwrap_or_default(),
                        cells: cells.collect(),
                        line: row.line,
                    });
                }
            }
            _ => {}
        }
    }
    let pairs = pair(same_version, &headings, &rows, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(write(
        &front,
        locale,
        &legend,
        &parties,
        &headings,
        &rows,
        &pairs,
        same_version,
        current,
        paths,
    ))
}

/// For each translated row, the index of its English row in `same_version`; errors where the
/// structure or the cells differ.
fn pair(
    same_version: &Matrix,
    headings: &[(String, String, usize)],
    rows: &[Row],
    errors: &mut Vec<ImportError>,
) -> Vec<usize> {
    let numbers: Vec<&str> = same_version
        .headings
        .iter()
        .map(|h| h.number.as_str())
        .collect();
    let ours: Vec<&str> = headings.iter().map(|h| h.0.as_str()).collect();
    if numbers != ours {
        let at = ours
            .iter()
            .zip(&numbers)
            .position(|(a, b)| a != b)
            .unwrap_or(ours.len().min(numbers.len()));
        let line = headings.get(at).map_or(1, |h| h.2);
        errors.push(ImportError::at(
            line,
            1,
            "the headings are not those of the English page of the same version: cannot pair",
        ));
        return Vec::new();
    }
    let mut pairs = Vec::new();
    for (h, heading) in same_version.headings.iter().enumerate() {
        let english = &heading.activities;
        let translated: Vec<&Row> = rows
            .iter()
            .filter(|r| r.heading == heading.number)
            .collect();
        if english.len() != translated.len() {
            let line = headings[h].2;
            errors.push(ImportError::at(
                line,
                1,
                format!(
                    "{} rows under {}, the English page has {}: cannot pair",
                    translated.len(),
                    heading.number,
                    english.len()
                ),
            ));
            continue;
        }
        for (&a, row) in english.iter().zip(&translated) {
            let cells: Vec<String> = same_version.activities[a]
                .written
                .iter()
                .map(|c| c.clone().unwrap_or_default())
                .collect();
            if cells != row.cells {
                errors.push(ImportError::at(
                    row.line,
                    1,
                    format!(
                        "the cells {:?} are not those of the English row {:?} ({:?}): cannot pair",
                        row.cells, same_version.activities[a].text, cells
                    ),
                ));
            }
            pairs.push(a);
        }
    }
    pairs
}

/// The current index of `same_version`'s activity `a`: by id, else by exact text.
fn current_activity(same_version: &Matrix, current: &Matrix, a: usize) -> Option<usize> {
    let old = &same_version.activities[a];
    current
        .activities
        .iter()
        .position(|c| c.id == old.id && c.text == old.text)
        .or_else(|| current.activities.iter().position(|c| c.text == old.text))
}

#[allow(clippy::too_many_arguments)]
fn write(
    front: &FrontMatter,
    locale: &str,
    legend: &[(char, String, String)],
    parties: &[String],
    headings: &[(String, String, usize)],
    rows: &[Row],
    pairs: &[usize],
    same_version: &Matrix,
    current: &Matrix,
    paths: &LocalePaths<'_>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}: written by raci-import from OVHcloud's page\n# {}, paired with {}\n\
         # (the English page of the same version) and keyed by the ids of {}.\n\
         # To update it, run from the repository's root:\n\
         #   cargo run -p raci-codegen --features import --bin raci-import -- --locale {locale} \\\n\
         #       {} {} {} {}\n",
        paths.out,
        paths.page,
        paths.same_version,
        paths.current,
        paths.page,
        paths.same_version,
        paths.current,
        paths.out
    );
    let _ = writeln!(
        out,
        "[locale]\nid = {}\ntitle = {}",
        quoted(locale),
        quoted(&front.title)
    );
    if let Some(p) = &front.provenance {
        let _ = writeln!(
            out,
            "provenance = {}",
            quoted(&format!("{} {} @ {}", p.repository, p.path, p.commit))
        );
    }
    if let Some(updated) = &front.updated {
        let _ = writeln!(out, "last-updated-as-written = {}", quoted(updated));
    }
    if let Some((_, separator, _)) = legend.first() {
        let _ = writeln!(out, "legend-separator = {}", quoted(separator));
    }
    out.push_str("\n[parties]\n");
    for (party, name) in same_version.parties.iter().zip(parties) {
        let _ = writeln!(out, "{} = {}", party.id, quoted(name));
    }
    out.push_str("\n[legend]\n");
    for (letter, _, words) in legend {
        let _ = writeln!(out, "{letter} = {}", quoted(words));
    }
    out.push_str("\n[headings]\n");
    for (h, (_, title, _)) in headings.iter().enumerate() {
        let english = &same_version.headings[h];
        let found = current
            .headings
            .iter()
            .find(|c| c.number == english.number && c.title == english.title);
        if let Some(c) = found {
            let _ = writeln!(out, "{} = {}", c.id, quoted(title));
        }
    }
    out.push_str("\n[activities]\n");
    for (row, &a) in rows.iter().zip(pairs) {
        if let Some(c) = current_activity(same_version, current, a) {
            let _ = writeln!(out, "{} = {}", current.activities[c].id, quoted(&row.text));
        }
    }
    out
}
