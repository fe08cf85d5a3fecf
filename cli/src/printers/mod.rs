//! One printer per output format, each rendering every [`Report`]: a new format is a new
//! printer here and a variant of [`Format`], not an edit in every command.

mod csv;
mod json;
mod markdown;
mod table;

use std::io::{self, Write};

use ovhcloud_raci::{AnyActivity, Locale};

use crate::flags::Format;
use crate::report::Report;
pub use table::Style;

/// What shapes the output besides the format: the language of the texts (in tables) and
/// the terminal's colours and width.
pub struct Settings {
    /// The language of the texts, where the product has them.
    pub lang: Option<Locale>,
    /// Colours and width.
    pub style: Style,
}

/// Writes `report` to `out` in `format`.
pub fn print(
    format: Format,
    report: &Report,
    settings: &Settings,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::print(report, settings, out),
        Format::Markdown => markdown::print(report, out),
        Format::Csv => csv::print(report, out),
        Format::Json => json::print(report, out),
    }
}

/// Whether `rows` are of several products, so each is named `product/id`.
fn several_products(rows: &[AnyActivity]) -> bool {
    rows.iter()
        .any(|a| Some(a.product()) != rows.first().map(|f| f.product()))
}

/// A row's id: `id`, or `product/id` among the rows of several products.
fn row_id(activity: AnyActivity, several: bool) -> String {
    if several {
        activity.to_string()
    } else {
        activity.id().to_owned()
    }
}
