//! The table printer: for a person at a terminal, wrapped to its width, in colour where it
//! is a terminal; texts in `--lang` where the product has them.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};

use ovhcloud_raci::{AnyActivity, Locale, PageVersion, Party, Role};

use super::{Settings, row_id, several_products};
use crate::report::Report;

/// Colours and width of the output: colour only on a terminal and without `NO_COLOR`.
pub struct Style {
    colour: bool,
    width: usize,
}

impl Style {
    /// The style of standard output: its terminal, `NO_COLOR` and `COLUMNS`.
    pub fn detect() -> Style {
        let terminal = io::stdout().is_terminal();
        let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(100);
        Style {
            colour: terminal && !no_colour,
            width: width.max(40),
        }
    }

    fn bold(&self, text: &str) -> String {
        if self.colour {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn cell(&self, text: &str) -> String {
        if self.colour && text.contains('A') {
            format!("\x1b[33m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// Width of one party's column.
const CELL: usize = 10;

pub(super) fn print(report: &Report, settings: &Settings, out: &mut dyn Write) -> io::Result<()> {
    let (lang, style) = (settings.lang, &settings.style);
    match report {
        Report::Pages { pages, versions } => {
            for &p in pages {
                let first = if *versions {
                    let commit = p.provenance().map_or("", |k| k.commit());
                    let mark = if p.is_current() { "current" } else { "" };
                    format!("{:<8} {mark:<7}", commit.get(..8).unwrap_or(commit))
                } else {
                    format!("{:<28}", p.product().id())
                };
                writeln!(
                    out,
                    "{first} {:>4} rows  {:<10}  {}",
                    p.row_count(),
                    p.last_updated_as_written().unwrap_or("undated"),
                    p.title()
                )?;
            }
            Ok(())
        }
        Report::Matrix { version, .. } => matrix(out, *version, lang, style),
        Report::Activity(activity) => show(out, *activity, lang, style),
        Report::Parties {
            role,
            activity,
            parties,
        } => {
            if parties.is_empty() {
                writeln!(out, "No party is {role} for \"{}\".", activity.text())?;
            }
            for party in parties {
                writeln!(out, "{}", party.name())?;
            }
            Ok(())
        }
        Report::Rows {
            title,
            when_empty,
            rows: activities,
        } => {
            if let Some(title) = title {
                writeln!(out, "{title}")?;
            }
            match when_empty {
                Some(text) if activities.is_empty() => writeln!(out, "{text}"),
                _ => rows(out, activities),
            }
        }
        Report::Ownership(rows) => {
            let several = several_products(rows);
            for &activity in rows {
                let owner = activity.ownership().map_or("-", |o| o.label());
                let id = row_id(activity, several);
                writeln!(out, "  {id:<40} {owner:<18} {}", activity.text())?;
            }
            Ok(())
        }
        Report::Changes(changes) if changes.is_empty() => writeln!(out, "No change."),
        Report::Changes(changes) => out.write_all(raci_codegen::diff::to_text(changes).as_bytes()),
    }
}

/// Id, cells and text, one line a row.
fn rows(out: &mut dyn Write, activities: &[AnyActivity]) -> io::Result<()> {
    let several = several_products(activities);
    let width = activities
        .iter()
        .map(|&a| row_id(a, several).len())
        .max()
        .unwrap_or(0)
        .max(34);
    for &activity in activities {
        write!(out, "  {:<width$}", row_id(activity, several))?;
        for party in Party::ALL {
            let cell = activity.cell_as_written(party).filter(|c| !c.is_empty());
            write!(out, " {:<5}", cell.unwrap_or("-"))?;
        }
        writeln!(out, " {}", activity.text())?;
    }
    Ok(())
}

/// Splits `text` into lines of at most `width` characters, at spaces where it can.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line)
                if line.is_empty() || line.chars().count() + 1 + word.chars().count() <= width =>
            {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// A text in `lang` where it has one, else the English marked `(en)`; the English without
/// `lang`.
fn in_lang(english: &str, translated: Option<&str>, lang: Option<Locale>) -> String {
    match (lang, translated) {
        (None, _) => english.to_owned(),
        (Some(_), Some(text)) => text.to_owned(),
        (Some(_), None) => format!("{english} (en)"),
    }
}

/// The whole matrix as the page reads: title, address, legend, then each heading with its
/// rows.
fn matrix(
    out: &mut dyn Write,
    version: PageVersion,
    lang: Option<Locale>,
    style: &Style,
) -> io::Result<()> {
    let product = version.product();
    // The translations are of the current page: an earlier one reads in its own words.
    let lang = lang.filter(|_| version.is_current());
    let title = in_lang(
        version.title(),
        lang.and_then(|l| product.title_in(l)),
        lang,
    );
    match version.last_updated_as_written() {
        Some(date) => writeln!(out, "{} (last updated {date})", style.bold(&title))?,
        None => writeln!(out, "{} (undated)", style.bold(&title))?,
    }
    writeln!(out, "{}", version.source_url())?;
    if !version.is_current() {
        let commit = version.provenance().map_or("", |k| k.commit());
        writeln!(
            out,
            "An earlier version of the page, taken at commit {commit}."
        )?;
    }
    writeln!(out)?;
    let legend = version.legend();
    for role in Role::ALL {
        let words = lang.and_then(|l| legend.description_in(role, l));
        writeln!(
            out,
            "  {}  {:<12} {}",
            role.letter(),
            role.name(),
            in_lang(legend.description(role), words, lang)
        )?;
    }
    for section in version.sections() {
        let indent = "  ".repeat(section.depth() - 1);
        writeln!(out)?;
        let heading = in_lang(
            section.title(),
            lang.and_then(|l| section.title_in(l)),
            lang,
        );
        let number = format!("{}. {heading}", section.number());
        writeln!(out, "{indent}{}", style.bold(&number))?;
        if section.activities().len() == 0 {
            continue;
        }
        let lead = indent.len() + 2;
        let text_width = style
            .width
            .saturating_sub(lead + CELL * Party::COUNT)
            .max(20);
        let mut parties = String::new();
        for party in Party::ALL {
            let name = lang
                .and_then(|l| product.party_name_in(party, l))
                .unwrap_or(version.party_name(party));
            let _ = write!(parties, "{name:<CELL$}");
        }
        writeln!(out, "{indent}  {parties}Activity")?;
        for activity in section.activities() {
            let mut cells = String::new();
            for party in Party::ALL {
                let letters = activity.cell_as_written(party).unwrap_or("");
                let pad = " ".repeat(CELL.saturating_sub(letters.len()));
                let _ = write!(cells, "{}{pad}", style.cell(letters));
            }
            let words = in_lang(
                activity.text(),
                lang.and_then(|l| activity.text_in(l)),
                lang,
            );
            let text = format!("{words} [{}]", activity.id());
            for (i, line) in wrap(&text, text_width).iter().enumerate() {
                if i == 0 {
                    writeln!(out, "{indent}  {cells}{line}")?;
                } else {
                    writeln!(out, "{indent}  {}{line}", " ".repeat(CELL * Party::COUNT))?;
                }
            }
        }
    }
    Ok(())
}

/// One activity: its text, id, product, heading path, cells, offers and waivers.
fn show(
    out: &mut dyn Write,
    activity: AnyActivity,
    lang: Option<Locale>,
    style: &Style,
) -> io::Result<()> {
    let words = in_lang(
        activity.text(),
        lang.and_then(|l| activity.text_in(l)),
        lang,
    );
    writeln!(out, "{}", style.bold(&words))?;
    writeln!(out, "id: {}", activity.id())?;
    let product = activity.product();
    writeln!(out, "product: {} ({})", product.title(), product.id())?;
    let mut path = vec![activity.section()];
    while let Some(parent) = path.last().and_then(|s| s.parent()) {
        path.push(parent);
    }
    let path: Vec<String> = path
        .iter()
        .rev()
        .map(|s| format!("{}. {}", s.number(), s.title()))
        .collect();
    writeln!(out, "section: {}", path.join(" > "))?;
    for party in Party::ALL {
        let names: Vec<&str> = activity.roles(party).iter().map(Role::name).collect();
        let letters = match activity.cell_as_written(party) {
            None => "(none: the row stops before this column)".to_owned(),
            Some("") => "-".to_owned(),
            Some(letters) => letters.to_owned(),
        };
        writeln!(
            out,
            "{:<CELL$}{:<5}{}",
            party.name(),
            style.cell(&letters),
            names.join(", ")
        )?;
    }
    let offers: Vec<&str> = activity.offers().collect();
    if !offers.is_empty() {
        writeln!(out, "applies to: {}", offers.join(", "))?;
    }
    for waiver in activity.waivers() {
        writeln!(out, "waiver of {}: {}", waiver.rule(), waiver.reason())?;
    }
    Ok(())
}
