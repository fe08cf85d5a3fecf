//! `raci`: the OVHcloud Dedicated Servers responsibility matrix from the terminal.
//!
//! ```text
//! cargo run --example raci --features serde                       # the whole matrix, as the page reads
//! cargo run --example raci --features serde -- list --format csv  # table, markdown, csv or json
//! cargo run --example raci --features serde -- show install-os    # one activity
//! cargo run --example raci --features serde -- who accountable install-os
//! cargo run --example raci --features serde -- what ovhcloud R    # what OVHcloud is Responsible for
//! cargo run --example raci --features serde -- search backup
//! ```
//!
//! Usage errors exit with code 2 and say what is accepted; unknown ids get suggestions.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ovhcloud_raci::{
    Activity, LAST_UPDATED_AS_WRITTEN, Markdown, Party, Role, SOURCE_URL, Section, TITLE, view,
};

#[derive(Parser)]
#[command(
    name = "raci",
    about = "Who does what on OVHcloud Dedicated Servers (the shared-responsibility matrix)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the whole matrix (the default).
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Print one activity: its text, heading and every party's cell.
    Show {
        /// Activity id, such as `install-os`.
        id: String,
    },
    /// Which parties hold a role for an activity.
    Who {
        /// Role letter or name: R, A, C, I, Responsible…
        role: String,
        /// Activity id.
        id: String,
    },
    /// Every activity for which a party holds a role.
    What {
        /// Party id or name: customer, ovhcloud.
        party: String,
        /// Role letter or name.
        role: String,
    },
    /// Activities whose text contains every word (case-insensitive).
    Search {
        /// Words to look for.
        #[arg(required = true)]
        words: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = Style::detect();
    let result = match cli.command.unwrap_or(Command::List {
        format: Format::Table,
    }) {
        Command::List { format } => list(format, &style),
        Command::Show { id } => activity(&id).map(|a| show(a, &style)),
        Command::Who { role, id } => role_of(&role).and_then(|r| activity(&id).map(|a| who(r, a))),
        Command::What { party, role } => {
            party_of(&party).and_then(|p| role_of(&role).map(|r| what(p, r)))
        }
        Command::Search { words } => {
            search(&words);
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn activity(id: &str) -> Result<Activity, String> {
    id.parse::<Activity>().map_err(|_| {
        let mut close: Vec<(f64, &str)> = Activity::ALL
            .iter()
            .map(|a| (strsim::jaro_winkler(id, a.id()), a.id()))
            .filter(|&(score, _)| score > 0.8)
            .collect();
        close.sort_by(|a, b| b.0.total_cmp(&a.0));
        let suggestions: Vec<&str> = close.iter().take(3).map(|&(_, id)| id).collect();
        let hint = if suggestions.is_empty() {
            "run `raci list` to see every id".to_owned()
        } else {
            format!("did you mean {}?", suggestions.join(", "))
        };
        format!("unknown activity id \"{id}\": {hint}")
    })
}

fn role_of(text: &str) -> Result<Role, String> {
    text.parse::<Role>().map_err(|e| e.to_string())
}

fn party_of(text: &str) -> Result<Party, String> {
    text.parse::<Party>().map_err(|e| e.to_string())
}

fn list(format: Format, style: &Style) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match format {
        Format::Table => {
            table(style);
            Ok(())
        }
        Format::Markdown => write!(out, "{Markdown}").map_err(|e| e.to_string()),
        Format::Json => serde_json::to_writer_pretty(&mut out, &view::Matrix)
            .map_err(|e| e.to_string())
            .and_then(|()| writeln!(out).map_err(|e| e.to_string())),
        Format::Csv => csv_table(&mut out).map_err(|e| e.to_string()),
    }
}

fn csv_table(out: &mut impl Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["section", "heading", "id", "activity"];
    header.extend(Party::ALL.iter().map(|p| p.name()));
    writer.write_record(&header)?;
    for activity in Activity::ALL {
        let section = activity.section();
        let mut record = vec![
            section.number().to_owned(),
            section.title().to_owned(),
            activity.id().to_owned(),
            activity.text().to_owned(),
        ];
        record.extend(Party::ALL.iter().map(|&p| activity.roles(p).to_string()));
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

fn table(style: &Style) {
    match LAST_UPDATED_AS_WRITTEN {
        Some(date) => println!("{} (last updated {date})", style.bold(TITLE)),
        None => println!("{} (undated)", style.bold(TITLE)),
    }
    println!("{SOURCE_URL}");
    println!();
    for role in Role::ALL {
        println!(
            "  {}  {:<12} {}",
            role.letter(),
            role.name(),
            role.description()
        );
    }
    for section in Section::ALL {
        let indent = "  ".repeat(section.depth() - 1);
        println!();
        println!(
            "{indent}{}",
            style.bold(&format!("{}. {}", section.number(), section.title()))
        );
        if section.activities().is_empty() {
            continue;
        }
        let lead = indent.len() + 2;
        let text_width = style
            .width
            .saturating_sub(lead + CELL * Party::COUNT)
            .max(20);
        let mut parties = String::new();
        for party in Party::ALL {
            let _ = write!(parties, "{:<CELL$}", party.name());
        }
        println!("{indent}  {parties}Activity");
        for &activity in section.activities() {
            let mut cells = String::new();
            for party in Party::ALL {
                let letters = activity.roles(party).to_string();
                let _ = write!(
                    cells,
                    "{}{}",
                    style.cell(&letters),
                    " ".repeat(CELL - letters.len())
                );
            }
            let text = format!("{} [{}]", activity.text(), activity.id());
            for (i, line) in wrap(&text, text_width).iter().enumerate() {
                if i == 0 {
                    println!("{indent}  {cells}{line}");
                } else {
                    println!("{indent}  {}{line}", " ".repeat(CELL * Party::COUNT));
                }
            }
        }
    }
}

fn show(activity: Activity, style: &Style) {
    println!("{}", style.bold(activity.text()));
    println!("id: {}", activity.id());
    let mut path = vec![activity.section()];
    while let Some(parent) = path.last().and_then(|s| s.parent()) {
        path.push(parent);
    }
    let path: Vec<String> = path
        .iter()
        .rev()
        .map(|s| format!("{}. {}", s.number(), s.title()))
        .collect();
    println!("section: {}", path.join(" > "));
    for party in Party::ALL {
        let cell = activity.roles(party);
        let names: Vec<&str> = cell.iter().map(Role::name).collect();
        let letters = if cell.is_empty() {
            "-".to_owned()
        } else {
            cell.to_string()
        };
        println!(
            "{:<CELL$}{:<5}{}",
            party.name(),
            style.cell(&letters),
            names.join(", ")
        );
    }
}

fn who(role: Role, activity: Activity) {
    let parties = activity.parties_with(role);
    if parties.is_empty() {
        println!("No party is {role} for \"{}\".", activity.text());
    }
    for party in parties {
        println!("{}", party.name());
    }
}

fn what(party: Party, role: Role) {
    let activities = party.activities(role);
    println!("{party} is {role} for {} activities:", activities.len());
    for activity in activities {
        println!("  {:<34} {}", activity.id(), activity.text());
    }
}

fn search(words: &[String]) {
    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let found: Vec<Activity> = Activity::ALL
        .into_iter()
        .filter(|a| {
            let text = a.text().to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect();
    if found.is_empty() {
        println!("No activity mentions {}.", words.join(" and "));
    }
    for activity in found {
        println!("  {:<34} {}", activity.id(), activity.text());
    }
}
