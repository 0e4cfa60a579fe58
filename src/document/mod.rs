//! Stage 1: bytes -> Markdown events -> blocks -> sentences.
//!
//! Every block and sentence keeps its exact byte span in the original file and
//! a 1-based line and column, so later stages can point diagnostics at the
//! essay. Plain text is read like Markdown; for scraped `.txt` files whose
//! paragraphs are single long lines with no blank line between them, a line
//! break after a finished sentence also ends the paragraph.

mod blocks;
mod lines;
mod sentences;
mod shared;

pub use lines::{LineIndex, Locator};
pub use shared::SharedText;

use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// A byte range in the original file with the 1-based position of its ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, counted in Unicode scalar values.
    pub column: usize,
    /// 1-based line of the last character.
    pub end_line: usize,
    /// 1-based column one past the last character.
    pub end_column: usize,
}

impl Span {
    /// The byte range of this span.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// How the source should be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// CommonMark with front matter, footnotes and tables.
    Markdown,
    /// Plain text: read like Markdown, plus paragraph breaks at line ends
    /// that finish a sentence in unwrapped text.
    Text,
}

impl SourceFormat {
    /// Guess the format from a file name: `.txt` is text, everything else Markdown.
    pub fn from_path(path: &str) -> SourceFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".txt") || lower.ends_with(".text") {
            SourceFormat::Text
        } else {
            SourceFormat::Markdown
        }
    }
}

/// What kind of container a block of prose sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading of the given level (1-6).
    Heading(u8),
    /// An ordinary paragraph.
    Paragraph,
    /// The text of a list item.
    ListItem,
}

/// A unit of prose: a heading, a paragraph or a list item's text.
#[derive(Debug, Clone)]
pub struct Block {
    /// The container kind.
    pub kind: BlockKind,
    /// Span from the first to the last byte of its text.
    pub span: Span,
    /// How many block quotes enclose it.
    pub quote_depth: usize,
    /// True when all of its text is emphasised (a caption written `*...*`).
    pub emphasised: bool,
    /// True when all of its text is strongly emphasised (`**...**`): the
    /// author's highlight, never a caption.
    pub strong: bool,
    /// True when it contains a link, footnote reference or inline citation marker.
    pub has_link: bool,
    /// The sentences of this block, as indexes into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// One sentence with its exact place in the file.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Exact span of the sentence in the original bytes (trimmed of spaces).
    pub span: Span,
    /// The sentence with Markdown markup removed and white space folded, when
    /// that differs from its source text; [`Document::plain`] gives it either way.
    pub folded: Option<Box<str>>,
    /// Index of the enclosing block in [`Document::blocks`].
    pub block: usize,
    /// True when a link or footnote reference falls inside the sentence.
    pub has_link: bool,
}

/// An HTML comment (`<!-- ... -->`) found in the document.
#[derive(Debug, Clone)]
pub struct Comment {
    /// Span of the whole comment including its delimiters.
    pub span: Span,
    /// The text between `<!--` and `-->`, trimmed.
    pub body: String,
    /// Index of the block whose text contains the comment, if it is inline.
    pub block: Option<usize>,
    /// False for a `<!--` with no `-->`: the comment runs to the end of its
    /// paragraph (or, on a line of its own, of the file), and its text is
    /// never prose.
    pub closed: bool,
}

/// A parsed essay: its text, blocks, sentences and comments.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user gave it (or `<stdin>`, `<embedded>`).
    pub path: String,
    /// The whole file as read, shared with the texts of the map's nodes.
    pub text: Arc<String>,
    /// How it was read.
    pub format: SourceFormat,
    /// Headings, paragraphs and list items in reading order.
    pub blocks: Vec<Block>,
    /// All sentences in reading order.
    pub sentences: Vec<Sentence>,
    /// All HTML comments in reading order.
    pub comments: Vec<Comment>,
    /// Byte offset -> line/column lookup.
    pub lines: LineIndex,
}

impl Document {
    /// Parse `text` read from `path` in the given format.
    pub fn parse(
        path: impl Into<String>,
        text: impl Into<String>,
        format: SourceFormat,
    ) -> Document {
        Document::parse_after_mark(path, text, format, 0)
    }

    /// [`Document::parse`] for a text whose first `lead` bytes stand for a
    /// byte-order mark (see [`crate::input::decode`]): columns on line 1
    /// count from after them, as an editor shows the line.
    pub fn parse_after_mark(
        path: impl Into<String>,
        text: impl Into<String>,
        format: SourceFormat,
        lead: usize,
    ) -> Document {
        let path = path.into();
        // Moved into the Arc, not copied: a huge file is not held twice.
        let text = Arc::new(text.into());
        let mut lines = LineIndex::new(&text);
        lines.set_lead(lead);
        let raw = blocks::scan(&text, format);
        let mut blocks = Vec::with_capacity(raw.blocks.len());
        let split = sentences::split_blocks(&text, raw.blocks.iter().map(|b| &b.pieces[..]));
        // Held until the map is built: sized exactly, with no growth slack.
        let mut sentences = Vec::with_capacity(split.sentences.len());
        let mut pieces = split.sentences.into_iter();
        // One locator per stream of increasing offsets keeps positions
        // linear: a block's start, its sentences' ends, then the block's end
        // are one such stream, so each byte is counted once.
        let mut text_at = Locator::new(&lines, &text);
        let mut comment_at = Locator::new(&lines, &text);
        for ((index, block), end) in raw.blocks.into_iter().enumerate().zip(split.ends) {
            let first = sentences.len();
            let (line, column) = text_at.position(block.range.start);
            for piece in pieces.by_ref().take(end - first) {
                // Link offsets are sorted: the first at or after the start.
                let links = &block.link_offsets;
                let has_link = links
                    .get(links.partition_point(|&o| o < piece.range.start))
                    .is_some_and(|&o| o < piece.range.end);
                sentences.push(Sentence {
                    span: text_at.span(piece.range),
                    folded: piece.plain.map(String::into_boxed_str),
                    block: index,
                    has_link,
                });
            }
            let (end_line, end_column) = text_at.position(block.range.end);
            blocks.push(Block {
                kind: block.kind,
                span: Span {
                    start: block.range.start,
                    end: block.range.end,
                    line,
                    column,
                    end_line,
                    end_column,
                },
                quote_depth: block.quote_depth,
                emphasised: block.emphasised,
                strong: block.strong,
                has_link: !block.link_offsets.is_empty(),
                sentences: first..sentences.len(),
            });
        }
        let comments = raw
            .comments
            .into_iter()
            .map(|c| Comment {
                span: comment_at.span(c.range),
                body: c.body,
                block: c.block,
                closed: c.closed,
            })
            .collect();
        Document {
            path,
            text,
            format,
            blocks,
            sentences,
            comments,
            lines,
        }
    }

    /// A sentence with Markdown markup removed and white space folded, for analysis.
    pub fn plain(&self, sentence: usize) -> &str {
        match &self.sentences[sentence].folded {
            Some(folded) => folded,
            None => self.sentence_text(sentence),
        }
    }

    /// The exact source text of a sentence.
    pub fn sentence_text(&self, sentence: usize) -> &str {
        &self.text[self.sentences[sentence].span.range()]
    }

    /// The exact source text of a sentence, sharing the document's text.
    pub fn shared_sentence_text(&self, sentence: usize) -> SharedText {
        SharedText::slice(&self.text, self.sentences[sentence].span.range())
            .expect("sentence spans lie on character boundaries of the text")
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        self.lines.line_text(&self.text, line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_index_the_original_bytes() {
        let text = "# Title\n\nFirst *point* here. Second [one](http://x.y) there.\n";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].kind, BlockKind::Heading(1));
        let texts: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        assert_eq!(
            texts,
            vec![
                "Title",
                "First *point* here.",
                "Second [one](http://x.y) there."
            ]
        );
        assert_eq!(doc.plain(1), "First point here.");
        assert_eq!(doc.plain(2), "Second one there.");
        assert!(doc.sentences[2].has_link);
        assert!(!doc.sentences[1].has_link);
        assert_eq!(doc.sentences[2].span.line, 3);
        assert_eq!(doc.sentences[2].span.column, 21);
    }

    #[test]
    fn code_html_and_front_matter_carry_no_sentences() {
        let text = "---\ntitle: x\n---\n\n```\nThis is code. It has sentences.\n```\n\n<div>\nHtml here.\n</div>\n\nReal prose. <!-- argmap: claim -->\n";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let texts: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        assert_eq!(texts, vec!["Real prose."]);
        assert_eq!(doc.comments.len(), 1);
        assert_eq!(doc.comments[0].body, "argmap: claim");
        assert_eq!(doc.comments[0].block, Some(0));
    }

    #[test]
    fn an_unclosed_comment_is_never_prose() {
        let text = "First point. Roads are long. <!-- argmap: claim #signs\nstill inside.\n\nNext paragraph.\n";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let texts: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        assert_eq!(
            texts,
            vec!["First point.", "Roads are long.", "Next paragraph."]
        );
        assert_eq!(doc.comments.len(), 1);
        let c = &doc.comments[0];
        assert!(!c.closed);
        assert_eq!(c.body, "argmap: claim #signs\nstill inside.");
        assert_eq!(c.block, Some(0));
        assert_eq!(
            &text[c.span.range()],
            "<!-- argmap: claim #signs\nstill inside."
        );
        // On a line of its own it is an HTML block to the end of the file.
        let doc = Document::parse(
            "t.md",
            "Prose.\n\n<!-- argmap: claim\n\nMore.\n",
            SourceFormat::Markdown,
        );
        assert_eq!(doc.sentences.len(), 1);
        assert!(!doc.comments[0].closed);
    }

    #[test]
    fn a_byte_order_mark_takes_no_column() {
        let doc = Document::parse_after_mark(
            "t.md",
            "   Hi there. Second one.",
            SourceFormat::Markdown,
            3,
        );
        assert_eq!(
            (doc.sentences[0].span.line, doc.sentences[0].span.column),
            (1, 1)
        );
        assert_eq!(doc.sentences[1].span.column, 11);
        assert_eq!(doc.lines.position(&doc.text, 3), (1, 1));
    }

    #[test]
    fn unwrapped_text_lines_become_paragraphs() {
        let text = "A long first paragraph that goes on and on without any hard wrapping at all, as scraped text does.\nA second paragraph follows right on the next line, and it is also quite long indeed, really.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[1].span.line, 2);
        // The same bytes read as Markdown stay one paragraph.
        let md = Document::parse("t.md", text, SourceFormat::Markdown);
        assert_eq!(md.blocks.len(), 1);
    }

    #[test]
    fn indented_text_paragraphs_are_prose_with_exact_spans() {
        // A title, a blank line, then paragraphs indented by four spaces or a
        // tab: Markdown reads an indented code block; plain text reads prose.
        let text = "Should cities ban cars?\n\n    Cities should ban cars. Air is cleaner\n    without them.\n\n\tSecond, streets are safer.\n\tMy street is quiet now.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        let spans: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| &text[s.span.range()])
            .collect();
        assert_eq!(
            spans,
            [
                "Should cities ban cars?",
                "Cities should ban cars.",
                "Air is cleaner\n    without them.",
                "Second, streets are safer.",
                "My street is quiet now.",
            ]
        );
        assert_eq!(doc.plain(2), "Air is cleaner without them.");
        assert_eq!(doc.blocks.len(), 3);
        assert_eq!(
            (doc.sentences[3].span.line, doc.sentences[3].span.column),
            (6, 2)
        );
        // The same bytes read as Markdown keep the code blocks out.
        let md = Document::parse("t.md", text, SourceFormat::Markdown);
        assert_eq!(md.sentences.len(), 1);
        // A fenced block is code in text too.
        let fenced = Document::parse(
            "t.txt",
            "Prose here.\n\n```\nlet x = 1;\n```\n",
            SourceFormat::Text,
        );
        assert_eq!(fenced.sentences.len(), 1);
    }

    #[test]
    fn indented_text_keeps_its_paragraphs_whatever_ends_its_lines() {
        let sentences = |text: &str| {
            let doc = Document::parse("t.txt", text, SourceFormat::Text);
            let blocks: Vec<(BlockKind, Vec<String>)> = doc
                .blocks
                .iter()
                .map(|b| {
                    let sentences = b.sentences.clone().map(|s| doc.plain(s).to_string());
                    (b.kind, sentences.collect())
                })
                .collect();
            for s in &doc.sentences {
                let source = &text[s.span.range()];
                assert_eq!(source.trim(), source, "{source:?}");
            }
            blocks
        };
        let p = BlockKind::Paragraph;
        let words = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // Windows line ends and a blank line of spaces: still two
        // paragraphs, and "For\r\n\texample" still two words.
        assert_eq!(
            sentences("Title\r\n\r\n\tBuses are cheap. For\r\n\texample, a pass costs ten.\r\n    \r\n\tTrains are fast.\r\n"),
            [
                (p, words(&["Title"])),
                (p, words(&["Buses are cheap.", "For example, a pass costs ten."])),
                (p, words(&["Trains are fast."])),
            ]
        );
        // An indented list: items, their markers no words.
        assert_eq!(
            sentences("Title\n\n    - Buses are cheap.\n    - Trains are fast.\n\n    1. Bikes are free.\n"),
            [
                (p, words(&["Title"])),
                (BlockKind::ListItem, words(&["Buses are cheap."])),
                (BlockKind::ListItem, words(&["Trains are fast."])),
                (BlockKind::ListItem, words(&["Bikes are free."])),
            ]
        );
        // A first line indented and the rest flush left: one paragraph.
        assert_eq!(
            sentences("Title\n\n\tBuses are cheap. Trains are\nfast. Bikes are free.\n"),
            [
                (p, words(&["Title"])),
                (
                    p,
                    words(&["Buses are cheap.", "Trains are fast.", "Bikes are free."])
                ),
            ]
        );
        // A comment over two lines is a comment, not words.
        let text =
            "Title\n\n\tBuses are cheap. <!-- a note\n\tover two lines --> Trains are fast.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        let plain: Vec<&str> = (0..doc.sentences.len()).map(|s| doc.plain(s)).collect();
        assert_eq!(plain, ["Title", "Buses are cheap.", "Trains are fast."]);
        assert_eq!(doc.comments.len(), 1);
        assert_eq!(doc.comments[0].body, "a note\n\tover two lines");
        assert!(doc.comments[0].closed);
    }

    #[test]
    fn underlined_prose_in_text_is_a_paragraph_and_a_title_a_heading() {
        // A "---" line under a paragraph of plain text separates; Markdown
        // reads a heading there, and the paragraph's sentences were lost.
        let text = "My Essay Title\n==============\n\nCities should ban cars. Air would be \
                    cleaner.\n---\nFirst, air is cleaner.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(doc.plain(1), "Cities should ban cars.");
        // Markdown keeps its heading.
        let md = Document::parse("t.md", text, SourceFormat::Markdown);
        assert_eq!(md.blocks[1].kind, BlockKind::Heading(2));
    }

    #[test]
    fn html_blocks_of_text_are_read_for_their_words() {
        // Scraped text that kept its tags: the words between them are prose,
        // comments stay comments, a script stays out.
        let text = "Title here\n\n<div class=\"x\">Cities should <b>ban</b> cars. Air would be\n\
                    cleaner.</div>\n\n<!-- argmap: thesis -->\n\n<script>var x = \"Cars are \
                    bad.\";</script>\n\nFirst, air is cleaner.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        let plain: Vec<&str> = (0..doc.sentences.len()).map(|s| doc.plain(s)).collect();
        assert_eq!(
            plain,
            [
                "Title here",
                "Cities should ban cars.",
                "Air would be cleaner.",
                "First, air is cleaner."
            ]
        );
        assert_eq!(doc.comments.len(), 1);
        assert_eq!(doc.comments[0].body, "argmap: thesis");
        // Markdown skips the block, as CommonMark renders it.
        let md = Document::parse("t.md", text, SourceFormat::Markdown);
        assert_eq!(md.sentences.len(), 2);
    }

    #[test]
    fn hard_wrapped_text_stays_one_paragraph() {
        let text = "This paragraph is wrapped at a short width. It has\nseveral lines. Some of them end with a full stop.\nThat does not split it.\n";
        let doc = Document::parse("t.txt", text, SourceFormat::Text);
        assert_eq!(doc.blocks.len(), 1);
    }

    #[test]
    fn list_items_and_quotes_are_blocks() {
        let text = "- First item. Still first.\n- Second item.\n\n> Quoted claim here.\n";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(doc.blocks[2].quote_depth, 1);
        assert_eq!(doc.blocks[0].sentences.len(), 2);
    }

    #[test]
    fn emphasised_paragraph_is_marked() {
        let doc = Document::parse(
            "t.md",
            "*A caption. Photo by someone.*\n\nProse.",
            SourceFormat::Markdown,
        );
        assert!(doc.blocks[0].emphasised);
        assert!(!doc.blocks[1].emphasised);
    }

    #[test]
    fn empty_input_is_empty() {
        let doc = Document::parse("t.md", "", SourceFormat::Markdown);
        assert!(doc.blocks.is_empty());
        assert!(doc.sentences.is_empty());
    }
}
