//! Exports of the build's products for compliance tools: OSCAL (`oscal`), an `.xlsx`
//! workbook (`xlsx`) and a self-contained HTML page (`html`); each a function from the
//! products to bytes, and [`write_atomically`] to put them in a file.

pub mod html;
pub mod oscal;
pub mod xlsx;

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use ovhcloud_raci::{AnyActivity, AnySection, Locale, Product};

/// Writes `bytes` to `path` through a temporary file beside it and a rename, so that a
/// failed write leaves no partial file and a reader never sees half of one.
///
/// # Errors
/// The directory cannot be written, or the disk is full; the temporary file is removed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);
    let written = fs::File::create(&temporary).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    let renamed = written.and_then(|()| fs::rename(&temporary, path));
    if renamed.is_err() {
        // Absent is what we want; the first error is the one worth telling.
        let _ = fs::remove_file(&temporary);
    }
    renamed
}

/// An activity's text in `lang` where the product has it, else the page's English.
fn text(activity: AnyActivity, lang: Option<Locale>) -> &'static str {
    lang.and_then(|l| activity.text_in(l))
        .unwrap_or(activity.text())
}

/// A heading's title in `lang` where the product has it, else the page's English.
fn title(section: AnySection, lang: Option<Locale>) -> &'static str {
    lang.and_then(|l| section.title_in(l))
        .unwrap_or(section.title())
}

/// A product's title in `lang` where it has it, else the page's English.
fn product_title(product: Product, lang: Option<Locale>) -> &'static str {
    lang.and_then(|l| product.title_in(l))
        .unwrap_or(product.title())
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

    #[test]
    fn a_write_replaces_the_file_whole_and_a_failed_one_leaves_nothing() {
        let dir = std::env::temp_dir().join(format!("raci-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("out.json");
        write_atomically(&file, b"first").unwrap();
        write_atomically(&file, b"second").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"second");
        // A directory where the file should go: the rename fails, the temporary is gone.
        let taken = dir.join("taken");
        std::fs::create_dir_all(&taken).unwrap();
        assert!(write_atomically(&taken, b"x").is_err());
        let mut left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(left, ["out.json", "taken"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
