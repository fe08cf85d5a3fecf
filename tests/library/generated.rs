//! The generated files the package carries for builds without the generator: the
//! generator's output for the default features, byte for byte, and nothing else.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Where the package keeps them (`generated/`).
const DIR: &str = "generated";

/// Every file under `dir`, by its path from `dir` with `/` separators.
fn files_under(dir: &Path) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&relative)) else {
            continue;
        };
        for entry in entries {
            let entry = entry.expect("a readable directory entry");
            let path = relative.join(entry.file_name());
            if entry.file_type().expect("a file type").is_dir() {
                pending.push(path);
            } else {
                let name = path.to_str().expect("a UTF-8 name").replace('\\', "/");
                let text = fs::read_to_string(dir.join(&path)).expect("a UTF-8 file");
                found.insert(name, text);
            }
        }
    }
    found
}

/// With `RACI_BLESS=1`, writes the generator's output instead of comparing with it.
#[test]
fn the_generated_files_the_package_carries_are_the_generators_output_for_the_default_features() {
    let expected: BTreeMap<String, String> =
        raci_codegen::build::default_build(Path::new("raci.toml"), Path::new("Cargo.toml"))
            .unwrap_or_else(|lines| panic!("the default build does not generate:\n{lines:#?}"))
            .into_iter()
            .collect();
    let dir = Path::new(DIR);
    if std::env::var_os("RACI_BLESS").is_some_and(|v| v == "1") {
        let _ = fs::remove_dir_all(dir);
        for (name, text) in &expected {
            let path = dir.join(name);
            fs::create_dir_all(path.parent().expect("a directory")).expect("a directory made");
            fs::write(&path, text).expect("a file written");
        }
    }
    let carried = files_under(dir);
    let names = |m: &BTreeMap<String, String>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&carried),
        names(&expected),
        "the files in generated/ are not those the generator writes for the default features: \
         run `RACI_BLESS=1 cargo test --test library --features generate generated` to write them"
    );
    for (name, text) in &expected {
        assert!(
            carried[name] == *text,
            "generated/{name} is not the generator's output for the default features: run \
             `RACI_BLESS=1 cargo test --test library --features generate generated` to write it"
        );
    }
}

/// Every product that the default features leave off turns on the generator, as do
/// `history` and `locales`: without it, the build would read files made for other features.
#[test]
fn every_feature_the_default_build_lacks_turns_on_the_generator() {
    let manifest: toml::Table = fs::read_to_string("Cargo.toml")
        .expect("Cargo.toml")
        .parse()
        .expect("valid TOML");
    let features = manifest["features"].as_table().expect("[features]");
    let list = |name: &str| -> Vec<String> {
        features[name]
            .as_array()
            .expect("a list")
            .iter()
            .map(|v| v.as_str().expect("a name").to_owned())
            .collect()
    };
    let default = list("default");
    let index: toml::Table = fs::read_to_string("raci.toml")
        .expect("raci.toml")
        .parse()
        .expect("valid TOML");
    let mut needs_it: Vec<String> = index["products"]
        .as_array()
        .expect("[[products]]")
        .iter()
        .map(|p| p["id"].as_str().expect("an id").to_owned())
        .filter(|id| !default.contains(id))
        .collect();
    needs_it.extend(["history".to_owned(), "locales".to_owned()]);
    for feature in needs_it {
        assert!(
            list(&feature).iter().any(|f| f == "generate"),
            "feature `{feature}` does not turn on `generate`"
        );
    }
    assert!(list("generate").iter().any(|f| f == "dep:raci-codegen"));
}
