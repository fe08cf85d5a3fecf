//! Bytes → text: the one check of an input's size and encoding, for the index, the product
//! files and the pages alike.

use crate::diagnostic::{Diagnostic, DiagnosticKind, Report, reports};
use crate::limits::MAX_INPUT_BYTES;

/// What an input file is, for the messages about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Input {
    /// The catalogue's index, `raci.toml`.
    Index,
    /// A product's matrix file.
    Matrix,
    /// A matrix file of a page's earlier version.
    EarlierVersion,
    /// A product's texts in another language.
    Translation,
}

impl Input {
    /// `the index`, `the matrix`…: how messages name it.
    pub const fn noun(self) -> &'static str {
        match self {
            Input::Index => "the index",
            Input::Matrix => "the matrix",
            Input::EarlierVersion => "the earlier version",
            Input::Translation => "the translation",
        }
    }

    /// What to do with a file of this kind that is not UTF-8.
    const fn utf8_help(self) -> &'static str {
        match self {
            Input::Index => "save raci.toml as UTF-8",
            _ => "save the file as UTF-8",
        }
    }
}

/// The error for an input of `size` bytes, if that is more than the generator reads
/// ([`MAX_INPUT_BYTES`]); placed at the first byte too many. The only size check: callers
/// that bound a read stop one byte past the limit, so the message says "more than".
pub(crate) fn too_large(input: Input, size: u64) -> Option<Diagnostic> {
    let max = MAX_INPUT_BYTES as u64;
    (size > max).then(|| {
        let end = usize::try_from(size).unwrap_or(usize::MAX);
        Diagnostic::error(
            DiagnosticKind::LimitExceeded,
            MAX_INPUT_BYTES..end,
            format!(
                "{} has more than {MAX_INPUT_BYTES} bytes, the most that is read",
                input.noun()
            ),
        )
    })
}

/// Decodes `file`'s bytes: UTF-8, without a byte-order mark, within the size limit.
///
/// # Errors
/// Why the bytes are not a text the generator reads, positioned in the file.
pub fn decode(file: &str, bytes: &[u8], input: Input) -> Result<String, Report> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(d) = too_large(input, bytes.len() as u64) {
        return Err(reports(file, "", &[d]).remove(0));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            // Position the first invalid byte within the valid text before it.
            let valid = &bytes[..e.valid_up_to()];
            let text = std::str::from_utf8(valid).unwrap_or_default();
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            let d = Diagnostic::error(
                DiagnosticKind::Encoding,
                text.len()..text.len() + 1,
                format!(
                    "{} is not UTF-8 text: byte 0x{byte:02X} is not valid here",
                    input.noun()
                ),
            )
            .with_help(input.utf8_help().to_owned());
            Err(reports(file, text, &[d]).remove(0))
        }
    }
}
