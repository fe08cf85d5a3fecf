//! Escaping, in one place for every output that embeds a text: Markdown (also safe in
//! rustdoc, for the generated docs, the diff's Markdown and the tool's tables) and quoted
//! strings (TOML basic strings, which are also JSON strings).
//!
//! A leaf: it depends on nothing else of the crate, so every stage can use it.

use std::fmt::Write as _;

/// Escapes text so rustdoc shows it verbatim, also inside a table cell and at the start of
/// a line, without a warning.
///
/// Besides Markdown's own markup, rustdoc's smart punctuation would turn straight quotes
/// into curly ones, `--` into a dash and `...` into an ellipsis; a leading `- `, `+ ` or
/// `1986. ` would start a list, leading spaces a code block, and `https://…` would be
/// reported as a bare URL. Each is escaped so the page shows the characters as typed:
/// ASCII punctuation with a backslash, leading whitespace as character references.
pub fn markdown(text: &str) -> String {
    const MARKUP: &str = "\\`*_[]<>|#!~&{}$\"'";
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let indent = chars.iter().take_while(|&&c| c == ' ' || c == '\t').count();
    for &c in &chars[..indent] {
        let _ = write!(out, "&#{};", u32::from(c));
    }
    let marker = list_marker(&chars[indent..]).map(|i| i + indent);
    let runs = punctuation_runs(&chars);
    for (i, &c) in chars.iter().enumerate().skip(indent) {
        let smart = match c {
            '-' => runs[i] >= 2,
            '.' => runs[i] >= 3,
            _ => false,
        };
        let url = c == ':' && chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/');
        if MARKUP.contains(c) || smart || url || marker == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The index of the character that makes `chars` start a list item, if it does: a `-` or
/// `+`, or the `.` or `)` after leading digits, followed by a space, a tab or the end.
fn list_marker(chars: &[char]) -> Option<usize> {
    let at = match chars.first()? {
        '-' | '+' => 0,
        c if c.is_ascii_digit() => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            if !matches!(chars.get(digits), Some('.' | ')')) {
                return None;
            }
            digits
        }
        _ => return None,
    };
    matches!(chars.get(at + 1), None | Some(' ' | '\t')).then_some(at)
}

/// For each character, the length of the run of that same character it stands in; computed
/// in one pass, so a text of many dots costs no more than any other.
fn punctuation_runs(chars: &[char]) -> Vec<usize> {
    let mut runs = vec![1; chars.len()];
    let mut start = 0;
    for i in 1..=chars.len() {
        if i == chars.len() || chars[i] != chars[start] {
            runs[start..i].fill(i - start);
            start = i;
        }
    }
    runs
}

/// `text` as a string in double quotes with backslash escapes: a TOML basic string, which
/// is also a JSON string (`"`, `\\`, `\n`, `\t`, and `\uXXXX` for other control characters).
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{markdown as escape, quoted};

    #[test]
    fn markdown_specials_are_escaped() {
        assert_eq!(escape("a|b <c> *d* [e]"), "a\\|b \\<c\\> \\*d\\* \\[e\\]");
        assert_eq!(escape("plain, text. (ok) a-b"), "plain, text. (ok) a-b");
        assert_eq!(escape(r#"say "hi" it's"#), r#"say \"hi\" it\'s"#);
        assert_eq!(escape("a -- b ... c."), r"a \-\- b \.\.\. c.");
        assert_eq!(escape("...."), r"\.\.\.\.");
        assert_eq!(escape(".."), "..");
    }

    #[test]
    fn what_would_start_a_list_or_a_code_block_is_escaped() {
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("+ item"), r"\+ item");
        assert_eq!(escape("1986. A year"), r"1986\. A year");
        assert_eq!(escape("1) first"), r"1\) first");
        assert_eq!(escape("3.1. Operations"), "3.1. Operations");
        assert_eq!(escape("3. Service usage"), r"3\. Service usage");
        assert_eq!(escape("-5 degrees"), "-5 degrees");
        assert_eq!(escape("-"), r"\-");
        assert_eq!(escape("2024 was a year"), "2024 was a year");
        assert_eq!(escape("    code?"), "&#32;&#32;&#32;&#32;code?");
        assert_eq!(escape("\t- x"), r"&#9;\- x");
    }

    #[test]
    fn urls_are_not_bare_urls() {
        assert_eq!(
            escape("see https://example.com/a"),
            r"see https\://example.com/a"
        );
        assert_eq!(escape("a: b"), "a: b");
    }

    #[test]
    fn quoted_strings_read_back_in_toml_and_json() {
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(quoted("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(quoted("line\nnext\ttab"), r#""line\nnext\ttab""#);
        assert_eq!(quoted("\u{7}\u{7f}"), r#""\u0007\u007F""#);
        assert_eq!(quoted("été ✓"), "\"été ✓\"");
    }
}
