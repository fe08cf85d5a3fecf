//! The catalogue's index, checked: its products (each with the files of its matrix, its
//! earlier versions and its translations) and the cargo features that select none.

use core::ops::Range;

/// The index (`raci.toml`), checked: the products in order, and the other features.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// The products, in the index's order. The first one's parties and roles are the
    /// catalogue's: every other product must have the same.
    pub products: Vec<Product>,
    /// The cargo features that select no product (`serde`, `full`…).
    pub other_features: Vec<String>,
    /// The cargo feature that turns on every product (`full`), with where the index names
    /// it: the crate's `Cargo.toml` is checked to list them all.
    pub every_product: Option<(String, Range<usize>)>,
    /// The two sides of every matrix, if the index names them: the party that provides the
    /// service and the one that uses it.
    pub sides: Option<Sides>,
}

/// A product of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// Kebab-case id, also the name of its cargo feature: `dedicated-servers`.
    pub id: String,
    /// The name of its `Product` variant: `DedicatedServers`.
    pub variant: String,
    /// The name of its module: `dedicated_servers`.
    pub module: String,
    /// The file of its matrix, relative to the index.
    pub file: String,
    /// Where the index gives its id.
    pub id_span: Range<usize>,
    /// Where the index names its file.
    pub file_span: Range<usize>,
    /// The files of its page's earlier versions, oldest first, each with where the index
    /// names it.
    pub earlier: Vec<(String, Range<usize>)>,
    /// The files of its texts in other languages, each with where the index names it.
    pub locales: Vec<(String, Range<usize>)>,
}

/// The index's `provider` and `customer`: which party of the shared legend provides the
/// service and which one uses it (for `Party::PROVIDER`, `Party::CUSTOMER` and what reads
/// them: the ownership of an activity, OSCAL's roles).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sides {
    /// The provider's party id, and where the index gives it.
    pub provider: (String, Range<usize>),
    /// The customer's party id, and where the index gives it.
    pub customer: (String, Range<usize>),
}
