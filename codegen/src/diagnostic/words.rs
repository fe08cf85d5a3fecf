//! Input text as messages quote it (escaped, bounded), lists of names, and suggestions
//! for misspellings, each at a bounded cost.

/// Pushes `c` as written, or escaped (`\u{1b}`) when it is a control character, which a
/// terminal would obey rather than show.
pub(super) fn push_shown(out: &mut String, c: char) {
    if c.is_control() || is_bidi_control(c) {
        out.extend(c.escape_debug());
    } else {
        out.push(c);
    }
}

/// The Unicode controls that change the visible direction of text, which rustc refuses in
/// doc comments and string literals (the "Trojan Source" code points).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How much of an input text a message quotes: enough to recognise it, never a whole file.
const QUOTED_CHARS: usize = 60;

/// Input text as a message quotes it: control characters escaped (a terminal would obey
/// them), and cut after [`QUOTED_CHARS`] characters with `…`, so a hostile value of
/// megabytes makes a message of one line.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(QUOTED_CHARS) {
        push_shown(&mut out, c);
    }
    if text.chars().nth(QUOTED_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Words longer than this get no suggestion: comparing them costs time for no use.
const MAX_SUGGESTED_LEN: usize = 64;

/// The closest candidate to a misspelled `word`, if one is close enough to suggest.
///
/// Bounded work: a word or candidate over [`MAX_SUGGESTED_LEN`] characters is not
/// compared, nor is a candidate whose length alone puts it out of reach.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word_len = word.chars().count();
    if word_len > MAX_SUGGESTED_LEN {
        return None;
    }
    let word = word.to_ascii_lowercase();
    let limit = (word_len / 3).max(1);
    let close = candidates
        .iter()
        .filter(|c| {
            let len = c.chars().count();
            len <= MAX_SUGGESTED_LEN && len.abs_diff(word_len) <= limit
        })
        .map(|c| (edit_distance(&word, &c.to_ascii_lowercase()), *c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c);
    // Otherwise a shortening of one name: `ovh` for `ovhcloud`.
    close.or_else(|| {
        let mut starting = candidates
            .iter()
            .filter(|c| word.len() >= 2 && c.to_ascii_lowercase().starts_with(&word));
        match (starting.next(), starting.next()) {
            (Some(only), None) => Some(*only),
            _ => None,
        }
    })
}

/// Edit distance over characters where swapping two neighbours counts as one edit, the
/// commonest typo (`titel` for `title`). Three rows of memory, whatever the lengths.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i - 2, i - 1 and i of the table d[i][j]: the distance between the first i
    // characters of a and the first j of b.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
        }
        core::mem::swap(&mut before, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// How many names a message lists before it says how many more there are.
const LISTED_NAMES: usize = 12;

/// `a`, `b` or `c`: a list of names for a message, each in backticks; a long list is cut
/// after [`LISTED_NAMES`] names.
pub(crate) fn one_of(names: &[&str]) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(LISTED_NAMES)
        .map(|n| format!("`{}`", quoted(n)))
        .collect();
    if names.len() > LISTED_NAMES {
        return format!(
            "{} or one of {} more",
            shown.join(", "),
            names.len() - LISTED_NAMES
        );
    }
    match shown.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_pick_the_closest_name_within_reach() {
        let keys = ["id", "heading", "text", "cells"];
        assert_eq!(did_you_mean("txt", &keys), Some("text"));
        assert_eq!(did_you_mean("hedaing", &keys), Some("heading"));
        assert_eq!(did_you_mean("titel", &["title", "source"]), Some("title"));
        assert_eq!(did_you_mean("Cells", &keys), Some("cells"));
        assert_eq!(did_you_mean("headnig", &keys), Some("heading"));
        assert_eq!(did_you_mean("colour", &keys), None);
        assert_eq!(
            did_you_mean("ovh", &["customer", "ovhcloud"]),
            Some("ovhcloud")
        );
        assert_eq!(did_you_mean("c", &["customer", "ovhcloud"]), None);
        let long = "x".repeat(MAX_SUGGESTED_LEN + 1);
        assert_eq!(did_you_mean(&long, &[long.as_str()]), None);
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("abc", "acb"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn quoted_input_is_escaped_and_bounded() {
        assert_eq!(quoted("a\u{1b}[2Kb"), "a\\u{1b}[2Kb");
        assert_eq!(quoted("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(quoted("é ✓"), "é ✓");
        let long = "y".repeat(1000);
        assert_eq!(quoted(&long).chars().count(), QUOTED_CHARS + 1);
    }

    #[test]
    fn lists_read_as_prose_and_stay_short() {
        assert_eq!(one_of(&[]), "nothing");
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        let many: Vec<String> = (0..40).map(|i| format!("p{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(one_of(&many).ends_with("`p11` or one of 28 more"));
    }
}
