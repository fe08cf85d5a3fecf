//! The matrix itself, generated from `raci.toml` by `raci-codegen` (see `build.rs`).

// The generated docs quote the source page verbatim: its words are not code to backtick.
#![allow(clippy::doc_markdown)]

include!(concat!(env!("OUT_DIR"), "/matrix.rs"));
