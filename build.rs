//! Generates the catalogue's Rust code and docs from `raci.toml` and the product files it
//! names, for the products whose features are on; all logic is in `raci-codegen`.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    // Problems are reported as `cargo::error=` lines, which fail the build after we return.
    raci_codegen::build::run(std::path::Path::new("raci.toml"));
}
