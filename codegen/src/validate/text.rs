//! Texts kept verbatim, and the one address: what they may hold so that they reach the
//! generated code and the rendered docs unchanged.

use crate::diagnostic::{Diagnostic, DiagnosticKind, Diagnostics, is_bidi_control, quoted};
use crate::limits::MAX_TEXT_LEN;
use crate::parse::Text;

/// Whether a text may span several lines (the intro only).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Lines {
    One,
    Many,
}

/// A text kept verbatim: not empty, no padding, no control character, no bidirectional
/// control (rustc refuses them in doc comments), at most [`MAX_TEXT_LEN`] characters.
///
/// A multi-line text reads `\r\n` as `\n`: TOML lets a parser normalise the line endings
/// inside `"""` strings, and a checkout with CRLF endings must build the same crate.
pub(super) fn checked_text(
    text: &Text,
    what: &str,
    lines: Lines,
    diags: &mut Diagnostics,
) -> Option<String> {
    let value = if lines == Lines::Many {
        text.value.replace("\r\n", "\n")
    } else {
        text.value.clone()
    };
    let length = value.chars().count();
    let (kind, message) = if value.is_empty() {
        (DiagnosticKind::InvalidText, format!("{what} is empty"))
    } else if length > MAX_TEXT_LEN {
        (
            DiagnosticKind::LimitExceeded,
            format!("{what} has {length} characters; at most {MAX_TEXT_LEN} are allowed"),
        )
    } else if value.trim() != value {
        (
            DiagnosticKind::InvalidText,
            format!(
                "{what} \"{}\" has leading or trailing whitespace",
                quoted(&value)
            ),
        )
    } else if let Some(c) = value.chars().find(|&c| is_bidi_control(c)) {
        (
            DiagnosticKind::InvalidText,
            format!(
                "{what} \"{}\" contains U+{:04X}, a control that changes the visible direction \
                 of text, which Rust refuses in code and docs",
                quoted(&value),
                u32::from(c)
            ),
        )
    } else if value
        .chars()
        .any(|c| c.is_control() && !(lines == Lines::Many && c == '\n'))
    {
        (
            DiagnosticKind::InvalidText,
            format!(
                "{what} \"{}\" contains a line break or control character",
                quoted(&value)
            ),
        )
    } else {
        return Some(value);
    };
    diags.push(Diagnostic::error(kind, text.span.clone(), message));
    None
}

/// A Markdown heading level, 1 to 6 `#`, or `default` where none is given; `None` after
/// reporting one out of range.
pub(super) fn heading_level(
    level: Option<&(i64, core::ops::Range<usize>)>,
    default: u8,
    diags: &mut Diagnostics,
) -> Option<u8> {
    match level {
        None => Some(default),
        Some((level, span)) => {
            let valid = u8::try_from(*level).ok().filter(|l| (1..=6).contains(l));
            if valid.is_none() {
                diags.error(
                    DiagnosticKind::InvalidNumber,
                    span.clone(),
                    format!("heading level {level} is not a Markdown heading level: 1 to 6 `#`"),
                );
            }
            valid
        }
    }
}

/// The source page's address: `http://` or `https://`, a host, and only the characters
/// an address is written with (RFC 3986), so it is a link in the docs and nothing else.
pub(super) fn checked_url(text: &Text, diags: &mut Diagnostics) -> Option<String> {
    let value = &text.value;
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let valid = rest.is_some_and(|rest| {
        let host_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        host_len > 0
            && value.len() <= MAX_TEXT_LEN
            && rest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&()*+,;=%".contains(&b))
    });
    if valid {
        return Some(value.clone());
    }
    diags.push(
        Diagnostic::error(
            DiagnosticKind::InvalidUrl,
            text.span.clone(),
            format!(
                "the source \"{}\" is not an http or https address",
                quoted(value)
            ),
        )
        .with_help(
            "write the page's address as `https://host/path`, with spaces and quotes \
             percent-encoded",
        ),
    );
    None
}
