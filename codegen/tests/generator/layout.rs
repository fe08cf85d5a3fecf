//! The generated files are laid out as rustfmt lays them out: `rustfmt --check` passes on
//! them for today's matrix, a second matrix unlike it, and a larger synthetic one (long
//! lists, long names, deep headings), so rustc's quotes of generated lines and rustdoc's
//! "source" view read like hand-written code. Needs `rustfmt` (CI installs it).

use crate::common;

use std::fmt::Write as _;
use std::fs;
use std::process::Command;

use raci_codegen::generate;

/// A valid matrix of `rows` rows with names of every length, under headings five deep.
fn synthetic(rows: usize) -> String {
    let mut out = String::from(
        "[matrix]\ntitle = \"Synthetic\"\nsource = \"https://example.com/s\"\n\
         last-updated = 2024-01-01\nlegend-header = \"Roles\"\nactivity-header = \"Activity\"\n\n",
    );
    let parties = ["customer", "cloud-provider-with-a-long-name", "x"];
    for p in parties {
        let _ = writeln!(out, "[[parties]]\nid = \"{p}\"\nname = \"{p}\"\n");
    }
    for (letter, name) in [
        ("R", "Responsible"),
        ("A", "Accountable"),
        ("S", "Supportive"),
        ("C", "Consulted"),
        ("I", "Informed"),
    ] {
        let _ = writeln!(
            out,
            "[[roles]]\nletter = \"{letter}\"\nname = \"{name}\"\ndescription = \"{name}\"\n"
        );
    }
    let mut number = String::new();
    for depth in 1..=5 {
        if depth > 1 {
            number.push('.');
        }
        number.push('1');
        let _ = writeln!(
            out,
            "[[headings]]\nnumber = \"{number}\"\nid = \"level-{depth}\"\ntitle = \"Level {depth}\"\n"
        );
    }
    // Each row: exactly one `A`, at least one `R`.
    let rows_cells = [
        ["RA", "I", ""],
        ["I", "RASCI", "C"],
        ["C", "", "RA"],
        ["AI", "RS", "I"],
    ];
    for row in 0..rows {
        let id = format!("{}{row}", "do-something-rather-long-".repeat(row % 2 + 1));
        let [a, b, c] = rows_cells[row % rows_cells.len()];
        let _ = writeln!(
            out,
            "[[activities]]\nid = \"{id}\"\nheading = \"{number}\"\ntext = \"Row {row}\"\n\
             cells = {{ customer = \"{a}\", cloud-provider-with-a-long-name = \"{b}\", x = \"{c}\" }}\n"
        );
    }
    out
}

#[test]
fn rustfmt_finds_nothing_to_change_in_the_generated_files() {
    let real = common::real_matrix();
    let inputs = [
        ("real", real),
        ("rasci", include_str!("../fixtures/rasci.toml").to_owned()),
        ("synthetic", synthetic(300)),
    ];
    let dir = common::workspace().join("target").join("layout");
    fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (name, input) in &inputs {
        let generated = generate(input).unwrap_or_else(|d| panic!("{name}: {:?}", d.first()));
        for (kind, text) in [("code", &generated.code), ("types", &generated.types)] {
            let path = dir.join(format!("{name}-{kind}.rs"));
            fs::write(&path, text).unwrap();
            files.push(path);
        }
    }
    let output = Command::new("rustfmt")
        .args(["--edition", "2024", "--check"])
        .args(&files)
        .output()
        .expect("rustfmt runs (rustup component add rustfmt)");
    assert!(
        output.status.success(),
        "rustfmt would change the generated files:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
