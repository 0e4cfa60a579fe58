//! Block text -> sentences, with spans mapped back to the original bytes.

use super::blocks::Piece;
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

/// Split a block's pieces into sentences.
///
/// The pieces' plain text is joined (line breaks read as spaces), segmented by
/// sentencex, and each sentence's plain range mapped back to source bytes.
pub(super) fn split(text: &str, pieces: &[Piece]) -> Vec<SentencePiece> {
    let mut plain = String::new();
    let mut segments = Vec::with_capacity(pieces.len());
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
    // About one sentence per 60 bytes of prose: most blocks fill it once.
    let mut out: Vec<SentencePiece> = Vec::with_capacity(plain.len() / 60 + 1);
    for boundary in sentencex::get_sentence_boundaries("en", &plain) {
        let raw = &plain[boundary.start_byte..boundary.end_byte];
        let lead = raw.len() - raw.trim_start().len();
        let trail = raw.len() - raw.trim_end().len();
        let (start, end) = (boundary.start_byte + lead, boundary.end_byte - trail);
        if start >= end {
            continue;
        }
        for (start, end) in split_closed_parentheticals(&plain, start, end) {
            let source = to_source(&segments, start, true)..to_source(&segments, end, false);
            let source = trim_source(text, source);
            if source.start >= source.end {
                continue;
            }
            // A boundary inside markup whose source is not its plain text
            // (a code span "`a. b`", an entity) maps both sentences onto the
            // whole of it: one sentence, so that spans never overlap.
            if let Some(last) = out.last_mut().filter(|l| source.start < l.range.end) {
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
    for piece in out.iter_mut().filter(|p| p.merged) {
        // Folding the joined text is folding each part and joining them.
        piece.plain = piece.plain.as_deref().map(fold_spaces);
    }
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
    // Folds over every byte with no early exit, which the compiler makes
    // SIMD: nearly every sentence passes, so each byte is read anyway.
    let controls = (bytes.iter()).fold(false, |found, &b| found | matches!(b, b'\t'..=b'\r'));
    let doubled = (bytes.iter().zip(bytes.get(1..).unwrap_or_default()))
        .fold(false, |found, (&a, &b)| found | (a == b' ' && b == b' '));
    let spaces_ok = !s.starts_with(' ') && !s.ends_with(' ') && !doubled;
    // Only ASCII white space other than ' ' needs a look unless there is non-ASCII text.
    spaces_ok && !controls && (s.is_ascii() || s.chars().all(|c| c == ' ' || !c.is_whitespace()))
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
    use crate::document::{Document, SourceFormat};

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
