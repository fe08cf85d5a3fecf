//! A page's Markdown as blocks in document order: headings, paragraphs and tables, each
//! with its line; only what a responsibility page is made of, read as written.

/// One block of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `## 1. Title` or `##### **1.1.1. Title**`.
    Heading(Heading),
    /// Lines of text between blank lines, joined with `\n`, each as written but for
    /// trailing white space.
    Paragraph {
        /// 1-based line of the first line.
        line: usize,
        /// The text.
        text: String,
    },
    /// Consecutive lines that start with `|`.
    Table(Table),
}

/// A heading as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1-based line.
    pub line: usize,
    /// How many `#` it has.
    pub level: usize,
    /// Whether its text is wrapped in `**`.
    pub bold: bool,
    /// Its text, without the `#`s and the `**`.
    pub text: String,
}

/// A table as written: its rows of cells, the separator row (`| --- |`) left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// 1-based line of the header row.
    pub line: usize,
    /// The header row's cells.
    pub header: Vec<Cell>,
    /// The body rows.
    pub rows: Vec<Row>,
}

/// A body row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based line.
    pub line: usize,
    /// Its cells, in column order: fewer than the header's when the row stops early.
    pub cells: Vec<Cell>,
}

/// A cell: its text trimmed (as Markdown shows it), where it starts, and whether it was
/// wrapped in `**`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// 1-based column (in characters) of the cell's first character after `|`.
    pub column: usize,
    /// The text, trimmed, without the `**` of a bold cell.
    pub text: String,
    /// Whether the text was wrapped in `**`.
    pub bold: bool,
}

/// `**text**` → (`text`, true); anything else as is.
fn unbold(text: &str) -> (&str, bool) {
    match text.strip_prefix("**").and_then(|t| t.strip_suffix("**")) {
        Some(inner) if !inner.is_empty() => (inner, true),
        _ => (text, false),
    }
}

/// The cells of a table line: between the first `|` and the last, split at each `|` not
/// escaped with a backslash.
fn cells(line: &str) -> Vec<Cell> {
    let trimmed = line.trim_end();
    let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    let offset = line.len() - line.trim_start().len() + 1;
    for (i, c) in inner.char_indices().chain([(inner.len(), '|')]) {
        if c == '|' && !escaped {
            let raw = &inner[start..i];
            let lead = raw.len() - raw.trim_start().len();
            let column = line[..offset + start + lead].chars().count() + 1;
            let (text, bold) = unbold(raw.trim());
            out.push(Cell {
                column,
                text: text.to_owned(),
                bold,
            });
            start = i + 1;
        }
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Whether a table line is the separator row: cells of dashes and colons only.
fn is_separator(cells: &[Cell]) -> bool {
    cells.iter().all(|c| {
        let t = c.text.trim();
        t.len() >= 3 && t.chars().all(|ch| ch == '-' || ch == ':')
    })
}

/// The blocks of `body`, whose first line is line `first_line` of the page.
pub fn blocks(body: &str, first_line: usize) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Option<(usize, String)> = None;
    let flush = |paragraph: &mut Option<(usize, String)>, out: &mut Vec<Block>| {
        if let Some((line, text)) = paragraph.take() {
            out.push(Block::Paragraph { line, text });
        }
    };
    for (i, raw) in body.lines().enumerate() {
        let line = first_line + i;
        let text = raw.trim_end();
        if text.trim().is_empty() {
            flush(&mut paragraph, &mut out);
            continue;
        }
        if text.trim_start().starts_with('|') {
            flush(&mut paragraph, &mut out);
            let cells = cells(text);
            match out.last_mut() {
                Some(Block::Table(table)) if table_continues(table, line) => {
                    if !is_separator(&cells) {
                        table.rows.push(Row { line, cells });
                    }
                }
                _ => out.push(Block::Table(Table {
                    line,
                    header: cells,
                    rows: Vec::new(),
                })),
            }
            continue;
        }
        let hashes = text.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
            flush(&mut paragraph, &mut out);
            let (inner, bold) = unbold(text[hashes..].trim());
            out.push(Block::Heading(Heading {
                line,
                level: hashes,
                bold,
                text: inner.to_owned(),
            }));
            continue;
        }
        match &mut paragraph {
            Some((_, para)) => {
                para.push('\n');
                para.push_str(text);
            }
            None => paragraph = Some((line, text.to_owned())),
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// Whether a table line at `line` continues `table`: it comes right after its last line.
fn table_continues(table: &Table, line: usize) -> bool {
    let last = table.rows.last().map_or(table.line, |r| r.line);
    // The separator row is not kept; it is the line after the header.
    line == last + 1 || (table.rows.is_empty() && line == table.line + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_tables_in_order() {
        let page = "## Objective\n\nThe RACI below.\nSecond line.\n| Roles |\n| --- |\n|R: Does|\n\n##### **3.1.1. Daily**\n\n| **Activity** | **Customer** |\n| --- | --- |\n| Do it |RA | \n| Stop |\n";
        let blocks = blocks(page, 10);
        assert_eq!(blocks.len(), 5, "{blocks:#?}");
        assert!(
            matches!(&blocks[0], Block::Heading(h) if h.level == 2 && h.text == "Objective" && h.line == 10)
        );
        assert!(
            matches!(&blocks[1], Block::Paragraph { line: 12, text } if text == "The RACI below.\nSecond line.")
        );
        let Block::Table(legend) = &blocks[2] else {
            panic!()
        };
        assert_eq!(legend.header[0].text, "Roles");
        assert_eq!(legend.rows[0].cells[0].text, "R: Does");
        assert!(
            matches!(&blocks[3], Block::Heading(h) if h.level == 5 && h.bold && h.text == "3.1.1. Daily")
        );
        let Block::Table(table) = &blocks[4] else {
            panic!()
        };
        assert!(table.header[0].bold && table.header[0].text == "Activity");
        assert_eq!(table.rows[0].cells.len(), 2);
        assert_eq!(table.rows[0].cells[1].text, "RA");
        assert_eq!(table.rows[0].cells[1].column, 10);
        // A row that stops early has fewer cells.
        assert_eq!(table.rows[1].cells.len(), 1);
        assert_eq!(table.rows[1].line, 23);
    }

    #[test]
    fn escaped_pipes_stay_in_their_cell() {
        let row = cells(r"| a \| b | c |");
        assert_eq!(row.len(), 2);
        assert_eq!(row[0].text, r"a \| b");
    }
}
