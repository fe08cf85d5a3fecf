//! Byte offsets → 1-based lines and columns, in logarithmic time per diagnostic.

use core::fmt;

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Where each line of a text starts, so any byte offset becomes a [`Position`] in
/// logarithmic time and a bounded scan, however many diagnostics a file has.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
    /// (byte offset, characters before it) every [`Self::STRIDE`] bytes or so, at
    /// character boundaries: a column on a very long line costs at most one stride.
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    const STRIDE: usize = 4096;

    /// Indexes `source` in one pass.
    pub fn new(source: &'a str) -> Self {
        let mut line_starts = vec![0];
        let mut checkpoints = vec![(0, 0)];
        for (chars, (offset, c)) in source.char_indices().enumerate() {
            if offset >= checkpoints.last().map_or(0, |c| c.0) + Self::STRIDE {
                checkpoints.push((offset, chars));
            }
            if c == '\n' {
                line_starts.push(offset + 1);
            }
        }
        LineIndex {
            source,
            line_starts,
            checkpoints,
        }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let line_start = self.line_starts[line - 1];
        Position {
            line,
            column: self.chars_before(offset) - self.chars_before(line_start) + 1,
        }
    }

    /// How many characters come before byte `offset`, a character boundary.
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoint = self.checkpoints.partition_point(|c| c.0 <= offset) - 1;
        let (start, chars) = self.checkpoints[checkpoint];
        chars + self.source[start..offset].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.position(6), Position { line: 2, column: 1 });
        // `é` is two bytes but one column; an offset inside it goes back to its start.
        assert_eq!(index.position(10), Position { line: 2, column: 4 });
        assert_eq!(index.position(8), Position { line: 2, column: 2 });
        assert_eq!(index.position(999), Position { line: 3, column: 1 });
    }

    #[test]
    fn positions_on_a_long_line_cross_checkpoints() {
        let text = format!("x\n{}é{}", "a".repeat(10_000), "b".repeat(10_000));
        let index = LineIndex::new(&text);
        assert!(index.checkpoints.len() > 3);
        // After 10,000 `a`s and the two-byte `é`, byte 2 + 10,002 is column 10,002.
        assert_eq!(
            index.position(2 + 10_002),
            Position {
                line: 2,
                column: 10_002
            }
        );
        assert_eq!(index.position(text.len()).column, 20_002);
    }
}
