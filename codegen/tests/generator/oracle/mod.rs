//! The property every input must have, shared by the property tests and the fuzz target:
//! it is rejected with positioned diagnostics, or it yields Rust that parses and whose
//! tables say exactly what the input said (read again here, independently, with `toml`).

use raci_codegen::{LineIndex, Severity, generate};
use syn::{Expr, Item, Lit};
use toml::{Table, Value};

/// The code points rustc refuses in doc comments and literals (`text_direction_codepoint_*`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks `text` through the whole pipeline; panics on any violation.
pub fn check(text: &str) {
    match generate(text) {
        Err(diagnostics) => {
            assert!(
                diagnostics.iter().any(|d| d.severity() == Severity::Error),
                "rejected without an error"
            );
            let index = LineIndex::new(text);
            for d in &diagnostics {
                for span in std::iter::once(d.span()).chain(d.related().map(|r| r.0)) {
                    assert!(
                        span.start <= span.end && span.end <= text.len(),
                        "span out of the text: {d:?}"
                    );
                }
                let line = d.render("raci.toml", &index);
                assert!(
                    !line.chars().any(|c| c.is_control() || is_bidi_control(c)),
                    "a diagnostic prints a control character or spans lines: {line:?}"
                );
            }
        }
        Ok(generated) => {
            for file in [&generated.code, &generated.types, &generated.docs] {
                assert!(
                    !file.chars().any(is_bidi_control),
                    "rustc refuses bidirectional controls in code and docs"
                );
            }
            let code = syn::parse_file(&generated.code).expect("the generated code parses");
            syn::parse_file(&generated.types).expect("the generated types parse");
            assert_eq!(
                generate(text).as_ref(),
                Ok(&generated),
                "the output is deterministic"
            );
            let input: Table = text.parse().expect("accepted input is valid TOML");
            compare(&code, &input);
        }
    }
}

/// The string literals of `const NAME: &[_; N] = &[..];` in `file`.
fn strings(file: &syn::File, name: &str) -> Vec<String> {
    array(file, name).into_iter().map(string).collect()
}

fn array<'a>(file: &'a syn::File, name: &str) -> Vec<&'a Expr> {
    array_in(&file.items, name)
}

/// The elements of `const NAME: &[_; N] = &[..];` among `items`.
fn array_in<'a>(items: &'a [Item], name: &str) -> Vec<&'a Expr> {
    let expr = constant(items, name).unwrap_or_else(|| panic!("no const {name}"));
    match expr {
        Expr::Reference(r) => match &*r.expr {
            Expr::Array(a) => a.elems.iter().collect(),
            _ => panic!("{name} is not a reference to an array"),
        },
        _ => panic!("{name} is not a reference"),
    }
}

/// The value of `const NAME` among `items`.
fn constant<'a>(items: &'a [Item], name: &str) -> Option<&'a Expr> {
    items.iter().find_map(|item| match item {
        Item::Const(c) if c.ident == name => Some(&*c.expr),
        _ => None,
    })
}

/// The letters of a cell of `ACTIVITY_CELLS`, a path `cells::RA` to a constant of module
/// `cells` whose value is `RoleSet::from_letters("RA")`.
fn cell_letters(file: &syn::File, cell: &Expr) -> String {
    let Expr::Path(path) = cell else {
        panic!("a cell that is not a path")
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let [parent, name] = segments.as_slice() else {
        panic!("a cell path that is not `cells::NAME`")
    };
    assert_eq!(parent, "cells");
    let items = module(file, "cells");
    string(constant(items, name).unwrap_or_else(|| panic!("no cell constant {name}")))
}

/// The items of the generated module `name`.
fn module<'a>(file: &'a syn::File, name: &str) -> &'a [Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => {
                m.content.as_ref().map(|(_, items)| items.as_slice())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("a module `{name}`"))
}

/// A cell of `written::CELLS`: `Some("IR")` or `None`.
fn written_cell(cell: &Expr) -> Option<String> {
    match cell {
        Expr::Call(_) => Some(string(cell)),
        Expr::Path(p) if p.path.is_ident("None") => None,
        _ => panic!("a written cell that is neither `Some(\"…\")` nor `None`"),
    }
}

fn string(expr: &Expr) -> String {
    match expr {
        Expr::Lit(lit) => match &lit.lit {
            Lit::Str(s) => s.value(),
            Lit::Char(c) => c.value().to_string(),
            _ => panic!("a literal that is not a string"),
        },
        // `RoleSet::from_letters("RA")`
        Expr::Call(call) => string(&call.args[0]),
        _ => panic!("an expression that is not a string"),
    }
}

fn field(table: &Value, key: &str) -> String {
    table[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string"))
        .to_owned()
}

/// The string `key` of every table of `tables`.
fn fields(tables: &[Value], key: &str) -> Vec<String> {
    tables.iter().map(|t| field(t, key)).collect()
}

fn list<'a>(input: &'a Table, key: &str) -> &'a [Value] {
    input
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// An input row's cells as written, in party order; `None` for a party without one.
fn written(activity: &Value, party_ids: &[String]) -> Vec<Option<String>> {
    party_ids
        .iter()
        .map(|p| {
            activity["cells"]
                .get(p)
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .collect()
}

fn compare(code: &syn::File, input: &Table) {
    let parties = list(input, "parties");
    let party_ids = fields(parties, "id");
    // Party and role names are the catalogue's (`catalogue.rs`); a product keeps its
    // legend's words.
    let roles = list(input, "roles");
    let legend: String = roles.iter().map(|r| field(r, "letter")).collect();
    assert_eq!(
        strings(code, "ROLE_DESCRIPTIONS"),
        fields(roles, "description")
    );
    let offers = list(input, "offers");
    let offer_ids = fields(offers, "id");
    assert_eq!(strings(code, "OFFER_IDS"), offer_ids);
    assert_eq!(strings(code, "OFFER_NAMES"), fields(offers, "name"));
    let headings = list(input, "headings");
    assert_eq!(strings(code, "SECTION_NUMBERS"), fields(headings, "number"));
    assert_eq!(strings(code, "SECTION_TITLES"), fields(headings, "title"));
    let activities = list(input, "activities");
    assert_eq!(strings(code, "ACTIVITY_IDS"), fields(activities, "id"));
    assert_eq!(strings(code, "ACTIVITY_TEXTS"), fields(activities, "text"));
    // Which offers each row applies to: bit `i` for offer `i`.
    let masks: Vec<u64> = array(code, "ACTIVITY_OFFERS")
        .into_iter()
        .map(|e| match e {
            Expr::Lit(l) => match &l.lit {
                Lit::Int(i) => i.base10_parse().expect("a mask"),
                _ => panic!("a mask that is not an integer"),
            },
            _ => panic!("a mask that is not a literal"),
        })
        .collect();
    for (mask, activity) in masks.iter().zip(activities) {
        let expected: u64 = activity
            .get("offers")
            .and_then(Value::as_array)
            .map_or(0, |marked| {
                marked
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|id| {
                        1 << offer_ids
                            .iter()
                            .position(|o| o == id)
                            .expect("a known offer")
                    })
                    .sum()
            });
        assert_eq!(*mask, expected);
    }
    let rows = array(code, "ACTIVITY_CELLS");
    assert_eq!(rows.len(), activities.len());
    for (row, activity) in rows.iter().zip(activities) {
        let Expr::Array(cells) = row else {
            panic!("a row is not an array")
        };
        let cells: Vec<String> = cells.elems.iter().map(|c| cell_letters(code, c)).collect();
        // The roles of each cell, in legend order; a party without a cell holds none.
        let expected: Vec<String> = written(activity, &party_ids)
            .iter()
            .map(|w| {
                let w = w.as_deref().unwrap_or("");
                legend.chars().filter(|&l| w.contains(l)).collect()
            })
            .collect();
        assert_eq!(cells, expected);
    }
    // As written: the input's letters in the input's order, `None` for a missing cell.
    let rows = array_in(module(code, "written"), "CELLS");
    for (row, activity) in rows.iter().zip(activities) {
        let Expr::Array(cells) = row else {
            panic!("a row is not an array")
        };
        let cells: Vec<Option<String>> = cells.elems.iter().map(written_cell).collect();
        assert_eq!(cells, written(activity, &party_ids));
    }
}
