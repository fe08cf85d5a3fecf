//! What changed between two versions of a matrix: metadata, legend, notes, headings, rows
//! and cells, as data (here), written as text, Markdown or JSON (`render`), from matrix files
//! or pages (`load`).
//!
//! Rows are matched by id first, then, among the rows left, by their exact text (an id
//! made anew for an unchanged row still matches its row). A matched row whose heading
//! differs has moved; one whose text differs is reworded; a cell that differs names the
//! roles that came and went. Headings are matched by id first, then by number: a matched
//! heading whose title differs is renamed. What only the page's layout changes (table
//! padding, bold or `#` of a heading, blank lines, front matter order) is not in a
//! [`Version`], so it is never a change.

mod load;
mod render;

use crate::model::Matrix;

pub use load::version_of_toml;
#[cfg(feature = "import")]
pub use load::{check, version_of_page};
pub use render::{cell, to_json, to_markdown, to_text};

/// What a diff compares of a matrix: its words and cells, not its layout.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Version {
    /// The page's title.
    pub title: String,
    /// The page's date as it writes it, if any.
    pub last_updated: Option<String>,
    /// The legend: each role's letter and the page's words for it.
    pub legend: Vec<(char, String)>,
    /// The parties' ids and names, in column order.
    pub parties: Vec<(String, String)>,
    /// The headings in document order: id, number, title.
    pub headings: Vec<(String, String, String)>,
    /// The rows in document order.
    pub rows: Vec<VersionRow>,
    /// The page's notes in document order: the number of the heading each stands under
    /// (`None`: right after the legend) and its text.
    pub notes: Vec<(Option<String>, String)>,
}

/// A row of a [`Version`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRow {
    /// Its id.
    pub id: String,
    /// The number of its heading.
    pub heading: String,
    /// Its text.
    pub text: String,
    /// Each party's cell as written (`None`: the row stops before the party's column).
    pub cells: Vec<Option<String>>,
}

impl From<&Matrix> for Version {
    fn from(m: &Matrix) -> Version {
        Version {
            title: m.title.clone(),
            last_updated: m
                .last_updated_as_written
                .clone()
                .or_else(|| m.last_updated.clone()),
            legend: m
                .roles
                .iter()
                .map(|r| (r.letter, r.description.clone()))
                .collect(),
            parties: m
                .parties
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            headings: m
                .headings
                .iter()
                .map(|h| (h.id.clone(), h.number.clone(), h.title.clone()))
                .collect(),
            rows: m
                .activities
                .iter()
                .map(|a| VersionRow {
                    id: a.id.clone(),
                    heading: m.headings[a.heading].number.clone(),
                    text: a.text.clone(),
                    cells: a.written.clone(),
                })
                .collect(),
            notes: m
                .notes
                .iter()
                .map(|n| {
                    let heading = n
                        .heading
                        .and_then(|h| m.headings.get(h))
                        .map(|h| h.number.clone());
                    (heading, n.text.clone())
                })
                .collect(),
        }
    }
}

/// One change between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The title, the date or a role's words changed: what, before, after.
    Metadata {
        /// `title`, `last-updated`, `legend R`, `party customer`…
        field: String,
        /// Before (`None`: absent).
        before: Option<String>,
        /// After (`None`: absent).
        after: Option<String>,
    },
    /// A heading only in the new version: number, title.
    HeadingAdded(String, String),
    /// A heading only in the old version: number, title.
    HeadingRemoved(String, String),
    /// A heading whose number or title changed: its number before and after, its title
    /// before and after.
    HeadingRenamed {
        /// Number before.
        number_before: String,
        /// Number after.
        number: String,
        /// Title before.
        before: String,
        /// Title after.
        after: String,
    },
    /// A row only in the new version.
    RowAdded(VersionRow),
    /// A row only in the old version.
    RowRemoved(VersionRow),
    /// A row under another heading: its id and text, the heading numbers before and after.
    RowMoved {
        /// The row's id (the new one's).
        id: String,
        /// The row's text (the new one's).
        text: String,
        /// Heading number before.
        from: String,
        /// Heading number after.
        to: String,
    },
    /// A row whose text changed (matched by id).
    RowReworded {
        /// The row's id.
        id: String,
        /// Text before.
        before: String,
        /// Text after.
        after: String,
    },
    /// A cell that changed.
    Cell {
        /// The row's id (the new one's).
        id: String,
        /// The row's text (the new one's).
        text: String,
        /// The party's id.
        party: String,
        /// The cell before, as written.
        before: Option<String>,
        /// The cell after, as written.
        after: Option<String>,
        /// The role letters that came.
        added: String,
        /// The role letters that went.
        removed: String,
    },
}

/// Every change from `old` to `new`, in this order: metadata, notes, headings, then rows in
/// the new version's order (rows removed last).
pub fn diff(old: &Version, new: &Version) -> Vec<Change> {
    let mut changes = Vec::new();
    metadata(old, new, &mut changes);
    notes(old, new, &mut changes);
    headings(old, new, &mut changes);
    rows(old, new, &mut changes);
    changes
}

fn field(changes: &mut Vec<Change>, name: String, before: Option<&str>, after: Option<&str>) {
    if before != after {
        changes.push(Change::Metadata {
            field: name,
            before: before.map(str::to_owned),
            after: after.map(str::to_owned),
        });
    }
}

fn metadata(old: &Version, new: &Version, changes: &mut Vec<Change>) {
    field(changes, "title".into(), Some(&old.title), Some(&new.title));
    field(
        changes,
        "last-updated".into(),
        old.last_updated.as_deref(),
        new.last_updated.as_deref(),
    );
    let letters: Vec<char> = merged(
        old.legend.iter().map(|l| l.0),
        new.legend.iter().map(|l| l.0),
    );
    for letter in letters {
        let words = |v: &Version| v.legend.iter().find(|l| l.0 == letter).map(|l| l.1.clone());
        field(
            changes,
            format!("legend {letter}"),
            words(old).as_deref(),
            words(new).as_deref(),
        );
    }
    let ids: Vec<String> = merged(
        old.parties.iter().map(|p| p.0.clone()),
        new.parties.iter().map(|p| p.0.clone()),
    );
    for id in ids {
        let name = |v: &Version| v.parties.iter().find(|p| p.0 == id).map(|p| p.1.clone());
        field(
            changes,
            format!("party {id}"),
            name(old).as_deref(),
            name(new).as_deref(),
        );
    }
}

/// The notes, under each heading in turn, compared in their order there: a note is the
/// page's words as much as a row is (Public Cloud Databases' list of engines is one).
fn notes(old: &Version, new: &Version, changes: &mut Vec<Change>) {
    let places = merged(
        old.notes.iter().map(|n| n.0.clone()),
        new.notes.iter().map(|n| n.0.clone()),
    );
    for place in places {
        let under = |v: &Version| -> Vec<String> {
            v.notes
                .iter()
                .filter(|n| n.0 == place)
                .map(|n| n.1.clone())
                .collect()
        };
        let (before, after) = (under(old), under(new));
        for k in 0..before.len().max(after.len()) {
            let name = match &place {
                Some(number) => format!("note {} under {number}", k + 1),
                None => format!("note {} after the legend", k + 1),
            };
            field(
                changes,
                name,
                before.get(k).map(String::as_str),
                after.get(k).map(String::as_str),
            );
        }
    }
}

/// The items of `a`, then those of `b` not in `a`, in order.
fn merged<T: PartialEq>(a: impl Iterator<Item = T>, b: impl Iterator<Item = T>) -> Vec<T> {
    let mut all: Vec<T> = a.collect();
    for item in b {
        if !all.contains(&item) {
            all.push(item);
        }
    }
    all
}

/// Pairs of indices `(old, new)` matched by `same_key`, then by `same_second`, each index
/// at most once.
fn matched<A, B>(
    old: &[A],
    new: &[B],
    first: impl Fn(&A, &B) -> bool,
    second: impl Fn(&A, &B) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut used_old = vec![false; old.len()];
    let mut used_new = vec![false; new.len()];
    for rule in [&first as &dyn Fn(&A, &B) -> bool, &second] {
        for (j, b) in new.iter().enumerate() {
            if used_new[j] {
                continue;
            }
            if let Some(i) = (0..old.len()).find(|&i| !used_old[i] && rule(&old[i], b)) {
                used_old[i] = true;
                used_new[j] = true;
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_by_key(|&(_, j)| j);
    pairs
}

fn headings(old: &Version, new: &Version, changes: &mut Vec<Change>) {
    let pairs = matched(
        &old.headings,
        &new.headings,
        |a, b| a.0 == b.0,
        |a, b| a.1 == b.1,
    );
    for (j, b) in new.headings.iter().enumerate() {
        match pairs.iter().find(|p| p.1 == j) {
            None => changes.push(Change::HeadingAdded(b.1.clone(), b.2.clone())),
            Some(&(i, _)) => {
                let a = &old.headings[i];
                if a.1 != b.1 || a.2 != b.2 {
                    changes.push(Change::HeadingRenamed {
                        number_before: a.1.clone(),
                        number: b.1.clone(),
                        before: a.2.clone(),
                        after: b.2.clone(),
                    });
                }
            }
        }
    }
    for (i, a) in old.headings.iter().enumerate() {
        if !pairs.iter().any(|p| p.0 == i) {
            changes.push(Change::HeadingRemoved(a.1.clone(), a.2.clone()));
        }
    }
}

fn rows(old: &Version, new: &Version, changes: &mut Vec<Change>) {
    let pairs = matched(
        &old.rows,
        &new.rows,
        |a, b| a.id == b.id,
        |a, b| a.text == b.text,
    );
    for (j, b) in new.rows.iter().enumerate() {
        let Some(&(i, _)) = pairs.iter().find(|p| p.1 == j) else {
            changes.push(Change::RowAdded(b.clone()));
            continue;
        };
        let a = &old.rows[i];
        if a.heading != b.heading {
            changes.push(Change::RowMoved {
                id: b.id.clone(),
                text: b.text.clone(),
                from: a.heading.clone(),
                to: b.heading.clone(),
            });
        }
        if a.text != b.text {
            changes.push(Change::RowReworded {
                id: b.id.clone(),
                before: a.text.clone(),
                after: b.text.clone(),
            });
        }
        for (p, (party, _)) in new.parties.iter().enumerate() {
            // By party id: a party's column may have moved.
            let before = old
                .parties
                .iter()
                .position(|q| q.0 == *party)
                .and_then(|q| a.cells.get(q).cloned().flatten());
            let after = b.cells.get(p).cloned().flatten();
            if before != after {
                let letters = |c: &Option<String>| c.clone().unwrap_or_default();
                let (x, y) = (letters(&before), letters(&after));
                changes.push(Change::Cell {
                    id: b.id.clone(),
                    text: b.text.clone(),
                    party: party.clone(),
                    added: y.chars().filter(|c| !x.contains(*c)).collect(),
                    removed: x.chars().filter(|c| !y.contains(*c)).collect(),
                    before,
                    after,
                });
            }
        }
    }
    for (i, a) in old.rows.iter().enumerate() {
        if !pairs.iter().any(|p| p.0 == i) {
            changes.push(Change::RowRemoved(a.clone()));
        }
    }
}
