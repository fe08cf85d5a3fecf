//! [`Markdown`]: the whole matrix written as the source page lays it out, through `core::fmt`.

use core::fmt::{self, Write as _};

use crate::matrix::{ACTIVITY_HEADER, LEGEND_HEADER, LEGEND_NOTES, LEGEND_SEPARATOR, PREAMBLE};
use crate::{Offer, Party, Role, Section, TITLE};

/// The whole matrix as Markdown, laid out like the source page: the title, the
/// introduction, the legend, then every heading with its number and the table of its rows.
///
/// It writes straight into any [`fmt::Write`] sink (a `String`, a file through
/// `std::io::Write::write_fmt`, a fixed buffer) and allocates nothing itself. Text is
/// escaped where Markdown would otherwise read it as markup, so it renders verbatim.
/// Headings are written as the page writes them (their number of `#`, bold or not) and
/// cells as the page writes them.
///
/// ```
/// let page = ovhcloud_raci::Markdown.to_string();
/// assert!(page.starts_with("# Shared responsibility for Dedicated Servers\n"));
/// assert!(page.contains("\n##### **3.2.1. Incidents**\n"));
/// assert!(page.contains("\n| Install the OS | RA | RI |\n"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Markdown;

impl fmt::Display for Markdown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("# ")?;
        escaped(f, TITLE)?;
        f.write_str("\n")?;
        // The text before the legend: headings with their number of `#`, paragraphs (0).
        for &(level, text) in PREAMBLE {
            f.write_str("\n")?;
            for _ in 0..level {
                f.write_char('#')?;
            }
            if level > 0 {
                f.write_char(' ')?;
            }
            escaped(f, text)?;
            f.write_str("\n")?;
        }
        f.write_str("\n| ")?;
        escaped(f, LEGEND_HEADER)?;
        f.write_str(" |\n| --- |\n")?;
        for role in Role::ALL {
            write!(f, "| {}{LEGEND_SEPARATOR}", role.letter())?;
            escaped(f, role.description())?;
            f.write_str(" |\n")?;
        }
        notes(f, LEGEND_NOTES)?;
        for section in Section::ALL {
            f.write_str("\n")?;
            // As the page writes it: its number of `#`, bold or not, a dot or not.
            let (level, bold, dot) = section.markup();
            for _ in 0..level {
                f.write_char('#')?;
            }
            let bold = if bold { "**" } else { "" };
            let dot = if dot { "." } else { "" };
            write!(f, " {bold}{}{dot} ", section.number())?;
            escaped(f, section.title())?;
            writeln!(f, "{bold}")?;
            let (before, after) = section.notes().split_at(section.notes_before_rows());
            notes(f, before)?;
            if !section.activities().is_empty() {
                table(f, section)?;
            }
            notes(f, after)?;
        }
        Ok(())
    }
}

/// Notes as paragraphs, each after a blank line.
fn notes(f: &mut fmt::Formatter<'_>, notes: &[&str]) -> fmt::Result {
    for note in notes {
        f.write_str("\n")?;
        escaped(f, note)?;
        f.write_str("\n")?;
    }
    Ok(())
}

/// The activity table of a section: its header, then its rows with their cells as written.
fn table(f: &mut fmt::Formatter<'_>, section: Section) -> fmt::Result {
    f.write_str("\n")?;
    // Applicability columns first, where the page has them.
    for offer in Offer::ALL {
        f.write_str("| **")?;
        escaped(f, offer.name())?;
        f.write_str("** ")?;
    }
    f.write_str("| **")?;
    escaped(f, ACTIVITY_HEADER)?;
    f.write_str("** |")?;
    for party in Party::ALL {
        f.write_str(" **")?;
        escaped(f, party.name())?;
        f.write_str("** |")?;
    }
    f.write_str("\n")?;
    for _ in Offer::ALL {
        f.write_str("| --- ")?;
    }
    f.write_str("| --- |")?;
    for _ in Party::ALL {
        f.write_str(" --- |")?;
    }
    f.write_str("\n")?;
    for &activity in section.activities() {
        for offer in Offer::ALL {
            f.write_str(if activity.applies_to(offer) {
                "| X "
            } else {
                "| "
            })?;
        }
        f.write_str("| ")?;
        escaped(f, activity.text())?;
        f.write_str(" |")?;
        // Cells as the page writes them; a row that stops early stops here too.
        for party in Party::ALL {
            match activity.cell_as_written(party) {
                None => break,
                Some("") => f.write_str(" |")?,
                Some(letters) => write!(f, " {letters} |")?,
            }
        }
        f.write_str("\n")?;
    }
    Ok(())
}

/// Writes `text` with a backslash before each character Markdown would read as markup.
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
