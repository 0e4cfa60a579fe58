//! LSP positions (0-based line, UTF-16 code units) to byte offsets and back.
//!
//! LSP counts columns in UTF-16 code units unless a client negotiates
//! otherwise; argmap's spans are byte offsets. Lines end at `\n`, `\r\n` or
//! a lone `\r`, as in the protocol and in [`crate::document::LineIndex`].
use lsp_types::{Position, Range};

/// Bytes between two checkpoints of the UTF-16 count (the table is 1/32 of
/// the text; a lookup scans at most this many bytes).
const CHECKPOINT: usize = 256;

/// Line starts of one text, for conversions in both directions.
#[derive(Debug, Clone, Default)]
pub struct LineMap {
    starts: Vec<usize>,
    /// UTF-16 units before every [`CHECKPOINT`]-th byte, so that a column
    /// on a long line costs at most two checkpoints' scan, in any order of
    /// lookups: a paragraph of a million sentences on one line stays linear.
    units_before: Vec<usize>,
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
        let mut units_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut count = 0;
        for chunk in bytes.chunks(CHECKPOINT) {
            units_before.push(count);
            count += units(chunk);
        }
        LineMap {
            starts,
            units_before,
        }
    }

    /// UTF-16 units in `text[..offset]`.
    fn units_to(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        let base = self.units_before.get(k).copied().unwrap_or(0);
        base + units(&text.as_bytes()[(k * CHECKPOINT).min(offset)..offset])
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
        let column = self.units_to(text, offset) - self.units_to(text, self.starts[line]);
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

/// UTF-16 units of the characters that start in `bytes`: one per
/// character, two for those of four bytes (outside the BMP).
fn units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| match b {
            0..=0x7F | 0xC0..=0xEF => 1,
            0xF0..=0xFF => 2,
            _ => 0,
        })
        .sum()
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
    fn checkpoints_agree_with_counting_on_long_lines() {
        let text = "ünï cödé 😀, then more. ".repeat(300) + "\nnext é";
        let map = LineMap::new(&text);
        let mut line = 0;
        let mut column = 0;
        for (i, c) in text.char_indices() {
            assert_eq!(
                map.position(&text, i),
                Position::new(line, column),
                "at {i}"
            );
            assert_eq!(map.offset(&text, Position::new(line, column)), i);
            if c == '\n' {
                (line, column) = (line + 1, 0);
            } else {
                column += c.len_utf16() as u32;
            }
        }
    }
}
