//! Input generators for the fuzz and property tests, biased toward what
//! argmap reads: Markdown structure (headings, nested quotes and lists,
//! code fences, HTML, tables, footnotes, front matter), sentences full of
//! the cues the heuristics look for, abbreviations and multi-byte
//! punctuation, author annotations with random roles, ids and edges, and
//! suppression comments; then seed files mutated, and raw bytes.

use proptest::prelude::*;
use proptest::sample::select;
use std::path::{Path, PathBuf};

/// Words and phrases that trigger the cue lexicons and sentence splitter.
const WORDS: &[&str] = &[
    "cities",
    "should",
    "must",
    "ought to",
    "we",
    "I believe",
    "critics argue",
    "however",
    "but",
    "admittedly",
    "for example",
    "such as",
    "according to",
    "first,",
    "second,",
    "finally,",
    "this",
    "these",
    "the latter",
    "therefore",
    "in conclusion",
    "clearly",
    "arguably",
    "parks",
    "libraries",
    "public transport",
    "would help",
    "could",
    "will",
    "whether",
    "that",
    "which",
    "has helped",
    "was",
    "were",
    "2019",
    "3,000",
    "40%",
    "4.5",
    "twofold",
    "three reasons",
    "benefits",
    "if",
    "although",
    "it is unfair",
    "the council",
    "NATO",
    "survey",
    "found",
    "study",
    "percent",
    "March",
    "Oslo",
    "Smith",
    "et al.",
    "(Smith, 2019)",
    "[3]",
    "photo by",
    "cc Flickr",
    "log in",
    "back to top",
    "disclaimer",
    "also",
    "yes,",
    "do",
    "not",
    "and",
    "so",
    "the",
    "a",
];

/// Abbreviations and number shapes that sentence splitters get wrong.
const TRICKY: &[&str] = &[
    "U.S.",
    "e.g.",
    "i.e.",
    "Dr.",
    "Sgt.",
    "No. 5",
    "J. R. R.",
    "a.m.",
    "3.5",
    "vs.",
    "etc.",
    "Mr.",
    "St.",
    "Fig. 2",
    "p. 12",
    "...",
    "…",
    "?!",
    "!!",
    "(An aside.)",
    "(see [1].)",
];

/// Words outside ASCII: accents, combining marks, other scripts, emoji,
/// right-to-left text, invisible characters.
const UNICODE: &[&str] = &[
    "café",
    "naïve",
    "Zürich",
    "über-café",
    "e\u{301}",
    "a\u{308}\u{301}",
    "東京",
    "данные",
    "مرحبا",
    "עברית",
    "🙂",
    "👩‍👩‍👧",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{a0}",
    "\u{2028}",
    "\u{85}",
    "İstanbul",
    "ǅ",
    "ß",
    "ﬁ",
    "𝔘𝔫𝔦",
    "\u{202e}rtl",
    "Ωmega",
    "½",
    "Ⅻ",
    "٣",
];

/// Punctuation, most of it multi-byte.
const PUNCT: &[&str] = &[
    "“", "”", "„", "‟", "‘", "’", "«", "»", "‹", "›", "—", "–", "…", "·", "•", "‽", "¿", "¡", "。",
    "！", "？", "、", "\"", "'", "(", ")", "[", "]", ":", ";", ",", "*", "_", "`", "\\", "<", ">",
    "&", "#", "|", "~", "^", "$", "%", "{", "}", "/", "@", "=", "+", "-",
];

const ENDS: &[&str] = &[
    ".", ".", ".", "!", "?", "…", "...", ".”", "?”", ".)", "!\"", ":", ";", "", ".[^1]", ". ",
    "。", ".'", " .", "?!",
];

/// Roles, valid or not, for annotations.
const ROLES: &[&str] = &[
    "thesis",
    "claim",
    "evidence",
    "recommendation",
    "objection",
    "none",
    "clam",
    "Claim",
    "",
    "premise",
];

/// Ids for annotations: a small pool, so references hit, miss, repeat and loop.
const IDS: &[&str] = &[
    "a",
    "b",
    "c",
    "thesis",
    "parks",
    "a-b",
    "über",
    "x1",
    "Bad_Id",
    "-x",
    "a--b",
    "node",
    "cities-should",
    "2019",
];

/// What a suppression names besides the codes of `rules::ALL`: a code in
/// lowercase, a code no rule has, names, nonsense and nothing.
const NOT_CODES: &[&str] = &[
    "am002",
    "AM099",
    "unsupported-claim",
    "orphan-evidence",
    "nonsense",
    "",
];

/// Every rule's code, then [`NOT_CODES`].
fn rule_names() -> Vec<&'static str> {
    let codes = argmap::lint::rules::ALL.iter().map(|r| r.meta().code);
    codes.chain(NOT_CODES.iter().copied()).collect()
}

fn word() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        6 => select(WORDS).prop_map(str::to_string),
        2 => select(TRICKY).prop_map(str::to_string),
        2 => select(UNICODE).prop_map(str::to_string),
        2 => "[a-zA-Z]{1,9}",
        1 => "[0-9]{1,6}",
        1 => any::<char>().prop_filter("no NUL", |c| *c != '\0').prop_map(String::from),
    ]
}

/// An inline piece: a word, some markup around words, or punctuation.
fn inline() -> impl Strategy<Value = String> {
    let w = word();
    prop_oneof![
        10 => w.clone(),
        2 => select(PUNCT).prop_map(str::to_string),
        1 => w.clone().prop_map(|w| format!("*{w}*")),
        1 => w.clone().prop_map(|w| format!("**{w}**")),
        1 => w.clone().prop_map(|w| format!("_{w}_")),
        1 => w.clone().prop_map(|w| format!("`{w}`")),
        1 => w.clone().prop_map(|w| format!("[{w}](http://example.org/{w})")),
        1 => w.clone().prop_map(|w| format!("![{w}](x.png)")),
        1 => w.clone().prop_map(|w| format!("~~{w}~~")),
        1 => Just("[^1]".to_string()),
        1 => Just("<span>".to_string()),
        1 => Just("<http://example.org>".to_string()),
        1 => w.prop_map(|w| format!("“{w}”")),
        1 => Just("  \n".to_string()),
        1 => Just("\\\n".to_string()),
        1 => Just("$x$".to_string()),
        1 => Just("&amp;".to_string()),
    ]
}

fn ids() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(select(IDS), 1..4)
}

/// An author annotation, valid or broken.
fn annotation() -> impl Strategy<Value = String> {
    let role = select(ROLES);
    let id = prop::option::of(select(IDS));
    let supports = prop::option::of(ids());
    let attacks = prop::option::of(ids());
    let junk = prop::option::of(select(
        &["colour=red", "supports=", "#", "=a", "claim", "#a"][..],
    ));
    let close = select(&[" -->", "-->", " --", ""][..]);
    (role, id, supports, attacks, junk, close).prop_map(
        |(role, id, supports, attacks, junk, close)| {
            let mut parts = vec![role.to_string()];
            parts.extend(id.map(|i| format!("#{i}")));
            parts.extend(supports.map(|s| format!("supports={}", s.join(","))));
            parts.extend(attacks.map(|s| format!("attacks={}", s.join(","))));
            parts.extend(junk.map(str::to_string));
            format!("<!-- argmap: {}{close}", parts.join(" "))
        },
    )
}

/// A suppression comment, valid or broken.
fn suppression() -> impl Strategy<Value = String> {
    let kind = select(
        &[
            "argmap-disable-next-line",
            "argmap-disable",
            "argmap-enable",
            "argmap-disable-file",
            "argmap-disable-line",
        ][..],
    );
    let rules = prop::collection::vec(select(rule_names()), 0..3);
    let reason = prop::option::of(Just(" -- a reason -- with dashes"));
    (kind, rules, reason)
        .prop_map(|(k, r, why)| format!("<!-- {k} {}{} -->", r.join(", "), why.unwrap_or("")))
}

/// One sentence: inline pieces, an end, maybe an annotation after it.
fn sentence() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(inline(), 1..12);
    let end = select(ENDS);
    let tail = prop::option::weighted(0.3, annotation());
    (pieces, end, tail).prop_map(|(pieces, end, tail)| {
        let mut s = pieces.join(" ");
        if let Some(first) = s.get(..1) {
            let upper = first.to_uppercase();
            s.replace_range(..1, &upper);
        }
        s.push_str(end);
        if let Some(t) = tail {
            s.push(' ');
            s.push_str(&t);
        }
        s
    })
}

/// A paragraph: sentences joined by spaces or line breaks.
fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (sentence(), select(&[" ", " ", "\n", "  ", "\t"][..])),
        1..7,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(s, sep)| format!("{s}{sep}"))
            .collect::<String>()
            .trim_end()
            .to_string()
    })
}

/// One block of Markdown.
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        10 => paragraph(),
        2 => (1..8usize, paragraph()).prop_map(|(n, p)| format!("{} {}", "#".repeat(n), p.replace('\n', " "))),
        1 => paragraph().prop_map(|p| format!("{p}\n{}", "=".repeat(3))),
        2 => (1..6usize, paragraph(), any::<bool>()).prop_map(|(depth, p, lazy)| {
            let prefix = "> ".repeat(depth);
            p.lines()
                .enumerate()
                .map(|(i, l)| if lazy && i > 0 { l.to_string() } else { format!("{prefix}{l}") })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        2 => prop::collection::vec((0..4usize, select(&["-", "*", "+", "1.", "2)", "- [ ]"][..]), sentence()), 1..6)
            .prop_map(|items| items
                .into_iter()
                .map(|(level, marker, s)| format!("{}{marker} {s}", "  ".repeat(level)))
                .collect::<Vec<_>>()
                .join("\n")),
        1 => (1..40usize, sentence()).prop_map(|(n, s)| format!("{}{s}", "- ".repeat(n))),
        1 => (1..40usize, sentence()).prop_map(|(n, s)| format!("{}{s}", ">".repeat(n))),
        1 => (select(&["```", "~~~", "````", "    "][..]), paragraph(), any::<bool>()).prop_map(|(fence, p, closed)| {
            if fence == "    " {
                p.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
            } else if closed {
                format!("{fence}rust\n{p}\n{fence}")
            } else {
                format!("{fence}\n{p}")
            }
        }),
        1 => paragraph().prop_map(|p| format!("<div>\n{p}\n</div>")),
        1 => paragraph().prop_map(|p| format!("<!--\n{p}\n-->")),
        1 => annotation(),
        2 => suppression(),
        1 => sentence().prop_map(|s| format!("| a | b |\n|---|---|\n| {s} | x |")),
        1 => sentence().prop_map(|s| format!("[^1]: {s}")),
        1 => sentence().prop_map(|s| format!("[ref]: http://example.org \"{s}\"")),
        1 => Just("---".to_string()),
        1 => Just("***".to_string()),
        1 => Just(String::new()),
    ]
}

/// A whole essay of Markdown (or text): blocks with blank lines, maybe
/// front matter, one line-ending style or a mix.
pub fn essay() -> impl Strategy<Value = String> {
    let blocks = prop::collection::vec(
        (
            block(),
            select(&["\n\n", "\n\n", "\n", "\n\n\n", "\n \n"][..]),
        ),
        0..14,
    );
    let front = prop::option::weighted(0.1, Just("---\ntitle: x\n---\n\n"));
    let endings = select(&["\n", "\n", "\n", "\r\n", "\r", "mixed"][..]);
    let bom = prop::bool::weighted(0.05);
    (front, blocks, endings, bom).prop_map(|(front, blocks, endings, bom)| {
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        text.push_str(front.unwrap_or(""));
        for (b, sep) in blocks {
            text.push_str(&b);
            text.push_str(sep);
        }
        match endings {
            "mixed" => text
                .split('\n')
                .enumerate()
                .map(|(i, l)| format!("{l}{}", ["\n", "\r\n", "\r"][i % 3]))
                .collect(),
            "\n" => text,
            other => text.replace('\n', other),
        }
    })
}

/// A file name: Markdown or text (text splits unwrapped lines).
pub fn path() -> impl Strategy<Value = &'static str> {
    select(&["fuzz.md", "fuzz.md", "fuzz.txt", "FUZZ.TXT", "fuzz"][..])
}

/// Snippets spliced into seeds by mutation.
const SPLICES: &[&str] = &[
    "<!-- argmap: claim #a supports=b -->",
    "<!-- argmap: evidence supports=a,thesis attacks=c -->",
    "<!-- argmap: thesis -->",
    "<!-- argmap:",
    "-->",
    "<!--",
    "<!-- argmap-disable AM002 -->",
    "<!-- argmap-enable -->",
    "\n\n",
    "\n> ",
    "\n- ",
    "\n```\n",
    "\r\n",
    "\r",
    "“",
    "”",
    "…",
    "e\u{301}",
    ". ",
    "U.S. ",
    "[^1]",
    "](",
    "*",
    "**",
    "`",
    "\\",
    "<div>",
    "</div>",
    "# ",
    "|",
    "\u{feff}",
];

/// One edit of a byte string.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Delete `len` bytes at `at` (positions are taken modulo the length).
    Delete { at: usize, len: usize },
    /// Insert a snippet.
    Insert { at: usize, snippet: &'static str },
    /// Copy a range elsewhere.
    Duplicate { from: usize, len: usize, to: usize },
    /// Replace a byte.
    Byte { at: usize, value: u8 },
    /// Cut the end off.
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        4 => (any::<usize>(), select(SPLICES)).prop_map(|(at, snippet)| Mutation::Insert { at, snippet }),
        2 => (any::<usize>(), 1..200usize, any::<usize>()).prop_map(|(from, len, to)| Mutation::Duplicate { from, len, to }),
        1 => (any::<usize>(), 1..=255u8).prop_map(|(at, value)| Mutation::Byte { at, value }),
        1 => any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

/// Apply edits to `bytes`.
pub fn mutate(mut bytes: Vec<u8>, edits: &[Mutation]) -> Vec<u8> {
    for m in edits {
        let n = bytes.len();
        let pos = |p: usize| if n == 0 { 0 } else { p % (n + 1) };
        match *m {
            Mutation::Delete { at, len } => {
                let at = pos(at);
                let end = (at + len).min(n);
                bytes.drain(at..end);
            }
            Mutation::Insert { at, snippet } => {
                let at = pos(at);
                bytes.splice(at..at, snippet.bytes());
            }
            Mutation::Duplicate { from, len, to } => {
                let from = pos(from);
                let end = (from + len).min(n);
                let copy = bytes[from..end].to_vec();
                let to = pos(to);
                bytes.splice(to..to, copy);
            }
            Mutation::Byte { at, value } => {
                if n > 0 {
                    bytes[at % n] = value;
                }
            }
            Mutation::Truncate { at } => bytes.truncate(pos(at)),
        }
    }
    bytes
}

/// The committed seed corpus and the regressions found by fuzzing.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus")
}

/// Every file of the seed corpus (regressions included), sorted by path.
pub fn corpus() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut dirs = vec![corpus_dir()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("the fuzz corpus is committed") {
            let path = entry.expect("readable corpus").path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("readable corpus file");
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

/// A seed file with edits applied; valid UTF-8 most of the time, so that
/// the edits reach the parser rather than the decoder.
pub fn mutated_seed(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let pick = select(seeds.clone());
    let other = select(seeds);
    let edits = prop::collection::vec(mutation(), 1..8);
    (
        pick,
        other,
        edits,
        prop::bool::weighted(0.85),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(seed, other, edits, lossy, splice)| {
            let mut bytes = seed;
            if splice {
                let half = other.len() / 2;
                bytes.extend_from_slice(&other[half..]);
            }
            let out = mutate(bytes, &edits);
            if lossy {
                String::from_utf8_lossy(&out).into_owned().into_bytes()
            } else {
                out
            }
        })
}

/// Raw input: any bytes but NUL (a NUL is a binary file), any text, or
/// Markdown punctuation soup.
pub fn raw() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(1..=255u8, 0..400),
        any::<String>().prop_map(|s| s.replace('\0', "").into_bytes()),
        prop::collection::vec(select(PUNCT), 0..200).prop_map(|v| v.concat().into_bytes()),
        prop::collection::vec(select(SPLICES), 0..60).prop_map(|v| v.concat().into_bytes()),
    ]
}

/// Any fuzz input: (file name, bytes).
pub fn input(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = (&'static str, Vec<u8>)> {
    let structured = essay().prop_map(String::into_bytes);
    (
        path(),
        prop_oneof![
            6 => structured,
            3 => mutated_seed(seeds),
            1 => raw(),
        ],
    )
}
