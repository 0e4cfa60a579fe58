//! Word-level helpers shared by extraction and queries: tokens, stems, stop words.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Lowercase word tokens of `text`: letters, digits and inner apostrophes,
/// with curly apostrophes folded to `'`.
pub fn words(text: &str) -> Vec<String> {
    Tokens::new(text).iter().map(str::to_string).collect()
}

/// The words of a text, lowercased, stored once: all in one buffer, each
/// word a range of it, so a sentence costs two allocations, not one a word.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    buffer: String,
    spans: Vec<(u32, u32)>,
}

impl Tokens {
    /// Split `text` into words (the rules of [`words`]).
    pub fn new(text: &str) -> Tokens {
        let mut buffer = String::with_capacity(text.len());
        let mut spans = Vec::with_capacity(text.len() / 5);
        // Each word is written straight into the buffer.
        append_words(text, &mut buffer, |buffer, start| {
            spans.push((start as u32, buffer.len() as u32));
            true
        });
        Tokens { buffer, spans }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when the text has no word.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The words in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans
            .iter()
            .map(|&(a, b)| &self.buffer[a as usize..b as usize])
    }
}

/// The pieces of `text` between runs of white space: what
/// [`str::split_whitespace`] gives, found a byte at a time, decoding only
/// non-ASCII characters.
pub fn fields(text: &str) -> Fields<'_> {
    Fields { text, at: 0 }
}

/// The iterator of [`fields`].
pub struct Fields<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Fields<'t> {
    /// Whether the character at `i` is white space, and its length.
    #[inline]
    fn class(&self, i: usize) -> (bool, usize) {
        match self.text.as_bytes()[i] {
            b if b < 0x80 => (matches!(b, b' ' | b'\t'..=b'\r'), 1),
            _ => self.text[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        }
    }
}

impl<'t> Iterator for Fields<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        let start = loop {
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            if bytes[i] > b' ' && bytes[i] < 0x80 {
                break i;
            }
            let (space, len) = self.class(i);
            if !space {
                break i;
            }
            i += len;
        };
        while i < bytes.len() {
            // Printable ASCII is never white space: the common case, no decoding.
            if bytes[i] > b' ' && bytes[i] < 0x80 {
                i += 1;
                continue;
            }
            if bytes[i] == b' ' {
                break;
            }
            let (space, len) = self.class(i);
            if space {
                break;
            }
            i += len;
        }
        self.at = i;
        Some(&self.text[start..i])
    }
}

/// Append each lowercase word of `text` to `out` and call `done(out, start)`
/// when it ends, `start` being where it begins in `out`; stop when `done`
/// returns false. `done` may change `out` (close the word, or cut it off),
/// so a caller builds its own text from the words without a buffer of its own.
pub fn append_words(
    text: &str,
    out: &mut String,
    mut done: impl FnMut(&mut String, usize) -> bool,
) {
    let bytes = text.as_bytes();
    let mut start = out.len();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            // Most text is ASCII: copy a whole run of letters and digits at once.
            // Copied a byte at a time: words are short, and a copy call
            // plus a lowercasing pass cost more than the loop.
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                out.push(char::from(bytes[i].to_ascii_lowercase()));
                i += 1;
            }
            continue;
        }
        if bytes[i] < 0x80 && !matches!(bytes[i], b'\'' | b'.' | b',') {
            // ASCII space or punctuation: always ends a word.
            i += 1;
            if out.len() > start {
                if !done(out, start) {
                    return;
                }
                start = out.len();
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let c = if c == '’' || c == '‘' { '\'' } else { c };
        let next = || text[i..].chars().next();
        let in_word = out.len() > start;
        let inner_apostrophe = c == '\'' && in_word && next().is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric()
            || inner_apostrophe
            || ((c == '.' || c == ',') && is_decimal(&out[start..], next().as_ref()))
        {
            out.extend(c.to_lowercase());
        } else if in_word {
            if !done(out, start) {
                return;
            }
            start = out.len();
        }
    }
    if out.len() > start {
        done(out, start);
    }
}

fn is_decimal(current: &str, next: Option<&char>) -> bool {
    !current.is_empty()
        && current
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && next.is_some_and(|n| n.is_ascii_digit())
}

/// The Snowball stem of a lowercase word (possessive `'s` dropped).
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        // Essays repeat their vocabulary; a stem is computed once per word and thread.
        static CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }
    let word = word.strip_suffix("'s").unwrap_or(word);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        let stemmer = STEMMER.get_or_init(|| Stemmer::create(Algorithm::English));
        let s = stemmer.stem(word).into_owned();
        // Bounded, so a corpus of many distinct words cannot grow it forever.
        if cache.len() > 100_000 {
            cache.clear();
        }
        cache.insert(word.to_string(), s.clone());
        s
    })
}

/// Stems of the content words of `text` (stop words removed).
pub fn content_stems(text: &str) -> Vec<String> {
    content_stems_of(&words(text))
}

/// Stems of the content words among already tokenised `words`.
pub fn content_stems_of(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| !is_stop_word(w))
        .map(|w| stem(w))
        .collect()
}

/// A word list looked up once per word of every sentence: hashed on first
/// use, so a lookup costs one hash, not a scan of the whole list.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<Lookup>,
}

/// The built set, with a cheap filter in front of the hash.
struct Lookup {
    /// Bit `first byte % 64` of row `length` (capped at 15) is set when some
    /// word of that length starts with that byte: most words of a sentence
    /// are in no list and are turned away by this test alone.
    filter: [u64; 16],
    words: rustc_hash::FxHashSet<&'static str>,
}

impl Lookup {
    fn slot(word: &str) -> Option<(usize, u64)> {
        let first = *word.as_bytes().first()?;
        Some((word.len().min(15), 1u64 << (first % 64)))
    }
}

impl WordSet {
    /// The words of `list`.
    pub const fn of(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let lookup = self.set.get_or_init(|| self.build());
        match Lookup::slot(word) {
            Some((row, bit)) if lookup.filter[row] & bit != 0 => lookup.words.contains(word),
            Some(_) => false,
            None => lookup.words.contains(word),
        }
    }

    #[cold]
    fn build(&self) -> Lookup {
        let words: rustc_hash::FxHashSet<&'static str> = self.list.iter().copied().collect();
        let mut filter = [0u64; 16];
        for (row, bit) in words.iter().filter_map(|w| Lookup::slot(w)) {
            filter[row] |= bit;
        }
        Lookup { words, filter }
    }
}

/// True for function words that carry no topic.
pub fn is_stop_word(word: &str) -> bool {
    // Asked for every word of every node id and query: one hash, not a search.
    static SET: WordSet = WordSet::of(STOP_WORDS);
    SET.contains(word)
}

/// Kept sorted, so that a duplicate or a missing word is easy to see.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "ought",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "second",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Share of `a`'s distinct stems that also occur in `b` (0 when `a` is empty).
pub fn overlap(a: &[String], b: &[String]) -> f32 {
    let mut distinct: Vec<&String> = a.iter().collect();
    distinct.sort();
    distinct.dedup();
    if distinct.is_empty() {
        return 0.0;
    }
    let shared = distinct.iter().filter(|w| b.contains(w)).count();
    shared as f32 / distinct.len() as f32
}

/// A "did you mean" search: how many edits (Levenshtein, over characters,
/// by strsim) candidate spellings are from a word that named nothing, and
/// which are near enough to suggest. Every suggestion argmap makes (rule
/// codes and names, node ids, annotation words) goes through it.
#[derive(Debug, Clone, Copy)]
pub struct DidYouMean<'w> {
    word: &'w str,
    chars: usize,
    max: usize,
    contained: Contained,
}

/// How a [`DidYouMean`] scores a candidate that contains the word whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contained {
    /// By its edits (the characters it has more), like any candidate.
    AsEdits,
    /// By its edits, and never too far to suggest.
    Always,
    /// As no edits at all, when the word has at least this many bytes.
    AsExact(usize),
}

impl<'w> DidYouMean<'w> {
    /// Suggestions for `word` at most `max` edits away.
    pub fn new(word: &'w str, max: usize) -> DidYouMean<'w> {
        DidYouMean {
            word,
            chars: word.chars().count(),
            max,
            contained: Contained::AsEdits,
        }
    }

    /// The same search, scoring candidates that contain the word as `contained` says.
    pub fn contained(self, contained: Contained) -> DidYouMean<'w> {
        DidYouMean { contained, ..self }
    }

    /// How many edits `candidate` is from the word, or `None` when it is too far.
    pub fn distance(&self, candidate: &str) -> Option<usize> {
        let chars = candidate.chars().count();
        if candidate.contains(self.word) {
            match self.contained {
                Contained::AsExact(min) if self.word.len() >= min => return Some(0),
                Contained::Always => return Some(chars - self.chars),
                // Deleting what it has more is the shortest way to the word.
                _ => return Some(chars - self.chars).filter(|&d| d <= self.max),
            }
        }
        // At least as many edits as the lengths differ.
        if chars.abs_diff(self.chars) > self.max {
            return None;
        }
        Some(strsim::levenshtein(self.word, candidate)).filter(|&d| d <= self.max)
    }

    /// The nearest candidate, the first in byte order among equally near ones.
    pub fn nearest<'c>(&self, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
        candidates
            .into_iter()
            .filter_map(|c| Some((self.distance(c)?, c)))
            .min()
            .map(|(_, c)| c)
    }

    /// The candidates near enough, nearest first, equally near ones in byte order.
    pub fn ranked<'c>(&self, candidates: impl IntoIterator<Item = &'c str>) -> Vec<&'c str> {
        let mut near: Vec<(usize, &str)> = candidates
            .into_iter()
            .filter_map(|c| Some((self.distance(c)?, c)))
            .collect();
        near.sort_unstable();
        near.into_iter().map(|(_, c)| c).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_what_split_whitespace_gives() {
        for s in [
            "",
            "   ",
            "a",
            " a  b\t\nc \u{b}d\u{c}e\u{85}f\u{a0}g\u{2003}h\u{3000}i ",
            "it’s “quoted” — é\u{200b}x 𝔘\r\n",
        ] {
            let expected: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(fields(s).collect::<Vec<_>>(), expected, "{s:?}");
        }
    }

    #[test]
    fn word_sets_find_their_words_and_only_them() {
        static LIST: &[&str] = &[
            "a",
            "have to",
            "need",
            "needs",
            "ünder",
            "a-very-long-word-indeed",
        ];
        static SET: WordSet = WordSet::of(LIST);
        for w in LIST {
            assert!(SET.contains(w), "{w}");
        }
        assert!(!SET.contains("have"));
        // Same length and first letter as members, but not members.
        for w in [
            "",
            "b",
            "neat",
            "needy",
            "üNDER",
            "a-very-long-word-indeeD",
            "have tO",
        ] {
            assert!(!SET.contains(w), "{w}");
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn words_fold_apostrophes_and_keep_decimals() {
        assert_eq!(
            words("UNESCO’s 3.5 percent, 3,000 e.g. this."),
            vec!["unesco's", "3.5", "percent", "3,000", "e", "g", "this"]
        );
    }

    #[test]
    fn stems_match_inflections() {
        assert_eq!(stem("libraries"), stem("library"));
        assert_eq!(stem("unesco's"), stem("unesco"));
        assert_eq!(
            content_stems("The libraries of UNESCO"),
            vec!["librari", "unesco"]
        );
    }

    #[test]
    fn did_you_mean_counts_edits_in_characters() {
        let near = DidYouMean::new("thesis", 2);
        assert_eq!(near.distance("theses"), Some(1));
        assert_eq!(near.distance("thésis"), Some(1));
        assert_eq!(near.distance("claim"), None);
        assert_eq!(DidYouMean::new("", 3).distance("abc"), Some(3));
        assert_eq!(
            near.nearest(["these", "theses", "thesis-2"]),
            Some("theses")
        );
        // Equally near: byte order.
        assert_eq!(near.ranked(["thesiz", "thesia", "x"]), ["thesia", "thesiz"]);
    }

    #[test]
    fn a_candidate_that_contains_the_word_is_scored_as_asked() {
        let word = DidYouMean::new("ab", 3);
        assert_eq!(word.distance("xxabxx"), None);
        assert_eq!(word.distance("xabx"), Some(2));
        let always = word.contained(Contained::Always);
        assert_eq!(always.distance("xxabxx"), Some(4));
        assert_eq!(always.distance("ba"), Some(2));
        assert_eq!(
            word.contained(Contained::AsExact(2)).distance("xxabxx"),
            Some(0)
        );
        assert_eq!(
            word.contained(Contained::AsExact(3)).distance("xxabxx"),
            None
        );
    }
}
