//! The README reads right in all three places it is shown (GitHub, crates.io, the crate's
//! rustdoc): every `[`item`]` link has a target of its own, not only rustdoc's intra-doc
//! resolution; the crate root's sample compiler errors fit their box; and the generator
//! reserves the crate root's names.

const README: &str = include_str!("../../README.md");
const LIB: &str = include_str!("../../src/lib.rs");

#[test]
fn every_bracket_link_has_a_target() {
    let mut rest = README;
    let mut links = 0;
    while let Some(start) = rest.find("[`") {
        let after = &rest[start + 2..];
        let end = after.find("`]").expect("a closed link");
        let item = &after[..end];
        let next = after[end + 2..].chars().next();
        if next != Some('(') && next != Some(':') {
            let target = format!("\n[`{item}`]: https://docs.rs/ovhcloud-raci/");
            assert!(README.contains(&target), "[`{item}`] has no target");
            links += 1;
        }
        rest = &after[end + 2..];
    }
    assert!(links >= 15, "{links} links");
}

#[test]
fn sample_compiler_errors_fit_their_box() {
    let mut in_text = false;
    for line in LIB.lines().filter_map(|l| l.strip_prefix("//!")) {
        let line = line.strip_prefix(' ').unwrap_or(line);
        if line.starts_with("```") {
            in_text = line == "```text";
            continue;
        }
        if in_text {
            assert!(line.chars().count() <= 80, "too wide for the box: {line}");
        }
    }
}

/// The names a product id may not take (`raci_codegen::ROOT_MODULES`) are exactly the crate
/// root's modules and the crates it names by path, as `src/lib.rs` declares them: a module
/// added to the library without its name in that list would let a product id clash with
/// it in rustc instead of at its line in `raci.toml`.
#[test]
fn the_generator_reserves_the_crate_roots_module_names() {
    use std::collections::BTreeSet;
    let declared: BTreeSet<&str> = LIB
        .lines()
        .map(str::trim)
        .filter_map(|l| {
            l.strip_prefix("pub mod ")
                .or_else(|| l.strip_prefix("mod "))
        })
        .filter_map(|l| l.strip_suffix(';'))
        .collect();
    assert!(declared.len() >= 15, "{declared:?}");
    let extern_crates = BTreeSet::from(["alloc", "core", "serde", "std"]);
    let reserved: BTreeSet<&str> = raci_codegen::ROOT_MODULES.iter().copied().collect();
    let expected: BTreeSet<&str> = declared.union(&extern_crates).copied().collect();
    assert_eq!(reserved, expected);
}
