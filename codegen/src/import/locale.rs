//! A translated page → the texts it gives for the rows of a matrix, keyed by their ids.
//!
//! A translation is paired with the English page of the same version by structure and
//! content, never by row order alone: a heading by its number; a row only with a row under
//! the heading of the same number whose cells are the same letters, and among several such,
//! in order and as near its own place as can be (see [`pair`]). Each English row is then
//! found in today's matrix by its id, or else its exact text; a heading, by number and
//! English title. What cannot be found this way gets no translation (a lookup says `None`,
//! never a wrong pairing), and a translated row with no counterpart in today's matrix (none
//! on its English page, or one a later version reworded) is kept in the file as written,
//! under `[[unpaired]]`, and counted in its header.

use std::cmp::Reverse;
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

/// A translated row: its heading's number, its text and cells as written.
struct Row {
    heading: String,
    text: String,
    /// The marks of the offer columns the page starts its tables with (SAP's), then the
    /// parties' cells: every cell but the text, in column order.
    cells: Vec<String>,
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
                // The English page's offer columns come first, then the text's.
                let offers = same_version.offers.len();
                let header: Vec<String> = t
                    .header
                    .iter()
                    .skip(offers + 1)
                    .map(|c| c.text.clone())
                    .collect();
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
                    let mut cells: Vec<String> =
                        row.cells.iter().map(|c| c.text.trim().to_owned()).collect();
                    let text = if cells.len() > offers {
                        cells.remove(offers)
                    } else {
                        String::new()
                    };
                    rows.push(Row {
                        heading: heading.clone(),
                        text,
                        cells,
                    });
                }
            }
            _ => {}
        }
    }
    // Each row's activity of today's matrix: none where its English row is gone since (a
    // row the next version reworded), which keeps the row as written, unpaired, as one no
    // English row pairs with; and one row at most per activity.
    let mut taken = vec![false; current.activities.len()];
    let pairs: Vec<Option<usize>> = pair(same_version, &rows)
        .into_iter()
        .map(|a| {
            let c = a.and_then(|a| current_activity(same_version, current, a))?;
            (!std::mem::replace(&mut taken[c], true)).then_some(c)
        })
        .collect();
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

/// For each translated row, the index of its English row in `same_version`, if it has one.
///
/// Rows pair only under headings of the same number and only when their cells are the same
/// letters (words are no guide across languages: "Securely destroy data on storage media"
/// shares no word with "Opérer la destruction sécurisée des données…" and one with the row
/// after it). Among the rows of one heading with the same cells, as many as can be are
/// paired, in order, each as near its own place as can be: so a row a page moved pairs
/// (Public Cloud Instances' French 3.1.5 lists "Filtrer les connexions réseaux…" fourth,
/// where its English is third, and the two rows there have other cells), and a row whose
/// cells the translation changed is left unpaired rather than pairing the row after it.
fn pair(same_version: &Matrix, rows: &[Row]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; rows.len()];
    for heading in &same_version.headings {
        let translated: Vec<usize> = (0..rows.len())
            .filter(|&r| rows[r].heading == heading.number)
            .collect();
        // The offer marks, as the importer reads them (`X` or nothing), then the cells.
        let cells_of = |a: usize| -> Vec<&str> {
            let activity = &same_version.activities[a];
            let marks = (0..same_version.offers.len()).map(|i| {
                if activity.offers >> i & 1 == 1 {
                    "X"
                } else {
                    ""
                }
            });
            marks
                .chain(
                    activity
                        .written
                        .iter()
                        .map(|c| c.as_deref().unwrap_or_default()),
                )
                .collect()
        };
        let mut classes: Vec<Vec<&str>> = Vec::new();
        for &a in &heading.activities {
            let cells = cells_of(a);
            if !classes.contains(&cells) {
                classes.push(cells);
            }
        }
        for class in &classes {
            // Places under the heading of the English and translated rows with these cells.
            let english: Vec<(usize, usize)> = heading
                .activities
                .iter()
                .enumerate()
                .filter(|&(_, &a)| cells_of(a) == *class)
                .map(|(at, &a)| (at, a))
                .collect();
            let ours: Vec<(usize, usize)> = translated
                .iter()
                .enumerate()
                .filter(|&(_, &r)| {
                    rows[r]
                        .cells
                        .iter()
                        .map(String::as_str)
                        .eq(class.iter().copied())
                })
                .map(|(at, &r)| (at, r))
                .collect();
            for (r, a) in nearest_in_order(&ours, &english) {
                pairs[r] = Some(a);
            }
        }
    }
    pairs
}

/// The most pairs of `ours` and `theirs` (each `(place, item)`, in order) that keep their
/// order, with the least sum of the distances between their places: `(our item, their
/// item)` for each pair.
fn nearest_in_order(ours: &[(usize, usize)], theirs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let (n, m) = (ours.len(), theirs.len());
    // best[i][j]: the most pairs, then the least distance, for ours[i..] and theirs[j..].
    let mut best = vec![vec![(0usize, Reverse(0usize)); m + 1]; n + 1];
    let paired = |best: &[Vec<(usize, Reverse<usize>)>], i: usize, j: usize| {
        let (pairs, Reverse(distance)) = best[i + 1][j + 1];
        (
            pairs + 1,
            Reverse(distance + ours[i].0.abs_diff(theirs[j].0)),
        )
    };
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            best[i][j] = paired(&best, i, j).max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let mut found = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if best[i][j] == paired(&best, i, j) {
            found.push((ours[i].1, theirs[j].1));
            i += 1;
            j += 1;
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    found
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
    // For each row, its activity in `current`.
    pairs: &[Option<usize>],
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
         #       {} {} {} {}\n{}",
        paths.out,
        paths.page,
        paths.same_version,
        paths.current,
        paths.page,
        paths.same_version,
        paths.current,
        paths.out,
        unpaired_note(pairs)
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
    for (number, title, _) in headings {
        let Some(english) = same_version.headings.iter().find(|h| h.number == *number) else {
            continue;
        };
        let found = current
            .headings
            .iter()
            .find(|c| c.number == english.number && c.title == english.title);
        if let Some(c) = found {
            let _ = writeln!(out, "{} = {}", c.id, quoted(title));
        }
    }
    out.push_str("\n[activities]\n");
    for (row, &c) in rows.iter().zip(pairs) {
        if let Some(c) = c {
            let _ = writeln!(out, "{} = {}", current.activities[c].id, quoted(&row.text));
        }
    }
    for (row, _) in rows.iter().zip(pairs).filter(|(_, a)| a.is_none()) {
        let cells: Vec<String> = row.cells.iter().map(|c| quoted(c)).collect();
        let _ = writeln!(
            out,
            "\n[[unpaired]]\nheading = {}\ntext = {}\ncells = [{}]",
            quoted(&row.heading),
            quoted(&row.text),
            cells.join(", ")
        );
    }
    out
}

/// The header's line on the translated rows with no counterpart today, if any.
fn unpaired_note(pairs: &[Option<usize>]) -> String {
    match pairs.iter().filter(|a| a.is_none()).count() {
        0 => String::new(),
        n => format!(
            "# Rows of the page with no English counterpart (other cells, or a heading the \
             English page\n# has not, or an English row today's page no longer has), kept as \
             written under\n# [[unpaired]]: {n}.\n"
        ),
    }
}
