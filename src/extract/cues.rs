//! Sentence -> cues: the language signals (markers, modality, numbers,
//! stance, hedging, anaphora) that later decide roles and relations. How much
//! each signal counts is read from the [`Weights`] table.

use super::lexicon::*;
use super::weights::{Weight, Weights};
use crate::graph::{Cue, CueDetail, CueKind, NodeKind};
use crate::text::{Lowered, WordSet, WordTable};
use rustc_hash::FxHashMap;
use std::cell::Cell;
use std::sync::OnceLock;

// Lists looked up for several words of every sentence: one hash each
// instead of a scan of the list.
static BENEFIT: WordSet = WordSet::of(BENEFIT_VERBS);
static STATIVE: WordSet = WordSet::of(STATIVE_VERBS);
static NOT_AFTER_DO: WordSet = WordSet::of(NOT_AFTER_EMPHATIC_DO);
static EVALUATIVE: WordSet = WordSet::of(EVALUATIVE_WORDS);
static ADVERBS: WordSet = WordSet::of(MODAL_ADVERBS);
static COMPLEMENT_VERBS: WordSet = WordSet::of(COMPLEMENT_TAKERS);

/// One signal found in a sentence, with the role it votes for and how strongly.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    /// What fired, e.g. `modal:should` or `number:25`.
    pub cue: Cue,
    /// The role this cue is evidence for, if any.
    pub role: Option<NodeKind>,
    /// How much it counts toward that role.
    pub weight: f32,
}

/// Everything the cue detector found in one sentence.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Cues that vote for roles (and a few that only explain).
    pub cues: Vec<Vote>,
    /// Why this sentence is no part of the argument, if it is not.
    pub non_argument: Option<String>,
    /// It names a photo or image credit.
    pub caption: bool,
    /// It opens by pointing back ("This", "These", "The latter").
    pub anaphora: bool,
    /// It opens by pointing back, and not with the empty "it" of "It is
    /// clear that X" / "It would be fair to X", which points forward.
    pub refers_back: bool,
    /// It gives the reason for the sentence before ("This is because X",
    /// "The main reason is that X"): what follows in its paragraph backs X.
    pub explains_previous: bool,
    /// "also" among its first four words ("Families also need time").
    pub also: bool,
    /// It opens "Another example", "Another instance", "Another case".
    pub another_example: bool,
    /// It counts things and names them at once ("three benefits, including
    /// rest"): no announcement, unless counted points follow it.
    pub names_its_count: bool,
    /// It opens a count of points ("First,", "Firstly,", "First of all,").
    pub opens_a_count: bool,
    /// An anaphoric determiner appears early ("Through these partnerships").
    pub anaphoric_determiner: bool,
    /// It opens with a contrast ("However", "But").
    pub contrast: bool,
    /// It opens "On the other hand": the other side, after one side.
    pub other_hand: bool,
    /// It opens with a conclusion marker ("Therefore").
    pub conclusion: bool,
    /// It opens with an ordinal ("First,", "Second,").
    pub ordinal: bool,
    /// It opens with an additive marker ("In addition").
    pub additive: bool,
    /// It announces an enumeration ("The benefits are twofold").
    pub announcer: bool,
    /// It opens with a condition ("If ...").
    pub conditional: bool,
    /// It explicitly reports an opposing view.
    pub objection: bool,
    /// It carries a deontic modal or proposal phrase in its main clause.
    pub proposal: bool,
    /// The word before its deontic modal ("cities" in "Cities should X"):
    /// an agent the text asks to act.
    pub deontic_agent: Option<String>,
    /// The word before the weak modal that voted for a proposal ("NATO"
    /// in "NATO could X"): a proposal only when the text asks that agent to
    /// act elsewhere.
    pub weak_agent: Option<String>,
    /// Its proposal phrase is itself a judgement ("it is important that"):
    /// one phrase, which the thesis score counts once.
    pub judging_proposal: bool,
    /// It states the author's stance ("I believe").
    pub stance: bool,
    /// It asserts certainty ("clearly", "obviously").
    pub certainty: bool,
    /// It concludes from inside ("X is therefore Y").
    pub inner_conclusion: bool,
    /// It passes judgement ("it is unfair", "it would be appropriate").
    pub judgement: bool,
    /// The author disagrees with what was said before ("I disagree with
    /// this view", "I do not agree"): an answer, as a turn is.
    pub disagrees: bool,
    /// It opens by joining on to the sentence before ("And", "Plus").
    pub joining: bool,
    /// It turns inside ("X, however, Y").
    pub inner_turn: bool,
    /// It grants a point early on ("Indeed", "In fact", "Of course").
    pub concession: bool,
    /// It carries evidence markers, numbers, quotes or citations.
    pub evidential: bool,
    /// It ends with a question mark.
    pub question: bool,
    /// It gives an example ("For example", "such as").
    pub example: bool,
    /// It gives a view to others with a verb of saying or thinking ("Some
    /// managers claim that X", "Opponents insist X"): not the author's claim.
    pub reported_view: bool,
    /// The view is given to people the text does not name ("Some people
    /// say", "Critics argue", "People who prefer X argue"), not to an
    /// authority the author may be citing ("Doctors warn that X").
    pub others_view: bool,
    /// The view it reports is held at a distance: a verb that leaves the
    /// claim to its holder ("Opponents insist that X", "The firms claim
    /// that X"), not one the author may share ("Parents say", "warn").
    pub disputed_view: bool,
    /// It opens with a step in time ("Then", "After that", "Later"): the
    /// sentence before it was a step of a story too.
    pub steps_on: bool,
    /// It asks a yes-or-no question ("Has he tried?"): put back to what was
    /// said, it doubts it.
    pub asks_back: bool,
    /// It grants a point and turns inside ("It is true that X, but Y"): the
    /// turn is the author's answer.
    pub grants_then_turns: bool,
    /// It points back, grants that it holds and turns ("This may be true,
    /// but Y", "They have a point, but Y"): an answer to the view before.
    pub grants_back: bool,
    /// It turns inside, with "but", "yet" or "however" after its first words.
    pub turns: bool,
    /// It opens by granting a point ("Yes,", "Of course", "Admittedly"), which
    /// is the other side's only if the author turns from it later.
    pub grant: bool,
    /// The author's own wish or plan ("I hope my town will ...", "Next
    /// summer we are planning to ..."): after a conclusion's first sentence,
    /// a closing word, no argument.
    pub wish: bool,
}

impl Analysis {
    /// It adds to what its paragraph argues rather than backing the
    /// sentence before: an additive opener that is no example ("Moreover",
    /// not "Another example is"), "also" early, or a conclusion ("So",
    /// "Therefore").
    pub fn returns_to_the_point(&self) -> bool {
        self.additive && !self.example && !self.another_example || self.also || self.conclusion
    }

    /// Sum of the cue weights that vote for `role`.
    pub fn score(&self, role: NodeKind) -> f32 {
        self.cues
            .iter()
            .filter(|c| c.role == Some(role))
            .map(|c| c.weight)
            .sum()
    }

    /// It answers what was said before: a turn ("But", "However") or a
    /// first-person refusal ("I disagree").
    pub fn answers(&self) -> bool {
        self.contrast || self.disagrees
    }

    /// The sentence turns from a view given before it: "But ...", or a
    /// grant and a turn in one ("It is true that X, but Y", "This may be
    /// true, but Y").
    pub fn turns_from_view(&self) -> bool {
        self.contrast || self.grants_then_turns || self.grants_back
    }

    /// Record a cue once, with its vote.
    fn add(&mut self, cue: Cue, role: Option<NodeKind>, weight: f32) {
        // Once per printed name: a phrase both lists hold ("some say" opens
        // and reports an objection) votes once.
        // The details first: two cues of a sentence most often differ there,
        // at the length, before any byte of a name is compared.
        let same = |c: &Vote| c.cue.detail == cue.detail && c.cue.kind.name() == cue.kind.name();
        if !self.cues.iter().any(same) {
            self.cues.push(Vote { cue, role, weight });
        }
    }

    /// True when a cue of `kind` fired.
    pub fn has(&self, kind: CueKind) -> bool {
        self.cues.iter().any(|c| c.cue.kind == kind)
    }

    /// True when the sentence is told in the simple past ("I spent two
    /// hours there."): a story's step, not a conclusion drawn now.
    pub fn told_in_the_past(&self) -> bool {
        self.cues
            .iter()
            .any(|c| c.cue.kind == CueKind::Tense && c.cue.detail.as_deref() == Some("past"))
    }
}

/// Identifies a lexicon list by the address of its (static) elements.
fn list_key(list: &[&str]) -> usize {
    list.as_ptr() as usize
}

/// One of 64 bits for a list key (two lists may share one).
fn list_bit(key: usize) -> u64 {
    1 << ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// All phrases of [`phrase_lists`], as a tree of word ids, and the classes
/// of the words that the per-word checks look for: one lookup per word of
/// a sentence answers every such check.
struct Matcher {
    /// The id of every word of a phrase and every word of a class: its
    /// index in `entries` (built here, looked up in `table`).
    by_word: FxHashMap<&'static str, u16>,
    /// `by_word` as it is asked for every word of every sentence.
    table: WordTable,
    /// What is known of each word, by id; entry 0 stands for every other word.
    entries: Vec<WordEntry>,
    /// The phrase tree: a phrase's first word's entry names the node its
    /// walk starts at; node 0 is no node.
    nodes: Vec<PhraseNode>,
}

impl Matcher {
    /// The entry of `word`, added if new.
    fn entry(&mut self, word: &'static str) -> &mut WordEntry {
        let id = self.id(word);
        &mut self.entries[usize::from(id)]
    }

    /// The id of `word`, given if new.
    fn id(&mut self, word: &'static str) -> u16 {
        let next = self.entries.len();
        let id = *self
            .by_word
            .entry(word)
            .or_insert_with(|| u16::try_from(next).expect("fewer than 65,536 lexicon words"));
        if usize::from(id) == next {
            self.entries.push(WordEntry::default());
        }
        id
    }

    /// The node after `from` for the word `id`, added if new.
    fn child(&mut self, from: u32, id: u16) -> u32 {
        if let Some(&(_, to)) = self.nodes[from as usize].next.iter().find(|n| n.0 == id) {
            return to;
        }
        let to = self.node();
        self.nodes[from as usize].next.push((id, to));
        to
    }

    /// A new node of the phrase tree.
    fn node(&mut self) -> u32 {
        self.nodes.push(PhraseNode::default());
        u32::try_from(self.nodes.len() - 1).expect("fewer than 2^32 phrase nodes")
    }
}

/// What the lexicons know about one word.
#[derive(Default)]
struct WordEntry {
    /// [`class`] bits.
    class: u32,
    /// The node of the phrase tree for the phrases that start with it (0: none).
    node: u32,
}

/// A node of the phrase tree: the words read so far are a phrase's first
/// words, and perhaps a whole phrase. Comparing phrases word by word with
/// the sentence cost a string compare for every phrase that starts with a
/// common word ("it", "in", "the"); a walk down the tree reads each word of
/// the sentence once for the phrases that start at a word, as an id.
#[derive(Default)]
struct PhraseNode {
    /// The lists that hold the phrase ending here, and its position in each.
    owners: Vec<Hit>,
    /// The next word's id and its node (a handful: scanned).
    next: Vec<(u16, u32)>,
}

/// Word classes, as bits of [`WordEntry::class`].
mod class {
    /// "however"
    pub const HOWEVER: u32 = 1;
    /// "do", "does", "did"
    pub const DO: u32 = 1 << 1;
    /// "is", "be", "it's", "isn't", "are"
    pub const COPULA: u32 = 1 << 2;
    /// A weak modal, the first word of a strong one, "would", "could", "will".
    pub const MODAL: u32 = 1 << 3;
    /// "whether"
    pub const WHETHER: u32 = 1 << 4;
    /// A number word ("three", "dozen").
    pub const NUMBER: u32 = 1 << 5;
    /// A month name.
    pub const MONTH: u32 = 1 << 6;
    /// "has", "have", "had", "was", "were", "did"
    pub const TENSE: u32 = 1 << 7;
    /// A word of [`COUNT_WORDS`](super::COUNT_WORDS).
    pub const COUNT: u32 = 1 << 8;
    /// A word of [`COUNTED_NOUNS`](super::COUNTED_NOUNS).
    pub const COUNTED: u32 = 1 << 9;
    /// A word of [`CONCESSION_WORDS`](super::CONCESSION_WORDS).
    pub const CONCESSION: u32 = 1 << 10;
    /// A word of [`ANAPHORIC_DETERMINERS`](super::ANAPHORIC_DETERMINERS).
    pub const DETERMINER: u32 = 1 << 11;
    /// "that"
    pub const THAT: u32 = 1 << 12;
    /// "i", "i'm", "my"
    pub const FIRST_PERSON: u32 = 1 << 13;
    /// A word of [`DENIAL_WORDS`](super::DENIAL_WORDS).
    pub const DENIAL: u32 = 1 << 14;
    /// "reserved"
    pub const RESERVED: u32 = 1 << 15;
    /// Any lexicon word without an ASCII digit.
    pub const NO_DIGIT: u32 = 1 << 16;
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut matcher = Matcher {
            by_word: FxHashMap::default(),
            table: WordTable::default(),
            entries: vec![WordEntry::default()],
            nodes: Vec::new(),
        };
        let modals = WEAK_MODALS
            .iter()
            .chain(STRONG_MODALS)
            .map(|m| m.split(' ').next().unwrap_or(m))
            .chain(["would", "could", "will"])
            .collect();
        // Word lists asked of several words of every sentence are classes
        // too: one bit test a word instead of a scan of the list.
        let classes: [(u32, Vec<&'static str>); 16] = [
            (class::HOWEVER, vec!["however"]),
            (class::DO, vec!["do", "does", "did"]),
            (class::COPULA, vec!["is", "be", "it's", "isn't", "are"]),
            (class::MODAL, modals),
            (class::WHETHER, vec!["whether"]),
            (class::NUMBER, NUMBER_WORDS.to_vec()),
            (class::MONTH, MONTHS.to_vec()),
            (
                class::TENSE,
                vec!["has", "have", "had", "was", "were", "did"],
            ),
            (class::COUNT, COUNT_WORDS.to_vec()),
            (class::COUNTED, COUNTED_NOUNS.to_vec()),
            (class::CONCESSION, CONCESSION_WORDS.to_vec()),
            (class::DETERMINER, ANAPHORIC_DETERMINERS.to_vec()),
            (class::THAT, vec!["that"]),
            (class::FIRST_PERSON, vec!["i", "i'm", "my"]),
            (class::DENIAL, DENIAL_WORDS.to_vec()),
            (class::RESERVED, vec!["reserved"]),
        ];
        for (bit, words) in classes {
            for word in words {
                matcher.entry(word).class |= bit;
            }
        }
        // Node 0 stands for none: phrases hang from their first word's entry.
        matcher.node();
        for list in phrase_lists() {
            for (position, &phrase) in list.iter().enumerate() {
                // Words are separated by single spaces; an empty word (a
                // double space) has an id that no token is given (the
                // table leaves it out), so such a phrase never matches.
                let mut words = phrase.split(' ');
                let first = words.next().unwrap_or("");
                let mut node = matcher.entry(first).node;
                if node == 0 {
                    node = matcher.node();
                    matcher.entry(first).node = node;
                }
                for word in words {
                    let id = matcher.id(word);
                    node = matcher.child(node, id);
                }
                matcher.nodes[node as usize].owners.push(Hit {
                    list: list_key(list),
                    position: position as u16,
                });
            }
        }
        // A word of the sentence that is one of these needs no look for a digit.
        for (word, &id) in &matcher.by_word {
            if !word.bytes().any(|b| b.is_ascii_digit()) {
                matcher.entries[usize::from(id)].class |= class::NO_DIGIT;
            }
        }
        matcher.table = WordTable::of(matcher.by_word.iter().map(|(&w, &id)| (w, id)));
        matcher
    })
}

/// A lexicon phrase found in a sentence: its list and position there.
#[derive(Debug, Clone, Copy)]
struct Hit {
    list: usize,
    position: u16,
}

/// The words of a sentence and the lexicon phrases found in it.
struct Words<'t> {
    list: Vec<&'t str>,
    /// The matcher's id of each word of `list` (0: a word it does not know).
    ids: Vec<u16>,
    /// The matcher's entries by id, for the [`class`] bits of a word.
    entries: &'static [WordEntry],
    plain: &'t str,
    /// Every (list, position) of every phrase found, a handful per sentence,
    /// in the order of the words they start at.
    hits: Vec<Hit>,
    /// How many of `hits` open the sentence (they come first): the openers
    /// asked of every sentence look at these only.
    opening: usize,
    /// The union of the words' classes: a class no word has needs no scan
    /// of the words.
    seen: u32,
    /// The [`list_bit`]s of the lists of `hits`: a list asked of every
    /// sentence and found in few needs no scan of the hits.
    lists: u64,
}

/// The buffers of one sentence's reading, emptied and kept for the next
/// sentence on the same thread: four allocations a sentence saved. Room
/// beyond [`Scratch::KEEP`] (a huge sentence's) is given back.
#[derive(Default)]
struct Scratch {
    text: String,
    list: Vec<&'static str>,
    ids: Vec<u16>,
    hits: Vec<Hit>,
}

impl Scratch {
    /// Elements of room kept in each buffer between sentences.
    const KEEP: usize = 4096;

    /// Take the thread's buffers (empty ones the first time).
    fn take() -> Scratch {
        SCRATCH.take()
    }

    /// Give a sentence's buffers back to the thread, emptied, keeping at
    /// most [`Scratch::KEEP`] of each one's room.
    fn give_back(mut self) {
        self.text.clear();
        self.list.clear();
        self.ids.clear();
        self.hits.clear();
        self.text.shrink_to(Self::KEEP);
        self.list.shrink_to(Self::KEEP);
        self.ids.shrink_to(Self::KEEP);
        self.hits.shrink_to(Self::KEEP);
        SCRATCH.set(self);
    }
}

thread_local! {
    static SCRATCH: Cell<Scratch> = const {
        Cell::new(Scratch {
            text: String::new(),
            list: Vec::new(),
            ids: Vec::new(),
            hits: Vec::new(),
        })
    };
}

impl<'t> Words<'t> {
    /// The words of `lowered` and the phrases among them, in the emptied
    /// buffers `list`, `ids` and `hits`.
    fn new(
        plain: &'t str,
        lowered: &'t Lowered<'_>,
        mut list: Vec<&'t str>,
        mut ids: Vec<u16>,
        mut hits: Vec<Hit>,
    ) -> Words<'t> {
        let m = matcher();
        // Every word and its id first, in one reading of the text: phrases
        // are then read as ids. A word is five bytes or more with the space
        // after it, so the room for a fifth of the bytes is rarely outgrown.
        let room = lowered.len() / 5 + 1;
        list.reserve(room);
        ids.reserve(room);
        for word in lowered.words() {
            list.push(word);
            ids.push(m.table.get(word));
        }
        // Most sentences have a hit: room taken at once, not grown from empty.
        hits.reserve(8);
        let mut opening = 0;
        let mut seen = 0;
        // Phrases are whole words: at each word, the tree of the phrases
        // that start with it is walked while the next words follow it.
        for (k, &id) in ids.iter().enumerate() {
            if id == 0 {
                continue;
            }
            let entry = &m.entries[usize::from(id)];
            seen |= entry.class;
            let mut node = entry.node;
            let mut next = ids[k + 1..].iter();
            while node != 0 {
                let here = &m.nodes[node as usize];
                // A node inside a phrase owns nothing: no call to extend by nothing.
                if !here.owners.is_empty() {
                    hits.extend_from_slice(&here.owners);
                }
                node = match next.next() {
                    Some(&id) if id != 0 => here.next.iter().find(|n| n.0 == id).map_or(0, |n| n.1),
                    _ => 0,
                };
            }
            if k == 0 {
                opening = hits.len();
            }
        }
        let lists = hits.iter().fold(0, |bits, h| bits | list_bit(h.list));
        Words {
            list,
            ids,
            entries: &m.entries,
            plain,
            hits,
            opening,
            seen,
            lists,
        }
    }

    /// The buffers of the words, ids and hits, emptied, for [`Scratch`].
    fn into_buffers(self) -> (Vec<&'static str>, Vec<u16>, Vec<Hit>) {
        let mut list = self.list;
        list.clear();
        // Emptied, the list borrows nothing: mapped to the same type of
        // element, it is collected in place, its room kept.
        let list = list.into_iter().map(|_| "").collect();
        (list, self.ids, self.hits)
    }

    /// True when word `i` is of class `bit`.
    fn is(&self, i: usize, bit: u32) -> bool {
        self.ids
            .get(i)
            .is_some_and(|&id| self.entries[usize::from(id)].class & bit != 0)
    }

    /// True when some word is of class `bit`.
    fn has(&self, bit: u32) -> bool {
        self.seen & bit != 0
    }

    /// Positions in `list` of its phrases found in the sentence (only those
    /// that open it when `opening`).
    fn positions<'a>(&'a self, list: &[&str], opening: bool) -> impl Iterator<Item = usize> + 'a {
        let key = list_key(list);
        let hits = if opening {
            &self.hits[..self.opening]
        } else {
            &self.hits[..]
        };
        hits.iter()
            .filter(move |h| h.list == key)
            .map(|h| h.position as usize)
    }

    /// True when some phrase of `list` occurs.
    fn any_in(&self, list: &[&str]) -> bool {
        self.positions(list, false).next().is_some()
    }

    /// Every phrase of `list` that occurs, in list order.
    fn all_in(&self, list: &[&'static str]) -> Vec<&'static str> {
        // Most sentences have none: nothing is gathered then.
        if !self.any_in(list) {
            return Vec::new();
        }
        let mut found: Vec<usize> = self.positions(list, false).collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| list[i]).collect()
    }

    /// True when `phrase` of `list` opens the sentence.
    fn starts(&self, list: &[&str], phrase: &str) -> bool {
        self.positions(list, true).any(|i| list[i] == phrase)
    }

    /// The first phrase of `list` that opens the sentence. Single words that
    /// are often something else ("Yes", "First", "Last") need a comma after them.
    // Asked ten times of every sentence, which most often opens with no
    // phrase of the list: that is seen here, inlined, from the few hits
    // that open it, and only a hit of the list is judged by the call.
    #[inline]
    fn opener(&self, list: &[&'static str]) -> Option<&'static str> {
        let key = list_key(list);
        if !self.hits[..self.opening].iter().any(|h| h.list == key) {
            return None;
        }
        self.opener_judged(list)
    }

    /// [`Words::opener`] for a list with a phrase among the hits that open the sentence.
    #[inline(never)]
    fn opener_judged(&self, list: &[&'static str]) -> Option<&'static str> {
        const NEED_COMMA: &[&str] = &[
            "yes",
            "true",
            "sure",
            "certainly",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "last",
            "next",
            "still",
            "rather",
            "instead",
            "also",
            "overall",
            "here",
            "both",
        ];
        // The phrase's words, then a comma: "Yes," but not "Yesterday".
        // Trimmed only for such a phrase: most sentences open with none.
        let then_comma = |phrase: &str| {
            let trimmed = self
                .plain
                .trim_start_matches(['"', '“', '(', '*', '_', ' ']);
            opens_then_comma(trimmed, phrase)
        };
        // The first in list order that passes: the smallest passing position.
        self.positions(list, true)
            .filter(|&i| {
                let phrase = &list[i];
                // (And the longer closing phrases: not "Based on the above
                // figures, X".)
                let long_close =
                    || phrase.ends_with(" above") || *phrase == "to put it in a nutshell";
                if phrase.len() > 17 && long_close() || NEED_COMMA.contains(phrase) {
                    return then_comma(phrase);
                }
                if *phrase == "so" {
                    // "So free transport is fairer": a subject after "So"
                    // draws the conclusion; "So many", "So far", "So do I",
                    // "So when ...", "So late that" draw none.
                    let next = self.list.get(1).copied().unwrap_or("");
                    let after = self.list.get(2).copied().unwrap_or("");
                    // A pronoun, "the", "this" or "there" opens a subject
                    // whatever follows ("So we as a society must").
                    let opens_a_subject = matches!(
                        next,
                        "we" | "i" | "you" | "they" | "it" | "the" | "this" | "there"
                    );
                    return then_comma("so")
                        || opens_a_subject
                        || !next.is_empty()
                            && !NOT_AFTER_SO.contains(&next)
                            && !matches!(after, "that" | "as");
                }
                true
            })
            .min()
            .map(|i| list[i])
    }

    /// The earliest entry of `list` that occurs (list order, not text order).
    fn first_in(&self, list: &[&'static str]) -> Option<&'static str> {
        if self.lists & list_bit(list_key(list)) == 0 {
            return None;
        }
        self.positions(list, false).min().map(|i| list[i])
    }
}

/// Find the cues of one sentence. `plain` is its text without markup,
/// `has_link` whether a link or footnote falls inside it.
pub fn analyse(plain: &str, has_link: bool, weights: &Weights) -> Analysis {
    let scratch = Scratch::take();
    let lowered = Lowered::in_buffer(plain, scratch.text);
    let w = Words::new(plain, &lowered, scratch.list, scratch.ids, scratch.hits);
    // Room for the votes of most sentences, taken at once: the first push
    // into an empty vector went through the growth path (as much memory,
    // more instructions). Eight changed nothing more but the peak RSS.
    let mut a = Analysis {
        cues: Vec::with_capacity(4),
        ..Analysis::default()
    };
    let trimmed = plain.trim();
    a.question = trimmed.ends_with('?');

    if let Some(p) = w.first_in(CAPTION_PHRASES) {
        a.caption = true;
        a.non_argument = Some(format!("caption:{p}"));
    } else if let Some(p) = w.first_in(DISCLAIMER_PHRASES).or_else(|| {
        w.first_in(BOILERPLATE_PHRASES)
            .filter(|_| w.list.len() <= 12)
    }) {
        // Site furniture is short; a long sentence that mentions "log in" is prose.
        a.non_argument = Some(format!("boilerplate:{p}"));
    } else if is_furniture(trimmed, &w) {
        a.caption = true;
        a.non_argument = Some("caption:credit-or-copyright".to_string());
    } else if w.list.len() < 4 && !trimmed.ends_with(['.', '!', '?']) {
        a.non_argument = Some("fragment".to_string());
    } else if is_meta_discourse(&w.list) && !gives_a_stance_after_a_colon(trimmed)
        || points_ahead(&w.list) && !trimmed.contains(':')
    {
        // ("Here's the truth: X", "I will give my honest opinion: X" state
        // X after the colon; "This essay will discuss three things: cost,
        // speed and safety." lists topics.)
        a.non_argument = Some("meta-discourse".to_string());
    } else if trimmed.ends_with(':')
        && w.list.len() <= 12
        && !w
            .list
            .iter()
            .any(|w| matches!(*w, "must" | "should" | "ought"))
    {
        // "A workable scheme needs three parts:" introduces what follows;
        // "The council must do three things:" proposes what its list holds.
        a.non_argument = Some("introduces-list".to_string());
    } else if is_signpost(&w.list) || promises_its_point(&w.list) || announces_a_list(&w.list) {
        a.non_argument = Some("signpost".to_string());
    } else if is_a_reaction(&w.list) {
        a.non_argument = Some("reaction".to_string());
    } else if states_an_open_question(&w.list, trimmed) {
        a.non_argument = Some("open-question".to_string());
    } else if !a.question && is_verbless(&w.list, trimmed) {
        a.non_argument = Some("fragment".to_string());
    }

    markers(&w, weights, &mut a);
    // (A plan needs "I": most sentences have no first person.)
    a.wish = is_wish(&w.list) || w.has(class::FIRST_PERSON) && own_plan(&w.list);
    if let Some(how) = reported_view(&w) {
        a.reported_view = true;
        a.others_view = gives_it_to_others(&w.list);
        a.disputed_view = how == Reported::AtADistance;
        a.add(Cue::bare(CueKind::ReportedView), None, 0.0);
    }
    a.steps_on = steps_on(&w.list);
    a.asks_back = a.question && asks_back(&w.list);
    a.turns = a.inner_turn || has_inner_turn(trimmed);
    if (a.objection || a.concession) && a.turns {
        a.grants_then_turns = true;
        a.add(Cue::bare(CueKind::GrantsThenTurns), None, 0.0);
    }
    // "This is worrying, but" evaluates what it points at; "This may be
    // true, but" grants it.
    a.grants_back = a.turns
        && a.refers_back
        && (w.list.iter().any(|w| {
            matches!(
                *w,
                "true"
                    | "right"
                    | "fair"
                    | "correct"
                    | "valid"
                    | "point"
                    | "so"
                    | "reasonable"
                    | "plausible"
                    | "sensible"
                    | "understandable"
                    | "genuine"
                    | "advantage"
                    | "merit"
                    | "tempting"
                    | "convincing"
            )
        }) || grants_a_share(&w.list));
    modality(&w, weights, &mut a);
    evidence(plain, &w, has_link, weights, &mut a);
    // An example: a marker phrase that opens with "for " ("for example",
    // and also "for this reason") or "such as".
    a.example = a.cues.iter().any(|c| {
        matches!(
            c.cue.kind,
            CueKind::ConclusionMarker | CueKind::Additive | CueKind::EvidenceMarker
        ) && (c.cue.detail().starts_with("for ") || c.cue.detail() == "such as")
    });
    // The words borrow the lowercased text: their buffers are freed of it
    // first.
    let (list, ids, hits) = w.into_buffers();
    Scratch {
        text: lowered.into_buffer(),
        list,
        ids,
        hits,
    }
    .give_back();
    a
}

/// "It is clear that X", "It would be fair to X", "It was a mistake to X":
/// a form of "be" (or a modal before it) straight after "it", and a "that"
/// or "to" a few words on, where the subject the "it" stands for begins.
fn extraposed(words: &[&str]) -> bool {
    const BE: &[&str] = &[
        "is", "was", "would", "will", "could", "can", "may", "might", "should", "must", "seems",
        "seemed", "has", "had", "'s",
    ];
    words.get(1).is_some_and(|w| BE.contains(w))
        && words
            .iter()
            .skip(2)
            .take(6)
            .any(|w| matches!(*w, "that" | "to"))
}

/// A point granted and never turned from is the author's own: "Yes, X." or
/// "Of course X." with no "but", "however" or "yet" after it in the
/// paragraph answers a question or stresses X; only a later turn makes the
/// granted point the other side's ("Yes, X. ... But Y."). `paragraph` holds
/// the analyses of one paragraph in reading order.
pub fn settle_grants(paragraph: &mut [Analysis]) {
    // One pass from the end, so that a long paragraph costs no more than a
    // short one per sentence.
    let mut turn_follows = false;
    for a in paragraph.iter_mut().rev() {
        if a.grant && !a.turns && !turn_follows {
            a.objection = false;
            a.grant = false;
            for v in &mut a.cues {
                if v.cue.kind == CueKind::ObjectionOpener {
                    v.cue.kind = CueKind::UnansweredGrant;
                    v.role = None;
                    v.weight = 0.0;
                }
            }
        }
        turn_follows |= a.contrast || a.turns;
    }
}

/// "Some say X. I disagree with this view. Y.": a bare refusal says no
/// more than that (an essay maps no node for it), and the sentence after it
/// is the answer. `paragraph` holds the analyses of one paragraph in
/// reading order.
pub fn carry_disagreement(paragraph: &mut [Analysis]) {
    for i in 1..paragraph.len() {
        let before = &paragraph[i - 1];
        let next = &paragraph[i];
        // A second view ("Others claim that ...") is no answer to the first.
        let another_view = next.reported_view || next.objection || next.grant;
        if before.disagrees && before.non_argument.as_deref() == Some("reaction") && !another_view {
            paragraph[i].disagrees = true;
        }
    }
}

fn markers(w: &Words, weights: &Weights, a: &mut Analysis) {
    use CueKind as K;
    use NodeKind::*;
    // "Those who oppose it argue that X" gives a view to others; "Those who
    // use it know: X" speaks for the author's side.
    // The verb must give what they hold: "Those who wrote the rules said
    // nothing" or "... tell their friends" reports no view.
    let reports_a_view = |p: &&str| {
        *p != "those who"
            || w.list
                .windows(2)
                .take(10)
                .any(|x| REPORTING_VERBS.contains(&x[0]) && x[1] == "that")
    };
    if let Some(p) = w.opener(OBJECTION_OPENERS).filter(reports_a_view) {
        // Concessive openers ("Although X, Y") keep the author's clause: a weak vote.
        let concessive = matches!(p, "although" | "though" | "even though" | "while some");
        let (kind, weight) = if concessive {
            (K::ConcessiveOpener, Weight::ConcessiveOpener)
        } else {
            (K::ObjectionOpener, Weight::ObjectionOpener)
        };
        a.objection = !concessive;
        a.grant = grant_openers().contains(&p);
        a.add(Cue::with(kind, p), Some(Objection), weights[weight]);
    }
    if let Some(p) = w.first_in(OBJECTION_PHRASES) {
        a.objection = true;
        let weight = weights[Weight::ObjectionPhrase];
        a.add(Cue::with(K::ObjectionPhrase, p), Some(Objection), weight);
    }
    // "X, though." at a sentence's end turns as "However, X." does.
    // Not "as though" or "even though", which end a clause cut short.
    let turns_at_the_end =
        || matches!(w.list[..], [_, _, .., before, "though"] if !matches!(before, "as" | "even"));
    if let Some(p) = w
        .opener(CONTRAST_OPENERS)
        .or_else(|| turns_at_the_end().then_some("though"))
    {
        // "But"/"However" turns from what was said to the author's own point.
        a.contrast = true;
        a.other_hand = matches!(p, "on the other hand" | "in the other hand");
        a.add(
            Cue::with(K::Contrast, p),
            Some(Claim),
            weights[Weight::Contrast],
        );
    }
    if let Some(p) = w.opener(CONCLUSION_OPENERS) {
        a.conclusion = true;
        let weight = weights[Weight::ConclusionMarker];
        a.add(Cue::with(K::ConclusionMarker, p), Some(Claim), weight);
    }
    if let Some(p) = w.first_in(STANCE_PHRASES) {
        a.stance = true;
        a.add(
            Cue::with(K::Stance, p),
            Some(Claim),
            weights[Weight::Stance],
        );
    } else if let Some(p) = w.opener(STANCE_OPENERS) {
        a.stance = true;
        a.add(
            Cue::with(K::Stance, p),
            Some(Claim),
            weights[Weight::Stance],
        );
    } else if let Some(form) = open_stance(w) {
        a.stance = true;
        a.add(
            Cue::with(K::OpenStance, form),
            Some(Claim),
            weights[Weight::Stance],
        );
    }
    if let Some(p) = w.first_in(CERTAINTY_PHRASES) {
        a.certainty = true;
        a.add(
            Cue::with(K::Certainty, p),
            Some(Claim),
            weights[Weight::Certainty],
        );
    }
    if let Some(p) = w
        .first_in(INNER_CONCLUSION_WORDS)
        .filter(|p| !w.starts(INNER_CONCLUSION_WORDS, p))
    {
        a.inner_conclusion = true;
        let weight = weights[Weight::InnerConclusion];
        a.add(Cue::with(K::InnerConclusion, p), Some(Claim), weight);
    }
    if !a.contrast && w.has(class::HOWEVER) && (1..w.list.len()).any(|i| w.is(i, class::HOWEVER)) {
        // "X, however, is considerable": a turn inside the sentence; whether
        // it raises or answers an objection depends on the sentence before.
        a.inner_turn = true;
        a.add(Cue::bare(K::InnerTurn), None, 0.0);
    }
    // "It is not true that X, but Y" denies X: no grant.
    let negated = |i: usize| w.list[..i].iter().any(|x| negates(x));
    if (0..4).any(|i| w.is(i, class::CONCESSION) && !negated(i)) {
        a.concession = true;
    }
    a.disagrees = disagrees(&w.list)
        || matches!(w.list[..], ["not", "so" | "quite"])
        || faults_the_view(&w.list)
        || w.has(class::DENIAL) && denies(&w.list)
        || holds_only_if(&w.list);
    if let Some(p) = w.opener(JOINING_OPENERS) {
        a.joining = true;
        a.add(Cue::with(K::Joining, p), None, 0.0);
    }
    if let Some(i) = emphatic_do(w) {
        // "Patients do often report ...": conceding what others stress.
        let cue = Cue::with(K::EmphaticDo, owned(w.list[i]));
        a.add(cue, Some(Objection), weights[Weight::EmphaticDo]);
    }
    if let Some(p) = w.opener(ADDITIVE_OPENERS) {
        a.additive = true;
        a.add(
            Cue::with(K::Additive, p),
            Some(Claim),
            weights[Weight::Additive],
        );
    }
    if let Some(p) = w.opener(ORDINAL_OPENERS) {
        a.ordinal = true;
        a.opens_a_count = p.starts_with("first");
        a.add(
            Cue::with(K::Ordinal, p),
            Some(Claim),
            weights[Weight::Ordinal],
        );
    }
    let counted = counts_things(w);
    a.names_its_count = counted == Some(Counted::Here);
    if counted == Some(Counted::Ahead) || w.plain.trim_end().ends_with(':') {
        a.announcer = true;
        a.add(
            Cue::bare(K::Announcer),
            Some(Claim),
            weights[Weight::Announcer],
        );
    }
    a.explains_previous = explains_previous(&w.list);
    // (Only a sentence with an additive word anywhere is read for it: most
    // have none, and their flag costs one bit test.)
    a.also = w.lists & list_bit(list_key(ADDITIVE_OPENERS)) != 0
        && w.list.iter().take(4).any(|w| *w == "also");
    a.another_example = matches!(w.list[..], ["another", "example" | "instance" | "case", ..]);
    if let Some(p) = w.opener(ANAPHORA_OPENERS) {
        a.anaphora = true;
        a.refers_back = !(p == "it" && extraposed(&w.list));
        a.add(Cue::with(K::Anaphora, p), None, 0.0);
    } else if let Some(p) = (0..4)
        .find(|&i| w.is(i, class::DETERMINER))
        .and_then(|i| ANAPHORIC_DETERMINERS.iter().find(|d| **d == w.list[i]))
    {
        a.anaphoric_determiner = true;
        a.add(Cue::with(K::AnaphoricDeterminer, *p), None, 0.0);
    }
    if let Some(p) = w.opener(CONDITIONAL_OPENERS) {
        a.conditional = true;
        let weight = weights[Weight::Conditional];
        a.add(Cue::with(K::Conditional, p), Some(Claim), weight);
    }
    let evaluative: Vec<&'static str> = w
        .all_in(EVALUATIVE_WORDS)
        .into_iter()
        .filter(|e| !JUDGING_SUPERLATIVES.contains(e) || superlative_judges(&w.list, e))
        .take(3)
        .collect();
    for e in evaluative {
        a.add(
            Cue::with(K::Evaluative, e),
            Some(Claim),
            weights[Weight::Evaluative],
        );
    }
    if w.any_in(JUDGEMENT_FRAMES) && judged(w) {
        a.judgement = true;
        a.add(
            Cue::bare(K::Judgement),
            Some(Claim),
            weights[Weight::Judgement],
        );
    }
    if let Some(h) = w.first_in(HEDGES) {
        a.add(Cue::with(K::Hedge, h), Some(Claim), weights[Weight::Hedge]);
    }
    if w.any_in(NEGATED_CLAIM_PHRASES) {
        let weight = weights[Weight::NegatedClaim];
        a.add(Cue::bare(K::NegatedClaim), Some(Claim), weight);
    }
}

/// A word of the essay as a cue's detail.
fn owned(word: &str) -> CueDetail {
    CueDetail::Owned(word.to_string())
}

/// The decimal digits of 0 to 2100, one number after another ("0123...").
/// Built at compile time: most figures, years and counts of names are such
/// a number, and a cue detail borrowed from here is neither allocated when
/// the cue is made nor when a unit copies its cues.
static NUMBERS: [u8; 7294] = {
    let mut digits = [0; 7294];
    let (mut v, mut at) = (0, 0);
    while v <= 2100 {
        let len = number_len(v);
        let (mut k, mut rest) = (len, v);
        while k > 0 {
            k -= 1;
            digits[at + k] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        at += len;
        v += 1;
    }
    digits
};

/// How many digits `v` (at most 2100) has in [`NUMBERS`].
const fn number_len(v: usize) -> usize {
    match v {
        0..10 => 1,
        10..100 => 2,
        100..1000 => 3,
        _ => 4,
    }
}

/// `v` in decimal, from [`NUMBERS`] when it is at most 2100.
fn number_text(v: usize) -> Option<&'static str> {
    let at = match v {
        0..10 => v,
        10..100 => 10 + (v - 10) * 2,
        100..1000 => 190 + (v - 100) * 3,
        1000..=2100 => 2890 + (v - 1000) * 4,
        _ => return None,
    };
    let digits: &'static [u8] = &NUMBERS[at..at + number_len(v)];
    std::str::from_utf8(digits).ok()
}

/// A word of digits as a cue's detail: borrowed from [`NUMBERS`] when it is
/// such a number written plainly (no leading zero), else copied.
fn number_detail(word: &str) -> CueDetail {
    let bytes = word.as_bytes();
    let plain = match bytes {
        [b'0'] => true,
        [b'1'..=b'9', rest @ ..] => rest.len() < 4 && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    let value = || (bytes.iter()).fold(0, |v, &d| v * 10 + usize::from(d - b'0'));
    match plain.then(value).and_then(number_text) {
        Some(text) => CueDetail::Borrowed(text),
        None => owned(word),
    }
}

/// The author taking a position in words no list can hold ("I would
/// contend that", "I am firmly convinced that", "I side with", "my view is
/// that"): the first person early in the sentence, then, past adverbs and
/// auxiliaries, a present verb or a participle with a "that"-clause, a verb of
/// taking sides, or a possessive noun of position with "is". Returns the
/// form that matched, for the cue's name.
fn open_stance(w: &Words) -> Option<&'static str> {
    // Every form needs "my", "i" or "i'm": most sentences have none.
    if !w.has(class::FIRST_PERSON) {
        return None;
    }
    let list = &w.list[..];
    let early = list.len().min(8);
    if let Some(k) = (0..early).find(|&k| list[k] == "my") {
        // "my own view is", "my personal opinion is".
        let k = if matches!(list.get(k + 1), Some(&("own" | "personal" | "humble"))) {
            k + 1
        } else {
            k
        };
        let noun = list.get(k + 1).copied().unwrap_or("");
        let is = list.get(k + 2).copied().unwrap_or("");
        if POSITION_NOUNS.contains(&noun) && matches!(is, "is" | "remains") {
            return Some("my-position-is");
        }
    }
    let k = (0..early).find(|&k| matches!(list[k], "i" | "i'm"))?;
    let mut i = k + 1;
    let mut participle_ok = list[k] == "i'm";
    let mut led = false;
    while let Some(&word) = list.get(i) {
        let adverb = word.len() > 3 && word.ends_with("ly") && word != "only";
        // Negation keeps a position ("I do not agree", "I can't accept
        // that"), and so do the verbs that lead to the one that holds it
        // ("I tend to agree", "I would like to argue that", "I am inclined
        // to believe that", "I must say that"); "tend", "like" and
        // "inclined" lead only with their "to" ("I like films that ..."
        // names no position).
        let leading = matches!(word, "not" | "don't" | "cannot" | "can't" | "can" | "must")
            || matches!(word, "tend" | "like" | "inclined") && list.get(i + 1) == Some(&"to")
            || word == "to" && i > k + 1 && matches!(list[i - 1], "tend" | "like" | "inclined");
        led |= leading;
        if matches!(
            word,
            "am" | "would" | "do" | "also" | "still" | "personally" | "really"
        ) || adverb
            || leading
        {
            participle_ok |= word == "am";
            i += 1;
        } else {
            break;
        }
    }
    let verb = *list.get(i)?;
    let next = list.get(i + 1).copied().unwrap_or("");
    // After a negation or "can"/"must", a verb of granting concedes ("I
    // must admit that", "I cannot deny that"), and one of knowing or
    // feeling takes no side ("I can't believe that he left", "I don't
    // mind that").
    let no_side = matches!(
        verb,
        "admit"
            | "deny"
            | "confess"
            | "concede"
            | "know"
            | "mind"
            | "forget"
            | "imagine"
            | "understand"
            | "wait"
            | "stand"
    ) || verb == "believe"
        && list[k + 1..i]
            .iter()
            .any(|w| matches!(*w, "can't" | "cannot"));
    if led && no_side {
        return None;
    }
    if SIDE_TAKING_VERBS.contains(&verb) {
        return Some("first-person-side");
    }
    if participle_ok && matches!(verb, "for" | "against" | "in" | "of" | "on") {
        // "I am for X", "I am in favour of", "I am of the opinion that".
        return Some("first-person-side");
    }
    // "I hold the view that", "I share the opinion that", "I take the
    // position that": a position named between the verb and its clause.
    let named = match list.get(i + 1..i + 4) {
        Some([article, noun, that]) => {
            matches!(*article, "the" | "this" | "a")
                && POSITION_NOUNS.contains(noun)
                && *that == "that"
        }
        _ => false,
    };
    // "I heard the view that X" reports one.
    if named && !verb.ends_with("ed") && !NARRATIVE_VERBS.contains(&verb) {
        return Some("first-person-position");
    }
    let past = verb.ends_with("ed") || NARRATIVE_VERBS.contains(&verb);
    if next == "that" && (!past || participle_ok) && !NARRATIVE_VERBS.contains(&verb) {
        return Some("first-person-that");
    }
    None
}

/// The author's wish or plan for the future: "I hope (that) ...", "We wish
/// ...", "I am planning to ...", or after a time opener ("Next time", "Next
/// summer", "One day") a first person who will or plans to act.
fn is_wish(list: &[&str]) -> bool {
    match list {
        ["next" | "one", _, "i" | "we", rest @ ..] => matches!(
            rest,
            ["will" | "hope" | "wish" | "plan", ..] | ["am" | "are", "planning" | "going", ..]
        ),
        ["i" | "we", rest @ ..] => {
            matches!(
                rest,
                ["hope" | "wish", ..]
                    | ["am" | "are", "planning", ..]
                    | ["am" | "are", "already" | "now" | "also", "planning", ..]
                    | ["plan", "to", ..]
            )
            // "I am sure that I will move to a city myself": the author's
            // own life to come, not a point about the topic.
            || rest.contains(&"will") && rest.iter().any(|w| matches!(*w, "myself" | "ourselves"))
        }
        _ => false,
    }
}

/// The author's own life to come, told in the first person with "my" or
/// "me" ("I will keep my sofa and my streaming account!", "Next time I
/// travel I will try to leave my phone in my pocket", "Maybe when I am
/// older I will try my own business"): a plan, not a point about the
/// topic. Not what the essay will do ("I will explain my reasons below").
fn own_plan(list: &[&str]) -> bool {
    let Some(at) = list
        .windows(2)
        .position(|w| matches!(w, ["i", "will"]) || w[0] == "i'll")
    else {
        return false;
    };
    let verb = list[at + 1..]
        .iter()
        .copied()
        .find(|w| !matches!(*w, "will" | "also" | "then" | "now" | "first" | "briefly"));
    let announces = verb.is_some_and(|v| {
        matches!(
            v,
            "explain"
                | "show"
                | "argue"
                | "discuss"
                | "give"
                | "present"
                | "prove"
                | "demonstrate"
                | "describe"
                | "outline"
                | "consider"
                | "look"
                | "examine"
                | "focus"
        )
    });
    !announces && list.iter().any(|w| matches!(*w, "my" | "me" | "myself"))
}

/// A count of the things it will list: a count word and, within the next
/// three words, a counted noun ("There are three reasons", "several
/// important benefits"), or a word that is both ("twofold"). Read from the
/// word classes ([`class::COUNT`], [`class::COUNTED`]).
fn counts_things(w: &Words) -> Option<Counted> {
    if !w.has(class::COUNT) || !w.has(class::COUNTED) {
        return None;
    }
    // "They learn many things, like sharing": the items follow in the
    // sentence itself, none are promised to the sentences after it.
    let named_here = |j: usize| {
        matches!(
            w.list.get(j + 1..j + 3),
            Some(["like" | "including", ..] | ["such", "as"])
        )
    };
    let mut counted = (0..w.list.len())
        .filter(|&i| w.is(i, class::COUNT))
        .flat_map(|i| (i..i + 4).filter(|&j| w.is(j, class::COUNTED)));
    let first = counted.next()?;
    Some(if named_here(first) && counted.all(named_here) {
        Counted::Here
    } else {
        Counted::Ahead
    })
}

/// Where a counting sentence's items are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    /// In the sentences to come: "There are three reasons for this."
    Ahead,
    /// In the sentence itself: "Cities face several problems such as noise."
    Here,
}

/// How a sentence gives a view to others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reported {
    /// Held at a distance: "Opponents insist that X", "We are told that X".
    AtADistance,
    /// Given plainly, a view the author may share: "Parents say that X".
    Plainly,
}

/// A view the sentence gives to others, and how: a frame of saying with
/// "that" ([`saying_verb`], a view named or said to exist, "We are told
/// that"), or a subject that names other people (a quantifier or a word for
/// a side: "Some managers", "Many parents", "Opponents", "Those who ..."),
/// no first person before the verb, then within six words a verb of saying
/// or thinking ("claim", "insist").
fn reported_view(w: &Words) -> Option<Reported> {
    let list = &w.list[..];
    let first = list.first()?;
    let how = |distant: bool| {
        if distant {
            Reported::AtADistance
        } else {
            Reported::Plainly
        }
    };
    // Every frame needs a "that": most sentences have none and skip their scans.
    if w.has(class::THAT) {
        if let Some(v) = saying_verb(list) {
            return Some(how(DISTANCING.contains(&list[v]) || likes_to_say(list, v)));
        }
        if told_that(list) {
            return Some(Reported::AtADistance);
        }
        if names_the_other_sides_view(list) || a_view_there_is(list) || someones_view_is(list) {
            return Some(Reported::Plainly);
        }
    }
    if !OTHERS.contains(first) {
        return None;
    }
    list.iter()
        .take(7)
        .skip(1)
        .take_while(|w| !matches!(**w, "i" | "we" | "my" | "our"))
        .any(|w| REPORTING_VERBS.contains(w))
        .then_some(Reported::Plainly)
}

/// [`OTHERS_SUBJECTS`] as a set: asked of every sentence's first word.
static OTHERS: WordSet = WordSet::of(OTHERS_SUBJECTS);

/// True when a superlative of [`JUDGING_SUPERLATIVES`] qualifies a choice
/// within three words ("the cheapest and fairest way", "the simplest
/// answer", "remains the safest way"): a judgement. One that picks out a
/// thing ("The cheapest flight costs £400.", "It was the cheapest house on
/// the street.") reports.
fn superlative_judges(list: &[&str], superlative: &str) -> bool {
    list.iter().enumerate().any(|(i, w)| {
        *w == superlative
            && list[i + 1..]
                .iter()
                .take(3)
                .any(|n| JUDGED_CHOICES.contains(n))
    })
}

/// True when the words before a colon end on a noun of a stance ("I will
/// give my honest opinion: X"): what follows the colon is argued.
fn gives_a_stance_after_a_colon(trimmed: &str) -> bool {
    trimmed.split_once(':').is_some_and(|(before, _)| {
        before.split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "opinion" | "view" | "answer" | "position" | "verdict"
            )
        })
    })
}

/// True when a reported view's holders are people the text does not name:
/// a subject that opens with "Some", "Many", "People", "Critics",
/// "Opponents" ... ("People who prefer the office argue"), not a
/// profession the author may cite ("Economists who have studied X say").
fn gives_it_to_others(list: &[&str]) -> bool {
    list.first().is_some_and(|w| OTHERS.contains(w))
}

/// "Then the harbour silted up.", "After that, ...": a sentence that opens
/// with a step in time, as a story's do; counted points open "Second".
fn steps_on(list: &[&str]) -> bool {
    // Not "Later generations", "Eventually, X will pay", "Then, as now,":
    // words that order points as often as steps.
    // "After that, the bank closed", not "After that vote, X".
    let subject = |w: &str| {
        matches!(
            w,
            "the"
                | "a"
                | "an"
                | "we"
                | "they"
                | "he"
                | "she"
                | "it"
                | "i"
                | "our"
                | "their"
                | "his"
                | "her"
        )
    };
    matches!(list, ["then", next, ..] if *next != "as")
        || matches!(list, ["afterwards", ..])
        || matches!(list, ["after" | "soon", "that" | "after", next, ..] if subject(next))
}

/// "Has he tried?", "Do they ever ask?": a question the author puts back
/// to what was said, yes or no, not one the paragraph goes on to answer
/// ("Why does this matter? Because ...").
fn asks_back(list: &[&str]) -> bool {
    matches!(
        list.first().copied(),
        Some(
            "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "do"
                | "does"
                | "did"
                | "can"
                | "could"
                | "will"
                | "would"
                | "should"
        )
    )
}

/// "There is also the concern that X", "Then there's the argument you hear
/// from drivers, that X": a sentence that says a view exists, in a noun
/// that names one, soon after "there is", and then gives it. Nobody in the
/// first person holds it, and "There is no argument that X" denies it.
fn a_view_there_is(list: &[&str]) -> bool {
    let Some(t) = list
        .iter()
        .take(3)
        .position(|w| matches!(*w, "there" | "there's" | "theres"))
    else {
        return false;
    };
    let mut rest = &list[t + 1..];
    if list[t] == "there" {
        match rest.first() {
            Some(&("is" | "are" | "was" | "were")) => rest = &rest[1..],
            _ => return false,
        }
    }
    let Some(that) = rest.iter().take(12).position(|w| *w == "that") else {
        return false;
    };
    let between = &rest[..that];
    let names_a_view = between.iter().take(4).any(|w| {
        matches!(
            *w,
            "argument"
                | "arguments"
                | "claim"
                | "claims"
                | "view"
                | "views"
                | "belief"
                | "idea"
                | "objection"
                | "concern"
                | "concerns"
                | "worry"
                | "fear"
                | "fears"
                | "notion"
                | "assumption"
                | "complaint"
                | "criticism"
        )
    });
    // "There is a concern that I share", "There is a strong argument that
    // X": the author's own.
    let relative = matches!(rest.get(that + 1), Some(&("i" | "we" | "you")));
    names_a_view
        && !relative
        && !between.iter().any(|w| {
            matches!(
                *w,
                "no" | "little"
                    | "not"
                    | "i"
                    | "we"
                    | "my"
                    | "our"
                    | "me"
                    | "us"
                    | "strong"
                    | "good"
                    | "compelling"
                    | "convincing"
                    | "persuasive"
                    | "powerful"
                    | "sound"
            )
        })
}

/// "We are told that X", "We keep being told that X": a view given to
/// whoever told it, not the author's. ("It is often said that X" is left
/// to the author: it introduces received wisdom as often as a view.)
fn told_that(list: &[&str]) -> bool {
    let Some(t) = list.iter().take(7).position(|w| *w == "that") else {
        return false;
    };
    let frame = &list[..t];
    let passive = |verbs: &[&str]| {
        frame.len() >= 3
            && verbs.contains(&frame[t - 1])
            && frame[1..t - 1].iter().all(|w| {
                matches!(
                    *w,
                    "are" | "were" | "is" | "was" | "have" | "has" | "been" | "being" | "keep"
                ) || w.ends_with("ly")
                    || matches!(*w, "also" | "still" | "now" | "often" | "sometimes")
            })
    };
    match frame.first() {
        Some(&("we" | "you")) => passive(&["told"]),
        // "We're told that X": the contraction holds the "are".
        Some(&("we're" | "we’re" | "you're" | "you’re")) => {
            frame.len() >= 2
                && frame[t - 1] == "told"
                && frame[1..t - 1]
                    .iter()
                    .all(|w| w.ends_with("ly") || matches!(*w, "also" | "still" | "now" | "often"))
        }
        _ => false,
    }
}

/// "The company's line is that X", "Her view is that X": a view that a
/// possessive gives to someone other than the author.
fn someones_view_is(list: &[&str]) -> bool {
    let Some(k) = list
        .iter()
        .take(8)
        .position(|w| matches!(*w, "is" | "was"))
        .filter(|&k| k >= 2 && list.get(k + 1) == Some(&"that"))
    else {
        return false;
    };
    // The possessive opens the subject ("Her view is", "The company's line
    // is"), not "The flaw in the operator's argument is".
    if k > 3 || k == 3 && list[0] != "the" {
        return false;
    }
    let noun = list[k - 1];
    let owner = list[k - 2];
    let someone_elses = matches!(owner, "his" | "her" | "their")
        || (owner.ends_with("'s") || owner.ends_with("’s"))
            && !matches!(
                owner,
                "it's" | "that's" | "what's" | "there's" | "here's" | "one's"
            );
    someone_elses
        && matches!(
            noun,
            "view" | "line" | "argument" | "position" | "case" | "claim" | "belief" | "answer"
        )
}

/// "A common objection is that X", "The usual complaint from drivers is
/// that X", "The main argument against the plan is that X": a copular frame
/// whose subject names a view raised against something, not by the author.
fn names_the_other_sides_view(list: &[&str]) -> bool {
    let Some(k) = list
        .iter()
        .take(12)
        .position(|w| matches!(*w, "is" | "was"))
        .filter(|&k| list.get(k + 1) == Some(&"that"))
    else {
        return false;
    };
    let subject = &list[..k];
    let against = subject
        .windows(2)
        .any(|w| matches!(w[0], "argument" | "arguments" | "case") && w[1] == "against");
    let objecting = subject.iter().any(|w| {
        matches!(
            *w,
            "objection" | "complaint" | "criticism" | "worry" | "concern" | "fear"
        )
    });
    (against || objecting)
        && !subject
            .iter()
            .any(|w| matches!(*w, "i" | "we" | "my" | "our" | "me" | "us"))
}

/// "I disagree ...", "I do not agree ...", "I cannot agree ...": the first
/// person refusing a view, in its first words.
fn disagrees(list: &[&str]) -> bool {
    let Some(i) = list.iter().take(4).position(|w| *w == "i") else {
        return false;
    };
    let rest = &list[i + 1..];
    let within = |n: usize, word: &str| rest.iter().take(n).any(|w| *w == word);
    let negated = rest
        .iter()
        .take(2)
        .any(|w| matches!(*w, "not" | "don't" | "cannot" | "can't"));
    within(2, "disagree") || (negated && within(3, "agree"))
}

/// "Ministers like to suggest that X", "Critics love to say that X": a
/// habit of saying it, which the author reports at a distance.
fn likes_to_say(list: &[&str], v: usize) -> bool {
    v >= 2 && list[v - 1] == "to" && matches!(list[v - 2], "like" | "likes" | "love" | "loves")
}

/// Verbs of saying that leave a claim to its holder: the author reports it
/// at a distance ("Opponents insist that X"), as "say" or "warn" need not.
const DISTANCING: &[&str] = &[
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "contend",
    "contends",
    "maintain",
    "maintains",
    "complain",
    "complains",
    "object",
    "objects",
    "objected",
    "counter",
    "counters",
    "countered",
    "claiming",
    "insisting",
    // A reply answers the author: "Zoo people reply that X", "Some
    // processors will answer that X".
    "reply",
    "replies",
    "replied",
    "answer",
    "answers",
    "answered",
    "respond",
    "responds",
    "responded",
    "retort",
    "retorts",
    "retorted",
];

/// Where the verb of saying is in a frame that gives a view to others,
/// when the sentence has one: "Business groups warn that X", "The
/// ministers have said that X": a subject of a few words with no first or
/// second person, then a verb of saying (not of thinking or showing:
/// "Studies suggest that" is evidence) and "that".
fn saying_verb(list: &[&str]) -> Option<usize> {
    // Besides those of [`DISTANCING`].
    const SAYING: &[&str] = &[
        "fear", "fears", "feared", "worry", "worries", "worried", "say", "says", "said", "saying",
        "argue", "argues", "argued", "arguing", "warn", "warns", "warned", "warning",
    ];
    // Asked of every sentence: "that" first (one short compare a word),
    // the verb before it only then.
    // Twelve words to "that" (a subject may hold a relative clause: "Many
    // parents who start work at seven say that"), or sixteen for a letter's
    // "Your article of 4 May quotes X as saying that".
    let v = list
        .iter()
        .take(16)
        .position(|w| *w == "that")
        .and_then(|t| t.checked_sub(1))
        // "They point out, too, that X": past an adverb, and "out" to its verb.
        .map(|v| match list[v] {
            "too" | "also" if v > 0 => v - 1,
            _ => past_a_time(list, v),
        })
        .map(|v| match list[v] {
            "out" if v > 0 && list[v - 1].starts_with("point") => v - 1,
            _ => v,
        })
        // "The only answer that works", "a warning that X": a noun, not a verb.
        .filter(|&v| {
            v == 0
                || !(super::lexicon::opens_a_noun_phrase(list[v - 1])
                    || matches!(
                        list[v - 1],
                        "only" | "best" | "this" | "that" | "no" | "every"
                    ))
        })
        .filter(|&v| {
            SAYING.contains(&list[v])
                || DISTANCING.contains(&list[v])
                || list[v].starts_with("point") && list.get(v + 1) == Some(&"out")
                || likes_to_say(list, v) && REPORTING_VERBS.contains(&list[v])
        })
        .filter(|&v| {
            // Past nine words only a subject that holds a relative clause
            // ("Many parents who start work at seven say that"): "X fell
            // after the council warned that Y" reports no view.
            let relative = || list[..v].iter().any(|w| matches!(*w, "who" | "which"));
            // "The former chair of the chamber of commerce insists that X"
            // holds its view at a distance whatever its length.
            let long_subject = || relative() || DISTANCING.contains(&list[v]);
            let subordinate = || {
                list[..v].iter().any(|w| {
                    matches!(
                        *w,
                        "after" | "before" | "when" | "because" | "since" | "until" | "if" | "once"
                    )
                })
            };
            // "Sheriffs have lined up against the bill, arguing that X":
            // a participle follows its clause, however long.
            let participle = list[v].ends_with("ing") && list[v] != "saying";
            v < 9
                || v < 12 && long_subject() && !subordinate()
                || participle && !subordinate()
                || list[v] == "saying" && list[v - 1] == "as"
        })?;
    // "The old saying that X" names a proverb; "can easily counter that
    // worry" is the author's own verb.
    let before = |k: usize| v.checked_sub(k).map_or("", |b| list[b]);
    if list[v] == "saying"
        && !matches!(
            before(1),
            "as" | "was" | "were" | "is" | "are" | "been" | "keep" | "keeps" | "kept"
        )
    {
        return None;
    }
    if list[v].starts_with("counter")
        && [before(1), before(2)].iter().any(|w| {
            matches!(
                *w,
                "to" | "can" | "could" | "will" | "would" | "should" | "must" | "may" | "might"
            )
        })
    {
        return None;
    }
    let others = v > 0
        && !list[..v].iter().any(|w| {
            matches!(
                *w,
                "i" | "we" | "you" | "me" | "us" | "my" | "our" | "it" | "this" | "there" | "one"
            )
        });
    others.then_some(v)
}

/// The word before a time said between a verb and its "that" ("warned on
/// Tuesday that", "said last week that", "argued this morning that",
/// "claimed in March that", "said in 2019 that", "said two weeks ago
/// that", "claimed at the time that"), or `v` itself when the words ending
/// at `v` tell no time. A time is a word that names one (or an adverb of
/// when and how often the view was given: "said repeatedly that"), with up
/// to two words of its phrase before it ("earlier this year", "at the
/// weekend", "two weeks ago").
fn past_a_time(list: &[&str], v: usize) -> usize {
    // Besides [`TIME_WORDS`]: plurals, days named by their distance, and
    // adverbs of when and how often.
    const TIMES: &[&str] = &[
        "weeks",
        "months",
        "years",
        "today",
        "yesterday",
        "tonight",
        "ago",
        "recently",
        "repeatedly",
        "publicly",
    ];
    const PHRASE: &[&str] = &[
        "on", "last", "this", "earlier", "in", "at", "the", "next", "a",
    ];
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let names_a_time =
        |w: &str| TIMES.contains(&w) || TIME_WORDS.contains(&w) || MONTHS.contains(&w) || year(w);
    if v == 0 || !names_a_time(list[v]) {
        return v;
    }
    // "two weeks ago": a count and a span before "ago" are the phrase's too.
    let in_phrase = |w: &str| PHRASE.contains(&w) || NUMBER_WORDS.contains(&w) || names_a_time(w);
    let mut k = v;
    while k > 0 && v - k < 3 && in_phrase(list[k - 1]) {
        k -= 1;
    }
    k.saturating_sub(1)
}

/// A word that every denial of [`denies`] holds.
const DENIAL_WORDS: &[&str] = &[
    "way",
    "opposite",
    "reverse",
    "out",
    "wrong",
    "mistaken",
    "true",
    "myth",
    "otherwise",
    "up",
    "truth",
];

/// "The evidence points the other way", "The figures do not bear this out",
/// "That is simply wrong": what was said before, denied without a turn.
fn denies(list: &[&str]) -> bool {
    // A word every denial holds, before any phrase (the caller has seen
    // one through [`class::DENIAL`] already, most sentences have none).
    if !list.iter().any(|w| DENIAL_WORDS.contains(w)) {
        return false;
    }
    let negated = |i: usize| {
        list[..i]
            .iter()
            .rev()
            .take(3)
            .any(|w| matches!(*w, "not" | "doesn't" | "don't" | "didn't" | "never"))
    };
    list.windows(2).enumerate().any(|(i, pair)| match pair {
        ["other", "way"] => i > 0 && list[i - 1] == "the",
        ["the", "opposite" | "reverse"] => true,
        ["this" | "that" | "it", "out"] => {
            i > 0 && matches!(list[i - 1], "bear" | "bears") && negated(i)
        }
        ["is" | "are" | "was" | "were", "wrong" | "mistaken" | "untrue"] => true,
        // "That is simply wrong", but not "It is not wrong to ...".
        ["is" | "are" | "was" | "were", between] => {
            !matches!(*between, "not" | "never" | "hardly")
                && matches!(
                    list.get(i + 2).copied(),
                    Some("wrong" | "mistaken" | "untrue")
                )
        }
        ["not", "true"] => true,
        ["a", "myth"] => true,
        ["hold" | "holds" | "stand" | "stands" | "add" | "adds", "up"] => negated(i),
        [_, "otherwise"] => i + 2 == list.len(),
        // "Nothing could be further from the truth."
        ["from", "the"] => i > 0 && list[i - 1] == "further" && list.get(i + 2) == Some(&"truth"),
        _ => false,
    })
}

/// "This ignores X", "That argument misses X", "That advice assumes X": the
/// view just given, pointed back at and faulted.
fn faults_the_view(list: &[&str]) -> bool {
    const FAULTS: &[&str] = &[
        "ignores",
        "misses",
        "overlooks",
        "forgets",
        "neglects",
        "assumes",
        "ignored",
        "missed",
        "overlooked",
    ];
    matches!(list.first(), Some(&("this" | "that" | "such")))
        && list.iter().skip(1).take(2).any(|w| FAULTS.contains(w))
}

/// "That would be more convincing if X", "The argument would carry more
/// weight if X": what was said, granted only on a condition the author goes
/// on to deny.
fn holds_only_if(list: &[&str]) -> bool {
    // "The argument would ...", not "The purchase would carry more weight
    // if X": after "the" or "such", a noun of a view.
    let pointed = match list {
        ["this" | "that" | "it", ..] => true,
        ["the" | "such", noun, ..] => matches!(
            *noun,
            "argument" | "claim" | "case" | "point" | "view" | "idea" | "objection"
        ),
        _ => false,
    };
    // "more convincing", "carry more weight": a degree, not "It would force
    // the operator to sell if X".
    pointed
        && list.iter().take(4).any(|w| *w == "would")
        && list.iter().take(9).any(|w| *w == "if")
        && list.windows(2).take(7).any(|w| {
            matches!(w[0], "more" | "less")
                && matches!(
                    w[1],
                    "convincing" | "persuasive" | "weight" | "plausible" | "credible" | "force"
                )
        })
}

/// ", but Y" / ", yet Y" / "; however, Y" / "; but Y" after the first few
/// words.
fn has_inner_turn(sentence: &str) -> bool {
    // Every pattern starts at a comma or semicolon, so only those places are
    // compared (this runs on every sentence; no lowercase copy is made).
    const TURNS: [&[u8]; 5] = [
        b", but ",
        b", yet ",
        b"; however",
        b", however, ",
        b"; but ",
    ];
    let bytes = sentence.as_bytes();
    let at = |t: &[u8], i: usize| {
        bytes
            .get(i..i + t.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(t))
    };
    // The first occurrence of a pattern decides, as a search would: one
    // pass over the commas tries every pattern at each, and a pattern first
    // found too early (bit k of `early`) is not tried again.
    let mut early = 0u8;
    for i in memchr::memchr2_iter(b',', b';', bytes) {
        for (k, t) in TURNS.iter().enumerate() {
            if early & (1 << k) == 0 && at(t, i) {
                if i > 10 {
                    return true;
                }
                early |= 1 << k;
            }
        }
    }
    false
}

/// The text talking about itself: "In this essay I will give three reasons
/// for my view.", "The following paragraphs will show why." It opens by
/// naming the essay or its parts, promises what they will do, and states no
/// proposition of its own (no "that"-clause: "In this essay I will argue
/// that X" holds the thesis X).
pub(super) fn is_meta_discourse(list: &[&str]) -> bool {
    const PARTS: &[&str] = &[
        "essay",
        "paper",
        "article",
        "text",
        "paragraphs",
        "sections",
        "memo",
        "report",
        "post",
    ];
    // What a text does as the reader reads it: "This memo summarizes X".
    const PRESENTS: &[&str] = &[
        "gives",
        "shows",
        "explains",
        "discusses",
        "examines",
        "looks",
        "presents",
        "outlines",
        "describes",
        "explores",
        "considers",
        "lists",
        "sets",
        "offers",
        "provides",
        "summarizes",
        "summarises",
        "reviews",
    ];
    const PRESENTING: &[&str] = &[
        "give", "show", "explain", "discuss", "examine", "look", "present", "outline", "describe",
        "explore", "consider", "list", "set", "offer", "provide",
    ];
    // Asked of every sentence: the cheap word tests first, the lists only
    // for a sentence that names the text ("this essay").
    let names_itself = (1..list.len().min(4))
        .any(|i| matches!(list[i - 1], "this" | "following") && PARTS.contains(&list[i]));
    if !names_itself {
        return announces_a_topic(list);
    }
    if list.len() > 24 || list.contains(&"that") {
        return false;
    }
    let promises = list.windows(3).any(|w| {
        matches!(w[0], "will" | "shall")
            && (PRESENTING.contains(&w[1]) || PRESENTING.contains(&w[2]))
    });
    promises
        || (2..list.len().min(5))
            .any(|i| PARTS.contains(&list[i - 1]) && PRESENTS.contains(&list[i]))
}

/// The writer announcing what comes next, early in a short sentence: "I
/// want to talk about X", "Secondly, I would like to discuss X", "Now I am
/// going to write about X". A sentence that goes on to say why or that
/// something is so carries its point.
fn announces_a_topic(list: &[&str]) -> bool {
    let Some(i) = list.iter().take(4).position(|w| *w == "i") else {
        return false;
    };
    let rest = &list[i + 1..];
    let (verb, after) = match rest {
        ["want" | "wish", "to", v, after @ ..] | ["will" | "shall", v, after @ ..] => (v, after),
        ["would" | "d", "like", "to", v, after @ ..] | ["am", "going", "to", v, after @ ..] => {
            (v, after)
        }
        _ => return false,
    };
    // "talk about", "focus on", "discuss": "I will write a letter" is no announcement.
    let announces = match *verb {
        "talk" | "write" | "speak" => after.first() == Some(&"about"),
        "focus" => after.first() == Some(&"on"),
        "discuss" | "mention" => true,
        // "I will explain my reasons below", "I will give three reasons":
        // a verb of presenting whose object is the essay's own reasons.
        "explain" | "give" | "present" | "show" | "outline" | "list" | "set" | "offer" => {
            after.iter().any(|w| {
                matches!(
                    *w,
                    "reasons"
                        | "reason"
                        | "arguments"
                        | "opinion"
                        | "points"
                        | "below"
                        | "sides"
                        | "advantages"
                        | "disadvantages"
                        | "pros"
                        | "cons"
                )
            })
        }
        _ => false,
    };
    list.len() <= 14
        && announces
        && !list
            .iter()
            .any(|w| matches!(*w, "that" | "why" | "because" | "should" | "must"))
}

/// A sentence that points at what comes next and says none of it: "Here's
/// what changed my mind.", "So here's where I've landed.", "Let's start with
/// the case against." The sentence after it carries the point.
fn points_ahead(list: &[&str]) -> bool {
    // After a joining word or two ("So", "And now", "Well").
    let skip = list
        .iter()
        .take(2)
        .take_while(|w| {
            matches!(
                **w,
                "so" | "and" | "but" | "now" | "well" | "ok" | "okay" | "then"
            )
        })
        .count();
    let rest = &list[skip..];
    let here = match rest {
        ["here's" | "here’s", next, ..] | ["here", "is" | "are", next, ..] => {
            matches!(*next, "what" | "where" | "why" | "how" | "the" | "my")
        }
        _ => false,
    };
    // "Let's start with X", "Let us turn to X": not "Let us turn the depot
    // into homes", which proposes.
    let lets = match rest {
        ["let's" | "let’s" | "lets", verb, prep, ..] | ["let", "us", verb, prep, ..] => matches!(
            (*verb, *prep),
            ("start" | "begin", "with") | ("turn", "to") | ("look", "at")
        ),
        _ => false,
    };
    // "Here's why the council must act" says why: it carries its point.
    // Asked of every sentence: the words are read only for a pointer.
    let proposes = || {
        list.iter()
            .any(|w| matches!(*w, "must" | "should" | "ought" | "need" | "needs"))
    };
    list.len() <= 16 && (here || lets) && !proposes()
}

/// True when `clause` is a reaction to a view and no more (see
/// [`is_a_reaction`]): "I disagree with this opinion" before ", because X".
pub fn reacts_to_a_view(clause: &str) -> bool {
    let tokens = crate::text::Tokens::new(clause);
    let words: Vec<&str> = tokens.iter().collect();
    is_a_reaction(&words)
}

/// A short reaction to the view just given that adds nothing to it: "This
/// worry is understandable.", "I disagree with this opinion.", "This is a
/// serious concern." What follows it ("But ...") carries the answer.
/// "This argument has some force", "It has its merits", "This makes
/// sense", "It carries some weight": a share granted, in the noun's own
/// phrase (not "This sense of community", "has no force").
fn grants_a_share(list: &[&str]) -> bool {
    (0..list.len().saturating_sub(1)).any(|i| {
        let after = list.get(i + 2).copied().unwrap_or("");
        match (list[i], list[i + 1]) {
            ("some" | "its" | "certain", "force" | "truth" | "merit" | "merits" | "weight") => true,
            // Not "It makes sense to start later" (the writer's own view).
            ("makes" | "make", "sense") => !matches!(after, "to" | "for" | "of" | "that"),
            _ => false,
        }
    })
}

/// True when `text` grants both sides a point ("Both sides make fair
/// points", "each view has its merits"): a conclusion's courtesy before the
/// author's own side. Asked of one sentence a text, not of every sentence.
pub fn grants_both_sides(text: &str) -> bool {
    let tokens = crate::text::Tokens::new(text);
    let list: Vec<&str> = tokens.iter().take(9).collect();
    list.windows(2).any(|w| {
        matches!(w[0], "both" | "each" | "either")
            && matches!(
                w[1],
                "side"
                    | "sides"
                    | "view"
                    | "views"
                    | "opinion"
                    | "opinions"
                    | "arguments"
                    | "positions"
                    | "groups"
            )
    })
}

/// A few words with no verb that only mark a turn or a topic ("Anyway.",
/// "About the money.", "Not as a nice extra.", "So, back to my question.",
/// "Up to a point."): a page's aside, no proposition. Each opener counts
/// only with the word that makes it a phrase of its own, and never before a
/// comma and a clause ("As a result, crime fell.", "Back then, nobody
/// knew."): a verb may hide in any word ("About ten people came.").
fn is_verbless(list: &[&str], trimmed: &str) -> bool {
    // Asked of every sentence: most are longer.
    if list.len() > 6 {
        return false;
    }
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    ];
    let (list, lead) = match list {
        [lead @ ("so" | "and" | "but"), rest @ ..] => (rest, lead.len()),
        _ => (list, 0),
    };
    let aside = match list {
        ["anyway" | "anyhow" | "ok" | "okay"] => true,
        ["about", next, _, ..] => DETERMINERS.contains(next),
        ["not", next, _, ..] => matches!(
            *next,
            "as" | "in" | "for" | "with" | "at" | "to" | "on" | "by" | "from" | "like"
        ),
        ["back" | "up", "to", _, ..] => true,
        ["as", next, _] => DETERMINERS.contains(next),
        _ => false,
    };
    if !aside || list.len() > 5 {
        return false;
    }
    // A comma after the lead word ("So, back to ...") is the lead's own.
    let rest = trimmed
        .get(lead..)
        .unwrap_or("")
        .trim_start_matches([',', ' ']);
    !rest.contains(',')
        && !list.iter().any(|w| {
            VERBS.contains(w) || w.contains(['\'', '’']) || w.len() > 4 && w.ends_with("ed")
        })
}

/// "This is because X", "That is mainly because X", "The main reason for
/// this is that X", "The reason is simple: X": the reason for what was just
/// said, which the sentences after it go on to back.
fn explains_previous(list: &[&str]) -> bool {
    let list = match list {
        // ("This was because X" tells a story's cause, not the point's.)
        ["this" | "that" | "it", "is", rest @ ..] | ["that's", rest @ ..] => rest,
        ["the", rest @ ..] => {
            // ("The first reason is that X" counts a new reason.)
            let rest = match rest {
                ["main" | "real" | "simple" | "chief", r @ ..] => r,
                r => r,
            };
            return matches!(rest, ["reason", "is" | "for" | "why", ..]);
        }
        _ => return false,
    };
    let list = match list {
        ["mainly" | "mostly" | "partly" | "simply" | "largely" | "just", r @ ..] => r,
        r => r,
    };
    list.first() == Some(&"because") && list.get(1) != Some(&"of")
}

/// "Whether X is a question that divides people.", "Whether Y helps is a
/// matter of heated debate.", "It is hotly debated whether X.": the issue a
/// text takes up, said to be open, no side taken (the words of judgement
/// are inside the "whether"). The verb says it is open ("is", "remains",
/// "divides" within five words before the word of debate), with no
/// negation ("is no longer a question", "is not really debatable"), no
/// second clause ("..., so Y", "; it clearly Z", "but I think Y"), no
/// proposal ("should be decided by a judge") and no "Whether or not X, Y"
/// (a condition waived).
fn states_an_open_question(list: &[&str], trimmed: &str) -> bool {
    const OPEN: &[&str] = &[
        "debate",
        "debated",
        "debatable",
        "question",
        "controversial",
        "controversy",
        "contested",
        "disputed",
        "divides",
        "divided",
        "unclear",
        "uncertain",
    ];
    const SAYS_IT_IS: &[&str] = &["is", "are", "remains", "remain", "has", "have", "divides"];
    let open_after_its_verb = |from: usize| {
        list.iter().enumerate().skip(from).any(|(i, w)| {
            OPEN.contains(w)
                && list[i.saturating_sub(5)..i]
                    .iter()
                    .any(|v| SAYS_IT_IS.contains(v))
        }) || list
            .get(from..)
            .is_some_and(|rest| rest.contains(&"divides"))
    };
    let frame = match list {
        ["whether", "or", ..] => return false,
        ["whether", ..] => open_after_its_verb(2),
        // "It is (hotly) debated whether X", "It remains unclear whether X".
        ["it", "is" | "remains", rest @ ..] => {
            let at = rest.iter().take(3).position(|w| *w == "whether");
            at.is_some_and(|at| at <= 2 && rest[..at].iter().any(|w| OPEN.contains(w)))
        }
        _ => false,
    };
    frame
        && !trimmed.contains([';', ':'])
        && !list.windows(2).any(|w| w == ["or", "not"])
        && !list.iter().any(|w| {
            matches!(
                *w,
                "should"
                    | "must"
                    | "ought"
                    | "but"
                    | "yet"
                    | "so"
                    | "although"
                    | "though"
                    | "since"
                    | "because"
                    | "not"
                    | "no"
                    | "never"
                    | "longer"
                    | "i"
                    | "my"
                    | "we"
                    | "our"
            ) || w.ends_with("n't")
        })
}

fn is_a_reaction(list: &[&str]) -> bool {
    const VIEWS: &[&str] = &[
        "opinion",
        "view",
        "idea",
        "concern",
        "worry",
        "argument",
        "criticism",
        "claim",
        "fear",
        "objection",
        "position",
        "belief",
        "statement",
    ];
    // "However, I disagree with this view." reacts too: the sentence after
    // it answers (see `carry_disagreement`).
    // "Not so.": denied, no more.
    if matches!(list, ["not", "so" | "quite"]) {
        return true;
    }
    // "Those who favour new halls make a reasonable case.", "Critics have a
    // point.": the other side's case granted, none of it given yet.
    let grants_a_case = matches!(
        list,
        [.., "make" | "makes" | "have" | "has", "a", "case" | "point"]
            | [
                ..,
                "make" | "makes" | "have" | "has",
                "a",
                _,
                "case" | "point"
            ]
    );
    if grants_a_case && list.len() <= 10 && OTHERS_SUBJECTS.contains(&list[0]) {
        return true;
    }
    if list.len() > 9 || list.len() < 3 {
        return false;
    }
    if takes_what_was_said(list) {
        return true;
    }
    let pointed = list.windows(2).any(|w| {
        matches!(w[0], "this" | "that" | "such" | "these" | "those") && VIEWS.contains(&w[1])
    });
    let this_is =
        matches!(list, ["this" | "that", "is", ..]) && list.iter().any(|w| VIEWS.contains(w));
    (pointed || this_is)
        && !list.iter().any(|w| {
            matches!(
                *w,
                "because" | "but" | "since" | "so" | "as" | "why" | "if" | "ignores" | "misses"
            )
        })
}

/// "I see it differently.", "I don't doubt his figures.", "It sounds like
/// common sense.", "Perhaps it does, for some.": a few words that only take
/// or grant what was said, pointing back at it.
fn takes_what_was_said(list: &[&str]) -> bool {
    // Asked of every short sentence: the first word rules out nearly all.
    if list.len() > 6
        || !matches!(
            list.first().copied(),
            Some("i" | "we" | "it" | "this" | "that" | "perhaps" | "maybe" | "no" | "not")
        )
        || list.contains(&"to")
    {
        return false;
    }
    let seeing = |v: &str| {
        matches!(
            v,
            "see" | "doubt" | "understand" | "accept" | "grant" | "dispute" | "deny"
        )
    };
    let pointer = |p: &str| matches!(p, "it" | "this" | "that" | "his" | "her" | "their");
    // What follows the pointer: nothing, a manner ("differently") or the
    // thing pointed at ("his figures"); not a clause ("I doubt that it
    // works", "I accept that pets cost money") nor a judgement ("I see it
    // as unfair").
    let only_pointed = |rest: &[&str]| match rest {
        [] => true,
        [w] => !matches!(
            *w,
            "it" | "they" | "he" | "she" | "we" | "i" | "you" | "there" | "the" | "a" | "an" | "as"
        ),
        _ => false,
    };
    // A judgement in the words ("It seems like a bad idea.") is the
    // author's own, not a grant.
    let judges = || {
        list.iter().any(|w| {
            matches!(
                *w,
                "bad" | "idea" | "mistake" | "wrong" | "unfair" | "terrible" | "waste" | "disaster"
            )
        })
    };
    match list {
        ["i", verb, p, rest @ ..] if seeing(verb) && pointer(p) => only_pointed(rest),
        ["i", _, verb, p, rest @ ..] if seeing(verb) && pointer(p) => only_pointed(rest),
        // "We do not dispute the figure.": the thing said, named.
        // ("We will not accept the cuts." takes a side; "We did not see the
        // plans." is a fact.)
        ["i" | "we", "do" | "does" | "did", "not", verb, "the" | "these" | "those", rest @ ..]
        | ["i" | "we", "don't" | "didn't", verb, "the" | "these" | "those", rest @ ..]
            if matches!(*verb, "dispute" | "deny" | "doubt") =>
        {
            matches!(rest, [_])
        }
        ["we", verb, p, rest @ ..] if seeing(verb) && pointer(p) => only_pointed(rest),
        // "No doubt it is.": granted, no more.
        ["no", "doubt", "it" | "they" | "that", verb] => matches!(
            *verb,
            "is" | "are" | "does" | "do" | "will" | "can" | "has" | "have" | "was"
        ),
        ["it" | "this" | "that", "sounds", how, ..] => {
            matches!(
                *how,
                "like" | "reasonable" | "sensible" | "plausible" | "fair" | "attractive"
            ) && !judges()
        }
        // The verb alone stands for what was said ("Perhaps it does."),
        // not "Perhaps it is time".
        ["perhaps" | "maybe", "it" | "they" | "that", verb, rest @ ..] => {
            matches!(
                *verb,
                "does" | "do" | "did" | "is" | "are" | "was" | "will" | "can"
            ) && matches!(rest, [] | ["for", ..] | ["too"] | ["so"])
        }
        _ => false,
    }
}

/// "We recommend three changes.", "We propose three steps.", "There are
/// four things to fix.": a count of what the next sentences give, and
/// nothing of it yet.
fn announces_a_list(list: &[&str]) -> bool {
    // Asked of every sentence: most are longer than any of these.
    if list.len() > 12 {
        return false;
    }
    counts_the_points_to_come(list) || points_below(list) || announces_what_we_offer(list)
}

/// Points of an argument, not things in the world ("There are three
/// ferries." counts a fact).
const POINTS: &[&str] = &[
    "reasons",
    "changes",
    "steps",
    "things",
    "problems",
    "ways",
    "points",
    "options",
    "questions",
    "lessons",
    "proposals",
    "measures",
    "reforms",
    "fixes",
    "suggestions",
    "recommendations",
    "ideas",
    "arguments",
    "objections",
];

/// "Those who favour parental choice make two main points.", "Opponents
/// raise three objections.": others' points counted at the end of a short
/// sentence, none of them given yet. (Not "A win gives three points.",
/// "The council should make three changes.": no one's case.)
fn counts_the_points_to_come(list: &[&str]) -> bool {
    if !(3..=12).contains(&list.len()) {
        return false;
    }
    let tail = match list {
        [.., verb, n, "main" | "key" | "chief" | "important", noun] | [.., verb, n, noun] => {
            Some((*verb, *n, *noun))
        }
        _ => None,
    };
    let counted = tail.is_some_and(|(verb, n, noun)| {
        matches!(n, "two" | "three" | "four" | "five" | "several")
            && matches!(
                verb,
                "make"
                    | "makes"
                    | "give"
                    | "gives"
                    | "raise"
                    | "raises"
                    | "offer"
                    | "offers"
                    | "forward"
                    | "advance"
                    | "advances"
                    | "have"
                    | "has"
            )
            && POINTS.contains(&noun)
    });
    // Others', perhaps someone's: "Its opponents", "The critics".
    counted
        && match list {
            ["its" | "their" | "the" | "his" | "her" | "our", who, ..] | [who, ..] => {
                OTHERS_SUBJECTS.contains(who)
            }
            [] => false,
        }
}

/// "The reasons are set out below.", "My reasons for this are as follows.":
/// the reasons' place, said at the sentence's end, not one of them ("The
/// problems below the surface are serious." is one).
fn points_below(list: &[&str]) -> bool {
    if list.len() > 10
        || !matches!(
            list,
            [.., "below"] | [.., "as", "follows"] | [.., "the", "following"]
        )
    {
        return false;
    }
    match list {
        ["the" | "my" | "our", "main" | "key", noun, ..] | ["the" | "my" | "our", noun, ..] => {
            POINTS.contains(noun)
        }
        _ => false,
    }
}

/// "We recommend three changes.", "There are four things to fix."
fn announces_what_we_offer(list: &[&str]) -> bool {
    // A verb of offering or being, not of needing ("We need three buses.").
    if !(3..=6).contains(&list.len())
        || !matches!(list[0], "we" | "i" | "there" | "here")
        || !matches!(
            list[1],
            "recommend" | "propose" | "suggest" | "offer" | "see" | "have" | "are"
        )
    {
        return false;
    }
    let Some(n) = list
        .iter()
        .position(|w| matches!(*w, "two" | "three" | "four" | "five" | "six" | "several"))
    else {
        return false;
    };
    matches!(&list[n + 1..], [noun] | [noun, "to", _] if POINTS.contains(noun))
}

/// A paragraph's label rather than its point: "The first advantage is
/// language.", "Another point concerns costs.", "Time is another important
/// factor." A short sentence that counts off a reason or an advantage (or
/// says what it "concerns") and says nothing of it: no clause, no modal.
/// "The most obvious benefit is economic." counts nothing off and stays a
/// claim.
fn is_signpost(list: &[&str]) -> bool {
    // Most sentences are longer than a label: no word is read.
    if list.len() > 8 {
        return false;
    }
    const POINTS: &[&str] = &[
        "reason",
        "advantage",
        "disadvantage",
        "point",
        "argument",
        "factor",
        "benefit",
        "aspect",
        "drawback",
        "question",
        "issue",
        "topic",
    ];
    let counted = list.iter().any(|w| {
        matches!(
            *w,
            "first" | "second" | "third" | "fourth" | "another" | "next" | "final" | "last"
        )
    });
    // "Another reason is price." labels; "Another reason is children become
    // more responsible." (a learner's "is that") states the reason. A
    // category labels too: "Another reason is a matter of fairness."
    let point = list.iter().position(|w| POINTS.contains(w));
    let named = point
        .filter(|&p| list.get(p + 1) == Some(&"is"))
        .map(|p| &list[p + 2..]);
    let labels_only = match named {
        Some(["a" | "one", "matter" | "question", "of", ..]) => true,
        Some(named) => named.len() <= 3,
        None => point.is_some(),
    };
    // "The most obvious advantage is time." ranks its point as counting
    // does; "The most obvious benefit is economic." says what it is.
    let ranked = list.windows(2).any(|w| w == ["most", "obvious"])
        && named.is_some_and(|n| matches!(n, [w] | ["the", w] if !adjective_like(w)));
    let counted = counted || ranked;
    labels_only
        && (list.contains(&"concerns") || counted && list.contains(&"is"))
        && !list.iter().any(|w| {
            matches!(
                *w,
                "that"
                    | "because"
                    | "why"
                    | "not"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "should"
                    | "must"
                    | "may"
                    | "might"
            )
        })
}

/// "The lesson is plain enough.", "The mechanism is not mysterious.", "The
/// objection with more weight is a practical one.", "There is a better
/// way.": a short sentence that says the point is coming, or is easy, and
/// leaves stating it to the next sentence.
fn promises_its_point(list: &[&str]) -> bool {
    if list.len() > 9 || list.len() < 3 {
        return false;
    }
    const POINTS: &[&str] = &[
        "lesson",
        "mechanism",
        "objection",
        "reason",
        "answer",
        "problem",
        "solution",
        "explanation",
        "truth",
        "way",
        "logic",
        "alternative",
        "remedy",
        "fix",
        "cause",
        "reply",
    ];
    // "There is a better way (to ...)."
    if let ["there", "is" | "was", "a" | "another", adjective, noun, rest @ ..] = list {
        let better = matches!(
            *adjective,
            "better" | "simpler" | "cheaper" | "fairer" | "smarter" | "different"
        );
        return better && POINTS.contains(noun) && rest.first().is_none_or(|w| *w == "to");
    }
    if !matches!(list[0], "the" | "its" | "their" | "our") {
        return false;
    }
    let Some(verb) = list.iter().position(|w| matches!(*w, "is" | "was")) else {
        return false;
    };
    if !list[1..verb].iter().any(|w| POINTS.contains(w)) {
        return false;
    }
    match &list[verb + 1..] {
        [plain] | [plain, "enough"] | ["quite" | "very", plain] => {
            matches!(
                *plain,
                "plain" | "simple" | "clear" | "obvious" | "straightforward"
            )
        }
        ["not", hidden] => matches!(*hidden, "mysterious" | "complicated" | "hard" | "difficult"),
        // "a practical one" says which kind of point is coming; "a
        // serious one" judges it.
        ["a" | "an", kind, "one"] => matches!(
            *kind,
            "practical"
                | "financial"
                | "economic"
                | "legal"
                | "political"
                | "moral"
                | "technical"
                | "social"
                | "personal"
                | "medical"
                | "historical"
                | "cultural"
        ),
        _ => false,
    }
}

/// True when `word` ends as English adjectives do ("economic", "useful",
/// "affordable"): a predicate that says what a thing is like.
fn adjective_like(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ic", "al", "ous", "ive", "ful", "less", "able", "ible", "ary", "ent", "ant", "ed",
    ];
    ENDINGS
        .iter()
        .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// True when `text` opens with `phrase` (any case) and a comma right after
/// it: "Yes," but not "Yesterday", "Sincerely," but not "Sincerely held".
fn opens_then_comma(text: &str, phrase: &str) -> bool {
    // The comma first, one byte (after which the phrase's end is a
    // character boundary): most texts fail there, before any compare.
    text.as_bytes().get(phrase.len()) == Some(&b',')
        && text[..phrase.len()].eq_ignore_ascii_case(phrase)
}

/// How letters close, before the writer's name.
const VALEDICTIONS: &[&str] = &[
    "sincerely",
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "respectfully",
    "regards",
    "best regards",
    "kind regards",
    "warm regards",
    "best wishes",
];

/// Page furniture a scraped page carries: a credit line ("Photo: Jane
/// Smith/Reuters", "Image credit: ..."), a copyright notice ("© 2024 The
/// Daily Courier.", "All rights reserved.") or a letter's close.
fn is_furniture(sentence: &str, w: &Words) -> bool {
    let words = &w.list[..];
    // A credit: its first word, then a colon ("Photo:", "Image credit:").
    let credit = matches!(
        words.first().copied(),
        Some("photo" | "image" | "picture" | "illustration" | "credit" | "caption")
    ) && sentence
        .split_whitespace()
        .take(2)
        .any(|w| w.ends_with(':'));
    // A letter's close: "Sincerely,", "Best regards," and a name.
    let valediction =
        words.len() <= 8 && VALEDICTIONS.iter().any(|v| opens_then_comma(sentence, v));
    credit
        || valediction
        || sentence.contains('©')
        || words.first().is_some_and(|w| *w == "copyright")
        // Most sentences have no "reserved": their words are not read.
        || w.has(class::RESERVED) && words.windows(3).any(|w| w == ["all", "rights", "reserved"])
}

/// True when every "study" of the sentence is a verb: after a subject, a
/// modal, "to" or "and" ("students who study", "to study", "we study").
fn studies_as_a_verb(list: &[&str]) -> bool {
    list.iter()
        .enumerate()
        .filter(|(_, w)| **w == "study")
        .all(|(i, _)| {
            i > 0
                && matches!(
                    list[i - 1],
                    "to" | "who"
                        | "i"
                        | "we"
                        | "you"
                        | "they"
                        | "he"
                        | "she"
                        | "students"
                        | "people"
                        | "children"
                        | "and"
                        | "or"
                        | "can"
                        | "could"
                        | "will"
                        | "would"
                        | "should"
                        | "must"
                        | "may"
                        | "might"
                        | "not"
                        | "also"
                        | "only"
                )
        })
}

/// The noun of an obligation stated of someone: "is/have ... duty to <verb>",
/// with "of <owner>" allowed between ("the duty of parents to teach").
fn obligation<'a>(list: &[&'a str]) -> Option<&'a str> {
    let i = list.iter().position(|w| OBLIGATION_NOUNS.contains(w))?;
    let to = i + 1 + list[i + 1..].iter().take(5).position(|w| *w == "to")?;
    let owned_between = to == i + 1 || list[i + 1] == "of";
    let stated = list[i.saturating_sub(4)..i]
        .iter()
        .any(|w| matches!(*w, "is" | "are" | "was" | "have" | "has" | "it's"));
    (owned_between && stated && to + 1 < list.len()).then_some(list[i])
}

/// True when "let us" / "let's" opens the sentence or a clause ("Let us
/// X", "In conclusion, let's X", "So let's X", "and let us X"): the
/// author's call to act. After a subject or an auxiliary ("the bouncer
/// wouldn't let us in", "to let us park") it is a verb of permission.
fn lets_us_open_a_clause(plain: &str) -> bool {
    let lower = plain.to_ascii_lowercase();
    let at = ["let us ", "let's ", "let\u{2019}s "]
        .iter()
        .filter_map(|p| {
            lower
                .match_indices(p)
                .map(|(i, _)| i)
                .find(|&i| i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric())
        })
        .min();
    at.is_some_and(|i| {
        let before = lower[..i].trim_end_matches([' ', '"', '\'', '(']);
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        before.is_empty()
            || before.ends_with([',', ';', ':', '\u{2014}', '\u{201c}'])
            || matches!(
                last,
                "so" | "and"
                    | "therefore"
                    | "thus"
                    | "but"
                    | "instead"
                    | "please"
                    | "hence"
                    | "together"
                    | "rather"
            )
    })
}

/// Modal verbs: deontic ones propose; weak ones propose only when they are the
/// main verb of an acting subject; none counts inside a reported debate
/// ("whether X should") or a relative clause ("that X could facilitate").
fn modality(w: &Words, weights: &Weights, a: &mut Analysis) {
    use CueKind as K;
    use NodeKind::*;
    let list = &w.list;
    if let Some(p) = w
        .first_in(PROPOSAL_PHRASES)
        .filter(|p| !p.starts_with("let") || lets_us_open_a_clause(w.plain))
    {
        a.proposal = true;
        a.judging_proposal = p.starts_with("it ");
        let weight = weights[Weight::ProposalPhrase];
        a.add(
            Cue::with(K::ProposalPhrase, p),
            Some(Recommendation),
            weight,
        );
    }
    // "It is the council's job to X", "Parents have a duty to X": an
    // obligation put on someone proposes as "should" does.
    // Found by the one-pass matcher: most sentences name no obligation.
    if let Some(noun) = w
        .any_in(OBLIGATION_NOUNS)
        .then(|| obligation(list))
        .flatten()
    {
        a.proposal = true;
        a.add(
            Cue::with(K::ProposalPhrase, lexicon_word(OBLIGATION_NOUNS, noun)),
            Some(Recommendation),
            weights[Weight::ProposalPhrase],
        );
    }
    // "Set a target.", "Be honest.": an instruction to the reader. Only at
    // the start of a sentence written with a capital, and never a question.
    if let [verb, object, ..] = list.as_slice() {
        let capital = || {
            w.plain
                .trim_start_matches(['"', '“', '(', '*', '_', ' '])
                .starts_with(|c: char| c.is_uppercase())
        };
        // Asked of every sentence: hashed sets, not scans of the lists.
        static VERBS: WordSet = WordSet::of(IMPERATIVE_VERBS);
        static OBJECTS: WordSet = WordSet::of(IMPERATIVE_OBJECTS);
        let instructs = VERBS.contains(verb)
            && (*verb == "be"
                || OBJECTS.contains(object)
                || w.is(1, class::NUMBER)
                || object.starts_with(|c: char| c.is_ascii_digit()))
            && capital()
            && !w.plain.trim_end().ends_with('?');
        if instructs {
            a.proposal = true;
            a.add(
                Cue::with(K::Imperative, lexicon_word(IMPERATIVE_VERBS, verb)),
                Some(Recommendation),
                weights[Weight::Imperative],
            );
        }
    }
    // What follows looks at modals only.
    if !w.has(class::MODAL) {
        return;
    }
    // Found once: scanning the words before each modal is quadratic.
    let first_whether = if w.has(class::WHETHER) {
        (0..list.len()).find(|&i| w.is(i, class::WHETHER))
    } else {
        None
    };
    static WEAK: WordSet = WordSet::of(WEAK_MODALS);
    // "X would be a false economy, and the council should think again": a
    // judgement's modal does not hide the proposal after it.
    let mut judged = false;
    let mut judged_at = 0;
    for (i, &word) in list.iter().enumerate() {
        // Most words are no modal: one lookup each before any closer look.
        if !w.is(i, class::MODAL) {
            continue;
        }
        let weak = WEAK.contains(word);
        let next = list.get(i + 1).copied().unwrap_or("");
        let strong = strong_modals()
            .iter()
            .find(|(first, second, _)| *first == word && second.is_none_or(|s| s == next))
            .map(|&(_, _, m)| m);
        if judged && strong.is_none() {
            continue;
        }
        // "It would be wrong to say that X should", "unfair, even if X
        // must": the later modal sits in the judgement's complement or
        // condition; only a second clause ("..., and X should") proposes.
        if judged {
            let between = &list[judged_at..i];
            let second_clause = between.iter().any(|w| matches!(*w, "and" | "so"));
            let embedded = between.iter().any(|w| {
                matches!(
                    *w,
                    "that" | "if" | "unless" | "whether" | "though" | "even" | "when"
                )
            });
            if !second_clause || embedded {
                continue;
            }
        }
        let gerund_help = matches!(word, "would" | "could" | "will")
            && is_gerund_subject(list)
            && next_verb(list, i + 1).is_some_and(|v| BENEFIT.contains(v));
        if strong.is_none() && !weak && !gerund_help && word != "would" && word != "will" {
            continue;
        }
        let before = &list[..i];
        if first_whether.is_some_and(|p| p < i)
            || before.last().is_some_and(|b| *b == "if" || *b == "whether")
            || embedded_question(before)
        {
            a.add(Cue::with(K::ReportedWhether, modal_word(word)), None, 0.0);
            continue;
        }
        if is_relative(before) {
            a.add(Cue::with(K::ModalInRelative, modal_word(word)), None, 0.0);
            continue;
        }
        if let Some(m) = strong {
            if m == "shall" && list.first().is_some_and(|f| *f == "shall") {
                continue; // "Shall we ...?" asks.
            }
            // Obligation ("has to", "need to") proposes less firmly than "should".
            let obligation = matches!(m, "have to" | "has to" | "need to" | "needs to");
            // "Parents do not have to buy X": no one must, so nothing is
            // proposed ("must not" forbids, and does propose).
            if obligation && denied(before) {
                a.add(Cue::with(K::NoObligation, m), None, 0.0);
                continue;
            }
            let (kind, weight) = if obligation {
                (K::Obligation, Weight::Obligation)
            } else {
                (K::DeonticModal, Weight::DeonticModal)
            };
            a.proposal = !obligation;
            if !obligation {
                a.deontic_agent = i.checked_sub(1).map(|k| list[k].to_string());
            }
            a.add(Cue::with(kind, m), Some(Recommendation), weights[weight]);
            return;
        }
        if gerund_help {
            a.proposal = true;
            let cue = Cue::with(K::GerundHelp, modal_word(word));
            a.add(cue, Some(Recommendation), weights[Weight::GerundHelp]);
            return;
        }
        let verb = next_verb(list, i + 1).unwrap_or("");
        let epistemic =
            i + 1 < list.len() && matches!(list[i + 1], "well" | "very" | "hardly" | "possibly");
        if weak
            && !a.conditional
            && !epistemic
            && i <= 8
            && !STATIVE.contains(verb)
            && !verb.is_empty()
        {
            let cue = Cue::with(K::WeakModal, modal_word(word));
            a.weak_agent = i.checked_sub(1).map(|k| list[k].to_string());
            a.add(cue, Some(Recommendation), weights[Weight::WeakModal]);
        } else {
            let cue = Cue::with(K::EpistemicModal, modal_word(word));
            a.add(cue, Some(Claim), weights[Weight::EpistemicModal]);
            judged = true;
            judged_at = i;
            continue;
        }
        return;
    }
}

/// [`STRONG_MODALS`] in order, each as (first word, second word if any,
/// the phrase): split once, not at every modal of every sentence.
fn strong_modals() -> &'static [(&'static str, Option<&'static str>, &'static str)] {
    static SPLIT: OnceLock<Vec<(&str, Option<&str>, &str)>> = OnceLock::new();
    SPLIT.get_or_init(|| {
        STRONG_MODALS
            .iter()
            .map(|&m| match m.split_once(' ') {
                Some((first, second)) => (first, Some(second), m),
                None => (m, None, m),
            })
            .collect()
    })
}

/// True when the words before a modal end in a negation, past adverbs:
/// "do not have to", "don't really need to", "no longer need to".
fn denied(before: &[&str]) -> bool {
    let mut j = before.len();
    while j > 0 {
        let w = before[j - 1];
        let adverb = w.len() > 3 && w.ends_with("ly") || matches!(w, "even" | "always" | "longer");
        if !adverb {
            break;
        }
        j -= 1;
    }
    j > 0
        && (matches!(
            before[j - 1],
            "not" | "don't" | "doesn't" | "didn't" | "never" | "won't"
        ) || before[j - 1] == "no" && before.get(j) == Some(&"longer"))
}

/// The index of an emphatic "do/does/did" followed by a verb, if any.
fn emphatic_do(w: &Words) -> Option<usize> {
    let list = &w.list;
    if !w.has(class::DO) {
        return None;
    }
    (1..list.len().saturating_sub(1)).find(|&i| {
        w.is(i, class::DO)
            && !NOT_AFTER_DO.contains(list[i + 1])
            && !matches!(
                list[i - 1],
                "to" | "not" | "why" | "how" | "what" | "where" | "when"
            )
    })
}

/// True when an evaluative word follows a copula within two words:
/// "it is unfair", "would be appropriate", "is simply wrong".
fn judged(w: &Words) -> bool {
    let list = &w.list;
    (0..list.len()).any(|i| {
        w.is(i, class::COPULA)
            && list
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|n| EVALUATIVE.contains(n) || n.starts_with("un") && n.ends_with("able"))
    })
}

/// True when the sentence opens with a gerund as its subject ("Opening X ...").
fn is_gerund_subject(list: &[&str]) -> bool {
    list.first().is_some_and(|w| {
        w.len() > 5
            && w.ends_with("ing")
            && ![
                "during",
                "according",
                "regarding",
                "considering",
                "including",
                "nothing",
                "something",
                "everything",
                "anything",
            ]
            .contains(w)
    })
}

/// The first word after `from` that is not an adverb between modal and verb.
fn next_verb<'a>(list: &[&'a str], from: usize) -> Option<&'a str> {
    list.iter()
        .skip(from)
        .copied()
        .find(|w| !ADVERBS.contains(w))
}

/// True when the modal closes an embedded question: "the question is where
/// the family should live", "a debate about what the purpose should be". The
/// wh-word is a few words back and not the sentence's first (a direct question).
fn embedded_question(before: &[&str]) -> bool {
    let n = before.len();
    (1..=5.min(n)).any(|back| {
        let k = n - back;
        k > 0 && matches!(before[k], "what" | "where" | "how")
    })
}

/// True when the modal sits in a relative clause: a "that/which/who" shortly
/// before it that follows a noun rather than a verb of saying or thinking.
fn is_relative(before: &[&str]) -> bool {
    let n = before.len();
    (1..=3.min(n)).any(|back| {
        let k = n - back;
        let word = before[k];
        let relative = matches!(word, "which" | "who" | "whom" | "whose")
            || (word == "that" && k > 0 && !COMPLEMENT_VERBS.contains(before[k - 1]));
        relative && k > 0
    })
}

/// True when word `i`, which holds digits, is part of a name or code rather
/// than a measure: letters first ("CO2", "G20", "MP3"), or digits joined
/// by a hyphen to a word in capitals ("COVID-19", "XYZ-123", "F-15C").
fn is_a_code(w: &Words, i: usize) -> bool {
    let word = w.list[i];
    if word.starts_with(|c: char| c.is_alphabetic()) {
        return true;
    }
    // Most figures stand in a sentence with no hyphen: no pair to read back.
    let Some(&before) = i
        .checked_sub(1)
        .and_then(|k| w.list.get(k))
        .filter(|_| memchr::memchr(b'-', w.plain.as_bytes()).is_some())
    else {
        return false;
    };
    // The words are lowercase; the capitals are read back from the text,
    // only for a sentence that has such a pair (an ASCII lowercase copy
    // keeps the text's byte offsets).
    let joined = format!("{before}-{word}");
    let lower = w.plain.to_ascii_lowercase();
    lower.match_indices(&joined).any(|(at, _)| {
        w.plain.get(at..at + before.len()).is_some_and(|original| {
            original.chars().all(|c| c.is_uppercase())
                && lower[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

fn evidence(plain: &str, w: &Words, has_link: bool, weights: &Weights, a: &mut Analysis) {
    use CueKind as K;
    use NodeKind::Evidence;
    let mut weight_left = weights[Weight::NumberBudget];
    let mut numbers = 0;
    // A word has a digit only where the text has one (most sentences have
    // none), and no word need be read when none is a number word or month.
    let digits = may_have_digit(plain.as_bytes());
    let counted = if digits || w.has(class::NUMBER | class::MONTH) {
        w.list.len()
    } else {
        0
    };
    for (i, &word) in w.list[..counted].iter().enumerate() {
        if numbers >= 2 {
            break;
        }
        // A lexicon word (most words) is known to have no digit unread.
        if digits && !w.is(i, class::NO_DIGIT) && word.bytes().any(|c| c.is_ascii_digit()) {
            if is_a_code(w, i) {
                continue;
            }
            let is_year = is_year(word);
            // A year places an event; a figure measures something: stronger evidence.
            let (kind, weight) = if is_year {
                (K::Year, weights[Weight::Date])
            } else {
                (K::Figure, weights[Weight::Figure])
            };
            a.add(
                Cue::with(kind, number_detail(word)),
                Some(Evidence),
                weight.min(weight_left),
            );
            weight_left -= weight;
            numbers += 1;
        } else if w.is(i, class::NUMBER) {
            let weight = weights[Weight::NumberWord];
            let cue = Cue::with(K::NumberWord, lexicon_word(NUMBER_WORDS, word));
            a.add(cue, Some(Evidence), weight.min(weight_left));
            weight_left -= weight;
            numbers += 1;
        } else if w.is(i, class::MONTH) {
            let weight = weights[Weight::Date];
            let cue = Cue::with(K::Month, lexicon_word(MONTHS, word));
            a.add(cue, Some(Evidence), weight.min(weight_left));
            weight_left -= weight;
            numbers += 1;
        }
    }
    // "A study found" cites; "students who study" and "to study" do not.
    let cited = |m: &&str| *m != "study" || !studies_as_a_verb(&w.list);
    if let Some(m) = w.all_in(EVIDENCE_MARKERS).into_iter().find(cited) {
        let weight = weights[Weight::EvidenceMarker];
        a.add(Cue::with(K::EvidenceMarker, m), Some(Evidence), weight);
    }
    if has_quote(plain) {
        a.add(
            Cue::bare(K::Quotation),
            Some(Evidence),
            weights[Weight::Quotation],
        );
    }
    if has_link {
        a.add(
            Cue::bare(K::CitationLink),
            Some(Evidence),
            weights[Weight::Citation],
        );
    } else if has_reference(plain) {
        let weight = weights[Weight::Citation];
        a.add(Cue::bare(K::CitationReference), Some(Evidence), weight);
    }
    let names = proper_names(plain);
    if names >= 2 {
        let weight = if names >= 4 {
            weights[Weight::ManyNames]
        } else {
            weights[Weight::FewNames]
        };
        a.add(
            Cue::with(
                K::NamedEntities,
                number_text(names).map_or_else(|| owned(&names.to_string()), CueDetail::Borrowed),
            ),
            Some(Evidence),
            weight,
        );
    }
    if let Some(t) = perfect_or_past(w) {
        let weight = if t == "perfect" {
            weights[Weight::Perfect]
        } else {
            weights[Weight::Past]
        };
        a.add(Cue::with(K::Tense, t), Some(Evidence), weight);
    }
    a.evidential = a.score(Evidence) >= weights[Weight::EvidentialFloor];
}

/// True when the digits of `word` are a year: four of them, 1000 to 2100,
/// with no separator ("2019", "2019's"; not "2,019").
///
/// Asked of every number in every sentence: the digits' count and value
/// are read from the word's bytes, with no string of them built to parse
/// (the tests keep that version as the oracle).
fn is_year(word: &str) -> bool {
    let (count, value) = word
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold((0usize, 0u32), |(n, v), d| {
            (n + 1, v.wrapping_mul(10).wrapping_add(u32::from(d - b'0')))
        });
    count == 4 && (1000..=2100).contains(&value) && !word.contains([',', '.'])
}

/// False when `bytes` has no ASCII digit, tested eight bytes at a time;
/// true when it has one, and perhaps for some other bytes beyond ASCII.
fn may_have_digit(bytes: &[u8]) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    // With bit 7 of each byte cleared, plus 0x50 reaches bit 7 from '0'
    // on, plus 0x46 past '9' (no byte carries into the next).
    let found = chunks.by_ref().any(|chunk| {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & (LOW * 0x7f);
        let from_0 = x + LOW * (0x80 - u64::from(b'0'));
        let past_9 = x + LOW * (0x80 - u64::from(b'9') - 1);
        from_0 & !past_9 & (LOW * 0x80) != 0
    });
    found || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// A modal as a cue's detail: the lexicon's own string, without a copy.
fn modal_word(word: &str) -> CueDetail {
    const OTHERS: &[&str] = &["would", "could", "will"];
    [WEAK_MODALS, STRONG_MODALS, OTHERS]
        .iter()
        .find_map(|list| list.iter().find(|m| **m == word))
        .map_or_else(|| owned(word), |m| CueDetail::Borrowed(m))
}

/// A word of `list` as a cue's detail, without a copy when the list has it.
fn lexicon_word(list: &'static [&'static str], word: &str) -> CueDetail {
    list.iter()
        .find(|m| **m == word)
        .map_or_else(|| owned(word), |m| CueDetail::Borrowed(m))
}

/// A quotation of at least three words in straight or curly double quotes.
fn has_quote(plain: &str) -> bool {
    let mut rest = plain;
    while let Some(open) = find_quote(rest, '“') {
        let after = &rest[open + rest[open..].chars().next().map_or(1, char::len_utf8)..];
        let Some(close) = find_quote(after, '”') else {
            return false;
        };
        if after[..close].split_whitespace().count() >= 3 {
            return true;
        }
        rest = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
    }
    false
}

/// Where the first `"` or `curly` (a three-byte quotation mark) is in `text`.
/// What `text.find(['"', curly])` finds, with a SIMD scan for the two lead
/// bytes instead of decoding every character.
fn find_quote(text: &str, curly: char) -> Option<usize> {
    let mut lead = [0; 4];
    let lead = curly.encode_utf8(&mut lead).as_bytes()[0];
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b'"', lead, &bytes[from..]) {
        let at = from + k;
        if bytes[at] == b'"' || text[at..].starts_with(curly) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// A bracketed reference such as `[3]` or `(Smith, 2019)`.
const REFERENCE: &str = r"\[\d{1,3}\]|\([A-Z][A-Za-z\-]+(?: et al\.?)?(?: and [A-Z][A-Za-z\-]+)?,? (?:19|20)\d\d[a-z]?\)";

/// Bracketed references such as `[3]` or `(Smith, 2019)`.
fn has_reference(plain: &str) -> bool {
    use regex::Regex;
    use std::sync::OnceLock;
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(REFERENCE).expect("valid reference pattern"));
    // Both forms open with a bracket, which most sentences lack: one SIMD
    // scan instead of a regex search (a cache taken from a pool, a DFA walk).
    memchr::memchr2(b'[', b'(', plain.as_bytes()).is_some() && re.is_match(plain)
}

/// Count of capitalised words that do not open a sentence or clause.
fn proper_names(plain: &str) -> usize {
    // Read at the capitals first, which also sees whether the sentence is
    // ASCII (no pass of its own for that).
    let (count, ascii) = read_at_capitals(plain.as_bytes());
    if ascii || only_ascii_words(plain) {
        count
    } else {
        proper_names_by_fields(plain)
    }
}

/// True when no character beyond ASCII is a letter, a digit, white space or
/// an opening curly quote: then such characters are marks inside words to
/// [`proper_names`] (a curly apostrophe, a dash), as any ASCII mark is, and
/// [`read_at_capitals`] counts the same names. Most sentences that are
/// not ASCII are such; the word-by-word count cost ten times as much.
fn only_ascii_words(plain: &str) -> bool {
    let bytes = plain.as_bytes();
    // Every character beyond ASCII starts with a byte from 0xC0 on.
    bytes.iter().enumerate().all(|(i, &b)| {
        b < 0xC0
            || plain[i..]
                .chars()
                .next()
                .is_some_and(|c| !(c.is_alphanumeric() || c.is_whitespace() || c == '“'))
    })
}

/// [`proper_names`] of a sentence whose words are ASCII (see
/// [`only_ascii_words`]), read at its capitals only: a word counts when its
/// first letter or digit is a capital, so only the words where a capital
/// stands, and the word before each, are looked at (most words have none;
/// one test covers eight bytes). A byte beyond ASCII is a mark, as `-` is.
/// Returns the count and whether every byte is ASCII.
fn read_at_capitals(bytes: &[u8]) -> (usize, bool) {
    const LOW: u64 = 0x0101_0101_0101_0101;
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    // Where the word that holds byte `at` starts.
    let start = |at: usize| {
        bytes[..at]
            .iter()
            .rposition(|&b| space(b))
            .map_or(0, |k| k + 1)
    };
    // True when the first letter or digit of `word` is a capital.
    let capital = |word: &[u8]| {
        word.iter()
            .find(|b| b.is_ascii_alphanumeric())
            .is_some_and(u8::is_ascii_uppercase)
    };
    let mut count = 0;
    let mut visit = |p: usize| {
        let s = start(p);
        if bytes[s..p].iter().any(u8::is_ascii_alphanumeric) {
            return; // Not the word's first letter: the word was read at that one.
        }
        // The word before ends a clause, or opens a quotation with a capital.
        // Asked first: most capitals open a sentence, and then the word
        // itself is never read.
        let before_end = bytes[..s].iter().rposition(|&b| !space(b)).map(|k| k + 1);
        let previous_ends_clause = before_end.is_none_or(|e| {
            let previous = &bytes[start(e - 1)..e];
            matches!(
                previous[previous.len() - 1],
                b'.' | b':' | b'!' | b'?' | b'"'
            ) || previous[0] == b'"' && capital(previous)
        });
        if previous_ends_clause {
            return;
        }
        // "I", with any marks around it, is no name: the rest of the word
        // is read only for an "I".
        let alone_i = bytes[p] == b'I' && {
            let end = bytes[p..]
                .iter()
                .position(|&b| space(b))
                .map_or(bytes.len(), |k| p + k);
            !bytes[p + 1..end].iter().any(u8::is_ascii_alphanumeric)
        };
        if !alone_i {
            count += 1;
        }
    };
    // Bit 7 of each byte of the mask is set where the chunk has a capital:
    // a byte's low seven bits plus 0x3f reach bit 7 from 'A' on, plus 0x25
    // past 'Z' (no byte carries into the next); a byte beyond ASCII, with
    // bit 7 set, is none.
    let mut chunks = bytes.chunks_exact(8);
    let mut high = 0;
    for (c, chunk) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        high |= x;
        let low = x & (LOW * 0x7f);
        let from_a = low + LOW * (0x80 - u64::from(b'A'));
        let past_z = low + LOW * (0x80 - u64::from(b'Z') - 1);
        let mut mask = from_a & !past_z & !x & (LOW * 0x80);
        while mask != 0 {
            visit(c * 8 + mask.trailing_zeros() as usize / 8);
            mask &= mask - 1;
        }
    }
    let tail = bytes.len() - chunks.remainder().len();
    for (k, &b) in chunks.remainder().iter().enumerate() {
        high |= u64::from(b);
        if b.is_ascii_uppercase() {
            visit(tail + k);
        }
    }
    (count, high & (LOW * 0x80) == 0)
}

/// [`proper_names`] of any sentence, a word at a time.
fn proper_names_by_fields(plain: &str) -> usize {
    let mut count = 0;
    let mut previous_ends_clause = true;
    for token in crate::text::fields(plain) {
        let bytes = token.as_bytes();
        // The first letter or digit decides; trimming is only needed for "I".
        // ASCII is read as bytes; from the first other byte on, characters.
        let capital = match bytes
            .iter()
            .position(|&b| b.is_ascii_alphanumeric() || !b.is_ascii())
        {
            Some(k) if bytes[k].is_ascii() => bytes[k].is_ascii_uppercase(),
            Some(k) => token[k..]
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase),
            None => false,
        };
        if capital
            && !previous_ends_clause
            && token.trim_matches(|c: char| !c.is_alphanumeric()) != "I"
        {
            count += 1;
        }
        previous_ends_clause = matches!(bytes.last(), Some(b'.' | b':' | b'!' | b'?' | b'"'))
            || token.ends_with('“')
            || (bytes[0] == b'"' || token.starts_with('“')) && capital;
    }
    count
}

/// "has helped", "have been", "was": the sentence reports what happened.
fn perfect_or_past(w: &Words) -> Option<&'static str> {
    let list = &w.list;
    const IRREGULAR: &[&str] = &[
        "been", "done", "seen", "made", "shown", "grown", "taken", "given", "become", "had", "led",
        "built", "won", "lost", "paid", "spent", "fallen", "risen", "begun", "found",
    ];
    // Only a sentence with such a word has its words read here.
    let tensed = if w.has(class::TENSE) { list.len() } else { 0 };
    for (i, &word) in list[..tensed].iter().enumerate() {
        if !w.is(i, class::TENSE) {
            continue;
        }
        if matches!(word, "has" | "have" | "had") {
            let next = list.iter().skip(i + 1).take(3).find(|w| {
                !ADVERBS.contains(w)
                    && !matches!(
                        **w,
                        "already" | "long" | "recently" | "repeatedly" | "directly"
                    )
            });
            if next.is_some_and(|n| n.ends_with("ed") || IRREGULAR.contains(n)) {
                return Some("perfect");
            }
        }
        if matches!(word, "was" | "were" | "did") {
            return Some("past");
        }
    }
    // A past-tense verb right after a short subject: "The Alliance succeeded".
    list.iter()
        .enumerate()
        .skip(1)
        .take(4)
        .find(|(i, w)| {
            w.len() > 4
                && w.ends_with("ed")
                && !matches!(
                    list[i - 1],
                    "is" | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "the"
                        | "a"
                        | "an"
                        | "was"
                        | "were"
                        | "of"
                        | "and"
                        | "to"
                )
        })
        .map(|_| "past")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces the fast paths treat specially: quotes, curly
    /// quotes sharing a lead byte with other marks, brackets, non-ASCII
    /// letters and spaces, capitals, clause ends.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            " ",
            "  ",
            "\u{a0}",
            "\u{2003}",
            "\t",
            "\"",
            "“",
            "”",
            "–",
            "…",
            "€",
            "[3]",
            "(",
            ")",
            "(Smith, 2019)",
            "I",
            "I.",
            "Über",
            "éclair",
            "É",
            "İ",
            "ǅ",
            "Alpha",
            "beta",
            "7",
            ".",
            ":",
            "!",
            "?",
            ",",
            "-",
            "'",
            "’",
            "‘",
            "𝔘",
            "\u{301}",
            "\u{85}",
            "e\u{301}",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn fast_scans_agree_with_their_plain_definitions(text in tricky_text()) {
            prop_assert_eq!(find_quote(&text, '“'), text.find(['"', '“']));
            prop_assert_eq!(find_quote(&text, '”'), text.find(['"', '”']));
            // The regex needs an opening bracket; the prefilter may not change its answer.
            let re = regex::Regex::new(REFERENCE).unwrap();
            prop_assert_eq!(has_reference(&text), re.is_match(&text));
            prop_assert_eq!(proper_names(&text), proper_names_by_chars(&text));
            if text.bytes().any(|b| b.is_ascii_digit()) {
                prop_assert!(may_have_digit(text.as_bytes()));
            }
            if text.is_ascii() {
                prop_assert_eq!(may_have_digit(text.as_bytes()), text.bytes().any(|b| b.is_ascii_digit()));
            }
            prop_assert_eq!(proper_names_by_fields(&text), proper_names_by_chars(&text));
            let fields: Vec<&str> = crate::text::fields(&text).collect();
            prop_assert_eq!(fields, text.split_whitespace().collect::<Vec<_>>());
        }
    }

    /// ASCII text of words, capitals, marks and every kind of white space:
    /// what [`read_at_capitals`] reads.
    fn ascii_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            " ", "  ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1f}", "\"", "(", ")", "[3]", "I",
            "I.", "I'm", "\"I", "Alpha", "beta", "Gamma", "dELTA", "7", "7B", "0", "9", "/", ".",
            ":", "!", "?", ",", "-", "'", "Zz", "A", "z", "@", "[", "`", "{",
        ]);
        prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    /// ASCII text with marks beyond ASCII that are neither letters, digits,
    /// white space nor an opening curly quote: what [`read_at_capitals`]
    /// also reads.
    fn marked_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            " ", "\t", "\n", "\"", "I", "I.", "I’m", "“I", "Alpha", "beta", "Gamma", "7B", ".",
            ":", "!", "?", "-", "'", "A", "z", "’", "‘", "”", "–", "—", "…", "€", "\u{301}",
            "\u{200b}", "’Tis", "I–", "–I",
        ]);
        prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn proper_names_at_the_capitals_agree_with_the_word_by_word_count(text in ascii_text()) {
            prop_assert_eq!(read_at_capitals(text.as_bytes()).0, proper_names_by_chars(&text));
            prop_assert_eq!(read_at_capitals(text.as_bytes()).1, text.is_ascii());
            prop_assert_eq!(may_have_digit(text.as_bytes()), text.bytes().any(|b| b.is_ascii_digit()));
        }

        #[test]
        fn marks_beyond_ascii_are_read_at_the_capitals_too(text in marked_text()) {
            // "“I" has the opening quote that the word-by-word count reads.
            prop_assert_eq!(only_ascii_words(&text), !text.contains('“'));
            prop_assert_eq!(read_at_capitals(text.as_bytes()).1, text.is_ascii());
            prop_assert_eq!(proper_names(&text), proper_names_by_chars(&text));
            prop_assert_eq!(proper_names_by_fields(&text), proper_names_by_chars(&text));
        }
    }

    /// Sentences of words the class bits, the openers and the modal checks
    /// look for, with punctuation and capitals between them.
    fn lexicon_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "three",
            "several",
            "twofold",
            "reasons",
            "benefits",
            "of",
            "important",
            "indeed",
            "fact",
            "course",
            "true",
            "these",
            "this",
            "such",
            "the",
            "latter",
            "however",
            "However",
            "do",
            "does",
            "has",
            "have",
            "had",
            "to",
            "ought",
            "need",
            "needs",
            "should",
            "shall",
            "better",
            "whether",
            "would",
            "could",
            "was",
            "five",
            "may",
            "yes",
            "Yes",
            "first",
            "so",
            "we",
            "but",
            "yet",
            "in",
            "conclusion",
            "addition",
            "for",
            "example",
            "it",
            "is",
            "clear",
            "that",
            "although",
            "said",
            "there",
            ",",
            ";",
            ".",
            "?",
            "\"",
            "(",
        ]);
        joined(piece, vec![" ", "", ", ", "; ", "  "], 16)
    }

    /// Up to `max` pieces, each followed by one of `gaps`: text made of the
    /// words a test's lists hold.
    fn joined(
        piece: impl Strategy<Value = &'static str>,
        gaps: Vec<&'static str>,
        max: usize,
    ) -> impl Strategy<Value = String> {
        prop::collection::vec((piece, prop::sample::select(gaps)), 0..max)
            .prop_map(|parts| parts.into_iter().map(|(p, g)| format!("{p}{g}")).collect())
    }

    proptest! {
        #[test]
        fn word_classes_and_openers_agree_with_the_lists(text in lexicon_text()) {
            let lowered = Lowered::new(&text);
            let w = Words::new(&text, &lowered, Vec::new(), Vec::new(), Vec::new());
            let list = &w.list;
            prop_assert_eq!(counts_things(&w).is_some(), counts_things_by_lists(list));
            prop_assert_eq!(
                (0..4).any(|i| w.is(i, class::CONCESSION)),
                list.iter().take(4).any(|t| CONCESSION_WORDS.contains(t))
            );
            prop_assert_eq!(
                (0..4)
                    .find(|&i| w.is(i, class::DETERMINER))
                    .and_then(|i| ANAPHORIC_DETERMINERS.iter().find(|d| **d == list[i])),
                list.iter()
                    .take(4)
                    .find_map(|t| ANAPHORIC_DETERMINERS.iter().find(|d| *d == t))
            );
            for bit in 0..32 {
                let bit = 1 << bit;
                prop_assert_eq!(w.has(bit), (0..list.len()).any(|i| w.is(i, bit)));
            }
            // The hits are the phrases found at each word, and the opening
            // hits those found at the first.
            for phrases in phrase_lists() {
                for opening in [true, false] {
                    let mut fast: Vec<usize> = w.positions(phrases, opening).collect();
                    fast.sort_unstable();
                    let starts = if opening { list.len().min(1) } else { list.len() };
                    let plain: Vec<usize> = (0..phrases.len())
                        .flat_map(|i| (0..starts).map(move |k| (i, k)))
                        .filter(|&(i, k)| {
                            let words: Vec<&str> = phrases[i].split(' ').collect();
                            list[k..].starts_with(&words)
                        })
                        .map(|(i, _)| i)
                        .collect();
                    prop_assert_eq!(fast, plain);
                }
            }
            for (i, &word) in list.iter().enumerate() {
                let next = list.get(i + 1).copied().unwrap_or("");
                let fast = strong_modals()
                    .iter()
                    .find(|(first, second, _)| *first == word && second.is_none_or(|s| s == next))
                    .map(|&(_, _, m)| m);
                let plain = STRONG_MODALS.iter().copied().find(|m| match m.split_once(' ') {
                    Some((first, second)) => first == word && second == next,
                    None => *m == word,
                });
                prop_assert_eq!(fast, plain);
            }
            prop_assert_eq!(has_inner_turn(&text), has_inner_turn_by_search(&text));
        }
    }

    /// Sentences of the words the lexicon's phrases are made of, so that
    /// long phrases, phrases inside phrases and near misses occur.
    fn phrase_text() -> impl Strategy<Value = String> {
        let mut words: Vec<&str> = phrase_lists()
            .iter()
            .flat_map(|list| list.iter().flat_map(|p| p.split(' ')))
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_unstable();
        words.dedup();
        let phrases: Vec<&str> = phrase_lists()
            .iter()
            .flat_map(|l| l.iter().copied())
            .collect();
        let piece = prop_oneof![
            prop::sample::select(words),
            prop::sample::select(phrases),
            Just("x"),
        ];
        joined(piece, vec![" ", " ", " ", ", ", ". "], 24)
    }

    proptest! {
        #[test]
        fn the_phrase_tree_finds_every_phrase_at_every_word(text in phrase_text()) {
            let lowered = Lowered::new(&text);
            let w = Words::new(&text, &lowered, Vec::new(), Vec::new(), Vec::new());
            let list = &w.list;
            for phrases in phrase_lists() {
                for opening in [true, false] {
                    let mut fast: Vec<usize> = w.positions(phrases, opening).collect();
                    fast.sort_unstable();
                    let starts = if opening { list.len().min(1) } else { list.len() };
                    let mut plain: Vec<usize> = (0..phrases.len())
                        .flat_map(|i| (0..starts).map(move |k| (i, k)))
                        .filter(|&(i, k)| {
                            let words: Vec<&str> = phrases[i].split(' ').collect();
                            list[k..].starts_with(&words)
                        })
                        .map(|(i, _)| i)
                        .collect();
                    plain.sort_unstable();
                    prop_assert_eq!(fast, plain);
                }
            }
        }
    }

    /// Lexicon words, words near them (a letter more or less, the same
    /// ends), and words longer than eight bytes.
    fn word_like() -> impl Strategy<Value = String> {
        let m = matcher();
        let mut known: Vec<String> = m.by_word.keys().map(|w| w.to_string()).collect();
        known.sort_unstable();
        let near = prop::sample::select(known.clone()).prop_flat_map(|w| {
            prop::sample::select(vec![
                format!("{w}s"),
                format!("x{w}"),
                w.chars().skip(1).collect(),
                w.chars().rev().collect(),
                format!("{w}{w}"),
                // The same length and ends, another middle.
                w.char_indices()
                    .map(|(i, c)| if i == w.len() / 2 { 'q' } else { c })
                    .collect(),
            ])
        });
        prop_oneof![
            prop::sample::select(known),
            near,
            "[a-z']{1,14}",
            "[a-zé]{7,12}",
        ]
    }

    proptest! {
        #[test]
        fn the_word_table_finds_what_the_hash_map_holds(words in prop::collection::vec(word_like(), 1..20)) {
            let m = matcher();
            for word in words.iter().filter(|w| !w.is_empty()) {
                prop_assert_eq!(m.table.get(word), m.by_word.get(word.as_str()).copied().unwrap_or(0));
            }
        }
    }

    #[test]
    fn every_lexicon_word_is_in_the_word_table() {
        let m = matcher();
        for (word, &id) in m.by_word.iter().filter(|(w, _)| !w.is_empty()) {
            assert_eq!(m.table.get(word), id, "{word}");
        }
    }

    /// [`counts_things`] as first written, with scans of the lists.
    /// [`is_year`] as first written: the digits gathered and parsed.
    fn is_year_by_parsing(word: &str) -> bool {
        let digits: String = word.chars().filter(char::is_ascii_digit).collect();
        let value: u32 = digits.parse().unwrap_or(0);
        digits.len() == 4 && (1000..=2100).contains(&value) && !word.contains([',', '.'])
    }

    proptest! {
        #[test]
        fn years_read_from_the_bytes_agree_with_parsing_the_digits(word in "[0-9a-z,.'’é]{0,12}") {
            prop_assert_eq!(is_year(&word), is_year_by_parsing(&word));
        }
    }

    #[test]
    fn years_are_four_digits_in_range() {
        for (word, year) in [
            ("2019", true),
            ("1000", true),
            ("2100", true),
            ("2101", false),
            ("0999", false),
            ("2019's", true),
            ("2,019", false),
            ("20.19", false),
            ("12345", false),
            ("99999999999", false),
        ] {
            assert_eq!(is_year(word), year, "{word}");
            assert_eq!(is_year_by_parsing(word), year, "{word}");
        }
    }

    fn counts_things_by_lists(list: &[&str]) -> bool {
        list.iter().enumerate().any(|(i, w)| {
            COUNT_WORDS.contains(w)
                && (COUNTED_NOUNS.contains(w)
                    || list[i + 1..]
                        .iter()
                        .take(3)
                        .any(|n| COUNTED_NOUNS.contains(n)))
        })
    }

    /// [`has_inner_turn`] as first written, one search a pattern.
    fn has_inner_turn_by_search(sentence: &str) -> bool {
        let lower = sentence.to_ascii_lowercase();
        [", but ", ", yet ", "; however", ", however, ", "; but "]
            .iter()
            .any(|t| lower.find(t).is_some_and(|i| i > 10))
    }

    /// [`proper_names`] as first written, a character at a time.
    fn proper_names_by_chars(plain: &str) -> usize {
        let mut count = 0;
        let mut previous_ends_clause = true;
        for token in plain.split_whitespace() {
            let capital = token
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase);
            if capital
                && !previous_ends_clause
                && token.trim_matches(|c: char| !c.is_alphanumeric()) != "I"
            {
                count += 1;
            }
            previous_ends_clause = token.ends_with(['.', ':', '!', '?', '"', '“'])
                || token.starts_with(['"', '“']) && capital;
        }
        count
    }

    /// The analysis with the shipped weights.
    fn analyse(plain: &str, has_link: bool) -> Analysis {
        super::analyse(plain, has_link, Weights::shipped())
    }

    #[test]
    fn numbers_are_borrowed_as_written() {
        for v in 0..=2100 {
            assert_eq!(number_text(v), Some(v.to_string().as_str()));
            let detail = number_detail(&v.to_string());
            assert!(matches!(detail, CueDetail::Borrowed(_)), "{v}");
            assert_eq!(detail, v.to_string());
        }
        assert_eq!(number_text(2101), None);
        for word in [
            "2101", "00", "007", "12345", "3.5", "1,000", "2019s", "7b", "",
        ] {
            let detail = number_detail(word);
            assert!(matches!(detail, CueDetail::Owned(_)), "{word}");
            assert_eq!(detail, word);
        }
    }

    #[test]
    fn a_sentences_buffers_are_kept_for_the_next() {
        let huge = "Cities must plant more trees before the summer. ".repeat(2000);
        for text in ["Cities must plant more trees.", &huge] {
            analyse(text, false);
            let scratch = Scratch::take();
            let rooms = [
                scratch.text.capacity(),
                scratch.list.capacity(),
                scratch.ids.capacity(),
                scratch.hits.capacity(),
            ];
            // Kept (the list, collected in place, too), a huge sentence's
            // only up to the bound.
            assert!(rooms.iter().all(|&r| r > 0), "{rooms:?}");
            assert!(rooms.iter().all(|&r| r <= Scratch::KEEP), "{rooms:?}");
            scratch.give_back();
        }
    }

    fn names(plain: &str) -> Vec<String> {
        analyse(plain, false)
            .cues
            .into_iter()
            .map(|c| c.cue.to_string())
            .collect()
    }

    #[test]
    fn digits_in_a_name_or_code_measure_nothing() {
        let numbers = |plain: &str| -> Vec<String> {
            names(plain)
                .into_iter()
                .filter(|n| n.starts_with("number:") || n.starts_with("date:"))
                .collect()
        };
        for plain in [
            "Emissions of CO2 keep rising in every large city.",
            "COVID-19 changed how most offices work.",
            "I can only recommend the new XYZ-123 phone to everyone.",
            "The G20 meets again in the spring.",
        ] {
            assert_eq!(numbers(plain), Vec::<String>::new(), "{plain}");
        }
        // A measure beside a code still counts, and a lowercase or
        // capitalised prefix is no code ("mid-2019", "Post-2008").
        assert_eq!(
            numbers("The XYZ-123 phone costs 300 dollars."),
            ["number:300"]
        );
        assert_eq!(numbers("In mid-2019 prices rose again."), ["date:2019"]);
        assert_eq!(numbers("Post-2008 banks lent far less."), ["date:2008"]);
    }

    #[test]
    fn deontic_modal_proposes() {
        let a = analyse(
            "Instead of focusing on growth, the city should invest in its parks.",
            false,
        );
        assert!(a.proposal);
        assert!(names("Cities must act now.").contains(&"modal:must".to_string()));
    }

    #[test]
    fn modal_in_reported_debate_or_relative_clause_does_not_propose() {
        let a = analyse(
            "The debate over whether the council should grow is in full force.",
            false,
        );
        assert!(!a.proposal, "{:?}", a.cues);
        let b = analyse("These kinds of projects that the city could fund are already under way, such as the river walk.", false);
        assert!(b.score(NodeKind::Recommendation) == 0.0, "{:?}", b.cues);
        assert!(b.evidential);
        let c = analyse("I think that we should act.", false);
        assert!(c.proposal);
    }

    #[test]
    fn a_judgements_modal_does_not_hide_the_proposal_after_it() {
        let a = analyse(
            "Selling the park would be a mistake, and the board should say so.",
            false,
        );
        assert!(a.proposal, "{:?}", a.cues);
        assert!(names("Selling the park would be a mistake.")
            .iter()
            .all(|n| !n.starts_with("modal:should")));
        // A modal that only judges still judges: no proposal from "would" alone.
        assert!(!analyse("Selling the park would be a mistake.", false).proposal);
        // Nor from a modal in the judgement's complement or condition.
        for judged in [
            "It would be a mistake to think that pupils should pay for their own buses.",
            "Cutting the school bus would be unfair, even if the council must save money.",
        ] {
            assert!(!analyse(judged, false).proposal, "{judged}");
        }
    }

    #[test]
    fn a_stance_is_open_class_negated_led_up_to_or_a_perspective() {
        for sentence in [
            "It seems to me that bicycles belong on the road.",
            "To my mind, the library needs longer hours.",
            "As far as I am concerned, homework is a waste of evenings.",
            "As for me, a small town is the better home.",
            "I suppose exams measure memory more than skill.",
            "My own view is that parks matter more than car parks.",
            // Open-class: negated, led up to, or with the position named.
            "I do not think that exams measure skill.",
            "I can't agree with this view.",
            "I tend to agree with the second group.",
            "I would like to argue that parks matter.",
            "I am inclined to believe that parks matter.",
            "I hold the view that parks matter.",
            "It is my opinion that parks matter.",
        ] {
            assert!(analyse(sentence, false).stance, "{sentence}");
        }
        for sentence in [
            "I must go to the station.",
            "I can see that the bus is late.",
            "I like to swim in the lake.",
            // "like" leads only with its "to".
            "I like movies that make me laugh.",
            // Granting, knowing or feeling after a negation takes no side.
            "I must admit that cars are convenient.",
            "I cannot deny that the critics are right.",
            "I can't believe that he said that.",
            "I don't mind that the bus is late.",
            // A view heard is reported, not held.
            "I heard the view that cars are bad from my uncle.",
            // A perspective phrase frames the sentence only as its opener.
            "The idea came to my mind when I was cycling home.",
            "My sister got a bike, and as for me, I got a scooter.",
            "He asked what I'd say to the mayor.",
            "I kept my own opinion to myself during the meeting.",
        ] {
            assert!(!analyse(sentence, false).stance, "{sentence}");
        }
        // "To me" inside a report is no frame of the author's view.
        assert!(!analyse("She handed the keys to me after lunch.", false).stance);
        assert!(!analyse("It seems that the bus was late.", false).stance);
        // A learner's "I am agree" takes a side.
        for sentence in [
            "I am agree that the parks should stay open at night.",
            "I am totally agree with this idea.",
            "I am disagree with the people who want a ban.",
        ] {
            assert!(analyse(sentence, false).stance, "{sentence}");
        }
    }

    #[test]
    fn an_obligation_denied_proposes_nothing() {
        for sentence in [
            "Parents do not have to buy new clothes every month.",
            "With a bike you don't need to pay for parking.",
            "Members never have to queue at the desk.",
            "You don't really need to own a car in town.",
            "Students no longer need to carry heavy books.",
        ] {
            let a = analyse(sentence, false);
            assert_eq!(
                a.score(NodeKind::Recommendation),
                0.0,
                "{sentence}: {:?}",
                a.cues
            );
            assert!(a.cues.iter().any(|c| c.cue.kind == CueKind::NoObligation));
        }
        // A prohibition still proposes, and so does a plain obligation.
        for sentence in [
            "Drivers must not use their phones.",
            "The council has to act now.",
        ] {
            let a = analyse(sentence, false);
            assert!(
                a.score(NodeKind::Recommendation) > 0.0,
                "{sentence}: {:?}",
                a.cues
            );
        }
    }

    #[test]
    fn weak_modal_with_acting_subject_proposes_but_not_a_prediction() {
        assert!(
            analyse(
                "The council could partner with local schools to share knowledge.",
                false
            )
            .score(NodeKind::Recommendation)
                > 1.0
        );
        assert_eq!(
            analyse(
                "Residents could very well see benefits from cleaner air.",
                false
            )
            .score(NodeKind::Recommendation),
            0.0
        );
        assert_eq!(
            analyse(
                "If the city grows, they can expect to reap similar benefits.",
                false
            )
            .score(NodeKind::Recommendation),
            0.0
        );
    }

    #[test]
    fn gerund_subject_with_would_help_proposes() {
        let a = analyse(
            "Opening these libraries to new readers would help establish lasting habits.",
            false,
        );
        assert!(a.proposal, "{:?}", a.cues);
    }

    #[test]
    fn evidence_cues() {
        let a = analyse("The city runs 25 libraries and 33 clinics.", false);
        assert!(a.evidential);
        assert!(
            names("For example, the mayor said so.").contains(&"marker:for example".to_string())
        );
        assert!(
            names("He wrote “this is not the end” in a letter.").contains(&"quotation".to_string())
        );
        assert!(
            names("Prices rose sharply (Smith, 2019).").contains(&"citation:reference".to_string())
        );
        assert!(names("The plan has helped transform dozens of towns.")
            .contains(&"tense:perfect".to_string()));
    }

    #[test]
    fn examples_are_flagged() {
        assert!(analyse("For example, the mayor said so.", false).example);
        assert!(analyse("Cities such as Oslo did it.", false).example);
        assert!(!analyse("The mayor said so.", false).example);
    }

    #[test]
    fn a_wish_or_plan_of_the_authors_is_told_apart() {
        for text in [
            "I hope my sister will study abroad too.",
            "We wish every town had such a park.",
            "I am planning to try it myself.",
            "Next time I will take the train.",
            "One day we are going to live there.",
            "I am already planning my next trip, to Lisbon.",
            "I am sure that I will move to a town myself one day.",
            "I will keep my sofa and my streaming account!",
            "Next time I travel I will try to leave my phone in my pocket.",
            "Maybe when I am older I will start my own business, but not now.",
        ] {
            assert!(analyse(text, false).wish, "{text}");
        }
        for text in [
            "I think towns should plant trees.",
            "Many people hope for a better bus service.",
            "Next, the council will vote.",
            "We hoped for rain.",
            "I will show that towns need buses.",
            "I will explain my reasons below.",
            "I will always vote for more buses.",
            "My town will build a tram.",
        ] {
            assert!(!analyse(text, false).wish, "{text}");
        }
    }

    #[test]
    fn an_announcement_counts_what_it_will_list() {
        for text in [
            "There are three reasons for this.",
            "Cycling has several important benefits.",
            "The benefits are twofold.",
        ] {
            assert!(analyse(text, false).announcer, "{text}");
        }
        // A count word and a counted noun apart name no list to come.
        for text in [
            "Several of my friends say that team sport taught them lessons.",
            "Many pupils find it one of the best ways to relax.",
            // The items follow in the sentence itself.
            "When children play they learn many things, like sharing the toys.",
            "Cities face several problems such as noise and smog.",
            "Buses bring three benefits, including cleaner air.",
        ] {
            assert!(!analyse(text, false).announcer, "{text}");
        }
    }

    #[test]
    fn a_view_held_at_a_distance_is_told_from_one_the_author_may_share() {
        let disputed = |t: &str| analyse(t, false).disputed_view;
        assert!(disputed(
            "The betting firms insist that a logo harms nobody."
        ));
        assert!(disputed(
            "Opponents of the scheme claim that fares will rise."
        ));
        assert!(!disputed(
            "Parents say that the new crossing made mornings calmer."
        ));
        assert!(!disputed(
            "Engineers warn that the old bridge cannot take more traffic."
        ));
        // Only a reported view is anyone's view.
        assert!(!disputed("The firms claim their prize every spring."));
    }

    #[test]
    fn a_step_in_time_opens_a_storys_sentence() {
        let steps = |t: &str| analyse(t, false).steps_on;
        assert!(steps("Then the harbour silted up."));
        assert!(steps("After that, the bank closed its branch."));
        assert!(!steps("Second, buses are cheap for riders."));
        assert!(!steps("Thenceforth is an old word."));
        assert!(!steps("After the vote, the council met again."));
        // Words that order points as often as steps.
        assert!(!steps("After that vote, the council found the money."));
        assert!(!steps("Then, as now, crowded buses were the rule."));
        assert!(!steps("Later generations will thank us."));
        // A yes-or-no question puts a doubt; a "why" one leads to an answer.
        assert!(analyse("Has he tried?", false).asks_back);
        assert!(!analyse("Why does this matter?", false).asks_back);
        assert!(!analyse("Has he tried it before.", false).asks_back);
    }

    #[test]
    fn objections_and_markers() {
        assert!(analyse("Critics argue that parks cost too much.", false).objection);
        assert!(analyse("Admittedly, parks cost money.", false).objection);
        // A grant in the author's own words, as "Admittedly" is.
        assert!(analyse("Fair enough, parks cost money.", false).objection);
        assert!(analyse("To be fair, the old pool was cold.", false).objection);
        assert!(!analyse("Fair play matters in every sport.", false).objection);
        assert!(analyse("Yes, it is annoying to sort rubbish.", false).objection);
        assert!(!analyse("Yesterday it rained.", false).objection);
        let a = analyse("First, the city could cut costs.", false);
        assert!(a.ordinal);
        assert!(!analyse("First responders arrived.", false).ordinal);
        assert!(analyse("The benefits are twofold.", false).announcer);
        assert!(analyse("However, an alternative exists.", false).contrast);
        assert!(analyse("This helps reduce crime.", false).anaphora);
        // The empty "it" of an extraposed subject points forward, not back.
        for (text, back) in [
            ("It is toxic and no care removes the risk.", true),
            ("This makes towns quieter.", true),
            ("It is quite clear that towns need parks.", false),
            ("It would be fair to close the road.", false),
            ("It was a mistake to sell the park.", false),
        ] {
            let a = analyse(text, false);
            assert!(a.anaphora, "{text}");
            assert_eq!(a.refers_back, back, "{text}");
        }
        assert!(analyse("Therefore we must act.", false).conclusion);
        // A superlative that judges evaluates, as its plain form does.
        assert!(analyse(
            "A congestion charge is the cheapest and fairest way to cut traffic.",
            false
        )
        .has(CueKind::Evaluative));
        assert!(analyse(
            "Cycling remains the safest way for children to travel.",
            false
        )
        .has(CueKind::Evaluative));
        assert!(!analyse(
            "It was the cheapest house on the street when we bought it.",
            false
        )
        .has(CueKind::Evaluative));
        // One that picks out a thing reports (the review's sentence).
        assert!(!analyse(
            "The cheapest flight to Spain costs four hundred pounds.",
            false
        )
        .has(CueKind::Evaluative));
        // A weighing judges: "the advantages clearly outweigh the costs".
        for weighed in [
            "The advantages of a shorter week outweigh the disadvantages.",
            "The risk of a flood far outweighs the cost of a wall.",
            "The gains were outweighed by the losses.",
        ] {
            assert!(
                analyse(weighed, false).has(CueKind::Evaluative),
                "{weighed}"
            );
        }
        assert!(analyse("Taken together, these costs make life harder.", false).conclusion);
        assert!(analyse("With all this in mind, the plan has worked.", false).conclusion);
        // Forum essays' other closing phrases.
        for drawn in [
            "Based on the above, a small garden is worth the work.",
            "For the reasons mentioned above, I would rather rent.",
            "To put it in a nutshell, cheap fares fill the trains.",
        ] {
            assert!(analyse(drawn, false).conclusion, "{drawn}");
        }
        // "So" with a subject after it draws a conclusion, whatever opens
        // the subject; not "So many", "So far", "So do I", "So bad that".
        for drawn in [
            "So free transport is fairer for poor people.",
            "So a phone of their own is bad for young children.",
            "So we must act.",
            "So, the town needs buses.",
            // A pronoun subject, whatever follows it (the review's case).
            "So we as a society must stop using them.",
            "So then we have to change how we shop.",
        ] {
            assert!(analyse(drawn, false).conclusion, "{drawn}");
        }
        for not_drawn in [
            "So many people take the bus.",
            "So far the plan has worked.",
            "So do most of my friends.",
            "So much for the old plan.",
            "So late that nobody came.",
            // A story's next step, and a degree (the review's cases).
            "So when the teacher asked him, he never knew the answer.",
            "So often we hear that young people do not care.",
        ] {
            assert!(!analyse(not_drawn, false).conclusion, "{not_drawn}");
        }
    }

    #[test]
    fn a_view_is_denied_without_a_turn() {
        let answers = |t: &str| analyse(t, false).answers();
        for denial in [
            "The evidence points the other way.",
            "The figures from our own high street do not bear this out.",
            "That is simply wrong.",
            "The opposite is true.",
            "This is not true of small towns.",
            "The numbers do not add up.",
            "The survey says otherwise.",
            "The claim is a myth.",
            "Nothing could be further from the truth.",
        ] {
            assert!(answers(denial), "{denial}");
        }
        for statement in [
            "The bus takes the other road.",
            "Parents should find out what works.",
            "The plan adds up to a new tax.",
            "Otherwise the buses stay empty.",
            "It is true that buses are slow.",
            "It is not wrong to want children to be safe.",
        ] {
            assert!(!answers(statement), "{statement}");
        }
    }

    #[test]
    fn a_bare_refusal_makes_the_next_sentence_an_answer_unless_it_is_another_view() {
        let paragraph = |texts: &[&str]| {
            let mut analyses: Vec<Analysis> = texts.iter().map(|t| analyse(t, false)).collect();
            carry_disagreement(&mut analyses);
            analyses
        };
        let answered = paragraph(&[
            "Some drivers claim that night shifts are unsafe.",
            "I disagree with this view.",
            "Every night bus carries a second member of staff.",
        ]);
        assert!(answered[2].answers());
        let another = paragraph(&[
            "Some drivers claim that night shifts are unsafe.",
            "I disagree with this view.",
            "Others claim that the buses would run empty.",
        ]);
        assert!(!another[2].answers());
    }

    #[test]
    fn a_grant_that_points_back_turns_from_the_view_and_a_judgement_does_not() {
        for grant in [
            "This may be true of some towns, but most buses are full.",
            "This argument sounds reasonable, yet it overlooks the cost.",
        ] {
            assert!(analyse(grant, false).turns_from_view(), "{grant}");
        }
        for judgement in [
            "This is worrying, but the school has done nothing about it.",
            "That may sound like a small gap, but it adds up over a year.",
        ] {
            assert!(!analyse(judgement, false).turns_from_view(), "{judgement}");
        }
    }

    #[test]
    fn a_point_granted_with_also_is_granted() {
        for grant in [
            "It is true that buses are slow.",
            "It is also true that buses are slow.",
            "It's also true that buses are slow.",
        ] {
            let a = analyse(grant, false);
            assert!(a.grant && a.objection, "{grant}: {:?}", a.cues);
        }
        assert!(!analyse("It is also clear that buses are slow.", false).objection);
    }

    #[test]
    fn an_essay_talking_about_itself_is_no_argument() {
        let meta = |t: &str| analyse(t, false).non_argument.as_deref() == Some("meta-discourse");
        assert!(meta(
            "In this essay I will set out four reasons for my choice."
        ));
        assert!(meta("The following paragraphs will explain why."));
        assert!(meta("This paper will look at both sides of the question."));
        // A promise that carries the claim itself is the thesis, framed.
        assert!(!meta(
            "In this essay I will show that towns need more buses."
        ));
        // The claim first, the promise after it: the sentence holds a claim.
        assert!(!meta(
            "Towns need more buses, and in this essay I will give three reasons."
        ));
        assert!(!meta("This essay question is hard to answer well."));
        // A text that says what it does as it does it.
        assert!(meta(
            "This report summarises the causes of the delays and lists three options for the council."
        ));
        assert!(!meta(
            "This report shows that the delays come from the depot."
        ));
        // The writer announcing the next topic, not arguing it.
        assert!(meta("Secondly, I want to talk about the cost of a ticket."));
        assert!(meta("Now I would like to discuss the other side."));
        assert!(!meta("I want to talk about why buses are late so often."));
        assert!(meta("I will explain my reasons below."));
        assert!(meta("Below I will give three reasons for my view."));
        assert!(!meta("I will give my old bike to my brother."));
        assert!(!meta("I will explain why the buses are late."));
        // Both sides, pros and cons; not an opinion given after a colon
        // (the review's sentences).
        assert!(meta("I will present both sides of the argument."));
        assert!(meta(
            "I will explain the advantages and disadvantages of this idea."
        ));
        assert!(!meta(
            "I will give my honest opinion: closing the library on Sundays is a mistake."
        ));
        // A colon that lists the topics leaves the promise meta-discourse.
        assert!(meta(
            "This essay will discuss three things: cost, speed and safety."
        ));
        assert!(meta(
            "I will discuss the advantages and disadvantages of zoos: education, conservation and cruelty."
        ));
        assert!(!meta("I will move to a bigger town after my studies."));
        assert!(!meta("I want to study medicine in Leeds."));
        // Pointing at what comes next.
        for ahead in [
            "Here's what changed my mind.",
            "So here's where I've landed, after a week of thinking it over.",
            "Let's start with the case against.",
            "Let us turn to the cost.",
            "And here is the problem.",
        ] {
            assert!(meta(ahead), "{ahead}");
        }
        for stated in [
            "Here the buses run every ten minutes.",
            "Let's not pretend that buses are free.",
            "Here is a town that fixed its buses in a year.",
            "Here's the truth: the bypass will not cut traffic.",
            "Here's why the council must charge for parking.",
            "Let us turn the old depot into homes.",
        ] {
            assert!(!meta(stated), "{stated}");
        }
        let introduces =
            |t: &str| analyse(t, false).non_argument.as_deref() == Some("introduces-list");
        assert!(introduces("A good plan needs three parts:"));
        assert!(!introduces("My answer is simple: buses should be free."));
        assert!(!introduces(
            "The council must do three things to save our buses:"
        ));
    }

    #[test]
    fn any_subject_that_says_that_reports_a_view() {
        let reports = |t: &str| analyse(t, false).reported_view;
        assert!(reports("Bus companies warn that public buses lose money."));
        assert!(reports(
            "The ministers have said that pools are a local matter."
        ));
        // A letter to the editor: the paper's report quotes someone.
        assert!(reports(
            "Your report quotes Councillor Ann Lee as saying that parking will stay free."
        ));
        assert!(!reports("You could say that buses are slow."));
        // A subject with a relative clause of its own; not a clause that
        // tells when something happened.
        assert!(reports(
            "Many drivers who park in the centre every day say that the fee is too high."
        ));
        assert!(!reports(
            "Accidents at the junction fell sharply after the council warned that drivers would be fined."
        ));
        assert!(!reports(
            "Traffic on the bridge, which fell after the council warned that tolls would rise, shows it."
        ));
        // A long subject that holds its view at a distance.
        assert!(reports(
            "The former chair of the town's chamber of commerce insists that trams will empty the shops."
        ));
        assert!(reports(
            "Defenders of the plan counter that fares will fall at night."
        ));
        // A view the sentence says exists, then gives; not one it denies.
        assert!(reports(
            "There is also the common worry that trams will empty the shops."
        ));
        assert!(reports(
            "Then there's the argument you hear from drivers, that bus lanes slow the traffic."
        ));
        assert!(!reports("There is no argument that trams are cheap."));
        assert!(!reports("There is a chance that fares will fall."));
        assert!(!reports("There is a concern that I share about the fares."));
        assert!(!reports("There is a strong argument that trams are cheap."));
        assert!(reports(
            "Your article of 4 May quotes Councillor Ann Lee as saying that parking will stay free."
        ));
        // A proverb and the author's own verb report nobody.
        assert!(!reports(
            "The old saying that time is money is true for shift workers."
        ));
        assert!(!reports(
            "The council can easily counter that worry with figures from the trial."
        ));
        // A frame that names a view raised against something.
        assert!(reports(
            "A common objection is that night buses would run empty."
        ));
        assert!(reports(
            "The main argument against the plan is that it costs too much."
        ));
        assert!(!reports("My main worry is that the buses will run late."));
        assert!(!reports(
            "The main argument for the plan is that it saves lives."
        ));
        // Thinking or showing is no side's saying; the author's own saying neither.
        assert!(!reports("Studies suggest that public buses cut traffic."));
        assert!(!reports("As I said that day, the buses are late."));
        assert!(!reports("It is often said that buses are slow."));
    }

    #[test]
    fn a_sentence_that_promises_its_point_is_a_signpost() {
        let promises = |t: &str| analyse(t, false).non_argument.as_deref() == Some("signpost");
        assert!(promises("The answer is simple."));
        assert!(promises("The reason for the delay is plain enough."));
        assert!(promises("The cause is not mysterious."));
        assert!(promises("The stronger objection is a financial one."));
        assert!(!promises("The problem is a serious one."));
        assert!(promises("There is a cheaper way."));
        assert!(promises("There is a simpler solution to the queues."));
        // A point stated, or a way that exists for something else.
        assert!(!promises("The answer is more buses."));
        assert!(!promises("The problem is that fares keep rising."));
        assert!(!promises("The problem is not the buses."));
        assert!(!promises(
            "There is a better way of life in villages today."
        ));
        assert!(!promises("Buses are simple."));
    }

    #[test]
    fn an_instruction_to_the_reader_proposes() {
        let proposes = |t: &str| names(t).iter().any(|n| n.starts_with("imperative:"));
        assert!(proposes("Add a second ferry on weekday mornings."));
        assert!(proposes("Tell your members before the vote."));
        assert!(proposes("Be honest about what the pilot showed."));
        // A noun that looks like a verb, a question, a rhetorical device.
        assert!(!proposes("Change is hard for any small firm."));
        assert!(!proposes("Support for the plan has grown since May."));
        assert!(!proposes("Set the table for four?"));
        assert!(!proposes("Imagine a town with no cars."));
        assert!(analyse("Add a second ferry on weekday mornings.", false).proposal);
        // The first person urging someone to act proposes too.
        assert!(analyse("I urge the council to keep the ferry running.", false).proposal);
        assert!(analyse("We call on the minister to publish the figures.", false).proposal);
        // A letter's request to its addressee.
        assert!(
            analyse(
                "We write as parents of the school to ask you to keep the library open.",
                false
            )
            .proposal
        );
        assert!(!analyse("They asked us to wait outside.", false).proposal);
        assert!(
            !analyse(
                "The mainland clinics ask you to arrive an hour early.",
                false
            )
            .proposal
        );
        // "Ask any teacher how that goes." is a figure of speech.
        assert!(!proposes("Ask any teacher how that goes."));
    }

    #[test]
    fn let_us_proposes_only_where_it_opens_a_clause() {
        let proposes = |t: &str| analyse(t, false).proposal;
        assert!(proposes("Let us give the library a second chance."));
        assert!(proposes("So let's keep the ferry running on Sundays."));
        assert!(proposes("The vote is close, and let us not waste it."));
        assert!(proposes("In conclusion, let us plant more trees."));
        assert!(proposes(
            "If we want cooler summers, let's plant more trees."
        ));
        // A verb of permission after a subject or an auxiliary.
        assert!(!proposes("Last spring the owner let us camp in his field."));
        assert!(!proposes(
            "At midnight the guard wouldn't let us through the gate."
        ));
        assert!(!proposes(
            "The old printer has let us down twice this month."
        ));
    }

    #[test]
    fn a_study_cited_is_evidence_and_students_who_study_are_not() {
        let cites = |t: &str| names(t).iter().any(|n| n.starts_with("marker:study"));
        assert!(cites("A study from Leeds found fewer accidents."));
        assert!(cites("One study shows that pupils read more."));
        assert!(!cites("Students who study music read better."));
        assert!(!cites("They want to study abroad."));
        // Another marker of the sentence still counts.
        assert!(names("We study hard, according to our teachers.")
            .iter()
            .any(|n| n == "marker:according to"));
    }

    #[test]
    fn an_obligation_put_on_someone_proposes() {
        let proposes = |t: &str| analyse(t, false).proposal;
        assert!(proposes(
            "It is the council's job to keep the ferry running."
        ));
        assert!(proposes(
            "It is the responsibility of parents to teach good manners."
        ));
        assert!(proposes("Schools have a duty to protect their pupils."));
        // A job held, a duty done, an obligation named: nobody is told to act.
        assert!(!proposes("My sister found a job at the ferry office."));
        assert!(!proposes("The job to replace the pier took two years."));
        assert!(!proposes("Her sense of duty made her stay."));
    }

    #[test]
    fn a_paragraphs_label_is_no_argument() {
        let label = |t: &str| analyse(t, false).non_argument.as_deref() == Some("signpost");
        assert!(label("The second advantage is price."));
        assert!(label("Another point concerns safety."));
        assert!(label("Noise is another important factor."));
        assert!(!label("The main benefit is economic."));
        assert!(!label("Another reason is that buses pollute less."));
        assert!(!label("The first advantage will not last long."));
        assert!(label("Money is the next question."));
        assert!(label("The second advantage is the price."));
        assert!(label("Another reason is a matter of fairness."));
        assert!(label("The most obvious advantage is time."));
        assert!(!label("The most obvious benefit is economic."));
        assert!(!label("The main problem is money."));
        assert!(!label(
            "Another reason is children become more responsible."
        ));
    }

    #[test]
    fn a_view_replied_told_owned_or_added_after_its_clause_is_reported() {
        let reports = |t: &str| analyse(t, false).reported_view;
        let disputed = |t: &str| analyse(t, false).disputed_view;
        // A reply answers the author: the other side's, held at a distance.
        assert!(disputed(
            "Shop owners reply that the footfall figures are out of date."
        ));
        assert!(disputed(
            "Some landlords will answer that they already pay the levy."
        ));
        // "They point out, too, that X": past an adverb, "out" to its verb.
        assert!(reports(
            "Cyclists also point out that the lane is empty at night."
        ));
        assert!(reports("They point out, too, that the old pool was cold."));
        // A habit of saying it is a distance of its own.
        assert!(disputed(
            "Landlords like to suggest that tenants wreck the flats."
        ));
        assert!(!disputed(
            "Parents say that the crossing made mornings calmer."
        ));
        // A participle after its clause, however long.
        assert!(reports(
            "Several bus companies and two unions have lined up against the fare cap, arguing that it will cut services."
        ));
        // A time between the verb and its "that" leaves the view reported.
        assert!(reports(
            "The head of the bus company warned on Tuesday that fares would rise."
        ));
        assert!(reports(
            "Two councillors said last week that the library loses money."
        ));
        assert!(reports(
            "The minister argued yesterday that the tax is fair."
        ));
        for time in [
            "today",
            "this morning",
            "last Tuesday",
            "earlier this year",
            "in March",
            "in 2019",
            "two weeks ago",
            "at the time",
        ] {
            let said = format!("The minister said {time} that the road would create jobs.");
            assert!(reports(&said), "{said}");
        }
        // A time that is no frame's: the author's own "that".
        assert!(!reports(
            "On Tuesday the council agreed that the road would close."
        ));
        // Told, by whoever told it.
        assert!(reports(
            "We are also told that the new flats will be affordable."
        ));
        assert!(reports(
            "We keep being told that the tram will pay for itself."
        ));
        assert!(!reports("We told the council that the bins were full."));
        // A view a possessive gives to someone else, not the author's own.
        assert!(reports(
            "The company's line is that sharing the footage is voluntary."
        ));
        assert!(reports("Her view is that cameras keep the street safe."));
        assert!(!reports("My view is that cameras keep the street safe."));
        assert!(!reports("It's that the street is dark."));
        // The possessive must open the subject, and a noun before "that"
        // is no verb of saying (the review's sentences).
        assert!(!reports(
            "The flaw in the operator's argument is that summer profits already pay for the winter."
        ));
        assert!(!reports(
            "The only answer that works is a winter timetable paid for by the council."
        ));
        assert!(!reports(
            "The label carries a warning that the pills cause drowsiness."
        ));
        // Told, also in a contraction, holds the view at a distance.
        assert!(disputed(
            "We're told that the ferry loses two million a year."
        ));
        assert!(disputed(
            "We are also told that a mobile library van will serve the wards."
        ));
    }

    #[test]
    fn a_view_granted_only_on_a_condition_is_answered() {
        let answers = |t: &str| analyse(t, false).answers();
        assert!(answers(
            "That would be more convincing if the same firms were not raising prices."
        ));
        assert!(answers(
            "The argument would carry more weight if the trial had not already been run."
        ));
        assert!(!answers(
            "That would be cheaper if the council bought in bulk."
        ));
        assert!(!answers("It would help if the buses ran later."));
        // A degree of conviction, and after "the" a view (the review's).
        assert!(!answers(
            "It would force the operator to sell if the council made a fair offer."
        ));
        assert!(!answers(
            "The purchase would carry more weight if the council also hired the crews."
        ));
    }

    #[test]
    fn those_who_report_a_view_object_and_those_who_know_do_not() {
        let objects = |t: &str| analyse(t, false).objection;
        assert!(objects(
            "Those who oppose the new library argue that it costs too much."
        ));
        assert!(!objects(
            "Those who use the library every week know how warm it is."
        ));
        assert!(!objects(
            "Those who wrote the new rules said nothing about breaks."
        ));
        assert!(!objects(
            "Those who finish their homework early tell their friends about it."
        ));
    }

    #[test]
    fn though_at_the_end_turns_as_however_does() {
        assert!(analyse("Fares should not rise this year, though.", false).contrast);
        assert!(analyse("However, fares should not rise this year.", false).contrast);
        assert!(!analyse("Though fares rose, the buses stayed full.", false).contrast);
        assert!(!analyse("It felt as though.", false).contrast);
    }

    #[test]
    fn a_negated_grant_grants_nothing() {
        assert!(analyse("It is true that fares rose last year.", false).concession);
        assert!(!analyse("It is not true that fares rose last year.", false).concession);
        assert!(!analyse("It isn’t true that fares rose last year.", false).concession);
    }

    #[test]
    fn a_count_of_what_follows_is_a_signpost() {
        let signpost = |t: &str| analyse(t, false).non_argument.as_deref() == Some("signpost");
        assert!(signpost("We recommend three changes."));
        assert!(signpost("We propose three steps."));
        assert!(signpost("There are four things to fix."));
        assert!(!signpost("We need three new buses."));
        assert!(!signpost("We need three buses."));
        assert!(!signpost("There are three buses an hour."));
        assert!(!signpost("There are three ferries."));
        assert!(!signpost(
            "We recommend three changes to the timetable because it fails."
        ));
        // Anyone's points counted, none given yet.
        assert!(signpost(
            "People who defend the old rules make two main points."
        ));
        assert!(signpost("Its opponents raise three objections."));
        assert!(!signpost("The new rules make two streets quieter."));
        assert!(!signpost("Each player gets three points."));
        assert!(signpost(
            "Those who oppose the plan put forward two main arguments."
        ));
        assert!(signpost("Supporters of the plan have three main reasons."));
        assert!(!signpost("The new timetable offers several options."));
        assert!(!signpost("The council should make three changes."));
        assert!(signpost("My reasons for believing this are set out below."));
        assert!(!signpost("The changes following the vote hurt farmers."));
        assert!(!signpost("The problems below the surface are serious."));
        // Where the reasons are, not one of them.
        assert!(signpost("The reasons are set out below."));
        assert!(signpost("My main reasons are as follows."));
        assert!(!signpost(
            "The reasons below the surface are money and fear."
        ));
        assert!(!signpost("My reasons are simple: cost and time."));
    }

    #[test]
    fn a_reason_for_what_came_before_is_told_by_its_opening() {
        let explains = |t: &str| analyse(t, false).explains_previous;
        assert!(explains("This is because children learn by doing."));
        assert!(explains("That is mainly because rents have doubled."));
        assert!(explains("The main reason is that buses are cheap."));
        assert!(explains("The reason for this is simple."));
        assert!(!explains("This is why buses matter."));
        assert!(!explains("Because rents doubled, people left."));
        assert!(!explains("The reasons are set out below."));
        assert!(
            !explains("It is because of the rain that we stayed."),
            "a cleft, not a reason"
        );
    }

    #[test]
    fn an_open_question_stated_is_no_argument() {
        let open = |t: &str| analyse(t, false).non_argument.as_deref() == Some("open-question");
        assert!(open(
            "Whether this is a sensible use of public money is a question that divides politicians."
        ));
        assert!(open(
            "Whether this is good news for the towns, however, is a matter of heated debate."
        ));
        assert!(open(
            "Whether homework helps young children remains hotly debated."
        ));
        // It decides, turns, or takes a side: a claim.
        assert!(!open(
            "Whether someone is too dangerous to release should be decided by a judge."
        ));
        assert!(!open(
            "Whether this is wise is debatable, but I think it is worth trying."
        ));
        assert!(!open(
            "Whether or not the plan works, the question of cost remains."
        ));
        assert!(!open("Nobody knows whether the debate will end soon."));
        assert!(open("It is hotly debated whether homework helps."));
        assert!(open("Whether phones or tablets help pupils is debated."));
        // Denied, joined to a claim, or the word in the subject: it argues.
        assert!(!open("Whether homework helps is no longer a question."));
        assert!(!open(
            "Whether a ban works is not really debatable, since trials cut use."
        ));
        assert!(!open(
            "Whether homework helps remains unclear, so schools need trials."
        ));
        assert!(!open(
            "Whether homework helps is debatable; it clearly harms sleep."
        ));
        assert!(!open(
            "Whether the exam question is fair matters greatly to pupils."
        ));
    }

    #[test]
    fn a_bare_reaction_to_a_view_is_no_argument() {
        let reaction = |t: &str| analyse(t, false).non_argument.as_deref() == Some("reaction");
        assert!(reaction("This worry is understandable."));
        assert!(reaction("I disagree with this opinion."));
        assert!(reaction(
            "Those who favour new sports halls make a reasonable case."
        ));
        assert!(reaction("Critics have a point."));
        assert!(!reaction(
            "Those who cycle make a good case for bike lanes."
        ));
        assert!(!reaction("The council has a point system for housing."));
        assert!(reaction("This is a serious concern."));
        // A turn says no more ("However, I disagree with this opinion."):
        // the sentence after it answers, as after a bare reaction.
        assert!(reaction("However, I disagree with this opinion."));
        // A few words that take or grant what was said, pointing back.
        assert!(reaction("I see it differently."));
        assert!(reaction("I don't doubt her numbers."));
        assert!(reaction("That sounds like good sense."));
        assert!(reaction("Perhaps it does, for a few."));
        assert!(!reaction("Perhaps it is time to act."));
        assert!(!reaction("It seems reasonable to charge drivers."));
        assert!(!reaction("I see more buses every year."));
        assert!(!reaction("I accept that pets cost money."));
        assert!(!reaction("I doubt this will happen often."));
        assert!(!reaction("I see it as unfair."));
        assert!(!reaction("It seems like a bad idea."));
        assert!(!reaction("It looks like progress."));
        assert!(reaction("I understand their point."));
        // Granted or denied in a few words, or the thing said named.
        assert!(reaction("No doubt it is."));
        assert!(reaction("Not so."));
        assert!(reaction("We do not dispute the figure."));
        assert!(reaction("I don't deny the numbers."));
        assert!(!reaction("We do not dispute the figure for the bridge."));
        assert!(!reaction("No doubt it will rain again next week."));
        assert!(!reaction("Not so long ago the pool was free."));
        // A side taken or a fact, not a grant (the review's).
        assert!(!reaction("We will not accept the cuts."));
        assert!(!reaction("We did not see the plans."));
        // "Not so." denies what was said: the sentence after it answers.
        assert!(analyse("Not so.", false).answers());
        // A reaction that says why stays.
        assert!(!reaction("This view ignores the cost of fuel."));
        assert!(!reaction(
            "This worry is understandable because fares rose."
        ));
    }

    #[test]
    fn a_share_granted_in_its_own_phrase_grants_back() {
        for grant in [
            "This argument has some force, but the figures point the other way.",
            "This view has its merits, but it ignores the cost.",
            "This makes sense, but the buses are full.",
        ] {
            assert!(analyse(grant, false).grants_back, "{grant}");
        }
        for other in [
            "This sense of community is strong, but the hall is empty.",
            "This argument has no force, but people repeat it.",
            "It makes sense to start school later, but few schools have tried it.",
        ] {
            assert!(!analyse(other, false).grants_back, "{other}");
        }
    }

    #[test]
    fn a_few_words_with_no_verb_are_no_argument() {
        let fragment = |t: &str| analyse(t, false).non_argument.as_deref() == Some("fragment");
        for aside in [
            "Anyway.",
            "About the money.",
            "Not as a nice extra.",
            "So, back to my question.",
            "Up to a point.",
        ] {
            assert!(fragment(aside), "{aside}");
        }
        // A verb, a contraction or an imperative's verb first: a proposition.
        for unit in [
            "Ask first.",
            "Keep the lanes.",
            "Not everyone is persuaded.",
            "So it's come down.",
            "Then the alerts started.",
            "Not in my name, they said.",
            "About half the town voted.",
            "One tram replaces three buses.",
            "As prices rise, wages lag.",
            "Anyway, nobody came.",
            "Before noon everyone left.",
            "As a result, crime fell.",
            "As usual, nobody came.",
            "Back then, nobody knew.",
            "About ten people came.",
            "Not one person came.",
            "Not everyone got a place.",
            "Not surprisingly, crime went up.",
        ] {
            assert!(!fragment(unit), "{unit}");
        }
    }

    #[test]
    fn site_furniture_and_captions_are_no_argument() {
        assert_eq!(
            analyse("Back to Top", false).non_argument.as_deref(),
            Some("boilerplate:back to top")
        );
        assert!(
            analyse(
                "(U.S. Air Force photo by Staff Sgt. Jonathan Snyder)",
                false
            )
            .caption
        );
        assert_eq!(
            analyse("Strategy and Tactics", false)
                .non_argument
                .as_deref(),
            Some("fragment")
        );
        // A letter's close and the writer's name.
        assert!(analyse("Sincerely, Ana Ruiz, Leeds", false).caption);
        assert!(analyse("Kind regards, the residents of Elm Road", false).caption);
        assert!(
            !analyse(
                "Sincerely held beliefs deserve respect in any debate.",
                false
            )
            .caption
        );
    }
}
