//! [`Markdown`]: the whole matrix written as the source page lays it out, through `core::fmt`.

use core::fmt::{self, Write as _};

use crate::tables::Tables;
use crate::{PageVersion, Party, Product, Role};

/// The whole matrix as Markdown, laid out like the source page: the title, the
/// introduction, the legend, then every heading with its number and the table of its rows.
///
/// It writes straight into any [`fmt::Write`] sink (a `String`, a file through
/// `std::io::Write::write_fmt`, a fixed buffer) and allocates nothing itself. Text is
/// escaped where Markdown would otherwise read it as markup, so it renders verbatim.
/// Headings are written as the page writes them (their number of `#`, bold or not) and
/// cells as the page writes them. Under the title, a line gives the source page's address
/// and date; under each table, a line names each of its rows that breaks a RACI rule because
/// the page does, with the reason the data keeps it.
///
/// ```
/// use ovhcloud_raci::dedicated_servers;
///
/// let page = dedicated_servers::MARKDOWN.to_string();
/// assert!(page.starts_with("# Shared responsibility for Dedicated Servers\n"));
/// assert!(page.contains("(last updated 2024-02-29)"));
/// assert!(page.contains("\n##### **3.2.1. Incidents**\n"));
/// assert!(page.contains("\n| Install the OS | RA | RI |\n"));
/// assert!(page.contains("*Waiver* of `exactly-one-accountable`"));
///
/// // In a wiki page whose own title is the level-1 heading: the matrix one level down.
/// let nested = dedicated_servers::MARKDOWN.top_level(2).to_string();
/// assert!(nested.starts_with("## Shared responsibility for Dedicated Servers\n"));
/// assert!(nested.contains("\n###### **3.2.1. Incidents**\n"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Markdown {
    version: PageVersion,
    /// The level of the title's heading; the page's headings follow it.
    top: u8,
}

impl Markdown {
    pub(crate) const fn new(version: PageVersion) -> Markdown {
        Markdown { version, top: 1 }
    }

    /// The product whose matrix this writes.
    #[inline]
    pub const fn product(self) -> Product {
        self.version.product()
    }

    /// The version of the page this writes.
    #[inline]
    pub const fn version(self) -> PageVersion {
        self.version
    }

    /// The same Markdown with its title at heading level `level` (1 to 6; 1 by default) and
    /// every heading of the page moved down as much: a page's level-3 heading is written at
    /// level `level + 2`. Markdown has six levels: deeper headings are written at the sixth.
    #[inline]
    #[must_use]
    pub const fn top_level(self, level: u8) -> Markdown {
        let top = if level < 1 {
            1
        } else if level > 6 {
            6
        } else {
            level
        };
        Markdown { top, ..self }
    }

    /// Writes the `#` of a heading the page writes at `level`.
    fn hashes(self, f: &mut fmt::Formatter<'_>, level: u8) -> fmt::Result {
        let shifted = (level + self.top - 1).min(6);
        for _ in 0..shifted {
            f.write_char('#')?;
        }
        Ok(())
    }
}

impl fmt::Display for Markdown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.version.tables();
        self.hashes(f, 1)?;
        f.write_str(" ")?;
        escaped(f, t.title)?;
        write!(f, "\n\nSource: <{}>", t.source_url)?;
        match t.last_updated_as_written {
            Some(date) => writeln!(f, " (last updated {date}).")?,
            None => writeln!(f, " (undated).")?,
        }
        // The text before the legend: headings with their number of `#`, paragraphs (0).
        for &(level, text) in t.preamble {
            f.write_str("\n")?;
            if level > 0 {
                self.hashes(f, level)?;
                f.write_char(' ')?;
            }
            escaped(f, text)?;
            f.write_str("\n")?;
        }
        f.write_str("\n| ")?;
        escaped(f, t.legend_header)?;
        f.write_str(" |\n| --- |\n")?;
        for role in Role::ALL {
            write!(f, "| {}{}", role.letter(), t.legend_separator)?;
            escaped(f, t.role_descriptions[role as usize])?;
            f.write_str(" |\n")?;
        }
        notes(f, t.legend_notes)?;
        for s in 0..t.section_ids.len() {
            f.write_str("\n")?;
            // As the page writes it: its number of `#`, bold or not, a dot or not.
            let (level, bold, dot) = t.section_markup[s];
            self.hashes(f, level)?;
            let bold = if bold { "**" } else { "" };
            let dot = if dot { "." } else { "" };
            write!(f, " {bold}{}{dot} ", t.section_numbers[s])?;
            escaped(f, t.section_titles[s])?;
            writeln!(f, "{bold}")?;
            let (before, after) = t.section_notes[s].split_at(t.section_notes_before_rows[s]);
            notes(f, before)?;
            let (first, end) = t.section_rows[s];
            if end > first {
                table(f, t, first..end)?;
                waivers(f, t, first..end)?;
            }
            notes(f, after)?;
        }
        Ok(())
    }
}

/// A line under a table for each of its rows that breaks a RACI rule because the page does.
fn waivers(f: &mut fmt::Formatter<'_>, t: &Tables, rows: core::ops::Range<usize>) -> fmt::Result {
    for a in rows {
        for waiver in t.activity_waivers[a] {
            write!(f, "\n*Waiver* of `{}` for \"", waiver.rule())?;
            escaped(f, t.activity_texts[a])?;
            f.write_str("\": ")?;
            escaped(f, waiver.reason())?;
            f.write_str("\n")?;
        }
    }
    Ok(())
}

fn notes(f: &mut fmt::Formatter<'_>, notes: &[&str]) -> fmt::Result {
    for note in notes {
        f.write_str("\n")?;
        escaped(f, note)?;
        f.write_str("\n")?;
    }
    Ok(())
}

fn table(f: &mut fmt::Formatter<'_>, t: &Tables, rows: core::ops::Range<usize>) -> fmt::Result {
    f.write_str("\n")?;
    // Applicability columns first, where the page has them.
    for name in t.offer_names {
        f.write_str("| **")?;
        escaped(f, name)?;
        f.write_str("** ")?;
    }
    f.write_str("| **")?;
    escaped(f, t.activity_header)?;
    f.write_str("** |")?;
    for party in Party::ALL {
        f.write_str(" **")?;
        escaped(f, t.party_names[party as usize])?;
        f.write_str("** |")?;
    }
    f.write_str("\n")?;
    for _ in t.offer_names {
        f.write_str("| --- ")?;
    }
    f.write_str("| --- |")?;
    for _ in Party::ALL {
        f.write_str(" --- |")?;
    }
    f.write_str("\n")?;
    for a in rows {
        for o in 0..t.offer_names.len() {
            f.write_str(if t.activity_offers[a] & (1 << o) != 0 {
                "| X "
            } else {
                "| "
            })?;
        }
        f.write_str("| ")?;
        escaped(f, t.activity_texts[a])?;
        f.write_str(" |")?;
        // Cells as the page writes them; a row that stops early stops here too.
        for cell in t.activity_written[a] {
            match cell {
                None => break,
                Some("") => f.write_str(" |")?,
                Some(letters) => write!(f, " {letters} |")?,
            }
        }
        f.write_str("\n")?;
    }
    Ok(())
}

fn escaped(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut rest = text;
    while let Some(at) = rest.find(|c| {
        matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&'
        )
    }) {
        f.write_str(&rest[..at])?;
        f.write_char('\\')?;
        // The special characters are all one byte long.
        f.write_str(&rest[at..=at])?;
        rest = &rest[at + 1..];
    }
    f.write_str(rest)
}
