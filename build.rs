//! Generates the catalogue's Rust code and docs from `raci.toml` and the product files it
//! names, for the products whose features are on; all logic is in `raci-codegen`.
//!
//! Without the feature `generate` (a default build), nothing is generated: the library
//! includes the files in `generated/`, made by `raci-codegen` for the default features, and
//! this script prints the cargo instructions that their generation printed.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // Problems are reported as `cargo::error=` lines, which fail the build after we return.
    #[cfg(feature = "generate")]
    raci_codegen::build::run(std::path::Path::new("raci.toml"));
    #[cfg(not(feature = "generate"))]
    print!("{}", include_str!("generated/cargo-instructions"));
}
