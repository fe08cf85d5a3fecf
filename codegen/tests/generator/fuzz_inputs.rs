//! The fuzz target's seeds and regressions (`fuzz/seeds`, `fuzz/regressions`) all keep the
//! oracle's property on every test run, so a fixed failure stays fixed.

use crate::common;
use crate::oracle;

use std::fs;

#[test]
fn every_seed_and_regression_keeps_the_property() {
    let fuzz = common::workspace().join("fuzz");
    let mut checked = 0;
    for folder in ["seeds", "regressions"] {
        for entry in fs::read_dir(fuzz.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == "README") {
                continue;
            }
            let bytes = fs::read(&path).unwrap();
            // The target skips bytes that are not UTF-8; so does this.
            if let Ok(text) = std::str::from_utf8(&bytes) {
                oracle::check(text);
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} seeds and regressions");
}
