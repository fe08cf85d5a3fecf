//! Where the generated files go in the output directory: every name the library's
//! `include!`s and the build script's writes and clean-ups rely on, in one place.

/// The file that the library includes at its root: the shared enums, `Product`, and a
/// module for each enabled product.
pub const CATALOGUE_FILE: &str = "catalogue.rs";
/// The shared type-level markers (`types::party`, `types::role`).
pub const TYPES_FILE: &str = "types.rs";
/// The crate page's list of products.
pub const DOCS_FILE: &str = "catalogue.md";
/// The cargo instructions of a generation, beside the files the package carries for builds
/// without the generator (their build script prints them).
pub const INSTRUCTIONS_FILE: &str = "cargo-instructions";
/// The directory of the products' files.
pub const PRODUCTS_DIR: &str = "products";

/// The files at the output directory's root, which a failed build removes with
/// [`PRODUCTS_DIR`].
pub const ROOT_FILES: [&str; 3] = [CATALOGUE_FILE, TYPES_FILE, DOCS_FILE];

/// The generated files of product `id`, each named from the output directory.
pub struct ProductFiles {
    /// Its code: `products/<id>.rs`.
    pub code: String,
    /// Its type-level matrix: `products/<id>.types.rs`.
    pub types: String,
    /// Its module page: `products/<id>.md`.
    pub page: String,
    /// Its page's earlier versions, type-erased (feature `history`): `products/<id>.versions.rs`.
    pub versions: String,
    /// The changes between its page's versions, and its translations: `products/<id>.changes.md`.
    pub changes: String,
}

impl ProductFiles {
    /// The files of product `id`.
    pub fn of(id: &str) -> ProductFiles {
        let file = |suffix: &str| format!("{PRODUCTS_DIR}/{id}{suffix}");
        ProductFiles {
            code: file(".rs"),
            types: file(".types.rs"),
            page: file(".md"),
            changes: file(".changes.md"),
            versions: file(".versions.rs"),
        }
    }
}
