//! Ids made from texts: readable kebab-case, unique among their kind, and valid as the
//! generator's ids (a letter first, at most 64 characters, not a reserved Rust name).

use std::collections::BTreeSet;

use crate::ident::{camel_case, is_keyword};

/// How many characters of a text an id keeps at most, before any `-2` that makes it unique.
const MAX_LEN: usize = 40;

/// A fresh id for `text`, not among `taken`; it is added to `taken`.
pub(super) fn fresh(text: &str, taken: &mut BTreeSet<String>) -> String {
    let base = slug(text);
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// `Choose the location of dedicated servers (vCenter)` → `choose-the-location-of-dedicated`:
/// lowercase ASCII words, whole words up to [`MAX_LEN`] characters.
fn slug(text: &str) -> String {
    let mut id = String::new();
    let ascii: String = text.chars().map(|c| latin(c).unwrap_or(c)).collect();
    let words = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    for word in words {
        if !id.is_empty() && id.len() + 1 + word.len() > MAX_LEN {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word[..word.len().min(MAX_LEN)]);
    }
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id.insert_str(0, if id.is_empty() { "row" } else { "n-" });
    }
    let ident = camel_case(&id);
    if is_keyword(&ident) || ident == "All" || ident == "Count" {
        id.push_str("-row");
    }
    id
}

/// The ASCII letter of an accented Latin letter, so `Gérer` reads `gerer`.
fn latin(c: char) -> Option<char> {
    let table = [
        ("àáâãäå", 'a'),
        ("ç", 'c'),
        ("èéêë", 'e'),
        ("ìíîï", 'i'),
        ("ñ", 'n'),
        ("òóôõö", 'o'),
        ("ùúûü", 'u'),
        ("ýÿ", 'y'),
    ];
    let lower = c.to_lowercase().next()?;
    table
        .iter()
        .find(|(accented, _)| accented.contains(lower))
        .map(|&(_, plain)| plain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ident::is_kebab_id;

    #[test]
    fn ids_are_readable_kebab_case() {
        assert_eq!(slug("Install the OS"), "install-the-os");
        assert_eq!(
            slug("Choose the location of infrastructures (vCenter) and more words"),
            "choose-the-location-of-infrastructures"
        );
        assert_eq!(slug("Gérer l’accès — SSH"), "gerer-l-acces-ssh");
        assert_eq!(slug("2FA setup"), "n-2fa-setup");
        assert_eq!(slug("…"), "row");
        assert_eq!(slug("Self"), "self-row");
        for text in ["Install the OS", "2FA", "…", "Self", &"word ".repeat(40)] {
            let id = slug(text);
            assert!(is_kebab_id(&id) && id.len() <= 64, "{id}");
        }
    }

    #[test]
    fn ids_are_unique_among_those_taken() {
        let mut taken = BTreeSet::new();
        assert_eq!(fresh("Do it", &mut taken), "do-it");
        assert_eq!(fresh("Do it", &mut taken), "do-it-2");
        assert_eq!(fresh("Do it!", &mut taken), "do-it-3");
    }
}
