//! The build script issue 5 compares against: `raci.toml` read with serde's derive and
//! `toml`, code built with `quote` and `proc-macro2`. `benches/build-cost.sh` puts it in a
//! copy of the crate whose generated files are checked in, so its whole cost is the
//! dependencies it pulls in, its own compile and its run. It is not part of the crate.

use std::collections::BTreeMap;
use std::path::PathBuf;

use quote::{format_ident, quote};
use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)]
struct File {
    matrix: Meta,
    parties: Vec<Party>,
    roles: Vec<Role>,
    headings: Vec<Heading>,
    activities: Vec<Activity>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Meta {
    title: String,
    source: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Party {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Role {
    letter: String,
    name: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Heading {
    number: String,
    id: String,
    title: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Activity {
    id: String,
    heading: String,
    text: String,
    cells: BTreeMap<String, String>,
}

fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| w[..1].to_uppercase() + &w[1..])
        .collect()
}

fn main() {
    // The matrix is Dedicated Servers' file since the catalogue came in.
    println!("cargo::rerun-if-changed=catalogue/dedicated-servers.toml");
    let text = std::fs::read_to_string("catalogue/dedicated-servers.toml").expect("the matrix");
    let file: File = toml::from_str(&text).expect("a valid matrix");
    let variants = file.activities.iter().map(|a| format_ident!("{}", camel(&a.id)));
    let texts = file.activities.iter().map(|a| &a.text);
    let tokens = quote! {
        pub enum NaiveActivity { #(#variants),* }
        pub const NAIVE_TEXTS: &[&str] = &[#(#texts),*];
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("naive.rs"), tokens.to_string()).expect("write naive.rs");
}
