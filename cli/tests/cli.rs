//! The `raci` tool run as a user runs it, through its output and exit codes.

use std::process::Command;

use assert_cmd::prelude::*;
use ovhcloud_raci::dedicated_servers::{Activity, ActivitySet};
use ovhcloud_raci::{AnyActivity, Party, Product};

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
        .filter(|l| l.chars().count() > 100 && *l != ovhcloud_raci::dedicated_servers::SOURCE_URL)
        .collect();
    assert!(wide.is_empty(), "lines wider than COLUMNS: {wide:#?}");
}

#[test]
fn list_formats() {
    let markdown = stdout(raci().args(["list", "--format", "markdown"]));
    assert_eq!(
        markdown,
        ovhcloud_raci::dedicated_servers::MARKDOWN.to_string()
    );

    let csv = stdout(raci().args(["list", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "product", "section", "heading", "id", "activity", "customer", "ovhcloud"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), Activity::COUNT);
    for (record, activity) in records.iter().zip(Activity::ALL) {
        assert_eq!(&record[0], "dedicated-servers");
        assert_eq!(&record[3], activity.id());
        assert_eq!(&record[4], activity.text());
        assert_eq!(&record[6], activity.roles(Party::Ovhcloud).to_string());
    }

    let json: serde_json::Value =
        serde_json::from_str(&stdout(raci().args(["list", "--format", "json"]))).unwrap();
    assert_eq!(
        json,
        serde_json::to_value(ovhcloud_raci::view::Matrix(Product::DedicatedServers)).unwrap()
    );
}

#[test]
fn show_who_what_and_search() {
    let out = stdout(raci().args(["show", "handle-hardware-incidents"]));
    assert_eq!(
        out,
        "Handle hardware and network incidents (tickets and telephone contacts)\n\
         id: handle-hardware-incidents\n\
         product: Shared responsibility for Dedicated Servers (dedicated-servers)\n\
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
    let out = stdout(raci().args(["what", "customer", "C", "--product", "dedicated-servers"]));
    assert_eq!(
        out,
        "Customer is Consulted for 1 activities:\n  produce-physical-machinery         CI    RA    \
         Produce, transport, deliver and maintain physical machinery and buildings\n"
    );
    let out = stdout(raci().args([
        "--product",
        "dedicated-servers",
        "search",
        "BACKUP",
        "restore",
    ]));
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
        "error: unknown activity id \"install-o\" in dedicated-servers; did you mean \"install-os\"?\n"
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
        stderr.contains("run `raci list --product dedicated-servers` to see every id"),
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
        &["products"],
        &["products", "--format", "json"],
        &["list", "--product", "hosted-private-cloud-vmware"],
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
    let csv = stdout(raci().args([
        "what",
        "customer",
        "responsible",
        "--format",
        "csv",
        "--product",
        "dedicated-servers",
    ]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[3].to_owned()).collect();
    let expected: Vec<String> = ActivitySet::with_role(Party::Customer, Role::Responsible)
        .iter()
        .map(|a| a.id().to_owned())
        .collect();
    assert_eq!(ids, expected);
    // `search` and `show`: JSON rows, as `view::Row` serializes them.
    let json: serde_json::Value = serde_json::from_str(&stdout(
        raci().args(["search", "backup", "--format", "json"]),
    ))
    .unwrap();
    // Across every product, without `--product`.
    let found: Vec<Row> = AnyActivity::all()
        .filter(|a| a.text().to_lowercase().contains("backup"))
        .map(Row)
        .collect();
    assert!(
        found
            .iter()
            .any(|r| r.0.product() != Product::DedicatedServers)
    );
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
        serde_json::to_value([Row(Activity::InstallOs.erase())]).unwrap()
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
    let markdown = stdout(raci().args([
        "search",
        "install the os",
        "--format",
        "markdown",
        "--product",
        "dedicated-servers",
    ]));
    assert_eq!(
        markdown,
        "| Id | Activity | Customer | OVHcloud |\n| --- | --- | --- | --- |\n\
         | install-os | Install the OS | RA | RI |\n"
    );
}

/// `products --format json`: what other programs read of the catalogue (kept stable).
#[test]
fn products_lists_the_catalogue() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(raci().args(["products", "--format", "json"]))).unwrap();
    let products = json.as_array().unwrap();
    assert_eq!(products.len(), products_in_index());
    let rows: u64 = products.iter().map(|p| p["rows"].as_u64().unwrap()).sum();
    assert_eq!(rows, 1_195);
    for (entry, product) in products.iter().zip(Product::ALL) {
        assert_eq!(entry["id"], product.id());
        assert_eq!(entry["rows"], product.row_count());
        assert_eq!(entry["title"], product.title());
    }
    let paas = products
        .iter()
        .find(|p| p["id"] == "web-paas-platform-sh")
        .unwrap();
    assert_eq!(paas["last_updated"], serde_json::Value::Null);
    let table = stdout(raci().arg("products"));
    assert_eq!(table.lines().count(), products_in_index());
    assert!(table.contains("private-exchange"), "{table}");
    assert!(
        table.contains("2024-6-25"),
        "the date as the page writes it: {table}"
    );
}

/// `list --product <id> --format json`: one product's whole matrix, as `view::Matrix`.
#[test]
fn product_selects_the_matrix() {
    for product in [Product::Kms, Product::SapOnOvhcloud, Product::FileStorage] {
        let json: serde_json::Value = serde_json::from_str(&stdout(raci().args([
            "list",
            "--product",
            product.id(),
            "--format",
            "json",
        ])))
        .unwrap();
        assert_eq!(
            json,
            serde_json::to_value(ovhcloud_raci::view::Matrix(product)).unwrap()
        );
        assert_eq!(
            json["activities"].as_array().unwrap().len(),
            product.row_count()
        );
        let markdown =
            stdout(raci().args(["list", "--product", product.id(), "--format", "markdown"]));
        assert_eq!(markdown, product.markdown().to_string());
    }
    // The Markdown's headings can start lower, for a wiki page's own title.
    let nested = stdout(raci().args(["list", "--format", "markdown", "--heading-level", "3"]));
    assert_eq!(
        nested,
        Product::DedicatedServers
            .markdown()
            .top_level(3)
            .to_string()
    );
    assert!(nested.starts_with("### Shared responsibility"), "{nested}");
    raci()
        .args(["list", "--format", "markdown", "--heading-level", "7"])
        .assert()
        .code(2);
    // SAP's applicability columns reach the JSON rows.
    let sap: serde_json::Value = serde_json::from_str(&stdout(raci().args([
        "list",
        "--product",
        "sap-on-ovhcloud",
        "--format",
        "json",
    ])))
    .unwrap();
    assert!(
        sap["activities"][0]["offers"]
            .as_array()
            .is_some_and(|o| !o.is_empty())
    );
    // An activity by `product/id`, and by id in `--product`'s matrix.
    let first = Product::Kms.activities().next().unwrap();
    let by_path = stdout(raci().args(["show", &first.to_string()]));
    let by_id = stdout(raci().args(["show", first.id(), "--product", "kms"]));
    assert_eq!(by_path, by_id);
    assert!(by_path.starts_with(first.text()), "{by_path}");
    // `what` without `--product` reads every product.
    let csv = stdout(raci().args(["what", "ovhcloud", "R", "--format", "csv"]));
    let expected = AnyActivity::all()
        .filter(|a| {
            a.roles(Party::Ovhcloud)
                .contains(ovhcloud_raci::Role::Responsible)
        })
        .count();
    assert_eq!(csv.lines().count(), expected + 1);
    // An unknown product is a usage error that names the nearest.
    let assert = raci().args(["list", "--product", "kms2"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("did you mean \"kms\"?"), "{stderr}");
}

fn workspace(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

/// `diff`: the Dedicated Servers pages of 2021 and 2024, in every format.
#[test]
fn diff_tells_what_changed_between_two_pages() {
    let old = workspace("catalogue/versions/dedicated-servers.en-gb.2021-12-01.683f728d.md");
    let new = workspace("catalogue/pages/dedicated-servers.en-gb.md");
    let text = stdout(raci().arg("diff").arg(&old).arg(&new));
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.starts_with("title changed: "), "{text}");
    let json: serde_json::Value = serde_json::from_str(&stdout(
        raci()
            .arg("diff")
            .arg(&old)
            .arg(&new)
            .args(["--format", "json"]),
    ))
    .unwrap();
    let kinds: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["change"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["metadata", "metadata", "row-added", "row-added"]);
    // CSV: one record a change, the same kinds, the row added with its cells.
    let csv = stdout(
        raci()
            .arg("diff")
            .arg(&old)
            .arg(&new)
            .args(["--format", "csv"]),
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "change", "id", "heading", "party", "text", "before", "after"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let csv_kinds: Vec<&str> = records.iter().map(|r| &r[0]).collect();
    assert_eq!(csv_kinds, kinds);
    let added = &json.as_array().unwrap()[2]["row"];
    assert_eq!(&records[2][1], added["id"].as_str().unwrap());
    assert_eq!(&records[2][2], added["heading"].as_str().unwrap());
    assert_eq!(&records[2][4], added["text"].as_str().unwrap());
    assert!(records[2][6].contains(" | "), "{:?}", &records[2]);
    assert_eq!(
        stdout(raci().arg("diff").arg(&new).arg(&new)),
        "No change.\n"
    );
    // A matrix file against its page: the same words and cells.
    let toml = workspace("catalogue/kms.toml");
    let page = workspace("catalogue/pages/kms.es-us.md");
    assert_eq!(
        stdout(raci().arg("diff").arg(&toml).arg(&page)),
        "No change.\n"
    );
}

/// `check`: 0 when the page says what the crate says, even laid out otherwise; 1 with the
/// changes when it does not.
#[test]
fn check_exits_1_only_when_the_page_changed() {
    let page = workspace("catalogue/pages/kms.es-us.md");
    assert_eq!(stdout(raci().arg("check").arg(&page)), "No change.\n");
    // Layout only: padded cells, a bold heading, a heading whose number alone is bold, blank
    // lines, front matter reordered.
    let text = std::fs::read_to_string(&page).unwrap();
    let relaid = text
        .replace("| RA |", "|   RA   |")
        .replacen(
            "### 1. Before subscription",
            "### **1. Before subscription**",
            1,
        )
        .replacen("### 2. Service", "### **2.** Service", 1)
        .replacen("#### 1.1.", "\n#### 1.1.", 1);
    let mut lines: Vec<&str> = relaid.lines().collect();
    let title = lines.iter().position(|l| l.starts_with("title:")).unwrap();
    let line = lines.remove(title);
    lines.insert(title + 1, line);
    assert_ne!(lines.join("\n"), text);
    let dir = std::env::temp_dir().join("raci-check-test");
    std::fs::create_dir_all(&dir).unwrap();
    let relaid_path = dir.join("kms.en-gb.md");
    std::fs::write(&relaid_path, lines.join("\n") + "\n").unwrap();
    assert_eq!(
        stdout(raci().arg("check").arg(&relaid_path)),
        "No change.\n"
    );
    // A page that changed: a cell and a row's words.
    let changed = text.replacen("| RA |", "| R |", 1);
    let changed_path = dir.join("kms-changed.en-gb.md");
    std::fs::write(&changed_path, changed).unwrap();
    let assert = raci().arg("check").arg(&changed_path).assert().code(1);
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(out.starts_with("cell of customer for "), "{out}");
    assert!(
        out.contains("RA → R (roles added: none; removed: A)"),
        "{out}"
    );
    // An older page of Dedicated Servers, named with --product.
    let old = workspace("catalogue/versions/dedicated-servers.en-gb.2021-12-01.683f728d.md");
    let assert = raci()
        .args(["check", "--product", "dedicated-servers"])
        .arg(&old)
        .assert()
        .code(1);
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert_eq!(out.matches("row removed").count(), 2, "{out}");
}

/// `--lang fr-fr`: the French texts where the product has them, the English marked `(en)`.
#[test]
fn lang_shows_the_french_texts() {
    let out = stdout(raci().args(["--lang", "fr-fr"]));
    assert!(out.starts_with("RACI Serveurs Dédiés"), "{out}");
    assert!(
        out.contains("Choisir la localisation des serveurs dédiés [choose-location]"),
        "{out}"
    );
    assert!(out.contains("(en) [transfer-data]"), "{out}");
    let show = stdout(raci().args(["show", "choose-location", "--lang", "fr-fr"]));
    assert!(
        show.starts_with("Choisir la localisation des serveurs dédiés\n"),
        "{show}"
    );
    let assert = raci().args(["list", "--lang", "xx"]).assert().code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("unknown locale"), "{stderr}");
}

/// How many products the index (`raci.toml`) names: what the counts below are checked against.
fn products_in_index() -> usize {
    let index = include_str!("../../raci.toml");
    index.lines().filter(|l| l.trim() == "[[products]]").count()
}

/// `export`: OSCAL to standard output is JSON whose UUIDs and ids are the same in every run;
/// the ownership sheet prints in every format; a file that cannot be written is an error
/// (exit 1) that leaves nothing behind. `.ci/exports.py` reads the files with OSCAL's and
/// spreadsheets' own readers.
#[test]
fn exports_are_stable_and_fail_whole() {
    let first = stdout(raci().args(["export", "oscal", "--product", "kms"]));
    assert_eq!(
        first,
        stdout(raci().args(["export", "oscal", "--product", "kms"]))
    );
    let json: serde_json::Value = serde_json::from_str(&first).unwrap();
    let requirements = json["component-definition"]["components"][0]["control-implementations"][0]
        ["implemented-requirements"]
        .as_array()
        .unwrap();
    assert_eq!(requirements.len(), Product::Kms.row_count());
    assert!(
        requirements[0]["control-id"]
            .as_str()
            .unwrap()
            .starts_with("kms.")
    );
    for format in ["table", "markdown", "csv", "json"] {
        let out = stdout(raci().args([
            "export",
            "ownership",
            "--product",
            "kms",
            "--format",
            format,
        ]));
        assert!(out.contains("CSC-owned"), "{format}: {out}");
    }
    // A directory in the file's place: the temporary file is written, the rename fails.
    let dir = std::env::temp_dir().join("raci-export-test");
    let target = dir.join("taken.xlsx");
    std::fs::create_dir_all(&target).unwrap();
    let assert = raci()
        .args(["export", "xlsx", "--output"])
        .arg(&target)
        .assert()
        .code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.starts_with("error: cannot write "), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["taken.xlsx"], "a partial file was left behind");
}

/// `--as-of`: each command reads the version of the page in force that day; `versions`
/// lists them.
#[test]
fn as_of_reads_the_page_in_force_that_day() {
    let csv = stdout(raci().args(["list", "--as-of", "2022-06-01", "--format", "csv"]));
    assert_eq!(csv.lines().count(), 1 + 50);
    let today = stdout(raci().args(["list", "--as-of", "2026-12-06", "--format", "csv"]));
    assert_eq!(today, stdout(raci().args(["list", "--format", "csv"])));
    let table = stdout(raci().args(["list", "--as-of", "2022-06-01"]));
    assert!(
        table.starts_with("RACI Dedicated servers (last updated 2021-12-01)\n"),
        "{table}"
    );
    assert!(table.contains("An earlier version of the page, taken at commit 683f728d"));
    let json: serde_json::Value = serde_json::from_str(&stdout(raci().args([
        "list",
        "--as-of",
        "2022-06-01",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["current"], false);
    assert_eq!(json["activities"].as_array().unwrap().len(), 50);
    // `what` and `search` leave out the products the crate holds no page of that day.
    let rows = stdout(raci().args([
        "what",
        "ovhcloud",
        "R",
        "--as-of",
        "2022-06-01",
        "--format",
        "csv",
    ]));
    let products: std::collections::BTreeSet<&str> = rows
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert!(products.contains("dedicated-servers") && products.contains("public-cloud-databases"));
    assert!(!products.contains("kms"), "{products:?}");
    // A row of the earlier page, by its id there.
    let first = csv
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(3)
        .unwrap()
        .to_owned();
    let shown = stdout(raci().args(["show", &first, "--as-of", "2022-06-01", "--format", "csv"]));
    assert_eq!(shown.lines().nth(1), csv.lines().nth(1));
    stdout(raci().args([
        "who",
        "A",
        &format!("dedicated-servers/{first}"),
        "--as-of",
        "2022-06-01",
    ]));
    // Before the oldest version, or not a day: usage errors.
    let assert = raci()
        .args(["list", "--as-of", "2020-01-01"])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("its oldest is 2021-12-01"), "{stderr}");
    raci()
        .args(["list", "--as-of", "2022-02-30"])
        .assert()
        .code(2);
    raci()
        .args(["list", "--as-of", "1 June 2022"])
        .assert()
        .code(2);
    // The versions of a page, oldest first.
    let versions = stdout(raci().args([
        "versions",
        "--product",
        "public-cloud-databases",
        "--format",
        "csv",
    ]));
    let lines: Vec<&str> = versions.lines().collect();
    assert_eq!(lines[0], "id,rows,last_updated,title,source,commit,current");
    assert!(
        lines[1].contains(",2021-09-28,") && lines[1].ends_with(",false"),
        "{versions}"
    );
    assert!(lines.last().unwrap().ends_with(",true"), "{versions}");
}
