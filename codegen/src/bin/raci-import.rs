//! `raci-import PAGE.md OUT.toml`: writes the matrix of an OVHcloud responsibility page as
//! the TOML the build reads, keeping the ids and waiver reasons `OUT.toml` already has.
//!
//! `raci-import --locale ID PAGE.md SAME.toml CURRENT.toml OUT.toml`: writes the texts of a
//! translated page (`fr-fr`), paired row by row with `SAME.toml` (the English matrix of the
//! same version of the page) and keyed by the ids of `CURRENT.toml`.
//!
//! Mistakes in the page, and what the data format cannot hold yet, are printed as
//! `page.md:line:column: message` and nothing is written (exit code 1); usage errors exit
//! with 2.

use std::path::Path;
use std::process::ExitCode;

use raci_codegen::LineIndex;
use raci_codegen::import::{LocalePaths, Paths, locale_toml, read_page, to_toml};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [page_path, toml_path] => import(page_path, toml_path),
        [flag, locale, page, same, current, out] if flag == "--locale" => {
            import_locale(locale, page, same, current, out)
        }
        _ => {
            eprintln!(
                "usage: raci-import PAGE.md OUT.toml\n       \
                 raci-import --locale ID PAGE.md SAME.toml CURRENT.toml OUT.toml"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

/// What was written, or every message to print.
fn import(page_path: &str, toml_path: &str) -> Result<String, Vec<String>> {
    let text = std::fs::read_to_string(page_path)
        .map_err(|e| vec![format!("{page_path}: cannot read the page: {e}")])?;
    let page = read_page(&text).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render(page_path))
            .collect::<Vec<_>>()
    })?;
    let existing = Path::new(toml_path)
        .exists()
        .then(|| std::fs::read_to_string(toml_path))
        .transpose()
        .map_err(|e| vec![format!("{toml_path}: cannot read it: {e}")])?;
    // Ids are kept only from a file the build accepts.
    let earlier = match &existing {
        Some(source) => Some(raci_codegen::read(source).map(|(m, _)| m).map_err(
            |diagnostics| {
                let index = LineIndex::new(source);
                diagnostics
                    .iter()
                    .map(|d| d.render(toml_path, &index))
                    .collect::<Vec<_>>()
            },
        )?),
        None => None,
    };
    let paths = Paths {
        page: page_path,
        toml: toml_path,
    };
    let toml = to_toml(&page, &paths, earlier.as_ref()).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render(page_path))
            .collect::<Vec<_>>()
    })?;
    // What is written must build: check it before replacing the file.
    if let Err(diagnostics) = raci_codegen::read(&toml) {
        let index = LineIndex::new(&toml);
        return Err(diagnostics
            .iter()
            .map(|d| d.render(toml_path, &index))
            .collect());
    }
    let unchanged = existing.as_deref() == Some(toml.as_str());
    if !unchanged {
        std::fs::write(toml_path, &toml)
            .map_err(|e| vec![format!("{toml_path}: cannot write it: {e}")])?;
    }
    let rows = page
        .items
        .iter()
        .filter(|i| matches!(i, raci_codegen::import::Item::Row(_)))
        .count();
    Ok(format!(
        "{toml_path}: {rows} rows from {page_path}{}",
        if unchanged {
            ", unchanged"
        } else {
            ", written"
        }
    ))
}

/// A matrix file, read and checked.
fn matrix(path: &str) -> Result<raci_codegen::Matrix, Vec<String>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![format!("{path}: cannot read the matrix: {e}")])?;
    let index = LineIndex::new(&text);
    raci_codegen::read(&text)
        .map(|(m, _)| m)
        .map_err(|d| d.iter().map(|d| d.render(path, &index)).collect())
}

/// Writes the locale file; what was written, or every message to print.
fn import_locale(
    locale: &str,
    page_path: &str,
    same: &str,
    current: &str,
    out: &str,
) -> Result<String, Vec<String>> {
    let text = std::fs::read_to_string(page_path)
        .map_err(|e| vec![format!("{page_path}: cannot read the page: {e}")])?;
    let (same_version, today) = (matrix(same)?, matrix(current)?);
    let paths = LocalePaths {
        page: page_path,
        same_version: same,
        current,
        out,
    };
    let toml = locale_toml(&text, locale, &same_version, &today, &paths).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render(page_path))
            .collect::<Vec<_>>()
    })?;
    std::fs::write(out, &toml).map_err(|e| vec![format!("{out}: cannot write: {e}")])?;
    let paired = toml
        .lines()
        .skip_while(|l| *l != "[activities]")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .count();
    let unpaired = toml.lines().filter(|l| *l == "[[unpaired]]").count();
    Ok(format!(
        "{out}: {paired} rows of {locale} from {page_path} paired, {unpaired} with no \
         counterpart today kept, written"
    ))
}
