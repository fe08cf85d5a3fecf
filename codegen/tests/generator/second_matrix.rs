//! The generator knows nothing of Dedicated Servers: a second matrix, with three parties,
//! RASCI letters and headings four levels deep, goes through the whole pipeline, and the
//! library built from it compiles and says exactly what the input said.

use crate::common;

use std::fmt::Write as _;

use raci_codegen::{DiagnosticKind, Severity, generate, read};

/// A matrix unlike the real one, with texts that need escaping in code and docs.
pub const RASCI: &str = include_str!("../fixtures/rasci.toml");

#[test]
fn the_model_holds_what_the_input_says() {
    let (matrix, warnings) = read(RASCI).unwrap();
    assert_eq!(
        matrix
            .parties
            .iter()
            .map(|p| p.ident.as_str())
            .collect::<Vec<_>>(),
        ["Ops", "Dev", "Vendor2"]
    );
    let letters: String = matrix.roles.iter().map(|r| r.letter).collect();
    assert_eq!(letters, "RASCI");
    assert_eq!(
        matrix
            .headings
            .iter()
            .map(raci_codegen::model::Heading::depth)
            .max(),
        Some(4)
    );
    assert_eq!(matrix.headings[3].parent, Some(2));
    assert_eq!(matrix.headings[2].children, [3]);
    assert_eq!(matrix.headings[3].activities, [1, 2]);
    assert_eq!(matrix.letters(matrix.activities[3].cells[0]), "RASCI");
    // `audit` has no Responsible party; the rule is a warning here, so it only warns.
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].severity(), Severity::Warning);
    assert_eq!(warnings[0].kind(), DiagnosticKind::RuleBroken);
    // It points at the cells of `audit`.
    let at = RASCI.find("id = \"audit\"").unwrap();
    let cells = at + RASCI[at..].find("cells = ").unwrap() + "cells = ".len();
    assert_eq!(warnings[0].span().start, cells);
}

#[test]
fn generation_is_deterministic() {
    let first = generate(RASCI).unwrap();
    let second = generate(RASCI).unwrap();
    assert_eq!(first, second);
    let real = common::real_matrix();
    assert_eq!(generate(&real).unwrap(), generate(&real).unwrap());
}

const PROBE: &str = r#"
use ovhcloud_raci::probe::*;
use ovhcloud_raci::{Party, Role};

fn main() {
    println!("{TITLE} | {SOURCE_URL} | {}", LAST_UPDATED_AS_WRITTEN.unwrap_or("undated"));
    for r in Role::ALL {
        println!("role {} {} {}", r.letter(), r.name(), LEGEND.description(r));
    }
    for p in Party::ALL {
        println!("party {} {}", p.id(), p.name());
    }
    for s in Section::ALL {
        let parent = s.parent().map(Section::number);
        println!("section {} {} {:?} depth {} parent {parent:?}", s.number(), s.id(), s.title(), s.depth());
    }
    for a in Activity::ALL {
        print!("activity {} under {} {:?}", a.id(), a.section().id(), a.text());
        for p in Party::ALL {
            print!(" {}={}({})", p.id(), a.roles(p), a.cell_as_written(p).unwrap_or("no cell"));
        }
        println!();
    }
    println!("ops accountable: {:?}", ActivitySet::with_role(Party::Ops, Role::Accountable));
    println!("notes {LEGEND_NOTES:?} {:?} {:?}", Section::Dns.notes(), Section::End.notes());
    for o in Offer::ALL {
        let rows: Vec<&str> = Activity::ALL.iter().filter(|a| a.applies_to(o)).map(|a| a.id()).collect();
        println!("offer {} {} {rows:?}", o.id(), o.name());
    }
    print!("{MARKDOWN}");
}
"#;

const EXPECTED: &str = r#"Platform duties — RASCI | https://example.com/rasci | 2025-01-02
role R Responsible Does the work
role A Accountable Signs it off
role S Supportive Lends a hand
role C Consulted Is asked first
role I Informed Is told after
party ops Ops
party dev Dev team
party vendor-2 Vendor #2
section 1 platform "Platform" depth 1 parent None
section 1.1 runtime "Runtime" depth 2 parent Some("1")
section 1.1.1 network "Network" depth 3 parent Some("1.1")
section 1.1.1.1 dns "DNS <zones> & \"records\"" depth 4 parent Some("1.1.1")
section 2 end "End" depth 1 parent None
activity plan under platform "Plan the quarter" ops=A(A) dev=R(R) vendor-2=I(I)
activity rotate-keys under dns "Rotate keys | sign with \"quotes\", a \\ backslash, */ and <angles> — déjà vu ✓" ops=RA(AR) dev=S(S) vendor-2=CI(IC)
activity audit under dns "Audit *everything* [twice]" ops=A(A) dev=() vendor-2=()
activity net-2 under end "Shut down" ops=RASCI(RASCI) dev=I(I) vendor-2=(no cell)
ops accountable: ActivitySet {Plan, RotateKeys, Audit, Net2}
notes ["For your information, a **platform** is the whole.\nSecond line."] ["Zones first."] ["The end."]
offer cloud Cloud ["plan", "rotate-keys"]
offer on-premises On premises ["plan", "net-2"]
# Platform duties — RASCI

Source: <https://example.com/rasci> (last updated 2025-01-02).

| Legend |
| --- |
| R: Does the work |
| A: Signs it off |
| S: Lends a hand |
| C: Is asked first |
| I: Is told after |

For your information, a \*\*platform\*\* is the whole.
Second line.

### 1. Platform

| **Cloud** | **On premises** | **Task** | **Ops** | **Dev team** | **Vendor \#2** |
| --- | --- | --- | --- | --- | --- |
| X | X | Plan the quarter | A | R | I |

#### 1.1. Runtime

##### 1.1.1. Network

###### 1.1.1.1. DNS \<zones\> \& "records"

Zones first.

| **Cloud** | **On premises** | **Task** | **Ops** | **Dev team** | **Vendor \#2** |
| --- | --- | --- | --- | --- | --- |
| X | | Rotate keys \| sign with "quotes", a \\ backslash, \*/ and \<angles\> — déjà vu ✓ | AR | S | IC |
| | | Audit \*everything\* \[twice\] | A | | |

### 2. End

| **Cloud** | **On premises** | **Task** | **Ops** | **Dev team** | **Vendor \#2** |
| --- | --- | --- | --- | --- | --- |
| | X | Shut down | RASCI | I |

The end.
"#;

#[test]
fn the_library_built_from_it_compiles_and_agrees() {
    let dir = common::probe_crate("rasci", RASCI, &[("examples/probe.rs", PROBE)]);
    let out = common::cargo(&dir, &["run", "--quiet", "--example", "probe"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED);
    // The rule set to `warning` reached cargo as a warning, with its position.
    let built = common::cargo(&dir, &["build", "-vv"]);
    let log = String::from_utf8_lossy(&built.stdout).to_string()
        + &String::from_utf8_lossy(&built.stderr);
    assert!(log.contains("probe.toml:"), "{log}");
}

#[test]
fn the_docs_show_every_text_verbatim() {
    let html = common::documented("rasci-docs", RASCI);
    let page = |name: &str| common::unescape_html(&html(name));
    let activities = page("probe/enum.Activity.html");
    let sections = page("probe/enum.Section.html");
    let crate_page = page("probe/index.html");
    for text in [
        "Rotate keys | sign with \"quotes\", a \\ backslash, */ and <angles> — déjà vu ✓",
        "Audit *everything* [twice]",
    ] {
        assert!(
            activities.contains(text),
            "enum.Activity.html lacks {text:?}"
        );
        assert!(crate_page.contains(text), "index.html lacks {text:?}");
    }
    let title = "DNS <zones> & \"records\"";
    assert!(
        sections.contains(title),
        "enum.Section.html lacks {title:?}"
    );
    assert!(crate_page.contains(title), "index.html lacks {title:?}");
}

/// A matrix past 2,048 activities: `ActivitySet` spans more than 32 words there.
fn large_matrix(rows: usize) -> String {
    let mut out = String::from(
        "[matrix]\ntitle = \"Large\"\nsource = \"https://example.com\"\nlast-updated = 2024-01-01\n\
         legend-header = \"Roles\"\nactivity-header = \"Activity\"\n\n\
         [[parties]]\nid = \"a\"\nname = \"A\"\n\n[[parties]]\nid = \"b\"\nname = \"B\"\n\n\
         [[roles]]\nletter = \"R\"\nname = \"Responsible\"\ndescription = \"Does\"\n\n\
         [[roles]]\nletter = \"A\"\nname = \"Accountable\"\ndescription = \"Answers\"\n\n\
         [[headings]]\nnumber = \"1\"\nid = \"all\"\ntitle = \"All\"\n\n",
    );
    for i in 0..rows {
        let (a, b) = if i % 3 == 0 { ("RA", "") } else { ("R", "A") };
        let _ = write!(
            out,
            "[[activities]]\nid = \"row-{i}\"\nheading = \"1\"\ntext = \"Row {i}\"\ncells = {{ a = \"{a}\", b = \"{b}\" }}\n\n"
        );
    }
    out
}

const LARGE_PROBE: &str = r#"
use ovhcloud_raci::probe::*;
use ovhcloud_raci::{Party, Role};

fn main() {
    let all = ActivitySet::FULL;
    let by_a = ActivitySet::with_role(Party::A, Role::Accountable);
    println!("{} {} {} {:?}", Activity::COUNT, all.len(), by_a.len(), ActivitySet::default().first());
    println!("{:?} {:?}", Activity::from_id("row-2099"), Activity::from_id("row-2100"));
}
"#;

#[test]
fn a_matrix_of_more_than_2048_activities_compiles_and_works() {
    let dir = common::probe_crate(
        "large",
        &large_matrix(2100),
        &[("examples/probe.rs", LARGE_PROBE)],
    );
    let out = common::cargo(&dir, &["run", "--quiet", "--example", "probe"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "2100 2100 700 None\nSome(Row2099) None\n"
    );
}
