//! A page's first line (where it is kept) and its front matter (title, date, address),
//! split from the body's blocks.

use super::error::ImportError;
use super::markdown::{Block, blocks};
use crate::model::Provenance;

/// What a page's first line and front matter say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub provenance: Option<Provenance>,
    pub title: String,
    pub updated: Option<String>,
    pub url: Option<String>,
}

/// A page's provenance comment and front matter, and the blocks of its body; `None` after
/// reporting what is missing.
pub(crate) fn split_page(
    text: &str,
    errors: &mut Vec<ImportError>,
) -> Option<(FrontMatter, Vec<Block>)> {
    let mut lines = text.lines();
    let mut line = 0;
    let mut provenance = None;
    let mut next = lines.next();
    line += 1;
    if let Some(first) = next.filter(|l| l.starts_with("<!--")) {
        provenance = read_provenance(first);
        if provenance.is_none() {
            errors.push(ImportError::at(
                1,
                1,
                "the first line's comment does not read `<!-- REPO PATH @ COMMIT -->`",
            ));
        }
        next = lines.next();
        line += 1;
    }
    if next.map(str::trim_end) != Some("---") {
        errors.push(ImportError::at(
            line,
            1,
            "expected the front matter's `---`",
        ));
        return None;
    }
    let front_start = line;
    let mut title = None;
    let mut updated = None;
    let mut url = None;
    for l in lines.by_ref() {
        line += 1;
        if l.trim_end() == "---" {
            break;
        }
        // `key: value`; a machine-translated page writes `title :` and translates the date's
        // key (`Mise à jour :`), which are read as what they are.
        let Some((key, value)) = l.split_once(':') else {
            continue;
        };
        let value = Some(unquote(value.trim()));
        match key.trim_end() {
            "title" => title = value,
            "updated" | "lastUpdated" | "Mise à jour" => updated = value,
            "url" => url = value,
            _ => {}
        }
    }
    let Some(title) = title else {
        errors.push(ImportError::at(
            front_start,
            1,
            "the front matter has no `title`",
        ));
        return None;
    };
    let body: Vec<&str> = lines.collect();
    let front = FrontMatter {
        provenance,
        title,
        updated,
        url,
    };
    Some((front, blocks(&body.join("\n"), line + 1)))
}

/// `<!-- ovh/docs PATH @ COMMIT -->` → the path and commit.
fn read_provenance(line: &str) -> Option<Provenance> {
    let inner = line
        .trim()
        .strip_prefix("<!--")?
        .strip_suffix("-->")?
        .trim();
    let mut words = inner.split_whitespace();
    let (repo, path, at, commit) = (words.next()?, words.next()?, words.next()?, words.next()?);
    (at == "@" && words.next().is_none()).then(|| Provenance {
        repository: repo.to_owned(),
        path: path.to_owned(),
        commit: commit.to_owned(),
    })
}

/// A front matter value without its surrounding quotes.
fn unquote(value: &str) -> String {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner.to_owned();
        }
    }
    value.to_owned()
}
