//! The README reads right in all three places it is shown (GitHub, crates.io, the crate's
//! rustdoc): every `[`item`]` link has a target of its own, not only rustdoc's intra-doc
//! resolution; and the crate root's sample compiler errors fit their box.

const README: &str = include_str!("../README.md");
const LIB: &str = include_str!("../src/lib.rs");

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
