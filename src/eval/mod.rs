//! Measuring extraction: argmap's map of a text compared with a gold map.
//!
//! Three gold formats are read ([`GoldFormat`]): argmap's own JSON contract,
//! brat standoff (`.ann` + `.txt`, as in the persuasive-essay corpora) and the
//! arggraph XML of the arg-microtexts. Each becomes a [`GoldText`]: the text,
//! its gold units (byte spans with a role) and gold relations.
//!
//! [`load`] is the only part that touches the file system. [`score`] aligns
//! a gold text with a [`DocumentMap`] one to one ([`matching`]) and counts
//! everything from that one alignment; [`report`] adds the counts up per set
//! (micro-averaged), averages sets, and writes them as text or JSON.

pub mod brat;
pub mod contract;
pub mod load;
pub mod matching;
pub mod microtext;
pub mod report;
pub mod score;

use crate::document::{Document, SourceFormat};
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
use std::ops::Range;
use std::path::PathBuf;

pub use load::load;
pub use report::{Report, SetReport, Summary};
pub use score::{score, score_classed, Counts, TextScore};

/// Where a gold map came from, which decides the classes it is scored in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GoldFormat {
    /// argmap's JSON contract: all five kinds are classes.
    Json,
    /// brat standoff with MajorClaim, Claim and Premise: thesis, claim, evidence.
    Brat,
    /// arg-microtexts arggraph XML: thesis (central claim), objection (opponent), evidence.
    Microtext,
}

impl GoldFormat {
    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            GoldFormat::Json => "json",
            GoldFormat::Brat => "brat",
            GoldFormat::Microtext => "microtext",
        }
    }

    /// The classes units are scored in, in display order.
    pub fn classes(self) -> &'static [NodeKind] {
        use NodeKind::*;
        match self {
            GoldFormat::Json => &[Thesis, Claim, Evidence, Recommendation, Objection],
            GoldFormat::Brat => &[Thesis, Claim, Evidence],
            GoldFormat::Microtext => &[Thesis, Objection, Evidence],
        }
    }

    /// The classes macro-F1 averages over.
    pub fn macro_classes(self) -> [NodeKind; 3] {
        use NodeKind::*;
        match self {
            GoldFormat::Json | GoldFormat::Brat => [Thesis, Claim, Evidence],
            GoldFormat::Microtext => [Thesis, Objection, Evidence],
        }
    }

    /// The class a unit or node of `kind` is scored as, the same function
    /// for gold and prediction so that a map scored against itself scores
    /// 1.0. Kinds the gold does not distinguish collapse: for brat,
    /// recommendation and objection are claims; for microtexts, claim and
    /// recommendation are premises (evidence). A restatement of the thesis is
    /// a thesis node in argmap's maps and a thesis unit in gold (a second
    /// MajorClaim, an ADU's second EDU), so no class depends on cues.
    pub fn class_of(self, kind: NodeKind) -> NodeKind {
        use NodeKind::*;
        match (self, kind) {
            (GoldFormat::Brat, Recommendation | Objection) => Claim,
            (GoldFormat::Microtext, Claim | Recommendation) => Evidence,
            (_, kind) => kind,
        }
    }

    /// How the classes are read where that is not from the kind alone, for
    /// the report: brat's are levels unless `classing` asks for kinds.
    pub fn class_rule(self, classing: Classing) -> Option<&'static str> {
        match (self, classing) {
            (GoldFormat::Brat, Classing::Kinds) => Some(
                "by kind, as before levels were counted (`--by-kind`): a claim under another \
                 claim stays a claim (recommendation and objection count as claim)",
            ),
            (GoldFormat::Brat, Classing::Levels) => Some(
                "by level, as the scheme defines them: a node that supports or attacks a thesis node \
                 is a claim, one that bears only on other nodes is evidence (a premise), an \
                 unattached one keeps its kind (recommendation and objection count as claim)",
            ),
            (GoldFormat::Json | GoldFormat::Microtext, _) => None,
        }
    }

    /// The class of a unit or node of `kind`, read as `classing` says: by
    /// kind alone, or (the headline counting) by [`GoldFormat::class_at`].
    pub fn class_in(self, kind: NodeKind, attachment: Attachment, classing: Classing) -> NodeKind {
        match classing {
            Classing::Levels => self.class_at(kind, attachment),
            Classing::Kinds => self.class_of(kind),
        }
    }

    /// The class of a unit or node of `kind` that attaches as `attachment`
    /// says, the same function for gold and prediction. Brat's classes are
    /// levels (Stab and Gurevych: a claim supports or attacks the major
    /// claim, a premise a claim or another premise), so a point argmap puts
    /// under another point is a premise whatever its kind, and what bears on
    /// the thesis directly is a claim. Unattached, and in other formats, the
    /// kind decides ([`GoldFormat::class_of`]).
    pub fn class_at(self, kind: NodeKind, attachment: Attachment) -> NodeKind {
        use NodeKind::*;
        match (self, kind, attachment) {
            (GoldFormat::Brat, Thesis, _) => Thesis,
            (GoldFormat::Brat, _, Attachment::Thesis) => Claim,
            (GoldFormat::Brat, _, Attachment::Point) => Evidence,
            _ => self.class_of(kind),
        }
    }
}

/// How classes are read where a format's classes are levels (brat's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Classing {
    /// By level, as the scheme defines them ([`GoldFormat::class_at`]): the
    /// headline counting.
    #[default]
    Levels,
    /// By kind alone ([`GoldFormat::class_of`]), the counting before levels,
    /// for comparing with numbers taken that way.
    Kinds,
}

/// What a unit or node supports or attacks, for the classes that are levels
/// ([`GoldFormat::class_at`]). A restatement is no attachment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attachment {
    /// Nothing.
    Nothing,
    /// A thesis statement (a major claim), whatever else it bears on.
    Thesis,
    /// Only points other than the thesis.
    Point,
}

impl Attachment {
    /// Fold in one target: the thesis outranks any other point.
    fn with(self, target_is_thesis: bool) -> Attachment {
        match (self, target_is_thesis) {
            (_, true) | (Attachment::Thesis, _) => Attachment::Thesis,
            _ => Attachment::Point,
        }
    }

    /// Where each node of `map` attaches.
    pub fn of_nodes(map: &DocumentMap) -> Vec<Attachment> {
        let nodes = map.nodes();
        let mut out = vec![Attachment::Nothing; nodes.len()];
        for e in map.edges().iter().filter(|e| e.kind != EdgeKind::Restates) {
            let to_thesis = nodes[e.to.get()].kind == NodeKind::Thesis;
            out[e.from.get()] = out[e.from.get()].with(to_thesis);
        }
        out
    }

    /// Where each unit of `gold` attaches (a relation to several units, a
    /// brat stance, attaches to all of them).
    pub fn of_units(gold: &GoldText) -> Vec<Attachment> {
        let mut out = vec![Attachment::Nothing; gold.units.len()];
        for r in gold
            .relations
            .iter()
            .filter(|r| r.kind != EdgeKind::Restates)
        {
            // A unit bearing on itself is no attachment (the gold as a map
            // drops such a loop too).
            for &t in r.to.iter().filter(|&&t| t != r.from) {
                let to_thesis = gold.units[t].class == NodeKind::Thesis;
                out[r.from] = out[r.from].with(to_thesis);
            }
        }
        out
    }
}

/// One gold argumentative unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldUnit {
    /// Its id in the gold file (`T3`, `a2`, a node id).
    pub id: String,
    /// Its kind as annotated; scored as [`GoldFormat::class_at`] it.
    pub class: NodeKind,
    /// The cues of a JSON gold node (empty in other formats).
    pub cues: Vec<String>,
    /// Byte ranges in the text, in text order: one for a continuous unit,
    /// several for a discontinuous one (a brat span `0 5;10 20`, an ADU of
    /// an opening EDU and a restatement at the end).
    pub spans: Vec<Range<usize>>,
}

impl GoldUnit {
    /// A continuous unit with no cues.
    pub fn new(id: impl Into<String>, class: NodeKind, span: Range<usize>) -> GoldUnit {
        GoldUnit {
            id: id.into(),
            class,
            cues: Vec::new(),
            spans: vec![span],
        }
    }

    /// From the start of its first range to the end of its last.
    pub fn hull(&self) -> Range<usize> {
        let start = self.spans.iter().map(|s| s.start).min().unwrap_or(0);
        let end = self.spans.iter().map(|s| s.end).max().unwrap_or(0);
        start..end
    }
}

/// What a reader left out of scoring, so that the report can say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Implicit units (an arggraph EDU with `implicit="true"`: a claim the
    /// annotators added, written upper-case into the text).
    pub implicit_units: usize,
    /// Relations with an implicit unit at an end.
    pub implicit_relations: usize,
    /// True when the central claim is implicit, so the text has none to find.
    pub implicit_central: bool,
    /// Where the implicit units' text stands in the text file (found
    /// ignoring case); nodes lying there are not scored.
    pub implicit_spans: Vec<Range<usize>>,
}

/// One gold relation: `from` bears on `to`. When `to` names several units
/// (a brat claim's stance toward all major claims), a predicted edge to any
/// of them counts, and the relation counts once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldRelation {
    /// Index of the premise in [`GoldText::units`].
    pub from: usize,
    /// Indexes of the units it bears on (alternatives).
    pub to: Vec<usize>,
    /// Support or attack.
    pub kind: EdgeKind,
}

/// A text and its gold map.
#[derive(Debug, Clone)]
pub struct GoldText {
    /// The gold format.
    pub format: GoldFormat,
    /// The gold file, as found.
    pub gold_path: PathBuf,
    /// The text file, as found.
    pub text_path: PathBuf,
    /// The text.
    pub text: String,
    /// Gold units in file order.
    pub units: Vec<GoldUnit>,
    /// Gold relations.
    pub relations: Vec<GoldRelation>,
    /// Indexes of the central claim's units (major claims, the central ADU,
    /// the thesis); empty when the gold names none.
    pub central: Vec<usize>,
    /// What the reader left out.
    pub skipped: Skipped,
}

impl GoldText {
    /// The text's id in a split file: the text file's name without its ending.
    pub fn id(&self) -> String {
        self.text_path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
    }

    /// The name shown in reports: the text's path.
    pub fn name(&self) -> String {
        self.text_path.display().to_string()
    }

    /// argmap's map of the text.
    pub fn predict(&self) -> DocumentMap {
        self.predict_with(crate::extract::Options::default())
    }

    /// argmap's map of the text, extracted with `options` (a fitting run's
    /// weights, say).
    pub fn predict_with(&self, options: crate::extract::Options) -> DocumentMap {
        let name = self.name();
        let format = SourceFormat::from_path(&name);
        let doc = Document::parse(name, self.written_text(), format);
        crate::extract::build(&doc, options).map
    }

    /// The text as its author wrote it: an implicit unit's words, which the
    /// annotators added to the text file, blanked out byte for byte (so every
    /// offset stays). argmap never sees a claim the author left unsaid, so a
    /// thesis cannot land on it and go unscored.
    pub fn written_text(&self) -> String {
        let spans = &self.skipped.implicit_spans;
        if spans.is_empty() {
            return self.text.clone();
        }
        let mut bytes = self.text.clone().into_bytes();
        for span in spans {
            // A span found over a unit (no copy in capitals, so case was
            // ignored) is the author's own words: they stay.
            let over_unit = self
                .units
                .iter()
                .flat_map(|u| &u.spans)
                .any(|s| s.start < span.end && span.start < s.end);
            if over_unit {
                continue;
            }
            let end = span.end.min(bytes.len());
            bytes[span.start.min(end)..end].fill(b' ');
        }
        // Spans lie on character boundaries, and a run of ASCII spaces
        // replaces whole characters, so the bytes stay UTF-8.
        String::from_utf8(bytes).unwrap_or_else(|_| self.text.clone())
    }

    /// The gold itself as a map: a node per unit (over its first range,
    /// with its kind and cues) and an edge per relation (to its first
    /// target). Scoring a gold text against this map is the scorer's
    /// self-evaluation and must give 1.0 everywhere.
    pub fn as_map(&self) -> DocumentMap {
        use crate::document::{SharedText, Span};
        use crate::graph::{MapBuilder, Node, Origin};
        let mut b = MapBuilder::new(self.name());
        for unit in &self.units {
            let span = unit.spans.first().cloned().unwrap_or(0..0);
            b.node(Node {
                id: unit.id.clone(),
                kind: unit.class,
                text: SharedText::from(self.text.get(span.clone()).unwrap_or("")),
                span: Span {
                    start: span.start,
                    end: span.end,
                    line: 1,
                    column: 1,
                    end_line: 1,
                    end_column: 1,
                },
                cues: unit
                    .cues
                    .iter()
                    .cloned()
                    .map(crate::graph::Cue::recorded)
                    .collect(),
                confidence: 1.0,
                origin: Origin::Annotation,
                sentence: 0,
            });
        }
        for r in &self.relations {
            if let Some(&to) = r.to.first() {
                // A unit related to itself has no edge to stand for it.
                let _ = b.edge(r.from, to, r.kind);
            }
        }
        b.build()
    }
}

/// Why gold could not be read. Each message names the file and, where it
/// applies, the line.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// A path that does not exist or cannot be read, or a text that cannot
    /// be decoded: the errors of essay input, with the same messages.
    #[error(transparent)]
    Input(#[from] crate::input::InputError),
    /// A directory with no gold file in it.
    #[error("{0}: no gold files found (looked for .ann, .xml and .json files)")]
    NoGold(String),
    /// A file named explicitly that is no gold format.
    #[error("{0}: not a gold file (expected .ann, .xml or .json)")]
    UnknownFormat(String),
    /// Gold that does not parse or does not fit its text.
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The gold file.
        path: String,
        /// 1-based line in the gold file.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// A problem found by a reader, before the file's name is known to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the gold file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// A problem at `line`.
    pub fn at(line: usize, message: impl Into<String>) -> Problem {
        Problem {
            line,
            message: message.into(),
        }
    }

    /// The error for the gold file at `path`.
    pub fn in_file(self, path: &str) -> GoldError {
        GoldError::Malformed {
            path: path.to_string(),
            line: self.line,
            message: self.message,
        }
    }
}

/// What a reader makes of one gold file for one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Gold units.
    pub units: Vec<GoldUnit>,
    /// Gold relations.
    pub relations: Vec<GoldRelation>,
    /// Indexes of the central claim's units.
    pub central: Vec<usize>,
    /// What was left out.
    pub skipped: Skipped,
}

/// The 1-based line of a byte offset.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn kinds_collapse_per_format() {
        use NodeKind::*;
        let class = |f: GoldFormat, k: NodeKind| f.class_of(k);
        assert_eq!(class(GoldFormat::Brat, Recommendation), Claim);
        assert_eq!(class(GoldFormat::Brat, Objection), Claim);
        assert_eq!(class(GoldFormat::Brat, Evidence), Evidence);
        assert_eq!(class(GoldFormat::Microtext, Claim), Evidence);
        assert_eq!(class(GoldFormat::Microtext, Recommendation), Evidence);
        assert_eq!(class(GoldFormat::Microtext, Objection), Objection);
        assert_eq!(class(GoldFormat::Microtext, Thesis), Thesis);
        for k in NodeKind::ALL {
            assert_eq!(class(GoldFormat::Json, k), k);
        }
    }

    #[test]
    fn brat_classes_follow_the_attachment() {
        use NodeKind::*;
        let at = |k: NodeKind, a: Attachment| GoldFormat::Brat.class_at(k, a);
        for k in [Claim, Evidence, Recommendation, Objection] {
            assert_eq!(at(k, Attachment::Thesis), Claim, "{k:?}");
            assert_eq!(at(k, Attachment::Point), Evidence, "{k:?}");
        }
        assert_eq!(at(Thesis, Attachment::Point), Thesis);
        assert_eq!(at(Objection, Attachment::Nothing), Claim);
        assert_eq!(at(Evidence, Attachment::Nothing), Evidence);
        for k in NodeKind::ALL {
            assert_eq!(GoldFormat::Json.class_at(k, Attachment::Point), k);
        }
        assert_eq!(
            GoldFormat::Microtext.class_at(Objection, Attachment::Point),
            Objection
        );
        // A unit bearing on itself is not attached (the gold as a map drops
        // the loop).
        let mut g = GoldText {
            format: GoldFormat::Brat,
            gold_path: PathBuf::from("t.ann"),
            text_path: PathBuf::from("t.txt"),
            text: "x".repeat(20),
            units: vec![
                GoldUnit::new("T1", Thesis, 0..10),
                GoldUnit::new("T2", Claim, 10..20),
            ],
            relations: vec![GoldRelation {
                from: 1,
                to: vec![1],
                kind: EdgeKind::Supports,
            }],
            central: vec![0],
            skipped: Skipped::default(),
        };
        assert_eq!(Attachment::of_units(&g), [Attachment::Nothing; 2]);
        g.relations[0].to = vec![1, 0];
        assert_eq!(
            Attachment::of_units(&g),
            [Attachment::Nothing, Attachment::Thesis]
        );
        // The thesis outranks any other target, in either order.
        assert_eq!(
            Attachment::Nothing.with(false).with(true),
            Attachment::Thesis
        );
        assert_eq!(
            Attachment::Nothing.with(true).with(false),
            Attachment::Thesis
        );
    }

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }
}
