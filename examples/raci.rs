//! The matrix from the terminal: print it whole, show one activity, or list what a party holds.
//!
//! ```text
//! cargo run --example raci                      # the whole matrix, as the page reads
//! cargo run --example raci -- show install-os   # one activity
//! cargo run --example raci -- ovhcloud R        # what OVHcloud is Responsible for
//! ```

use std::process::ExitCode;

use ovhcloud_raci::{Activity, LAST_UPDATED, Party, Role, SOURCE_URL, Section, TITLE};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => print_matrix(),
        ["show", id] => match id.parse::<Activity>() {
            Ok(activity) => show(activity),
            Err(e) => return usage_error(&e.to_string()),
        },
        [party, role] => match (party.parse::<Party>(), role.parse::<Role>()) {
            (Ok(party), Ok(role)) => list(party, role),
            (Err(e), _) | (_, Err(e)) => return usage_error(&e.to_string()),
        },
        _ => return usage_error("unexpected arguments"),
    }
    ExitCode::SUCCESS
}

fn usage_error(problem: &str) -> ExitCode {
    let parties: Vec<&str> = Party::ALL.iter().map(|p| p.id()).collect();
    let roles: Vec<String> = Role::ALL
        .iter()
        .map(|r| format!("{} ({})", r.letter(), r.name()))
        .collect();
    eprintln!("error: {problem}");
    eprintln!();
    eprintln!("usage:");
    eprintln!("  raci                  print the whole matrix");
    eprintln!("  raci show <id>        print one activity (ids: see `raci`, e.g. install-os)");
    eprintln!("  raci <party> <role>   list the activities for which <party> holds <role>");
    eprintln!();
    eprintln!("parties: {}", parties.join(", "));
    eprintln!("roles: {}", roles.join(", "));
    ExitCode::from(2)
}

/// Column width of one party's cell.
const CELL: usize = 9;

fn print_matrix() {
    println!("{TITLE} (last updated {LAST_UPDATED})");
    println!("{SOURCE_URL}");
    println!();
    for role in Role::ALL {
        println!("  {}: {}", role.letter(), role.description());
    }
    for section in Section::ALL {
        let indent = "  ".repeat(section.depth() - 1);
        println!();
        println!("{indent}{}. {}", section.number(), section.title());
        if section.activities().is_empty() {
            continue;
        }
        print!("{indent}  ");
        for party in Party::ALL {
            print!("{:<CELL$}", party.name());
        }
        println!("Activity");
        for &activity in section.activities() {
            print!("{indent}  ");
            for party in Party::ALL {
                print!("{:<CELL$}", activity.roles(party).to_string());
            }
            println!("{}  [{}]", activity.text(), activity.id());
        }
    }
}

fn show(activity: Activity) {
    println!("{}", activity.text());
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
        let cell = if cell.is_empty() {
            "-".to_owned()
        } else {
            cell.to_string()
        };
        println!("{:<CELL$}{cell:<4} {}", party.name(), names.join(", "));
    }
}

fn list(party: Party, role: Role) {
    let activities = party.activities(role);
    println!("{party} is {role} for {} activities:", activities.len());
    for activity in activities {
        println!("  {:<34} {}", activity.id(), activity.text());
    }
}
