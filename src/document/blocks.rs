//! Markdown events (pulldown-cmark's offset iterator) -> blocks of prose.

use super::{BlockKind, SourceFormat};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A run of the block's text: either literal text or a line break.
#[derive(Debug, Clone)]
pub(super) enum Piece {
    /// Text whose plain form is `plain`; `exact` when `plain` equals the source bytes.
    Text {
        range: Range<usize>,
        plain: String,
        exact: bool,
    },
    /// A soft or hard line break, read as a space.
    Break { range: Range<usize> },
}

impl Piece {
    fn range(&self) -> &Range<usize> {
        match self {
            Piece::Text { range, .. } | Piece::Break { range } => range,
        }
    }
}

/// A block as found by the scanner, before sentence splitting.
#[derive(Debug, Clone)]
pub(super) struct RawBlock {
    pub kind: BlockKind,
    pub range: Range<usize>,
    pub quote_depth: usize,
    pub emphasised: bool,
    pub strong: bool,
    pub link_offsets: Vec<usize>,
    pub pieces: Vec<Piece>,
}

/// An HTML comment as found by the scanner.
#[derive(Debug, Clone)]
pub(super) struct RawComment {
    pub range: Range<usize>,
    pub body: String,
    pub block: Option<usize>,
    /// False for a `<!--` with no `-->`: it runs to the end of its paragraph.
    pub closed: bool,
}

/// Everything the scanner found.
#[derive(Debug, Default)]
pub(super) struct Scan {
    pub blocks: Vec<RawBlock>,
    pub comments: Vec<RawComment>,
}

/// Block under construction.
#[derive(Debug)]
struct Open {
    kind: BlockKind,
    quote_depth: usize,
    plain_outside_emphasis: bool,
    plain_outside_strong: bool,
    link_offsets: Vec<usize>,
    pieces: Vec<Piece>,
    comments: Vec<usize>,
}

struct Scanner<'t> {
    text: &'t str,
    format: SourceFormat,
    out: Scan,
    open: Option<Open>,
    quote_depth: usize,
    item_depth: usize,
    emphasis_depth: usize,
    strong_depth: usize,
    /// Inside code blocks, HTML blocks, front matter, tables, footnote
    /// definitions and image alt text: no argument lives there.
    skip_depth: usize,
    /// The comment a `<!--` with no `-->` opened in the open block: what
    /// follows it in the block is comment, never prose.
    unclosed: Option<usize>,
    /// Where the scan stands in plain text's indented paragraphs.
    indented: Indented,
    /// Inside an HTML block of plain text that holds prose ("<p>X</p>" as
    /// scraped text keeps it): its words are read, its tags are not.
    html_prose: bool,
}

/// Plain text's indented "code blocks": indented paragraphs, read as prose
/// (see [`Scanner::indented_line`]).
#[derive(Debug, Default)]
struct Indented {
    /// Inside one now.
    active: bool,
    /// The last event ended a line (or none came yet).
    line_start: bool,
    /// A comment opened with no `-->` yet: what follows is comment.
    comment: Option<usize>,
    /// It ended on a line end with no blank line after: a paragraph right
    /// after it goes on with it (a first line indented, the rest not).
    runs_on: bool,
}

/// Scan `text` into blocks of prose and HTML comments.
pub(super) fn scan(text: &str, format: SourceFormat) -> Scan {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    options.insert(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut scanner = Scanner {
        text,
        format,
        out: Scan::default(),
        open: None,
        quote_depth: 0,
        item_depth: 0,
        emphasis_depth: 0,
        strong_depth: 0,
        skip_depth: 0,
        unclosed: None,
        indented: Indented::default(),
        html_prose: false,
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        scanner.event(event, range);
    }
    scanner.flush();
    scanner.out
}

impl Scanner<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Html(_) if self.html_prose => self.html_prose_line(range),
            Event::Html(_) | Event::InlineHtml(_) => self.html(range),
            _ if self.skip_depth > 0 => {}
            _ if self.in_unclosed_comment(&range) => {}
            Event::Text(_) if self.indented.active => self.indented_line(range),
            Event::Text(t) => {
                let exact = self.text.get(range.clone()) == Some(&*t);
                self.push_text(range, t.into_string(), exact);
            }
            Event::Code(t) => self.push_text(range, t.into_string(), false),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.push_text(range, t.into_string(), false)
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(open) = self.open.as_mut() {
                    open.pieces.push(Piece::Break { range });
                }
            }
            Event::FootnoteReference(_) => {
                let open = self.ensure_open();
                open.link_offsets.push(range.start);
            }
            Event::Rule | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            // It goes on from an indented first line: the same paragraph.
            Tag::Paragraph if std::mem::take(&mut self.indented.runs_on) => {
                if let Some(open) = self.open.as_mut() {
                    open.pieces.push(Piece::Break {
                        range: range.start..range.start,
                    });
                }
            }
            Tag::Paragraph => {
                self.flush();
                self.open_block(self.container_kind());
            }
            // Plain text has no underlined headings: a paragraph of prose
            // with a "---" or "===" line under it (a separator) is prose.
            Tag::Heading { .. } if self.is_underlined_prose(&range) => {
                self.flush();
                self.open_block(self.container_kind());
            }
            Tag::Heading { level, .. } => {
                self.flush();
                self.open_block(BlockKind::Heading(level as u8));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::Item => {
                self.flush();
                self.item_depth += 1;
            }
            Tag::List(_) => self.flush(),
            // Plain text has no code: a paragraph indented by a tab or four
            // spaces after a blank line is still the essay's ("\tFirst, X."
            // as a word processor or a forum keeps it), not a block to skip.
            Tag::CodeBlock(CodeBlockKind::Indented) if self.format == SourceFormat::Text => {
                self.flush();
                self.indented = Indented {
                    active: true,
                    line_start: true,
                    ..Indented::default()
                };
            }
            Tag::HtmlBlock if self.holds_prose(&range) => {
                self.flush();
                self.html_prose = true;
                self.open_block(self.container_kind());
            }
            Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::MetadataBlock(_)
            | Tag::Table(_)
            | Tag::FootnoteDefinition(_)
            | Tag::Image { .. } => {
                if !matches!(tag, Tag::Image { .. }) {
                    self.flush();
                }
                self.skip_depth += 1;
            }
            Tag::Emphasis => self.emphasis_depth += 1,
            Tag::Strong => {
                self.emphasis_depth += 1;
                self.strong_depth += 1;
            }
            Tag::Link { .. } if self.skip_depth == 0 => {
                let open = self.ensure_open();
                open.link_offsets.push(range.start);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::CodeBlock if self.indented.active => {
                // Its last line ended, and the next line starts at once.
                let next = self.text.get(range.end..).unwrap_or("");
                let runs_on = self.open.is_some()
                    && self.text[..range.end].ends_with('\n')
                    && next.starts_with(|c: char| !c.is_whitespace());
                self.indented = Indented::default();
                if runs_on {
                    self.indented.runs_on = true;
                } else {
                    self.flush();
                }
            }
            TagEnd::Paragraph | TagEnd::Heading(_) => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::Item => {
                self.flush();
                self.item_depth = self.item_depth.saturating_sub(1);
            }
            TagEnd::HtmlBlock if self.html_prose => {
                self.flush();
                self.html_prose = false;
            }
            TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::MetadataBlock(_)
            | TagEnd::Table
            | TagEnd::FootnoteDefinition
            | TagEnd::Image => self.skip_depth = self.skip_depth.saturating_sub(1),
            TagEnd::Emphasis => self.emphasis_depth = self.emphasis_depth.saturating_sub(1),
            TagEnd::Strong => {
                self.emphasis_depth = self.emphasis_depth.saturating_sub(1);
                self.strong_depth = self.strong_depth.saturating_sub(1);
            }
            _ => {}
        }
    }

    /// True for a setext heading of plain text whose words are prose: they
    /// end a sentence or hold one that ends ("Cities should ban cars. Air
    /// would be cleaner." with a "---" line after it). A title stays one.
    fn is_underlined_prose(&self, range: &Range<usize>) -> bool {
        let source = &self.text[range.clone()];
        if self.format != SourceFormat::Text || source.starts_with('#') {
            return false;
        }
        let words = source
            .trim_end()
            .rsplit_once('\n')
            .map_or("", |(w, _)| w)
            .trim();
        words.ends_with(['.', '!']) || words.contains(". ")
    }

    fn container_kind(&self) -> BlockKind {
        if self.item_depth > 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        }
    }

    fn open_block(&mut self, kind: BlockKind) {
        self.open = Some(Open {
            kind,
            quote_depth: self.quote_depth,
            plain_outside_emphasis: false,
            plain_outside_strong: false,
            link_offsets: Vec::new(),
            // Nearly every block gets a piece: the room the first push would
            // take (four), without the growth path.
            pieces: Vec::with_capacity(4),
            comments: Vec::new(),
        });
    }

    fn ensure_open(&mut self) -> &mut Open {
        if self.open.is_none() {
            self.open_block(self.container_kind());
        }
        self.open.as_mut().expect("a block was just opened")
    }

    fn push_text(&mut self, range: Range<usize>, plain: String, exact: bool) {
        let visible = !plain.trim().is_empty();
        let outside = self.emphasis_depth == 0 && visible;
        let outside_strong = self.strong_depth == 0 && visible;
        let open = self.ensure_open();
        open.plain_outside_emphasis |= outside;
        open.plain_outside_strong |= outside_strong;
        open.pieces.push(Piece::Text {
            range,
            plain,
            exact,
        });
    }

    /// A text event of an indented paragraph in plain text (a code block's
    /// text: a line after its indent, with its line end, or a line end alone,
    /// as pulldown-cmark gives "\r\n" and a blank line of spaces): the line's
    /// words as prose and its comments as comments, a line end a break, and a
    /// blank line the paragraph's end. Read from the source bytes, so spans
    /// stay exact whatever the event's text.
    fn indented_line(&mut self, range: Range<usize>) {
        let line = &self.text[range.clone()];
        let body = line.trim_end_matches(['\r', '\n']);
        let breaks = line[body.len()..].matches('\n').count();
        let words = body.trim();
        if words.is_empty() {
            if breaks > 0 && std::mem::replace(&mut self.indented.line_start, true) {
                // A line end at a line's start: a blank line.
                self.flush();
            } else if breaks > 0 {
                self.indented_break(range.start + body.len()..range.end);
            }
            return;
        }
        let mut start = range.start + (body.len() - body.trim_start().len());
        let end = start + words.len();
        // "- X" or "1. X" opening a line: a list's item, its marker no prose.
        let marker = list_marker(words);
        if marker > 0 && self.indented.line_start && self.indented.comment.is_none() {
            self.flush();
            self.open_block(BlockKind::ListItem);
            start += marker;
        }
        self.indented_words(start..end);
        match breaks {
            0 => self.indented.line_start = false,
            1 => {
                self.indented.line_start = true;
                self.indented_break(end..range.end);
            }
            _ => {
                self.indented.line_start = true;
                self.flush();
            }
        }
    }

    /// The words of one indented line: text, and any `<!-- ... -->` in it
    /// recorded as a comment of the block (one with no `-->` runs on until
    /// one comes), as `argmap annotate` writes them.
    fn indented_words(&mut self, range: Range<usize>) {
        let mut at = range.start;
        if let Some(c) = self.indented.comment {
            // Still inside a comment an earlier line opened.
            let close = self.text[at..range.end].find("-->").map(|i| at + i + 3);
            let comment = &mut self.out.comments[c];
            comment.range.end = close.unwrap_or(range.end);
            let inner = &self.text[comment.range.start + 4..comment.range.end];
            comment.body = inner
                .strip_suffix("-->")
                .unwrap_or(inner)
                .trim()
                .to_string();
            let Some(close) = close else {
                return;
            };
            comment.closed = true;
            self.indented.comment = None;
            at = close;
        }
        while at < range.end {
            let rest = &self.text[at..range.end];
            let Some(open) = rest.find("<!--") else {
                self.indented_text(at..range.end);
                break;
            };
            self.indented_text(at..at + open);
            let comment = at + open;
            let close = self.text[comment + 4..range.end]
                .find("-->")
                .map_or(range.end, |c| comment + 4 + c + 3);
            self.ensure_open();
            self.html(comment..close);
            if !self.text[..close].ends_with("-->") {
                // No "-->" on its line: it runs on to the lines after.
                self.indented.comment = self.out.comments.len().checked_sub(1);
            }
            at = close;
        }
    }

    /// True for an HTML block of plain text that holds prose: one that opens
    /// with a tag of text ("<p>", "<div>", "<b>"), not a comment, a
    /// declaration or a block of code or style.
    fn holds_prose(&self, range: &Range<usize>) -> bool {
        let source = self.text[range.clone()].trim_start().to_ascii_lowercase();
        self.format == SourceFormat::Text
            && !["<!", "<?", "<script", "<style", "<pre", "<textarea"]
                .iter()
                .any(|code| source.starts_with(code))
    }

    /// One line of an HTML block of plain text that holds prose: the words
    /// between its tags, its comments recorded as comments, its line end a
    /// break.
    fn html_prose_line(&mut self, range: Range<usize>) {
        let line = &self.text[range.clone()];
        let body = line.trim_end();
        let end = range.start + body.len();
        let mut at = range.start + (body.len() - body.trim_start().len());
        while at < end {
            let rest = &self.text[at..end];
            let Some(open) = rest.find('<') else {
                self.html_text(at..end);
                break;
            };
            self.html_text(at..at + open);
            let tag = at + open;
            let close = if self.text[tag..end].starts_with("<!--") {
                let close = self.text[tag + 4..end]
                    .find("-->")
                    .map_or(end, |c| tag + 4 + c + 3);
                self.ensure_open();
                self.html(tag..close);
                close
            } else {
                self.text[tag..end].find('>').map_or(end, |c| tag + c + 1)
            };
            at = close;
        }
        if line[body.len()..].contains('\n') {
            self.indented_break(end..range.end);
        }
    }

    /// Words of an HTML line between two tags, as they stand: the spaces
    /// beside a tag ("should <b>ban</b>") part its words.
    fn html_text(&mut self, range: Range<usize>) {
        let source = &self.text[range.clone()];
        if !source.trim().is_empty() {
            self.push_text(range, source.to_string(), true);
        }
    }

    /// Prose of an indented line, without the white space around it.
    fn indented_text(&mut self, range: Range<usize>) {
        let source = &self.text[range.clone()];
        let words = source.trim();
        if !words.is_empty() {
            let start = range.start + (source.len() - source.trim_start().len());
            self.push_text(start..start + words.len(), words.to_string(), true);
        }
    }

    /// A line end inside an indented paragraph: read as a space.
    fn indented_break(&mut self, range: Range<usize>) {
        if let Some(open) = self.open.as_mut() {
            open.pieces.push(Piece::Break { range });
        }
    }

    /// True when the event at `range` is part of a comment with no `-->`:
    /// one opened before it in the block, or one it opens (CommonMark reads
    /// an unclosed `<!--` as text). Such text extends the comment.
    fn in_unclosed_comment(&mut self, range: &Range<usize>) -> bool {
        if self.open.is_none() {
            return false;
        }
        if let Some(c) = self.unclosed {
            let comment = &mut self.out.comments[c];
            comment.range.end = comment.range.end.max(range.end);
            return true;
        }
        if !self.text[range.start..].starts_with("<!--") {
            return false;
        }
        let index = self.out.comments.len();
        self.out.comments.push(RawComment {
            range: range.clone(),
            body: String::new(),
            block: None,
            closed: false,
        });
        if let Some(open) = self.open.as_mut() {
            open.comments.push(index);
        }
        self.unclosed = Some(index);
        true
    }

    /// Record every `<!-- ... -->` in an HTML event's source range.
    fn html(&mut self, range: Range<usize>) {
        let source = &self.text[range.clone()];
        let mut from = 0;
        while let Some(open) = source[from..].find("<!--") {
            let start = from + open;
            let Some(close) = source[start + 4..].find("-->") else {
                // Unclosed: an HTML block that runs to the end of the file.
                self.out.comments.push(RawComment {
                    range: range.start + start..range.end,
                    body: source[start + 4..].trim().to_string(),
                    block: None,
                    closed: false,
                });
                break;
            };
            let end = start + 4 + close + 3;
            let body = source[start + 4..end - 3].trim().to_string();
            let index = self.out.comments.len();
            // Inline comments get their block when the block is flushed.
            if let (Some(open), 0) = (self.open.as_mut(), self.skip_depth) {
                open.comments.push(index);
            }
            self.out.comments.push(RawComment {
                range: range.start + start..range.start + end,
                body,
                block: None,
                closed: true,
            });
            from = end;
        }
    }

    fn flush(&mut self) {
        self.indented.runs_on = false;
        if let Some(c) = self.unclosed.take() {
            let comment = &mut self.out.comments[c];
            let source = &self.text[comment.range.clone()];
            comment.body = source.get(4..).unwrap_or("").trim().to_string();
        }
        let Some(mut open) = self.open.take() else {
            return;
        };
        // Sorted, so each block (and later each sentence) finds its links
        // by bisection.
        open.link_offsets.sort_unstable();
        let groups = if self.format == SourceFormat::Text {
            split_unwrapped_lines(self.text, open.pieces)
        } else {
            vec![open.pieces]
        };
        let first_new = self.out.blocks.len();
        for pieces in groups {
            let Some(range) = text_range(&pieces) else {
                continue;
            };
            let links = &open.link_offsets;
            let first = links.partition_point(|&o| o < range.start);
            let end = links.partition_point(|&o| o < range.end).max(first);
            self.out.blocks.push(RawBlock {
                kind: open.kind,
                link_offsets: links[first..end].to_vec(),
                range,
                quote_depth: open.quote_depth,
                emphasised: !open.plain_outside_emphasis,
                strong: !open.plain_outside_strong,
                pieces,
            });
        }
        // An inline comment belongs to the last new block that starts before
        // it (or the first new block); with no text at all, to none.
        let new = first_new..self.out.blocks.len();
        for &c in &open.comments {
            let start = self.out.comments[c].range.start;
            // The new blocks start in order: bisect rather than scan them.
            let starting_before =
                self.out.blocks[new.clone()].partition_point(|b| b.range.start <= start);
            let owner = match starting_before {
                0 => (!new.is_empty()).then_some(new.start),
                k => Some(new.start + k - 1),
            };
            self.out.comments[c].block = owner;
        }
    }
}

/// The bytes of a list marker and the white space after it opening `words`
/// ("- ", "* ", "+ ", "12. ", "3) "), or 0.
fn list_marker(words: &str) -> usize {
    let digits = words.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match words.as_bytes() {
        [b'-' | b'*' | b'+', ..] => 1,
        _ if (1..=3).contains(&digits)
            && matches!(words.as_bytes().get(digits), Some(b'.' | b')')) =>
        {
            digits + 1
        }
        _ => return 0,
    };
    let rest = &words[marker..];
    let after = rest.trim_start();
    if rest.len() == after.len() || after.is_empty() {
        return 0;
    }
    marker + (rest.len() - after.len())
}

/// The source range from the first to the last non-blank text piece.
fn text_range(pieces: &[Piece]) -> Option<Range<usize>> {
    let is_text = |p: &&Piece| matches!(p, Piece::Text { plain, .. } if !plain.trim().is_empty());
    let first = pieces.iter().find(is_text)?;
    let last = pieces.iter().rev().find(is_text)?;
    Some(first.range().start..last.range().end)
}

/// Split a plain-text paragraph at line breaks that end a paragraph.
///
/// Scraped text often puts each paragraph on one long line with no blank line
/// between. In text that is not hard-wrapped (some line is longer than 90
/// characters) every line break ends a paragraph; in wrapped text only a
/// line that finishes a sentence well short of the wrap width does.
fn split_unwrapped_lines(text: &str, pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    if !pieces.iter().any(|p| matches!(p, Piece::Break { .. })) {
        return vec![pieces];
    }
    let Some(whole) = text_range(&pieces) else {
        return vec![pieces];
    };
    let line_lengths: Vec<usize> = text[whole.clone()]
        .lines()
        .map(|l| l.trim().chars().count())
        .collect();
    let widest = line_lengths.iter().copied().max().unwrap_or(0);
    let unwrapped = widest > 90;
    let mut groups = Vec::new();
    let mut current = Vec::new();
    let mut line_start = whole.start;
    for piece in pieces {
        if let Piece::Break { range } = &piece {
            let line = text[line_start.min(range.start)..range.start].trim();
            let next = text[range.end.min(text.len())..].trim_start();
            let length = line.chars().count();
            let ends_sentence = line
                .trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_'])
                .ends_with(['.', '!', '?']);
            let starts_sentence = next
                .trim_start_matches(['"', '\'', '“', '‘', '(', '[', '*', '_'])
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            let short = length * 10 < widest * 6;
            if unwrapped || (ends_sentence && starts_sentence && short) {
                groups.push(std::mem::take(&mut current));
                line_start = range.end;
                continue;
            }
            line_start = range.end;
        }
        current.push(piece);
    }
    groups.push(current);
    groups
}
