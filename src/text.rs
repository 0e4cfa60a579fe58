//! Word-level helpers shared by extraction and queries: tokens, stems, stop words.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
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
        // The whole text lowercased at once: a word of ASCII bytes is then
        // its own range of it, so most words are never copied one by one.
        // Only a word with other characters (a curly apostrophe, an accent)
        // is folded and appended after the text.
        let mut buffer = text.to_ascii_lowercase();
        let mut spans = Vec::with_capacity(text.len() / 5);
        for (range, spelling) in word_ranges(text) {
            if spelling != Spelling::Unicode {
                spans.push((range.start as u32, range.end as u32));
            } else {
                let start = buffer.len();
                push_folded(&mut buffer, &text[range]);
                spans.push((start as u32, buffer.len() as u32));
            }
        }
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

/// A text lowercased for one reading of its words (those of [`Tokens`]),
/// each handed out as it is found: the cue matcher looks every word up as
/// it reads it, where [`Tokens`] stores the words' ranges first and a second
/// pass reads them.
///
/// An ASCII word is a range of the lowercased text. The words with other
/// characters are folded all at once when the reading meets the first of
/// them, into `folded` (each followed by a space, which no word holds): a
/// word handed out cannot point into a buffer that still grows. A text
/// without such a word, the most common, folds nothing.
#[derive(Debug, Clone)]
pub struct Lowered<'t> {
    source: &'t str,
    text: String,
    folded: OnceCell<String>,
}

impl<'t> Lowered<'t> {
    /// `text` lowercased.
    pub fn new(text: &'t str) -> Lowered<'t> {
        Lowered {
            source: text,
            text: text.to_ascii_lowercase(),
            folded: OnceCell::new(),
        }
    }

    /// `text` lowercased into `buffer`, emptied first: a buffer kept from
    /// an earlier text saves an allocation.
    pub fn in_buffer(text: &'t str, mut buffer: String) -> Lowered<'t> {
        buffer.clear();
        buffer.push_str(text);
        buffer.make_ascii_lowercase();
        Lowered {
            source: text,
            text: buffer,
            folded: OnceCell::new(),
        }
    }

    /// The buffer of the lowercased text, for [`Lowered::in_buffer`].
    pub fn into_buffer(self) -> String {
        self.text
    }

    /// The length of the text in bytes: a bound on its number of words.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The words in order, as [`Tokens::iter`] gives them.
    // The lowercased text has its words where the text has them: ASCII
    // letters keep their class in either case, and no other byte changes.
    #[inline]
    pub fn words(&self) -> LoweredWords<'_> {
        LoweredWords {
            ranges: word_ranges(&self.text),
            lowered: self,
            folded_at: 0,
        }
    }

    /// Every word beyond ASCII of the text folded, each followed by a space.
    #[cold]
    fn fold(&self) -> String {
        let mut folded = String::new();
        for (range, spelling) in word_ranges(self.source) {
            if spelling == Spelling::Unicode {
                push_folded(&mut folded, &self.source[range]);
                folded.push(' ');
            }
        }
        folded
    }
}

/// The iterator of [`Lowered::words`].
pub struct LoweredWords<'a> {
    ranges: WordRanges<'a>,
    lowered: &'a Lowered<'a>,
    /// Where the next folded word starts in `lowered.folded`.
    folded_at: usize,
}

impl<'a> Iterator for LoweredWords<'a> {
    type Item = &'a str;

    // Inlined into its loop, as [`WordRanges::next`] is.
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let (range, spelling) = self.ranges.next()?;
        if spelling != Spelling::Unicode {
            return Some(&self.ranges.text[range]);
        }
        Some(self.next_folded())
    }
}

impl<'a> LoweredWords<'a> {
    /// The next word beyond ASCII: they were folded in the order they are
    /// read. Out of the loop, which most texts never take.
    #[cold]
    #[inline(never)]
    fn next_folded(&mut self) -> &'a str {
        let lowered = self.lowered;
        let folded = lowered.folded.get_or_init(|| lowered.fold());
        let rest = folded.get(self.folded_at..).unwrap_or("");
        let word = rest.split(' ').next().unwrap_or("");
        self.folded_at += word.len() + 1;
        word
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

    // Inlined into its loops, as [`WordRanges::next`] is.
    #[inline]
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

/// The byte range of each word of `text` (the rules of [`words`]), with
/// what characters it has: when it is all ASCII, its lowercase form is its
/// bytes lowercased.
///
/// A word is a run of letters and digits, with an apostrophe (straight or
/// curly) between two of them, and `.` or `,` inside a number (`3.5`,
/// `1,000`). Every other character ends it.
pub fn word_ranges(text: &str) -> WordRanges<'_> {
    WordRanges { text, at: 0 }
}

/// What characters a word found by [`word_ranges`] has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// ASCII letters and digits only.
    Alphanumeric,
    /// ASCII, with an apostrophe, or a decimal point or comma, among them.
    Ascii,
    /// Some character beyond ASCII: [`push_folded`] gives its lowercase form.
    Unicode,
}

/// The iterator of [`word_ranges`].
pub struct WordRanges<'t> {
    text: &'t str,
    at: usize,
}

/// ASCII letters and digits, by byte: one load per byte of a word.
static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

impl Iterator for WordRanges<'_> {
    type Item = (Range<usize>, Spelling);

    // Inlined into its loops: a word is a few bytes, and a call per word
    // would keep the scan's state in memory.
    #[inline(always)]
    fn next(&mut self) -> Option<(Range<usize>, Spelling)> {
        // Most words are ASCII letters and digits ended by a space or
        // punctuation: such a word is found here, its letters eight at a
        // time. Anything else (a character beyond ASCII, an apostrophe or
        // a decimal point that may go on the word) is left to
        // `next_by_characters`, from the word's start or from the
        // character, where it finds what it would have found from `at`:
        // the ASCII bytes skipped before a word start none.
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        loop {
            let Some(&b) = bytes.get(i) else {
                self.at = i;
                return None;
            };
            if ALNUM[usize::from(b)] {
                break;
            }
            if b >= 0x80 {
                self.at = i;
                return self.next_by_characters();
            }
            i += 1;
        }
        let start = i;
        let end = alphanumeric_end(bytes, start + 1);
        match bytes.get(end) {
            None => {
                self.at = end;
                Some((start..end, Spelling::Alphanumeric))
            }
            // An apostrophe goes on the word when a letter follows it (any
            // letter: one beyond ASCII too), and a point or comma when a
            // digit does (in a number).
            Some(&b)
                if b < 0x80
                    && match b {
                        b'\'' => bytes
                            .get(end + 1)
                            .is_none_or(|&n| n < 0x80 && !ALNUM[usize::from(n)]),
                        b'.' | b',' => !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
                        _ => true,
                    } =>
            {
                self.at = end + 1;
                Some((start..end, Spelling::Alphanumeric))
            }
            Some(_) => {
                self.at = start;
                self.next_by_characters()
            }
        }
    }
}

impl WordRanges<'_> {
    /// The next word, found a character at a time: the rules of [`words`]
    /// as written, for the words the fast path of `next` leaves.
    #[inline(never)]
    fn next_by_characters(&mut self) -> Option<(Range<usize>, Spelling)> {
        let text = self.text;
        let bytes = text.as_bytes();
        // The word so far is `start..i` when `in_word`.
        let mut start = 0;
        let mut in_word = false;
        let mut spelling = Spelling::Alphanumeric;
        let mut i = self.at;
        while i < bytes.len() {
            let b = bytes[i];
            if ALNUM[usize::from(b)] {
                if !in_word {
                    (start, in_word) = (i, true);
                }
                // Most text is ASCII: a whole run of letters and digits at once.
                i += 1;
                while i < bytes.len() && ALNUM[usize::from(bytes[i])] {
                    i += 1;
                }
                continue;
            }
            if b < 0x80 && !matches!(b, b'\'' | b'.' | b',') {
                // ASCII space or punctuation: always ends a word.
                i += 1;
                if in_word {
                    self.at = i;
                    return Some((start..i - 1, spelling));
                }
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let at = i;
            i += c.len_utf8();
            let folded = if c == '’' || c == '‘' { '\'' } else { c };
            let next = || text[i..].chars().next();
            let inner_apostrophe =
                folded == '\'' && in_word && next().is_some_and(|n| n.is_alphanumeric());
            let decimal = (c == '.' || c == ',') && in_word && is_decimal(&text[start..at], next());
            if c.is_alphanumeric() || inner_apostrophe || decimal {
                if !in_word {
                    (start, in_word) = (at, true);
                }
                spelling = match spelling {
                    _ if !c.is_ascii() => Spelling::Unicode,
                    Spelling::Unicode => Spelling::Unicode,
                    _ => Spelling::Ascii,
                };
            } else if in_word {
                // The character that ends the word is read: go on after it.
                self.at = i;
                return Some((start..at, spelling));
            }
        }
        self.at = i;
        in_word.then_some((start..bytes.len(), spelling))
    }
}

/// The end of the run of ASCII letters and digits that goes on from `i`
/// (`i` itself when `bytes[i]` is none).
#[inline(always)]
fn alphanumeric_end(bytes: &[u8], mut i: usize) -> usize {
    const LOW: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = LOW * 0x80;
    // Eight bytes a step: a byte's high bit is set in `at_least(x, lo)`
    // when its low seven bits are `lo` or more (no carry crosses a byte).
    let at_least = |x: u64, lo: u8| x + LOW * u64::from(0x80 - lo);
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let low = word & !HIGH;
        let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
        let folded = low | (LOW * 0x20);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let other = !((digit | letter) & !word) & HIGH;
        if other != 0 {
            return i + other.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| ALNUM[usize::from(b)]) {
        i += 1;
    }
    i
}

/// Append the lowercase form of a word found by [`word_ranges`]: curly
/// apostrophes become `'`, letters their lowercase.
pub fn push_folded(out: &mut String, word: &str) {
    for c in word.chars() {
        if c == '’' || c == '‘' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// True when `current`, the word so far, is a number (digits, `.` and `,`)
/// that the character `next` goes on.
fn is_decimal(current: &str, next: Option<char>) -> bool {
    !current.is_empty()
        && current
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && next.is_some_and(|n| n.is_ascii_digit())
}

/// The Snowball stem of a lowercase word (possessive `'s` dropped).
pub fn stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    thread_local! {
        // Essays repeat their vocabulary; a stem is computed once per word and thread.
        // Keyed by words of the input: a randomly seeded hash (foldhash, a
        // sixth of SipHash's instructions for a short word).
        static CACHE: RefCell<HashMap<String, String, foldhash::fast::RandomState>> =
            RefCell::new(HashMap::default());
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

/// A map from fixed words to small ids, asked once for every word of every
/// sentence. A word is keyed by its length and eight bytes read from its
/// two ends, which are all of its bytes when it has at most eight: a lookup
/// hashes and compares integers, and compares strings only for a longer
/// word. (A general string hash and its key compare were most of the cue
/// matcher's cost, and of the stop word test's.)
#[derive(Default)]
pub(crate) struct WordTable {
    slots: Vec<Slot>,
    /// The words by id, for the check of a longer word.
    words: Vec<&'static str>,
    /// Of a hash, the bits past this shift pick the slot.
    shift: u32,
}

/// One slot of a [`WordTable`]: `len` 0 is empty (no word is empty).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    len: u32,
    id: u16,
}

impl WordTable {
    /// The table of the words and their `ids`, none of them 0 and no two
    /// alike (the empty word, which no token is, left out).
    pub(crate) fn of(ids: impl IntoIterator<Item = (&'static str, u16)>) -> WordTable {
        let ids: Vec<(&'static str, u16)> = ids.into_iter().collect();
        // Mostly empty slots: a probe rarely goes past the first.
        let size = (ids.len() * 3).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![Slot::default(); size],
            words: vec![
                "";
                ids.iter()
                    .map(|&(_, id)| usize::from(id) + 1)
                    .max()
                    .unwrap_or(1)
            ],
            shift: 64 - size.trailing_zeros(),
        };
        for (word, id) in ids {
            if word.is_empty() {
                continue;
            }
            table.words[usize::from(id)] = word;
            let key = Self::key(word.as_bytes());
            let mut i = table.home(key, word.len());
            while table.slots[i].len != 0 {
                i = (i + 1) & (size - 1);
            }
            table.slots[i] = Slot {
                key,
                len: word.len() as u32,
                id,
            };
        }
        table
    }

    /// The bytes of `word` that key it: the first four and the last four
    /// (overlapping when it is shorter than eight), or the first, middle
    /// and last of a shorter one. With the length, this is the whole word
    /// up to eight bytes.
    #[inline]
    fn key(word: &[u8]) -> u64 {
        let n = word.len();
        if n >= 4 {
            let head = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
            let tail = u32::from_le_bytes([word[n - 4], word[n - 3], word[n - 2], word[n - 1]]);
            u64::from(head) | u64::from(tail) << 32
        } else if n > 0 {
            u64::from(word[0]) | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1]) << 16
        } else {
            0
        }
    }

    /// The slot where a probe for `key` and `len` starts.
    #[inline]
    fn home(&self, key: u64, len: usize) -> usize {
        let hash = (key ^ (len as u64) << 59).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (hash >> self.shift) as usize
    }

    /// The id of `word`, or 0 when the table does not have it.
    #[inline(always)]
    pub(crate) fn get(&self, word: &str) -> u16 {
        self.get_bytes(word.as_bytes())
    }

    /// The id of the word spelt by `bytes`, or 0 when the table does not have it.
    // Inlined into the loops over a sentence's words: a call per word
    // cost more than the lookup (it was not inlined across modules).
    #[inline(always)]
    fn get_bytes(&self, bytes: &[u8]) -> u16 {
        let key = Self::key(bytes);
        let mask = self.slots.len() - 1;
        let mut i = self.home(key, bytes.len());
        loop {
            let slot = self.slots[i];
            if slot.len == 0 {
                return 0;
            }
            if slot.key == key
                && slot.len as usize == bytes.len()
                && (bytes.len() <= 8 || self.words[usize::from(slot.id)].as_bytes() == bytes)
            {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A word list looked up once per word of every sentence: hashed on first
/// use, so a lookup costs one hash, not a scan of the whole list.
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<Lookup>,
}

/// The built set, with a cheap filter in front of the table.
struct Lookup {
    /// Bit `first byte % 64` of row `length` (capped at 15) is set when some
    /// word of that length starts with that byte: most words of a sentence
    /// are in no list and are turned away by this test alone.
    filter: [u64; 16],
    /// The words, each with its place in the list (from 1) as its id.
    words: WordTable,
    /// Whether the list holds the empty word (which a [`WordTable`] cannot).
    empty: bool,
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
        self.contains_bytes(word.as_bytes())
    }

    /// True when the word spelt by `bytes` is in the set.
    // Inlined into the loops over a sentence's or an id's words, as
    // [`WordTable::get_bytes`] is: a call per word cost more than the test.
    #[inline(always)]
    fn contains_bytes(&self, bytes: &[u8]) -> bool {
        let lookup = self.set.get_or_init(|| self.build());
        match bytes.first() {
            Some(&first) if lookup.filter[bytes.len().min(15)] & 1u64 << (first % 64) != 0 => {
                lookup.words.get_bytes(bytes) != 0
            }
            Some(_) => false,
            None => lookup.empty,
        }
    }

    /// True when the ASCII `word`, lowercased, is in the set (a set of
    /// lowercase words no longer than [`LONGEST_STOP_WORD`]).
    #[inline]
    fn contains_ascii_any_case(&self, word: &str) -> bool {
        let lookup = self.set.get_or_init(|| self.build());
        let Some(&first) = word.as_bytes().first() else {
            return lookup.empty;
        };
        let (row, bit) = (
            word.len().min(15),
            1u64 << (first.to_ascii_lowercase() % 64),
        );
        if lookup.filter[row] & bit == 0 || word.len() > LONGEST_STOP_WORD {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return lookup.words.get(word) != 0;
        }
        let mut lower = [0u8; LONGEST_STOP_WORD];
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        lookup.words.get_bytes(lower) != 0
    }

    #[cold]
    fn build(&self) -> Lookup {
        let mut filter = [0u64; 16];
        for (row, bit) in self.list.iter().filter_map(|w| Lookup::slot(w)) {
            filter[row] |= bit;
        }
        Lookup {
            filter,
            words: WordTable::of(self.list.iter().zip(1..).map(|(&w, id)| (w, id))),
            empty: self.list.contains(&""),
        }
    }
}

/// Asked for every word of every node id and query: one hash, not a search.
static STOP_SET: WordSet = WordSet::of(STOP_WORDS);

/// True for function words that carry no topic.
pub fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// True for a stop word spelt by `bytes` (lowercase, as [`is_stop_word`]).
// Inlined into the loop over an id's words, as the set's test is.
#[inline]
pub(crate) fn is_stop_word_bytes(bytes: &[u8]) -> bool {
    STOP_SET.contains_bytes(bytes)
}

/// True for a stop word given in any case, for an ASCII word (no copy
/// unless it has capitals).
pub fn is_ascii_stop_word(word: &str) -> bool {
    STOP_SET.contains_ascii_any_case(word)
}

/// No stop word is longer (a test holds the list to it).
const LONGEST_STOP_WORD: usize = 12;

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

    /// Stop words, the same in capitals or a letter off, and other words.
    fn stop_word_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let stop = || prop::sample::select(STOP_WORDS.to_vec());
        prop_oneof![
            stop().prop_map(str::to_string),
            stop().prop_map(|w| w.to_ascii_uppercase()),
            stop().prop_map(|w| format!("{w}s")),
            stop().prop_map(|w| w[1..].to_string()),
            "[a-zA-Z']{0,14}",
            "[a-zé ]{0,12}",
        ]
    }

    proptest::proptest! {
        #[test]
        fn word_sets_agree_with_a_scan_of_their_list(word in stop_word_like()) {
            let listed = |w: &str| STOP_WORDS.contains(&w);
            proptest::prop_assert_eq!(is_stop_word(&word), listed(&word));
            if word.is_ascii() {
                let lower = word.to_ascii_lowercase();
                proptest::prop_assert_eq!(is_ascii_stop_word(&word), listed(&lower));
            }
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.len() <= LONGEST_STOP_WORD));
    }

    #[test]
    fn ascii_stop_words_are_found_in_any_case() {
        for (word, stop) in [
            ("The", true),
            ("THEMSELVES", true),
            ("It's", true),
            ("thesis", false),
            ("", false),
            ("a-very-long-word-that-is-no-stop-word", false),
        ] {
            assert_eq!(is_ascii_stop_word(word), stop, "{word}");
        }
    }

    /// The words by the rules of [`words`], a character at a time: what
    /// [`Tokens`] and [`word_ranges`] find by byte ranges.
    fn words_by_characters(text: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let c = if c == '’' || c == '‘' { '\'' } else { c };
            let next = chars.peek().copied();
            let in_word = !word.is_empty();
            let number = in_word
                && word
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
            if c.is_alphanumeric()
                || (c == '\'' && in_word && next.is_some_and(char::is_alphanumeric))
                || ((c == '.' || c == ',') && number && next.is_some_and(|n| n.is_ascii_digit()))
            {
                word.extend(c.to_lowercase());
            } else if in_word {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        words
    }

    proptest::proptest! {
        #[test]
        fn words_follow_their_definition(pieces in proptest::collection::vec(proptest::sample::select(vec![
            " ", "the", "Of", "it's", "UN’s", "‘x", "'", "’", "Alliance", "3.5", "1,000", ".", ",",
            "Über", "İstanbul", "𝔘𝔫𝔦", "ǅemal", "ﬁne", "2019", "٣", "-", "\n", "é", "K", "x",
            "Partnerships", "0a9Z", "@[`{/:", "\u{7f}",
        ]), 0..16), glue in proptest::collection::vec(proptest::sample::select(vec!["", " ", ".", ","]), 16)) {
            let text: String = pieces.iter().zip(&glue).flat_map(|(p, g)| [*p, *g]).collect();
            let expected = words_by_characters(&text);
            proptest::prop_assert_eq!(&words(&text), &expected);
            let mut found = Vec::new();
            for (range, spelling) in word_ranges(&text) {
                let mut word = String::new();
                push_folded(&mut word, &text[range.clone()]);
                let source = &text[range];
                let expected_spelling = if source.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    Spelling::Alphanumeric
                } else if source.is_ascii() {
                    Spelling::Ascii
                } else {
                    Spelling::Unicode
                };
                proptest::prop_assert_eq!(spelling, expected_spelling);
                if spelling != Spelling::Unicode {
                    proptest::prop_assert_eq!(&word, &source.to_ascii_lowercase());
                }
                found.push(word);
            }
            proptest::prop_assert_eq!(&found, &expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn lowered_words_are_the_tokens(pieces in proptest::collection::vec(proptest::sample::select(vec![
            " ", "The", "it's", "UN’s", "‘x", "’", "3.5", "1,000", ".", ",", "Über", "İstanbul",
            "𝔘𝔫𝔦", "ǅemal", "ﬁne", "٣", "-", "é", "K", "Harbours", "0a9Z", "UNESCO’s",
        ]), 0..16)) {
            let text: String = pieces.concat();
            let tokens = Tokens::new(&text);
            let lowered = Lowered::new(&text);
            proptest::prop_assert_eq!(lowered.words().collect::<Vec<_>>(), tokens.iter().collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        #[test]
        fn alphanumeric_runs_end_where_a_byte_scan_ends_them(
            bytes in proptest::collection::vec(proptest::sample::select(vec![
                b'0', b'9', b'a', b'z', b'A', b'Z', b'/', b':', b'@', b'[', b'`', b'{', b' ',
                0x7f, 0x80, 0xc3, 0xe0, 0xff, b'\'', b'.', b'm',
            ]), 0..40),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let by_bytes = from + bytes[from..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(alphanumeric_end(&bytes, from), by_bytes);
        }
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
