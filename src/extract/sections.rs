//! Which sentences can carry argument, and where they sit in the essay:
//! introduction, body or conclusion; which paragraph; first or last.

use super::annotations::StatedRole;
use super::cues::Analysis;
use crate::document::{BlockKind, Document};
use crate::graph::NodeKind;
use std::ops::Range;

/// The part of an essay a paragraph belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The first paragraph of a multi-paragraph essay.
    Intro,
    /// A middle paragraph.
    Body,
    /// The last paragraph of an essay of four or more paragraphs, or one that
    /// opens with a conclusion marker.
    Conclusion,
    /// A text too short for that structure (one or two paragraphs).
    Flat,
}

/// A block that holds argumentative sentences.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Index of the block in the document.
    pub block: usize,
    /// Candidate sentences (indexes into the document's sentences), in order.
    pub sentences: Vec<usize>,
    /// Where it sits in the essay.
    pub section: Section,
    /// True for a list item.
    pub list_item: bool,
}

/// The argumentative layout of a document.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Paragraphs with at least one candidate sentence, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences that carry no argument, with the reason.
    pub excluded: Vec<(usize, String)>,
    /// True for a school-style essay: three or more paragraphs and a last one
    /// that opens with a conclusion marker ("In conclusion", "To sum up").
    /// Such essays state each body paragraph's point once and then argue
    /// for it, so the sentences after a paragraph's first are reasons.
    pub signposted: bool,
    /// Sentences of paragraphs wholly in strong emphasis: what the author
    /// highlights is a candidate for the main claim wherever it stands.
    pub highlighted: Vec<usize>,
    /// Sentences in strong emphasis of their own inside a paragraph.
    pub highlighted_sentences: Vec<usize>,
    /// The essay's first prose paragraph only talked about the essay ("In
    /// this essay I will ... I will present both sides."): an introduction
    /// with no candidate, so the first paragraph with one is a body's.
    intro_only_announces: bool,
}

impl Layout {
    /// True when the essay has an introduction/body/conclusion structure.
    pub fn structured(&self) -> bool {
        self.paragraphs.iter().any(|p| p.section != Section::Flat)
    }

    /// Work out the layout of `doc` from its blocks and the sentences' cues.
    /// `stated` holds the author's annotated role of each sentence, which
    /// overrides whether it can carry argument.
    pub fn of(doc: &Document, analyses: &[Analysis], stated: &[Option<StatedRole>]) -> Layout {
        let mut layout = Layout::default();
        let prose: Vec<usize> = (0..doc.blocks.len())
            .filter(|&b| !matches!(doc.blocks[b].kind, BlockKind::Heading(_)))
            .collect();
        // Strong emphasis (`**...**`) is the author's highlight, prose like
        // any other; only italic paragraphs can be captions.
        let italic = |b: usize| doc.blocks[b].emphasised && !doc.blocks[b].strong;
        // Site furniture (a "(c) 2026 The Daily Courier." footer, a photo
        // credit) is not prose: an author note in italics above such a footer
        // still closes the text.
        let furniture = |b: usize| {
            doc.blocks[b].sentences.clone().all(|s| {
                let a = &analyses[s];
                a.caption
                    || a.non_argument
                        .as_deref()
                        .is_some_and(|r| r.starts_with("boilerplate:"))
            })
        };
        // A block that proposes or takes a stance argues, whoever it names.
        let argues = |b: usize| {
            doc.blocks[b].sentences.clone().any(|s| {
                let a = &analyses[s];
                a.stance || a.score(NodeKind::Recommendation) > 0.0
            })
        };
        let notes = author_notes(doc, &prose, |b| italic(b) || furniture(b), argues);
        // A page's headline and standfirst stand above its byline.
        // (A headline and a standfirst at most: a "By" line further down
        // is a section's label, "By Bike".)
        let byline = prose.iter().take(3).copied().find(|&b| is_byline(doc, b));
        let plain_prose: Vec<usize> = prose
            .iter()
            .copied()
            .filter(|&b| !italic(b) && !furniture(b) && !notes.contains(&b))
            .collect();
        let (first_plain, last_plain) = (
            plain_prose.first().copied().unwrap_or(usize::MAX),
            plain_prose.last().copied().unwrap_or(0),
        );
        // Whether the block before was a reference entry: a list's later
        // entries may cite with fewer marks ("[3] Fan Network, Survey 2024.").
        // The bracketed number of that entry: the list's next number opens
        // an entry whatever it holds ("[4] Interview with the author.").
        let mut after_entry = false;
        let mut entry_number: Option<u32> = None;
        for (b, block) in doc.blocks.iter().enumerate() {
            let sentences: Vec<usize> = block.sentences.clone().collect();
            let text = &doc.text[block.span.range()];
            let number = bracketed_number(text);
            let next_in_list = number.is_some() && number == entry_number.map(|n| n + 1);
            let entry = is_reference_entry(text)
                || after_entry && (next_in_list || is_numbered_entry(text));
            after_entry = entry;
            entry_number = number.filter(|_| entry);
            let block_reason = if let BlockKind::Heading(_) = block.kind {
                Some("structure:heading".to_string())
            } else if sentences.iter().any(|&s| analyses[s].caption) {
                Some("caption:photo-credit".to_string())
            } else if byline.is_some_and(|line| b < line) {
                Some("structure:above-byline".to_string())
            } else if notes.contains(&b) {
                Some("caption:author-note".to_string())
            } else if italic(b) && (b < first_plain || b > last_plain) {
                // An italic paragraph before or after all the prose is a
                // caption, standfirst or author note, not the argument.
                Some("caption:emphasised".to_string())
            } else if entry {
                Some("structure:reference-entry".to_string())
            } else if is_title_like(doc, b)
                || is_standfirst(doc, &prose, b)
                || (Some(&b) == prose.first() && is_title_question(doc, &prose))
            {
                Some("structure:title-like".to_string())
            } else {
                None
            };
            // Room for every sentence at once, not grown from empty.
            let mut candidates = Vec::with_capacity(sentences.len());
            for s in sentences {
                let reason = match stated.get(s).copied().flatten() {
                    Some(StatedRole::None) => Some("annotation:none".to_string()),
                    Some(StatedRole::Kind(_)) => None,
                    None => block_reason
                        .clone()
                        .or_else(|| {
                            // A bare reaction ("I disagree with this view.") is
                            // a courtesy in an essay; a short text marks it.
                            analyses[s]
                                .non_argument
                                .clone()
                                .filter(|r| r != "reaction" || plain_prose.len() >= 3)
                        })
                        .or_else(|| {
                            // An essay asks to make its reader think; what it
                            // argues is stated. A short text may argue by asking.
                            (analyses[s].question && plain_prose.len() >= 3)
                                .then(|| "question".to_string())
                        })
                        .or_else(|| {
                            // "**Cities must act now.** ..." proposes: a bold
                            // lead sentence, not a label.
                            let proposes = analyses[s].score(NodeKind::Recommendation) > 0.0;
                            (!proposes && is_run_in_heading(doc, s))
                                .then(|| "structure:run-in-heading".to_string())
                        }),
                };
                match reason {
                    Some(r) => layout.excluded.push((s, r)),
                    None => candidates.push(s),
                }
            }
            if block.strong {
                layout.highlighted.extend(candidates.iter().copied());
            } else {
                // One sentence in bold within its paragraph ("**You should
                // X.** Measure Y."): a lesser highlight, for that sentence
                // (an op-ed bolds its points' leads as often as its thesis).
                layout.highlighted_sentences.extend(
                    candidates
                        .iter()
                        .copied()
                        .filter(|&s| is_strong_sentence(&doc.text, doc.sentences[s].span.range())),
                );
            }
            // (Only the essay's first prose paragraph, before any other.)
            if block_reason.is_none()
                && layout.paragraphs.is_empty()
                && !block.sentences.is_empty()
                && candidates.is_empty()
                && block
                    .sentences
                    .clone()
                    .all(|s| analyses[s].non_argument.as_deref() == Some("meta-discourse"))
            {
                layout.intro_only_announces = true;
            }
            if !candidates.is_empty() {
                layout.paragraphs.push(Paragraph {
                    block: b,
                    sentences: candidates,
                    section: Section::Flat,
                    list_item: block.kind == BlockKind::ListItem,
                });
            }
        }
        layout.assign_sections(analyses);
        layout
    }

    fn assign_sections(&mut self, analyses: &[Analysis]) {
        // Consecutive list items count as one paragraph for the structure.
        let mut units = 0;
        let mut previous_list = false;
        for p in &self.paragraphs {
            if !(p.list_item && previous_list) {
                units += 1;
            }
            previous_list = p.list_item;
        }
        // An introduction that only announced the essay is one of its parts.
        units += usize::from(self.intro_only_announces);
        if units < 3 {
            return;
        }
        let n = self.paragraphs.len();
        for p in &mut self.paragraphs {
            p.section = Section::Body;
        }
        if !self.intro_only_announces {
            self.paragraphs[0].section = Section::Intro;
        }
        let last = &self.paragraphs[n - 1];
        let opens_conclusion = analyses[last.sentences[0]].conclusion;
        // A school essay's shape: a handful of paragraphs of several
        // sentences each. A third of such essays close with no listed marker
        // ("Based on the above", none at all), so the shape alone says it.
        let sentences: usize = self.paragraphs.iter().map(|p| p.sentences.len()).sum();
        let shaped = (4..=SCHOOL_ESSAY_MAX_PARAGRAPHS).contains(&units) && sentences >= 3 * units;
        self.signposted = (opens_conclusion || shaped) && !last.list_item;
        if (units >= 4 || opens_conclusion) && !last.list_item {
            self.paragraphs[n - 1].section = Section::Conclusion;
            // A wish or plan after the conclusion's first sentence ("I hope
            // my town will do this soon.") closes the essay; it argues nothing.
            let conclusion = &mut self.paragraphs[n - 1];
            let (first, rest) = conclusion.sentences.split_at(1);
            let (wishes, kept): (Vec<usize>, Vec<usize>) =
                rest.iter().partition(|&&s| analyses[s].wish);
            for s in wishes {
                self.excluded.push((s, "closing-wish".to_string()));
            }
            conclusion.sentences = first.iter().copied().chain(kept).collect();
        }
    }
}

/// A short bold label that opens a paragraph or list item and is followed
/// by its text ("- **Focus.** Developers lose ..."): a heading run into the
/// paragraph, not a statement.
fn is_run_in_heading(doc: &Document, s: usize) -> bool {
    let sentence = &doc.sentences[s];
    let block = &doc.blocks[sentence.block];
    if block.sentences.start != s || block.sentences.len() < 2 {
        return false;
    }
    let text = &doc.text;
    let before = text[..sentence.span.start].trim_end();
    let after = &text[sentence.span.end..];
    let opens = before.ends_with("**") || before.ends_with("__");
    let closes = after.starts_with("**") || after.starts_with("__");
    // Asked of every paragraph's first sentence: its words are counted only
    // when bold marks stand around it.
    if !(opens && closes) {
        return false;
    }
    let inside = &text[sentence.span.range()];
    let words = inside.split_whitespace().count();
    words <= 4 && !inside.contains("**")
}

/// A page's byline: one short line, "By" and a capitalised name ("By Ana
/// Ruiz", "By Dr Owen Pryce | 22 January 2025"). "By 2030, ..." is prose.
fn is_byline(doc: &Document, block: usize) -> bool {
    let b = &doc.blocks[block];
    if b.span.line != b.span.end_line {
        return false;
    }
    let text = doc.text[b.span.range()].trim();
    // Asked of the first blocks of every document, most of them whole
    // paragraphs on one line: a block that does not open with "By" is
    // turned away before its words are gathered, and no more than eleven
    // are gathered (a byline has at most ten).
    if text.split_whitespace().next() != Some("By") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().take(11).collect();
    // A name is two capitalised words or more ("By Ana Ruiz"), after a
    // title if any; "By Bike", "By Christmas the shops ..." are not.
    let name = match words.as_slice() {
        ["By", "Dr" | "Dr." | "Prof" | "Prof.", rest @ ..] | ["By", rest @ ..] => rest,
        _ => return false,
    };
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    const DATES: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Christmas",
        "Easter",
    ];
    name.len() >= 2
        && name[..2].iter().all(capital)
        && !DATES.contains(&name[0])
        && words.len() <= 10
        && !text.ends_with(['.', '!', '?'])
}

/// The blocks at the end of a page that introduce its writer ("Dana Holt is
/// a lecturer in planning at Westfield University."): read back from the
/// last prose block over furniture (`skip`) and other such notes, stopping
/// at the first block that is neither. A page ends on them; an essay never
/// argues in them.
fn author_notes(
    doc: &Document,
    prose: &[usize],
    skip: impl Fn(usize) -> bool,
    argues: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut notes = Vec::new();
    // The text before them must hold an argument of its own.
    for (k, &b) in prose.iter().enumerate().rev() {
        if k < 2 {
            break;
        }
        let block = &doc.blocks[b];
        let text = &doc.text[block.span.range()];
        // Furniture, a title-like line, a reference, a few words ("Comments (12)").
        let furniture = skip(b) || is_title_like(doc, b) || is_reference_entry(text);
        if furniture || text.split_whitespace().count() <= 4 {
            continue;
        }
        let first = block.sentences.start;
        if block.sentences.len() > 2
            || argues(b)
            || !is_author_note(&doc.text[doc.sentences[first].span.range()])
        {
            break;
        }
        notes.push(b);
    }
    notes
}

/// True for a sentence that introduces a writer by name: two to four
/// capitalised words, perhaps a life in a few words ("milks 240 cows near
/// Kendal and"), then "is"/"was" or a verb of a job ("teaches", "writes",
/// "chairs"), and a post, a place or a body's name ("a lecturer", "at
/// Westfield University", "the Fell Farmers' Union").
fn is_author_note(sentence: &str) -> bool {
    // ASCII word boundaries and letters (with Latin-1 and Latin Extended-A
    // for names): Unicode's word class made the pattern cost 70 M
    // instructions to compile, more than mapping a thousand essays.
    static NOTE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let note = || {
        NOTE.get_or_init(|| {
            regex::Regex::new(concat!(
                r"^(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][A-Za-z\x{C0}-\x{24F}'’.-]*",
                r"(?:\s+(?:[A-Z][A-Za-z\x{C0}-\x{24F}'’.-]*|de|la|le|du|van|der|von|da|del|al-?))*",
                r"\s+[A-Z][A-Za-z\x{C0}-\x{24F}'’-]+\s+",
                // "milks 240 cows near Kirkby and chairs the ...": a life
                // in a few words before the post.
                r"(?:[a-z]{3,}s\s+[^.;:]{0,60}?(?-u:\b)and\s+)?",
                r"(?:(?:is|was|has\s+been)\s+(?:a|an|the|head|chair|director|professor|editor)|teaches|writes|works|directs|leads|chairs|covers|edits|serves|runs|researches|lectures|reports)(?-u:\b)",
                r"(?:.*(?-u:\b)(?:at|of|for|with|in|on)\s+(?:the\s+)?[A-Z]",
                // "writes about science and farming."
                // (a few words that end the sentence: "writes about late
                // ferries in her annual report" reports, it is no note).
                r"|\s+about\s+[a-z]+(?:\s+[a-z]+){0,3}\.?$",
                // "writes a weekly column on food.": a column of one's own.
                r"|\s+(?:a|an)\s+(?:[a-z]+\s+)?column(?-u:\b)",
                // "chairs the North Pennines Milk Group.": a body's name.
                r"|\s+(?:the\s+)?[A-Z][A-Za-z'’-]+\s+[A-Z]",
                r"|.*(?-u:\b)(?:writer|columnist|editor|journalist|correspondent|fellow|professor|lecturer|researcher|director|author|reporter|contributor|economist|analyst|consultant|founder|chair|member)s?(?-u:\b)",
                // "is a former headteacher.": a post in a few words, and no more.
                r"|\s+(?:former|retired|freelance|practising|practicing|local|senior|trainee)\s+[A-Za-z\s'’-]{2,40}\.?$)",
            ))
            .expect("the author-note pattern compiles")
        })
    };
    let first = sentence.split_whitespace().next().unwrap_or("");
    // A sentence about a group or a thing ("The Council is ...", "This
    // Plan ...") is no one's note.
    let named = !matches!(
        first,
        "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "A"
            | "An"
            | "Our"
            | "My"
            | "Its"
            | "Their"
            | "It"
            | "As"
            | "In"
            | "On"
            | "At"
            | "For"
            | "And"
            | "But"
            | "So"
            | "If"
            | "When"
            | "We"
            | "They"
            | "I"
            | "He"
            | "She"
            | "You"
    );
    // A name is two capitalised words or more: most sentences end here,
    // before the pattern is compiled.
    let second_capital = sentence.split_whitespace().nth(1).is_some_and(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                w,
                "de" | "la" | "le" | "du" | "van" | "der" | "von" | "da" | "del" | "al"
            )
    });
    // "X is wrong to ...", "X is a city that ...": a judgement or a
    // description argues; a note says who someone is.
    let relative = sentence
        .split_whitespace()
        .any(|w| matches!(w, "who" | "that" | "which" | "where"));
    named
        && second_capital
        && !relative
        && sentence.split_whitespace().count() <= 40
        && note().is_match(sentence)
}

/// An entry of a reference list: "[2] Author, Journal 86(633), 3-21." or
/// "3. Author (2019). Title.": a bracketed or dotted number or a "Surname,
/// I." first (a Markdown list drops the number), then the
/// marks of a citation (a year in parentheses, volume(issue), a page range
/// after an author, "pp.", a DOI or a link). It cites; it argues nothing.
fn is_reference_entry(text: &str) -> bool {
    // Compiling the pattern costs more than linting a short essay, and most
    // essays hold no entry: only a block that could match reaches it.
    if text.len() >= 600 || !could_be_reference_entry(text) {
        return false;
    }
    entry_pattern().is_match(text)
}

/// The pattern of a reference entry, compiled on first use.
fn entry_pattern() -> &'static regex::Regex {
    static ENTRY: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    ENTRY.get_or_init(|| {
        regex::Regex::new(
            concat!(
                // "Surname, I." after an optional number: an author.
                r"^\s*(?:(?:\[\d{1,3}\]|\d{1,3}\.)\s+)?[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+.*?",
                r"(?:\(\d{4}[a-z]?\)|\d+\s*\(\d+\)|\d+\s*[-–]\s*\d+|\bpp?\.|\bdoi\b|https?://)",
                // A number first, then a citation's own marks (not a bare
                // range, which a numbered point may well hold).
                r"|^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+.*?(?:\(\d{4}[a-z]?\)|\d+\(\d+\)|\bpp\.|\bdoi\b|https?://)",
                // A bracketed number, then a source's parts between commas
                // and a year ("[2] Centre for X, Title, Paper 14, May 2025.").
                r"|^\s*\[\d{1,3}\]\s+[^,]+,(?:.*,.*\b(?:1[6-9]|20)\d\d\b|.*\b(?:1[6-9]|20)\d\d\b.*,)",
            ),
        )
        .expect("the reference-entry pattern compiles")
    })
}

/// The number of a block that opens with one in brackets ("[3] ...").
fn bracketed_number(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('[')?;
    let (digits, _) = rest.split_once(']')?;
    let short = (1..=3).contains(&digits.len());
    digits
        .parse()
        .ok()
        .filter(|_| short && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// "[3] Fan Network, National Survey 2024.": a bracketed number, a comma
/// and a year, which after another entry is one more.
fn is_numbered_entry(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year = text.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"16" | b"17" | b"18" | b"19" | b"20")
    });
    // The source before the first comma, full stop or colon is a name:
    // "Fan Network", "Centre for Sport", not "Rivers flooded twice".
    let named = |source: &str| {
        source.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(w, "of" | "for" | "and" | "the" | "on" | "in" | "&")
        })
    };
    (1..=3).contains(&digits)
        && rest[digits..].starts_with(']')
        && year
        && text.len() < 600
        && rest[digits + 1..]
            .split_once([',', '.', ':'])
            .is_some_and(|(source, _)| named(source))
}

/// What every reference entry holds, tested without the pattern: it opens
/// with `[` or a digit, or it has an author's initial after a comma
/// (", I."). A block without either cannot match.
fn could_be_reference_entry(text: &str) -> bool {
    let text = text.trim_start();
    // (`is_numeric` holds every digit `\d` matches, and more.)
    if text.starts_with(|c: char| c == '[' || c.is_numeric()) {
        return true;
    }
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', bytes).any(|comma| {
        let after = text[comma + 1..].trim_start();
        let spaced = after.len() < text.len() - comma - 1;
        let b = after.as_bytes();
        spaced && b.len() >= 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
    })
}

/// More paragraphs than this read as an article, whose paragraphs do not
/// each state one point and argue for it.
const SCHOOL_ESSAY_MAX_PARAGRAPHS: usize = 7;

/// The text of a one-line block that ends with no stop, as a title or a
/// standfirst does and a prose paragraph does not (trailing emphasis marks
/// left out).
fn unstopped_line(doc: &Document, block: usize) -> Option<&str> {
    let b = &doc.blocks[block];
    let text = doc.text[b.span.range()].trim_end_matches(['*', '_', ' ']);
    (b.span.line == b.span.end_line
        && !text.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', ')']))
    .then_some(text)
}

/// A one-line block without end punctuation and few words: a title that was
/// not written as a heading (common in plain text).
fn is_title_like(doc: &Document, block: usize) -> bool {
    doc.blocks[block].sentences.len() == 1
        && unstopped_line(doc, block).is_some_and(|text| text.split_whitespace().count() <= 15)
}

/// A page's standfirst under its headline ("Milk buyers want higher
/// standards. They should also pay for the vets, argues Tom Brierley"): the
/// block after a headline, a few sentences whose last has no closing stop,
/// as headlines and standfirsts have and prose paragraphs do not.
fn is_standfirst(doc: &Document, prose: &[usize], block: usize) -> bool {
    if prose.get(1) != Some(&block) || !is_title_like(doc, prose[0]) {
        return false;
    }
    unstopped_line(doc, block).is_some_and(|text| {
        // A stop inside a closing quote or bracket ("... not a lifeline.’")
        // or an ellipsis ends prose too.
        let bare = text.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']']);
        !bare.ends_with(['.', '!', '?', '…']) && text.split_whitespace().count() <= 40
    })
}

/// True when the sentence at `range` of `text` is all in strong emphasis
/// of its own: `**` (or `__`) right before it, the same mark right after
/// its words (before or after its stop), and none between, so "**A** and
/// **B**" is not one highlight.
fn is_strong_sentence(text: &str, range: Range<usize>) -> bool {
    let Some(mark) = text
        .get(range.start.saturating_sub(2)..range.start)
        .filter(|m| *m == "**" || *m == "__")
    else {
        return false;
    };
    let sentence = &text[range.clone()];
    // "**X.**" closes after the stop; "**X**." closes before it.
    let words = if text[range.end..].starts_with(mark) {
        Some(sentence)
    } else {
        sentence
            .trim_end_matches(['.', '!', '?'])
            .strip_suffix(mark)
    };
    words.is_some_and(|w| !w.is_empty() && !w.contains(mark))
}

#[cfg(test)]
#[test]
fn author_notes_are_told_from_sentences_about_people() {
    for note in [
        "Dana Holt is a lecturer in urban planning at Westfield University.",
        "Dr. Amir Haddad directs the Centre for Water Policy.",
        "Maria de la Cruz writes about housing for The Northern Herald.",
        "Tom Reilly is a freelance journalist.",
        "Kwame Osei-Bonsu has been a member of the city council since 2019.",
        "Ann Lee farms sheep near Kendal and chairs the Fell Farmers' Union.",
        "Fiona MacRae is a former headteacher.",
        "Martin Esterhuizen writes about science and farming.",
        "Omar al Rashid is a lecturer at Leeds University.",
        "Tomasz Wierzbicki is head of housing research at the Calder Policy Institute.",
        "Lena Okafor writes a weekly column on food and farming.",
        "Pavel Novak writes a monthly column about money.",
    ] {
        assert!(is_author_note(note), "{note}");
    }
    for prose in [
        "The Council is a body of elected members at Town Hall.",
        "Many people work at the City Hospital.",
        "John Smith is wrong about this.",
        "Hospital Trust Chair Ann Lee writes about late ferries in her annual report.",
        "John Smith is a liar.",
        "John Smith says the plan fails and writes nothing of the cost.",
        "John Smith is wrong about the plan and runs the Town Council.",
        "Mayor Jane Price is wrong to close it on Sundays.",
        "New York is a city that closed streets to cars in Manhattan.",
        "Councillor Dan Reed is a former teacher who should know better.",
        "Students who work at night fall asleep in class.",
        "We are members of the Cycling Club.",
        "Cities should plant more trees.",
        "Lena Okafor wrote that the column of cars reached the bridge.",
        "As Maria Lopez writes in her weekly column, a town needs its library.",
        "Maria Lopez writes in her column this week that the library must reopen.",
    ] {
        assert!(!is_author_note(prose), "{prose}");
    }
}

#[cfg(test)]
#[test]
fn reference_entries_are_told_from_numbered_points() {
    assert!(is_reference_entry(
        "[2] Smith, J. Urban heat. Journal of Cities 86(633), 3-21."
    ));
    assert!(is_reference_entry(
        "[2] Centre for Rivers, Counting the Floods, Policy Paper 14, February 2025."
    ));
    assert!(is_reference_entry(
        "[1] M. Berg, Water in Cities 2024, Nordic Water Institute, Report 31."
    ));
    // A numbered point with a year is no entry; nor is a bracketed point.
    assert!(!is_reference_entry(
        "2. In 2019, the city, to its credit, opened two new parks."
    ));
    assert!(!is_reference_entry(
        "[3] Parks cool the streets, calm the traffic and cost little."
    ));
    assert!(is_reference_entry(
        "Brandt, K. (2021). Farming and rivers. Agri Press."
    ));
    assert!(is_reference_entry(
        "4. Lee, M. and Park, S. (2019). Heat. Cities 3(2)."
    ));
    assert!(!is_reference_entry(
        "1. Prices rose by 20-30 percent after the change."
    ));
    assert!(!is_reference_entry(
        "Trees, in short, cool streets by 2-3 degrees."
    ));
    // After another entry, a bracketed number, a source and a year.
    assert!(is_numbered_entry("[3] River Trust, Annual Survey 2024."));
    assert!(!is_numbered_entry("[3] Rivers flooded twice, in 2023."));
    assert!(!is_numbered_entry("[3] River Trust, Annual Survey."));
    assert!(is_numbered_entry(
        "[2] World Health Organization. Guidelines on physical activity, 2020."
    ));
    assert!(is_numbered_entry(
        "[4] Sport England: Active Lives Survey 2023."
    ));
    assert_eq!(bracketed_number(" [12] Interview, spring."), Some(12));
    assert_eq!(bracketed_number("[1234] Too long."), None);
    assert_eq!(bracketed_number("[a] Not a number."), None);
    assert_eq!(bracketed_number("12] No bracket."), None);
}

#[cfg(test)]
proptest::proptest! {
    /// The cheap test never turns away a block the pattern would match.
    #[test]
    fn the_reference_entry_prefilter_keeps_every_match(
        text in "(\\[[0-9]\\] |[0-9\u{663}]\\. | )?[A-Z][a-z’]{1,5},[ \u{a0}]?[A-Z]\\.[ a-z]{0,6}( \\(20[0-9]{2}\\)| [0-9]{1,2}-[0-9]{1,2}| pp\\. [0-9])?[ a-z0-9().-]{0,8}|[ \\[\\]0-9a-zA-Z,.()\u{a0}-]{0,30}"
    ) {
        // The first alternative is shaped like an entry, so that many
        // cases match; the second is anything of the same characters.
        if entry_pattern().is_match(&text) {
            proptest::prop_assert!(could_be_reference_entry(&text));
        }
    }
}

/// The most words a prompt line holds: an exam prompt states a view or
/// two and asks for an opinion in up to about fifty words ("Many museums
/// hold objects taken ... Some people think ..., while others believe ...
/// Discuss both views and give your own opinion.").
const PROMPT_MAX_WORDS: usize = 60;

/// A first block that is one short line ending in a question or giving an
/// essay prompt's instruction ("Discuss both views"), followed by at least
/// three paragraphs: the essay's title or prompt ("Should X be Y?"), which
/// the essay answers rather than argues.
fn is_title_question(doc: &Document, prose: &[usize]) -> bool {
    let Some(&first) = prose.first() else {
        return false;
    };
    let b = &doc.blocks[first];
    // A prompt may lead with its statement: "X should be banned. Do you agree?"
    if prose.len() < 4 || b.sentences.len() > 3 || b.span.line != b.span.end_line {
        return false;
    }
    let text = doc.text[b.span.range()].trim_end_matches(['*', '_', ' ']);
    let lower = text.to_lowercase();
    let instructs = super::lexicon::PROMPT_INSTRUCTIONS
        .iter()
        .any(|p| lower.contains(p));
    (text.ends_with('?') || instructs) && text.split_whitespace().count() <= PROMPT_MAX_WORDS
}
