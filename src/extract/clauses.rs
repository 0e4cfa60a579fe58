//! Sentences that hold two argumentative units: "Although X, Y", "Y, even
//! if X", "X because Y", "X, so Y". A fifth of the units annotators mark
//! share a sentence with another, and most objections in short texts are
//! such concessive clauses, so a node is a clause where a concessive, causal
//! or result connective joins two clauses of a few words each.
//!
//! The split is read from the sentence's grammar alone, never from its role
//! or an annotation: an author annotation addresses the sentence's main
//! clause, and the other clause is derived again the same way each time the
//! essay is read (so `annotate` writes one comment per sentence).

use crate::text::WordSet;
use memchr::memmem::Finder;
use std::ops::Range;
use std::sync::LazyLock;

/// How the two clauses of a split sentence are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// "Although X, Y" or "Y, even if X": X grants a point that Y answers.
    Concession,
    /// "X because Y": Y is a reason for X.
    Reason,
    /// "X, so Y": X is a reason for Y.
    Result,
    /// "X, but Y": Y answers the point X grants or reports.
    Turn,
    /// "This is no theory: Y": X only points at Y, which is the unit.
    Framed,
    /// "X, and Y": two premises side by side; Y backs what X backs.
    Coordinate,
}

/// A sentence split in two: the clause that keeps the sentence's role and
/// the clause the connective subordinates to it (byte ranges of the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The clause that carries the sentence's point.
    pub main: Range<usize>,
    /// The conceded, reason or premise clause.
    pub other: Range<usize>,
    /// How they are joined.
    pub join: Join,
    /// The connective, for the cue name (`clause:because`).
    pub connective: &'static str,
}

/// Fewer words than this on either side and the sentence stays whole: "as
/// you know, X" or "X, so to speak" join no two points.
const MIN_WORDS: usize = 3;

/// Connectives that open a sentence with a conceded clause.
const LEADING_CONCESSIONS: &[&str] = &[
    "although",
    "though",
    "even though",
    "even if",
    "while",
    "whilst",
];

/// Connectives inside a sentence that introduce a reason.
const REASONS: &[&str] = &[", because", " because", ", since", " since"];

/// Reason connectives split in short texts only: ", as" gives a reason
/// there ("X, as Y"), while an essay's ", as" more often compares or names
/// a role (measured on every development set: scripts/devsets.py).
const SHORT_TEXT_REASONS: &[&str] = &[", as"];

/// Connectives inside a sentence that introduce a conceded clause after the
/// point ("X, even if Y"). ", unless" was measured too and lowered part 2
/// of the microtexts: an exception is a condition as often as a concession.
const TRAILING_CONCESSIONS: &[&str] = &[", although", ", even though", ", even if"];

/// Connectives inside a sentence that introduce a conclusion from what
/// precedes it.
const RESULTS: &[&str] = &[
    ", so",
    ", and so",
    ", therefore",
    ", and therefore",
    ", thus",
    ", hence",
    ", which is why",
    ", which means that",
    ", which means",
    ", and that is why",
    ", that is why",
];

/// Connectives inside a sentence that turn from a granted or reported point
/// to the author's answer.
const TURNS: &[&str] = &[", but", ", yet", " but", "; however,", "; but"];

/// Where `text` (a sentence starting at byte `base` of the document) splits
/// into two units, if it does. `close` reads the sentence closely: it is
/// true in a text without an essay's sections and for a sentence read as an
/// objection. There "X, but Y" is two units (a point granted or reported,
/// and the answer), while the rest of an essay's "X, but Y" is most often
/// one (measured on every development set: scripts/devsets.py).
pub fn split(text: &str, base: usize, close: bool) -> Option<Split> {
    // Most sentences have no comma and no "because": nothing to split, and
    // no lowercase copy made.
    let colon = memchr::memchr(b':', text.as_bytes());
    if memchr::memchr(b',', text.as_bytes()).is_none()
        && colon.is_none()
        && !has_bare_connective(text.as_bytes(), close)
    {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    // The comma connectives of every list, found in one pass over the commas
    // (where the text has them: lowercasing moves no byte), read as they are
    // found rather than gathered into a list first.
    let commas = memchr::memchr_iter(b',', lower.as_bytes());
    let [reasons, short_text_reasons, results, trailing_concessions, turns] =
        first_at_commas(&lower, commas);
    colon
        .and_then(|at| explained(text, at))
        .or_else(|| leading_concession(text, &lower))
        .or_else(|| close.then(|| leading_reason(text, &lower)).flatten())
        .or_else(|| leading_because(text, &lower))
        .or_else(|| medial(text, &lower, reasons, REASONS, Join::Reason))
        .or_else(|| {
            close
                .then(|| {
                    let list = SHORT_TEXT_REASONS;
                    medial(text, &lower, short_text_reasons, list, Join::Reason)
                })
                .flatten()
        })
        .or_else(|| medial(text, &lower, results, RESULTS, Join::Result))
        .or_else(|| {
            let list = TRAILING_CONCESSIONS;
            medial(text, &lower, trailing_concessions, list, Join::Concession)
        })
        .or_else(|| {
            close
                .then(|| medial(text, &lower, turns, TURNS, Join::Turn))
                .flatten()
        })
        .map(|mut s| {
            s.main = s.main.start + base..s.main.end + base;
            s.other = s.other.start + base..s.other.end + base;
            s
        })
}

/// "Admittedly, a job can take time from study, and some students work so
/// many hours that their grades suffer": an essay's objection with a second
/// clause after ", and" gives the other side's point and what backs it, two
/// units (the annotated essays split four such sentences of five). The
/// second clause must open with a subject, not an adverb or a preposition
/// ("X, and then Y", "X, and in Z").
pub fn backed_objection(text: &str, base: usize) -> Option<Split> {
    let at = text.find(", and ")?;
    let second = at + ", and ".len();
    // Inside a quotation ("the ban is "unfair, and unnecessary"") or ending
    // a list ("phones, laptops, and tablets", "X, Y, and Z"): one unit.
    let quotes = text[..at].matches(['"', '“', '”']).count();
    let last_item = text[..at].rfind(", ").map(|c| &text[c + 2..at]);
    if quotes % 2 == 1 || last_item.is_some_and(|item| !at_least_words(item, 4)) {
        return None;
    }
    // The writer's own reaction or a second view ("and I disagree", "and
    // they are wrong", "and others think"), a consequence ("and this leads
    // to"), a parallel point ("and the same is true", "and most
    // importantly"): nothing that backs the view.
    let lower_rest = text[second..].to_ascii_lowercase();
    let mut words = lower_rest.split_whitespace();
    let (w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let short_verdict = !at_least_words(&lower_rest, 8)
        && lower_rest.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "wrong" | "right" | "true" | "point" | "agree" | "disagree" | "understand" | "why"
            )
        });
    if matches!(
        w1,
        "i" | "we"
            | "others"
            | "other"
            | "this"
            | "while"
            | "although"
            | "though"
            | "however"
            | "instead"
            | "most"
    ) || w1 == "the" && w2 == "same"
        || w2.ends_with("ly")
        || short_verdict
    {
        return None;
    }
    let next = text[second..]
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let not_a_subject = matches!(
        next.as_str(),
        "then"
            | "so"
            | "also"
            | "therefore"
            | "thus"
            | "yet"
            | "even"
            | "not"
            | "still"
            | "especially"
            | "in"
            | "on"
            | "at"
            | "for"
            | "to"
            | "with"
            | "by"
            | "from"
            | "that"
            | "which"
            | "who"
            | "when"
            | "if"
            | "as"
            | "more"
            | "less"
            | "often"
            | "sometimes"
            | "usually"
            | "always"
            | "never"
            | "only"
            | "just"
            | "now"
    ) || next.ends_with("ly")
        || next.is_empty();
    if not_a_subject {
        return None;
    }
    let (first, second) = two_sides(text, at, second, MIN_WORDS)?;
    Some(Split {
        main: first.start + base..first.end + base,
        other: second.start + base..second.end + base,
        join: Join::Reason,
        connective: "and",
    })
}

/// Fewer words than this on either side of an essay premise's ", and" and
/// the sentence stays one unit: short clauses joined by "and" make one
/// point, long ones two.
const MIN_COORDINATE_WORDS: usize = 12;

/// "Fewer cars mean cleaner air in every district, and a single bus can
/// carry up to sixty passengers who would otherwise drive": an essay's
/// premise of two long clauses, each with a subject of its own, is two
/// premises backing the same point. Filtered as an objection's ", and" is
/// ([`backed_objection`]).
pub fn coordinated(text: &str, base: usize) -> Option<Split> {
    // Asked of every premise of an essay's body: its commas rule out most.
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(b',', bytes).any(|i| bytes[i + 1..].starts_with(b" and ")) {
        return None;
    }
    let split = backed_objection(text, base)?;
    let long = |r: &Range<usize>| {
        at_least_words(&text[r.start - base..r.end - base], MIN_COORDINATE_WORDS)
    };
    (long(&split.main) && long(&split.other)).then_some(Split {
        join: Join::Coordinate,
        ..split
    })
}

/// Fewer words than this after a colon and it introduces a list or a
/// name ("the three Rs: replace, reduce and refine"), not a clause.
const MIN_WORDS_AFTER_COLON: usize = 6;

/// "X: Y", where Y explains or backs X ("The evidence points the other way:
/// the survey found that Z"): Y is a reason for X. `first_colon` is the
/// byte of the sentence's first ':'; a colon with no space after it
/// ("10:30") or a quotation after it ('He said: "X"') splits nothing.
fn explained(text: &str, first_colon: usize) -> Option<Split> {
    let bytes = text.as_bytes();
    let at = memchr::memchr_iter(b':', &bytes[first_colon..])
        .map(|k| first_colon + k)
        .find(|&at| bytes.get(at + 1) == Some(&b' '))?;
    let second = skip_spaces(text, at + 1);
    if text[second..].starts_with(['"', '\'', '\u{201c}', '\u{2018}']) {
        return None;
    }
    // "In her book Reading Rooms: A History of ...": a title and its
    // subtitle, capitalised on both sides of the colon.
    let capital_before = text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if capital_before && text[second..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (first, second) = two_sides(text, at, second, MIN_WORDS_AFTER_COLON)?;
    // "Shopkeepers have a different fear: that Y", "A sad highlight: Y":
    // the colon spells out the thing just announced, in one unit.
    if announces(&text[first.clone()]) {
        return None;
    }
    // "This is not only theory: Y", "She is far from alone: Y": a few
    // words that point back frame what the colon gives.
    // (As many words as a frame before "that": [`MAX_FRAME_WORDS`].)
    // So do a few words that only judge or present it ("My argument is
    // simple: Y", "The answer is obvious: Y", "Here is the problem: Y").
    let left = &text[first.clone()];
    let presents = |left: &str| {
        !at_least_words(left, MAX_PRESENTING_WORDS + 1)
            && left.split_whitespace().enumerate().any(|(i, w)| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "is" | "are" | "was" | "were"
                ) || i == 0 && w.eq_ignore_ascii_case("here")
            })
    };
    let points_back = |left: &str| {
        !at_least_words(left, MAX_FRAME_WORDS + 1)
            && left.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                POINTING_BACK.iter().any(|p| p.eq_ignore_ascii_case(w))
            })
    };
    // The words after an opening phrase's comma frame as a short left side
    // does ("But for what it's worth, this is where I've ended up: Y").
    // (An opening phrase of a few words: after a clause, "X, and on that
    // they are right: Y" gives Y as X's backing.)
    let tail = left
        .rfind(", ")
        .filter(|&c| !at_least_words(&left[..c], MAX_PRESENTING_WORDS + 1))
        .map_or(left, |c| &left[c + 2..]);
    let frames = presents(left)
        || points_back(left)
        || tail.len() < left.len() && (presents(tail) || points_back(tail))
        || states_the_authors_position(left)
        || takes_a_side(tail);
    Some(if frames {
        Split {
            main: second,
            other: first,
            join: Join::Framed,
            connective: "colon",
        }
    } else {
        Split {
            main: first,
            other: second,
            join: Join::Reason,
            connective: "colon",
        }
    })
}

/// "I strongly prefer the second option: Y", "I agree with the first group:
/// Y": the author choosing one of two sides named by their order, which
/// the colon then states. A side named by itself ("I agree with the ban:
/// Y", "I support the plan: Y") is the claim, and Y its reason.
fn takes_a_side(left: &str) -> bool {
    let lower = left.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 8
        && matches!(words.first(), Some(&("i" | "i'm" | "i've")))
        && words.iter().any(|w| {
            matches!(
                *w,
                "prefer"
                    | "agree"
                    | "side"
                    | "support"
                    | "favour"
                    | "favor"
                    | "choose"
                    | "disagree"
            )
        })
        && words
            .iter()
            .any(|w| matches!(*w, "first" | "second" | "former" | "latter"))
        && !words.contains(&"that")
        // "I prefer three things in a school: X, Y and Z" counts a list.
        && !words.iter().any(|w| super::lexicon::NUMBER_WORDS.contains(w))
}

/// "I have come to a simple view: Y", "My conclusion is the same as
/// ever: Y": the author, and the left side ending on the noun of a
/// position, which the colon then gives.
fn states_the_authors_position(left: &str) -> bool {
    let lower = left.to_ascii_lowercase();
    let mut words = lower.split(|c: char| !c.is_alphanumeric() && c != '\'');
    let last = lower
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    // The author as the subject ("I have come to", "My conclusion"), not
    // "Our neighbours hold a very different view" or "I have heard the
    // opposite view".
    let first = words.find(|w| !w.is_empty()).unwrap_or("");
    (super::lexicon::POSITION_NOUNS.contains(&last) || matches!(last, "conclusion" | "verdict"))
        && matches!(first, "i" | "my" | "i've" | "i'm")
        && !words.any(|w| {
            matches!(
                w,
                "heard" | "opposite" | "different" | "other" | "his" | "her" | "their"
            ) || w.ends_with("'s")
        })
}

/// True when `before_colon` ends announcing what the colon gives: a thing
/// named indefinitely among its last three words and not after a
/// preposition ("have a problem", "A sad highlight", not "to a new crowd"),
/// a "what" among its last four ("should remain what they are: ...") or
/// "everything" ("the guide decides everything: when ...").
fn announces(before_colon: &str) -> bool {
    let words: Vec<&str> = before_colon.split_whitespace().rev().take(4).collect();
    if words
        .first()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "everything" | "following"))
    {
        return true;
    }
    // "what they are:", "four services:", "one simple request:", "as follows:".
    if words.iter().any(|w| {
        let w = w.to_ascii_lowercase();
        matches!(w.as_str(), "what" | "one" | "several" | "follows")
            || super::lexicon::NUMBER_WORDS.contains(&w.as_str())
    }) {
        return true;
    }
    words.iter().take(3).enumerate().any(|(i, w)| {
        matches!(w.to_ascii_lowercase().as_str(), "a" | "an")
            && !words.get(i + 1).is_some_and(|p| {
                matches!(
                    p.to_ascii_lowercase().as_str(),
                    "to" | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "from"
                        | "of"
                        | "by"
                        | "into"
                        | "than"
                        | "like"
                )
            })
    })
}

/// At most this many words with a copula before a colon only present what
/// follows it ("The reason is simple:").
const MAX_PRESENTING_WORDS: usize = 5;

/// Words that point back to what was said before.
const POINTING_BACK: &[&str] = &[
    "this", "that", "these", "those", "it", "he", "she", "they", "such",
];

/// True when a connective that needs no comma before it ("X because Y", "X
/// since Y", and read closely "X but Y") may occur in `text`.
fn has_bare_connective(text: &[u8], close: bool) -> bool {
    static FINDERS: LazyLock<[Finder<'static>; 3]> = LazyLock::new(|| {
        [
            Finder::new("because"),
            Finder::new(" since "),
            Finder::new(" but "),
        ]
    });
    let [because, since, but] = &*FINDERS;
    because.find(text).is_some() || since.find(text).is_some() || close && but.find(text).is_some()
}

/// "Since X, Y" (also "And since X, Y", "Since, however, X, Y"): X is a
/// reason for Y. Read closely only (a short text, an essay's objection): a
/// short text's opening "Since" gives a reason (the gold splits all five in
/// the microtexts), while in an essay's other sentences it marks a time
/// ("Since the pandemic, ...": seven of seven in the essay sets).
fn leading_reason(text: &str, lower: &str) -> Option<Split> {
    leading(text, lower, "since")
}

/// "Because X, Y" (also "And because X, Y"): X is a reason for Y, in any
/// text ("because" never marks a time, as a leading "since" may).
fn leading_because(text: &str, lower: &str) -> Option<Split> {
    if !lower.starts_with(['b', 'a', 's']) {
        return None;
    }
    leading(text, lower, "because")
}

/// A leading reason opened by `connective` ("since" or "because").
fn leading(text: &str, lower: &str, connective: &'static str) -> Option<Split> {
    let opener_end = ["and ", "but ", "so "]
        .iter()
        .find(|o| lower.starts_with(*o))
        .map_or(0, |o| o.len());
    let rest = lower[opener_end..].strip_prefix(connective)?;
    // "Since, however, X": the aside is no part of the reason.
    let skipped = [", however, ", ", therefore, ", " "]
        .iter()
        .find(|a| rest.starts_with(*a))?
        .len();
    let clause_start = opener_end + connective.len() + skipped;
    let next = lower[clause_start..].split(' ').next().unwrap_or("");
    if connective == "since" && since_marks_a_time(next, &lower[clause_start..])
        || connective == "because" && next == "of"
    {
        return None;
    }
    let comma = clause_end(lower, clause_start)?;
    let other = clause_start..comma;
    // Nothing after the comma but commas and spaces: no main clause.
    let main = comma + 2..trim_end(text).max(comma + 2);
    if connective == "because"
        && !because_opens_a_reason(&lower[other.clone()], &lower[main.clone()])
    {
        return None;
    }
    // A word more than other clauses: "Since the Covid pandemic, X" names a
    // time in three.
    let enough = at_least_words(&text[other.clone()], MIN_WORDS + 1)
        && at_least_words(&text[main.clone()], MIN_WORDS);
    enough.then_some(Split {
        main,
        other,
        join: Join::Reason,
        connective,
    })
}

/// True when a leading "Because X, Y" (`reason` X, `main` Y, lowercase)
/// gives a reason and a point: not a condition or a time inside the reason
/// ("Because if X, Y", "Because when X, Y": the whole is the reason), a
/// reason that only points back ("Because this is the case, Y"), the
/// writer's own story ("Because my bus left at six, I slept five hours";
/// a generic "we" reasons),
/// nor a comma that cuts a list or an aside ("Because it matters for
/// memory, mood, and health", "Because X, often after midnight, Y").
fn because_opens_a_reason(reason: &str, main: &str) -> bool {
    let first = reason.split(' ').next().unwrap_or("");
    let mine = reason
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "i" | "my" | "me"));
    let points_back =
        matches!(first, "this" | "that" | "it") && !at_least_words(reason, MIN_WORDS + 2);
    let list_or_aside = main.contains(", and ")
        || main.contains(", or ")
        || main.split(", ").nth(1).is_some()
            && !at_least_words(main.split(", ").next().unwrap_or(""), 5)
        || matches!(main.split(' ').next(), Some("who" | "which"));
    !matches!(first, "if" | "when" | "whenever" | "once" | "unless")
        && !points_back
        && !mine
        && !list_or_aside
}

/// Where a leading clause that starts at `clause_start` ends: the first
/// comma after it, unless that comma opens an aside of a few words closed
/// by another ("Although parents, not the state, should X, I think Y"); an
/// opener ("in my view") is no aside.
fn clause_end(lower: &str, clause_start: usize) -> Option<usize> {
    let mut comma = comma_space(lower, clause_start)?;
    while let Some(next) = comma_space(lower, comma + 2) {
        let aside = &lower[comma + 2..next];
        if at_least_words(aside, 4) || is_opener(aside) {
            break;
        }
        // The aside's closing comma is the clause's too: it ends at the one after.
        match comma_space(lower, next + 2) {
            Some(after) => comma = after,
            None => break,
        }
    }
    Some(comma)
}

/// "Although X, Y" (also after a short opener: "In conclusion, although X, Y").
fn leading_concession(text: &str, lower: &str) -> Option<Split> {
    // A leading marker of up to three words and a comma may come first
    // (but "Although farmers, not ..." opens with the connective itself).
    let opens = |rest: &str| {
        LEADING_CONCESSIONS
            .iter()
            .copied()
            .find(|c| rest.starts_with(c) && rest[c.len()..].starts_with(' '))
    };
    let opener_end = comma_space(lower, 0)
        .filter(|&c| opens(lower).is_none() && !at_least_words(&lower[..c], 4))
        .map_or(0, |c| c + 2);
    let rest = &lower[opener_end..];
    let connective = opens(rest)?;
    let clause_start = opener_end + connective.len() + 1;
    let comma = clause_end(lower, clause_start)?;
    let other = clause_start..comma;
    // Nothing after the comma but commas and spaces: no main clause.
    let main = comma + 2..trim_end(text).max(comma + 2);
    let enough = at_least_words(&text[other.clone()], MIN_WORDS)
        && at_least_words(&text[main.clone()], MIN_WORDS);
    enough.then_some(Split {
        main,
        other,
        join: Join::Concession,
        connective,
    })
}

/// The lists of connectives inside a sentence, in the order [`split`] tries them.
const MEDIAL_LISTS: [&[&str]; 5] = [
    REASONS,
    SHORT_TEXT_REASONS,
    RESULTS,
    TRAILING_CONCESSIONS,
    TURNS,
];

/// A connective found in a sentence: where it starts, and which it is.
type Found = Option<(usize, &'static str)>;

/// True when the comma connective `c` stands at byte `at` of `lower`, with
/// a word boundary after it.
fn comma_connective_at(lower: &str, at: usize, c: &str) -> bool {
    lower[at..].starts_with(c) && lower[at + c.len()..].starts_with(' ')
}

/// For each list of [`MEDIAL_LISTS`], the first of its connectives that
/// start with a comma to occur in `lower` (the longest where two start at
/// one comma), whose commas are at `commas`. One pass over the commas for
/// all the lists, comparing at each only the connectives whose letter after
/// ", " is the one there (a pass a list compared each connective at each
/// comma).
fn first_at_commas(lower: &str, commas: impl Iterator<Item = usize>) -> [Found; 5] {
    // The comma connectives by the byte after their ", ", with their list.
    static BY_LETTER: LazyLock<Vec<Vec<(usize, &'static str)>>> = LazyLock::new(|| {
        let mut table = vec![Vec::new(); 256];
        for (list, connectives) in MEDIAL_LISTS.iter().enumerate() {
            for c in connectives.iter().filter(|c| c.starts_with(',')) {
                let letter = c.as_bytes().get(2).expect("a word after the comma");
                table[usize::from(*letter)].push((list, *c));
            }
        }
        table
    });
    let mut found: [Found; 5] = [None; 5];
    for at in commas {
        let Some(&letter) = lower.as_bytes().get(at + 2) else {
            continue;
        };
        for &(list, c) in &BY_LETTER[usize::from(letter)] {
            let better = match found[list] {
                None => true,
                Some((first, f)) => first == at && f.len() < c.len(),
            };
            if better && comma_connective_at(lower, at, c) {
                found[list] = Some((at, c));
            }
        }
    }
    found
}

/// "X because Y" or "X, so Y": the first connective of `list` inside the
/// sentence with enough words on both sides. `at_commas` is the first of
/// its connectives that start with a comma ([`first_at_commas`]); the
/// others are searched for here.
fn medial(
    text: &str,
    lower: &str,
    at_commas: Found,
    list: &[&'static str],
    join: Join,
) -> Option<Split> {
    let (at, connective) = list
        .iter()
        .filter(|c| !c.starts_with(','))
        .filter_map(|c| find_word(lower, c).map(|at| (at, *c)))
        .chain(at_commas)
        .min_by_key(|&(at, c)| (at, usize::MAX - c.len()))?;
    let after = at + connective.len();
    let second = skip_spaces(lower, after);
    // "because of the rain", "since 2010", "so that": a preposition, a date
    // or a purpose, not a second clause.
    let next = lower[second..].split(' ').next().unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    let blocked = match connective.trim_start_matches([',', ' ']) {
        // "X because Y, not because Z" and "X not because Y but because Z"
        // weigh two reasons in one point: one unit.
        "because" => {
            let rest = &lower[second..];
            next == "of"
                // "They pick a subject only because their parents told them",
                // "Some species only survived because zoos bred them": the
                // reason is the point's focus, not a second unit.
                || focuses_on_the_reason(&lower[..at], connective.starts_with(','))
                || lower[..at].ends_with(" not") && find_word(rest, "but because").is_some()
                || find_word(rest, "not because").is_some()
        }
        "since" => since_marks_a_time(next, &lower[second..]),
        // "as well", "as long as", "as a result", "as in", "as for": a
        // comparison, a role or a phrase, not a reason.
        "as" => matches!(
            next,
            "well"
                | "long"
                | "soon"
                | "far"
                | "much"
                | "many"
                | "if"
                | "opposed"
                | "a"
                | "an"
                | "such"
                | "to"
                | "for"
                | "of"
                | "in"
                | "with"
                | "though"
        ),
        // "not only X but also Y" adds, it does not turn (", but also"
        // after a comma does); so does "not only X, but Y too".
        "but" => {
            connective == " but" && next == "also" || find_word(&lower[..at], "not only").is_some()
        }
        "so" => matches!(
            next,
            "that" | "much" | "many" | "far" | "long" | "on" | "too"
        ),
        // "X, which means more money for schools", "which means leisure
        // in Latin": what follows is a thing, no clause. A clause opens
        // with a pronoun or holds an auxiliary in its first words ("which
        // means they sleep less", "which means more farmland is lost").
        "which means" => !result_is_a_clause(&lower[second..]),
        _ => false,
    };
    if blocked {
        return None;
    }
    let (first, second) = two_sides(text, at, second, MIN_WORDS)?;
    let connective = connective.trim_start_matches([',', ' ']);
    let (main, other) = match join {
        Join::Reason | Join::Concession => (first, second),
        _ => (second, first),
    };
    Some(Split {
        main,
        other,
        join,
        connective,
    })
}

/// True when `before` (the sentence up to a "because") ends in a focus
/// adverb ("only because", "simply because"), or has an adverbial "only"
/// among its last three words ("only survived because"). Not "the only
/// fair method because", "Britain's only hope because", "only one car
/// because" (a thing picked out or counted), "Only Tom objected because"
/// (the subject in focus), "is just because" (just: fair), nor a reason
/// after a comma ("X, partly because Y" gives one reason among others).
///
/// After a comma ("only for fathers, because Y", "only reluctantly, because
/// Y") an "only" that bears on a phrase or an adverb has ended there: the
/// reason is a clause of its own. One before a verb ("Many fathers only
/// take leave, because Y") still focuses the reason.
fn focuses_on_the_reason(before: &str, comma: bool) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let Some(last) = words.first() else {
        return false;
    };
    let after_a_comma = words.get(1).is_some_and(|w| w.ends_with(','));
    let focus = match *last {
        "just" => !words
            .get(1)
            .is_some_and(|w| matches!(*w, "is" | "are" | "was" | "were" | "be" | "been" | "seems")),
        w if super::lexicon::FOCUS_BEFORE_A_REASON.contains(&w) => true,
        w => super::lexicon::SHARE_OF_A_REASON.contains(&w) && !after_a_comma,
    };
    let first_word = before.split_whitespace().count();
    focus
        || (1..words.len().min(3)).any(|i| {
            let before_only = words.get(i + 1);
            words[i] == "only"
                // Not the sentence's first word: "Only Tom objected".
                && first_word > i + 1
                && !before_only.is_some_and(|w| {
                    super::lexicon::DETERMINERS.contains(w) || w.ends_with("'s") || w.ends_with("’s")
                })
                && !super::lexicon::NUMBER_WORDS.contains(&words[i - 1])
                && !matches!(words[i - 1], "one" | "once" | "a" | "an")
                && !words[i - 1].starts_with(|c: char| c.is_ascii_digit())
                && !(comma && ends_before_the_comma(words[i - 1]))
        })
}

/// True when the word after an "only" makes it bear on a phrase or an
/// adverb, which a comma then closes: a preposition or an "-ly" word.
fn ends_before_the_comma(after_only: &str) -> bool {
    // (An adverb, not a verb in "-ply": "only apply", "only rely".)
    after_only.len() > 3
        && after_only.ends_with("ly")
        && !after_only.ends_with("ply")
        && after_only != "rely"
        || matches!(
            after_only,
            "for"
                | "in"
                | "at"
                | "on"
                | "to"
                | "with"
                | "by"
                | "from"
                | "during"
                | "after"
                | "before"
                | "when"
                | "if"
                | "about"
                | "through"
                | "within"
                | "under"
        )
}

/// True when `rest` (lowercase, after "which means") opens a clause: a
/// pronoun or "there" first, or an auxiliary among its first five words.
fn result_is_a_clause(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    matches!(
        first,
        "i" | "we" | "you" | "he" | "she" | "it" | "they" | "there" | "people"
    ) || std::iter::once(first).chain(words).take(5).any(|w| {
        matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "must"
                | "should"
                | "have"
                | "has"
                | "had"
                | "do"
                | "does"
                | "may"
                | "might"
        )
    })
}

/// The clauses before byte `at` and from byte `second` on, without
/// trailing spaces and commas, if the first has at least [`MIN_WORDS`]
/// words and the second at least `min_second`.
fn two_sides(
    text: &str,
    at: usize,
    second: usize,
    min_second: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let first = 0..trim_end(&text[..at]);
    let second = second..trim_end(text).max(second);
    (at_least_words(&text[first.clone()], MIN_WORDS)
        && at_least_words(&text[second.clone()], min_second))
    .then_some((first, second))
}

/// True when a conceded clause is too short to grant a point of its own:
/// "Although this opinion has some merits, Y", "While this can happen, Y".
/// An essay's annotators mark only Y; the concession is a courtesy.
pub fn is_courtesy(clause: &str) -> bool {
    !at_least_words(clause, 6)
}

/// "Both sides have a point, but I still think X", "I understand the
/// anger, but I side with those who believe that X": in an essay a turn to
/// the author's own view in the first person ends what came before it.
/// Returns where the view begins (after ", but", ", yet" or "; however,")
/// when the clause before has at least [`MIN_WORDS`] words. Most sentences
/// hold none of these.
pub fn own_view_after_turn(text: &str) -> Option<usize> {
    // Read at the commas and semicolons only: a searcher built for each of
    // three needles in every sentence cost more than the rest of the split.
    let (at, turn) = memchr::memchr2_iter(b',', b';', text.as_bytes()).find_map(|i| {
        [", but ", ", yet ", "; however, "]
            .iter()
            .find(|t| text[i..].starts_with(**t))
            .map(|t| (i, t.len()))
    })?;
    if !at_least_words(&text[..at], MIN_WORDS) {
        return None;
    }
    let start = at + turn;
    let rest = text[start..].to_ascii_lowercase().replace('\u{2019}', "'");
    let mut words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    // "but now I think", "but honestly, I think", "but still, in my view".
    while words.len() > 2 && matches!(words[0], "now" | "honestly" | "still" | "personally") {
        words.remove(0);
    }
    // Where the view's own words begin, after its frame: None when the
    // words are no frame of the author's view.
    let after_frame: Option<usize> = match words.as_slice() {
        ["in", "my", "opinion" | "view" | "eyes", ..] => Some(3),
        ["from" | "in", "my", "point", "of", "view", ..] => Some(5),
        ["for", "me", ..] => Some(2),
        ["my", "own" | "personal", noun, "is", ..] | ["my", noun, "is", ..] => {
            matches!(*noun, "view" | "opinion" | "position" | "belief" | "answer")
                .then(|| words.iter().position(|w| *w == "is").map_or(3, |i| i + 1))
        }
        ["i" | "i'm" | "i'd", rest @ ..] => {
            // Adverbs of time or conviction between "I" and the verb.
            let at = rest.iter().position(|w| {
                !matches!(
                    *w,
                    "still"
                        | "strongly"
                        | "firmly"
                        | "really"
                        | "personally"
                        | "do"
                        | "would"
                        | "truly"
                        | "now"
                        | "am"
                )
            });
            at.filter(|&i| {
                matches!(
                    rest[i],
                    "think"
                        | "believe"
                        | "feel"
                        | "agree"
                        | "prefer"
                        | "side"
                        | "contend"
                        | "argue"
                        | "maintain"
                        | "convinced"
                        | "sure"
                        | "certain"
                )
            })
            .map(|i| i + 2)
        }
        _ => None,
    };
    // A view that opens on a pronoun ("but I think it is worth every
    // penny") leans on the grant for what it speaks of: no node of its own.
    let view = after_frame.is_some_and(|i| {
        let i = i + usize::from(words.get(i) == Some(&"that"));
        !matches!(
            words.get(i).copied(),
            Some("it" | "they" | "this" | "these" | "those" | "he" | "she" | "them")
        )
    });
    view.then_some(start)
}

/// True when what an essay grants before turning to its own view is no
/// point of its own, so that the view alone is the node: both sides
/// weighed ("both opinions have good points", "there are arguments for
/// and against X", "opinions differ"), the author's own understanding of
/// others ("I understand the anger behind these calls", "I see their
/// point"; not "I know that X", which grants X), or a few words pointing
/// back ("That is fair", "This may be true").
pub fn grants_nothing_of_its_own(clause: &str) -> bool {
    let lower = clause.trim_start().to_ascii_lowercase();
    let understanding = [
        "i understand why",
        "i understand the",
        "i understand their",
        "i understand your",
        "i can understand why",
        "i can understand the",
        "i see why",
        "i see their",
        "i see your",
        "i can see why",
        "i can see their",
        "i respect",
        "i appreciate",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        && find_word(&lower, " that").is_none();
    let weighed = [
        "both sides have",
        "both side have",
        "both side has",
        "both sides make",
        "both sides of the argument",
        "both sides of the debate",
        "both views have",
        "both opinions have",
        "both have",
        "for and against",
        "own opinion",
        "opinions differ",
        "opinions vary",
        "views differ",
        "will always disagree",
        "agree with me",
    ]
    .iter()
    .any(|p| lower.contains(p));
    // "That is fair", "This may be true": a few words that point back at
    // what was said ("It is expensive" grants a point of its own).
    let mut words = lower.split_whitespace();
    let pointing_back = !at_least_words(clause, 6)
        && matches!(words.next(), Some("this" | "that"))
        && matches!(
            words.next(),
            Some("is" | "may" | "might" | "could" | "sounds" | "seems" | "can")
        );
    understanding || weighed || pointing_back
}

/// True when a granted clause before "but" only accepts what was said:
/// too short to grant a point of its own, or pointing back at it ("This
/// may be true in winter, but Y", "That is fair, but Y"). The node is Y.
pub fn grants_what_was_said(clause: &str) -> bool {
    let first = clause.split_whitespace().next().unwrap_or("");
    // Not "it": "It is true that X" frames X, which is a point; nor "That
    // said, X", which opens a grant of its own.
    let that_said = clause
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.trim_end_matches(',').eq_ignore_ascii_case("said"));
    is_courtesy(clause)
        || !that_said
            && ["this", "that"]
                .iter()
                .any(|w| first.eq_ignore_ascii_case(w))
}

/// True when "since" before `clause` (whose first word is `next`) marks a
/// time, not a reason: "since then", "since 2010", "since three years",
/// "since they moved out".
fn since_marks_a_time(next: &str, clause: &str) -> bool {
    next == "then"
        || next.starts_with(|c: char| c.is_ascii_digit())
        || super::lexicon::NUMBER_WORDS.contains(&next)
        || opens_in_the_past(clause)
}

/// True when a clause's verb, among its first words, is in the past tense
/// ("since they moved out", "since phones became common"): after "since"
/// that marks a time, not a reason.
fn opens_in_the_past(clause: &str) -> bool {
    const PAST: &[&str] = &[
        "was", "were", "became", "began", "came", "went", "left", "got", "grew", "did",
    ];
    let words: Vec<&str> = clause.split_whitespace().take(4).collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        PAST.contains(&w)
            || w.len() > 4
                && w.ends_with("ed")
                && !matches!(
                    i.checked_sub(1).map(|k| words[k]),
                    Some("is" | "are" | "be" | "been" | "being" | "the" | "a" | "an")
                )
    })
}

/// memchr's searchers for every needle the clause pass gives [`find_word`],
/// built once: it looks in every sentence, and std's `str::find` (two-way)
/// or a searcher built per call were a tenth of the clause pass (callgrind,
/// benches/corpus.sh's corpus).
static WORD_FINDERS: LazyLock<[Finder<'static>; 7]> = LazyLock::new(|| {
    [
        Finder::new(" that"),
        Finder::new(" because"),
        Finder::new(", and"),
        Finder::new(" since"),
        Finder::new(" but"),
        Finder::new("; however,"),
        Finder::new("; but"),
    ]
});

/// The searcher of [`WORD_FINDERS`] for `needle`, if it has one.
fn word_finder(needle: &str) -> Option<&'static Finder<'static>> {
    // Matched on the literals, which compiles to a compare of a word or
    // two: a slice compare with each searcher's needle was a call to
    // memcmp (54,000 of them on the 1x corpus).
    let k = match needle {
        " that" => 0,
        " because" => 1,
        ", and" => 2,
        " since" => 3,
        " but" => 4,
        "; however," => 5,
        "; but" => 6,
        _ => return None,
    };
    Some(&WORD_FINDERS[k])
}

/// The byte offset of `needle` in `haystack` where a word boundary follows it.
fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    find_word_before(haystack, needle, haystack.len())
}

/// Like [`find_word`], for a `needle` that starts before byte `limit`: a
/// long sentence is not searched past where a match would count.
fn find_word_before(haystack: &str, needle: &str, limit: usize) -> Option<usize> {
    let bytes = haystack.as_bytes();
    let searched = &bytes[..limit.saturating_add(needle.len()).min(bytes.len())];
    let built;
    let finder = match word_finder(needle) {
        Some(f) => f,
        None => {
            built = Finder::new(needle.as_bytes());
            &built
        }
    };
    let mut from = 0;
    while let Some(k) = finder.find(&searched[from..]) {
        let at = from + k;
        let end = at + needle.len();
        if bytes.get(end) == Some(&b' ') {
            return Some(at);
        }
        from = end;
    }
    None
}

/// The first ", " in `text` at or after byte `from`.
fn comma_space(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', &bytes[from..])
        .map(|k| from + k)
        .find(|&at| bytes.get(at + 1) == Some(&b' '))
}

fn skip_spaces(text: &str, from: usize) -> usize {
    from + (text[from..].len() - text[from..].trim_start().len())
}

/// The end of `text` without trailing spaces and commas.
fn trim_end(text: &str) -> usize {
    text.trim_end_matches([' ', ',', ';']).len()
}

/// True when `text` has at least `n` words, as [`str::split_whitespace`]
/// counts them. The clause pass asks this of every sentence, often of all
/// the rest of a long one and most often with the answer no: ASCII text is
/// read eight bytes at a time, and counting stops at the `n`-th word.
fn at_least_words(text: &str, n: usize) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = LOW * 0x80;
    if n == 0 {
        return true;
    }
    let bytes = text.as_bytes();
    let mut found = 0;
    // Whether the byte before the chunk is white space (or the text starts).
    let mut after_space = true;
    let mut chunks = bytes.chunks_exact(8);
    let mut ascii = 0;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if x & HIGH != 0 {
            break; // A character beyond ASCII: the rest a character at a time.
        }
        // Bit 7 of a byte is set where it is a space (its XOR with ' ' is
        // zero) or in '\t'..='\r'. No byte carries into the next: all are ASCII.
        let not_blank = ((x ^ (LOW * u64::from(b' '))) + LOW * 0x7f) & HIGH;
        let control = (x + LOW * (0x80 - 0x09)) & !(x + LOW * (0x80 - 0x0e)) & HIGH;
        let space = !not_blank & HIGH | control;
        // A word starts at a byte that is no space after one that is.
        let starts = !space & HIGH & (space << 8 | u64::from(after_space) << 7);
        found += starts.count_ones() as usize;
        if found >= n {
            return true;
        }
        after_space = space >> 63 != 0;
        ascii += 8;
    }
    // What is left (the tail, or the text from a character beyond ASCII
    // on) starts on a character boundary: all bytes before it are ASCII.
    for c in text[ascii..].chars() {
        let space = c.is_whitespace();
        if !space && after_space {
            found += 1;
            if found >= n {
                return true;
            }
        }
        after_space = space;
    }
    false
}

/// Verbs and adjectives of saying, thinking and granting that frame a
/// proposition ("I believe that X", "critics argue that X", "it is true that
/// X"): the frame states who holds X, the unit is X.
const FRAMING_WORDS: &[&str] = &[
    "believe",
    "think",
    "feel",
    "argue",
    "claim",
    "say",
    "says",
    "said",
    "insist",
    "contend",
    "maintain",
    "agree",
    "suggest",
    "hold",
    "convinced",
    "sure",
    "certain",
    "true",
    "clear",
    "obvious",
    "undeniable",
    "opinion",
    "view",
    "believed",
    "argued",
    "claimed",
    "thought",
    "point",
    "admit",
    "admitted",
    "evident",
    "fact",
    "seems",
    "worry",
    "fear",
    "object",
    // The other forms of the verbs of saying a view is given with.
    "argues",
    "arguing",
    "claims",
    "claiming",
    "insists",
    "insisted",
    "insisting",
    "contends",
    "maintains",
    "suggests",
    "suggested",
    "points",
    "pointed",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "told",
];

/// True when `head` (lowercase, before a comma) is a discourse opener: a
/// listed marker, an adverb, or a prepositional phrase ("In my view",
/// "For these reasons", "Unfortunately").
fn is_opener(head: &str) -> bool {
    use super::lexicon::*;
    let first = head.split(' ').next().unwrap_or("");
    // The cheap tests first: most heads are a prepositional phrase or an
    // adverb; the lists are scanned only for the rest.
    (!at_least_words(head, 2) && first.len() > 4 && first.ends_with("ly"))
        || matches!(
            first,
            "in" | "on"
                | "for"
                | "to"
                | "at"
                | "by"
                | "as"
                | "with"
                | "after"
                | "from"
                | "above"
                | "without"
                | "despite"
                | "besides"
                | "all"
                | "first"
                | "second"
                | "third"
                | "finally"
                | "lastly"
                | "also"
                | "moreover"
                | "furthermore"
                | "secondly"
                | "thirdly"
                | "personally"
                | "honestly"
                | "indeed"
                | "however"
                | "therefore"
                | "thus"
                | "so"
                | "yes"
                | "no"
                | "well"
                | "now"
                | "today"
                | "nowadays"
        )
        || [
            CONTRAST_OPENERS,
            CONCLUSION_OPENERS,
            ADDITIVE_OPENERS,
            ORDINAL_OPENERS,
            OBJECTION_OPENERS,
            CONCESSION_WORDS,
        ]
        .iter()
        .any(|list| list.contains(&head))
}

/// Longest discourse opener stripped from a unit ("On the other hand,").
const MAX_OPENER_WORDS: usize = 4;

/// Longest frame before "that" stripped from a unit.
const MAX_FRAME_WORDS: usize = 7;

/// Where to stop looking for a frame's "that": past seven words of any
/// usual length it is no frame.
const MAX_FRAME_BYTES: usize = 120;

/// The unit proper within `range` of `text`: without a leading discourse
/// marker ("In conclusion,", "First of all,"), without a frame that gives
/// the proposition to others ("some people claim that"), without a tail that
/// talks about the essay (", and in this essay I will ..."). The end mark stays,
/// so that a comment written after a node follows its sentence. Annotators mark the
/// proposition, and a node should cover what it argues, not its signposts.
pub fn core(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start;
    let end = range.end;
    let piece = |a: usize, b: usize| &text[a..b];
    // A leading marker of a few words and a comma, perhaps more than one
    // ("However, in my opinion, X").
    for _ in 0..2 {
        let rest = piece(start, end);
        // Only the first comma can close an opener.
        let Some(comma) = memchr::memchr(b',', rest.as_bytes())
            .filter(|&c| rest.as_bytes().get(c + 1) == Some(&b' '))
        else {
            break;
        };
        let head = &rest[..comma];
        // (A longer opener only if it is a conclusion's whole phrase: "For
        // the reasons mentioned above,", at most 31 bytes; compared only
        // for a head that long.)
        let long_opener = || {
            head.len() <= 31
                && super::lexicon::CONCLUSION_OPENERS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(head))
        };
        if at_least_words(head, MAX_OPENER_WORDS + 1) && !long_opener()
            || !at_least_words(&rest[comma + 2..], MIN_WORDS)
        {
            break;
        }
        let lower = head.to_ascii_lowercase();
        // "Cars, buses and trains ...": a list or a subject, not a marker.
        if !is_opener(&lower) {
            break;
        }
        start += comma + 2;
    }
    start += own_frame_without_that(piece(start, end));
    // A frame before "that".
    let rest = piece(start, end);
    let frame_end =
        find_word_before(rest, " that", MAX_FRAME_BYTES).filter(|&at| at < MAX_FRAME_BYTES);
    if let Some(after) = frame_end.and_then(|_| copular_frame(rest)) {
        start += after;
    } else if let Some(at) = frame_end {
        let after = skip_spaces(rest, at + " that".len());
        // The author's frame after an opening phrase of any length: "Having
        // grown up in a village, I firmly believe that X". The frame is the
        // words after the phrase's comma, "I", an adverb perhaps, and a
        // framing verb right before "that" ("I believe some of that is X"
        // has a pronoun "that", no frame).
        let frame_from = if at_least_words(&rest[..at], MAX_FRAME_WORDS + 1) {
            memchr::memrchr(b',', &rest.as_bytes()[..at])
                .map(|c| c + 1)
                .filter(|&c| {
                    let frame = rest[c..at].trim_start();
                    // "Sheriffs have lined up against the bill, arguing
                    // that X": a participle of saying after its clause.
                    let participle = matches!(frame, "arguing" | "claiming" | "insisting");
                    participle
                        || frame.starts_with("I ")
                            && !at_least_words(frame, MAX_FRAME_WORDS + 1)
                            && frame.rsplit(' ').next().is_some_and(|w| {
                                FRAMING_WORDS.contains(&w.to_ascii_lowercase().as_str())
                            })
                })
                .unwrap_or(0)
        } else {
            0
        };
        // The word counts first: most sentences with "that" have no short frame.
        if !at_least_words(&rest[frame_from..at], MAX_FRAME_WORDS + 1)
            && at_least_words(&rest[after..], MIN_WORDS)
        {
            let lower = rest[frame_from..at].to_ascii_lowercase();
            // A curly apostrophe ("don’t") is part of its word, as a straight one is.
            let words = || lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            // A frame that gives the proposition to others ("critics argue
            // that X") goes: the unit is what they hold. So does the author's
            // own ("I firmly believe that X"): the stance is the sentence's
            // cue, and annotators mark the proposition. A frame of "we" stays:
            // "We would like to think that X" grants or hedges more often than
            // it states the author's view (measured on every development
            // set: scripts/devsets.py, docs/measurements.md round seven).
            // One pass over the frame's words answers both.
            // Hashed: a scan of the list for every word of every frame cost
            // more than the rest of the frame's reading.
            static FRAMING: WordSet = WordSet::of(FRAMING_WORDS);
            // A negated frame ("It is not true that X", "I don't think
            // that X") or one that rejects ("I disagree with those who
            // believe that X") denies X: without it the node would say the
            // opposite.
            // (Rejecting is the author's only with "I": "Those who oppose
            // the plan argue that X" gives X to them.)
            let (mut plural, mut framing, mut negated, mut mine, mut rejects, mut told) =
                (false, false, false, false, false, false);
            let mut passive = false;
            for w in words() {
                // "We are (also) told that X" gives X to whoever told it
                // ("We told the council that X" is the author's).
                plural |= matches!(w, "we" | "our" | "us");
                passive |= matches!(w, "are" | "were" | "is" | "was" | "been" | "being");
                told |= w == "told" && passive;
                mine |= w == "i";
                negated |= super::lexicon::negates(w);
                rejects |= matches!(
                    w,
                    "disagree" | "reject" | "oppose" | "doubt" | "deny" | "dispute"
                );
                framing = framing || FRAMING.contains(w);
            }
            let denies = negated || mine && rejects;
            if (!plural || told) && !denies && framing {
                start += after;
            }
        }
    }
    if start >= end {
        return range;
    }
    start..without_meta_tail(text, start, end)
}

/// Longest subject of a copular frame ("The first lesson of the pilot that
/// ended in May is that X").
const MAX_COPULAR_SUBJECT_WORDS: usize = 12;

/// Where the proposition starts after a copular frame that opens `rest`:
/// "Another reason is that X", "The main problem was that X", "What matters
/// is that X". The subject names the kind of point (a reason, a problem, a
/// lesson) and X is the point; annotators mark X (34 of the 35 such
/// openings in the essay sets' golds).
fn copular_frame(rest: &str) -> Option<usize> {
    let first = rest.split(' ').next().unwrap_or("").to_ascii_lowercase();
    // A noun phrase's opening: "It is that" or "This was that" is no frame.
    if !(super::lexicon::opens_a_noun_phrase(&first) || first == "what") {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(k) = WORD_FINDERS[0].find(&bytes[from..MAX_FRAME_BYTES.min(bytes.len())]) {
        let at = from + k;
        from = at + " that".len();
        if bytes.get(from) != Some(&b' ') {
            continue;
        }
        let subject = rest[..at]
            .strip_suffix(" is")
            .or_else(|| rest[..at].strip_suffix(" was"));
        let Some(subject) = subject else {
            continue;
        };
        let after = skip_spaces(rest, from);
        // "The rain is that bad": "that" as a degree word, no frame.
        let degree = rest[after..].split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "bad"
                    | "good"
                    | "simple"
                    | "easy"
                    | "hard"
                    | "big"
                    | "much"
                    | "far"
                    | "different"
                    | "large"
                    | "small"
                    | "high"
                    | "low"
                    | "wide"
                    | "serious"
            )
        });
        return (!degree
            && at_least_words(subject, 2)
            && !at_least_words(subject, MAX_COPULAR_SUBJECT_WORDS + 1)
            && at_least_words(&rest[after..], MIN_WORDS))
        .then_some(after);
    }
    None
}

/// The length of an author's frame with no "that" opening `rest`: "I think
/// X", "I strongly believe X" (an adverb may come between). "I think about
/// X" or "I believe in X" is no frame, and nor is one that would leave
/// fewer than [`MIN_WORDS`] words.
fn own_frame_without_that(rest: &str) -> usize {
    // Asked of every unit: most open with another word than "I" (a lone
    // "I" is no frame either).
    if !rest.starts_with("I ") {
        return 0;
    }
    let any_of = |word: &str, list: &[&str]| list.iter().any(|l| word.eq_ignore_ascii_case(l));
    let mut words = rest.split(' ');
    words.next();
    // The frame's length as the words are read: "I ", an adverb, the verb.
    let mut skip = 2;
    let mut verb = words.next().unwrap_or_default();
    if verb.len() > 3 && verb.ends_with("ly") {
        skip += verb.len() + 1;
        verb = words.next().unwrap_or_default();
    }
    skip += verb.len() + 1;
    let next = words.next().unwrap_or_default();
    let frame = any_of(verb, &["think", "believe", "guess", "suppose"])
        && !next.is_empty()
        && !any_of(
            next,
            &["that", "about", "of", "in", "so", "for", "on", "with"],
        );
    match rest.get(skip..) {
        Some(after) if frame && at_least_words(after, MIN_WORDS) => skip,
        _ => 0,
    }
}

/// Where a unit ends when its sentence goes on to talk about the essay ("I
/// prefer X, and in this essay I will give three reasons"): at the ", and"
/// before that tail, which is meta-discourse, not part of the point.
fn without_meta_tail(text: &str, start: usize, end: usize) -> usize {
    let piece = &text[start..end];
    let Some(at) = find_word(piece, ", and") else {
        return end;
    };
    // The tail's words as the cue detector reads them.
    let tail = crate::text::Tokens::new(&piece[at + ", and ".len()..]);
    let words: Vec<&str> = tail.iter().collect();
    if at_least_words(&piece[..at], MIN_WORDS) && super::cues::is_meta_discourse(&words) {
        start + at
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(&str, &str, Join)> {
        split(text, 0, false).map(|s| (&text[s.main], &text[s.other], s.join))
    }

    fn short_text_parts(text: &str) -> Option<(&str, &str, Join)> {
        split(text, 0, true).map(|s| (&text[s.main], &text[s.other], s.join))
    }

    #[test]
    fn counting_words_stops_early_and_agrees_with_split_whitespace() {
        let texts = [
            "",
            "  ",
            "one",
            "one two three",
            " one\ttwo\nthree ",
            "a\u{b}b\u{c}c\rd",
            "no\u{a0}break here",
            "quote’s end   spaced",
        ];
        for text in texts {
            for n in 0..6 {
                let expected = text.split_whitespace().count() >= n;
                assert_eq!(at_least_words(text, n), expected, "{text:?} {n}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn counting_words_agrees_on_any_text(text in "[ a-c\t\n\u{b}\u{c}\r\u{8}\u{e}\u{1f}!~\u{7f}\u{a0}’]{0,40}", n in 0usize..12) {
            proptest::prop_assert_eq!(at_least_words(&text, n), text.split_whitespace().count() >= n);
        }
    }

    /// Sentences of commas, spaces and the words the connectives are made of.
    fn connective_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            ",",
            ", ",
            " ",
            "  ",
            "so",
            "and",
            "therefore",
            "thus",
            "hence",
            "which",
            "is",
            "why",
            "that",
            "although",
            "even",
            "though",
            "if",
            "but",
            "yet",
            "because",
            "since",
            "as",
            "x",
            "sol",
            "a",
            "é",
        ]);
        prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #[test]
        fn one_pass_over_the_commas_finds_what_a_search_a_connective_finds(text in connective_text()) {
            let commas: Vec<usize> = memchr::memchr_iter(b',', text.as_bytes()).collect();
            let found = first_at_commas(&text, commas.iter().copied());
            for (list, connectives) in MEDIAL_LISTS.iter().enumerate() {
                // Each connective's first comma, then the earliest, the longest there.
                let plain = connectives
                    .iter()
                    .filter(|c| c.starts_with(','))
                    .filter_map(|c| {
                        commas
                            .iter()
                            .copied()
                            .find(|&at| comma_connective_at(&text, at, c))
                            .map(|at| (at, *c))
                    })
                    .min_by_key(|&(at, c)| (at, usize::MAX - c.len()));
                proptest::prop_assert_eq!(found[list], plain);
            }
        }
    }

    #[test]
    fn every_connective_searched_for_has_its_searcher_built_once() {
        let lists = [
            REASONS,
            SHORT_TEXT_REASONS,
            TRAILING_CONCESSIONS,
            RESULTS,
            TURNS,
        ];
        for c in lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|c| !c.starts_with(','))
        {
            assert!(
                WORD_FINDERS.iter().any(|f| f.needle() == c.as_bytes()),
                "{c:?}"
            );
        }
        // And each is found by its needle.
        for f in WORD_FINDERS.iter() {
            let needle = std::str::from_utf8(f.needle()).expect("a needle is text");
            let found = word_finder(needle).map(|w| w.needle());
            assert_eq!(found, Some(f.needle()), "{needle:?}");
        }
    }

    #[test]
    fn a_grant_that_only_accepts_what_was_said_is_no_unit() {
        for grant in [
            "This may be true in winter",
            "That is fair enough",
            "True enough",
        ] {
            assert!(grants_what_was_said(grant), "{grant}");
        }
        for grant in [
            "It is true that the pavements are narrow on the high street",
            "That said, the pavements are narrow on the high street",
        ] {
            assert!(!grants_what_was_said(grant), "{grant}");
        }
    }

    #[test]
    fn a_colon_splits_a_point_from_what_backs_it() {
        assert_eq!(
            parts("The figures tell another story: the clinic saw fewer patients in every month of the trial."),
            Some((
                "The figures tell another story",
                "the clinic saw fewer patients in every month of the trial.",
                Join::Reason
            ))
        );
        // A few words that point back only frame what the colon gives.
        assert_eq!(
            parts("This is no guess: when the ferry fare fell, the island lost its bakery."),
            Some((
                "when the ferry fare fell, the island lost its bakery.",
                "This is no guess",
                Join::Framed
            ))
        );
        // Announcing what follows, a list, a quotation, a time: one unit.
        for text in [
            "Farmers in the valley have a simple worry: the river floods their fields each spring.",
            "The plan asks for what it always has: more money, more staff and more time for planning.",
            "The committee wants three things: ramps, lifts and wider doors.",
            "The mayor put it plainly: \"We cannot pay for both the pool and the library.\"",
            "The meeting starts at 10:30 and the vote follows after lunch in the hall.",
            "Note: the figures are from the spring count of the whole county.",
            "In her book Reading Rooms: A History of the Public Library, Jane Hale traces the idea.",
            "The branch offers four services: lending, printing, internet access and homework clubs.",
            "Residents have one simple request: keep the branch open on Saturday mornings.",
            "The benefits are as follows: lower costs for families and better reading scores.",
        ] {
            assert_eq!(parts(text), None, "{text}");
        }
        // A few words that only present or judge it frame it too.
        for text in [
            "My argument is simple: towns should keep their public libraries open all year.",
            "Here is the problem: the buses stop running an hour before the late shift ends.",
        ] {
            assert_eq!(
                parts(text).map(|(_, other, join)| (other.len() < 30, join)),
                Some((true, Join::Framed)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_reason_after_comma_as_splits_in_a_short_text_only() {
        let text = "Towns should keep their libraries, as most families cannot buy books.";
        assert_eq!(
            short_text_parts(text),
            Some((
                "Towns should keep their libraries",
                "most families cannot buy books.",
                Join::Reason
            ))
        );
        assert_eq!(parts(text), None);
        // A comparison, a role or a fixed phrase gives no reason.
        for text in [
            "Libraries lend books, as well as films and music to everyone.",
            "Libraries cost money, as a result the town must choose carefully.",
            "The town pays for buses, as long as people keep using them.",
        ] {
            assert_eq!(short_text_parts(text), None, "{text}");
        }
    }

    #[test]
    fn a_leading_because_gives_a_reason_in_any_text() {
        let text = "Because we can be reached anywhere, we are expected to answer anywhere.";
        assert_eq!(
            parts(text),
            Some((
                "we are expected to answer anywhere.",
                "we can be reached anywhere",
                Join::Reason
            ))
        );
        // A condition or a time inside the reason, a reason that points
        // back, the writer's own story, a list or an aside cut by the
        // comma: one unit (the review's).
        for whole in [
            "Because if teenagers drive to school half asleep, they are likely to crash.",
            "Because when students are tired, they cannot concentrate in class.",
            "Because this is the case, schools should think about their start times.",
            "Because my bus left at six in the morning, I slept only five hours.",
            "Because it is much more important for memory, mood, and health than we think.",
            "Because teenagers go to bed late, often after midnight, they are tired.",
            "Because many of our young students, who already work hard all day, need rest.",
        ] {
            assert_eq!(parts(whole), None, "{whole}");
        }
        // "Because of X" names a cause in a phrase, no clause.
        assert_eq!(
            parts("Because of the strike, most trains were cancelled today."),
            None
        );
    }

    #[test]
    fn a_leading_since_gives_a_reason_in_a_short_text_only() {
        let text = "Since most families cannot buy books, towns should keep their libraries.";
        assert_eq!(
            short_text_parts(text),
            Some((
                "towns should keep their libraries.",
                "most families cannot buy books",
                Join::Reason
            ))
        );
        assert_eq!(parts(text), None);
        // After "And", or around a "however" set off by commas.
        assert_eq!(
            short_text_parts("And since buses are cheap to run, the town should buy more."),
            Some((
                "the town should buy more.",
                "buses are cheap to run",
                Join::Reason
            ))
        );
        assert_eq!(
            short_text_parts("Since, however, the old hall is empty, the club could use it."),
            Some((
                "the club could use it.",
                "the old hall is empty",
                Join::Reason
            ))
        );
        // A time, not a reason: a name for a period, a year, a number, a
        // past verb, "then" (each with words enough to split otherwise).
        for text in [
            "Since the Covid pandemic, many schools teach some courses online.",
            "Since 2010 and the new mayor's plan, the town has built three schools.",
            "Since three new schools opened here, the town has grown a lot.",
            "Since they moved to the city centre, the house has stood empty.",
            "Since then the town has grown, and it has built three schools.",
        ] {
            assert_eq!(short_text_parts(text), None, "{text}");
        }
    }

    #[test]
    fn a_sentence_ending_in_commas_splits_nothing_and_does_not_panic() {
        for text in [
            "Since most families cannot buy books, ;",
            "Although most families cannot buy books, ,",
            "Most families cannot buy books because ;",
            "Most families cannot buy books, so ,",
        ] {
            assert_eq!(short_text_parts(text), None, "{text}");
            assert_eq!(parts(text), None, "{text}");
        }
    }

    #[test]
    fn a_second_clause_after_a_short_one_is_no_aside() {
        // "it is cheap" is the point, not an aside inside the concession.
        assert_eq!(
            parts("Although the bus is slow, it is cheap, and it is safe."),
            Some((
                "it is cheap, and it is safe.",
                "the bus is slow",
                Join::Concession
            ))
        );
    }

    #[test]
    fn a_turn_splits_in_a_short_text_only() {
        let text = "Some say uniforms cost families too much, but most schools sell them cheaply.";
        assert_eq!(
            short_text_parts(text),
            Some((
                "most schools sell them cheaply.",
                "Some say uniforms cost families too much",
                Join::Turn
            ))
        );
        assert_eq!(parts(text), None);
        assert_eq!(
            short_text_parts("Trains are slow, yet they are reliable enough."),
            Some(("they are reliable enough.", "Trains are slow", Join::Turn))
        );
        // Writers leave out the comma as often as not.
        assert_eq!(
            short_text_parts("Phones distract young drivers but a ban would be hard to enforce."),
            Some((
                "a ban would be hard to enforce.",
                "Phones distract young drivers",
                Join::Turn
            ))
        );
        // Too few words on one side: one unit.
        assert_eq!(short_text_parts("It is slow, but cheap."), None);
    }

    #[test]
    fn a_leading_concession_is_split_from_the_point() {
        assert_eq!(
            parts("Although cars are convenient, they pollute the air."),
            Some((
                "they pollute the air.",
                "cars are convenient",
                Join::Concession
            ))
        );
        // An aside inside the conceded clause does not end it; an opener
        // after it is no aside.
        assert_eq!(
            parts("Although farmers, not the state, should pick their crops, I think the rules must change."),
            Some((
                "I think the rules must change.",
                "farmers, not the state, should pick their crops",
                Join::Concession
            ))
        );
        assert_eq!(
            parts("Although trams are costly, in my view, they pay for themselves."),
            Some((
                "in my view, they pay for themselves.",
                "trams are costly",
                Join::Concession
            ))
        );
        assert_eq!(
            parts(
                "In conclusion, while some think zoos are cruel, I believe they protect animals."
            ),
            Some((
                "I believe they protect animals.",
                "some think zoos are cruel",
                Join::Concession
            ))
        );
        assert_eq!(
            parts("Even if new parks cost money, they pay for themselves."),
            Some((
                "they pay for themselves.",
                "new parks cost money",
                Join::Concession
            ))
        );
    }

    #[test]
    fn a_reason_follows_its_point() {
        assert_eq!(
            parts("We should plant trees, because they cool the streets."),
            Some((
                "We should plant trees",
                "they cool the streets.",
                Join::Reason
            ))
        );
    }

    #[test]
    fn a_concession_may_follow_its_point() {
        assert_eq!(
            parts("The town should keep the pool open, even if it costs more each year."),
            Some((
                "The town should keep the pool open",
                "it costs more each year.",
                Join::Concession
            ))
        );
        assert_eq!(
            parts("Homework helps pupils, although many of them dislike it."),
            Some((
                "Homework helps pupils",
                "many of them dislike it.",
                Join::Concession
            ))
        );
        // An exception is as often a condition as a concession: one unit.
        assert_eq!(
            parts("Pupils learn more at home, unless the house is noisy."),
            None
        );
    }

    #[test]
    fn a_reason_after_since_follows_its_point_with_or_without_a_comma() {
        assert_eq!(
            parts("Pupils should learn to cook since many of them will live alone."),
            Some((
                "Pupils should learn to cook",
                "many of them will live alone.",
                Join::Reason
            ))
        );
    }

    #[test]
    fn a_result_follows_its_reason() {
        assert_eq!(
            parts("Buses are cheap for the city, so fares should be free."),
            Some((
                "fares should be free.",
                "Buses are cheap for the city",
                Join::Result
            ))
        );
        // ", which means" draws a result with or without "that".
        assert_eq!(
            parts("Fuel for planes is not taxed, which means airlines can charge less."),
            Some((
                "airlines can charge less.",
                "Fuel for planes is not taxed",
                Join::Result
            ))
        );
    }

    #[test]
    fn prepositions_dates_and_short_parts_stay_whole() {
        assert_eq!(parts("The match was cancelled because of the rain."), None);
        assert_eq!(parts("Prices have risen, since 2010 by half."), None);
        assert_eq!(parts("We have lived here since six years ago now."), None);
        assert_eq!(
            parts("Nobody has cleaned the street since then, sadly."),
            None
        );
        assert_eq!(
            short_text_parts("Bikes are not only cheap to run but also good for health."),
            None
        );
        assert_eq!(
            short_text_parts("The plan is not only costly, but it is also unfair, too."),
            None
        );
        assert_eq!(parts("Although late, we won."), None);
        assert_eq!(parts("I walk fast, so that I arrive on time."), None);
        assert_eq!(parts("We won because we trained."), None);
        assert_eq!(parts("Cities grow."), None);
    }

    #[test]
    fn an_objection_and_what_backs_it_split_at_and() {
        fn parts(t: &str) -> Option<(&str, &str, Join)> {
            backed_objection(t, 0).map(|s| (&t[s.main], &t[s.other], s.join))
        }
        assert_eq!(
            parts("A job takes time from study, and some students work until midnight."),
            Some((
                "A job takes time from study",
                "some students work until midnight.",
                Join::Reason
            ))
        );
        // No subject after "and", or too few words: one unit.
        assert_eq!(parts("Buses are slow, and then they stop running."), None);
        assert_eq!(parts("Buses are slow, and often late at night too."), None);
        assert_eq!(parts("Buses are slow, and costly."), None);
        assert_eq!(parts("Buses are slow and costly."), None);
        // A list's last item, a quotation, the writer's reaction, a second
        // view, a consequence, a parallel point: one unit (the review's).
        for whole in [
            "Some people argue that phones, laptops, and tablets help students with research.",
            "Critics say that a ban would cause stress, anxiety, and arguments at school.",
            "Critics say that the ban is \"unfair, and unnecessary\" for older students.",
            "Some people say that a ban takes away freedom, and they are wrong.",
            "Some people believe that phones help students relax, and I strongly disagree.",
            "Some people think that phones help students learn, and others think that they distract.",
            "Critics argue that a ban makes students hide phones, and this leads to more cheating.",
            "Critics say the rule is hard to enforce, and the same is true for the old one.",
            "Critics say the rule is hard to enforce, and most importantly, it treats pupils as children.",
            "Some argue that phones are needed, and while this is partly true, the office has one.",
        ] {
            assert_eq!(parts(whole), None, "{whole}");
        }
    }

    #[test]
    fn a_premise_of_two_long_clauses_splits_at_and() {
        fn parts(t: &str) -> Option<(&str, &str, Join)> {
            coordinated(t, 0).map(|s| (&t[s.main], &t[s.other], s.join))
        }
        assert_eq!(
            parts(
                "Night buses in most small towns stop running well before the last shift ends, \
                 and many cleaners and nurses have to pay for a taxi home twice a week."
            ),
            Some((
                "Night buses in most small towns stop running well before the last shift ends",
                "many cleaners and nurses have to pay for a taxi home twice a week.",
                Join::Coordinate
            ))
        );
        // Either side shorter than twelve words: one point.
        assert_eq!(
            parts(
                "Night buses stop running early, and many cleaners and nurses have to pay for \
                 a taxi home twice a week."
            ),
            None
        );
        // The same filters as an objection's ", and": a list's last item.
        assert_eq!(
            parts(
                "Workers who finish late in small towns need night buses, trains, shared taxis, \
                 and the bicycles that some employers lend to their staff for free."
            ),
            None
        );
    }

    #[test]
    fn a_turn_to_the_authors_own_view_is_found_after_but_or_yet() {
        fn view(t: &str) -> Option<&str> {
            own_view_after_turn(t).map(|at| &t[at..])
        }
        assert_eq!(
            view("Both sides have a point, but I still think towns need night buses."),
            Some("I still think towns need night buses.")
        );
        assert_eq!(
            view("The fares are high, yet in my opinion the trams are worth it."),
            Some("in my opinion the trams are worth it.")
        );
        assert_eq!(
            view("Cars are convenient, but my view is that towns need trams."),
            Some("my view is that towns need trams.")
        );
        assert!(view("Our town is small, but I am convinced that trams would pay.").is_some());
        assert!(view("Our town is small, but I'm sure that trams would pay.").is_some());
        assert!(view("I used to doubt it, but now I think trams would pay.").is_some());
        assert!(view("Both sides have a point; however, I believe trams would pay.").is_some());
        // A view that leans on the grant for what it speaks of.
        assert_eq!(
            view("Opinions differ about the tram, but I think it is worth every penny."),
            None
        );
        // Not the author's view, or too little before the turn.
        assert_eq!(view("Trams are costly, but they last forty years."), None);
        assert_eq!(view("The fares are high, but I paid them anyway."), None);
        assert_eq!(view("Sure, but I think trams pay."), None);
        // What the grant holds.
        assert!(grants_nothing_of_its_own("both opinions have good points"));
        assert!(grants_nothing_of_its_own(
            "I understand the anger behind these calls"
        ));
        assert!(grants_nothing_of_its_own("That is fair"));
        assert!(grants_nothing_of_its_own(
            "There are valid arguments for and against night buses"
        ));
        assert!(grants_nothing_of_its_own(
            "Everyone has their own opinion on this question"
        ));
        assert!(!grants_nothing_of_its_own(
            "Night buses cost the council a great deal of money"
        ));
        // A grant with content is a point, the author's or another's.
        assert!(!grants_nothing_of_its_own(
            "I know that night buses cost a great deal"
        ));
        assert!(!grants_nothing_of_its_own("Night buses are expensive"));
        assert!(!grants_nothing_of_its_own("It is expensive"));
        assert!(!grants_nothing_of_its_own(
            "The complex would cost twelve million pounds"
        ));
        assert!(!grants_nothing_of_its_own(
            "Cars parked on both sides of narrow streets block buses"
        ));
        assert!(!grants_nothing_of_its_own(
            "I see many of my classmates on their phones"
        ));
        assert!(!grants_nothing_of_its_own(
            "This plan would raise council tax by two percent"
        ));
    }

    #[test]
    fn a_reason_in_focus_stays_in_its_point() {
        // A focus adverb makes the reason what the sentence asserts.
        for text in [
            "Many shoppers buy the large pack only because it looks cheaper.",
            "Most people drive to work simply because the buses are late.",
            "The rule survives largely because nobody has read it.",
            "Some rare birds only survived because volunteers fed them.",
            // A comma after a focused verb does not end the focus.
            "Many fathers only take leave, because their employer pays them extra.",
            "These rules only apply, because the council wrote them for cars.",
        ] {
            assert_eq!(parts(text), None, "{text}");
        }
        // A reason among others after a comma, "just" as fair, a counted
        // or possessed "only", a subject in focus: the reason splits.
        for text in [
            "Many teenagers feel anxious, largely because they compare themselves to others.",
            "The war was just because it stopped a massacre.",
            "We have only one car because we cannot afford two.",
            "It is the country's only hope because nothing else has worked.",
            "Only my brother objected because he owns a taxi firm.",
            // A comma closes a focus on a phrase or an adverb: the reason
            // is a clause of its own.
            "Schools should keep the quiet room only for exams, because otherwise nobody will study there.",
            "Many fathers take the leave only reluctantly, because their employers frown on it.",
        ] {
            assert!(parts(text).is_some(), "{text}");
        }
        // An adjective "only" picks out a thing: the reason still splits.
        assert_eq!(
            parts("Exams are the only fair test because everybody answers the same questions."),
            Some((
                "Exams are the only fair test",
                "everybody answers the same questions.",
                Join::Reason
            ))
        );
        assert_eq!(
            parts("Only my sister walks to school because she lives close by."),
            Some((
                "Only my sister walks to school",
                "she lives close by.",
                Join::Reason
            ))
        );
    }

    #[test]
    fn a_unit_is_its_proposition_without_markers_and_frames() {
        fn core_of(t: &str) -> &str {
            &t[core(t, 0..t.len())]
        }
        assert_eq!(
            core_of("In conclusion, I am firmly convinced that cities need more trees."),
            "cities need more trees."
        );
        assert_eq!(
            core_of("For these reasons, I strongly think parks should stay open."),
            "parks should stay open."
        );
        // The author's frame after an opening phrase of any length.
        assert_eq!(
            core_of("Having worked on a farm for ten years, I firmly believe that rivers need wider banks."),
            "rivers need wider banks."
        );
        // A longer frame of the author's, up to seven words.
        assert_eq!(
            core_of("Having read both sides, I side with those who believe that rivers need wider banks."),
            "rivers need wider banks."
        );
        assert_eq!(
            core_of(
                "After all these years, I am still firmly convinced that rivers need wider banks."
            ),
            "rivers need wider banks."
        );
        // "that" as a pronoun ends no frame.
        assert_eq!(
            core_of("Looking at the long queues every single day, I believe some of that is poor planning."),
            "Looking at the long queues every single day, I believe some of that is poor planning."
        );
        assert_eq!(
            core_of("I believe in parks for every child."),
            "I believe in parks for every child."
        );
        assert_eq!(
            core_of("We would like to think that cities need more trees."),
            "We would like to think that cities need more trees."
        );
        assert_eq!(
            core_of("Some parents claim that uniforms stop bullying."),
            "uniforms stop bullying."
        );
        // A negated frame denies what follows: it stays in the node.
        assert_eq!(
            core_of("It is not true that nobody rides the night bus."),
            "It is not true that nobody rides the night bus."
        );
        assert_eq!(
            core_of("I don't think that fares should rise."),
            "I don't think that fares should rise."
        );
        assert_eq!(
            core_of("I don’t think that fares should rise."),
            "I don’t think that fares should rise."
        );
        assert_eq!(
            core_of("As a parent, I cannot agree with those who believe that sugar is harmless."),
            "I cannot agree with those who believe that sugar is harmless."
        );
        assert_eq!(
            core_of("Having weighed both sides, I disagree with those who believe that buses are a waste."),
            "Having weighed both sides, I disagree with those who believe that buses are a waste."
        );
        assert_eq!(
            core_of("First of all, trees cool the streets."),
            "trees cool the streets."
        );
        assert_eq!(
            core_of("Cars, buses and trains all pollute."),
            "Cars, buses and trains all pollute."
        );
        assert_eq!(
            core_of("The study found that 40 percent walk more."),
            "The study found that 40 percent walk more."
        );
        // A tail that talks about the essay is no part of the point.
        assert_eq!(
            core_of("I prefer trains, and in this essay I will give three reasons for my choice."),
            "I prefer trains"
        );
        assert_eq!(
            core_of("I prefer trains, and I will take one tomorrow."),
            "I prefer trains, and I will take one tomorrow."
        );
    }

    #[test]
    fn a_view_given_with_any_form_of_its_verb_is_the_unit_without_its_frame() {
        fn core_of(t: &str) -> &str {
            &t[core(t, 0..t.len())]
        }
        for (sentence, view) in [
            (
                "The ferry company insists that the new timetable saves money.",
                "the new timetable saves money.",
            ),
            (
                "The harbour master also points out that the berth is too shallow.",
                "the berth is too shallow.",
            ),
            (
                "Shop owners reply that the footfall figures are out of date.",
                "the footfall figures are out of date.",
            ),
            (
                "We are also told that the new flats will be affordable.",
                "the new flats will be affordable.",
            ),
            // A participle of saying after its clause.
            (
                "Several bus companies have lined up against the fare cap, arguing that it will cut services.",
                "it will cut services.",
            ),
        ] {
            assert_eq!(core_of(sentence), view);
        }
        // "We" keep their frame unless told, and a participle that is not
        // of saying frames nothing.
        for whole in [
            "We would like to think that the ferry will run all winter.",
            "We told the council in March that the pier was unsafe.",
            "The ferry stopped running in March, proving that the subsidy was too small.",
        ] {
            assert_eq!(core_of(whole), whole);
        }
    }

    #[test]
    fn which_means_draws_a_conclusion_from_the_clause_before() {
        assert_eq!(
            parts(
                "Ridership held steady all winter, which means that the fare cut kept its riders."
            ),
            Some((
                "the fare cut kept its riders.",
                "Ridership held steady all winter",
                Join::Result
            ))
        );
        // "which means" a thing, not a clause: one unit.
        assert_eq!(
            parts("The council uses the operator's definition of a lifeline, which means a boat once a week."),
            None
        );
        for thing in [
            "A later start would raise attendance, which means more money for schools.",
            "Pupils would sleep longer, which means better grades and fewer accidents.",
            "Lessons would end at five, which means the end of after-school clubs.",
            "The word schola, which means leisure in Latin, shows that learning needed time.",
            "They give a prize for punctuality, which means nothing to a tired teenager.",
        ] {
            assert_eq!(parts(thing), None, "{thing}");
        }
        assert!(parts("Buses run late, which means more people will drive to work.").is_some());
        assert!(parts("Teenagers go to bed late, which means they sleep six hours.").is_some());
    }

    #[test]
    fn two_reasons_weighed_against_each_other_are_one_unit() {
        for text in [
            "Most riders take the night bus because they work late, not because they like it.",
            "Loans fell within a year, not because the books stopped mattering but because nobody could see them.",
        ] {
            assert_eq!(parts(text), None, "{text}");
        }
        assert_eq!(
            parts("Most riders take the night bus because they work late shifts.").map(|p| p.2),
            Some(Join::Reason)
        );
        // A plain "not" before a plain reason (the review's).
        assert_eq!(
            parts("Some islanders drive to the pier and many do not because they cannot afford a car.")
                .map(|p| p.2),
            Some(Join::Reason)
        );
    }

    #[test]
    fn the_author_announcing_a_position_frames_what_the_colon_gives() {
        for text in [
            "I have sat on both sides of this debate, and I have come to a simple view: bus fares should be free for children.",
            "But for what it's worth, this is where I've ended up: the council should keep the lanes.",
            // The author taking a side in a few words.
            "Personally, I strongly prefer the second option: team sports are better for children.",
            "I agree with the first group: homework should be banned in primary schools.",
        ] {
            assert_eq!(
                parts(text).map(|(main, _, join)| (main.starts_with("I ") || main.starts_with("But"), join)),
                Some((false, Join::Framed)),
                "{text}"
            );
        }
        // Others' position, or one the author heard, stays framed by its holder.
        for text in [
            "Our neighbours on the mainland hold a very different view: the ferry is a luxury the county cannot afford.",
            "I have heard the opposite view: that a winter ferry is a luxury the county cannot afford.",
            // A list the author prefers is announced, not framed.
            "I prefer three things in a school: small classes, good teachers and a library.",
            // A side named by itself is the claim; the colon gives its reason.
            "I agree with the ban: smoking kills thousands of people every year.",
            "I support the later start: teenagers need more sleep than adults.",
        ] {
            assert_ne!(parts(text).map(|p| p.2), Some(Join::Framed), "{text}");
        }
        // After a clause, not an opening phrase, the colon backs the clause.
        assert_eq!(
            parts("They say the new paddock is bigger, and on that they are right: it is three times the size.")
                .map(|(_, _, join)| join),
            Some(Join::Reason)
        );
    }

    #[test]
    fn a_copular_frame_names_the_kind_of_point_and_the_unit_is_the_point() {
        fn core_of(t: &str) -> &str {
            &t[core(t, 0..t.len())]
        }
        for (sentence, point) in [
            (
                "Another reason is that the canal floods every spring.",
                "the canal floods every spring.",
            ),
            (
                "However, the main problem was that nobody asked the tenants.",
                "nobody asked the tenants.",
            ),
            (
                "The first lesson of the trial that ended in June is that fewer hours cost nothing.",
                "fewer hours cost nothing.",
            ),
            (
                "What matters is that the clinic stays open at night.",
                "the clinic stays open at night.",
            ),
        ] {
            assert_eq!(core_of(sentence), point);
        }
        // A pronoun is no noun phrase, a relative "that" no frame, and a
        // point too short to stand alone keeps its frame.
        for whole in [
            "It is that the canal floods every spring.",
            "The plan that the board chose is cheaper.",
            "The problem is that it is.",
            "The rain is that bad every spring.",
            "The difference is that large in every school we visited.",
        ] {
            assert_eq!(core_of(whole), whole);
        }
    }

    #[test]
    fn offsets_count_from_the_sentence_start() {
        let s = split("Although it rains often, we walk to work.", 100, false).unwrap();
        assert_eq!(s.other, 109..123);
        assert_eq!(s.main, 125..141);
    }
}
