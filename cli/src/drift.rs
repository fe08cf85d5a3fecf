//! `diff` and `check`: versions of a matrix read from pages and matrix files and compared.
//! The only part of the tool that uses the generator (its importer and its diff).

use std::path::Path;

use ovhcloud_raci::{Party, Product, Role};
use raci_codegen::diff::{self, Change, Version, VersionRow};

/// What changed from the version in `old` to the version in `new`.
pub fn changes(old: &Path, new: &Path) -> Result<Vec<Change>, String> {
    Ok(diff::diff(&version_of(old)?, &version_of(new)?))
}

/// What changed from the crate's matrix to `page`, read once: the matrix of `product`, or
/// else of the product the page says it is (where it is kept, or its title).
pub fn check(page: &Path, product: Option<Product>) -> Result<Vec<Change>, String> {
    let (today, kept) = read_page(page)?;
    let product = match product {
        Some(product) => product,
        None => recognise(page, &today, kept.as_deref())?,
    };
    Ok(diff::diff(&version_in_crate(product), &today))
}

/// A version of a matrix from a file: a page (`.md`) or a matrix file (anything else).
fn version_of(path: &Path) -> Result<Version, String> {
    if path.extension().is_some_and(|e| e == "md") {
        return Ok(read_page(path)?.0);
    }
    let text = read(path)?;
    diff::version_of_toml(&text, &path.display().to_string()).map_err(|lines| lines.join("\n"))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A page's version, and where it says it is kept.
fn read_page(path: &Path) -> Result<(Version, Option<String>), String> {
    let text = read(path)?;
    diff::version_of_page(&text, &path.display().to_string()).map_err(|lines| lines.join("\n"))
}

/// The product a page is of: the one kept at the same place, else the one of its title.
fn recognise(path: &Path, page: &Version, kept: Option<&str>) -> Result<Product, String> {
    let by_place = Product::ALL.into_iter().find(|p| {
        p.provenance()
            .is_some_and(|k| Some(format!("{} {}", k.repository(), k.path()).as_str()) == kept)
    });
    by_place
        .or_else(|| Product::ALL.into_iter().find(|p| p.title() == page.title))
        .ok_or_else(|| {
            format!(
                "{}: no product of the crate is kept where this page says, nor has its title; \
                 name it with --product",
                path.display()
            )
        })
}

/// What the crate says of `product`, as a version a diff compares.
fn version_in_crate(product: Product) -> Version {
    let legend = product.legend();
    Version {
        title: product.title().to_owned(),
        last_updated: product.last_updated_as_written().map(str::to_owned),
        legend: Role::ALL
            .iter()
            .map(|&r| (r.letter(), legend.description(r).to_owned()))
            .collect(),
        parties: Party::ALL
            .iter()
            .map(|p| (p.id().to_owned(), p.name().to_owned()))
            .collect(),
        headings: product
            .sections()
            .map(|s| {
                (
                    s.id().to_owned(),
                    s.number().to_owned(),
                    s.title().to_owned(),
                )
            })
            .collect(),
        rows: product
            .activities()
            .map(|a| VersionRow {
                id: a.id().to_owned(),
                heading: a.section().number().to_owned(),
                text: a.text().to_owned(),
                cells: Party::ALL
                    .iter()
                    .map(|&p| a.cell_as_written(p).map(str::to_owned))
                    .collect(),
            })
            .collect(),
        notes: legend
            .notes()
            .iter()
            .map(|&n| (None, n.to_owned()))
            .chain(product.sections().flat_map(|s| {
                s.notes()
                    .iter()
                    .map(move |&n| (Some(s.number().to_owned()), n.to_owned()))
            }))
            .collect(),
    }
}
