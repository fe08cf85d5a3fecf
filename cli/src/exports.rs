//! `export`: the library's matrices in the formats compliance tools read, each written whole
//! to its file (or to standard output), or, for the ownership sheet, a report to print.

use std::io::Write;

use ovhcloud_raci::{Locale, Product};
use ovhcloud_raci_cli::export::{html, oscal, write_atomically, xlsx};

use crate::Failure;
use crate::flags::{self, Export};
use crate::report::Report;

/// Runs `export` over `products`: writes it, or gives the report to print (`ownership`).
pub fn run(
    export: Export,
    products: &[Product],
    lang: Option<Locale>,
    out: &mut impl Write,
) -> Result<Option<(Report, flags::Output)>, Failure> {
    let (bytes, file) = match export {
        Export::Ownership { output } => {
            let rows = products.iter().flat_map(|p| p.activities()).collect();
            return Ok(Some((Report::Ownership(rows), output)));
        }
        Export::Oscal { file } => (json(&oscal::component_definition(products)), file.output),
        Export::OscalCatalog { file } => (json(&oscal::catalog(products)), file.output),
        Export::Html { file } => (
            html::render(&html::Page::of(products, lang)).into_bytes(),
            file.output,
        ),
        Export::Xlsx { output } => {
            let bytes = xlsx::workbook(products, lang)
                .map_err(|e| Failure::Export(format!("cannot make the workbook: {e}")))?;
            (bytes, Some(output))
        }
    };
    match file {
        Some(path) => write_atomically(&path, &bytes)
            .map_err(|e| Failure::Export(format!("cannot write {}: {e}", path.display())))?,
        None => out.write_all(&bytes)?,
    }
    Ok(None)
}

/// Pretty JSON and a final line break.
fn json(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
