//! A page read → the TOML the build reads, laid out as `raci.toml` is, keeping what an
//! earlier import of the same page settled: ids (public API) and waiver reasons.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::error::ImportError;
use super::ids;
use super::page::{Page, Text};
use super::rows::{NotYet, items};
use crate::escape::quoted;
use crate::model::Matrix;

/// Where the page comes from and where its TOML goes, for the header of the file.
pub struct Paths<'a> {
    /// The page, as the maintainer names it (`tests/source/….md`).
    pub page: &'a str,
    /// The TOML file written.
    pub toml: &'a str,
}

/// The TOML of `page`'s matrix. `earlier` is what the same file held before, if it
/// existed: rows and headings whose text did not change keep their ids, and waivers their
/// reasons.
///
/// # Errors
/// What the page holds that the data format cannot say yet (a note between two rows,
/// legend lines written unlike each other, no address), each at its line in the page.
pub fn to_toml(
    page: &Page,
    paths: &Paths<'_>,
    earlier: Option<&Matrix>,
) -> Result<String, Vec<ImportError>> {
    let mut errors = Vec::new();
    let legend_line = page.legend.first().map_or(1, |e| e.line);
    let not_yet = |line: usize, what: &str| {
        ImportError::at(
            line,
            1,
            format!("{what}: the data format cannot hold this yet"),
        )
    };
    let mut out = header(paths);
    matrix_table(page, &mut out, &mut errors);
    out.push_str(
        "\n[rules]\nexactly-one-accountable = \"error\"\nat-least-one-responsible = \"error\"\n",
    );
    let earlier_parties: Vec<(&str, &str)> = earlier
        .iter()
        .flat_map(|m| m.parties.iter().map(|p| (p.name.as_str(), p.id.as_str())))
        .chain(KNOWN_PARTIES)
        .collect();
    let party_ids = column_ids(&page.parties, &earlier_parties);
    parties(page, &party_ids, &mut out);
    let earlier_offers: Vec<(&str, &str)> = earlier
        .iter()
        .flat_map(|m| m.offers.iter().map(|o| (o.name.as_str(), o.id.as_str())))
        .collect();
    let offer_ids = column_ids(&page.offers, &earlier_offers);
    for (name, id) in page.offers.iter().zip(&offer_ids) {
        let _ = write!(
            out,
            "\n[[offers]]\nid = {}\nname = {}\n",
            quoted(id),
            quoted(name)
        );
    }
    roles(page, earlier, legend_line, &mut out, &mut errors, &not_yet);
    items(
        page,
        (&party_ids, &offer_ids),
        earlier,
        &mut out,
        &mut errors,
        &not_yet,
    );
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn header(paths: &Paths<'_>) -> String {
    format!(
        "# {toml}: imported by raci-import from OVHcloud's page\n\
         # {page}.\n\
         # To update it, replace the page and run, from the repository's root:\n\
         #   cargo run -p raci-codegen --features import --bin raci-import -- \\\n\
         #       {page} {toml}\n\
         # Ids and waiver reasons are kept from this file; its format is described in\n\
         # codegen/README.md.\n\n",
        toml = paths.toml,
        page = paths.page
    )
}

fn matrix_table(page: &Page, out: &mut String, errors: &mut Vec<ImportError>) {
    let source = page.url.clone().or_else(|| {
        page.provenance.as_ref().map(|p| {
            format!(
                "https://github.com/{}/blob/{}/{}",
                p.repository, p.commit, p.path
            )
        })
    });
    let _ = writeln!(out, "[matrix]\ntitle = {}", quoted(&page.title));
    match source {
        Some(source) => {
            let _ = writeln!(out, "source = {}", quoted(&source));
            if let Some(p) = &page.provenance {
                let written = format!("{} {} @ {}", p.repository, p.path, p.commit);
                let _ = writeln!(out, "provenance = {}", quoted(&written));
            }
            if let Some(language) = language(page) {
                let _ = writeln!(out, "language = {}", quoted(language));
            }
        }
        None => errors.push(ImportError::at(
            1,
            1,
            "the page gives no address: no `url` in its front matter and no provenance comment",
        )),
    }
    // The date as a TOML date, and as the page writes it when that differs; none if the
    // page gives none.
    match page.updated.as_deref() {
        None => {}
        Some(written) => match iso_date(written) {
            Some(iso) if iso == written => {
                let _ = writeln!(out, "last-updated = {iso}");
            }
            Some(iso) => {
                let _ = writeln!(
                    out,
                    "last-updated = {iso}\nlast-updated-as-written = {}",
                    quoted(written)
                );
            }
            None => errors.push(ImportError::at(
                1,
                1,
                format!("the date `{written}` is not a year, a month and a day"),
            )),
        },
    }

    // The text before the legend, after the page's title (which the docs site repeats as
    // `# Title`): one heading and one line of text is the intro; anything else is written
    // in full as the preamble.
    let preamble: Vec<&Text> = page
        .preamble
        .iter()
        .filter(|t| !matches!(t, Text::Heading(1, title) if *title == page.title))
        .collect();
    match preamble.as_slice() {
        [] => {}
        [Text::Heading(2, heading), Text::Paragraph(intro)] if !intro.contains('\n') => {
            let _ = writeln!(
                out,
                "intro-heading = {}\nintro = {}",
                quoted(heading),
                quoted(intro)
            );
        }
        entries => {
            out.push_str("preamble = [\n");
            for entry in entries {
                let _ = match entry {
                    Text::Heading(2, heading) => {
                        writeln!(out, "  {{ heading = {} }},", quoted(heading))
                    }
                    Text::Heading(level, heading) => writeln!(
                        out,
                        "  {{ heading = {}, level = {level} }},",
                        quoted(heading)
                    ),
                    Text::Paragraph(text) => writeln!(out, "  {{ text = {} }},", quoted(text)),
                };
            }
            out.push_str("]\n");
        }
    }
    let _ = writeln!(out, "legend-header = {}", quoted(&page.legend_header));
    let separator = legend_separator(page);
    if separator != ": " {
        let _ = writeln!(out, "legend-separator = {}", quoted(separator));
    }
    let _ = writeln!(out, "activity-header = {}", quoted(&page.activity_header));
}

/// The id of each of `names` (party or offer columns): the earlier file's for the same
/// name (`earlier` lists its (name, id) pairs), or one made from the name.
fn column_ids(names: &[String], earlier: &[(&str, &str)]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    names
        .iter()
        .map(|name| {
            let id = earlier
                .iter()
                .find(|(n, _)| n == name)
                .map_or_else(|| ids::fresh(name, &mut taken), |(_, id)| (*id).to_owned());
            taken.insert(id.clone());
            id
        })
        .collect()
}

/// Party columns whose id is not made from their name: a page in French names the customer
/// "Client", and the catalogue's parties are shared (`customer`).
const KNOWN_PARTIES: [(&str, &str); 1] = [("Client", "customer")];

/// The language of a page not in English, by the words of its activity column's header
/// (`Activité`: French); `None` for English.
fn language(page: &Page) -> Option<&'static str> {
    (page.activity_header.to_lowercase() == "activité").then_some("fr")
}

fn parties(page: &Page, party_ids: &[String], out: &mut String) {
    for (name, id) in page.parties.iter().zip(party_ids) {
        let _ = write!(
            out,
            "\n[[parties]]\nid = {}\nname = {}\n",
            quoted(id),
            quoted(name)
        );
    }
}

/// What the first legend line writes between its letter and its text: `": "` or `" : "`.
fn legend_separator(page: &Page) -> &str {
    page.legend.first().map_or(": ", |e| {
        let end = e.written.len() - e.description.len();
        &e.written[e.letter.len_utf8()..end]
    })
}

/// The names of the RACI letters, for a legend that gives only their descriptions.
const ROLE_NAMES: &[(char, &str)] = &[
    ('R', "Responsible"),
    ('A', "Accountable"),
    ('S', "Supportive"),
    ('C', "Consulted"),
    ('I', "Informed"),
];

fn roles(
    page: &Page,
    earlier: Option<&Matrix>,
    legend_line: usize,
    out: &mut String,
    errors: &mut Vec<ImportError>,
    not_yet: &NotYet<'_>,
) {
    let separator = legend_separator(page);
    for entry in &page.legend {
        if entry.written != format!("{}{separator}{}", entry.letter, entry.description) {
            errors.push(not_yet(
                entry.line,
                &format!(
                    "the legend line `{}`, written unlike the first",
                    entry.written
                ),
            ));
        }
        let name = earlier
            .and_then(|m| m.roles.iter().find(|r| r.letter == entry.letter))
            .map(|r| r.name.as_str())
            .or_else(|| {
                ROLE_NAMES
                    .iter()
                    .find(|(l, _)| *l == entry.letter)
                    .map(|(_, n)| *n)
            });
        let Some(name) = name else {
            errors.push(ImportError::at(
                entry.line,
                1,
                format!("no name is known for the role lettered `{}`", entry.letter),
            ));
            continue;
        };
        let _ = write!(
            out,
            "\n[[roles]]\nletter = \"{}\"\nname = {}\ndescription = {}\n",
            entry.letter,
            quoted(name),
            quoted(&entry.description)
        );
    }
    if page.legend.is_empty() {
        errors.push(ImportError::at(legend_line, 1, "the legend is empty"));
    }
}

/// `2024-6-25` → `2024-06-25`: a year of four digits, a month and a day of one or two.
fn iso_date(written: &str) -> Option<String> {
    let parts: Vec<&str> = written.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, lengths: &[usize]| {
        lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    (digits(year, &[4]) && digits(month, &[1, 2]) && digits(day, &[1, 2]))
        .then(|| format!("{year}-{month:0>2}-{day:0>2}"))
}
