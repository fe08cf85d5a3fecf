//! The `raci` tool run as a user runs it, through its output and exit codes.

use std::process::Command;

use assert_cmd::prelude::*;
use ovhcloud_raci::{Activity, Party};

/// The tool, as cargo built it for these tests.
fn raci() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_raci"));
    command.env_remove("NO_COLOR").env("COLUMNS", "100");
    command
}

fn stdout(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn no_arguments_prints_the_whole_matrix() {
    let out = stdout(&mut raci());
    assert!(
        out.starts_with("Shared responsibility for Dedicated Servers (last updated 2024-02-29)\n")
    );
    for activity in Activity::ALL {
        assert!(
            out.contains(&format!("[{}]", activity.id())),
            "{}",
            activity.id()
        );
    }
    assert!(
        out.contains("    RA        RI        Install the OS [install-os]\n"),
        "{out}"
    );
    // Not a terminal: no colour codes.
    assert!(!out.contains('\x1b'));
    // Every line fits the terminal width, but the source's address, which cannot break.
    let wide: Vec<&str> = out
        .lines()
        .filter(|l| l.chars().count() > 100 && *l != ovhcloud_raci::SOURCE_URL)
        .collect();
    assert!(wide.is_empty(), "lines wider than COLUMNS: {wide:#?}");
}

#[test]
fn list_formats() {
    let markdown = stdout(raci().args(["list", "--format", "markdown"]));
    assert_eq!(markdown, ovhcloud_raci::Markdown.to_string());

    let csv = stdout(raci().args(["list", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "section", "heading", "id", "activity", "customer", "ovhcloud"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), Activity::COUNT);
    for (record, activity) in records.iter().zip(Activity::ALL) {
        assert_eq!(&record[2], activity.id());
        assert_eq!(&record[3], activity.text());
        assert_eq!(&record[5], activity.roles(Party::Ovhcloud).to_string());
    }

    let json: serde_json::Value =
        serde_json::from_str(&stdout(raci().args(["list", "--format", "json"]))).unwrap();
    assert_eq!(
        json,
        serde_json::to_value(ovhcloud_raci::view::Matrix).unwrap()
    );
}

#[test]
fn show_who_what_and_search() {
    let out = stdout(raci().args(["show", "handle-hardware-incidents"]));
    assert_eq!(
        out,
        "Handle hardware and network incidents (tickets and telephone contacts)\n\
         id: handle-hardware-incidents\n\
         section: 3. Service usage > 3.2. Event management > 3.2.1. Incidents\n\
         Customer  AI   Accountable, Informed\n\
         OVHcloud  RA   Responsible, Accountable\n\
         waiver of exactly-one-accountable: The source page marks both the customer (AI) and \
         OVHcloud (RA) Accountable. Kept as published.\n"
    );
    assert_eq!(
        stdout(raci().args(["who", "accountable", "handle-hardware-incidents"])),
        "Customer\nOVHcloud\n"
    );
    assert_eq!(
        stdout(raci().args(["who", "C", "install-os"])),
        "No party is Consulted for \"Install the OS\".\n"
    );
    let out = stdout(raci().args(["what", "customer", "C"]));
    assert_eq!(
        out,
        "Customer is Consulted for 1 activities:\n  produce-physical-machinery         CI    RA    \
         Produce, transport, deliver and maintain physical machinery and buildings\n"
    );
    let out = stdout(raci().args(["search", "BACKUP", "restore"]));
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("restore-backups"));
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    // Output to a pipe is never coloured; NO_COLOR is honoured as well.
    let out = stdout(raci().args(["show", "install-os"]).env("NO_COLOR", "1"));
    assert!(!out.contains('\x1b'));
}

#[test]
fn usage_errors_exit_2_and_say_what_is_accepted() {
    let assert = raci().args(["show", "install-o"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr,
        "error: unknown activity id \"install-o\"; did you mean \"install-os\"?\n"
    );
    // Case aside, as parsing is.
    let assert = raci().args(["show", "INSTALL-OS"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("did you mean \"install-os\"?"), "{stderr}");
    // Words that are no id's: a search, probably.
    let assert = raci().args(["show", "backups"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.ends_with("or `raci search backups` to find an activity by its words\n"),
        "{stderr}"
    );

    let assert = raci().args(["what", "ovh", "R"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("\"ovhcloud\" (\"OVHcloud\")"), "{stderr}");

    let assert = raci().args(["who", "X", "install-os"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("expected a role letter or name"),
        "{stderr}"
    );

    raci().arg("bogus").assert().code(2);
    raci().args(["list", "--format", "xml"]).assert().code(2);
    let assert = raci().args(["show", "zzzzzz"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("run `raci list` to see every id"),
        "{stderr}"
    );
}

/// A closed output (`raci list | head -1`) ends the tool quietly with success, in every
/// subcommand and format: the reader here closes its end before the tool writes.
#[test]
fn a_closed_pipe_ends_the_tool_quietly() {
    use std::io::Read as _;
    use std::process::Stdio;

    let cases: &[&[&str]] = &[
        &["list"],
        &["list", "--format", "markdown"],
        &["list", "--format", "csv"],
        &["list", "--format", "json"],
        &["show", "install-os"],
        &["who", "accountable", "install-os"],
        &["what", "customer", "R"],
        &["search", "the"],
    ];
    for args in cases {
        let mut child = raci()
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "{args:?}: {status}\n{stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn version_prints_the_crate_version() {
    assert_eq!(
        stdout(raci().arg("--version")),
        format!("raci {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn show_says_no_waiver_where_there_is_none() {
    let out = stdout(raci().args(["show", "install-os"]));
    assert!(!out.contains("waiver"), "{out}");
}

#[test]
fn every_subcommand_takes_every_format() {
    use ovhcloud_raci::{Role, view::Row};

    // `what`: the same rows as the library, in CSV with `list`'s columns.
    let csv = stdout(raci().args(["what", "customer", "responsible", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[2].to_owned()).collect();
    let expected: Vec<String> = Party::Customer
        .activities(Role::Responsible)
        .iter()
        .map(|a| a.id().to_owned())
        .collect();
    assert_eq!(ids, expected);
    // `search` and `show`: JSON rows, as `view::Row` serializes them.
    let json: serde_json::Value = serde_json::from_str(&stdout(
        raci().args(["search", "backup", "--format", "json"]),
    ))
    .unwrap();
    let found: Vec<Row> = Activity::ALL
        .into_iter()
        .filter(|a| a.text().to_lowercase().contains("backup"))
        .map(Row)
        .collect();
    assert_eq!(json, serde_json::to_value(found).unwrap());
    let json: serde_json::Value = serde_json::from_str(&stdout(raci().args([
        "show",
        "install-os",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(
        json,
        serde_json::to_value([Row(Activity::InstallOs)]).unwrap()
    );
    // `who`: parties.
    assert_eq!(
        stdout(raci().args(["who", "A", "handle-hardware-incidents", "--format", "csv"])),
        "id,name\ncustomer,Customer\novhcloud,OVHcloud\n"
    );
    assert_eq!(
        stdout(raci().args(["who", "R", "install-os", "--format", "markdown"])),
        "- Customer\n- OVHcloud\n"
    );
    // Markdown rows: a table with the cells as written.
    let markdown = stdout(raci().args(["search", "install the os", "--format", "markdown"]));
    assert_eq!(
        markdown,
        "| Id | Activity | Customer | OVHcloud |\n| --- | --- | --- | --- |\n\
         | install-os | Install the OS | RA | RI |\n"
    );
}
