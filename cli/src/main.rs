//! `raci`: OVHcloud's shared-responsibility matrices from the terminal.
//!
//! ```text
//! cargo install --path cli            # once, from the repository; then:
//! raci                                # the Dedicated Servers matrix, as the page reads
//! raci products                       # the catalogue: 23 products
//! raci list --product kms --format csv   # table, markdown, csv or json
//! raci show install-os                # one activity (of --product, Dedicated Servers by default)
//! raci show kms/create-key            # or named by product/id
//! raci who accountable install-os
//! raci what ovhcloud R                # what OVHcloud is Responsible for, in every product
//! raci search backup                  # in every product, or --product's
//! ```
//!
//! `list`, `show` and `who` read one product: `--product`'s, or Dedicated Servers (the
//! crate's first). `what` and `search` read every product unless `--product` names one.
//!
//! Usage errors exit with code 2 and say what is accepted; unknown ids get suggestions. A
//! closed output (`raci list | head -1`) ends the tool quietly with success.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ovhcloud_raci::{AnyActivity, Locale, Party, Product, Role, view};

#[derive(Parser)]
#[command(
    name = "raci",
    version,
    about = "Who does what on OVHcloud: the shared-responsibility (RACI) matrices of its products."
)]
struct Cli {
    /// The product to read, by id (`raci products` lists them). `list`, `show` and `who`
    /// read Dedicated Servers without it; `what` and `search` read every product.
    #[arg(long, global = true)]
    product: Option<String>,
    /// The language of the texts (`fr-fr`), where the product has them; the page's English
    /// elsewhere, marked `(en)`. In `list` and `show` as a table.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List the products of the catalogue: id, rows, date and title.
    Products {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print a product's whole matrix (the default).
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// With `--format markdown`: the heading level of the title (1 to 6), the page's
        /// headings following it, to paste the matrix under a wiki page's own title.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=6))]
        heading_level: u8,
    },
    /// Print one activity: its text, heading and every party's cell.
    Show {
        /// Activity id, such as `install-os`, or `product/id`.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Which parties hold a role for an activity.
    Who {
        /// Role letter or name: R, A, C, I, Responsible…
        role: String,
        /// Activity id, or `product/id`.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Every activity for which a party holds a role.
    What {
        /// Party id or name: customer, ovhcloud.
        party: String,
        /// Role letter or name.
        role: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// What changed between two versions of a matrix: each a page (`.md`, as OVHcloud's
    /// documentation repository stores it) or a matrix file (`.toml`).
    Diff {
        /// The older version.
        old: std::path::PathBuf,
        /// The newer version.
        new: std::path::PathBuf,
        /// Output format (`csv` is not one).
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Whether a page as downloaded today still says what the crate says: prints what
    /// changed and exits with 1 if anything did, 0 if not. The product is the one the page
    /// names (its provenance or title), or `--product`'s.
    Check {
        /// The page (`.md`).
        page: std::path::PathBuf,
        /// Output format (`csv` is not one).
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Activities whose text contains every word (case-insensitive).
    Search {
        /// Words to look for.
        #[arg(required = true)]
        words: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Markdown,
    Csv,
    Json,
}

/// Colours and width of the output: colour only on a terminal and without `NO_COLOR`.
struct Style {
    colour: bool,
    width: usize,
}

impl Style {
    fn detect() -> Style {
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

/// Why the tool stops early: a usage error (exit code 2, said on standard error), or
/// standard output failing. A closed pipe (`raci list | head -1`) ends the tool quietly with
/// success, as `ripgrep` does; another output error says so and exits with 1.
enum Failure {
    Usage(String),
    Output(io::Error),
    /// `check`: the page changed (exit code 1, the changes already printed).
    Changed,
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Output(e)
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Usage(message)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::detect();
    let mut out = io::stdout().lock();
    let result = run(cli, &style, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::FAILURE
        }
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Changed) => ExitCode::FAILURE,
    }
}

/// The product `list`, `show` and `who` read without `--product`: the crate's first.
const DEFAULT_PRODUCT: Product = Product::DedicatedServers;

/// Runs one command, writing to `out`.
fn run(cli: Cli, style: &Style, out: &mut impl Write) -> Result<(), Failure> {
    let product = cli.product.as_deref().map(product_of).transpose()?;
    let lang = cli
        .lang
        .as_deref()
        .map(|l| {
            l.parse::<Locale>()
                .map_err(|e| Failure::Usage(e.to_string()))
        })
        .transpose()?;
    let one = product.unwrap_or(DEFAULT_PRODUCT);
    let every: Vec<Product> = product.map_or_else(|| Product::ALL.to_vec(), |p| vec![p]);
    match cli.command.unwrap_or(Command::List {
        format: Format::Table,
        heading_level: 1,
    }) {
        Command::Products { format } => products(out, format),
        Command::List {
            format,
            heading_level,
        } => list(one, format, heading_level, lang, style, out),
        Command::Show { id, format } => match format {
            Format::Table => Ok(show(out, activity(one, &id)?, lang, style)?),
            format => rows(out, &[activity(one, &id)?], format),
        },
        Command::Who { role, id, format } => who(out, role_of(&role)?, activity(one, &id)?, format),
        Command::What {
            party,
            role,
            format,
        } => what(out, &every, party_of(&party)?, role_of(&role)?, format),
        Command::Search { words, format } => search(out, &every, &words, format),
        Command::Diff { old, new, format } => {
            let changes = raci_codegen::diff::diff(&version_of(&old)?, &version_of(&new)?);
            write_changes(out, &changes, format)
        }
        Command::Check { page, format } => {
            let (today, kept) = read_page(&page)?;
            let product = match product {
                Some(product) => product,
                None => recognise(&page, &today, kept.as_deref())?,
            };
            let text = read(&page)?;
            let changes = raci_codegen::diff::check(
                &version_in_crate(product),
                &text,
                &page.display().to_string(),
            )
            .map_err(|lines| Failure::Usage(lines.join("\n")))?;
            write_changes(out, &changes, format)?;
            if changes.is_empty() {
                Ok(())
            } else {
                Err(Failure::Changed)
            }
        }
    }
}

/// A version of a matrix from a file: a page (`.md`) or a matrix file (anything else).
fn version_of(path: &std::path::Path) -> Result<raci_codegen::diff::Version, Failure> {
    if path.extension().is_some_and(|e| e == "md") {
        return Ok(read_page(path)?.0);
    }
    let text = read(path)?;
    raci_codegen::diff::version_of_toml(&text, &path.display().to_string())
        .map_err(|lines| Failure::Usage(lines.join("\n")))
}

fn read(path: &std::path::Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))
}

/// A page's version, and where it says it is kept.
fn read_page(
    path: &std::path::Path,
) -> Result<(raci_codegen::diff::Version, Option<String>), Failure> {
    let text = read(path)?;
    raci_codegen::diff::version_of_page(&text, &path.display().to_string())
        .map_err(|lines| Failure::Usage(lines.join("\n")))
}

/// The product a page is of: the one kept at the same place, else the one of its title.
fn recognise(
    path: &std::path::Path,
    page: &raci_codegen::diff::Version,
    kept: Option<&str>,
) -> Result<Product, Failure> {
    let by_place = Product::ALL.into_iter().find(|p| {
        p.provenance()
            .is_some_and(|k| Some(format!("{} {}", k.repository(), k.path()).as_str()) == kept)
    });
    by_place
        .or_else(|| Product::ALL.into_iter().find(|p| p.title() == page.title))
        .ok_or_else(|| {
            Failure::Usage(format!(
                "{}: no product of the crate is kept where this page says, nor has its title; \
                 name it with --product",
                path.display()
            ))
        })
}

/// What the crate says of `product`, as a version a diff compares.
fn version_in_crate(product: Product) -> raci_codegen::diff::Version {
    let legend = product.legend();
    raci_codegen::diff::Version {
        title: product.title().to_owned(),
        last_updated: product.last_updated_as_written().map(str::to_owned),
        legend: Role::ALL
            .iter()
            .map(|&r| (r.letter(), legend.description(r).to_owned()))
            .collect(),
        parties: Party::ALL
            .iter()
            .map(|p| (p.id().to_owned(), p.name().to_owned()))
            .collect(),
        headings: product
            .sections()
            .map(|s| {
                (
                    s.id().to_owned(),
                    s.number().to_owned(),
                    s.title().to_owned(),
                )
            })
            .collect(),
        rows: product
            .activities()
            .map(|a| raci_codegen::diff::VersionRow {
                id: a.id().to_owned(),
                heading: a.section().number().to_owned(),
                text: a.text().to_owned(),
                cells: Party::ALL
                    .iter()
                    .map(|&p| a.cell_as_written(p).map(str::to_owned))
                    .collect(),
            })
            .collect(),
    }
}

/// The changes in a format: a line each, a Markdown list, or a JSON array.
fn write_changes(
    out: &mut impl Write,
    changes: &[raci_codegen::diff::Change],
    format: Format,
) -> Result<(), Failure> {
    let text = match format {
        Format::Table if changes.is_empty() => "No change.\n".to_owned(),
        Format::Table => raci_codegen::diff::to_text(changes),
        Format::Markdown => raci_codegen::diff::to_markdown(changes),
        Format::Json => raci_codegen::diff::to_json(changes),
        Format::Csv => {
            return Err(Failure::Usage(
                "a diff has no CSV form: use table, markdown or json".to_owned(),
            ));
        }
    };
    Ok(out.write_all(text.as_bytes())?)
}

fn product_of(id: &str) -> Result<Product, String> {
    id.parse::<Product>()
        .map_err(|e| format!("{e}: run `raci products` to see every product"))
}

/// An activity of `product` by id, or of any product by `product/id`.
fn activity(product: Product, id: &str) -> Result<AnyActivity, String> {
    if id.contains('/') {
        return id.parse::<AnyActivity>().map_err(|e| e.to_string());
    }
    product.activity(id).map_err(|e| {
        // The library's message names the nearest ids; words that are no id's are likely
        // a search.
        let message = e.to_string();
        if message.contains("did you mean") {
            message
        } else {
            format!(
                "{message}: run `raci list --product {}` to see every id, or `raci search {id}` \
                 to find an activity by its words",
                product.id()
            )
        }
    })
}

fn role_of(text: &str) -> Result<Role, String> {
    text.parse::<Role>().map_err(|e| e.to_string())
}

fn party_of(text: &str) -> Result<Party, String> {
    text.parse::<Party>().map_err(|e| e.to_string())
}

/// The catalogue: one row a product.
fn products(out: &mut impl Write, format: Format) -> Result<(), Failure> {
    let date = |p: Product| p.last_updated_as_written().unwrap_or("undated");
    match format {
        Format::Table => {
            for p in Product::ALL {
                writeln!(
                    out,
                    "{:<28} {:>4} rows  {:<10}  {}",
                    p.id(),
                    p.row_count(),
                    date(p),
                    p.title()
                )?;
            }
        }
        Format::Markdown => {
            writeln!(
                out,
                "| Id | Rows | Last updated | Title |\n| --- | ---: | --- | --- |"
            )?;
            for p in Product::ALL {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    p.id(),
                    p.row_count(),
                    date(p),
                    p.title().replace('|', "\\|")
                )?;
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            let rows = Product::ALL.map(|p| {
                [
                    p.id().to_owned(),
                    p.row_count().to_string(),
                    p.last_updated_as_written().unwrap_or("").to_owned(),
                    p.title().to_owned(),
                    p.source_url().to_owned(),
                ]
            });
            writer
                .write_record(["id", "rows", "last_updated", "title", "source"])
                .map_err(csv_failure)?;
            for row in rows {
                writer.write_record(&row).map_err(csv_failure)?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let entries: Vec<serde_json::Value> = Product::ALL
                .iter()
                .map(|&p| {
                    serde_json::json!({
                        "id": p.id(),
                        "title": p.title(),
                        "rows": p.row_count(),
                        "last_updated": p.last_updated(),
                        "last_updated_as_written": p.last_updated_as_written(),
                        "source": p.source_url(),
                        "provenance": p.provenance().map(|k| k.to_string()),
                    })
                })
                .collect();
            json(out, &entries)?;
        }
    }
    Ok(())
}

fn list(
    product: Product,
    format: Format,
    heading_level: u8,
    lang: Option<Locale>,
    style: &Style,
    out: &mut impl Write,
) -> Result<(), Failure> {
    match format {
        Format::Table => Ok(table(out, product, lang, style)?),
        Format::Markdown => Ok(write!(
            out,
            "{}",
            product.markdown().top_level(heading_level)
        )?),
        Format::Json => Ok(json(out, &view::Matrix(product))?),
        Format::Csv => {
            let all: Vec<AnyActivity> = product.activities().collect();
            csv_rows(out, &all).map_err(csv_failure)
        }
    }
}

/// The rows as CSV: `product,section,heading,id,activity`, then one column per party id,
/// each cell as the page writes it.
fn csv_rows(out: &mut impl Write, activities: &[AnyActivity]) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["product", "section", "heading", "id", "activity"];
    header.extend(Party::ALL.iter().map(|p| p.id()));
    writer.write_record(&header)?;
    for activity in activities {
        let section = activity.section();
        let mut record = vec![
            activity.product().id(),
            section.number(),
            section.title(),
            activity.id(),
            activity.text(),
        ];
        record.extend(
            Party::ALL
                .iter()
                .map(|&p| activity.cell_as_written(p).unwrap_or("")),
        );
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}

/// Width of one party's column.
const CELL: usize = 10;

/// Splits `text` into lines of at most `width` characters, at spaces where it can.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().unwrap_or_else(|| unreachable!());
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
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

fn table(
    out: &mut impl Write,
    product: Product,
    lang: Option<Locale>,
    style: &Style,
) -> io::Result<()> {
    let title = in_lang(
        product.title(),
        lang.and_then(|l| product.title_in(l)),
        lang,
    );
    match product.last_updated_as_written() {
        Some(date) => writeln!(out, "{} (last updated {date})", style.bold(&title))?,
        None => writeln!(out, "{} (undated)", style.bold(&title))?,
    }
    writeln!(out, "{}", product.source_url())?;
    writeln!(out)?;
    let legend = product.legend();
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
    for section in product.sections() {
        let indent = "  ".repeat(section.depth() - 1);
        writeln!(out)?;
        let heading = in_lang(
            section.title(),
            lang.and_then(|l| section.title_in(l)),
            lang,
        );
        writeln!(
            out,
            "{indent}{}",
            style.bold(&format!("{}. {heading}", section.number()))
        )?;
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
                .unwrap_or(party.name());
            let _ = write!(parties, "{name:<CELL$}");
        }
        writeln!(out, "{indent}  {parties}Activity")?;
        for activity in section.activities() {
            let mut cells = String::new();
            for party in Party::ALL {
                let letters = activity.cell_as_written(party).unwrap_or("");
                let _ = write!(
                    cells,
                    "{}{}",
                    style.cell(letters),
                    " ".repeat(CELL.saturating_sub(letters.len()))
                );
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

fn show(
    out: &mut impl Write,
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
    writeln!(
        out,
        "product: {} ({})",
        activity.product().title(),
        activity.product().id()
    )?;
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
        let cell = activity.roles(party);
        let names: Vec<&str> = cell.iter().map(Role::name).collect();
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

fn who(
    out: &mut impl Write,
    role: Role,
    activity: AnyActivity,
    format: Format,
) -> Result<(), Failure> {
    let parties: Vec<Party> = activity.parties_with(role).iter().collect();
    match format {
        Format::Table if parties.is_empty() => {
            writeln!(out, "No party is {role} for \"{}\".", activity.text())?;
        }
        Format::Table => {
            for party in parties {
                writeln!(out, "{}", party.name())?;
            }
        }
        Format::Markdown => {
            for party in parties {
                writeln!(out, "- {}", party.name())?;
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            writer.write_record(["id", "name"]).map_err(csv_failure)?;
            for party in parties {
                writer
                    .write_record([party.id(), party.name()])
                    .map_err(csv_failure)?;
            }
            writer.flush()?;
        }
        Format::Json => {
            let ids: Vec<&str> = parties.iter().map(|p| p.id()).collect();
            json(out, &ids)?;
        }
    }
    Ok(())
}

fn what(
    out: &mut impl Write,
    products: &[Product],
    party: Party,
    role: Role,
    format: Format,
) -> Result<(), Failure> {
    let activities: Vec<AnyActivity> = products
        .iter()
        .flat_map(|p| p.activities())
        .filter(|a| a.roles(party).contains(role))
        .collect();
    if format == Format::Table {
        writeln!(
            out,
            "{party} is {role} for {} activities:",
            activities.len()
        )?;
    }
    rows(out, &activities, format)
}

fn search(
    out: &mut impl Write,
    products: &[Product],
    words: &[String],
    format: Format,
) -> Result<(), Failure> {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let found: Vec<AnyActivity> = products
        .iter()
        .flat_map(|p| p.activities())
        .filter(|a| {
            let text = a.text().to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();
    if found.is_empty() && format == Format::Table {
        writeln!(out, "No activity mentions {}.", words.join(" and "))?;
        return Ok(());
    }
    rows(out, &found, format)
}

/// Activities as rows, in any format: id, cells and text (table; `product/id` when the
/// rows are of several products); a Markdown table; CSV with the same columns as
/// `list --format csv`; or a JSON array of rows.
fn rows(out: &mut impl Write, activities: &[AnyActivity], format: Format) -> Result<(), Failure> {
    let several = activities
        .iter()
        .any(|a| Some(a.product()) != activities.first().map(|f| f.product()));
    let id = |a: &AnyActivity| {
        if several {
            a.to_string()
        } else {
            a.id().to_owned()
        }
    };
    match format {
        Format::Table => {
            let width = activities
                .iter()
                .map(|a| id(a).len())
                .max()
                .unwrap_or(0)
                .max(34);
            for activity in activities {
                write!(out, "  {:<width$}", id(activity))?;
                for party in Party::ALL {
                    write!(
                        out,
                        " {:<5}",
                        activity
                            .cell_as_written(party)
                            .filter(|c| !c.is_empty())
                            .unwrap_or("-")
                    )?;
                }
                writeln!(out, " {}", activity.text())?;
            }
        }
        Format::Markdown => {
            write!(out, "| Id | Activity |")?;
            for party in Party::ALL {
                write!(out, " {} |", party.name())?;
            }
            write!(out, "\n| --- | --- |")?;
            for _ in Party::ALL {
                write!(out, " --- |")?;
            }
            writeln!(out)?;
            for activity in activities {
                write!(
                    out,
                    "| {} | {} |",
                    id(activity),
                    activity.text().replace('|', "\\|")
                )?;
                for party in Party::ALL {
                    write!(out, " {} |", activity.cell_as_written(party).unwrap_or(""))?;
                }
                writeln!(out)?;
            }
        }
        Format::Csv => csv_rows(out, activities).map_err(csv_failure)?,
        Format::Json => {
            let rows: Vec<view::Row> = activities.iter().map(|&a| view::Row(a)).collect();
            json(out, &rows)?;
        }
    }
    Ok(())
}

/// Pretty JSON and a final line break; an error of the writer is an output error.
fn json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| {
        // Only writing can fail here.
        io::Error::new(e.io_error_kind().unwrap_or(io::ErrorKind::Other), e)
    })?;
    writeln!(out)
}

/// A CSV error as the tool's failure: writing it is the only thing that can fail.
fn csv_failure(e: csv::Error) -> Failure {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => Failure::Output(e),
        other => Failure::Output(io::Error::other(format!("{other:?}"))),
    }
}
