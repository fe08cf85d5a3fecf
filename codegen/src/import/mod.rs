//! OVHcloud's responsibility pages (their Markdown, as the documentation repository stores
//! them) read into matrices as written, for the importer that writes the data files.

mod error;
mod front_matter;
mod ids;
mod locale;
mod markdown;
mod page;
mod rows;
mod write;

pub use error::ImportError;
pub use locale::{LocalePaths, locale_toml};
pub use page::{Item, LegendEntry, Page, PageHeading, PageRow, Provenance, Text, read_page};
pub use write::{Paths, to_toml};
