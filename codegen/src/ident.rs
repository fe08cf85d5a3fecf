//! Rust names made from the input's ids and names, with the checks that keep them valid.

/// Every word Rust reserves, in any edition; a generated name must be none of them.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `id` is lowercase ASCII kebab-case starting with a letter: `install-os`, `net2`.
///
/// This is the form of every id in the input; it guarantees a valid Rust name below.
pub(crate) fn is_kebab_id(id: &str) -> bool {
    let mut words = id.split('-');
    let first_ok = words
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(|c| c.is_ascii_lowercase());
    first_ok
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Whether `name` is ASCII words (letters and digits, the first a letter) separated by one space.
pub(crate) fn is_word_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .split(' ')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The `UpperCamelCase` Rust name of a kebab id or a spaced name: `install-os` → `InstallOs`.
pub(crate) fn camel_case(words: &str) -> String {
    words
        .split(['-', ' '])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// Whether `ident` is a Rust keyword or reserved word, so cannot name an item.
pub(crate) fn is_keyword(ident: &str) -> bool {
    KEYWORDS.contains(&ident)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        for good in ["install-os", "a", "net2", "ip-v4-plan"] {
            assert!(is_kebab_id(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Install-os",
            "2fa",
            "a_b",
            "é",
            "a b",
        ] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
    }

    #[test]
    fn camel_case_names() {
        assert_eq!(camel_case("install-os"), "InstallOs");
        assert_eq!(camel_case("net-2"), "Net2");
        assert_eq!(camel_case("Sign off"), "SignOff");
        assert_eq!(camel_case("self"), "Self");
        assert!(is_keyword(&camel_case("self")));
    }

    #[test]
    fn word_names() {
        assert!(is_word_name("Responsible"));
        assert!(is_word_name("Sign off 2"));
        assert!(!is_word_name("Sign  off"));
        assert!(!is_word_name("2nd"));
        assert!(!is_word_name("Résumé"));
    }
}
