//! Mistakes only a catalogue can make, each a directory under `tests/catalogue/` with its
//! expected report beside it (`expected.stderr`): a product file missing or named twice,
//! two products with one id, a feature for no product (the case's `Cargo.toml`), products
//! whose parties or roles differ, product ids that cannot name a module, an index without
//! products, a product file that is not UTF-8 or not a valid matrix; and a page the
//! importer cannot read (`page.md`). Run with `UPDATE_SNAPSHOTS=1` to write the reports
//! anew, then review the diff.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use raci_codegen::catalogue::{Inputs, generate};

/// What the generator (or, for a page, the importer) reports for the case in `dir`; `None`
/// for a page when the importer is not built (feature `import`).
fn report(dir: &Path) -> Option<String> {
    if dir.join("page.md").exists() {
        return page_report(dir);
    }
    let index = fs::read_to_string(dir.join("raci.toml")).unwrap();
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).ok();
    let mut read = |file: &str| fs::read(dir.join(file));
    let inputs = Inputs {
        index_name: "raci.toml",
        index: &index,
        manifest: manifest.as_deref().map(|m| ("Cargo.toml", m)),
        enabled: &|_| true,
        read: &mut read,
        history: true,
        locales: true,
    };
    let reports = generate(inputs).expect_err("the case is a mistake");
    let mut out = String::new();
    for r in &reports {
        let _ = writeln!(out, "{}: {}", r.severity.as_str(), r.line);
    }
    // The OS's words for a missing file differ between systems.
    Some(out.replace("No such file or directory (os error 2)", "not found"))
}

#[cfg(feature = "import")]
#[allow(clippy::unnecessary_wraps)] // `None` is the answer without the feature
fn page_report(dir: &Path) -> Option<String> {
    let page = fs::read_to_string(dir.join("page.md")).unwrap();
    let errors = raci_codegen::import::read_page(&page).expect_err("the page does not import");
    Some(errors.iter().map(|e| e.render("page.md") + "\n").collect())
}

#[cfg(not(feature = "import"))]
fn page_report(_: &Path) -> Option<String> {
    None
}

#[test]
fn every_catalogue_mistake_gets_its_expected_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/catalogue");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut cases: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 9, "{} cases", cases.len());
    let mut mismatches = Vec::new();
    for case in &cases {
        let Some(rendered) = report(case) else {
            continue;
        };
        assert!(!rendered.is_empty(), "{}: nothing reported", case.display());
        let snapshot = case.join("expected.stderr");
        if update {
            fs::write(&snapshot, &rendered).unwrap();
        } else if fs::read_to_string(&snapshot).ok().as_deref() != Some(rendered.as_str()) {
            mismatches.push(format!("{}:\n{rendered}", case.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "reports differ:\n{}",
        mismatches.join("\n")
    );
}

/// The real catalogue passes every check, with all its products and its `Cargo.toml`.
#[test]
fn the_real_catalogue_is_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let index = fs::read_to_string(root.join("raci.toml")).unwrap();
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let mut read = |file: &str| fs::read(root.join(file));
    let generated = generate(Inputs {
        index_name: "raci.toml",
        index: &index,
        manifest: Some(("Cargo.toml", &manifest)),
        enabled: &|_| true,
        read: &mut read,
        history: true,
        locales: true,
    })
    .unwrap_or_else(|reports| panic!("{reports:#?}"));
    assert!(generated.warnings.is_empty(), "{:#?}", generated.warnings);
    // The shared files, four for each product, and one more for each with earlier versions.
    let with_history = index
        .lines()
        .filter(|l| l.starts_with("earlier = "))
        .count();
    assert_eq!(
        generated.files.len(),
        3 + 4 * products_in_index() + with_history
    );
    // Deterministic: the same inputs give byte-identical files.
    let mut read = |file: &str| fs::read(root.join(file));
    let again = generate(Inputs {
        index_name: "raci.toml",
        index: &index,
        manifest: Some(("Cargo.toml", &manifest)),
        enabled: &|_| true,
        read: &mut read,
        history: true,
        locales: true,
    })
    .unwrap();
    assert_eq!(generated, again);
}

/// How many products the index (`raci.toml`) names: what the counts below are checked against.
fn products_in_index() -> usize {
    let index = include_str!("../../../raci.toml");
    index.lines().filter(|l| l.trim() == "[[products]]").count()
}
