//! The validated matrix, and the catalogue's index: plain data that the emitter turns into
//! code and docs.

mod catalogue;

pub use catalogue::{Index, Product, Sides};

/// A matrix that passed validation. Indices point into the sibling vectors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// The page title.
    pub title: String,
    /// Where the matrix is published.
    pub source: String,
    /// Where the page is kept, if the input says.
    pub provenance: Option<Provenance>,
    /// The language of its texts where it is not English (`fr`, for a page OVHcloud
    /// publishes only in French).
    pub language: Option<String>,
    /// The page's last-updated date, `YYYY-MM-DD`, if it gives one.
    pub last_updated: Option<String>,
    /// The date as the page writes it (`2024-6-25`), when that differs.
    pub last_updated_as_written: Option<String>,
    /// What the page says between its title and its legend, in order.
    pub preamble: Vec<Preamble>,
    /// The header cell of the legend table.
    pub legend_header: String,
    /// What stands between a letter and its text in the legend (`": "`, `" : "`).
    pub legend_separator: String,
    /// The header cell of the activity column.
    pub activity_header: String,
    /// Parties in column order.
    pub parties: Vec<Party>,
    /// Roles in legend order.
    pub roles: Vec<Role>,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Activities in document order.
    pub activities: Vec<Activity>,
    /// The applicability columns before the activity column, in order (usually none).
    pub offers: Vec<Offer>,
    /// The page's notes, in document order.
    pub notes: Vec<Note>,
    /// Every distinct cell of the matrix, fewest letters first, then alphabetical.
    pub distinct_cells: Vec<Cell>,
}

/// Where a page is kept: a repository, a path in it, and a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The repository, `owner/name`.
    pub repository: String,
    /// The page's path in the repository.
    pub path: String,
    /// The commit the page was taken at.
    pub commit: String,
}

/// An applicability column: an offer a row may apply to (`SAP HANA on Bare Metal`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// Kebab-case id.
    pub id: String,
    /// The column header.
    pub name: String,
    /// Rust name.
    pub ident: String,
}

/// A paragraph the page writes between its tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The heading it stands under; `None` right after the legend.
    pub heading: Option<usize>,
    /// Whether it stands between the heading and its rows (else after them).
    pub before_rows: bool,
    /// The paragraph, as written.
    pub text: String,
}

/// A cell's content: the roles one party holds for one activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The role letters in legend order, `""` for no role.
    pub letters: String,
    /// Bit `i` is role `i` of the legend.
    pub mask: u16,
}

/// A heading or a paragraph of the text before the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Preamble {
    /// A heading: its number of `#` (1 to 6) and its text.
    Heading(u8, String),
    /// A paragraph, with the line breaks the page writes in it.
    Paragraph(String),
}

/// A column of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// Kebab-case id.
    pub id: String,
    /// Display name, the column header.
    pub name: String,
    /// Rust name.
    pub ident: String,
    /// Where its table is in the input.
    pub span: core::ops::Range<usize>,
}

/// A role of the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The letter used in cells.
    pub letter: char,
    /// The role's name.
    pub name: String,
    /// The legend's description.
    pub description: String,
    /// Rust name.
    pub ident: String,
    /// Where its table is in the input.
    pub span: core::ops::Range<usize>,
}

/// A numbered heading of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// `3.1.2`, without a trailing dot.
    pub number: String,
    /// Kebab-case id.
    pub id: String,
    /// The heading's title.
    pub title: String,
    /// Rust name.
    pub ident: String,
    /// The enclosing heading.
    pub parent: Option<usize>,
    /// Headings directly below, in document order.
    pub children: Vec<usize>,
    /// Activities directly below, in document order.
    pub activities: Vec<usize>,
    /// How the page writes it: its number of `#` (1 to 6), whether in bold, whether its
    /// number has a trailing dot.
    pub markup: Markup,
}

/// How a page writes a heading in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Markup {
    /// The number of `#`, 1 to 6.
    pub level: u8,
    /// Whether the heading is in bold (`**3.1.1. Daily operations**`).
    pub bold: bool,
    /// Whether the number has a trailing dot (`3.1.1.`).
    pub dot: bool,
}

impl Heading {
    /// 1 for a top-level heading, 2 below it, and so on.
    pub fn depth(&self) -> usize {
        self.number.split('.').count()
    }
}

/// A row of the matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// Kebab-case id.
    pub id: String,
    /// Rust name.
    pub ident: String,
    /// The heading the row stands under.
    pub heading: usize,
    /// The activity's text.
    pub text: String,
    /// One role mask per party, in party order: bit `i` is role `i` of the legend (no bit
    /// for a missing cell).
    pub cells: Vec<u16>,
    /// Each party's cell as written, letters in the page's order; `None` where the row
    /// stops before the party's column.
    pub written: Vec<Option<String>>,
    /// The offers the row applies to: bit `i` is offer `i` (marked `X` on the page).
    pub offers: u64,
    /// Rules this row is allowed to break, and why.
    pub waivers: Vec<Waiver>,
}

/// A documented exception to a rule for one activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiver {
    /// The rule waived.
    pub rule: Rule,
    /// Why the source is kept as it is.
    pub reason: String,
}

/// The rules every row is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// Exactly one party holds the role lettered `A`.
    ExactlyOneAccountable,
    /// At least one party holds the role lettered `R`.
    AtLeastOneResponsible,
}

impl Rule {
    /// Every rule, in the order they are checked.
    pub const ALL: [Rule; 2] = [Rule::ExactlyOneAccountable, Rule::AtLeastOneResponsible];

    /// The rule's name in `raci.toml`.
    pub const fn name(self) -> &'static str {
        match self {
            Rule::ExactlyOneAccountable => "exactly-one-accountable",
            Rule::AtLeastOneResponsible => "at-least-one-responsible",
        }
    }

    /// The role letter the rule counts.
    pub const fn letter(self) -> char {
        match self {
            Rule::ExactlyOneAccountable => 'A',
            Rule::AtLeastOneResponsible => 'R',
        }
    }

    /// Whether `holders` parties holding the rule's role satisfy it.
    pub const fn holds_for(self, holders: usize) -> bool {
        match self {
            Rule::ExactlyOneAccountable => holders == 1,
            Rule::AtLeastOneResponsible => holders >= 1,
        }
    }

    /// What the rule asks, for messages.
    pub const fn statement(self) -> &'static str {
        match self {
            Rule::ExactlyOneAccountable => "exactly one party must hold `A`",
            Rule::AtLeastOneResponsible => "at least one party must hold `R`",
        }
    }
}

impl Matrix {
    /// The page's date as it writes it, if it gives one.
    pub fn date_as_written(&self) -> Option<&str> {
        self.last_updated_as_written
            .as_deref()
            .or(self.last_updated.as_deref())
    }

    /// Every distinct cell of `activities`, fewest letters first, then alphabetical: a
    /// stable order that reads well.
    pub(crate) fn distinct_cells_of(roles: &[Role], activities: &[Activity]) -> Vec<Cell> {
        let mut masks: Vec<u16> = activities
            .iter()
            .flat_map(|a| a.cells.iter().copied())
            .collect();
        masks.sort_unstable();
        masks.dedup();
        let mut cells: Vec<Cell> = masks
            .into_iter()
            .map(|mask| Cell {
                letters: letters_of(roles, mask),
                mask,
            })
            .collect();
        cells.sort_by(|a, b| {
            (a.mask.count_ones(), &a.letters).cmp(&(b.mask.count_ones(), &b.letters))
        });
        cells
    }

    /// The letters of a role mask in legend order: `RA`, or `""` for no role.
    pub fn letters(&self, mask: u16) -> String {
        letters_of(&self.roles, mask)
    }

    /// The headings from the top level down to `heading`, inclusive.
    pub fn heading_path(&self, heading: usize) -> Vec<usize> {
        let mut path = vec![heading];
        let mut current = heading;
        while let Some(parent) = self.headings[current].parent {
            path.push(parent);
            current = parent;
        }
        path.reverse();
        path
    }
}

/// The letters of a role mask in legend order.
fn letters_of(roles: &[Role], mask: u16) -> String {
    roles
        .iter()
        .enumerate()
        .filter(|&(i, _)| mask & (1 << i) != 0)
        .map(|(_, role)| role.letter)
        .collect()
}

/// A product's texts in another language, each by the index of what it translates (`None`:
/// the translated page has no such text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// The locale's id, a lowercase language tag: `fr-fr`.
    pub id: String,
    /// The translated page's title.
    pub title: String,
    /// Where the translated page is kept.
    pub provenance: Option<Provenance>,
    /// The translated page's date, as written.
    pub last_updated_as_written: Option<String>,
    /// What stands between a letter and its text in its legend.
    pub legend_separator: String,
    /// Party names, by party.
    pub parties: Vec<Option<String>>,
    /// Legend texts, by role.
    pub legend: Vec<Option<String>>,
    /// Heading titles, by heading.
    pub headings: Vec<Option<String>>,
    /// Activity texts, by activity.
    pub activities: Vec<Option<String>>,
    /// The translated page's rows with no counterpart in today's matrix, in its order.
    pub unpaired: Vec<UnpairedRow>,
}

/// A row of a translated page that no English row pairs with, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpairedRow {
    /// The number of the heading it stands under, as the translated page numbers it.
    pub heading: String,
    /// Its text.
    pub text: String,
    /// Its cells, in column order, as written.
    pub cells: Vec<String>,
}
