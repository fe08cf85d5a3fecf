//! `raci`: OVHcloud's shared-responsibility matrices from the terminal.
//!
//! ```text
//! cargo install --path cli            # once, from the repository; then:
//! raci                                # the Dedicated Servers matrix, as the page reads
//! raci products                       # the catalogue
//! raci list --product kms --format csv   # table, markdown, csv or json, in every command
//! raci show install-os                # one activity (of --product, Dedicated Servers by default)
//! raci show kms/create-key            # or named by product/id
//! raci who accountable install-os
//! raci what ovhcloud R                # what OVHcloud is Responsible for, in every product
//! raci search backup                  # in every product, or --product's
//! raci versions                       # the versions of a page the crate holds
//! raci list --as-of 2022-06-01        # the matrix as it stood that day
//! ```
//!
//! The tool is laid out as ripgrep is: `flags` defines the command line, `resolve` turns
//! its words into the library's values, each command computes a `report::Report`, and
//! `printers` writes it in the format asked for; `drift` (`diff`, `check`) is the only part
//! that uses the generator.
//!
//! Usage errors exit with code 2 and say what is accepted; unknown ids get suggestions. A
//! closed output (`raci list | head -1`) ends the tool quietly with success.

mod drift;
mod exports;
mod flags;
mod printers;
mod report;
mod resolve;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use ovhcloud_raci::{AnyActivity, Date, PageVersion, Product};

use flags::{Cli, Command};
use printers::{Settings, Style};
use report::Report;

/// Why the tool stops early: a usage error (exit code 2, said on standard error), standard
/// output failing, or an export's file that cannot be written (exit code 1). A closed pipe (`raci list | head -1`) ends the tool quietly with
/// success, as `ripgrep` does; another output error says so and exits with 1.
enum Failure {
    Usage(String),
    Output(io::Error),
    /// `check`: the page changed (exit code 1, the changes already printed).
    Changed,
    /// An export that cannot be made or written: what and why (exit code 1).
    Export(String),
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
    let mut out = io::stdout().lock();
    let result = run(cli, &mut out).and_then(|()| Ok(out.flush()?));
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
        Err(Failure::Export(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one command, writing to `out`.
fn run(cli: Cli, out: &mut impl Write) -> Result<(), Failure> {
    let product = cli.product.as_deref().map(resolve::product).transpose()?;
    let as_of = cli.as_of.as_deref().map(resolve::date).transpose()?;
    let settings = Settings {
        lang: cli.lang.as_deref().map(resolve::locale).transpose()?,
        style: Style::detect(),
    };
    let command = cli.command.unwrap_or_default();
    let checking = matches!(command, Command::Check { .. });
    let Some((report, output)) = report(command, product, as_of, &settings, out)? else {
        // An export written whole: nothing more to print.
        return Ok(());
    };
    printers::print(output.format, &report, &settings, out)?;
    // `check` says by its exit code whether the page changed; `diff` only prints.
    match report {
        Report::Changes(changes) if checking && !changes.is_empty() => Err(Failure::Changed),
        _ => Ok(()),
    }
}

/// What `command` finds, and how to print it. `product` is `--product`'s: the one product
/// `list`, `show` and `who` read (else the catalogue's first), the only one `what` and
/// `search` read (else every product).
/// `as_of`, the day `--as-of` names, picks the version of each page read (products that
/// had no page then are left out of `what` and `search`).
/// `None` for an export already written (to `out` or its file).
fn report(
    command: Command,
    product: Option<Product>,
    as_of: Option<Date>,
    settings: &Settings,
    out: &mut impl Write,
) -> Result<Option<(Report, flags::Output)>, Failure> {
    let one = product.unwrap_or(resolve::DEFAULT_PRODUCT);
    let every = || -> Vec<Product> { product.map_or_else(|| Product::ALL.to_vec(), |p| vec![p]) };
    let pages = || -> Vec<PageVersion> {
        every()
            .into_iter()
            .filter_map(|p| match as_of {
                Some(day) => p.as_of(day),
                None => Some(p.current_version()),
            })
            .collect()
    };
    let rows_of = |keep: &dyn Fn(&AnyActivity) -> bool| -> Vec<AnyActivity> {
        pages()
            .iter()
            .flat_map(|p| p.activities())
            .filter(|a| keep(a))
            .collect()
    };
    Ok(Some(match command {
        Command::Products { output } => (
            Report::Pages {
                pages: Product::ALL.map(Product::current_version).to_vec(),
                versions: false,
            },
            output,
        ),
        Command::Versions { output } => (
            Report::Pages {
                pages: one.versions().collect(),
                versions: true,
            },
            output,
        ),
        Command::List {
            output,
            heading_level,
        } => (
            Report::Matrix {
                version: resolve::version(one, as_of)?,
                heading_level,
            },
            output,
        ),
        Command::Show { id, output } => (
            Report::Activity(resolve::activity(one, &id, as_of)?),
            output,
        ),
        Command::Who { role, id, output } => {
            let (role, activity) = (resolve::role(&role)?, resolve::activity(one, &id, as_of)?);
            let parties = activity.parties_with(role).iter().collect();
            let report = Report::Parties {
                role,
                activity,
                parties,
            };
            (report, output)
        }
        Command::What {
            party,
            role,
            output,
        } => {
            let (party, role) = (resolve::party(&party)?, resolve::role(&role)?);
            let rows = rows_of(&|a| a.roles(party).contains(role));
            let title = format!("{party} is {role} for {} activities:", rows.len());
            let report = Report::Rows {
                title: Some(title),
                when_empty: None,
                rows,
            };
            (report, output)
        }
        Command::Search { words, output } => {
            let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let rows = rows_of(&|a| {
                let text = a.text().to_lowercase();
                words.iter().all(|w| text.contains(w.as_str()))
            });
            let report = Report::Rows {
                title: None,
                when_empty: Some(format!("No activity mentions {}.", words.join(" and "))),
                rows,
            };
            (report, output)
        }
        Command::Diff { old, new, output } => {
            (Report::Changes(drift::changes(&old, &new)?), output)
        }
        Command::Check { page, output } => (Report::Changes(drift::check(&page, product)?), output),
        Command::Export { export } => return exports::run(export, &every(), settings.lang, out),
    }))
}
