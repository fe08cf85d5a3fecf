//! The generator's modules depend on each other one way: read from `src/`, every
//! `crate::…` and `super::…` path of a file is an arrow from its module to the module it
//! names, and the arrows between the crate's top-level modules (`lib.rs` one of them, its
//! re-exports resolved to where they are defined) have no circle; nor do those between the
//! files of one module directory (a file's arrows to its directory's `mod.rs`, which
//! declares it and holds what its files share, are the module's own). Code only: comments
//! (doc links) and tests inside a file (`#[cfg(test)] mod tests`) are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A module's path below the crate root: `[]` for `lib.rs`, `["emit", "layout"]`.
type Module = Vec<String>;

/// Every source file's module and its text without its tests.
fn sources() -> BTreeMap<Module, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
            if path.is_dir() {
                let mut inner = prefix.to_vec();
                inner.push(name);
                walk(&path, &inner, out);
            } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
                let mut module = prefix.to_vec();
                if name != "mod" && !(prefix.is_empty() && name == "lib") {
                    module.push(name);
                }
                let text = fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
                // Code only: a doc link is not an arrow.
                let code: Vec<&str> = code
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect();
                let code = code.join("\n");
                out.insert(module, code);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &[],
        &mut out,
    );
    // The binaries are not modules of the library.
    out.retain(|m, _| m.first().is_none_or(|f| f != "bin"));
    out
}

/// The paths `text` names after `start` (`crate::` or `super::`), braces expanded:
/// `crate::{a, b::c}` gives `a` and `b::c`.
fn paths_after(text: &str, start: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (at, _) in text.match_indices(start) {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &text[at + start.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return true,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .map_or(group.len(), |(i, _)| i);
            for item in group[..end].split(',') {
                paths.push(segments(item.trim()));
            }
        } else {
            paths.push(segments(rest));
        }
    }
    paths
}

/// `a::b::C…` → `["a", "b", "C"]`, up to the first character no path has.
fn segments(text: &str) -> Vec<String> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(text.len());
    text[..end]
        .split("::")
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The module a path from the crate root names: the longest module that begins it; else
/// the crate root's re-exports (`pub use a::{B, C}`) followed to their module, or the crate
/// root for what it defines. `None` for a path the crate has not: the generated code's
/// paths into the library (`crate::RoleSet` in a `quote!`).
fn target(
    path: &[String],
    modules: &BTreeSet<Module>,
    root: &BTreeMap<String, Module>,
) -> Option<Module> {
    let longest = (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| modules.contains(m));
    longest.or_else(|| path.first().and_then(|name| root.get(name)).cloned())
}

/// What the crate root offers by name: its re-exports, each with the module it comes
/// from, and the items it defines (`pub fn read`), with the root itself.
fn root_names(lib: &str) -> BTreeMap<String, Module> {
    let mut names = BTreeMap::new();
    for path in paths_after(&lib.replace("pub use ", "pub use crate::"), "crate::") {
        if let Some((name, module)) = path.split_last() {
            names.insert(name.clone(), module.to_vec());
        }
    }
    for keyword in ["pub fn ", "pub struct ", "pub const ", "pub enum "] {
        for (at, _) in lib.match_indices(keyword) {
            if let Some(name) = segments(&lib[at + keyword.len()..]).first() {
                names.insert(name.clone(), Vec::new());
            }
        }
    }
    names
}

/// Every arrow from a module to another, as the files name them.
fn arrows() -> BTreeSet<(Module, Module)> {
    let sources = sources();
    let modules: BTreeSet<Module> = sources.keys().cloned().collect();
    let root = root_names(&sources[&Vec::new()]);
    let mut arrows = BTreeSet::new();
    for (module, text) in &sources {
        let mut named = paths_after(text, "crate::");
        // `super::` from a file is its parent module; from a `mod.rs`, the one above.
        let parent: Module = module[..module.len().saturating_sub(1)].to_vec();
        for path in paths_after(text, "super::") {
            named.push(parent.iter().cloned().chain(path).collect());
        }
        for path in named {
            match target(&path, &modules, &root) {
                Some(to) if &to != module => {
                    arrows.insert((module.clone(), to));
                }
                _ => {}
            }
        }
    }
    arrows
}

/// Depth-first search from `node` with colours: a grey node reached again closes a circle.
fn visit<'a>(
    node: &'a String,
    arrows: &'a BTreeSet<(String, String)>,
    grey: &mut Vec<&'a String>,
    black: &mut BTreeSet<&'a String>,
) -> Option<Vec<String>> {
    if let Some(at) = grey.iter().position(|g| *g == node) {
        return Some(grey[at..].iter().map(|s| (*s).clone()).collect());
    }
    if black.contains(node) {
        return None;
    }
    grey.push(node);
    for (_, next) in arrows.iter().filter(|(from, _)| from == node) {
        if let Some(found) = visit(next, arrows, grey, black) {
            return Some(found);
        }
    }
    grey.pop();
    black.insert(node);
    None
}

/// A circle among `arrows`, if there is one, as the modules on it.
fn circle(arrows: &BTreeSet<(String, String)>) -> Option<Vec<String>> {
    let nodes: BTreeSet<&String> = arrows.iter().flat_map(|(a, b)| [a, b]).collect();
    let mut black = BTreeSet::new();
    nodes
        .into_iter()
        .find_map(|n| visit(n, arrows, &mut Vec::new(), &mut black))
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "lib".to_owned()
    } else {
        module.join("::")
    }
}

#[test]
fn the_top_level_modules_depend_on_each_other_one_way() {
    let arrows = arrows();
    assert!(arrows.len() > 30, "{arrows:?}");
    let top: BTreeSet<(String, String)> = arrows
        .iter()
        .map(|(a, b)| (name(&a[..a.len().min(1)]), name(&b[..b.len().min(1)])))
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(circle(&top), None, "a circle among {top:#?}");
    // The stages point down: no stage names the driver, the build script's side or the
    // tool-facing parts.
    for (from, to) in &top {
        let driver = ["catalogue", "build", "lib"].contains(&to.as_str());
        let stage = [
            "parse",
            "validate",
            "model",
            "emit",
            "escape",
            "diagnostic",
            "source",
        ]
        .contains(&from.as_str());
        assert!(!(stage && driver), "{from} names {to}, above it");
    }
}

#[test]
fn the_files_of_each_module_depend_on_each_other_one_way() {
    let arrows = arrows();
    let within: BTreeSet<(String, String)> = arrows
        .iter()
        .filter(|(a, b)| a.len() >= 2 && b.len() >= 2 && a[..a.len() - 1] == b[..b.len() - 1])
        .map(|(a, b)| (name(a), name(b)))
        .collect();
    assert!(!within.is_empty());
    assert_eq!(circle(&within), None, "a circle among {within:#?}");
}

/// The check finds a circle when there is one.
#[test]
fn a_circle_is_found() {
    let arrows: BTreeSet<(String, String)> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
    assert_eq!(circle(&arrows).map(|c| c.len()), Some(3));
    assert_eq!(
        paths_after("use crate::{a, b::c};", "crate::"),
        [vec!["a".to_owned()], vec!["b".to_owned(), "c".to_owned()]]
    );
}
