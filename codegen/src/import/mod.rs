//! OVHcloud's responsibility pages (their Markdown, as the documentation repository stores
//! them) read into matrices as written, for the importer that writes the data files.

mod markdown;
mod page;

pub use page::{
    ImportError, Item, LegendEntry, Page, PageHeading, PageRow, Provenance, Text, read_page,
};
