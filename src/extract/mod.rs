//! Stage 2: sentences -> roles (with the cues that fired) -> relations.
//!
//! [`extract`] reads a parsed [`Document`] and returns [`Extraction`]: one
//! [`Unit`] per argumentative sentence and the [`Relation`]s between them.
//! [`build_map`] turns that into a checked [`DocumentMap`].

pub mod annotations;
pub mod clauses;
pub mod cues;
pub mod lexicon;
mod relations;
mod roles;
mod sections;
pub mod weights;

use crate::document::{Document, SharedText};
use crate::graph::{Cue, CueKind, DocumentMap, EdgeKind, MapBuilder, Node, NodeKind, Origin};
use crate::text::{Contained, DidYouMean};
use annotations::{Annotation, Issue, IssueKind};
use rustc_hash::FxHashMap;
pub use sections::{Layout, Paragraph, Section};

/// One argumentative sentence and the role it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: usize,
    /// The role.
    pub kind: NodeKind,
    /// The cues that decided it.
    pub cues: Vec<Cue>,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// The clause it covers (a byte range of the document) when its sentence
    /// holds more than one unit; `None` for the whole sentence.
    pub clause: Option<std::ops::Range<usize>>,
    /// True for the clause a connective subordinates ("although X", "because
    /// Y"): read from grammar alone, so no annotation addresses it.
    pub derived: bool,
}

/// A directed relation between two units (indexes into [`Extraction::units`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// The premise.
    pub from: usize,
    /// What it bears on.
    pub to: usize,
    /// Support or attack.
    pub kind: EdgeKind,
    /// The cue that linked them, e.g. `structure:topic-sentence`.
    pub cue: &'static str,
}

/// The result of extraction for one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Argumentative sentences in reading order.
    pub units: Vec<Unit>,
    /// Relations between units.
    pub relations: Vec<Relation>,
    /// The author's annotations that were read.
    pub annotations: Vec<Annotation>,
    /// Problems found in annotations.
    pub issues: Vec<Issue>,
}

/// How to extract.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Read author annotations (`<!-- argmap: ... -->`); off shows what the
    /// heuristics alone would say.
    pub annotations: bool,
    /// The weights the cues and positions count with (the shipped table
    /// unless a fitting run replaces it).
    pub weights: &'static weights::Weights,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            annotations: true,
            weights: weights::Weights::shipped(),
        }
    }
}

/// A checked map and the problems found in the document's annotations.
#[derive(Debug, Clone)]
pub struct Built {
    /// The argument map.
    pub map: DocumentMap,
    /// Problems with annotations (misplaced, invalid, duplicate ids, unknown references).
    pub issues: Vec<Issue>,
}

/// Find the roles and relations of a document's sentences.
pub fn extract(doc: &Document, options: Options) -> Extraction {
    let mut stages = Stages::analyse(doc, options);
    let roles = stages.roles();
    // The units hold their cue names now; linking reads only the flags.
    stages.release_cue_lists();
    let relations = roles.relations(&stages);
    let short_text = !roles.layout.structured();
    // Which sentences stand in a body paragraph, where premises are argued.
    let mut body = vec![false; doc.sentences.len()];
    for p in &roles.layout.paragraphs {
        if p.section == sections::Section::Body {
            for &s in &p.sentences {
                body[s] = true;
            }
        }
    }
    let (units, relations) =
        split_all_clauses(doc, short_text, &body, roles.decided.units, relations);
    Extraction {
        units,
        relations,
        annotations: stages.annotations,
        issues: stages.issues,
    }
}

/// How many times a sentence's clauses are split again: "Although X, I
/// believe Y, since Z" is three units. A third pass split nothing more on
/// any development set.
const CLAUSE_PASSES: usize = 3;

/// Split each unit's clauses ([`split_clauses`]) and then each half again,
/// until nothing splits; then trim every unit to its proposition.
fn split_all_clauses(
    doc: &Document,
    short_text: bool,
    body: &[bool],
    mut units: Vec<Unit>,
    mut relations: Vec<Relation>,
) -> (Vec<Unit>, Vec<Relation>) {
    let mut fresh = vec![true; units.len()];
    for _ in 0..CLAUSE_PASSES {
        let before = units.len();
        (units, relations, fresh) = split_clauses(doc, short_text, body, units, relations, &fresh);
        if units.len() == before {
            break;
        }
    }
    // Each unit covers its proposition, without signposts and frames.
    for unit in &mut units {
        let sentence = doc.sentences[unit.sentence].span.range();
        let range = unit.clause.clone().unwrap_or_else(|| sentence.clone());
        let core = clauses::core(&doc.text, range);
        unit.clause = (core != sentence).then_some(core);
    }
    (units, relations)
}

/// One pass: split each unit marked in `fresh` whose clause holds two
/// argumentative clauses ([`clauses::split`]) into the main clause, which
/// keeps the unit's role and relations, and the clause its connective
/// subordinates, linked to it: a reason or premise supports the main clause,
/// which answers (attacks) a conceded one; the conceded point attacks what
/// the main clause argues for. Returns which units this pass made.
fn split_clauses(
    doc: &Document,
    short_text: bool,
    body: &[bool],
    units: Vec<Unit>,
    relations: Vec<Relation>,
    fresh: &[bool],
) -> (Vec<Unit>, Vec<Relation>, Vec<bool>) {
    let mut made: Vec<bool> = Vec::with_capacity(units.len());
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    let mut moved: Vec<usize> = Vec::with_capacity(units.len());
    // Where what backs a unit from later in the text goes: the answer Y of
    // a view reported and answered in one sentence ("Some say X, but Y. For
    // example, Z.": Z backs Y), else the unit itself.
    let mut backed_later: Vec<usize> = Vec::with_capacity(units.len());
    let mut added: Vec<Relation> = Vec::new();
    // (conceded clause, the main clause answering it, the index in `added`
    // of the answer's attack on it), for the attack the conceded point
    // makes on what the main clause argues for.
    let mut conceded: Vec<(usize, usize, usize)> = Vec::new();
    // (second premise, first premise) of "X, and Y": Y backs what X backs.
    let mut siblings: Vec<(usize, usize)> = Vec::new();
    for (mut unit, try_it) in units.into_iter().zip(fresh.iter().copied()) {
        let range = unit
            .clause
            .clone()
            .unwrap_or_else(|| doc.sentences[unit.sentence].span.range());
        let text = &doc.text[range.clone()];
        // "Both sides have a point, but I still think X": in an essay the
        // turn to the author's own view ends a grant of nothing of its own,
        // which is no node: the node is X. (A grant with content stays in
        // its sentence: the author's own reason as often as another's.)
        // (Asked of the points only, where an essay turns to its view:
        // evidence, most units, holds its grants.)
        let own_view = (try_it
            && !short_text
            && matches!(
                unit.kind,
                NodeKind::Thesis | NodeKind::Claim | NodeKind::Recommendation
            ))
        .then(|| clauses::own_view_after_turn(text))
        .flatten()
        .filter(|&at| clauses::grants_nothing_of_its_own(&text[..at]));
        if let Some(at) = own_view {
            unit.clause = Some(range.start + at..range.end);
            moved.push(out.len());
            backed_later.push(out.len());
            out.push(unit);
            made.push(true);
            continue;
        }
        let found = try_it
            .then(|| {
                // An essay's objection splits like a short text's sentence:
                // "Critics say X, but Y" reports X and answers it; so does a
                // body's sentence that grants and turns ("It is true that X,
                // but Y"). A thesis that does ("Of course X, but in my view
                // Y") sets X as scene, as the introduction's other views.
                let close = short_text
                    || unit.kind == NodeKind::Objection
                    || unit.kind != NodeKind::Thesis
                        && unit.cues.iter().any(|c| c.kind == CueKind::GrantsThenTurns);
                clauses::split(text, range.start, close)
                    .or_else(|| {
                        (!short_text && unit.kind == NodeKind::Objection)
                            .then(|| clauses::backed_objection(text, range.start))
                            .flatten()
                    })
                    .or_else(|| {
                        // An example or a source's figures ("For example, X,
                        // and Y", "According to Z, X, and Y") tell one case,
                        // and an answer ("But X, and Y") turns as one: one
                        // unit each.
                        let premise =
                            !short_text && body[unit.sentence] && unit.kind == NodeKind::Evidence;
                        let one_case = || {
                            unit.cues.iter().any(|c| {
                                matches!(c.kind, CueKind::EvidenceMarker | CueKind::Contrast)
                            })
                        };
                        (premise && !one_case())
                            .then(|| clauses::coordinated(text, range.start))
                            .flatten()
                            // The writer's own story is one event told on.
                            .filter(|s| !roles::tells_own_past(&doc.text[s.main.clone()]))
                    })
            })
            .flatten();
        let Some(split) = found else {
            moved.push(out.len());
            backed_later.push(out.len());
            out.push(unit);
            made.push(false);
            continue;
        };
        // An essay's short courtesy ("Although this has merits, Y") is no
        // point: the node is Y alone.
        // Nor is "This is no theory: Y"'s frame: the node is Y.
        if !short_text
            && (split.join == clauses::Join::Concession
                && clauses::is_courtesy(&doc.text[split.other.clone()])
                || split.join == clauses::Join::Turn
                    && clauses::grants_what_was_said(&doc.text[split.other.clone()]))
            || split.join == clauses::Join::Framed
        {
            unit.clause = Some(split.main.clone());
            moved.push(out.len());
            backed_later.push(out.len());
            out.push(unit);
            made.push(true);
            continue;
        }
        // "I disagree with this opinion, because X": the reaction to the
        // view says no more than that; the node is the reason it gives.
        if !short_text
            && split.join == clauses::Join::Reason
            && cues::reacts_to_a_view(&doc.text[split.main.clone()])
        {
            unit.clause = Some(split.other.clone());
            moved.push(out.len());
            backed_later.push(out.len());
            out.push(unit);
            made.push(true);
            continue;
        }
        let (kind, edge) = match split.join {
            clauses::Join::Concession | clauses::Join::Turn => {
                (NodeKind::Objection, EdgeKind::Attacks)
            }
            // An essay's reason given for the thesis itself ("To sum up, X,
            // because Y") is one of the points that carry it, not a premise
            // under one (a short text has no such middle level).
            clauses::Join::Reason | clauses::Join::Result
                if unit.kind == NodeKind::Thesis && !short_text =>
            {
                (NodeKind::Claim, EdgeKind::Supports)
            }
            clauses::Join::Reason
            | clauses::Join::Result
            | clauses::Join::Framed
            | clauses::Join::Coordinate => (NodeKind::Evidence, EdgeKind::Supports),
        };
        // "Some say X, but Y": the sentence reads as an objection because of
        // X, so X carries the sentence's relations and Y answers it.
        let reported = split.join == clauses::Join::Turn && unit.kind == NodeKind::Objection;

        if reported {
            unit.kind = NodeKind::Evidence;
        }

        let other = Unit {
            sentence: unit.sentence,
            kind,
            cues: vec![Cue::with(CueKind::Clause, split.connective)],
            confidence: 0.6,
            clause: Some(split.other.clone()),
            derived: true,
        };
        unit.clause = Some(split.main.clone());
        let other_first = split.other.start < split.main.start;
        let (main_at, other_at) = if other_first {
            (out.len() + 1, out.len())
        } else {
            (out.len(), out.len() + 1)
        };
        moved.push(if reported { other_at } else { main_at });
        backed_later.push(main_at);
        let (from, to) = match split.join {
            clauses::Join::Concession | clauses::Join::Turn => (main_at, other_at),
            _ => (other_at, main_at),
        };
        if split.join == clauses::Join::Coordinate {
            siblings.push((other_at, main_at));
        } else {
            added.push(Relation {
                from,
                to,
                kind: edge,
                cue: "clause:connective",
            });
        }
        if edge == EdgeKind::Attacks && !reported {
            conceded.push((other_at, main_at, added.len() - 1));
        }
        if other_first {
            out.push(other);
            out.push(unit);
        } else {
            out.push(unit);
            out.push(other);
        }
        made.extend([true, true]);
    }
    let mut relations: Vec<Relation> = relations
        .into_iter()
        .map(|r| Relation {
            from: moved[r.from],
            to: if r.from > r.to && r.kind == EdgeKind::Supports && r.cue != "objection:elaborates"
            {
                backed_later[r.to]
            } else {
                moved[r.to]
            },
            ..r
        })
        .collect();
    // "Although X, Y" / "X, but Y": X is a point against what Y argues for
    // (the thesis, say), and Y answers it. In an essay, where Y answers a
    // view ("Some argue that V. It is true that X, but Y"), X is granted to
    // that view: it backs V, and Y answers V, not X.
    for (other, main, answer) in conceded {
        let target = relations
            .iter()
            .find(|r| r.from == main && r.kind != EdgeKind::Restates)
            .map(|r| (r.to, r.kind));
        let Some((to, kind)) = target.filter(|&(t, _)| t != other) else {
            continue;
        };
        if !short_text && kind == EdgeKind::Attacks {
            // Backing the view, as a grant before a "But" does.
            out[other].kind = NodeKind::Evidence;
            out[other].cues.push(Cue::bare(CueKind::BacksView));
            added[answer] = Relation {
                from: other,
                to,
                kind: EdgeKind::Supports,
                cue: "clause:granted-to-view",
            };
        } else {
            added.push(Relation {
                from: other,
                to,
                kind: EdgeKind::Attacks,
                cue: "clause:conceded-against",
            });
        }
    }
    for (other, main) in siblings {
        let (to, kind) = relations
            .iter()
            .find(|r| r.from == main && r.kind != EdgeKind::Restates)
            .map_or((main, EdgeKind::Supports), |r| (r.to, r.kind));
        added.push(Relation {
            from: other,
            to,
            kind,
            cue: "clause:coordinate",
        });
    }
    relations.extend(added);
    (out, relations, made)
}

/// Extraction one stage at a time, so that each can be timed on its own
/// (`cargo bench --bench pipeline`); [`extract`] runs them all.
pub struct Stages<'d> {
    doc: &'d Document,
    weights: &'static weights::Weights,
    analyses: Vec<cues::Analysis>,
    stated: Vec<Option<annotations::StatedRole>>,
    annotations: Vec<Annotation>,
    issues: Vec<Issue>,
}

impl<'d> Stages<'d> {
    /// The first stage: the cues of every sentence and the author's annotations.
    pub fn analyse(doc: &'d Document, options: Options) -> Stages<'d> {
        let mut analyses: Vec<cues::Analysis> = (0..doc.sentences.len())
            .map(|i| cues::analyse(doc.plain(i), doc.sentences[i].has_link, options.weights))
            .collect();
        for block in &doc.blocks {
            cues::settle_grants(&mut analyses[block.sentences.clone()]);
            cues::carry_disagreement(&mut analyses[block.sentences.clone()]);
        }
        let (annotations, issues) = if options.annotations {
            annotations::parse(doc)
        } else {
            (Vec::new(), Vec::new())
        };
        let mut stated = vec![None; doc.sentences.len()];
        for a in &annotations {
            stated[a.sentence] = a.role;
        }
        Stages {
            doc,
            weights: options.weights,
            analyses,
            stated,
            annotations,
            issues,
        }
    }

    /// Free the cue lists of the analyses once the roles are decided (the
    /// units keep their names): linking reads only the flags, and for a huge
    /// essay the lists would otherwise set the peak memory.
    pub fn release_cue_lists(&mut self) {
        for a in &mut self.analyses {
            a.cues = Vec::new();
        }
    }

    /// The second stage: the essay's layout and the role of each sentence.
    pub fn roles(&self) -> Roles {
        let layout = Layout::of(self.doc, &self.analyses, &self.stated);
        let decided = roles::assign(
            self.doc,
            &layout,
            &self.analyses,
            &self.stated,
            self.weights,
        );
        Roles { layout, decided }
    }
}

/// The layout and roles of a document (see [`Stages::roles`]).
pub struct Roles {
    layout: Layout,
    decided: roles::Decided,
}

impl Roles {
    /// The number of argumentative sentences found.
    pub fn units(&self) -> usize {
        self.decided.units.len()
    }

    /// The last stage: the relations between the units.
    pub fn relations(&self, stages: &Stages) -> Vec<Relation> {
        relations::link(&self.layout, &stages.analyses, &self.decided)
    }
}

/// Extract a document (reading its annotations) and build its checked map.
pub fn build_map(doc: &Document) -> DocumentMap {
    build(doc, Options::default()).map
}

/// Extract a document and build its checked argument map. Annotated ids and
/// stated edges replace the guessed ones for the sentences they describe.
pub fn build(doc: &Document, options: Options) -> Built {
    let mut extraction = extract(doc, options);
    let mut issues = std::mem::take(&mut extraction.issues);
    let annotations = std::mem::take(&mut extraction.annotations);
    let stated = Stated::new(&annotations);
    let mut builder = MapBuilder::with_capacity(doc.path.clone(), extraction.units.len());
    for a in &annotations {
        if let Some(id) = &a.id {
            builder.reserve(id);
        }
    }
    add_nodes(
        doc,
        &mut extraction.units,
        &stated,
        &mut builder,
        &mut issues,
    );
    // Taken, so that the relations (megabytes for a huge essay) are freed
    // once they are edges.
    let relations = std::mem::take(&mut extraction.relations);
    add_guessed_edges(relations, &extraction.units, &stated, &mut builder);
    add_stated_edges(doc, &extraction.units, &stated, &mut builder, &mut issues);
    issues.sort_by_key(|i| i.span.start);
    // The units are spent (their cues moved into the nodes); free them
    // before the edges are sorted.
    drop(std::mem::take(&mut extraction.units));
    Built {
        map: builder.build(),
        issues,
    }
}

/// The author's annotations, found by the unit they address.
struct Stated<'a> {
    annotations: &'a [Annotation],
    /// Sized by the annotations, not the sentences: most essays have none,
    /// and a huge one should not pay a slot per sentence to say so.
    by_sentence: FxHashMap<usize, usize>,
}

impl<'a> Stated<'a> {
    fn new(annotations: &'a [Annotation]) -> Stated<'a> {
        let by_sentence = annotations
            .iter()
            .enumerate()
            .map(|(i, a)| (a.sentence, i))
            .collect();
        Stated {
            annotations,
            by_sentence,
        }
    }

    /// The annotation of `unit`. An annotation addresses its sentence's main
    /// clause, never a clause derived from a connective.
    fn of(&self, unit: &Unit) -> Option<&'a Annotation> {
        if unit.derived {
            return None;
        }
        self.by_sentence
            .get(&unit.sentence)
            .map(|&i| &self.annotations[i])
    }
}

/// A node per unit, with its stated id and role where the author gave them;
/// a stated id already taken is reported.
fn add_nodes(
    doc: &Document,
    units: &mut [Unit],
    stated: &Stated<'_>,
    builder: &mut MapBuilder,
    issues: &mut Vec<Issue>,
) {
    // Units come in reading order, so clause spans are located from the last
    // one instead of from their line's start (a long one-line paragraph).
    let mut locator = crate::document::Locator::new(&doc.lines, &doc.text);
    for unit in units {
        let annotation = stated.of(unit);
        let stated_id = annotation.and_then(|a| a.id.clone());
        let (text, span) = match &unit.clause {
            Some(range) => (
                SharedText::slice(&doc.text, range.clone())
                    .expect("clause ranges lie on character boundaries of the text"),
                locator.span(range.clone()),
            ),
            None => (
                doc.shared_sentence_text(unit.sentence),
                doc.sentences[unit.sentence].span,
            ),
        };
        let index = builder.node(Node {
            id: stated_id.clone().unwrap_or_default(),
            kind: unit.kind,
            text,
            span,
            // Moved, not copied: the units are not needed after this.
            cues: std::mem::take(&mut unit.cues),
            confidence: unit.confidence,
            origin: if annotation.is_some_and(|a| a.role.is_some()) {
                Origin::Annotation
            } else {
                Origin::Heuristic
            },
            sentence: unit.sentence,
        });
        if let Some(id) = stated_id {
            if builder.index_of(&id) != Some(index.get()) {
                let span = doc.comments[annotation.map_or(0, |a| a.comment)].span;
                issues.push(Issue {
                    span,
                    kind: IssueKind::DuplicateId { id },
                });
            }
        }
    }
}

/// The linker's relations as edges, except those of a unit whose author
/// stated its edges.
fn add_guessed_edges(
    relations: Vec<Relation>,
    units: &[Unit],
    stated: &Stated<'_>,
    builder: &mut MapBuilder,
) {
    // Stated edges replace the guessed ones only when at least one of them
    // names a node: a sentence whose every reference is broken keeps its
    // guessed edges (and AM010 reports the references), so that `annotate`
    // writes the same file twice.
    // Unannotated essays (most) need no flag per unit.
    let states_edges: Vec<bool> = if stated.by_sentence.is_empty() {
        Vec::new()
    } else {
        units
            .iter()
            .map(|unit| {
                stated.of(unit).is_some_and(|a| {
                    a.states_edges()
                        && a.supports
                            .iter()
                            .chain(&a.attacks)
                            .any(|id| builder.index_of(id).is_some())
                })
            })
            .collect()
    };
    for r in relations {
        // A restatement is the thesis said again, whatever its author states
        // it supports.
        if states_edges.get(r.from) == Some(&true) && r.kind != EdgeKind::Restates {
            continue;
        }
        // Relations only name units that exist; a failure here is a bug in
        // the linker, and dropping the edge keeps the map valid.
        let _ = builder.edge(r.from, r.to, r.kind);
    }
}

/// The edges the author stated; a reference to no node is reported, with
/// the nearest id as a suggestion.
fn add_stated_edges(
    doc: &Document,
    units: &[Unit],
    stated: &Stated<'_>,
    builder: &mut MapBuilder,
    issues: &mut Vec<Issue>,
) {
    // Suggesting the nearest id compares the unknown one with every id; a
    // file with a million broken references gets suggestions for the first
    // ones only, so the cost stays bounded (about 2 * 10^8 steps in all).
    let mut budget: usize = 200_000_000;
    let known_count = builder.len();
    let known_bytes: usize = builder.ids().map(str::len).sum();
    for (unit_index, unit) in units.iter().enumerate() {
        let Some(a) = stated.of(unit) else {
            continue;
        };
        let stated = a.supports.iter().map(|id| (id, EdgeKind::Supports));
        let stated = stated.chain(a.attacks.iter().map(|id| (id, EdgeKind::Attacks)));
        for (id, kind) in stated {
            match builder.index_of(id) {
                Some(target) => {
                    let _ = builder.edge(unit_index, target, kind);
                }
                None => {
                    let near = 3.max(id.len() / 3);
                    // Edit distance runs only on ids of about the same length.
                    let cost = known_count
                        .saturating_mul(id.len() + 1)
                        .saturating_mul(id.len() + near)
                        .saturating_add(known_bytes);
                    let affordable = cost <= budget;
                    budget = budget.saturating_sub(cost);
                    // An id that contains the unknown one is suggested
                    // however many characters it has more.
                    let suggestion = affordable
                        .then(|| {
                            DidYouMean::new(id, near)
                                .contained(Contained::Always)
                                .nearest(builder.ids())
                        })
                        .flatten()
                        .map(str::to_string);
                    issues.push(Issue {
                        span: doc.comments[a.comment].span,
                        kind: IssueKind::UnknownReference {
                            id: id.clone(),
                            suggestion,
                        },
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    fn map_of(text: &str) -> DocumentMap {
        build_map(&Document::parse("t.md", text, SourceFormat::Markdown))
    }

    /// The node whose text starts `start` is of `kind`.
    fn assert_kind(map: &DocumentMap, start: &str, kind: NodeKind) {
        let node = node_starting(map, start);
        assert_eq!(map.node(node).kind, kind, "{start}: {:?}", kinds(map));
    }

    /// The node whose text starts `start` is not of `kind`.
    fn assert_not_kind(map: &DocumentMap, start: &str, kind: NodeKind) {
        let node = node_starting(map, start);
        assert_ne!(map.node(node).kind, kind, "{start}: {:?}", kinds(map));
    }

    /// The node whose text starts with `start`; the test fails without one.
    fn node_starting(map: &DocumentMap, start: &str) -> crate::graph::NodeIndex {
        map.indexes()
            .find(|&i| map.node(i).text.starts_with(start))
            .unwrap_or_else(|| panic!("no node starts {start:?}: {:?}", kinds(map)))
    }

    /// True when the map has an edge of `kind` from `from` to `to`.
    fn links(
        map: &DocumentMap,
        from: crate::graph::NodeIndex,
        to: crate::graph::NodeIndex,
        kind: EdgeKind,
    ) -> bool {
        map.outgoing(from).any(|e| e.to == to && e.kind == kind)
    }

    /// `node` is no objection: the author's own, whatever reports it.
    fn assert_not_objection(map: &DocumentMap, node: crate::graph::NodeIndex) {
        assert_ne!(map.node(node).kind, NodeKind::Objection, "{:?}", kinds(map));
    }

    /// The text of every node, in order.
    fn texts_of(map: &DocumentMap) -> Vec<&str> {
        map.nodes().iter().map(|n| n.text.as_str()).collect()
    }

    /// `view` is an objection and `answer`, which is none, attacks it.
    fn assert_view_and_answer(
        map: &DocumentMap,
        view: crate::graph::NodeIndex,
        answer: crate::graph::NodeIndex,
    ) {
        assert_eq!(map.node(view).kind, NodeKind::Objection, "{:?}", kinds(map));
        assert_ne!(
            map.node(answer).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(map)
        );
        assert!(
            links(map, answer, view, EdgeKind::Attacks),
            "{:?}",
            map.edges()
        );
    }

    fn kinds(map: &DocumentMap) -> Vec<(NodeKind, String)> {
        map.nodes()
            .iter()
            .map(|n| (n.kind, n.text.chars().take(24).collect()))
            .collect()
    }

    const ESSAY: &str = "# Parks for All\n\n\
Cities keep growing. Some planners want more roads. Instead of building roads, cities should invest in public parks.\n\n\
Parks make residents healthier. A 2019 survey of 3,000 adults found that people near parks walk 40 minutes more each week. Doctors in Oslo now prescribe walks in green spaces.\n\n\
Critics argue that parks are too expensive. However, parks raise nearby property values, which repays their cost. In Leeds, values near new parks rose by 8 percent.\n\n\
In conclusion, public parks are a proven way to make cities healthier, and councils should fund them.\n";

    /// A school essay as plain text: a prompt line, one line per paragraph.
    const SCHOOL_ESSAY: &str = "Should towns close their public libraries?\n\n\
Many towns are short of money. Some say libraries are no longer needed. I strongly believe that libraries must stay open.\n\
First of all, libraries give everyone free access to books. Poor families cannot buy many books. My neighbour's children can read dozens of novels every year.\n\
Students can study there in quiet rooms. Many of them have no calm place at home. Therefore, libraries help young people to learn.\n\
Admittedly, libraries cost a lot of money. However, the cost is small compared with the benefit.\n\
In conclusion, closing libraries would be a mistake.\n";

    fn text_map_of(text: &str) -> DocumentMap {
        build_map(&Document::parse("t.txt", text, SourceFormat::Text))
    }

    #[test]
    fn a_school_essay_states_each_point_once_and_gives_reasons() {
        let map = text_map_of(SCHOOL_ESSAY);
        let k = kinds(&map);
        use NodeKind::*;
        // The prompt and the scene-setting sentences carry no argument; in the
        // body only the marked point is a claim, and "can"/"cannot" in a
        // reason propose nothing.
        assert_eq!(
            k.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            vec![
                Thesis, Claim, Evidence, Evidence, Evidence, Evidence, Claim, Objection, Evidence,
                Thesis
            ],
            "{k:?}"
        );
        // The node is the proposition; the stance is its cue.
        assert!(k[0].1.starts_with("libraries must stay open"), "{k:?}");
        // A paragraph that ends "Therefore, ..." opens with a reason.
        assert!(k[4].1.starts_with("Students can study"), "{k:?}");
        // The other side's view attacks the thesis; the answer attacks the
        // view and is no new point for the thesis.
        let at = |prefix: &str| {
            map.nodes()
                .iter()
                .position(|n| n.text.starts_with(prefix))
                .unwrap()
        };
        let edges: Vec<(usize, usize, EdgeKind)> = map
            .edges()
            .iter()
            .map(|e| (e.from.get(), e.to.get(), e.kind))
            .collect();
        // Nodes cover their propositions: openers such as "However," are
        // no part of them.
        let (view, answer, thesis) = (
            at("libraries cost"),
            at("the cost is small"),
            at("libraries must stay open"),
        );
        assert!(
            edges.contains(&(view, thesis, EdgeKind::Attacks)),
            "{edges:?}"
        );
        assert!(
            edges.contains(&(answer, view, EdgeKind::Attacks)),
            "{edges:?}"
        );
        assert!(
            !edges.iter().any(|e| e.0 == answer && e.1 == thesis),
            "{edges:?}"
        );
        // A paragraph that builds up to "Therefore, X": X carries the thesis
        // and the reasons before it carry X.
        let (point, reason) = (at("libraries help young"), at("Students can study"));
        assert!(
            edges.contains(&(point, thesis, EdgeKind::Supports)),
            "{edges:?}"
        );
        assert!(
            edges.contains(&(reason, point, EdgeKind::Supports)),
            "{edges:?}"
        );
        // The conclusion sums up the thesis in other words: its restatement,
        // a second statement of the thesis that restates the first.
        let last = map.nodes().len() - 1;
        assert_eq!(map.nodes()[last].kind, Thesis);
        assert!(
            edges.contains(&(last, thesis, EdgeKind::Restates)),
            "{edges:?}"
        );
        assert_eq!(map.thesis().map(|t| t.get()), Some(thesis));
        assert_eq!(
            map.thesis_statements()
                .iter()
                .map(|t| t.get())
                .collect::<Vec<_>>(),
            vec![thesis, last]
        );
    }

    #[test]
    fn a_thesis_that_proposes_is_restated_by_the_conclusions_proposal() {
        // The conclusion first sums up the reasons in the thesis's words,
        // then proposes again: the proposal is the restatement.
        let text = "# Pocket Money\n\n\
Many parents pay their children for good marks. I believe that children should earn pocket money by helping at home.\n\n\
Work at home teaches responsibility. A child who feeds the cat every day learns that others depend on him.\n\n\
Money that is earned is spent with more care. My niece saved for a bicycle for a whole year.\n\n\
Paying for good marks makes learning a job. Pupils then stop reading anything that is not tested.\n\n\
To sum up, work at home teaches responsibility and the value of money. Parents should therefore let their children earn their pocket money.\n";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let restatement = |weights: &'static weights::Weights| {
            let map = build(
                &doc,
                Options {
                    weights,
                    ..Options::default()
                },
            )
            .map;
            let first = map.thesis().map(|t| t.get());
            map.thesis_statements()
                .iter()
                .map(|t| t.get())
                .find(|&t| Some(t) != first)
                .map(|t| map.nodes()[t].text.clone())
        };
        let restated = restatement(weights::Weights::shipped());
        assert!(
            restated
                .as_deref()
                .is_some_and(|t| t.starts_with("Parents should")),
            "{restated:?}"
        );
        // Without the cue, the summary's shared words win.
        let without: &'static weights::Weights = Box::leak(Box::new(
            weights::Weights::with_overrides(r#"{"restatement-proposal": 0}"#).unwrap(),
        ));
        let restated = restatement(without);
        assert!(
            restated
                .as_deref()
                .is_some_and(|t| t.starts_with("work at home")),
            "{restated:?}"
        );
    }

    #[test]
    fn a_point_granted_and_never_turned_from_is_the_authors_own() {
        use NodeKind::*;
        let kind_of = |text: &str, start: &str| {
            kinds(&map_of(text))
                .into_iter()
                .find(|(_, t)| t.contains(start))
                .map(|(k, _)| k)
        };
        // "Yes," opening a short text answers the question it was set, and
        // nothing after it turns: the author's main claim.
        let answered = "Yes, small towns should keep their local libraries open. \
                        Libraries lend books to families who cannot buy them. \
                        They also give pupils a quiet place to study after school.";
        assert_eq!(kind_of(answered, "small towns should"), Some(Thesis));
        // The same opener with a turn two sentences on grants the other side's point.
        let turned = "Yes, running a library costs the town a great deal every year. \
                      Staff, heating and new books all have to be paid for. \
                      But small towns should still keep their local libraries open.";
        assert_eq!(kind_of(turned, "running a library"), Some(Objection));
    }

    #[test]
    fn a_short_text_that_opens_with_a_question_states_its_claim_in_the_answer() {
        let map = map_of(
            "Should towns keep their small libraries? I say the answer is plainly yes. \
Libraries lend books to families who cannot buy them. \
They also give pupils a quiet place to work after school.",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("I say the answer"),
            "{:?}",
            kinds(&map)
        );
        assert!(map
            .node(thesis)
            .cues
            .iter()
            .any(|c| c.kind == CueKind::AnswersQuestion));
        // The question is the issue argued, not a claim in the argument.
        assert!(
            !map.nodes().iter().any(|n| n.text.contains('?')),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_essays_questions_are_no_nodes_and_a_short_texts_are() {
        let essay = "# Keep the Library Open\n\n\
The town should keep its library open on Sundays.\n\n\
Families have no other free place to read together. What should they do instead? \
The library is the only room in town where a child can sit for free.\n\n\
Sunday opening costs little. Three volunteers already offer to staff it.\n\n\
In short, the library should stay open. Would anyone really miss the savings?\n";
        let map = map_of(essay);
        let texts = texts_of(&map);
        assert!(!texts.iter().any(|t| t.ends_with('?')), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("The library is the only")),
            "{texts:?}"
        );
        // In a short text a question may be what it argues by.
        let map = map_of(
            "The library should open on Sundays. Why should families pay to sit indoors? \
Sunday is the only day many parents are free.",
        );
        assert!(
            map.nodes().iter().any(|n| n.text.ends_with('?')),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn modals_in_embedded_questions_propose_nothing() {
        let a = cues::analyse(
            "The first question is where the family should live.",
            false,
            weights::Weights::shipped(),
        );
        assert!(!a.proposal, "{:?}", a.cues);
        assert!(
            cues::analyse(
                "The family should live where it likes.",
                false,
                weights::Weights::shipped()
            )
            .proposal
        );
    }

    #[test]
    fn a_small_essay_maps_as_a_reader_would() {
        let map = map_of(ESSAY);
        let k = kinds(&map);
        use NodeKind::*;
        assert_eq!(
            k.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            // The answer to the objection is a reason against it.
            // The conclusion restates the thesis: a second statement of it.
            vec![Thesis, Claim, Evidence, Evidence, Objection, Evidence, Evidence, Thesis],
            "{k:?}"
        );
        let thesis = map.thesis().unwrap();
        assert!(map
            .node(thesis)
            .text
            .starts_with("Instead of building roads"));
        let edge = |from: &str, to: &str| {
            let f = map
                .nodes()
                .iter()
                .position(|n| n.text.starts_with(from))
                .unwrap();
            let t = map
                .nodes()
                .iter()
                .position(|n| n.text.starts_with(to))
                .unwrap();
            map.edges()
                .iter()
                .find(|e| e.from.get() == f && e.to.get() == t)
                .map(|e| e.kind)
        };
        assert_eq!(edge("Parks make", "Instead"), Some(EdgeKind::Supports));
        assert_eq!(
            edge("A 2019 survey", "Parks make"),
            Some(EdgeKind::Supports)
        );
        // Nodes cover propositions: "Critics argue that" and "However,"
        // frame them and are no part of them.
        assert_eq!(edge("parks are too", "Instead"), Some(EdgeKind::Attacks));
        assert_eq!(
            edge("parks raise", "parks are too"),
            Some(EdgeKind::Attacks)
        );
        assert_eq!(
            edge("values near new", "parks raise"),
            Some(EdgeKind::Supports)
        );
        assert_eq!(
            edge("public parks are", "Instead"),
            Some(EdgeKind::Restates)
        );
    }

    #[test]
    fn background_and_headings_are_no_nodes() {
        let map = map_of(ESSAY);
        assert!(map
            .nodes()
            .iter()
            .all(|n| !n.text.starts_with("Cities keep growing")));
        assert!(map.nodes().iter().all(|n| n.text != "Parks for All"));
    }

    #[test]
    fn a_wish_that_closes_the_conclusion_is_no_argument() {
        let essay = |closing: &str| {
            format!(
                "# Paid Parking\n\n\
Town centres are crowded with cars. I hope that towns will charge for parking in the centre.\n\n\
Charging for parking frees space for buses. Buses then run on time.\n\n\
Parking fees also pay for new pavements. Wide pavements bring shoppers.\n\n\
In conclusion, towns should charge for parking in the centre. {closing}\n"
            )
        };
        for closing in [
            "I hope my own town will do this soon.",
            "Next year we are planning to walk to school.",
        ] {
            let text = essay(closing);
            let map = map_of(&text);
            assert!(
                map.nodes().iter().all(|n| n.text != closing),
                "{closing}: {:?}",
                kinds(&map)
            );
            // A wish elsewhere is prose like any other: the introduction's
            // "I hope that towns will ..." still states the thesis.
            let thesis = map.thesis().expect("a thesis");
            assert!(map.node(thesis).text.starts_with("I hope that towns"));
        }
        // The conclusion's first sentence is its point, whatever its form.
        let text = essay("Parking will be easier.")
            .replace("In conclusion, towns should", "I hope towns will");
        let map = map_of(&text);
        assert!(
            map.nodes()
                .iter()
                .any(|n| n.text.starts_with("I hope towns will")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn every_node_explains_itself() {
        let map = map_of(ESSAY);
        for n in map.nodes() {
            assert!(!n.cues.is_empty(), "{} has no cues", n.id);
            assert!((0.0..=1.0).contains(&n.confidence));
        }
    }

    #[test]
    fn a_single_paragraph_still_has_a_thesis() {
        let map = map_of("Yes, sorting rubbish is annoying. But it saves resources. We should all sort our rubbish!");
        let thesis = map.thesis().unwrap();
        assert!(map.node(thesis).text.starts_with("We should"));
        assert_eq!(map.nodes()[0].kind, NodeKind::Objection);
    }

    #[test]
    fn annotations_override_roles_ids_and_edges() {
        let text = "Cities keep growing. Roads are full. Cities should invest in parks.\n\n\
Parks make people healthier. <!-- argmap: claim #health -->\n\
Oslo doctors prescribe walks. <!-- argmap: evidence supports=health -->\n\
It rained on Tuesday. <!-- argmap: none -->\n\n\
Parks also cool streets by 3 degrees. <!-- argmap: recommendation supports=nowhere -->\n";
        let built = build(
            &Document::parse("t.md", text, SourceFormat::Markdown),
            Options::default(),
        );
        let map = &built.map;
        let health = map.by_id("health").expect("annotated id");
        assert_eq!(map.node(health).origin, Origin::Annotation);
        let oslo = map
            .nodes()
            .iter()
            .position(|n| n.text.starts_with("Oslo"))
            .unwrap();
        let targets: Vec<&str> = map
            .outgoing(map.indexes().nth(oslo).unwrap())
            .map(|e| map.node(e.to).id.as_str())
            .collect();
        assert_eq!(targets, vec!["health"]);
        assert!(map.nodes().iter().all(|n| !n.text.starts_with("It rained")));
        let rec = map
            .nodes()
            .iter()
            .find(|n| n.text.starts_with("Parks also"))
            .unwrap();
        assert_eq!(rec.kind, NodeKind::Recommendation);
        assert_eq!(built.issues.len(), 1);
        assert!(
            matches!(&built.issues[0].kind, IssueKind::UnknownReference { id, .. } if id == "nowhere")
        );

        let heuristic = build(
            &Document::parse("t.md", text, SourceFormat::Markdown),
            Options {
                annotations: false,
                ..Options::default()
            },
        );
        assert!(heuristic.map.by_id("health").is_none());
        assert!(heuristic.issues.is_empty());
        assert!(heuristic
            .map
            .nodes()
            .iter()
            .all(|n| n.origin == Origin::Heuristic));
    }

    #[test]
    fn duplicate_ids_are_reported_and_kept_unique() {
        let text = "We should act. <!-- argmap: thesis #act -->\n\nTrees help. <!-- argmap: claim #act -->";
        let built = build(
            &Document::parse("t.md", text, SourceFormat::Markdown),
            Options::default(),
        );
        assert_eq!(built.map.nodes()[0].id, "act");
        assert_eq!(built.map.nodes()[1].id, "act-2");
        assert!(matches!(&built.issues[0].kind, IssueKind::DuplicateId { id } if id == "act"));
    }

    #[test]
    fn linking_reads_flags_not_the_released_cue_lists() {
        // A short text: the example backs the sentence before it, not the thesis.
        let doc = Document::parse(
            "t.md",
            "We should all sort our rubbish. Landfills are filling up fast. \
For example, the county dump closed in 2020.",
            SourceFormat::Markdown,
        );
        let mut stages = Stages::analyse(&doc, Options::default());
        let roles = stages.roles();
        let before = roles.relations(&stages);
        stages.release_cue_lists();
        assert!(stages.analyses.iter().all(|a| a.cues.is_empty()));
        assert_eq!(roles.relations(&stages), before);
        let example = before.iter().find(|r| r.cue == "example:previous");
        assert!(
            example.is_some_and(|r| roles.decided.units[r.to].sentence == 1),
            "{before:?}"
        );
    }

    #[test]
    fn a_short_texts_they_names_the_main_claims_subject_again() {
        // "They" points at the bikes of the main claim, not at the sentence
        // before it: each reason argues for the main claim.
        let map = map_of(
            "Cities should lend bicycles to their residents. Bikes cost far less than buses. \
Riders also get exercise on the way to work. They take up little space in the street.",
        );
        let thesis = map.thesis().expect("a thesis");
        let they = map
            .indexes()
            .find(|&i| map.node(i).text.starts_with("They take up"))
            .unwrap_or_else(|| panic!("{:?}", kinds(&map)));
        let targets: Vec<_> = map.outgoing(they).map(|e| e.to).collect();
        assert_eq!(targets, vec![thesis], "{:?}", map.edges());
    }

    #[test]
    fn a_body_paragraph_that_ends_therefore_builds_up_to_its_point() {
        // Three paragraphs, no conclusion marker: not a signposted essay.
        let map = map_of(
            "Our town has too few trees. The council should plant more of them.\n\n\
Shade lowers the heat of a street in summer. Trees also soak up rain after storms. \
Therefore, trees are worth their cost.\n\n\
Planting trees is a choice the town can make now.\n",
        );
        let find = |start: &str| node_starting(&map, start);
        let point = find("trees are worth");
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.outgoing(point).any(|e| e.to == thesis),
            "{:?}",
            map.edges()
        );
        let first = find("Shade lowers");
        assert!(
            map.outgoing(first).any(|e| e.to == point),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_proposal_phrase_that_judges_votes_for_the_thesis_once() {
        use crate::graph::CueKind as K;
        let thesis_cues = |text: &str| {
            let map = map_of(text);
            let t = map
                .nodes()
                .iter()
                .find(|n| n.kind == NodeKind::Thesis)
                .unwrap_or_else(|| panic!("no thesis: {:?}", kinds(&map)));
            t.cues.iter().map(|c| c.kind).collect::<Vec<_>>()
        };
        // "It is essential that" is one phrase: it proposes, and the
        // judgement in its words is not a second vote.
        let framed = thesis_cues("It is essential that schools teach first aid.");
        assert!(framed.contains(&K::ThesisProposal), "{framed:?}");
        assert!(!framed.contains(&K::ThesisJudgement), "{framed:?}");
        // A judgement with no proposal phrase still votes.
        let judged = thesis_cues("It is unfair to leave first aid out of school.");
        assert!(judged.contains(&K::ThesisJudgement), "{judged:?}");
        // So a plain proposal with the author's stance is not outvoted by
        // a framed one before it.
        let map = map_of(
            "It is essential that schools keep children safe. \
I think that for this reason every school should teach first aid.",
        );
        let thesis = map.nodes().iter().find(|n| n.kind == NodeKind::Thesis);
        assert!(
            thesis.is_some_and(|n| n.text.contains("every school should teach first aid")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_op_ed_closes_its_second_paragraph_with_the_claim() {
        use NodeKind::*;
        // A scene of several sentences, then a paragraph that ends on the
        // claim; the close opens with news, not a restatement.
        let map = map_of(
            "# Fix the Ferry\n\n\
Stand on the pier at seven and count the people. The ferry holds 80 of them. Most mornings 200 are waiting.\n\n\
None of this is new. The timetable dates from 1998. It is time for the port authority to add a second morning ferry.\n\n\
The queues cost workers time. Many arrive late and lose pay. Shops open late because staff are stuck on the pier.\n\n\
Some officials argue that a second boat would sail half empty. This is a fair worry, but the queues say otherwise. \
Every survey since 2019 shows demand growing.\n\n\
The authority meets on Monday. Its members should approve the second ferry. The town deserves a crossing that works.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("It is time for"),
            "{:?}",
            kinds(&map)
        );
        let news = node_starting(&map, "The authority meets");
        assert_ne!(map.node(news).kind, Thesis, "{:?}", kinds(&map));
        let call = node_starting(&map, "Its members should");
        assert_eq!(map.node(call).kind, Thesis, "{:?}", kinds(&map));
        // "This is a fair worry, but ..." answers the officials' view.
        let view = node_starting(&map, "a second boat would");
        let answer = node_starting(&map, "This is a fair worry");
        assert_view_and_answer(&map, view, answer);
    }

    #[test]
    fn a_sentence_in_bold_within_its_paragraph_is_the_highlight() {
        let map = map_of(
            "# Shorter Weeks\n\n\
Our office tried a four-day week last spring. Nobody expected much of it.\n\n\
Meetings got shorter. Sick days fell from 23 to 9 in one quarter.\n\n\
Clients did not notice the change. Two of them called on a Friday in three months.\n\n\
**Every small office should try a four-day week for three months.** Tell your clients in advance. \
Measure what gets done, not the hours.\n\n\
We kept the change. Nobody has asked to go back.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("Every small office"),
            "{:?}",
            kinds(&map)
        );
        let instruction = node_starting(&map, "Tell your clients");
        assert!(
            map.node(instruction)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::Imperative),
            "{:?}",
            map.node(instruction).cues
        );
        // Two bold spans in one sentence are no highlight of it.
        let map = map_of(
            "Trains are **fast** and **cheap**. Buses are slow. So we should take trains.\n",
        );
        assert!(
            !map.node(map.thesis().expect("a thesis"))
                .text
                .starts_with("Trains are"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_memos_numbered_instructions_are_recommendations() {
        use NodeKind::*;
        let map = map_of(
            "# Memo\n\n\
This memo summarises the causes of late trains and lists three actions for the board.\n\n\
Drivers are short on Mondays. Four of twenty shifts went unfilled last month.\n\n\
Signals fail in the rain. The signals date from 1970.\n\n\
1. Hire four more drivers for the Monday shifts.\n\
2. Replace the signals on the coast line.\n\
3. Buy more benches for the stations.\n",
        );
        for start in ["Hire four", "Replace the signals", "Buy more benches"] {
            let item = node_starting(&map, start);
            assert_eq!(map.node(item).kind, Recommendation, "{:?}", kinds(&map));
        }
        assert!(
            map.nodes().iter().all(|n| !n.text.starts_with("This memo")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_op_ed_states_its_claim_after_the_opening_scene() {
        use NodeKind::*;
        // A news-page shape: a scene with no claim, the claim alone in the
        // next paragraph, short paragraphs, a view given to others that the
        // author grants a point before answering, a call to act at the end.
        let map = map_of(
            "# Keep the Night Buses\n\n\
At two in the morning, the last tram has gone. Nurses and cleaners wait at the stop in the cold.\n\n\
The transport board should keep the night buses running.\n\n\
Night workers have no other way home. A taxi costs more than an hour of their pay.\n\n\
Some board members argue that the buses run almost empty. Ridership is low after midnight. \
But for the few who ride them, the bus is the only way to reach work.\n\n\
The board meets on Friday. It should vote to keep the buses.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("The transport board should"),
            "{:?}",
            kinds(&map)
        );
        // The closing call restates it; it supports nothing in its paragraph.
        let closing = node_starting(&map, "It should vote");
        assert_eq!(map.node(closing).kind, Thesis, "{:?}", kinds(&map));
        assert!(
            map.outgoing(closing).all(|e| e.kind == EdgeKind::Restates),
            "{:?}",
            map.edges()
        );
        assert!(map.outgoing(thesis).next().is_none(), "{:?}", map.edges());
        // The view with a grant before its answer is the other side's, and
        // the grant backs the view.
        let view = node_starting(&map, "the buses run almost empty");
        let answer = node_starting(&map, "But for the few");
        assert_view_and_answer(&map, view, answer);
        let grant = node_starting(&map, "Ridership is low");
        assert!(
            links(&map, grant, view, EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_thesis_found_in_the_conclusion_supports_nothing_beside_it() {
        // No claim until the last paragraph, whose first sentence is news
        // and whose second is the claim: the news supports the thesis, and
        // the thesis does not support the news back.
        let map = map_of(
            "# Night Buses\n\n\
At two in the morning, the last tram has gone. They wait at the stop in the cold.\n\n\
Night workers have no other way home. A taxi costs more than an hour of their pay.\n\n\
Ridership is low after midnight. For the few who ride, the bus is the only way to work.\n\n\
The board meets on Friday. It should vote to keep the night buses.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("It should vote"),
            "{:?}",
            kinds(&map)
        );
        assert!(map.outgoing(thesis).next().is_none(), "{:?}", map.edges());
        let news = node_starting(&map, "The board meets");
        assert!(
            map.outgoing(news).any(|e| e.to == thesis),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn could_proposes_only_for_an_agent_the_text_asks_to_act() {
        use NodeKind::*;
        let kind_of = |text: &str, start: &str| {
            let map = map_of(text);
            let node = node_starting(&map, start);
            map.node(node).kind
        };
        // The council is asked to act: what it could do is proposed too.
        let asked = "The council should make the high street greener. \
The council could also plant trees along the river path. \
Shade cools a street by several degrees in summer.";
        assert_eq!(kind_of(asked, "The council could"), Recommendation);
        // Nobody asks the shade or an accident to act: "can" and "could"
        // say what is possible.
        let possible = "The council should make the high street greener. \
Trees can cool a street by several degrees in summer. \
A heat wave could make the street unbearable for older people.";
        assert_ne!(kind_of(possible, "Trees can cool"), Recommendation);
        assert_ne!(kind_of(possible, "A heat wave could"), Recommendation);
    }

    #[test]
    fn a_paragraph_that_opens_with_the_other_side_is_answered_in_any_essay() {
        // No conclusion marker and short paragraphs: not a school essay's
        // shape. The paragraph that opens with a view given to others still
        // answers it: the answer attacks the view, and what backs the answer
        // supports the answer, not the thesis.
        let map = map_of(
            "# Quiet Carriages\n\n\
Trains are loud. I believe every train should have a quiet carriage.\n\n\
Many commuters work on the train. Noise makes that hard.\n\n\
Some operators claim that quiet carriages cannot be enforced. Yet passengers keep them quiet themselves. \
On one line, staff received almost no complaints in a year.\n\n\
A quiet carriage costs nothing and helps many people.\n",
        );
        let view = node_starting(&map, "quiet carriages cannot");
        let answer = node_starting(&map, "Yet passengers");
        assert_view_and_answer(&map, view, answer);
        let backing = node_starting(&map, "staff received");
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.outgoing(backing).all(|e| e.to == answer),
            "{:?}",
            map.edges()
        );
        assert!(
            map.outgoing(answer).all(|e| e.to != thesis),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_bold_label_run_into_its_item_is_no_node() {
        let map = map_of(
            "# Walk to School\n\n\
Children should walk to school.\n\n\
- **Health.** Walking twenty minutes a day keeps children fit.\n\
- **Safety.** Fewer cars at the gate mean fewer accidents.\n\n\
**Parents must act now.** The school year starts in a week.\n",
        );
        let texts = texts_of(&map);
        assert!(!texts.contains(&"Health."), "{texts:?}");
        assert!(!texts.contains(&"Safety."), "{texts:?}");
        assert!(texts.contains(&"Walking twenty minutes a day keeps children fit."));
        // A bold lead sentence that proposes is a statement, not a label.
        assert!(texts.contains(&"Parents must act now."), "{texts:?}");
    }

    #[test]
    fn a_school_essays_conclusion_restates_the_thesis_without_a_marker() {
        let map = map_of(
            "Many towns are busy every day of the week. Traffic is loud and the air is dirty. \
I believe our town should close its centre to cars on Sundays.\n\n\
First, families need a safe place to walk. Children cannot play near busy roads. \
On a quiet Sunday they could cycle freely.\n\n\
Second, shops would gain customers. People who walk stop more often. \
A street market could bring visitors from other towns.\n\n\
Quiet streets make a town a better home for everyone. Everyone would enjoy a calm day. \
A rested town is a friendlier town.\n",
        );
        let closing = node_starting(&map, "Quiet streets");
        assert_eq!(
            map.node(closing).kind,
            NodeKind::Thesis,
            "{:?}",
            kinds(&map)
        );
        assert!(
            map.node(closing)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::RestatesThesis),
            "{:?}",
            map.node(closing).cues
        );
    }

    #[test]
    fn a_paragraph_that_ends_therefore_builds_up_to_its_point_in_any_essay() {
        // No conclusion marker, no ordinals: not a signposted essay.
        let map = map_of(
            "Cities are full of cars. Our town should build more cycle lanes.\n\n\
Cycling is healthy. People who cycle to work are ill less often.\n\n\
My uncle drove to work for ten years and hated every hour of it. \
He spent two hours a day in traffic jams. Therefore, cars waste a great deal of our time.\n\n\
Cycle lanes would make our town a better place to live.\n",
        );
        let story = node_starting(&map, "My uncle drove");
        assert_eq!(
            map.node(story).kind,
            NodeKind::Evidence,
            "{:?}",
            kinds(&map)
        );
        let point = node_starting(&map, "cars waste");
        assert_eq!(map.node(point).kind, NodeKind::Claim, "{:?}", kinds(&map));
        // The drawn point is the paragraph's, even with a cue of evidence
        // in it; not after an ordinal's point ("Finally, X. ... So Y.").
        let map = map_of(
            "Many children have phones today. I agree that children under twelve should not have a smartphone.\n\n\
My cousin got a smartphone when she was nine. After some months she played games until late at night. \
Her marks went down and she was always tired. So young children are safer without a phone, according to my mother.\n\n\
Second, the internet is dangerous for a child alone. There are many strangers online.\n\n\
For me, the smartphone can wait until children are older.\n",
        );
        let point = node_starting(&map, "So young children");
        assert_eq!(map.node(point).kind, NodeKind::Claim, "{:?}", kinds(&map));
        // It holds the point without opening the paragraph: the cue says so.
        let cues = &map.node(point).cues;
        assert!(
            cues.iter().any(|c| c.kind == CueKind::ParagraphPoint),
            "{cues:?}"
        );
        assert!(
            !cues.iter().any(|c| c.kind == CueKind::ParagraphFirst),
            "{cues:?}"
        );
        // A story's last step told in the past is no point drawn, and a
        // paragraph that announces its point keeps it (the review's cases).
        let essay = |body: &str| {
            format!(
                "Many pupils are tired at school. I believe that school should start later.\n\n\
{body}\n\n\
Second, sleep helps memory. Pupils who sleep longer remember more.\n\n\
For me, a later start is the answer.\n"
            )
        };
        let map = map_of(&essay(
            "Teenagers need more sleep than adults. Last year I had to get up at six every day. \
So my mum started driving me to school.",
        ));
        assert_kind(&map, "Teenagers need more sleep", NodeKind::Claim);
        let map = map_of(&essay(
            "Another reason is that pupils need time to rest. A short break is not enough. \
So a longer break would help us concentrate.",
        ));
        assert_kind(&map, "pupils need time to rest", NodeKind::Claim);
    }

    #[test]
    fn a_view_answered_by_the_next_paragraph_is_the_other_sides() {
        let essay = |turn: &str| {
            format!(
                "Many firms now let staff work from home. I believe that staff should work from home on most days.\n\n\
People who prefer the office argue that teams work better in one room. \
Colleagues can solve a problem in minutes at a desk.\n\n\
{turn} the gains of home working are larger. A commute can take two hours a day.\n\n\
In conclusion, staff should work from home on most days.\n"
            )
        };
        let map = map_of(&essay("However,"));
        let view = node_starting(&map, "teams work better");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        assert!(map
            .node(view)
            .cues
            .iter()
            .any(|c| c.kind == CueKind::AnsweredByNextParagraph));
        // A next paragraph that does not turn leaves the view a point.
        let map = map_of(&essay("Also,"));
        let view = node_starting(&map, "teams work better");
        assert_ne!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        // An authority's view the author cites, and a next paragraph that
        // moves on or gives the other side's view: no answer (the review's
        // essays).
        let map = map_of(
            "Energy drinks should not be sold to children.\n\n\
Doctors warn that energy drinks can cause heart problems in children. \
One can has as much caffeine as three cups of coffee.\n\n\
But that is not the only problem. Energy drinks are also full of sugar, which rots teeth.\n\n\
In conclusion, shops should not sell energy drinks to children.\n",
        );
        assert_not_kind(&map, "Doctors warn", NodeKind::Objection);
        let map = map_of(
            "Homework is an important part of learning, and schools should keep it.\n\n\
Many teachers believe that homework helps students remember what they learned in class. \
Practice at home makes lessons stick.\n\n\
On the other hand, some parents argue that homework causes stress. \
Their children work late into the night.\n\n\
In my opinion, homework should stay, but teachers should give less of it.\n",
        );
        let view = node_starting(&map, "homework helps students");
        assert_ne!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        let other = node_starting(&map, "homework causes stress");
        assert_eq!(
            map.node(other).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        // The next paragraph's turn inside its first sentence answers the
        // view before it: the author's, no new objection.
        let map = map_of(
            "Many firms now let staff work from home. I believe that staff should work from home on most days.\n\n\
Critics argue that teams work better in one room. Colleagues can solve a problem in minutes at a desk.\n\n\
My own experience, however, points the other way. A commute can take two hours a day.\n\n\
In conclusion, staff should work from home on most days.\n",
        );
        assert_not_kind(&map, "My own experience", NodeKind::Objection);
    }

    #[test]
    fn a_conclusion_that_grants_then_turns_restates_in_the_turn() {
        let map = map_of(
            "Many people now work from home. Some firms want their staff back. \
I believe that staff should be allowed to work from home on most days.\n\n\
First, travel wastes time. A commute can take two hours a day.\n\n\
Second, people focus better at home. Open offices are noisy.\n\n\
All in all, both sides have good points, and offices still matter. \
Nevertheless, a mostly remote week is the best arrangement for staff.\n",
        );
        let turn = node_starting(&map, "a mostly remote week");
        assert_eq!(map.node(turn).kind, NodeKind::Thesis, "{:?}", kinds(&map));
        assert_not_kind(&map, "both sides have good points", NodeKind::Thesis);
        // A turn to a caveat leaves the restatement where it was (the
        // review's sentence).
        let map = map_of(
            "Many pupils dislike their uniforms. I believe that school uniforms should be abolished.\n\n\
First, uniforms cost a lot. A blazer costs sixty pounds.\n\n\
Second, pupils want to express themselves. Clothes show who we are.\n\n\
To sum up, school uniforms should be abolished. But this will not happen overnight.\n",
        );
        let restated = map
            .indexes()
            .filter(|&i| map.node(i).text.starts_with("school uniforms should"))
            .last()
            .expect("the conclusion's node");
        assert_ne!(restated, node_starting(&map, "school uniforms should"));
        assert_eq!(
            map.node(restated).kind,
            NodeKind::Thesis,
            "{:?}",
            kinds(&map)
        );
        let caveat = node_starting(&map, "But this will not");
        assert_ne!(map.node(caveat).kind, NodeKind::Thesis, "{:?}", kinds(&map));
    }

    #[test]
    fn the_second_reviews_conclusions_and_paragraphs() {
        // A caveat that shares a word of the thesis is still a caveat.
        let map = map_of(
            "Shops hand out millions of bags. I believe that plastic bags should be banned in shops.\n\n\
First, bags pollute the sea. Turtles eat them.\n\n\
Second, paper bags work as well. They carry the same weight.\n\n\
In conclusion, plastic bags should be banned. However, shops will need time to find other options.\n",
        );
        let restated = map
            .indexes()
            .filter(|&i| {
                map.node(i)
                    .text
                    .starts_with("plastic bags should be banned")
            })
            .last()
            .expect("the conclusion's node");
        assert_eq!(
            map.node(restated).kind,
            NodeKind::Thesis,
            "{:?}",
            kinds(&map)
        );
        // A conclusion drawn in the past tense, with no story of the
        // writer's, is the paragraph's point.
        let map = map_of(
            "Some towns charge drivers to enter the centre. I believe that every city should charge drivers.\n\n\
Shops feared that they would lose customers. Sales in the zone rose in the first year. \
So the fears proved wrong.\n\n\
Second, the air got cleaner. Asthma cases fell.\n\n\
For me, a charge is the answer.\n",
        );
        assert_kind(&map, "So the fears proved wrong", NodeKind::Claim);
        assert_not_kind(&map, "Shops feared", NodeKind::Claim);
        // An answer that only points back at the view ("this view") answers it.
        let map = map_of(
            "Uniforms are common in our schools. I believe that schools should keep uniforms.\n\n\
Many people believe that uniforms are expensive. A blazer can cost sixty pounds.\n\n\
But this is simply not true. One uniform lasts a whole year.\n\n\
In conclusion, schools should keep uniforms.\n",
        );
        assert_kind(&map, "uniforms are expensive", NodeKind::Objection);
    }

    #[test]
    fn an_introduction_that_only_announces_leaves_the_next_paragraph_a_body() {
        // (The second review's essay: the view's paragraph had vanished as
        // an introduction's scene.)
        let map = map_of(
            "Is social media good for teenagers?\n\n\
In this essay I will explain my view about social media. \
I will present both sides of the argument: the benefits and the dangers.\n\n\
Some people argue that social media helps teenagers keep in touch with friends. It is free and fast.\n\n\
However, social media harms teenagers' mental health. Many studies link heavy use to anxiety.\n\n\
In conclusion, teenagers should limit their time on social media.\n",
        );
        assert_kind(&map, "social media helps teenagers", NodeKind::Objection);
        assert_kind(&map, "It is free and fast", NodeKind::Evidence);
    }

    #[test]
    fn a_short_essays_conclusion_restates_the_thesis_in_its_first_sentence() {
        // Four paragraphs of a sentence or two: no school essay's shape.
        let essay = |closing: &str| {
            format!(
                "The library should open on Sunday afternoons.\n\n\
Students have nowhere quiet to work at weekends. Their homes are crowded.\n\n\
Other towns opened on Sundays and their visits rose by a third.\n\n\
{closing} Nobody should have to study in a noisy kitchen.\n"
            )
        };
        // One word shared of seven: the first sentence of the close restates.
        let map = map_of(&essay(
            "Every town is better for students when its library never closes at weekends.",
        ));
        let closing = node_starting(&map, "Every town is better");
        assert_eq!(
            map.node(closing).kind,
            NodeKind::Thesis,
            "{:?}",
            kinds(&map)
        );
        // A closing proposal that shares no word with the thesis is a new
        // one, and news is no restatement even if it shares one.
        for (closing, start) in [
            (
                "Parents should read with their children more often.",
                "Parents should read",
            ),
            (
                "The library board will decide the matter at its meeting on Tuesday.",
                "The library board will",
            ),
        ] {
            let map = map_of(&essay(closing));
            let closing = node_starting(&map, start);
            assert_ne!(
                map.node(closing).kind,
                NodeKind::Thesis,
                "{:?}",
                kinds(&map)
            );
        }
    }

    #[test]
    fn a_body_sentence_that_grants_and_turns_is_two_units_around_the_view() {
        let essay = |grant: &str| {
            format!(
                "Towns should keep their weekly markets.\n\n\
Markets bring people into the centre. Traders say footfall doubles on market days.\n\n\
Some residents argue that the stalls block the pavements. {grant} \
Wider walkways were marked out last spring.\n\n\
In short, a market is worth a little crowding.\n"
            )
        };
        let has = |map: &DocumentMap, from, to, kind| {
            map.outgoing(from).any(|e| e.to == to && e.kind == kind)
        };
        let map = map_of(&essay(
            "It is true that the pavements are narrow on the high street, but the stalls move back by noon.",
        ));
        let view = node_starting(&map, "the stalls block");
        let granted = node_starting(&map, "the pavements are narrow");
        let answer = node_starting(&map, "the stalls move back");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        // What is granted backs the view; the answer attacks the view.
        assert!(
            has(&map, granted, view, EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
        assert!(
            has(&map, answer, view, EdgeKind::Attacks),
            "{:?}",
            map.edges()
        );
        assert!(
            !has(&map, answer, granted, EdgeKind::Attacks),
            "{:?}",
            map.edges()
        );
        // "This may be true" grants no point of its own: one unit.
        let map = map_of(&essay(
            "This may be true, but the stalls move back by noon.",
        ));
        assert!(
            map.nodes()
                .iter()
                .all(|n| !n.text.starts_with("This may be true")),
            "{:?}",
            kinds(&map)
        );
        let answer = node_starting(&map, "the stalls move back");
        let view = node_starting(&map, "the stalls block");
        assert!(
            has(&map, answer, view, EdgeKind::Attacks),
            "{:?}",
            map.edges()
        );
        // So does "This argument has some force" (or "has its merits",
        // "makes sense", "carries some weight"): the sentence answers.
        for grant in [
            "This argument has some force, but the stalls move back by noon.",
            "This view has its merits, but the stalls move back by noon.",
        ] {
            let map = map_of(&essay(grant));
            let answer = map
                .indexes()
                .find(|&i| map.node(i).text.contains("the stalls move back"))
                .expect("the answer is a node");
            let view = node_starting(&map, "the stalls block");
            assert!(
                has(&map, answer, view, EdgeKind::Attacks),
                "{grant}: {:?}",
                map.edges()
            );
        }
    }

    #[test]
    fn an_author_note_above_a_copyright_footer_is_no_node() {
        let map = map_of(
            "# Keep the Pool Open\n\n\
The town should keep the public pool open all summer.\n\n\
Last year 9,000 children swam there. Most of them have no other place to swim.\n\n\
In short, closing the pool would save little and cost a lot.\n\n\
*Sam Ortiz coaches the junior swim team.*\n\n\
\u{a9} 2026 The Valley Ledger. All rights reserved.\n",
        );
        let texts = texts_of(&map);
        assert!(
            !texts.iter().any(|t| t.starts_with("Sam Ortiz")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with("closing the pool")),
            "{texts:?}"
        );
    }

    #[test]
    fn a_writer_introduced_at_the_end_of_a_page_is_no_node() {
        let page = "Why our town needs a night bus\n\
By Dana Holt\n\
Nurses and cleaners finish their shifts long after the last bus has left, and many of them walk home alone in the dark or pay for a taxi they can barely afford.\n\
The council should run a night bus on the three busiest routes. A survey found that 2,300 residents travel after midnight every week, and most of them have no car.\n\
Some councillors claim that a night service would cost too much. Yet one route would cost less than the town spends on road repairs in a single month.\n\
A night bus is not a luxury. It is how a town keeps its workers safe.\n\
Dana Holt is a lecturer in urban planning at Westfield University.\n\
This article was originally published in The Conversation.\n\
Comments (12)\n";
        let map = build_map(&Document::parse("t.txt", page, SourceFormat::Text));
        let texts = texts_of(&map);
        assert!(
            !texts.iter().any(|t| t.starts_with("Dana Holt")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with("A night bus")),
            "{texts:?}"
        );
        // The same sentence where the essay still argues after it is prose.
        let argued = page.replace(
            "This article was originally published in The Conversation.",
            "Her students ride home on that route every night, and the council should listen to them.",
        );
        let map = build_map(&Document::parse("t.txt", &argued, SourceFormat::Text));
        let texts = texts_of(&map);
        assert!(
            texts.iter().any(|t| t.starts_with("Dana Holt")),
            "{texts:?}"
        );
    }

    #[test]
    fn an_opening_that_answers_a_view_before_the_thesis_is_argument() {
        let page = "Shop owners claim that a car ban would empty the high street. \
Shoppers who cannot park will drive to the retail park, they reason. \
It is a neat argument. \
But most people in the high street arrived on foot or by bus in every count the town has made.\n\n\
The council should close the high street to cars on Saturdays.\n\n\
A street without cars is quieter and safer. Two children were hurt by cars there last year.\n\n\
Towns that closed their centres to cars kept their shops. Ely lost no shop in the five years after its ban.\n\n\
In short, the high street belongs to the people who walk it.\n";
        let map = map_of(page);
        let view = node_starting(&map, "a car ban would empty");
        assert_view_and_answer(&map, view, node_starting(&map, "But most people"));
        // The reason given for the view backs it.
        let backing = node_starting(&map, "Shoppers who cannot park");
        assert!(
            map.outgoing(backing)
                .any(|e| e.to == view && e.kind == EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(map
            .node(thesis)
            .text
            .starts_with("The council should close"));
    }

    #[test]
    fn a_letter_that_opens_with_the_view_it_answers_states_its_claim_after() {
        let letter = "Ferry fares should not rise\n\n\
Your report quotes the harbour master as saying that passengers will hardly notice a fare rise of a fifth. \
Most passengers on the early boat are shift workers, and a fifth is a day's pay a month for them.\n\n\
Raising the fares would be a false start, and the port board should think again. \
The ferry is the only way to the mainland. Four in ten islanders use it every week.\n\n\
The board has other ways to raise money. The car park by the quay charges nothing.\n\n\
The island needs its ferry more than the board needs the money.\n";
        let assert_thesis_starts = |text: &str, start: &str| {
            let map = map_of(text);
            let thesis = map.thesis().expect("a thesis");
            assert!(
                map.node(thesis).text.starts_with(start),
                "{start}: {:?}",
                kinds(&map)
            );
        };
        assert_thesis_starts(letter, "Raising the fares");
        // An opening with a claim of its own keeps it.
        let own = letter.replace(
            "pay a month for them.",
            "pay a month for them. I believe the rise is a mistake.",
        );
        assert_thesis_starts(&own, "the rise is");
        // So does one that denies the view outright.
        let denied = letter.replace(
            "Most passengers on the early boat are shift workers, and a fifth is a day's pay a month for them.",
            "Nothing could be further from the truth.",
        );
        assert_thesis_starts(&denied, "Nothing could");
    }

    #[test]
    fn a_view_answered_by_a_grant_and_turn_or_after_a_bare_refusal_is_the_other_sides() {
        let essay = |paragraph: &str| {
            format!(
                "# Night Buses\n\n\
The city should run buses all night. Shift workers need them.\n\n\
Night buses let nurses and cleaners get home safely. Taxis cost a day's pay.\n\n\
{paragraph}\n\n\
Buses at night cost little and keep people safe.\n"
            )
        };
        let granted = essay(
            "Others object that night buses would run empty. \
Few people travel after midnight on a weekday. \
This may be true in winter, but the summer buses would fill with visitors.",
        );
        let map = map_of(&granted);
        let view = node_starting(&map, "night buses would run empty");
        let backing = node_starting(&map, "Few people travel");
        assert!(
            map.outgoing(backing)
                .any(|e| e.to == view && e.kind == EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
        // "This may be true in winter" only accepts what was said: the node
        // is the answer after "but".
        assert_view_and_answer(&map, view, node_starting(&map, "the summer buses"));

        let refused = essay(
            "Some drivers claim that night shifts are unsafe for them. \
I disagree with this view. \
Every night bus in the trial carried a second member of staff.",
        );
        let map = map_of(&refused);
        let view = node_starting(&map, "night shifts are unsafe");
        assert_view_and_answer(&map, view, node_starting(&map, "Every night bus"));
    }

    #[test]
    fn a_paragraphs_counted_points_each_bear_on_the_thesis() {
        let map = map_of(
            "# Quiet Streets\n\n\
The town should take traffic out of its old streets.\n\n\
Cars fill the old streets at every hour. Two children were hurt there last year.\n\n\
First, the council should close Mill Lane to through traffic. \
Second, it should put a speed limit of 20 mph on every street in the centre. \
A similar limit cut crashes by a third in Dalby. \
Finally, the council should ask residents before it draws the map.\n\n\
In short, the old streets should belong to the people who live in them.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        for point in [
            "it should put a speed limit",
            "the council should ask residents",
        ] {
            let node = node_starting(&map, point);
            assert!(
                map.outgoing(node).any(|e| e.to == thesis),
                "{point}: {:?}",
                map.edges()
            );
        }
        // What backs a counted point still backs that point.
        let backing = node_starting(&map, "A similar limit");
        let limit = node_starting(&map, "it should put a speed limit");
        assert!(
            map.outgoing(backing).any(|e| e.to == limit),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_turn_against_a_fact_does_not_answer_the_view_that_opens_the_paragraph() {
        let map = map_of(
            "# Later Starts\n\n\
Schools should start at half past nine.\n\n\
Doctors say that teenagers need nine hours of sleep. Most get fewer than seven. \
Many fall asleep in class. But schools still start at eight o'clock.\n\n\
A later start costs nothing. The buses can run an hour later.\n\n\
In short, schools should let teenagers sleep.\n",
        );
        let view = node_starting(&map, "teenagers need nine");
        assert_not_objection(&map, view);
    }

    #[test]
    fn an_opening_that_answers_a_view_and_then_states_the_thesis_keeps_both() {
        // A school-shaped op-ed: the view, a grant, the turn, then the thesis,
        // all in the first paragraph.
        let page = "The harbour board's chair, Ruth Okafor, argues that dredging the channel every year would keep the ferries running. \
It is true that silt closed the crossing twice last winter. \
But the board's own survey shows the silt comes from the river, not the sea. \
The board should restore the marsh upstream instead.\n\n\
A marsh traps silt before it reaches the channel. Wardens at two estuaries counted half the silt after their marshes grew back.\n\n\
Dredging every year costs more than restoring the marsh once. The last dredge cost four times the marsh plan.\n\n\
The marsh is also home to birds that have left the coast. Three species returned to the other estuaries.\n\n\
The board should spend its money where the silt begins, not where it ends up.\n";
        let map = map_of(page);
        let thesis = map.thesis().expect("a thesis");
        assert!(map
            .node(thesis)
            .text
            .starts_with("The board should restore"));
        // (The unit is the view, without "The chair argues that".)
        let view = node_starting(&map, "dredging the channel");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        let has = |from: crate::graph::NodeIndex, to: crate::graph::NodeIndex, kind: EdgeKind| {
            map.outgoing(from).any(|e| e.to == to && e.kind == kind)
        };
        assert!(has(view, thesis, EdgeKind::Attacks), "{:?}", map.edges());
        let grant = node_starting(&map, "silt closed the crossing");
        assert!(has(grant, view, EdgeKind::Supports), "{:?}", map.edges());
        let answer = node_starting(&map, "But the board's own survey");
        assert!(has(answer, view, EdgeKind::Attacks), "{:?}", map.edges());

        // With no turn before the thesis, the view is the scene it sets.
        let scene = page.replace("But the board's own survey", "The board's own survey");
        let map = map_of(&scene);
        assert!(
            map.nodes()
                .iter()
                .all(|n| !n.text.contains("argues that dredging")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_news_ledes_claim_opens_the_second_paragraph() {
        let page = "On Monday the harbour board voted five to two to close the ferry office for another year. \
The vote means that the office will stay shut until next summer. \
Tickets bought at the office cost the same as those bought online.\n\n\
The board got this wrong, and the council should overrule it when it meets next month. \
Older islanders cannot buy tickets online.\n\n\
A ferry office costs little to run. Its rent is a tenth of the harbour's budget.\n\n\
Islanders need a place to buy a ticket.\n";
        let map = map_of(page);
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("The board got this wrong"),
            "{:?}",
            kinds(&map)
        );
        // A body paragraph's topic sentence that does not point back at
        // the news is no answer to it (the review's essay).
        let topic = "On Monday the county board voted five to two to end the winter ferry service from January. \
The vote follows a consultation that drew more than 900 replies.\n\n\
The ferry has been run by the same family firm since 1974 and should be treated as a public service. \
Its two boats carry about 40,000 passengers a year.\n\n\
Islanders rely on the ferry to reach the hospital. Last winter three patients missed surgery when sailings were cancelled.\n\n\
The board should reverse its decision when it meets next month.\n";
        let map = map_of(topic);
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("The board should reverse"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_standfirst_under_a_headline_is_no_node_even_with_no_byline() {
        let page = "Ferries won't run themselves\n\
Islanders want a winter timetable. The operators should also pay for the crews who sail it, argues Ana Ruiz\n\
Operators like to say that the crew shortage is a matter for the colleges. That would be more convincing if the same operators were not adding sailings every spring. Those who set the timetable should pay for the crews who sail it.\n\
The shortage is already hurting the islands. Last winter one sailing in five was cancelled for want of a mate.\n\
If the operators want winter ferries, they will have to help pay for them.\n";
        let map = build_map(&Document::parse("t.txt", page, SourceFormat::Text));
        let texts = texts_of(&map);
        assert!(
            !texts.iter().any(|t| t.contains("argues Ana Ruiz")),
            "{texts:?}"
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("Those who set the timetable"),
            "{:?}",
            kinds(&map)
        );
        // A first paragraph whose stop sits inside a closing quote is prose.
        let quoted = "Islands need their winter ferry\n\
The county should fund a winter ferry. As one islander put it to me, ‘a boat twice a week is not a lifeline.’\n\
Last winter three patients missed surgery when sailings were cancelled. The boat and crew are already paid for in summer.\n\
A winter timetable would cost less than one missed operation.\n";
        let quoted_map = build_map(&Document::parse("t.txt", quoted, SourceFormat::Text));
        let thesis = quoted_map.thesis().expect("a thesis");
        assert!(
            quoted_map
                .node(thesis)
                .text
                .starts_with("The county should fund"),
            "{:?}",
            kinds(&quoted_map)
        );
        // The opening view, denied before the thesis, is the other side's.
        assert!(
            map.nodes()
                .iter()
                .any(|n| n.kind == NodeKind::Objection && n.text.contains("crew shortage")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_pages_standfirst_above_its_byline_is_no_node() {
        let page = "Give the river back its banks\n\
The flood plan is due next month. Before it passes, the city should look at where the water goes.\n\
By Ana Ruiz | 3 March 2025\n\
Last winter the river broke its banks twice, and both times the water went straight into the houses built on the old meadows, which the city had sold to developers only ten years before.\n\
The city should buy back the meadows and let them flood. A meadow holds water that would otherwise fill a street, and it costs nothing to keep once it is bought.\n\
Some councillors say the land is too expensive. Yet one flood cost the city more than the meadows would.\n\
The meadows are the cheapest flood wall the city will ever own.\n";
        let doc = Document::parse("t.txt", page, SourceFormat::Text);
        let map = build_map(&doc);
        let texts = texts_of(&map);
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("flood plan") || t.contains("Before it passes")),
            "{texts:?}"
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("The city should buy back"),
            "{texts:?}"
        );
        // A section's label further down is no byline ("By Bike").
        let labels = "Children should walk or cycle to school, not ride in cars.\n\
Every morning the roads around the schools are jammed, and the air at the gates is the dirtiest in town.\n\
Parents say the roads are too dangerous for children on foot.\n\
By Bike\n\
A safe cycle lane to each school would let older children ride. In Delft most children cycle to school.\n";
        let map = build_map(&Document::parse("t.txt", labels, SourceFormat::Text));
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("Children should walk"),
            "{:?}",
            kinds(&map)
        );
        // A first line that opens "By" and a year is prose.
        let dated = page.replace(
            "By Ana Ruiz | 3 March 2025",
            "By 2030, half the city will live within a mile of the river.",
        );
        let map = build_map(&Document::parse("t.txt", &dated, SourceFormat::Text));
        assert!(
            map.nodes()
                .iter()
                .any(|n| n.text.contains("half the city will live")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_view_reported_in_the_past_is_the_other_sides() {
        let map = map_of(
            "Our club should train on Sundays. Some members have told me that Sunday is for family. \
Family time matters. But training lasts only two hours.",
        );
        // (The unit is the view, without "Some members have told me that".)
        let view = node_starting(&map, "Sunday is for family");
        let answer = node_starting(&map, "But training");
        assert_view_and_answer(&map, view, answer);
    }

    #[test]
    fn many_people_doing_something_is_no_view_and_i_disagree_answers_one() {
        use NodeKind::*;
        // What many people do is a fact, not the other side's view.
        let map = map_of(
            "Shops should charge for plastic bags. Many people reuse the bags at home. \
A small fee makes everyone think twice.",
        );
        let fact = node_starting(&map, "Many people reuse");
        assert_ne!(map.node(fact).kind, Objection, "{:?}", kinds(&map));
        // A view given to others and refused in the first person is the
        // other side's, and the refusal answers it.
        let map = map_of(
            "Shops should charge for plastic bags. Some people claim that a fee hurts poor families. \
I disagree with this view. The fee is a few cents and nobody has to pay it.",
        );
        let view = node_starting(&map, "a fee hurts");
        let answer = node_starting(&map, "I disagree");
        assert_view_and_answer(&map, view, answer);
    }

    #[test]
    fn any_group_that_says_something_reports_a_view_and_faulting_it_answers() {
        // A subject with no quantifier ("Bus companies warn that X") gives
        // the view to others; "That argument ignores Y" answers it.
        let map = map_of(
            "Towns should run their own buses. Bus companies warn that public buses lose money. \
That argument ignores what private routes cost the town in subsidies. Three towns saved money last year.",
        );
        let view = node_starting(&map, "Bus companies warn");
        let answer = node_starting(&map, "That argument ignores");
        assert_view_and_answer(&map, view, answer);
    }

    #[test]
    fn an_opening_scene_of_two_paragraphs_leaves_the_claim_to_the_third() {
        let map = map_of(
            "# Free Buses\n\n\
At six in the morning, Ana Silva waits at the stop on Hill Road. She pays $4 a ride. Last winter she walked instead, twice.\n\n\
Ana is not alone. A survey last year found that one rider in five had skipped a trip because of the fare.\n\n\
The council should make the buses free. Free buses cost less than the roads they spare.\n\n\
Fares cover a fifth of the running costs. Collecting them costs a tenth.\n\n\
The council votes in May. Residents should write to their councillors before then.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("The council should make"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_closing_sentence_that_points_back_loses_the_thesis_to_the_opening_one() {
        let text = "Cities need more trees. Shade cools the streets in summer. \
They are clearly good for everyone.";
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let thesis = |options: Options| {
            let map = build(&doc, options).map;
            map.nodes()
                .iter()
                .find(|n| n.kind == NodeKind::Thesis)
                .map(|n| n.text.clone())
        };
        assert_eq!(
            thesis(Options::default()).as_deref(),
            Some("Cities need more trees.")
        );
        // Without the cue the last sentence's place, certainty and
        // evaluative word win.
        let without: &'static weights::Weights = Box::leak(Box::new(
            weights::Weights::with_overrides(r#"{"thesis-refers-back": 0}"#).unwrap(),
        ));
        assert_eq!(
            thesis(Options {
                weights: without,
                ..Options::default()
            })
            .as_deref(),
            Some("They are clearly good for everyone.")
        );
    }

    #[test]
    fn a_reported_view_turned_by_but_is_an_objection_the_answer_attacks() {
        let map = map_of(
            "Schools should require uniforms. Uniforms make pupils equal. \
Some parents say uniforms cost too much, but most schools sell them cheaply.",
        );
        let find = |start: &str| node_starting(&map, start);
        let view = find("Some parents say");
        let answer = find("most schools sell");
        assert_view_and_answer(&map, view, answer);
        // When the next sentence turns too, the whole sentence read as the
        // other side's: the view keeps its attack on the thesis and the
        // answer becomes evidence against it.
        let map = map_of(
            "Schools should require uniforms. Some parents say uniforms cost too much, \
but most schools sell them cheaply. Yet uniforms make pupils equal.",
        );
        let find = |start: &str| node_starting(&map, start);
        let (view, answer) = (find("Some parents say"), find("most schools sell"));
        let thesis = map.thesis().expect("a thesis");
        let attacks = |from, to| {
            map.outgoing(from)
                .any(|e| e.to == to && e.kind == EdgeKind::Attacks)
        };
        assert_eq!(
            map.node(answer).kind,
            NodeKind::Evidence,
            "{:?}",
            kinds(&map)
        );
        assert!(attacks(view, thesis), "{:?}", map.edges());
        assert!(attacks(answer, view), "{:?}", map.edges());
    }

    #[test]
    fn a_named_groups_view_granted_or_denied_is_an_objection_the_answer_attacks() {
        // The view reported by a named group, a point granted to it, then a turn.
        let granted = "# Ban Cars from the Old Town

The council should close the old town to cars from next spring.

Closing it would make the streets safer. Two children were hit by cars there last year.

The Traders' Guild objects that a ban would drive shoppers to the malls. It is true that some shoppers drive to the old town. But most of them walk in from the bus station.

In short, the old town should belong to people on foot.
";
        let map = map_of(granted);
        let view = node_starting(&map, "The Traders' Guild");
        assert_view_and_answer(&map, view, node_starting(&map, "But most of them walk"));
        let answered_by = |answer: &str| {
            let grant_and_turn = "It is true that some shoppers drive to the old town. \
But most of them walk in from the bus station.";
            map_of(&granted.replace(grant_and_turn, answer))
        };
        // The view denied outright, with no turn.
        let map = answered_by(
            "The figures point the other way. Most shoppers walk in from the bus station.",
        );
        let view = node_starting(&map, "The Traders' Guild");
        assert_view_and_answer(&map, view, node_starting(&map, "The figures point"));
        // Answered with no marker at all, a view that opens its paragraph is
        // still the other side's: the paragraph is there to answer it.
        let map = answered_by("Most shoppers walk in from the bus station.");
        let view = node_starting(&map, "The Traders' Guild");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        // Inside a paragraph and unanswered, a reported worry backs the
        // author's case.
        let map = map_of(&granted.replace(
            "Two children were hit by cars there last year.",
            "Parents warn that children cross there every day.",
        ));
        let worry = node_starting(&map, "Parents warn");
        assert_not_objection(&map, worry);
    }

    #[test]
    fn an_essays_reported_view_turned_by_but_is_split_and_other_buts_are_not() {
        let text = "# Paid Parking\n\n\
Town centres are crowded with cars. I believe that towns should charge for parking in the centre.\n\n\
Charging for parking frees space for buses. The fees are small, but they add up over a year. \
Buses then run on time.\n\n\
Some drivers claim that parking fees hurt local shops, but most shoppers arrive on foot. \
Shops on car-free streets sell more.\n\n\
In conclusion, towns should charge for parking in the centre.\n";
        let map = map_of(text);
        let find = |start: &str| node_starting(&map, start);
        let view = find("parking fees hurt");
        let answer = find("most shoppers arrive");
        assert_view_and_answer(&map, view, answer);
        // The author's own "X, but Y" stays one node in an essay.
        assert!(
            map.nodes()
                .iter()
                .any(|n| n.text == "The fees are small, but they add up over a year."),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_bold_paragraph_is_a_thesis_wherever_it_stands() {
        let map = map_of("**Cities should plant trees.**\n");
        assert_eq!(
            kinds(&map),
            vec![(NodeKind::Thesis, "Cities should plant tree".into())]
        );
        let map = map_of(
            "Cities are hot in summer. Many streets have no shade at all.\n\n\
**Towns must plant more trees.**\n\n\
Trees cool streets by several degrees. A 2019 study in Paris found shaded streets 4 degrees cooler.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("Towns must plant"),
            "{:?}",
            kinds(&map)
        );
        assert!(map.node(thesis).cues.iter().any(|c| c == "emphasis:strong"));
    }

    #[test]
    fn a_bold_sentence_in_a_paragraph_is_a_lesser_highlight() {
        let essay = "Our town has lost two bus routes in a year. Older people now stay at home. \
The council should restore both routes before the winter.\n\n\
**Nobody should need a car to see a doctor.** The clinic is four miles from the centre, \
and a taxi there costs twelve pounds.\n\n\
The routes were cheap to run. Each cost less than the new roundabout.\n\n\
Buses are how a town keeps its older people in its life.\n";
        let map = map_of(essay);
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("The council should restore"),
            "{:?}",
            kinds(&map)
        );
        // With nothing in its place, the bold sentence is the thesis.
        let map = map_of(&essay.replace(
            "The council should restore both routes before the winter.",
            "Many of them have no car.",
        ));
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("Nobody should need"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn credits_copyright_lines_and_reference_entries_are_no_nodes() {
        let map = map_of(
            "Our rivers need cleaner water. Farms should reduce their fertiliser use.\n\n\
Nitrate levels doubled in ten years. Fish numbers fell by a third.\n\n\
Photo: Maria Lopez/River Press.\n\n\
© 2025 The Valley Herald. All rights reserved.\n\n\
[3] Okafor, T. Nitrates and fish. Freshwater Studies 12(4), 101-118.\n\n\
4. Brandt, K. (2021). Farming and rivers. Agri Press.\n\n\
[5] River Trust, Annual Survey 2024.\n\n\
[6] Interview with the harbour master, spring.\n\n\
[7] Port Authority, Traffic Count 2023.\n",
        );
        let texts: Vec<String> = map.nodes().iter().map(|n| n.text.to_string()).collect();
        for furniture in [
            "River Trust",
            "Photo",
            "©",
            "All rights",
            "Okafor",
            "Freshwater",
            "Brandt",
            "Farming and",
            // The list's next number is an entry whatever it holds, and
            // does not break the run for the entries after it.
            "harbour master",
            "Port Authority",
        ] {
            assert!(
                texts.iter().all(|t| !t.contains(furniture)),
                "{furniture} became a node: {texts:?}"
            );
        }
        assert_eq!(map.node(map.thesis().unwrap()).kind, NodeKind::Thesis);
    }

    #[test]
    fn a_view_given_to_others_and_answered_is_an_objection() {
        let map = map_of(
            "Offices matter less every year. Employers should let staff work from home three days a week.\n\n\
Some managers claim that remote work weakens a team's culture. Yet teams that meet online every morning keep their habits.\n\n\
Opponents insist that juniors learn by watching. It is true that juniors need guidance, but a weekly call gives them more attention.\n\n\
Home work also saves time. A commute takes fifty minutes a day.\n\n\
In short, firms that let people work from home keep their best staff.\n",
        );
        let node = |start: &str| {
            map.indexes()
                .find(|&i| map.node(i).text.starts_with(start))
                .unwrap_or_else(|| panic!("no node {start:?}: {:?}", kinds(&map)))
        };
        let thesis = map.thesis().unwrap();
        let edge = |from, to| {
            map.edges()
                .iter()
                .find(|e| e.from == from && e.to == to)
                .map(|e| e.kind)
        };
        // The other side's views: objections that attack the thesis...
        for view in ["remote work weakens", "juniors learn by watching"] {
            let v = node(view);
            assert_eq!(
                map.node(v).kind,
                NodeKind::Objection,
                "{view}: {:?}",
                kinds(&map)
            );
            assert_eq!(edge(v, thesis), Some(EdgeKind::Attacks), "{view}");
        }
        // ... and the author's answers attack them, not the thesis.
        assert_eq!(
            edge(node("Yet teams"), node("remote work weakens")),
            Some(EdgeKind::Attacks)
        );
        // "It is true that X, but Y": X is granted to the view, Y answers it.
        assert_eq!(
            edge(
                node("juniors need guidance"),
                node("juniors learn by watching")
            ),
            Some(EdgeKind::Supports)
        );
        assert_eq!(
            edge(
                node("a weekly call gives"),
                node("juniors learn by watching")
            ),
            Some(EdgeKind::Attacks)
        );
    }

    #[test]
    fn a_sentence_with_two_points_becomes_two_nodes() {
        let text = "Although bikes are slow on hills, cities should build more bike lanes.";
        let map = map_of(text);
        let k = kinds(&map);
        assert_eq!(k.len(), 2, "{k:?}");
        let concession = map.by_id("bikes-slow-hills").expect("the conceded clause");
        assert_eq!(map.node(concession).kind, NodeKind::Objection);
        assert_eq!(
            &text[map.node(concession).span.range()],
            "bikes are slow on hills"
        );
        let main = map.thesis().unwrap();
        assert_eq!(
            map.node(main).text.as_str(),
            "cities should build more bike lanes."
        );
        assert!(map
            .edges()
            .iter()
            .any(|e| e.from == main && e.to == concession && e.kind == EdgeKind::Attacks));
    }

    #[test]
    fn a_sentence_with_three_points_becomes_three_nodes() {
        let text = "Although parking fees annoy drivers, I believe that the town should \
                    charge them, since free parking fills the centre with cars.";
        let map = map_of(text);
        let spans: Vec<(&str, NodeKind)> = map
            .nodes()
            .iter()
            .map(|n| (&text[n.span.range()], n.kind))
            .collect();
        assert_eq!(spans.len(), 3, "{spans:?}");
        let main = map.thesis().expect("the main clause");
        assert_eq!(
            &text[map.node(main).span.range()],
            "the town should charge them"
        );
        let reason = map.by_id("free-parking-fills-centre").expect("the reason");
        assert_eq!(map.node(reason).kind, NodeKind::Evidence);
        let conceded = map
            .by_id("parking-fees-annoy-drivers")
            .expect("the concession");
        assert_eq!(map.node(conceded).kind, NodeKind::Objection);
        let edge = |from, to| {
            map.edges()
                .iter()
                .find(|e| e.from == from && e.to == to)
                .map(|e| e.kind)
        };
        assert_eq!(edge(reason, main), Some(EdgeKind::Supports));
        assert_eq!(edge(main, conceded), Some(EdgeKind::Attacks));
    }

    #[test]
    fn an_essays_reason_for_the_thesis_itself_is_a_claim() {
        let text = "# Buses\n\nMany towns are growing. I believe that towns should \
                    run more buses.\n\nFirst, buses cut traffic. A full bus replaces \
                    forty cars.\n\nIn conclusion, towns should run more buses, because \
                    they move people cheaply and cleanly.\n";
        let map = map_of(text);
        let reason = map
            .by_id("move-people-cheaply-cleanly")
            .expect("the conclusion's reason clause");
        assert_eq!(map.node(reason).kind, NodeKind::Claim);
        // A reason for one of the points stays its premise.
        let text = text.replace(
            "A full bus replaces",
            "Traffic jams shrink because a bus replaces",
        );
        let map = map_of(&text);
        let premise = map
            .by_id("bus-replaces-forty-cars")
            .expect("the reason clause");
        assert_eq!(map.node(premise).kind, NodeKind::Evidence);
    }

    #[test]
    fn an_essays_short_courtesy_is_no_point_and_a_real_concession_is() {
        let essay = |conclusion: &str| {
            format!(
                "# Buses\n\nMany towns are growing. I believe that towns should run more \
                 buses.\n\nFirst, buses cut traffic. A full bus replaces forty cars.\n\n\
                 {conclusion}\n"
            )
        };
        let text = essay("Although this view has some merits, towns should still run more buses.");
        let map = map_of(&text);
        assert!(
            map.nodes().iter().all(|n| n.kind != NodeKind::Objection),
            "{:?}",
            kinds(&map)
        );
        let last = map.nodes().last().expect("the conclusion's node");
        assert_eq!(
            &text[last.span.range()],
            "towns should still run more buses."
        );
        // A concession that grants a point of its own is still one.
        let text =
            essay("Although buses are slow in the rush hour, towns should still run more buses.");
        let map = map_of(&text);
        let conceded = map.by_id("buses-slow-rush-hour").expect("the concession");
        assert_eq!(map.node(conceded).kind, NodeKind::Objection);
        // A short text marks every concession.
        let map = map_of("Although this view has some merits, towns should run more buses.");
        assert_eq!(kinds(&map).len(), 2, "{:?}", kinds(&map));
    }

    #[test]
    fn what_follows_a_reason_for_the_point_backs_that_reason() {
        // "X. This is because Y. For instance, Z.": Z illustrates Y, not X.
        let text = "Should towns keep long summer holidays?\n\n\
                    I believe that towns should keep long summer holidays.\n\
                    Children need free time to grow. This is because only a long break lets \
                    a child follow one interest for weeks. For instance, my cousin built a \
                    boat with our uncle in one August. Moreover, schools need time to repair \
                    their buildings.\n\
                    In conclusion, long holidays should stay.\n";
        let map = text_map_of(text);
        let supports = |from: &str, to: &str| {
            let (from, to) = (node_starting(&map, from), node_starting(&map, to));
            map.outgoing(from)
                .any(|e| e.to == to && e.kind == EdgeKind::Supports)
        };
        assert!(
            supports("This is because only", "Children need"),
            "{:?}",
            map.edges()
        );
        assert!(
            supports("my cousin built", "This is because only"),
            "{:?}",
            map.edges()
        );
        // An added reason backs the point again, not the reason before it.
        assert!(
            supports("schools need", "Children need"),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_paragraph_that_opens_with_a_story_makes_its_point_after_it() {
        let text = "Should clinics offer appointments by video?\n\n\
                    Many clinics now offer video calls. I believe that clinics should keep \
                    offering them.\n\
                    Last winter my grandfather needed a new medicine. Before, my mother \
                    had to take a day off work to drive him to town. Video calls save \
                    patients a lot of time and money. They do not have to pay for a taxi.\n\
                    Another advantage is that waiting rooms stay empty. Fewer people catch \
                    the flu there.\n\
                    In conclusion, clinics should keep offering video calls.\n";
        let map = text_map_of(text);
        let thesis = node_starting(&map, "clinics should keep offering them");
        let point = node_starting(&map, "Video calls save");
        assert_eq!(map.node(point).kind, NodeKind::Claim, "{:?}", kinds(&map));
        assert!(
            map.node(point)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::PointAfterStory),
            "{:?}",
            map.node(point).cues
        );
        let supports = |from, to| links(&map, from, to, EdgeKind::Supports);
        // The point carries the thesis; the story and what follows back it.
        assert!(supports(point, thesis), "{:?}", map.edges());
        for backing in ["Last winter", "Before, my mother", "They do not have"] {
            let from = node_starting(&map, backing);
            assert_eq!(map.node(from).kind, NodeKind::Evidence, "{:?}", kinds(&map));
            assert!(supports(from, point), "{backing}: {:?}", map.edges());
        }
        // A paragraph that opens with its point keeps it there.
        let other = node_starting(&map, "waiting rooms stay empty");
        assert!(supports(other, thesis), "{:?}", map.edges());
    }

    #[test]
    fn a_body_premise_of_two_long_clauses_joined_by_and_is_two_premises_of_one_point() {
        let text = "Should towns run buses at night?\n\n\
                    Most small towns stop their buses in the early evening, and many \
                    people who work late shifts in hospitals and factories have no way \
                    home. I believe that towns should run buses at night.\n\
                    First, night buses help people who work late. The last bus in most \
                    small towns leaves well before the evening shift at the hospital ends, \
                    and many cleaners and nurses have to pay for a taxi home twice a week.\n\
                    Second, night buses make the streets safer. For example, a town in the \
                    north added three night routes on Fridays and Saturdays last year, and \
                    the police counted far fewer fights outside its bars and clubs on those \
                    weekends. When I worked in a bakery I walked home alone at two every \
                    morning, and the groups of drunk people on the dark streets often made me \
                    afraid on the way. \
                    But the buses would run almost empty on most weekday nights of the \
                    year, and every empty bus would still cost the town money for its \
                    fuel and its driver.\n\
                    In conclusion, towns should run buses at night.\n";
        let map = text_map_of(text);
        let point = node_starting(&map, "night buses help people");
        let first = node_starting(&map, "The last bus");
        let second = node_starting(&map, "many cleaners and nurses");
        assert!(
            map.node(first).text.ends_with("hospital ends"),
            "{:?}",
            texts_of(&map)
        );
        for half in [first, second] {
            assert_eq!(map.node(half).kind, NodeKind::Evidence, "{:?}", kinds(&map));
            assert!(
                links(&map, half, point, EdgeKind::Supports),
                "{:?}",
                map.edges()
            );
        }
        // The introduction's background, an example, the writer's own story
        // and an answer that turns with "But" stay one unit each.
        assert!(
            !texts_of(&map)
                .iter()
                .any(|t| t.starts_with("many people who work")),
            "{:?}",
            texts_of(&map)
        );
        for whole in [
            "a town in the north",
            "When I worked in a bakery",
            "But the buses",
        ] {
            let node = node_starting(&map, whole);
            assert!(
                map.node(node).text.contains(", and "),
                "{whole}: {:?}",
                texts_of(&map)
            );
        }
    }

    #[test]
    fn a_view_answered_after_a_semicolon_splits_and_what_follows_backs_the_answer() {
        let text = "Should clinics offer appointments by video?\n\n\
                    Many clinics now offer video calls. I believe that clinics should keep \
                    offering them.\n\
                    First, video calls save patients a lot of time. Nobody waits in a crowded \
                    room.\n\
                    It is true that some elderly patients have difficulties with the \
                    technology; however, a relative can usually help them. For example, my \
                    father set up a tablet for my grandmother in ten minutes.\n\
                    In conclusion, clinics should keep offering video calls.\n";
        let map = text_map_of(text);
        let view = node_starting(&map, "some elderly patients");
        let answer = node_starting(&map, "a relative can usually");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        let edge = |from, to, kind| links(&map, from, to, kind);
        assert!(edge(answer, view, EdgeKind::Attacks), "{:?}", map.edges());
        let example = node_starting(&map, "my father set up");
        assert!(
            edge(example, answer, EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_long_exam_prompt_on_the_first_line_is_no_unit() {
        // Fifty words: a statement, two views and the instruction.
        let text = "Many towns in Europe have closed their small railway stations during \
                    the last thirty years. Some people think these stations should be opened \
                    again with public money, while others believe the money should go to \
                    buses that reach more villages. Discuss both views and give your own \
                    opinion.\n\
                    Our village lost its station in 1998, and the old platform is still \
                    there. This essay will consider both positions before giving my own \
                    view.\n\
                    On the one hand, supporters of the stations say that trains are fast. \
                    A train reaches the city in twenty minutes.\n\
                    On the other hand, a bus reaches every village. A train stops only at \
                    stations.\n\
                    In conclusion, I believe that buses are the better use of the money.\n";
        let map = text_map_of(text);
        for prompt in [
            "Discuss both views",
            "Many towns in Europe",
            "Some people think",
        ] {
            assert!(
                !texts_of(&map).iter().any(|t| t.starts_with(prompt)),
                "{prompt}: {:?}",
                texts_of(&map)
            );
        }
        // With the prompt read as the introduction, the scene after it
        // took the thesis's place.
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("buses are the better use"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_view_given_to_others_after_a_scene_is_not_the_thesis() {
        let text = "Do class rankings help students? Discuss both views.\n\
                    In many schools the best students are named on a board. Some people \
                    like this, while others do not. This essay will discuss both views.\n\
                    On the one hand, supporters argue that rankings push students to work \
                    harder. Pupils study more before exams. They also say that life is \
                    full of competition, so children should get used to it early.\n\
                    On the other hand, constant competition damages confidence. Weak \
                    pupils stop trying.\n\
                    To sum up, both sides have good arguments. Personally, I think that \
                    public rankings do more harm than good.\n";
        let map = text_map_of(text);
        let view = node_starting(&map, "children should get used");
        assert_ne!(map.node(view).kind, NodeKind::Thesis, "{:?}", kinds(&map));
        let thesis = node_starting(&map, "public rankings do more harm");
        assert_eq!(map.node(thesis).kind, NodeKind::Thesis, "{:?}", kinds(&map));
    }

    #[test]
    fn a_second_view_after_the_first_was_answered_opposes_the_thesis() {
        let text = "Should clinics offer appointments by video?\n\n\
                    Many clinics now offer video calls. I believe that clinics should keep \
                    offering them.\n\
                    First, video calls save patients a lot of time. Nobody waits in a crowded \
                    room.\n\
                    Some people say that a doctor cannot examine a patient through a screen. \
                    However, video calls are not meant for every problem. It is true that some \
                    elderly patients have difficulties with the technology; however, a \
                    relative can usually help them.\n\
                    In conclusion, clinics should keep offering video calls.\n";
        let map = text_map_of(text);
        let thesis = node_starting(&map, "clinics should keep offering them");
        let second = node_starting(&map, "some elderly patients");
        let edge = |from, to, kind| links(&map, from, to, kind);
        assert!(edge(second, thesis, EdgeKind::Attacks), "{:?}", map.edges());
        let answer = node_starting(&map, "a relative can usually");
        assert!(edge(answer, second, EdgeKind::Attacks), "{:?}", map.edges());
    }

    #[test]
    fn a_view_answered_after_a_semicolon_and_but_splits_as_after_a_comma() {
        let text = "Should towns build wind farms?\n\n\
                    Our town burns coal. I believe that towns should build wind farms.\n\
                    First, wind is clean. A turbine burns nothing.\n\
                    Some residents argue that turbines spoil the view; but the view matters \
                    less than a stable climate.\n\
                    In conclusion, towns should build wind farms.\n";
        let map = text_map_of(text);
        let view = node_starting(&map, "turbines spoil the view");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        let answer = node_starting(&map, "the view matters less");
        assert!(
            links(&map, answer, view, EdgeKind::Attacks),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn what_still_grants_before_a_later_turn_backs_the_view() {
        let text = "Should schools ban phones?\n\n\
                    Phones are everywhere in schools. I believe that schools should ban \
                    phones during lessons.\n\
                    First, phones distract students. Many students check social media in \
                    class.\n\
                    It is true that phones can help with research; however, they distract \
                    far more than they help. Students can look up a fact in seconds. But \
                    most of the time they are on social media.\n\
                    In conclusion, schools should ban phones during lessons.\n";
        let map = text_map_of(text);
        let granted = node_starting(&map, "phones can help with research");
        let more = node_starting(&map, "Students can look up");
        assert!(
            links(&map, more, granted, EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_storys_lesson_drawn_in_the_past_is_the_paragraphs_point() {
        let text = "Should students cook for themselves?\n\n\
                    Many students live on fast food. I believe that students should learn \
                    to cook.\n\
                    In my first year at university I did not cook at all. I ate chips \
                    almost every day and I always felt tired. This experience showed me \
                    that home cooking keeps you healthy. According to a survey I read, \
                    takeaway meals hold 20% more calories.\n\
                    Second, cooking saves money. A meal at home costs two euros.\n\
                    In conclusion, students should learn to cook.\n";
        let map = text_map_of(text);
        let point = node_starting(&map, "This experience showed me");
        assert_eq!(map.node(point).kind, NodeKind::Claim, "{:?}", kinds(&map));
        assert!(
            map.node(point)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::PointAfterStory),
            "{:?}",
            map.node(point).cues
        );
        let story = node_starting(&map, "In my first year");
        assert_eq!(
            map.node(story).kind,
            NodeKind::Evidence,
            "{:?}",
            kinds(&map)
        );
        assert!(
            links(&map, story, point, EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn what_opens_a_story_is_told_by_its_first_words() {
        for story in [
            "Last summer my sister worked in a café.",
            "When I was a child, I walked to school alone.",
            "In 2019 I decided to stop buying bottled water.",
            "Two years ago our town closed its library.",
            "I remember the day the mill closed.",
            "My uncle opened a small restaurant in our city.",
        ] {
            assert!(roles::opens_a_story(story), "{story}");
        }
        for point in [
            "Last but not least, parks cost little.",
            "When people are tired, they drive badly.",
            "In 2019 the law changed for every driver.",
            "My uncle thinks that buses are too slow.",
            // A topic sentence that names a time, a lesson drawn, a habit.
            "Last summer showed how dangerous urban heat has become.",
            "When I was working in a restaurant, I learned that night workers keep a town going.",
            "My parents have always told me to be careful at night.",
            // The future, and a time that is the subject.
            "One day our children will ask us why we did nothing.",
            "Last year was the hottest year on record, and we all felt it.",
        ] {
            assert!(!roles::opens_a_story(point), "{point}");
        }
        for story in [
            "Two winters ago we moved to a flat by the river.",
            "As a child, I walked to school alone.",
            "I will never forget the day our school closed.",
            // Seeing a film is no lesson seen; a time of the writer's life;
            // a place of the writer's past.
            "Last month my friends took me to see a film at the cinema.",
            "In my first year at university I did not cook at all.",
            "During my childhood we spent every summer at the coast.",
            "In the village where I grew up, the bus came twice a day.",
        ] {
            assert!(roles::opens_a_story(story), "{story}");
        }
        for point in [
            "In my opinion, towns should run night buses.",
            "In my country most people cook at home.",
            "Last month I began to see that buses matter.",
            "In the towns where buses run late, fewer people drive.",
        ] {
            assert!(!roles::opens_a_story(point), "{point}");
        }
    }

    #[test]
    fn a_story_told_to_its_end_keeps_the_paragraphs_first_sentence_as_its_point() {
        let essay = |body: &str| {
            format!(
                "Should towns run night buses?\n\n\
                 Our town stops its buses at ten. I believe the town should run night \
                 buses.\n{body}\nIn conclusion, the town should run night buses.\n"
            )
        };
        // The story goes on in the present or the past: no later sentence
        // speaks in general, and the story's opener keeps the point.
        let map = text_map_of(&essay(
            "Last year my neighbour started working nights at the hospital. She has no \
             car. Every night she pays twenty pounds for a taxi. The taxi often came late.",
        ));
        let first = node_starting(&map, "Last year my neighbour");
        assert!(
            map.node(first)
                .cues
                .iter()
                .all(|c| c.kind != CueKind::PointAfterStory),
            "{:?}",
            kinds(&map)
        );
        assert!(
            map.nodes()
                .iter()
                .all(|n| n.cues.iter().all(|c| c.kind != CueKind::PointAfterStory)),
            "{:?}",
            kinds(&map)
        );
        // The scene of the story (a figure, "our") is no point; the view
        // said with "we" is.
        let map = text_map_of(&essay(
            "Last year my neighbour started working nights at the hospital. The \
             hospital is twelve miles from our house. She paid forty pounds a week for \
             taxis. We should not expect nurses to pay for their own safety.",
        ));
        let point = node_starting(&map, "We should not expect");
        assert!(
            map.node(point)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::PointAfterStory),
            "{:?}",
            kinds(&map)
        );
        // A point in the author's words wins over an earlier general one.
        let map = text_map_of(&essay(
            "Last year my neighbour started working nights at the hospital. Buses stop \
             early in most towns. In my view, this is the strongest reason for night buses.",
        ));
        let point = node_starting(&map, "this is the strongest reason");
        assert!(
            map.node(point)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::PointAfterStory),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_reasons_backing_ends_where_the_paragraph_moves_on() {
        let edges_of = |body: &str| {
            let text = format!(
                "Should towns keep long summer holidays?\n\n\
                 I believe that towns should keep long summer holidays.\n{body}\n\
                 In conclusion, long holidays should stay.\n"
            );
            let map = text_map_of(&text);
            map.edges()
                .iter()
                .map(|e| {
                    let text = |n| map.node(n).text.chars().take(16).collect::<String>();
                    (text(e.from), text(e.to))
                })
                .collect::<Vec<_>>()
        };
        let has = |edges: &[(String, String)], from: &str, to: &str| {
            edges
                .iter()
                .any(|(f, t)| f.starts_with(from) && t.starts_with(to))
        };
        // "Families also need ..." adds a point: it and its example back
        // the paragraph's point, not the reason before.
        let e = edges_of(
            "Children need free time to grow. This is because play builds skills. \
             For instance, my cousin built a boat in one August. Families also need \
             time together. For example, my family spends three weeks at the coast.",
        );
        assert!(has(&e, "my cousin built", "This is because"), "{e:?}");
        assert!(has(&e, "Families also", "Children need"), "{e:?}");
        assert!(has(&e, "my family spends", "Children need"), "{e:?}");
        // "Another example" is one more of the reason's.
        let e = edges_of(
            "Children need free time to grow. This is because play builds skills. \
             For instance, my cousin built a boat in one August. Another example is \
             my sister, who painted for six weeks.",
        );
        assert!(has(&e, "Another example", "This is because"), "{e:?}");
        // After a view and its answer, "Moreover" backs the answer.
        let e = edges_of(
            "Children need free time to grow. This is because play builds skills. \
             Some say children forget what they learned. However, my class remembered \
             almost everything. Moreover, a 2016 study found that the loss is regained.",
        );
        assert!(has(&e, "a 2016 study", "my class rem"), "{e:?}");
        // "The first reason is that X" counts a reason; a story's "This was
        // because X" explains the story.
        let e = edges_of(
            "Long holidays help children in two ways. The first reason is that a long \
             break lets a child rest. For example, my sister slept ten hours a night.",
        );
        assert!(has(&e, "my sister slept", "Long holidays"), "{e:?}");
        let e = edges_of(
            "Short holidays do not work. In 2019 my school cut the holiday to three \
             weeks. This was because the council wanted to save money. Attendance fell \
             by ten percent that autumn.",
        );
        assert!(has(&e, "Attendance fell", "Short holidays"), "{e:?}");
    }

    #[test]
    fn a_count_that_names_its_items_gathers_the_counted_points_after_it() {
        let text = "Should towns keep long summer holidays?\n\n\
                    I believe that towns should keep long summer holidays.\n\
                    Children gain a great deal from the summer. Long holidays bring three \
                    benefits, including rest, family time and learning. First, children rest \
                    after a hard year. Second, families spend time together.\n\
                    In conclusion, long holidays should stay.\n";
        let map = text_map_of(text);
        let benefits = node_starting(&map, "Long holidays bring");
        let first = node_starting(&map, "children rest");
        assert!(
            map.outgoing(first).any(|e| e.to == benefits),
            "{:?}",
            map.edges()
        );
        // Inside a count already going, it gathers nothing.
        let text = "Should towns keep long summer holidays?\n\n\
                    I believe that towns should keep long summer holidays.\n\
                    Summer is good for families. First, parents take time off. Families \
                    enjoy several benefits, such as cheap trips. Second, children see their \
                    grandparents.\n\
                    In conclusion, long holidays should stay.\n";
        let map = text_map_of(text);
        let benefits = node_starting(&map, "Families enjoy");
        let second = node_starting(&map, "children see");
        assert!(
            !map.outgoing(second).any(|e| e.to == benefits),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_paragraph_that_counts_its_points_states_each_where_it_counts_it() {
        let text = "# Buses\n\nMany towns are growing. I believe that towns should run \
                    more buses.\n\nFirst, buses cut traffic. A full bus replaces forty \
                    cars. Second, buses are cheap for riders. A monthly pass costs less than \
                    petrol.\n\nIn conclusion, towns should run more buses.\n";
        let map = map_of(text);
        let second = map.by_id("buses-cheap-riders").expect("the second point");
        assert_eq!(map.node(second).kind, NodeKind::Claim);
        let pass = map.by_id("monthly-pass-costs-less").expect("its reason");
        assert!(map
            .edges()
            .iter()
            .any(|e| e.from == pass && e.to == second && e.kind == EdgeKind::Supports));
    }

    #[test]
    fn a_paragraph_that_tells_a_story_in_order_counts_steps_not_points() {
        let text = "# Ferries\n\nThe island is cut off every winter. I believe that the \
                    county should buy a second ferry.\n\nFirst, the old pier collapsed in \
                    2019. Then the harbour silted up. Finally, the only ferry broke down \
                    for six weeks.\n\nA second ferry would keep the island open. Its crew \
                    could cover repairs.\n\nIn conclusion, the county should buy a second \
                    ferry.\n";
        let map = map_of(text);
        let first = node_starting(&map, "the old pier");
        let last = node_starting(&map, "the only ferry");
        // Counted points stay points, whatever their words look like.
        let points = text
            .replace(
                "the old pier collapsed in 2019",
                "crowded ferries turn tourists away",
            )
            .replace(
                "Then the harbour silted up.",
                "Second, delayed crossings cost jobs.",
            );
        let counted = map_of(&points);
        let second = node_starting(&counted, "delayed crossings");
        assert_eq!(
            counted.node(second).kind,
            NodeKind::Claim,
            "{:?}",
            kinds(&counted)
        );
        // A point's own "Then" further on makes no story of the paragraph.
        let points = text.replace(
            "Then the harbour silted up.",
            "Crossings are often cancelled. Then the tourists stay away. Second, delayed \
             crossings cost jobs.",
        );
        let counted = map_of(&points);
        let second = node_starting(&counted, "delayed crossings");
        assert_eq!(
            counted.node(second).kind,
            NodeKind::Claim,
            "{:?}",
            kinds(&counted)
        );
        assert_eq!(map.node(last).kind, NodeKind::Evidence, "{:?}", kinds(&map));
        assert!(
            map.edges()
                .iter()
                .any(|e| e.from == last && e.to == first && e.kind == EdgeKind::Supports),
            "{:?}",
            map.edges()
        );
    }

    #[test]
    fn a_paragraph_that_opens_with_a_disputed_or_denied_view_answers_it_without_a_turn() {
        let essay = |body: &str| {
            format!(
                "# Bags\n\nShops hand out billions of bags a year. The town should \
                 charge ten pence for every plastic bag.\n\n{body}\n\n\
                 A fee also cuts litter. Beaches had fewer bags after a levy.\n\n\
                 In conclusion, the town should charge for plastic bags.\n"
            )
        };
        let attacks = |map: &DocumentMap, from, to| {
            map.edges()
                .iter()
                .any(|e| e.from == from && e.to == to && e.kind == EdgeKind::Attacks)
        };
        // Held at a distance ("insist"), answered with no marker; an answer
        // joined on with "And" answers it too.
        let map = map_of(&essay(
            "Shopkeepers insist that a fee would drive customers to the next town. \
             A ten pence charge is smaller than the bus fare there. And in towns with \
             a fee, centres kept their shoppers.",
        ));
        let view = node_starting(&map, "a fee would drive");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        assert!(
            attacks(&map, view, map.thesis().unwrap()),
            "{:?}",
            map.edges()
        );
        let answer = node_starting(&map, "A ten pence");
        let more = node_starting(&map, "And in towns");
        assert!(attacks(&map, answer, view) && attacks(&map, more, view));
        // The kind of the view a paragraph opens with, and the map's kinds.
        let view_in = |body: &str, start: &str| {
            let map = map_of(&essay(body));
            let view = node_starting(&map, start);
            (map.node(view).kind, format!("{:?}", kinds(&map)))
        };
        // Said plainly, then questioned by the paragraph.
        let (kind, all) = view_in(
            "Shopkeepers say that customers will simply shop elsewhere. Has anyone \
             asked the customers? Most of them walk to the shops.",
            "customers will simply",
        );
        assert_eq!(kind, NodeKind::Objection, "{all}");
        // Said plainly, then denied further on.
        let (kind, all) = view_in(
            "Shopkeepers say that customers will simply shop elsewhere. Most of \
             them walk to the shops. The figures point the other way.",
            "customers will simply",
        );
        assert_eq!(kind, NodeKind::Objection, "{all}");
        // A question that leads to the author's own answer doubts nothing.
        let (kind, all) = view_in(
            "Shopkeepers say that bags blow into their doorways. Why does this \
             matter? Because litter keeps shoppers away.",
            "bags blow",
        );
        assert_ne!(kind, NodeKind::Objection, "{all}");
        // Said plainly and not answered: a view the author shares.
        let (kind, all) = view_in(
            "Shopkeepers say that bags blow into their doorways every day. Cleaning \
             them up takes an hour a week.",
            "bags blow",
        );
        assert_ne!(kind, NodeKind::Objection, "{all}");
    }

    #[test]
    fn a_granted_point_and_what_backs_it_are_two_units() {
        let map = map_of(
            "Should teenagers work?\n\n\
             Many teenagers have jobs. I believe that a small job is good for teenagers.\n\n\
             First, a job teaches responsibility. My brother learned to plan his week.\n\n\
             Admittedly, a job can take time away from homework, and some students work \
             so late that they fall asleep in class. However, a few hours at the weekend \
             harm nobody.\n\n\
             In conclusion, a small job is good for teenagers.\n",
        );
        let view = node_starting(&map, "a job can take time away from homework");
        let backing = node_starting(&map, "some students work so late");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        assert!(
            map.edges()
                .iter()
                .any(|e| e.from == backing && e.to == view && e.kind == EdgeKind::Supports),
            "{:?}",
            kinds(&map)
        );
        // Outside an objection, ", and" keeps one unit.
        let map = map_of(
            "Should teenagers work?\n\n\
             I believe that a small job is good for teenagers.\n\n\
             First, a job teaches responsibility, and my brother learned to plan his week.\n\n\
             In conclusion, a small job is good for teenagers.\n",
        );
        node_starting(&map, "a job teaches responsibility, and my brother");
    }

    #[test]
    fn a_conclusion_that_grants_both_sides_then_turns_states_the_thesis_in_the_turn() {
        let map = map_of(
            "Some towns want a night bus, others do not.\n\n\
             Many people in my town work late. This essay looks at both sides.\n\n\
             On the one hand, some people argue that a night bus is a waste of money. \
             Few passengers travel after midnight.\n\n\
             On the other hand, nurses and cleaners finish their shifts at night. \
             Without a bus they must pay for a taxi.\n\n\
             To sum up, both sides make fair points, and the old mistakes should not be \
             repeated. Nevertheless, my opinion is that \
             the town should run a night bus on weekdays.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis)
                .text
                .starts_with("the town should run a night bus"),
            "{:?}",
            kinds(&map)
        );
        // The granted opening is no second statement of it.
        assert_not_kind(&map, "both sides make fair points", NodeKind::Thesis);
        // A caveat after the conclusion's point is no turn to the thesis.
        let map = map_of(
            "Phones at school\n\n\
             Many pupils bring phones to school. This essay looks at both sides.\n\n\
             On the one hand, some people argue that phones help pupils to learn. \
             Pupils can look up words.\n\n\
             On the other hand, phones distract pupils. Teachers lose time.\n\n\
             In conclusion, phones should be banned in lessons. However, I think \
             pupils should be able to use them at break.\n",
        );
        let thesis = map.thesis().expect("a thesis");
        assert!(
            map.node(thesis).text.starts_with("phones should be banned"),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_introduction_that_grants_a_point_before_its_thesis_keeps_the_grant() {
        let essay = |opening: &str| {
            format!(
                "# Trams\n\nMany cities are choosing between trams and buses. {opening} \
                 Nevertheless, I would argue that our city should build a tram line.\n\n\
                 First, trams carry more people. One tram replaces three buses.\n\n\
                 Second, trams are quiet. Residents on tram streets sleep better.\n\n\
                 In conclusion, our city should build a tram line.\n"
            )
        };
        for opening in [
            "Admittedly, a tram line is expensive to build.",
            "It is undeniable that a tram line is expensive to build.",
        ] {
            let map = map_of(&essay(opening));
            let grant = node_starting(&map, "a tram line is expensive");
            assert_eq!(
                map.node(grant).kind,
                NodeKind::Objection,
                "{:?}",
                kinds(&map)
            );
            let thesis = map.thesis().unwrap();
            assert!(map
                .edges()
                .iter()
                .any(|e| e.from == grant && e.to == thesis && e.kind == EdgeKind::Attacks));
        }
        // A view the introduction only reports is still its scene.
        let map = map_of(&essay("Some people say that buses are cheaper."));
        assert!(
            map.nodes().iter().all(|n| !n.text.contains("cheaper")),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_essays_bare_reaction_to_a_view_is_no_node() {
        let text = "# Buses\n\nMany towns are growing. I believe that towns should run \
                    more buses.\n\nSome drivers claim that buses slow the traffic. This \
                    worry is understandable. But a full bus replaces forty cars.\n\nIn \
                    conclusion, towns should run more buses.\n";
        let map = map_of(text);
        assert!(
            map.nodes()
                .iter()
                .all(|n| !n.text.starts_with("This worry")),
            "{:?}",
            kinds(&map)
        );
        // The view is still the other side's, answered by the turn after the reaction.
        let view = node_starting(&map, "buses slow");
        assert_eq!(
            map.node(view).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn an_essay_that_takes_a_side_only_at_the_end_has_its_thesis_there() {
        let text = "# Phones at school\n\nMost pupils in my year carry a phone all day. \
                    Teachers in our school collect them at the door on exam days. In this \
                    essay I will look at both sides.\n\nPhones distract pupils in lessons. \
                    A pupil who checks a message loses the thread of the teacher.\n\nOn the \
                    other hand, phones help in an emergency.\n\nConsequently I agree that \
                    schools should keep phones in lockers during lessons.\n";
        let map = map_of(text);
        let thesis: Vec<&str> = map
            .nodes()
            .iter()
            .filter(|n| n.kind == NodeKind::Thesis)
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(
            thesis,
            ["schools should keep phones in lockers during lessons."],
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_reaction_that_gives_its_reason_is_the_reason() {
        let text = "# Night buses\n\nMany people say that night buses are a waste of money. \
                    I disagree with this view, because night buses take nurses home \
                    safely.\n\nNurses finish late. Most of them have no car.\n\nIn \
                    conclusion, night buses are worth their cost.\n";
        let map = map_of(text);
        assert!(
            map.nodes()
                .iter()
                .all(|n| !n.text.starts_with("I disagree")),
            "{:?}",
            kinds(&map)
        );
        let reason = node_starting(&map, "night buses take nurses");
        assert_eq!(map.node(reason).kind, NodeKind::Thesis, "{:?}", kinds(&map));
    }

    #[test]
    fn a_turn_inside_the_sentence_after_a_view_answers_it() {
        let map = map_of(
            "Schools should keep their uniforms. Some parents say that uniforms cost too \
             much. A plain uniform, however, costs less than the brand-name clothes pupils \
             wear today.\n",
        );
        let view = node_starting(&map, "uniforms cost");
        let answer = node_starting(&map, "A plain uniform");
        assert_view_and_answer(&map, view, answer);
    }

    #[test]
    fn on_the_other_hand_gives_the_other_side_unless_it_comes_back() {
        let map = map_of(
            "Towns should run night buses. Nurses finish their shifts after midnight. On \
             the other hand, night buses cost a lot to run.\n",
        );
        let other = node_starting(&map, "night buses cost");
        assert_eq!(
            map.node(other).kind,
            NodeKind::Objection,
            "{:?}",
            kinds(&map)
        );
        // The sentence before is no view it answers.
        assert_not_objection(&map, node_starting(&map, "Nurses finish"));
        // After a grant it is the author's answer.
        let map = map_of(
            "It is true that electric cars are expensive to buy. On the other hand, they \
             are cheap to run. People should switch to electric cars.\n",
        );
        let grant = node_starting(&map, "electric cars are expensive");
        let answer = node_starting(&map, "they are cheap");
        assert_view_and_answer(&map, grant, answer);
        let other_hand = |text: &str, start: &str| {
            let map = map_of(text);
            let node = node_starting(&map, start);
            map.node(node)
                .cues
                .iter()
                .any(|c| c.kind == CueKind::OtherHand)
        };
        // An essay: after one side, the other; after the other side's
        // paragraph, the author's coming back.
        let after_a_point = "# Buses\n\nMany towns are growing. I believe that towns should \
                             run night buses.\n\nNight buses take nurses home safely. Most \
                             nurses have no car.\n\nOn the other hand, night buses cost a lot \
                             to run. A driver earns more at night.\n\nIn conclusion, towns \
                             should run night buses.\n";
        assert!(other_hand(after_a_point, "night buses cost"));
        let after_a_view = "# Buses\n\nMany towns are growing. I believe that towns should \
                            run night buses.\n\nSome drivers claim that night buses run empty. \
                            But a count found forty riders a night.\n\nOn the other hand, night \
                            buses take nurses home safely. Most nurses have no car.\n\nIn \
                            conclusion, towns should run night buses.\n";
        assert!(!other_hand(after_a_view, "night buses take nurses"));
    }

    #[test]
    fn a_negated_grant_is_no_grant_and_keeps_its_negation() {
        let text = "# Night buses\n\nOur town stops its buses at ten. I believe the council \
                    should run night buses.\n\nSome drivers claim that night buses would run \
                    empty. It is not true that nobody travels at night, but the council has \
                    never counted them.\n\nIn conclusion, the council should run night buses.\n";
        let map = map_of(text);
        // "nobody travels at night" alone would say the opposite of the sentence.
        let answer = node_starting(&map, "It is not true");
        assert!(
            map.node(answer).text.ends_with("never counted them."),
            "{:?}",
            kinds(&map)
        );
        assert!(
            map.nodes()
                .iter()
                .all(|n| n.cues.iter().all(|c| c.kind != CueKind::BacksView)),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn a_turn_to_the_authors_own_view_ends_the_grant() {
        let text = "# Night buses\n\nOur town stops its buses at ten. I understand why \
                    the council wants to save money, but I side with those who believe that \
                    the town should run night buses.\n\nFirst, nurses finish work at \
                    midnight. Most nurses have no car.\n\nSome drivers say that night buses \
                    run empty. A count found forty riders a night.\n\nTo conclude, both \
                    sides have good points, but I still think the town should run night \
                    buses.\n";
        let map = map_of(text);
        // A grant of nothing of its own is no node: the thesis is the view.
        for view in ["the town should run night", "I still think the town"] {
            let node = map.node(node_starting(&map, view));
            assert_eq!(node.kind, NodeKind::Thesis, "{:?}", kinds(&map));
        }
        assert!(
            map.nodes()
                .iter()
                .all(|n| !n.text.contains("both sides") && !n.text.starts_with("I understand")),
            "{:?}",
            kinds(&map)
        );
        // A grant with content stays in its sentence (the author's own
        // reason as often as another's view).
        let body = "# Night buses\n\nOur town stops its buses at ten. I believe the town \
                    should run night buses.\n\nFirst, nurses finish work at midnight. \
                    Night buses save these workers a lot of money on taxis, but I think \
                    the biggest benefit is safety. Most nurses have no car.\n\nIn \
                    conclusion, the town should run night buses.\n";
        let map = map_of(body);
        let whole = node_starting(&map, "Night buses save");
        assert!(
            map.node(whole).text.ends_with("is safety."),
            "{:?}",
            kinds(&map)
        );
    }

    #[test]
    fn empty_document_is_an_empty_map() {
        assert!(map_of("").nodes().is_empty());
    }
}
