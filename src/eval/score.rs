//! Scoring one text: one alignment of gold units with predicted nodes, and
//! every count taken from it. Pure: no I/O.
//!
//! - **Overlap both ways.** A unit and a node can match when the unit's
//!   bytes inside the node are at least half of the node, and the node holds
//!   at least half of one of the unit's ranges (a continuous unit has one).
//!   So a long node over a short unit does not match, nor a short node over
//!   a long unit; an ADU of an opening EDU and a restatement matches on
//!   either.
//! - **One-to-one.** Among the pairs that can match, a maximum matching
//!   (most pairs, then most shared bytes) pairs each unit with at most one
//!   node and each node with at most one unit. A matched pair is one cell of
//!   the confusion table; an unmatched unit is a miss (column none), an
//!   unmatched node a false positive (row none). Precision, recall and F1
//!   of each class are read off that table.
//! - **Not scored:** nodes that lie (half or more) over an implicit unit's
//!   text, and a node that could match a discontinuous unit already matched
//!   to another node (a second occurrence of it). Both are counted apart.
//! - **Relations** are unordered pairs. A gold relation's candidate pairs
//!   join the nodes its ends matched; a predicted pair is a pair of nodes
//!   joined by at least one edge. A maximum matching (most pairs, then most
//!   with the gold edge type) pairs relations with predicted pairs one to
//!   one. Recall is over all gold relations; precision is over predicted
//!   pairs whose two nodes both matched a unit. Pairs touching an unmatched
//!   node are counted apart: gold says nothing about them.

use super::matching::{max_matching, Candidate};
use super::{Attachment, Classing, GoldFormat, GoldText};
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// Index of "none" in the confusion table (after the five kinds).
pub const NONE: usize = 5;

/// The row/column of a kind in [`Counts::confusion`].
pub fn slot(kind: NodeKind) -> usize {
    NodeKind::ALL
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(NONE)
}

/// Relation counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RelationCounts {
    /// Gold relations (a repeated one, same ends, counts once).
    pub gold: usize,
    /// Gold relations matched to a predicted pair (true positives).
    pub found: usize,
    /// Gold relations whose ends matched two nodes, with no predicted pair left for them.
    pub missed: usize,
    /// Gold relations with an end matched to no node (or both ends to one).
    pub unaligned: usize,
    /// Found relations whose pair carries an edge of the gold type.
    pub typed: usize,
    /// Distinct predicted pairs whose two nodes both matched a unit: the
    /// denominator of precision.
    pub predicted: usize,
    /// Distinct predicted pairs with a node that matched no unit (not scored).
    pub loose: usize,
}

/// What was left out of the counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SkippedCounts {
    /// Implicit gold units.
    pub implicit_units: usize,
    /// Gold relations with an implicit end.
    pub implicit_relations: usize,
    /// Texts whose central claim is implicit.
    pub implicit_central: usize,
    /// Nodes over an implicit unit's text.
    pub implicit_nodes: usize,
    /// Nodes on a second occurrence of a matched discontinuous unit.
    pub repeat_nodes: usize,
}

/// Counts that add up over texts (micro-averaging).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Texts counted.
    pub texts: usize,
    /// Gold units scored.
    pub gold_units: usize,
    /// Predicted nodes, scored or not.
    pub nodes: usize,
    /// Rows gold class, columns predicted class, by [`slot`]: matched pairs;
    /// row [`NONE`] counts unmatched nodes, column [`NONE`] unmatched units.
    pub confusion: [[usize; 6]; 6],
    /// Relation counts.
    pub relations: RelationCounts,
    /// Texts whose gold names an explicit central claim.
    pub central_texts: usize,
    /// Of those, texts where a central claim unit matched a node scored as thesis.
    pub central_found: usize,
    /// Brat claims that attack the major claim (stance Against): the
    /// opposing views an essay gives, which brat's classes count as claims.
    pub opposing_gold: usize,
    /// Of those, the ones matched to a node of kind objection.
    pub opposing_typed: usize,
    /// What was left out.
    pub skipped: SkippedCounts,
}

/// Precision, recall and F1; `None` where undefined.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Correct predictions over predictions (`None` with no prediction).
    pub precision: Option<f64>,
    /// Found gold over gold (`None` with no gold).
    pub recall: Option<f64>,
    /// Harmonic mean; an undefined side counts as 0; `None` when both are.
    pub f1: Option<f64>,
}

/// `n / d`, or `None` when `d` is 0.
pub fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

impl Prf {
    /// From `tp` true positives among `predicted` predictions and `gold` gold items.
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Prf {
        let precision = ratio(tp, predicted);
        let recall = ratio(tp, gold);
        let f1 = if precision.is_none() && recall.is_none() {
            None
        } else {
            let (p, r) = (precision.unwrap_or(0.0), recall.unwrap_or(0.0));
            Some(if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            })
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

impl Counts {
    /// Add another text's (or set's) counts.
    pub fn add(&mut self, other: &Counts) {
        self.texts += other.texts;
        self.gold_units += other.gold_units;
        self.nodes += other.nodes;
        for r in 0..6 {
            for c in 0..6 {
                self.confusion[r][c] += other.confusion[r][c];
            }
        }
        let (a, b) = (&mut self.relations, &other.relations);
        a.gold += b.gold;
        a.found += b.found;
        a.missed += b.missed;
        a.unaligned += b.unaligned;
        a.typed += b.typed;
        a.predicted += b.predicted;
        a.loose += b.loose;
        let (a, b) = (&mut self.skipped, &other.skipped);
        a.implicit_units += b.implicit_units;
        a.implicit_relations += b.implicit_relations;
        a.implicit_central += b.implicit_central;
        a.implicit_nodes += b.implicit_nodes;
        a.repeat_nodes += b.repeat_nodes;
        self.central_texts += other.central_texts;
        self.central_found += other.central_found;
        self.opposing_gold += other.opposing_gold;
        self.opposing_typed += other.opposing_typed;
    }

    /// Gold units of a class: its confusion row.
    pub fn gold(&self, class: NodeKind) -> usize {
        self.confusion[slot(class)].iter().sum()
    }

    /// Scored nodes of a class: its confusion column.
    pub fn predicted(&self, class: NodeKind) -> usize {
        self.confusion.iter().map(|row| row[slot(class)]).sum()
    }

    /// True positives of a class: its diagonal cell.
    pub fn tp(&self, class: NodeKind) -> usize {
        self.confusion[slot(class)][slot(class)]
    }

    /// Precision, recall and F1 of a class.
    pub fn role(&self, class: NodeKind) -> Prf {
        Prf::new(self.tp(class), self.predicted(class), self.gold(class))
    }

    /// Mean F1 over `classes`, skipping classes where it is undefined.
    pub fn macro_f1(&self, classes: &[NodeKind]) -> Option<f64> {
        let f1s: Vec<f64> = classes.iter().filter_map(|&c| self.role(c).f1).collect();
        (!f1s.is_empty()).then(|| f1s.iter().sum::<f64>() / f1s.len() as f64)
    }

    /// Nodes in the confusion table (all but those not scored).
    pub fn scored_nodes(&self) -> usize {
        (0..6)
            .map(|r| (0..5).map(|c| self.confusion[r][c]).sum::<usize>())
            .sum()
    }

    /// Gold units matched to a node of their own class.
    pub fn roles_right(&self) -> usize {
        (0..5).map(|k| self.confusion[k][k]).sum()
    }

    /// Attachment precision, recall and F1.
    pub fn attachment(&self) -> Prf {
        let r = &self.relations;
        Prf::new(r.found, r.predicted, r.gold)
    }

    /// Share of found gold relations whose predicted pair has the gold type.
    pub fn edge_type_agreement(&self) -> Option<f64> {
        ratio(self.relations.typed, self.relations.found)
    }

    /// Share of texts whose central claim argmap's thesis matched.
    pub fn central_ratio(&self) -> Option<f64> {
        ratio(self.central_found, self.central_texts)
    }

    /// Share of the gold's opposing views that argmap typed objection.
    pub fn opposing_ratio(&self) -> Option<f64> {
        ratio(self.opposing_typed, self.opposing_gold)
    }
}

/// How one gold unit fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitOutcome {
    /// Its gold id.
    pub id: String,
    /// Its gold class.
    pub gold: NodeKind,
    /// The id of the node it matched, if any.
    pub node: Option<String>,
    /// The class that node was scored as.
    pub predicted: Option<NodeKind>,
}

/// How one gold relation fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationStatus {
    /// Matched to a predicted pair.
    Found,
    /// Its ends matched two nodes, but no predicted pair was left for it.
    Missed,
    /// An end matched no node, or both ends matched one.
    Unaligned,
    /// The same ends as an earlier gold relation: counted once, there.
    Repeated,
}

impl RelationStatus {
    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            RelationStatus::Found => "found",
            RelationStatus::Missed => "missed",
            RelationStatus::Unaligned => "unaligned",
            RelationStatus::Repeated => "repeated",
        }
    }
}

/// How one gold relation fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationOutcome {
    /// Gold id of the premise.
    pub from: String,
    /// Gold ids of what it bears on.
    pub to: Vec<String>,
    /// Gold type.
    pub kind: EdgeKind,
    /// Whether it was found.
    pub status: RelationStatus,
}

/// The score of one text.
#[derive(Debug, Clone)]
pub struct TextScore {
    /// The text's path.
    pub name: String,
    /// The text's id (its file name without the ending).
    pub id: String,
    /// The gold format.
    pub format: GoldFormat,
    /// How its classes were read.
    pub classing: Classing,
    /// Its counts (strict overlap).
    pub counts: Counts,
    /// Its counts with lenient overlap.
    pub lenient: Counts,
    /// Each gold unit's outcome, in gold order.
    pub units: Vec<UnitOutcome>,
    /// Each gold relation's outcome, in gold order.
    pub relations: Vec<RelationOutcome>,
}

/// Bytes shared by two ranges.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// How much a unit and a node must share to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    /// Half of the node and half of (a range of) the unit: the headline counting.
    Strict,
    /// Half of (a range of) the unit, however long the node: shown beside
    /// the strict scores, as the old counting's side.
    Lenient,
}

/// The bytes a unit (its ranges) and a node share, if they may match: the
/// node holds at least half of one of the unit's ranges and, when strict,
/// the shared bytes are at least half of the node.
pub fn shared(unit: &[Range<usize>], node: &Range<usize>, overlap_rule: Overlap) -> Option<usize> {
    let covered: usize = unit.iter().map(|s| overlap(s, node)).sum();
    let holds_a_range = unit
        .iter()
        .any(|s| !s.is_empty() && overlap(s, node) * 2 >= s.len());
    let half_of_node = overlap_rule == Overlap::Lenient || covered * 2 >= node.len();
    (covered > 0 && half_of_node && holds_a_range).then_some(covered)
}

/// For each unit (its ranges), the node it is matched to: a maximum
/// one-to-one matching over the pairs that may match, most shared bytes
/// among equals.
pub fn align(
    units: &[Vec<Range<usize>>],
    nodes: &[Range<usize>],
    overlap_rule: Overlap,
) -> Vec<Option<usize>> {
    max_matching(
        units.len(),
        nodes.len(),
        &candidates(units, nodes, overlap_rule),
    )
}

/// Every (unit, node, shared bytes) that may match.
fn candidates(
    units: &[Vec<Range<usize>>],
    nodes: &[Range<usize>],
    overlap_rule: Overlap,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for (n, node) in nodes.iter().enumerate() {
            if let Some(bytes) = shared(unit, node, overlap_rule) {
                out.push((u, n, bytes as u64));
            }
        }
    }
    out
}

/// A discontinuous unit (a central claim opened and restated at the close)
/// is one unit stated twice: either occurrence is it. The matching picks the
/// occurrence with more shared bytes; when that node's class is wrong and a
/// free node over another occurrence has the unit's class, the unit is that
/// node's. Without this, a thesis found on the restatement scored as a miss
/// and a false positive (the first statement typed otherwise).
fn prefer_the_occurrence_of_its_class(
    node_of: &mut [Option<usize>],
    candidates: &[Candidate],
    gold: &GoldText,
    classes: &[NodeKind],
    predicted: &[NodeKind],
) {
    for (u, unit) in gold.units.iter().enumerate() {
        let Some(n) = node_of[u] else { continue };
        if unit.spans.len() < 2 || predicted[n] == classes[u] {
            continue;
        }
        let taken = |m: usize| node_of.contains(&Some(m));
        let better = candidates
            .iter()
            .filter(|&&(cu, m, _)| cu == u && m != n && predicted[m] == classes[u])
            .map(|&(_, m, _)| m)
            .find(|&m| !taken(m));
        if let Some(m) = better {
            node_of[u] = Some(m);
        }
    }
}

/// An unordered pair.
fn pair(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// Score argmap's `map` of a text against its gold: strict overlap, with
/// the lenient counts beside.
pub fn score(gold: &GoldText, map: &DocumentMap) -> TextScore {
    score_classed(gold, map, Classing::Levels)
}

/// [`score`], with the classes read as `classing` says.
pub fn score_classed(gold: &GoldText, map: &DocumentMap, classing: Classing) -> TextScore {
    let mut s = score_with(gold, map, Overlap::Strict, classing);
    s.lenient = score_with(gold, map, Overlap::Lenient, classing).counts;
    s
}

/// Score with one overlap rule (the `lenient` counts are left empty).
pub fn score_with(
    gold: &GoldText,
    map: &DocumentMap,
    overlap_rule: Overlap,
    classing: Classing,
) -> TextScore {
    let format = gold.format;
    let nodes = map.nodes();
    let node_spans: Vec<Range<usize>> = nodes.iter().map(|n| n.span.range()).collect();
    let unit_spans: Vec<Vec<Range<usize>>> = gold.units.iter().map(|u| u.spans.clone()).collect();
    // One class function for both sides.
    let predicted: Vec<NodeKind> = nodes
        .iter()
        .zip(Attachment::of_nodes(map))
        .map(|(n, at)| format.class_in(n.kind, at, classing))
        .collect();
    let classes: Vec<NodeKind> = gold
        .units
        .iter()
        .zip(Attachment::of_units(gold))
        .map(|(u, at)| format.class_in(u.class, at, classing))
        .collect();

    let candidates = candidates(&unit_spans, &node_spans, overlap_rule);
    let mut node_of = max_matching(unit_spans.len(), node_spans.len(), &candidates);
    prefer_the_occurrence_of_its_class(&mut node_of, &candidates, gold, &classes, &predicted);
    let mut unit_of: Vec<Option<usize>> = vec![None; nodes.len()];
    for (u, n) in node_of.iter().enumerate() {
        if let Some(n) = *n {
            unit_of[n] = Some(u);
        }
    }
    let mut counts = Counts {
        texts: 1,
        gold_units: gold.units.len(),
        nodes: nodes.len(),
        ..Counts::default()
    };
    counts.skipped.implicit_units = gold.skipped.implicit_units;
    counts.skipped.implicit_relations = gold.skipped.implicit_relations;
    counts.skipped.implicit_central = usize::from(gold.skipped.implicit_central);

    // Nodes not scored: over implicit text, or a second occurrence of a
    // discontinuous unit matched elsewhere.
    let mut scored = vec![true; nodes.len()];
    for (n, span) in node_spans.iter().enumerate() {
        if unit_of[n].is_some() {
            continue;
        }
        let implicit: usize = gold
            .skipped
            .implicit_spans
            .iter()
            .map(|s| overlap(s, span))
            .sum();
        if implicit > 0 && implicit * 2 >= span.len() {
            scored[n] = false;
            counts.skipped.implicit_nodes += 1;
        } else if candidates
            .iter()
            .any(|&(u, m, _)| m == n && node_of[u].is_some() && gold.units[u].spans.len() > 1)
        {
            scored[n] = false;
            counts.skipped.repeat_nodes += 1;
        }
    }

    let mut units = Vec::with_capacity(gold.units.len());
    for (u, unit) in gold.units.iter().enumerate() {
        let node = node_of[u];
        let column = node.map_or(NONE, |n| slot(predicted[n]));
        counts.confusion[slot(classes[u])][column] += 1;
        units.push(UnitOutcome {
            id: unit.id.clone(),
            gold: classes[u],
            node: node.map(|n| nodes[n].id.clone()),
            predicted: node.map(|n| predicted[n]),
        });
    }
    for (n, &class) in predicted.iter().enumerate() {
        if scored[n] && unit_of[n].is_none() {
            counts.confusion[NONE][slot(class)] += 1;
        }
    }

    // Predicted pairs, with the edge types on each. A restatement is an
    // occurrence of the thesis, scored as a unit; as a relation it is neither
    // support nor attack (gold skips it too: see contract.rs).
    let mut pairs: BTreeMap<(usize, usize), Vec<EdgeKind>> = BTreeMap::new();
    for e in map.edges().iter().filter(|e| e.kind != EdgeKind::Restates) {
        pairs
            .entry(pair(e.from.get(), e.to.get()))
            .or_default()
            .push(e.kind);
    }
    let mut scored_pairs: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in pairs.keys() {
        if unit_of[a].is_some() && unit_of[b].is_some() {
            scored_pairs.push((a, b));
        } else {
            counts.relations.loose += 1;
        }
    }
    let pair_index: HashMap<(usize, usize), usize> = scored_pairs
        .iter()
        .enumerate()
        .map(|(i, &p)| (p, i))
        .collect();

    // Gold relations, a repeated one (same ends) counted once.
    let mut seen: HashMap<(usize, Vec<usize>), ()> = HashMap::new();
    let mut relations: Vec<RelationOutcome> = Vec::with_capacity(gold.relations.len());
    let mut distinct: Vec<usize> = Vec::new();
    let mut relation_candidates: Vec<Candidate> = Vec::new();
    for (i, r) in gold.relations.iter().enumerate() {
        let key = match r.to[..] {
            [t] => {
                let (a, b) = pair(r.from, t);
                (a, vec![b])
            }
            _ => (r.from, r.to.clone()),
        };
        let repeated = seen.insert(key, ()).is_some();
        relations.push(RelationOutcome {
            from: gold.units[r.from].id.clone(),
            to: r.to.iter().map(|&t| gold.units[t].id.clone()).collect(),
            kind: r.kind,
            status: if repeated {
                RelationStatus::Repeated
            } else {
                RelationStatus::Unaligned
            },
        });
        if repeated {
            continue;
        }
        let row = distinct.len();
        distinct.push(i);
        for &t in &r.to {
            let (Some(a), Some(b)) = (node_of[r.from], node_of[t]) else {
                continue;
            };
            if a == b {
                continue;
            }
            if relations[i].status == RelationStatus::Unaligned {
                relations[i].status = RelationStatus::Missed;
            }
            if let Some(&p) = pair_index.get(&pair(a, b)) {
                let typed = pairs[&pair(a, b)].contains(&r.kind);
                relation_candidates.push((row, p, u64::from(typed)));
            }
        }
    }
    let matched = max_matching(distinct.len(), scored_pairs.len(), &relation_candidates);
    counts.relations.gold = distinct.len();
    counts.relations.predicted = scored_pairs.len();
    for (row, &i) in distinct.iter().enumerate() {
        match matched[row] {
            Some(p) => {
                relations[i].status = RelationStatus::Found;
                counts.relations.found += 1;
                if pairs[&scored_pairs[p]].contains(&gold.relations[i].kind) {
                    counts.relations.typed += 1;
                }
            }
            None if relations[i].status == RelationStatus::Missed => {
                counts.relations.missed += 1;
            }
            None => counts.relations.unaligned += 1,
        }
    }

    if !gold.central.is_empty() {
        counts.central_texts = 1;
        let found = gold
            .central
            .iter()
            .any(|&c| node_of[c].is_some_and(|n| predicted[n] == NodeKind::Thesis));
        counts.central_found = usize::from(found);
    }
    if format == GoldFormat::Brat {
        // A claim that attacks a major claim gives the other side's view;
        // an objection node is argmap saying so, a claim node reads it as
        // the author's (the op-eds' commonest error, issue #15 case 7).
        // Each claim once, however many relations say it attacks (a stance
        // and an explicit attack, or two major claims).
        let opposing: std::collections::BTreeSet<usize> = gold
            .relations
            .iter()
            .filter(|r| r.kind == EdgeKind::Attacks && gold.units[r.from].class == NodeKind::Claim)
            .filter(|r| {
                r.to.iter()
                    .any(|&t| gold.units[t].class == NodeKind::Thesis)
            })
            .map(|r| r.from)
            .collect();
        for u in opposing {
            counts.opposing_gold += 1;
            let typed = node_of[u].is_some_and(|n| nodes[n].kind == NodeKind::Objection);
            counts.opposing_typed += usize::from(typed);
        }
    }

    TextScore {
        name: gold.name(),
        id: gold.id(),
        format,
        classing,
        counts,
        lenient: Counts::default(),
        units,
        relations,
    }
}

#[cfg(test)]
// A unit's spans, or the implicit spans: one range is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::eval::{GoldRelation, GoldUnit, Skipped};
    use crate::graph::tests::node;
    use crate::graph::{MapBuilder, Node};
    use std::path::PathBuf;
    use NodeKind::*;

    /// A node of `kind` over `span`.
    fn at(kind: NodeKind, span: Range<usize>) -> Node {
        let mut n = node(kind, "x");
        n.span.start = span.start;
        n.span.end = span.end;
        n
    }

    fn unit(id: &str, class: NodeKind, span: Range<usize>) -> GoldUnit {
        GoldUnit::new(id, class, span)
    }

    fn rel(from: usize, to: usize, kind: EdgeKind) -> GoldRelation {
        GoldRelation {
            from,
            to: vec![to],
            kind,
        }
    }

    fn text(format: GoldFormat, units: Vec<GoldUnit>, relations: Vec<GoldRelation>) -> GoldText {
        let central = (0..units.len())
            .filter(|&u| units[u].class == Thesis)
            .collect();
        GoldText {
            format,
            gold_path: PathBuf::from("t.ann"),
            text_path: PathBuf::from("t.txt"),
            text: "x".repeat(100),
            units,
            relations,
            central,
            skipped: Skipped::default(),
        }
    }

    /// Three gold units over 0..10, 10..20, 20..30: a thesis, a claim
    /// supporting it and evidence supporting the claim.
    fn gold() -> GoldText {
        text(
            GoldFormat::Brat,
            vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Evidence, 20..30),
            ],
            vec![rel(1, 0, EdgeKind::Supports), rel(2, 1, EdgeKind::Supports)],
        )
    }

    fn map(nodes: Vec<Node>, edges: &[(usize, usize, EdgeKind)]) -> DocumentMap {
        let mut b = MapBuilder::new("t.txt");
        for n in nodes {
            b.node(n);
        }
        for &(f, t, k) in edges {
            b.edge(f, t, k).unwrap();
        }
        b.build()
    }

    /// (precision, recall, f1) of a class.
    fn prf(c: &Counts, class: NodeKind) -> (Option<f64>, Option<f64>, Option<f64>) {
        let p = c.role(class);
        (p.precision, p.recall, p.f1)
    }

    #[test]
    fn opposing_views_count_brat_claims_against_the_major_claim_typed_objection() {
        // T2 argues against the major claim; T3 is a premise attacking T2
        // (the author's answer), which is no opposing view.
        let g = text(
            GoldFormat::Brat,
            vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Evidence, 20..30),
            ],
            vec![rel(1, 0, EdgeKind::Attacks), rel(2, 1, EdgeKind::Attacks)],
        );
        let nodes =
            |view: NodeKind| vec![at(Thesis, 0..10), at(view, 10..20), at(Objection, 20..30)];
        let edges = [(1, 0, EdgeKind::Attacks), (2, 1, EdgeKind::Attacks)];
        let typed = score(&g, &map(nodes(Objection), &edges)).counts;
        assert_eq!((typed.opposing_typed, typed.opposing_gold), (1, 1));
        // A claim that two relations say attacks the major claim is one view.
        let mut twice = g.clone();
        twice.relations.push(rel(1, 0, EdgeKind::Attacks));
        let c = score(&twice, &map(nodes(Objection), &edges)).counts;
        assert_eq!((c.opposing_typed, c.opposing_gold), (1, 1));
        let misread = score(&g, &map(nodes(Claim), &edges)).counts;
        assert_eq!((misread.opposing_typed, misread.opposing_gold), (0, 1));
        assert_eq!(misread.opposing_ratio(), Some(0.0));
        // Other formats' objections are a class of their own.
        let mut micro = g.clone();
        micro.format = GoldFormat::Microtext;
        let c = score(&micro, &map(nodes(Objection), &edges)).counts;
        assert_eq!(c.opposing_gold, 0);
    }

    #[test]
    fn overlap_must_hold_half_of_the_unit_and_half_of_the_node() {
        let one = |s: Range<usize>| vec![s];
        let strict = |u: &[Range<usize>], n: Range<usize>| shared(u, &n, Overlap::Strict);
        let lenient = |u: &[Range<usize>], n: Range<usize>| shared(u, &n, Overlap::Lenient);
        // Exactly half either way is enough.
        assert_eq!(strict(&one(0..8), 4..12), Some(4));
        assert_eq!(strict(&one(0..10), 0..20), Some(10));
        assert_eq!(strict(&one(0..20), 0..10), Some(10));
        // Less than half of the node, or of the unit, is not.
        assert_eq!(strict(&one(0..10), 0..21), None);
        assert_eq!(strict(&one(0..21), 0..10), None);
        assert_eq!(strict(&one(0..10), 10..20), None);
        assert_eq!(strict(&one(5..5), 0..10), None);
        // Lenient asks only for half of the unit.
        assert_eq!(lenient(&one(0..10), 0..21), Some(10));
        assert_eq!(lenient(&one(0..21), 0..10), None);
        // A discontinuous unit matches on either range, not on its hull.
        let both = vec![0..10, 40..50];
        assert_eq!(strict(&both, 0..10), Some(10));
        assert_eq!(strict(&both, 40..50), Some(10));
        assert_eq!(strict(&both, 0..50), None);
    }

    #[test]
    fn alignment_is_one_to_one() {
        // Units 0..10 and 10..20 each hold exactly half of node 0..20: only
        // one may have it. Unit 20..30 takes node 20..32 (10 of 12 bytes).
        let units = vec![vec![0..10], vec![10..20], vec![20..30]];
        let nodes = vec![0..20, 20..32];
        let m = align(&units, &nodes, Overlap::Strict);
        assert_eq!(m.iter().flatten().count(), 2);
        assert_eq!(m[2], Some(1));
        assert!(m[0] == Some(0) || m[1] == Some(0));
    }

    #[test]
    fn a_perfect_prediction_scores_one() {
        let m = map(
            vec![at(Thesis, 0..10), at(Claim, 10..20), at(Evidence, 20..30)],
            &[(1, 0, EdgeKind::Supports), (2, 1, EdgeKind::Supports)],
        );
        let s = score(&gold(), &m);
        for class in [Thesis, Claim, Evidence] {
            assert_eq!(prf(&s.counts, class), (Some(1.0), Some(1.0), Some(1.0)));
        }
        assert_eq!(s.counts.macro_f1(&[Thesis, Claim, Evidence]), Some(1.0));
        assert_eq!(s.counts.attachment().f1, Some(1.0));
        assert_eq!(s.counts.edge_type_agreement(), Some(1.0));
        assert_eq!(s.counts.central_ratio(), Some(1.0));
    }

    #[test]
    fn the_gold_as_a_map_scores_one() {
        let g = gold();
        let c = score(&g, &g.as_map()).counts;
        assert_eq!(c.macro_f1(&[Thesis, Claim, Evidence]), Some(1.0));
        assert_eq!(c.attachment().f1, Some(1.0));
        assert_eq!(c.central_ratio(), Some(1.0));
    }

    #[test]
    fn an_empty_prediction_recalls_nothing() {
        let s = score(&gold(), &map(Vec::new(), &[]));
        for class in [Thesis, Claim, Evidence] {
            assert_eq!(prf(&s.counts, class), (None, Some(0.0), Some(0.0)));
        }
        assert_eq!(s.counts.confusion[slot(Claim)][NONE], 1);
        assert_eq!(s.counts.attachment().recall, Some(0.0));
        assert_eq!(s.counts.central_ratio(), Some(0.0));
        assert!(s
            .relations
            .iter()
            .all(|r| r.status == RelationStatus::Unaligned));
    }

    #[test]
    fn a_split_sentence_matches_its_larger_unit_only() {
        // Gold splits the sentence 0..30 into a claim 0..12 and evidence
        // 12..30; argmap has one evidence node over all of it. The evidence
        // unit (18 bytes, over half of the node's 30) matches; the claim
        // (12 bytes) does not.
        let g = text(
            GoldFormat::Brat,
            vec![unit("T1", Claim, 0..12), unit("T2", Evidence, 12..30)],
            vec![rel(1, 0, EdgeKind::Supports)],
        );
        let c = score(&g, &map(vec![at(Evidence, 0..30)], &[])).counts;
        assert_eq!(prf(&c, Evidence), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(prf(&c, Claim), (None, Some(0.0), Some(0.0)));
        assert_eq!(c.confusion[slot(Claim)][NONE], 1);
        assert_eq!(c.confusion[NONE][slot(Evidence)], 0);
        // The relation joins two units of one node: it cannot be found.
        assert_eq!((c.relations.gold, c.relations.unaligned), (1, 1));
        assert_eq!(c.attachment().recall, Some(0.0));
    }

    #[test]
    fn a_long_node_over_a_short_unit_is_a_miss_and_a_false_positive() {
        // Thesis unit 0..10 inside a thesis node 0..40: 10 bytes are a
        // quarter of the node.
        let g = text(GoldFormat::Brat, vec![unit("T1", Thesis, 0..10)], vec![]);
        let s = score(&g, &map(vec![at(Thesis, 0..40)], &[]));
        let c = &s.counts;
        assert_eq!(prf(c, Thesis), (Some(0.0), Some(0.0), Some(0.0)));
        assert_eq!(c.confusion[slot(Thesis)][NONE], 1);
        assert_eq!(c.confusion[NONE][slot(Thesis)], 1);
        assert_eq!(c.central_ratio(), Some(0.0));
        // Lenient overlap, shown beside, takes it.
        assert_eq!(prf(&s.lenient, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(s.lenient.central_ratio(), Some(1.0));
    }

    #[test]
    fn precision_and_recall_come_from_one_table() {
        // Nodes: thesis over T1; a claim over T2; a claim over T3 (evidence);
        // a recommendation (a claim for brat) over no unit.
        let m = map(
            vec![
                at(Thesis, 0..10),
                at(Claim, 10..20),
                at(Claim, 20..30),
                at(Recommendation, 40..50),
            ],
            &[(1, 0, EdgeKind::Attacks), (3, 0, EdgeKind::Supports)],
        );
        let c = score(&gold(), &m).counts;
        // Claim column: T2 (tp), T3 (evidence read as claim), the unmatched
        // recommendation: precision 1/3; the claim row: recall 1/1; F1 0.5.
        assert_eq!(c.predicted(Claim), 3);
        assert_eq!(c.tp(Claim), 1);
        let claim = c.role(Claim);
        assert_eq!(
            (claim.precision, claim.recall),
            (Some(1.0 / 3.0), Some(1.0))
        );
        assert!((claim.f1.unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(prf(&c, Evidence), (None, Some(0.0), Some(0.0)));
        assert_eq!(prf(&c, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        // Macro-F1 over thesis/claim/evidence: (1 + 0.5 + 0) / 3.
        let macro_f1 = c.macro_f1(&[Thesis, Claim, Evidence]).unwrap();
        assert!((macro_f1 - 0.5).abs() < 1e-12);
        assert_eq!(c.confusion[slot(Evidence)][slot(Claim)], 1);
        assert_eq!(c.confusion[NONE][slot(Claim)], 1);
        // Relations: T2-T1 found (wrong type); T3-T2 missed (nodes 2 and 1
        // have no edge). Pair {0,1} is scored; {0,3} touches the unmatched
        // node 3 and is counted apart.
        assert_eq!(
            c.relations,
            RelationCounts {
                gold: 2,
                found: 1,
                missed: 1,
                unaligned: 0,
                typed: 0,
                predicted: 1,
                loose: 1,
            }
        );
        let att = c.attachment();
        assert_eq!((att.precision, att.recall), (Some(1.0), Some(0.5)));
        assert_eq!(c.edge_type_agreement(), Some(0.0));
        // Adding counts micro-averages.
        let mut total = c.clone();
        total.add(&score(&gold(), &map(Vec::new(), &[])).counts);
        assert_eq!(total.texts, 2);
        assert_eq!(total.role(Claim).recall, Some(0.5));
        assert_eq!(total.central_ratio(), Some(0.5));
    }

    #[test]
    fn two_relations_never_share_one_predicted_pair() {
        // Two claims 10..20 and 20..30 both support the thesis; argmap has
        // one claim node over both (each holds exactly half of it), with one
        // edge to the thesis. Only one claim matches that node, so one
        // relation is found and the other is unaligned.
        let g = text(
            GoldFormat::Brat,
            vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Claim, 20..30),
            ],
            vec![rel(1, 0, EdgeKind::Supports), rel(2, 0, EdgeKind::Supports)],
        );
        let m = map(
            vec![at(Thesis, 0..10), at(Claim, 10..30)],
            &[(1, 0, EdgeKind::Supports)],
        );
        let c = score(&g, &m).counts;
        assert_eq!((c.relations.found, c.relations.unaligned), (1, 1));
        let att = c.attachment();
        assert_eq!((att.precision, att.recall), (Some(1.0), Some(0.5)));

        // A stance toward both major claims and a relation to the first:
        // one predicted pair (claim, first major claim) serves one of them.
        let mut g = text(
            GoldFormat::Brat,
            vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Thesis, 20..30),
            ],
            vec![rel(1, 0, EdgeKind::Supports)],
        );
        g.relations.push(GoldRelation {
            from: 1,
            to: vec![0, 2],
            kind: EdgeKind::Supports,
        });
        let nodes = || vec![at(Thesis, 0..10), at(Claim, 10..20), at(Thesis, 20..30)];
        let c = score(&g, &map(nodes(), &[(1, 0, EdgeKind::Supports)])).counts;
        assert_eq!(
            (c.relations.gold, c.relations.found, c.relations.missed),
            (2, 1, 1)
        );
        // With an edge to the other major claim as well, both are found.
        let both = [(1, 0, EdgeKind::Supports), (1, 2, EdgeKind::Supports)];
        let c = score(&g, &map(nodes(), &both)).counts;
        assert_eq!((c.relations.found, c.relations.predicted), (2, 2));
    }

    #[test]
    fn a_repeated_gold_relation_counts_once() {
        let mut g = gold();
        g.relations.push(rel(0, 1, EdgeKind::Attacks));
        let s = score(&g, &g.as_map());
        assert_eq!(s.counts.relations.gold, 2);
        assert_eq!(s.relations[2].status, RelationStatus::Repeated);
        assert_eq!(s.counts.attachment().f1, Some(1.0));
    }

    #[test]
    fn implicit_units_and_the_nodes_over_them_are_not_scored() {
        // The reader skipped an implicit central claim written at 60..80 and
        // its one relation; argmap made a thesis node of that text.
        let mut g = text(
            GoldFormat::Microtext,
            vec![unit("a1", Evidence, 0..10), unit("a2", Evidence, 10..20)],
            vec![rel(1, 0, EdgeKind::Supports)],
        );
        g.skipped = Skipped {
            implicit_units: 1,
            implicit_relations: 1,
            implicit_central: true,
            implicit_spans: Vec::from([60..80]),
        };
        let m = map(
            vec![
                at(Evidence, 0..10),
                at(Evidence, 10..20),
                at(Thesis, 58..80),
            ],
            &[(1, 0, EdgeKind::Supports), (0, 2, EdgeKind::Supports)],
        );
        let c = score(&g, &m).counts;
        assert_eq!(c.skipped.implicit_units, 1);
        assert_eq!(c.skipped.implicit_relations, 1);
        assert_eq!(c.skipped.implicit_central, 1);
        assert_eq!(c.skipped.implicit_nodes, 1);
        // The thesis node is no false positive: thesis precision undefined.
        assert_eq!(prf(&c, Thesis), (None, None, None));
        assert_eq!(prf(&c, Evidence), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(c.scored_nodes(), 2);
        assert_eq!(c.central_texts, 0);
        // Its edge touches an unmatched node: counted apart.
        assert_eq!((c.relations.predicted, c.relations.loose), (1, 1));
        assert_eq!(c.attachment().f1, Some(1.0));
    }

    #[test]
    fn a_discontinuous_unit_matches_one_node_and_its_second_occurrence_is_not_scored() {
        // The central claim opens the text (0..10) and is restated at the end
        // (40..50); argmap has a thesis node on each, and a claim between.
        let mut g = text(GoldFormat::Microtext, vec![], vec![]);
        g.units = vec![GoldUnit {
            id: "a1".into(),
            class: Thesis,
            cues: Vec::new(),
            spans: vec![0..10, 40..50],
        }];
        g.central = vec![0];
        let nodes = vec![at(Thesis, 0..10), at(Claim, 10..40), at(Thesis, 40..50)];
        let c = score(&g, &map(nodes, &[])).counts;
        assert_eq!(prf(&c, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(c.skipped.repeat_nodes, 1);
        // The claim (evidence for microtexts) is a false positive.
        assert_eq!(c.confusion[NONE][slot(Evidence)], 1);
        assert_eq!(c.central_ratio(), Some(1.0));
        // One node over the hull shares 20 of its 50 bytes: no match.
        let c = score(&g, &map(vec![at(Thesis, 0..50)], &[])).counts;
        assert_eq!(prf(&c, Thesis), (Some(0.0), Some(0.0), Some(0.0)));
    }

    #[test]
    fn either_occurrence_of_a_discontinuous_unit_may_carry_its_class() {
        // The central claim opens the text (0..20) and is restated at the
        // end, shorter (40..50). argmap types the opening a claim and the
        // restatement the thesis: the thesis is found, on the restatement.
        let mut g = text(GoldFormat::Microtext, vec![], vec![]);
        g.units = vec![GoldUnit {
            id: "a1".into(),
            class: Thesis,
            cues: Vec::new(),
            spans: vec![0..20, 40..50],
        }];
        g.central = vec![0];
        let m = map(
            vec![at(Claim, 0..20), at(Evidence, 20..40), at(Thesis, 40..50)],
            &[],
        );
        let s = score(&g, &m);
        assert_eq!(prf(&s.counts, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(s.units[0].node.as_ref(), Some(&m.nodes()[2].id));
        assert_eq!(s.counts.skipped.repeat_nodes, 1);
        assert_eq!(s.counts.central_ratio(), Some(1.0));
        // With no thesis on either occurrence, the larger one is the match
        // and the miss counts once.
        let m = map(
            vec![at(Claim, 0..20), at(Evidence, 20..40), at(Claim, 40..50)],
            &[],
        );
        let s = score(&g, &m);
        assert_eq!(s.units[0].node.as_ref(), Some(&m.nodes()[0].id));
        assert_eq!(prf(&s.counts, Thesis).2, Some(0.0));
        assert_eq!(s.counts.central_ratio(), Some(0.0));
        assert_eq!(s.counts.skipped.repeat_nodes, 1);
    }

    #[test]
    fn a_restatement_is_thesis_on_both_sides() {
        // Two statements of the thesis, the second restating the first: both
        // are thesis units, and the restates edge is no relation to score.
        let g = text(
            GoldFormat::Json,
            vec![
                unit("thesis", Thesis, 0..10),
                unit("why", Claim, 12..18),
                unit("again", Thesis, 20..30),
            ],
            vec![rel(1, 0, EdgeKind::Supports)],
        );
        let mut predicted = g.as_map();
        let c = score(&g, &predicted).counts;
        assert_eq!(prf(&c, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        assert_eq!(c.gold(Thesis), 2);
        let mut b = crate::graph::MapBuilder::new(predicted.path.clone());
        for n in predicted.nodes() {
            b.node(n.clone());
        }
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(2, 0, EdgeKind::Restates).unwrap();
        predicted = b.build();
        let c = score(&g, &predicted).counts;
        assert_eq!(prf(&c, Thesis), (Some(1.0), Some(1.0), Some(1.0)));
        let s = score(&g, &predicted);
        assert_eq!(s.counts.attachment().precision, Some(1.0), "{s:?}");
    }

    #[test]
    fn brat_classes_are_levels_in_the_map() {
        // argmap's map: a claim under the thesis, a second claim under the
        // first, and an objection attacking that second claim. Brat gold
        // (Stab and Gurevych) calls what bears on a claim a premise.
        let g = text(
            GoldFormat::Brat,
            vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Evidence, 20..30),
                unit("T4", Evidence, 30..40),
            ],
            vec![
                rel(1, 0, EdgeKind::Supports),
                rel(2, 1, EdgeKind::Supports),
                rel(3, 2, EdgeKind::Attacks),
            ],
        );
        let m = map(
            vec![
                at(Thesis, 0..10),
                at(Claim, 10..20),
                at(Claim, 20..30),
                at(Objection, 30..40),
            ],
            &[
                (1, 0, EdgeKind::Supports),
                (2, 1, EdgeKind::Supports),
                (3, 2, EdgeKind::Attacks),
            ],
        );
        let c = score(&g, &m).counts;
        for class in [Thesis, Claim, Evidence] {
            assert_eq!(
                prf(&c, class),
                (Some(1.0), Some(1.0), Some(1.0)),
                "{class:?}"
            );
        }
        // Unattached, the kind decides: the nested claim is a claim again.
        let loose = map(
            vec![
                at(Thesis, 0..10),
                at(Claim, 10..20),
                at(Claim, 20..30),
                at(Objection, 30..40),
            ],
            &[(1, 0, EdgeKind::Supports)],
        );
        let c = score(&g, &loose).counts;
        assert_eq!(c.confusion[slot(Evidence)][slot(Claim)], 2);
        // Microtexts keep kinds: an objection under a premise is an objection.
        let mt = text(GoldFormat::Microtext, g.units.clone(), g.relations.clone());
        let c = score(&mt, &m).counts;
        assert_eq!(c.confusion[slot(Evidence)][slot(Objection)], 1);
    }
}
