//! Block text -> sentences, with spans mapped back to the original bytes.

use super::blocks::Piece;
use sentencex::languages::{English, Language};
use std::ops::Range;

/// A sentence found in a block: its exact source range and its plain text
/// when that differs from the source text (`None` most of the time: prose
/// without markup or line breaks inside a sentence is its own plain text).
pub(super) struct SentencePiece {
    pub range: Range<usize>,
    pub plain: Option<String>,
    /// Pieces were joined into it: `plain` still needs folding.
    merged: bool,
}

/// One run of the plain text and where it came from.
struct Segment {
    plain: Range<usize>,
    source: Range<usize>,
    exact: bool,
}

/// The sentences of a document's blocks, in reading order.
pub(super) struct Split {
    /// Every sentence of every block.
    pub sentences: Vec<SentencePiece>,
    /// For each block, the index in `sentences` one past its last sentence.
    pub ends: Vec<usize>,
}

/// How much plain text one sentencex call reads at most (unless a single
/// block is longer): enough that its per-call setup is paid rarely, small
/// enough that the joined copy of a huge file is never held whole.
const BATCH_BYTES: usize = 64 * 1024;

/// Split every block's pieces into sentences: what [`split`] gives block by
/// block, found with one sentencex pass over many blocks at once.
///
/// sentencex reads the text between blank lines as separate paragraphs
/// (each is segmented on its own, nothing carries from one to the next), so
/// blocks joined by "\n\n" split exactly as they do alone; the per-call
/// setup (language lookup, scratch buffers) is paid once per batch, not once
/// per block. `Language::segment` gives sentence slices without
/// `get_sentence_boundaries`'s per-sentence character counts, which argmap
/// never reads. A block whose plain text has a line feed of its own (an
/// entity `&#10;`) could run into the separator: it is split alone.
pub(super) fn split_blocks<'p>(text: &str, blocks: impl IntoIterator<Item = &'p [Piece]>) -> Split {
    let blocks = blocks.into_iter();
    // An end a block: room taken at once, not grown from empty.
    let mut out = Split {
        sentences: Vec::new(),
        ends: Vec::with_capacity(blocks.size_hint().0),
    };
    // The plain text of a batch is about its source's bytes: room taken
    // at once, not grown by doubling from empty (each step a copy).
    let mut batch = Batch {
        plain: String::with_capacity(text.len().min(BATCH_BYTES) + 1024),
        ..Batch::default()
    };
    for pieces in blocks {
        // memchr's SIMD search: `str::contains` reads a byte at a time.
        let alone = pieces.iter().any(
            |p| matches!(p, Piece::Text { plain, .. } if memchr::memchr(b'\n', plain.as_bytes()).is_some()),
        );
        if alone || batch.plain.len() >= BATCH_BYTES {
            batch.flush(text, &mut out);
        }
        batch.push(pieces);
        if alone {
            batch.flush(text, &mut out);
        }
    }
    batch.flush(text, &mut out);
    fold_merged(&mut out.sentences);
    out
}

/// Blocks joined for one sentencex call.
#[derive(Default)]
struct Batch {
    /// The blocks' plain texts, "\n\n" between two blocks.
    plain: String,
    segments: Vec<Segment>,
    /// Per block: its range in `plain` and the range of its segments.
    blocks: Vec<(Range<usize>, Range<usize>)>,
}

impl Batch {
    /// Append a block.
    fn push(&mut self, pieces: &[Piece]) {
        if !self.blocks.is_empty() {
            self.plain.push_str("\n\n");
        }
        let (start, first) = (self.plain.len(), self.segments.len());
        push_pieces(&mut self.plain, &mut self.segments, pieces);
        (self.blocks).push((start..self.plain.len(), first..self.segments.len()));
    }

    /// Split the blocks gathered so far into `out`, and start over.
    fn flush(&mut self, text: &str, out: &mut Split) {
        let mut blocks = self.blocks.iter();
        let mut current = blocks.next();
        let mut first = out.sentences.len();
        for found in (English {}).segment(&self.plain) {
            // The slice's place in `plain` (sentencex returns subslices).
            let start = found.as_ptr() as usize - self.plain.as_ptr() as usize;
            let Some((start, end)) = trimmed(&self.plain, start, start + found.len()) else {
                continue;
            };
            // A sentence never spans blocks: the blank line between two
            // blocks ends a paragraph for sentencex.
            while current.is_some_and(|(range, _)| start >= range.end) {
                out.ends.push(out.sentences.len());
                first = out.sentences.len();
                current = blocks.next();
            }
            // Every sentence lies in a block: `current` is never past the last.
            let Some((_, segments)) = current else { break };
            let segments = &self.segments[segments.clone()];
            push_sentence(
                text,
                &self.plain,
                segments,
                start,
                end,
                &mut out.sentences,
                first,
            );
        }
        for _ in current.into_iter().chain(blocks) {
            out.ends.push(out.sentences.len());
        }
        self.plain.clear();
        self.segments.clear();
        self.blocks.clear();
    }
}

/// Append a block's pieces to `plain` (line breaks read as spaces), with
/// where each came from.
fn push_pieces(plain: &mut String, segments: &mut Vec<Segment>, pieces: &[Piece]) {
    for piece in pieces {
        let start = plain.len();
        match piece {
            Piece::Text {
                range,
                plain: p,
                exact,
            } => {
                plain.push_str(p);
                segments.push(Segment {
                    plain: start..plain.len(),
                    source: range.clone(),
                    exact: *exact,
                });
            }
            Piece::Break { range } => {
                plain.push(' ');
                segments.push(Segment {
                    plain: start..plain.len(),
                    source: range.clone(),
                    exact: false,
                });
            }
        }
    }
}

/// `plain[start..end]` without its leading and trailing white space, or
/// `None` when nothing is left.
fn trimmed(plain: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let raw = &plain[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    let (start, end) = (start + lead, end - trail);
    (start < end).then_some((start, end))
}

/// Add the sentence sentencex found at `plain[start..end]` (trimmed) to
/// `out`, whose pieces from `first` on are its block's, mapped back to the
/// source through the block's `segments`.
fn push_sentence(
    text: &str,
    plain: &str,
    segments: &[Segment],
    start: usize,
    end: usize,
    out: &mut Vec<SentencePiece>,
    first: usize,
) {
    for (start, end) in split_closed_parentheticals(plain, start, end) {
        let source = to_source(segments, start, true)..to_source(segments, end, false);
        let source = trim_source(text, source);
        if source.start >= source.end {
            continue;
        }
        // A boundary inside markup whose source is not its plain text
        // (a code span "`a. b`", an entity) maps both sentences onto the
        // whole of it: one sentence, so that spans never overlap.
        if let Some(last) = out[first..]
            .last_mut()
            .filter(|l| source.start < l.range.end)
        {
            // Appended now and folded once at the end: a code span with
            // thousands of sentence ends stays linear.
            let joined = last
                .plain
                .get_or_insert_with(|| text[last.range.clone()].to_string());
            joined.push(' ');
            joined.push_str(&plain[start..end]);
            last.merged = true;
            last.range.end = last.range.end.max(source.end);
            continue;
        }
        let found = &plain[start..end];
        let same = found == &text[source.clone()] && is_folded(found);
        out.push(SentencePiece {
            range: source,
            plain: (!same).then(|| fold_spaces(found)),
            merged: false,
        });
    }
}

/// Fold the plain text of the sentences that markup made into one.
fn fold_merged(sentences: &mut [SentencePiece]) {
    for piece in sentences.iter_mut().filter(|p| p.merged) {
        // Folding the joined text is folding each part and joining them.
        piece.plain = piece.plain.as_deref().map(fold_spaces);
    }
}

/// Split a block's pieces into sentences, one sentencex call for the block:
/// the readable definition [`split_blocks`] is held to.
///
/// The pieces' plain text is joined (line breaks read as spaces), segmented by
/// sentencex, and each sentence's plain range mapped back to source bytes.
#[cfg(test)]
fn split(text: &str, pieces: &[Piece]) -> Vec<SentencePiece> {
    let mut plain = String::new();
    let mut segments = Vec::with_capacity(pieces.len());
    push_pieces(&mut plain, &mut segments, pieces);
    let mut out = Vec::new();
    for boundary in sentencex::get_sentence_boundaries("en", &plain) {
        if let Some((start, end)) = trimmed(&plain, boundary.start_byte, boundary.end_byte) {
            push_sentence(text, &plain, &segments, start, end, &mut out, 0);
        }
    }
    fold_merged(&mut out);
    out
}

/// sentencex keeps "(An aside.) Next sentence." together; split after a
/// parenthesis that closes a full sentence when a capital follows. One or two
/// parts, returned without a list (this runs for every sentence).
fn split_closed_parentheticals(
    plain: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, usize)> {
    let mut first = None;
    let mut from = start;
    let s = &plain[start..end];
    if s.starts_with('(') {
        for (i, _) in s.match_indices(['.', '!', '?']) {
            let after = &s[i + 1..];
            if let Some(rest) = after.strip_prefix(')') {
                let trimmed = rest.trim_start();
                if !trimmed.is_empty()
                    && rest.len() > trimmed.len()
                    && trimmed.starts_with(|c: char| c.is_uppercase())
                {
                    let cut = start + i + 2;
                    first = Some((from, cut));
                    from = cut + (rest.len() - trimmed.len());
                    break;
                }
            }
        }
    }
    first.into_iter().chain(std::iter::once((from, end)))
}

/// Map a plain-text offset to a source offset. `opening` picks the segment
/// that starts at the offset rather than the one that ends there.
fn to_source(segments: &[Segment], offset: usize, opening: bool) -> usize {
    let index = if opening {
        segments.partition_point(|s| s.plain.end <= offset)
    } else {
        segments.partition_point(|s| s.plain.end < offset)
    };
    let Some(seg) = segments.get(index).or(segments.last()) else {
        return 0;
    };
    if seg.exact {
        let delta = offset.clamp(seg.plain.start, seg.plain.end) - seg.plain.start;
        seg.source.start + delta
    } else if opening {
        seg.source.start
    } else {
        seg.source.end
    }
}

/// Drop leading and trailing white space from a source range.
fn trim_source(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    range.start + lead..(range.end - trail).max(range.start + lead)
}

/// True when [`fold_spaces`] would return `s` unchanged.
fn is_folded(s: &str) -> bool {
    let bytes = s.as_bytes();
    let Some((&last, _)) = bytes.split_last() else {
        return true;
    };
    // One fold over every byte and the byte after it, with no early exit,
    // which the compiler makes SIMD: nearly every sentence passes, so each
    // byte is read anyway. Bit 0: an ASCII control space; bit 1: two
    // spaces in a row; bit 7: a byte beyond ASCII. The last byte, which has
    // no byte after it, is added on its own.
    let pairs = bytes.iter().zip(&bytes[1..]);
    let flags = pairs.fold(0u8, |found, (&a, &b)| {
        found
            | u8::from(matches!(a, b'\t'..=b'\r'))
            | u8::from(a == b' ' && b == b' ') << 1
            | a & 0x80
    }) | u8::from(matches!(last, b'\t'..=b'\r'))
        | last & 0x80;
    let spaces_ok = bytes[0] != b' ' && last != b' ' && flags & 2 == 0;
    // Only ASCII white space other than ' ' needs a look unless there is non-ASCII text.
    spaces_ok
        && flags & 1 == 0
        && (flags & 0x80 == 0 || s.chars().all(|c| c == ' ' || !c.is_whitespace()))
}

/// Collapse runs of white space into single spaces.
fn fold_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::blocks::scan;
    use crate::document::{Document, SourceFormat};
    use std::path::Path;

    /// Every `.md` and `.txt` file under `dir`, recursively.
    fn files_under(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files_under(&path, out);
            } else if path.extension().is_some_and(|e| e == "md" || e == "txt") {
                out.push(String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned());
            }
        }
    }

    /// The batched split gives what splitting block by block gives, on the
    /// fixtures and on blocks made to trip the joining: line feeds of
    /// their own (entities), empty and white-space blocks, CR line ends,
    /// and blocks longer than a batch.
    #[test]
    fn batched_split_is_the_block_by_block_split() {
        let mut texts = vec![include_str!("../../corpus/nato-partnerships.md").to_string()];
        files_under(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
            &mut texts,
        );
        assert!(texts.len() > 200, "{} fixtures", texts.len());
        let long = "Dr. Smith agrees. Prices rose 3.5 percent (see No. 5). ".repeat(2000);
        texts.extend([
            "One.&#10;&#10;Two. Three.\n\nFour &#10; five.&#13;\n\nSix.".to_string(),
            "&#10;\n\n&#13;&#10;x\n\n`&#10;`\n\n` `\n\nA. B.&#10;".to_string(),
            "# Head\r\n\r\nPara one. Two.\r\nwrapped line.\r\n\r\n- item. x\r\n- 1) b (c) d\r\n"
                .to_string(),
            format!("Short one.\n\n{long}\n\nAfter it. Yes.\n\n{long}&#10;{long}"),
            "(An aside.) Next. `a. B` now. “Stop.” Then. i. ii. iii) item\n\n\u{a0}\n\n…"
                .to_string(),
        ]);
        for text in &texts {
            for format in [SourceFormat::Markdown, SourceFormat::Text] {
                let raw = scan(text, format);
                let batched = super::split_blocks(text, raw.blocks.iter().map(|b| &b.pieces[..]));
                let (mut expected, mut ends) = (Vec::new(), Vec::new());
                for block in &raw.blocks {
                    expected.extend(
                        super::split(text, &block.pieces)
                            .into_iter()
                            .map(|p| (p.range, p.plain)),
                    );
                    ends.push(expected.len());
                }
                let found: Vec<_> = (batched.sentences.into_iter())
                    .map(|p| (p.range, p.plain))
                    .collect();
                assert_eq!(found, expected, "{format:?}: {text}");
                assert_eq!(batched.ends, ends, "{format:?}: {text}");
            }
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i).to_string())
            .collect()
    }

    #[test]
    fn folding_matches_split_whitespace() {
        for s in [
            "",
            "   ",
            "a",
            " a  b\t\nc \u{b}d\u{c}e\u{85}f\u{a0}g\u{2003}h\u{3000}i ",
            "it’s “quoted” — é\u{200b}x",
        ] {
            let expected = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(super::fold_spaces(s), expected, "{s:?}");
            assert_eq!(super::is_folded(s), s == expected, "{s:?}");
        }
    }

    proptest::proptest! {
        /// The one-fold test against its definition: folding changes nothing.
        #[test]
        fn the_fold_test_agrees_with_folding(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                " ", "  ", "a", "bc", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{85}", "\u{a0}",
                "\u{2003}", "é", "’", "\u{200b}", ".", "\u{7f}", "\u{1}",
            ]),
            0..24,
        )) {
            let s: String = pieces.concat();
            proptest::prop_assert_eq!(super::is_folded(&s), super::fold_spaces(&s) == s, "{:?}", s);
        }
    }

    /// Hard cases for sentence boundaries: each input and the sentences it must give.
    #[test]
    fn hard_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. Air Force agreed. It left.",
                &["The U.S. Air Force agreed.", "It left."],
            ),
            (
                "Staff Sgt. Jonathan Snyder took it. Then he left.",
                &["Staff Sgt. Jonathan Snyder took it.", "Then he left."],
            ),
            (
                "Some fruit, e.g. apples, is good. Dr. Smith agrees.",
                &["Some fruit, e.g. apples, is good.", "Dr. Smith agrees."],
            ),
            (
                "See No. 5 for details. Prices rose 3.5 percent in 2019.",
                &["See No. 5 for details.", "Prices rose 3.5 percent in 2019."],
            ),
            (
                "J. R. R. Tolkien wrote it. Readers loved it.",
                &["J. R. R. Tolkien wrote it.", "Readers loved it."],
            ),
            (
                "He said “Stop.” Then he left.",
                &["He said “Stop.”", "Then he left."],
            ),
            (
                "(This is an aside.) Next one follows.",
                &["(This is an aside.)", "Next one follows."],
            ),
            (
                "Is it? Yes! It is.",
                &["Is it?", "Yes!", "It is."],
            ),
            (
                "A line that wraps\nin the middle. And ends.",
                &["A line that wraps\nin the middle.", "And ends."],
            ),
            (
                // A photo caption in the shape scraped pages carry: "U.S.",
                // "Sgt.", a model number and a date inside long sentences.
                "cc Flickr, modified, U.S. Department of Agriculture Current Photos, U.S. Forest Service Staff Sgt. Maria Lopez, a crew chief with the 12th Fire Crew, cleans the cab of an F-350 truck assigned to the Oregon Forest Guard at Bend Station, Oregon, March 28, 2017. The 4th Fire Crew, comprised of Oregon and Idaho volunteers, conducted training alongside state teams to strengthen readiness and demonstrate U.S. commitment to the safety of the region. (U.S. Forest Service photo by Staff Sgt. Sam Reed)",
                &[
                    "cc Flickr, modified, U.S. Department of Agriculture Current Photos, U.S. Forest Service Staff Sgt. Maria Lopez, a crew chief with the 12th Fire Crew, cleans the cab of an F-350 truck assigned to the Oregon Forest Guard at Bend Station, Oregon, March 28, 2017.",
                    "The 4th Fire Crew, comprised of Oregon and Idaho volunteers, conducted training alongside state teams to strengthen readiness and demonstrate U.S. commitment to the safety of the region.",
                    "(U.S. Forest Service photo by Staff Sgt. Sam Reed)",
                ],
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(sentences(input), *expected, "input: {input}");
        }
    }

    #[test]
    fn a_boundary_inside_a_code_span_gives_one_sentence() {
        assert_eq!(sentences("`. …`"), vec!["`. …`"]);
        assert_eq!(
            sentences("Run `a. B` now. Then stop."),
            vec!["Run `a. B` now.", "Then stop."]
        );
    }

    #[test]
    fn markup_stays_inside_the_span() {
        assert_eq!(
            sentences("It is **very** clear. A `code` word."),
            vec!["It is **very** clear.", "A `code` word."]
        );
    }
}
