//! Versions to compare, from a matrix file or from a page (read as the importer reads it),
//! and the drift check of a page against the crate.

use super::Version;
#[cfg(feature = "import")]
use super::{Change, diff};

/// The version a matrix file (TOML) holds.
///
/// # Errors
/// The file's diagnostics, each rendered on one line naming `name`.
pub fn version_of_toml(text: &str, name: &str) -> Result<Version, Vec<String>> {
    let index = crate::LineIndex::new(text);
    crate::read(text)
        .map(|(matrix, _)| Version::from(&matrix))
        .map_err(|diagnostics| diagnostics.iter().map(|d| d.render(name, &index)).collect())
}

/// The version a page (OVHcloud's Markdown) holds, with where the page says it is kept
/// (`REPOSITORY PATH`), read as the importer reads it.
///
/// # Errors
/// What the importer cannot read, each on one line naming `name`.
#[cfg(feature = "import")]
pub fn version_of_page(text: &str, name: &str) -> Result<(Version, Option<String>), Vec<String>> {
    use crate::import::{Paths, read_page, to_toml};
    let render = |errors: Vec<crate::import::ImportError>| -> Vec<String> {
        errors.iter().map(|e| e.render(name)).collect()
    };
    let mut page = read_page(text).map_err(render)?;
    // Layout is not content: a number alone in bold is a heading's layout, which the data
    // format cannot record (the importer refuses it) and a diff does not compare.
    for item in &mut page.items {
        if let crate::import::Item::Heading(h) = item {
            h.number_bold = false;
        }
    }
    let kept = page
        .provenance
        .as_ref()
        .map(|p| format!("{} {}", p.repository, p.path));
    let paths = Paths {
        page: name,
        toml: "page.toml",
    };
    let toml = to_toml(&page, &paths, None).map_err(render)?;
    Ok((version_of_toml(&toml, name)?, kept))
}

/// The drift check: what changed from `in_crate` (the crate's matrix, as a [`Version`]) to
/// the page `text` as downloaded today; empty when the page says what the crate says, in
/// any layout.
///
/// # Errors
/// What the importer cannot read in the page, each on one line naming `name`.
#[cfg(feature = "import")]
pub fn check(in_crate: &Version, text: &str, name: &str) -> Result<Vec<Change>, Vec<String>> {
    let (today, _) = version_of_page(text, name)?;
    Ok(diff(in_crate, &today))
}
