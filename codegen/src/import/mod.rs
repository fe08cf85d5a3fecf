//! OVHcloud's responsibility pages (their Markdown, as the documentation repository stores
//! them) read into matrices as written, for the importer that writes the data files.

mod ids;
mod locale;
mod markdown;
mod page;
mod write;

pub use locale::{LocalePaths, locale_toml};
pub use page::{
    ImportError, Item, LegendEntry, Page, PageHeading, PageRow, Provenance, Text, read_page,
};
pub use write::{Paths, to_toml};
