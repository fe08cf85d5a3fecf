//! A responsibility page → its matrix as written: provenance, front matter, the text before
//! the legend, the legend, and then every numbered heading, row and note in document order.
//! Nothing is normalised: cells keep their letters as written, a row that stops early keeps
//! its missing cells apart from empty ones.

use super::error::ImportError;
use super::front_matter::split_page;
use super::markdown::{Block, Cell, Heading, Table};

/// Where a page comes from, as the comment on its first line gives it: the model's
/// provenance, which the matrix file then holds.
pub use crate::model::Provenance;

/// A page read, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// From the first line's comment, if it has one.
    pub provenance: Option<Provenance>,
    /// The front matter's `title`, without its quotes.
    pub title: String,
    /// The front matter's `updated` (or `lastUpdated`, on the docs site), as written
    /// (`2024-6-25`), if the page has one.
    pub updated: Option<String>,
    /// The front matter's `url`: the page's address on the docs site, if it gives one.
    pub url: Option<String>,
    /// What stands between the front matter and the legend: headings and paragraphs.
    pub preamble: Vec<Text>,
    /// The legend table's header cell (`Roles`).
    pub legend_header: String,
    /// The legend, in order.
    pub legend: Vec<LegendEntry>,
    /// Header cells of the applicability columns before the activity column (SAP's
    /// offers), in order; usually none.
    pub offers: Vec<String>,
    /// The activity column's header cell.
    pub activity_header: String,
    /// The party columns' header cells, in order.
    pub parties: Vec<String>,
    /// From the legend to the end of the matrix, in document order.
    pub items: Vec<Item>,
}

/// A heading or a paragraph outside the matrix's tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A heading: its number of `#`, and its text.
    Heading(usize, String),
    /// A paragraph.
    Paragraph(String),
}

/// One line of the legend: `R: Is in charge…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// 1-based line.
    pub line: usize,
    /// The role letter.
    pub letter: char,
    /// The text after the colon.
    pub description: String,
    /// The whole cell as written (`R : Is in charge…`).
    pub written: String,
}

/// What the matrix holds, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A numbered heading.
    Heading(PageHeading),
    /// A row of an activity table.
    Row(PageRow),
    /// A paragraph between tables (`For your information, …`).
    Note {
        /// 1-based line.
        line: usize,
        /// The paragraph as written.
        text: String,
    },
}

/// A numbered heading as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHeading {
    /// 1-based line.
    pub line: usize,
    /// How many `#` it has.
    pub level: usize,
    /// Whether its text is wrapped in `**`.
    pub bold: bool,
    /// Whether its number alone is wrapped in `**` (`**1.** Before subscription`): layout,
    /// which the drift check ignores but the data format cannot say yet.
    pub number_bold: bool,
    /// `3.1.2`, without the trailing dot.
    pub number: String,
    /// Whether the number is written with a trailing dot (`3.1.2.`).
    pub dot: bool,
    /// The title after the number.
    pub title: String,
}

/// A row of an activity table as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRow {
    /// 1-based line.
    pub line: usize,
    /// For each applicability column, whether it is marked `X`.
    pub offers: Vec<bool>,
    /// The activity's text.
    pub text: String,
    /// For each party column, its cell as written, or `None` where the row stops before it.
    pub cells: Vec<Option<String>>,
}

/// Reads a page; every mistake found, in page order, if it cannot be read.
///
/// # Errors
/// Every mistake found: no front matter or title, no legend, a legend line that is not
/// `X: text`, a table without an activity column, party columns that change between
/// tables, a row with too many cells or before the first numbered heading, an
/// applicability mark other than `X` or nothing.
pub fn read_page(text: &str) -> Result<Page, Vec<ImportError>> {
    let mut errors = Vec::new();
    let Some((front, blocks)) = split_page(text, &mut errors) else {
        return Err(errors);
    };
    match read_blocks(&blocks, &mut errors) {
        Some(matrix) if errors.is_empty() => Ok(Page {
            provenance: front.provenance,
            title: front.title,
            updated: front.updated,
            url: front.url,
            ..matrix
        }),
        _ => Err(errors),
    }
}

/// The page's body: preamble, legend, columns and items (front matter fields left empty).
fn read_blocks(blocks: &[Block], errors: &mut Vec<ImportError>) -> Option<Page> {
    let Some(legend_at) = blocks.iter().position(is_legend) else {
        errors.push(ImportError::at(
            1,
            1,
            "the page has no legend table (`| Roles |`)",
        ));
        return None;
    };
    let preamble = blocks[..legend_at]
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(Text::Heading(h.level, h.text.clone())),
            Block::Paragraph { text, .. } => Some(Text::Paragraph(text.clone())),
            Block::Table(_) => None,
        })
        .collect();
    let Block::Table(legend_table) = &blocks[legend_at] else {
        return None;
    };
    let legend = read_legend(legend_table, errors);
    let mut page = Page {
        provenance: None,
        title: String::new(),
        updated: None,
        url: None,
        preamble,
        legend_header: legend_table.header[0].text.clone(),
        legend,
        offers: Vec::new(),
        activity_header: String::new(),
        parties: Vec::new(),
        items: Vec::new(),
    };
    let mut numbered = false;
    for block in &blocks[legend_at + 1..] {
        match block {
            Block::Heading(h) => match numbered_heading(h) {
                Some(heading) => {
                    numbered = true;
                    page.items.push(Item::Heading(heading));
                }
                // An unnumbered heading after the matrix ends it (`Go further`).
                None if numbered => break,
                None => page.items.push(Item::Note {
                    line: h.line,
                    text: format!("{} {}", "#".repeat(h.level), h.text),
                }),
            },
            Block::Paragraph { line, text } => page.items.push(Item::Note {
                line: *line,
                text: text.clone(),
            }),
            Block::Table(table) => read_table(table, numbered, &mut page, errors),
        }
    }
    Some(page)
}

/// The legend table's header, lowercased, in the languages OVHcloud writes its pages in.
const LEGEND_HEADERS: [&str; 2] = ["roles", "rôles"];

/// The activity column's header, lowercased, likewise.
const ACTIVITY_HEADERS: [&str; 2] = ["activity", "activité"];

fn is_legend(block: &Block) -> bool {
    matches!(block, Block::Table(t) if t.header.len() == 1 && LEGEND_HEADERS.contains(&t.header[0].text.to_lowercase().as_str()))
}

/// `R: text` or `R : text`, one a row.
fn read_legend(table: &Table, errors: &mut Vec<ImportError>) -> Vec<LegendEntry> {
    let mut entries = Vec::new();
    for row in &table.rows {
        let Some(cell) = row.cells.first() else {
            continue;
        };
        let parsed = cell.text.split_once(':').and_then(|(letter, text)| {
            let mut chars = letter.trim().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_uppercase() => Some((c, text.trim())),
                _ => None,
            }
        });
        match parsed {
            Some((letter, description)) => entries.push(LegendEntry {
                line: row.line,
                letter,
                description: description.to_owned(),
                written: cell.text.clone(),
            }),
            None => errors.push(ImportError::at(
                row.line,
                cell.column,
                format!("a legend line reads `LETTER: text`, found `{}`", cell.text),
            )),
        }
    }
    entries
}

/// `1.2.3. Title` or `1.2.3 Title` → the heading; `None` for a heading without a number.
fn numbered_heading(h: &Heading) -> Option<PageHeading> {
    let (number, title) = h.text.split_once(' ')?;
    let (number, number_bold) = match number.strip_prefix("**").and_then(|n| n.strip_suffix("**")) {
        Some(inner) => (inner, true),
        None => (number, false),
    };
    let (digits, dot) = match number.strip_suffix('.') {
        Some(d) => (d, true),
        None => (number, false),
    };
    let valid = !digits.is_empty()
        && digits
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    valid.then(|| PageHeading {
        line: h.line,
        level: h.level,
        bold: h.bold,
        number_bold,
        number: digits.to_owned(),
        dot,
        title: title.trim().to_owned(),
    })
}

/// An activity table: its columns (the first table's must hold for every other) and rows.
fn read_table(table: &Table, numbered: bool, page: &mut Page, errors: &mut Vec<ImportError>) {
    let header: Vec<&str> = table.header.iter().map(|c| c.text.as_str()).collect();
    let Some(activity) = header
        .iter()
        .position(|h| ACTIVITY_HEADERS.contains(&h.to_lowercase().as_str()))
    else {
        errors.push(ImportError::at(
            table.line,
            1,
            format!("a table without an `Activity` column: {header:?}"),
        ));
        return;
    };
    let offers = &header[..activity];
    let parties = &header[activity + 1..];
    if page.parties.is_empty() {
        page.offers = offers.iter().map(|s| (*s).to_owned()).collect();
        header[activity].clone_into(&mut page.activity_header);
        page.parties = parties.iter().map(|s| (*s).to_owned()).collect();
    } else if page.offers != offers || page.parties != parties {
        errors.push(ImportError::at(
            table.line,
            1,
            format!(
                "the columns {header:?} differ from the first table's ({:?}, {:?})",
                page.offers, page.parties
            ),
        ));
        return;
    }
    if !numbered {
        errors.push(ImportError::at(
            table.line,
            1,
            "an activity table before the first numbered heading",
        ));
        return;
    }
    for row in &table.rows {
        if let Some(r) = read_row(&row.cells, row.line, activity, header.len(), errors) {
            page.items.push(Item::Row(r));
        }
    }
}

fn read_row(
    cells: &[Cell],
    line: usize,
    activity: usize,
    columns: usize,
    errors: &mut Vec<ImportError>,
) -> Option<PageRow> {
    if cells.len() > columns {
        errors.push(ImportError::at(
            line,
            cells[columns].column,
            format!("a row of {} cells under a header of {columns}", cells.len()),
        ));
        return None;
    }
    let Some(text) = cells.get(activity) else {
        errors.push(ImportError::at(line, 1, "a row without its activity cell"));
        return None;
    };
    let mut offers = Vec::new();
    for cell in &cells[..activity] {
        match cell.text.as_str() {
            "X" => offers.push(true),
            "" => offers.push(false),
            other => {
                errors.push(ImportError::at(
                    line,
                    cell.column,
                    format!("an applicability mark is `X` or nothing, found `{other}`"),
                ));
                return None;
            }
        }
    }
    let parties = columns - activity - 1;
    let cells = (0..parties)
        .map(|p| cells.get(activity + 1 + p).map(|c| c.text.clone()))
        .collect();
    Some(PageRow {
        line,
        offers,
        text: text.text.clone(),
        cells,
    })
}
