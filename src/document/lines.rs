//! Byte offset to line/column conversion.

use super::Span;
use std::ops::Range;
use std::sync::OnceLock;

/// Bytes between two checkpoints of the character count.
const CHECKPOINT: usize = 4096;

/// The byte offset at which each line starts, for O(log n) position lookups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Characters before every [`CHECKPOINT`]-th byte, so that a column on a
    /// long line costs at most one checkpoint's scan, not the whole line's
    /// (a 20 MB line with a million sentences stays linear). Counted on the
    /// first [`LineIndex::position`]: parsing locates its spans with a
    /// [`Locator`], and most runs never ask.
    chars_before: OnceLock<Vec<usize>>,
    /// Bytes at the start of line 1 that take no column: the blanks that
    /// stand for a UTF-8 byte-order mark, which editors do not show.
    lead: usize,
}

impl LineIndex {
    /// Index the line starts of `text` (`\n`, `\r\n` and lone `\r` end lines).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        LineIndex {
            starts,
            chars_before: OnceLock::new(),
            lead: 0,
        }
    }

    /// The characters before each checkpoint of `text`.
    fn checkpoints(&self, text: &str) -> &[usize] {
        self.chars_before.get_or_init(|| {
            let bytes = text.as_bytes();
            let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
            let mut count = 0;
            for chunk in bytes.chunks(CHECKPOINT) {
                chars_before.push(count);
                count += chunk.iter().filter(|&&b| !is_continuation(b)).count();
            }
            chars_before.push(count);
            chars_before
        })
    }

    /// Say that the first `bytes` bytes of line 1 stand for a byte-order
    /// mark: columns after them count from 1.
    pub fn set_lead(&mut self, bytes: usize) {
        self.lead = bytes;
    }

    /// A 1-based column on a 0-based line, less the lead on line 1.
    fn shown_column(&self, line: usize, offset: usize, column: usize) -> usize {
        if line == 0 && self.lead > 0 {
            column.saturating_sub(offset.min(self.lead)).max(1)
        } else {
            column
        }
    }

    /// Characters in `text[..offset]`, for an offset on a character boundary.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        let from = k * CHECKPOINT;
        let base = self.checkpoints(text).get(k).copied().unwrap_or(0);
        base + text.as_bytes()[from.min(offset)..offset]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = if text.is_char_boundary(offset) && self.checkpoints(text).len() > 1 {
            self.chars_to(text, offset) - self.chars_to(text, start)
        } else {
            text.get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
        };
        (line + 1, self.shown_column(line, offset, column + 1))
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// True when there are no lines (never: an empty text has one empty line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line.clamp(1, self.starts.len()) - 1]
    }

    /// The text of a 1-based line without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self.line_start(line);
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// The characters in `s`. Most text between two offsets is ASCII, one
/// character a byte: std's ASCII test reads a word a step, where counting
/// characters cost about four instructions a byte.
fn chars_in(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// True for the second to fourth byte of a UTF-8 character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Turns increasing byte offsets into positions without rescanning each line
/// from its start: a sentence in a 5 MB single-line paragraph costs the
/// characters since the previous sentence, not since the line began.
#[derive(Debug)]
pub struct Locator<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last offset located, its 0-based line, and its 1-based column.
    last: (usize, usize, usize),
}

impl<'a> Locator<'a> {
    /// A locator over `text` with its line index.
    pub fn new(index: &'a LineIndex, text: &'a str) -> Locator<'a> {
        Locator {
            index,
            text,
            last: (0, 0, 1),
        }
    }

    /// The 1-based line and column of `offset`; cheap when offsets grow.
    pub fn position(&mut self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = &self.index.starts;
        let (last_offset, last_line, last_column) = self.last;
        // Offsets mostly grow within a line: its line is tried before a search.
        let line = if offset >= starts[last_line]
            && starts.get(last_line + 1).is_none_or(|&next| offset < next)
        {
            last_line
        } else {
            starts.partition_point(|&s| s <= offset) - 1
        };
        let column = if line == last_line
            && offset >= last_offset
            && self.text.is_char_boundary(last_offset)
        {
            last_column
                + self
                    .text
                    .get(last_offset..offset)
                    .map_or(offset - last_offset, chars_in)
        } else {
            let start = starts[line];
            self.text
                .get(start..offset)
                .map_or(offset - start, chars_in)
                + 1
        };
        self.last = (offset, line, column);
        (line + 1, self.index.shown_column(line, offset, column))
    }

    /// A [`Span`] for a byte range.
    pub fn span(&mut self, range: Range<usize>) -> Span {
        let (line, column) = self.position(range.start);
        let (end_line, end_column) = self.position(range.end);
        Span {
            start: range.start,
            end: range.end,
            line,
            column,
            end_line,
            end_column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locator_agrees_with_the_index_in_any_order() {
        let text = "ab\ncd’e f’g\r\nf";
        let index = LineIndex::new(text);
        let mut locator = Locator::new(&index, text);
        for offset in [0, 3, 4, 8, 10, 13, 2, 14, 16, 5] {
            if text.is_char_boundary(offset) {
                assert_eq!(
                    locator.position(offset),
                    index.position(text, offset),
                    "offset {offset}"
                );
            }
        }
    }

    #[test]
    fn positions_count_characters() {
        let text = "ab\ncd’e\r\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 3), (2, 1));
        // After the three-byte apostrophe the column advances by one.
        assert_eq!(index.position(text, 8), (2, 4));
        assert_eq!(index.position(text, text.len()), (3, 2));
        assert_eq!(index.line_text(text, 2), "cd’e");
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        // Multi-byte characters straddle the checkpoints.
        let text = format!("x\n{}\r\n{}", "aé’\u{301}".repeat(5000), "z„".repeat(3000));
        let index = LineIndex::new(&text);
        for offset in (0..=text.len())
            .filter(|&o| text.is_char_boundary(o))
            .step_by(7)
        {
            let line = text[..offset].matches('\n').count();
            let start = index.line_start(line + 1);
            let expected = text[start..offset].chars().count() + 1;
            assert_eq!(
                index.position(&text, offset),
                (line + 1, expected),
                "{offset}"
            );
        }
    }
}
