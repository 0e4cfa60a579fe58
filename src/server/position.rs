//! LSP positions (0-based line, UTF-16 code units) to byte offsets and back.
//!
//! LSP counts columns in UTF-16 code units unless a client negotiates
//! otherwise; argmap's spans are byte offsets. Lines end at `\n`, `\r\n` or
//! a lone `\r`, as in the protocol and in [`crate::document::LineIndex`].

use lsp_types::{Position, Range};
use std::cell::Cell;

/// Line starts of one text, for conversions in both directions.
#[derive(Debug, Clone, Default)]
pub struct LineMap {
    starts: Vec<usize>,
    /// The last conversion: (byte offset, line, UTF-16 column). Offsets are
    /// mostly converted in increasing order (findings, tokens), so the next
    /// column is counted from here, not from the line start: a sentence on
    /// a multi-megabyte line costs its own length, not the line's.
    last: Cell<(usize, usize, usize)>,
}

impl LineMap {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> LineMap {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineMap {
            starts,
            last: Cell::new((0, 0, 0)),
        }
    }

    /// The byte offset where a 0-based line starts (the end of the text past the last line).
    pub fn line_start(&self, text: &str, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(text.len())
    }

    /// The byte offset where a 0-based line's content ends (before its line ending).
    pub fn line_end(&self, text: &str, line: usize) -> usize {
        let start = self.line_start(text, line);
        let next = self.starts.get(line + 1).copied().unwrap_or(text.len());
        start + text[start..next].trim_end_matches(['\n', '\r']).len()
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The LSP position of a byte offset (clamped to the text, moved back to
    /// a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line];
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && last_offset <= offset && last_offset >= start {
            last_column + utf16_len(&text[last_offset..offset])
        } else {
            utf16_len(&text[start..offset])
        };
        self.last.set((offset, line, column));
        Position::new(to_u32(line), to_u32(column))
    }

    /// The LSP range of a byte range.
    pub fn range(&self, text: &str, range: std::ops::Range<usize>) -> Range {
        Range::new(
            self.position(text, range.start),
            self.position(text, range.end),
        )
    }

    /// The byte offset of an LSP position; a column past the line's end is
    /// the line's end, a line past the text is the text's end.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return text.len();
        }
        let start = self.starts[line];
        let end = self.line_end(text, line);
        let wanted = position.character as usize;
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            if units >= wanted {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }
}

/// UTF-16 code units in a string.
pub fn utf16_len(s: &str) -> usize {
    // ASCII is one unit per byte; count the rest character by character.
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        let text = "a😀b\r\nc\rd\né x";
        let map = LineMap::new(text);
        // 😀 is 4 bytes and two UTF-16 units.
        assert_eq!(map.position(text, 5), Position::new(0, 3));
        assert_eq!(map.position(text, 8), Position::new(1, 0));
        assert_eq!(map.position(text, 10), Position::new(2, 0));
        assert_eq!(map.position(text, 14), Position::new(3, 1));
        assert_eq!(map.offset(text, Position::new(0, 3)), 5);
        assert_eq!(map.offset(text, Position::new(3, 2)), 15);
        // Past the end of a line or of the text.
        assert_eq!(map.offset(text, Position::new(0, 99)), 6);
        assert_eq!(map.offset(text, Position::new(9, 0)), text.len());
        // Inside a character: moved back to its start.
        assert_eq!(map.position(text, 2), Position::new(0, 1));
    }

    #[test]
    fn cached_and_fresh_conversions_agree() {
        let text = "ünï cödé, then more. And é again.\nnext";
        let map = LineMap::new(text);
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &o in offsets.iter().chain(offsets.iter().rev()) {
            let fresh = LineMap::new(text).position(text, o);
            assert_eq!(map.position(text, o), fresh, "at {o}");
            assert_eq!(map.offset(text, fresh), o);
        }
    }
}
