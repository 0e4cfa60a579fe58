//! Scoring one text: align gold units with predicted nodes by span overlap,
//! then count roles, relations and the central claim. Pure: no I/O.
//!
//! - A gold unit is matched to the node whose span overlaps it most, if that
//!   overlap covers at least half of the unit (in bytes). Several units may
//!   match one node (a sentence holding two units).
//! - Recall of class C: gold units of C whose matched node is of class C.
//!   Precision of C: predicted nodes of C that matched at least one gold unit
//!   of C.
//! - Relations are compared as unordered node pairs (attachment). A gold
//!   relation maps to the pair of its ends' nodes; one whose ends have no node
//!   or share one node cannot be found and counts as a miss. Precision is over
//!   distinct predicted pairs. Edge type agreement is the share of found gold
//!   relations whose pair carries a predicted edge of the same type.

use super::{GoldFormat, GoldText};
use crate::graph::{DocumentMap, EdgeKind, Node, NodeKind};
use std::collections::{HashMap, HashSet};
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
    /// Gold relations.
    pub gold: usize,
    /// Gold relations whose node pair was predicted.
    pub found: usize,
    /// Distinct unordered node pairs with a predicted edge.
    pub predicted: usize,
    /// Predicted pairs that are the pair of some gold relation.
    pub correct: usize,
    /// Found gold relations whose pair carries an edge of the gold type.
    pub typed: usize,
}

/// Counts that add up over texts (micro-averaging).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Texts counted.
    pub texts: usize,
    /// Gold units.
    pub gold_units: usize,
    /// Predicted nodes.
    pub nodes: usize,
    /// Rows gold class, columns predicted class, by [`slot`]; row [`NONE`]
    /// counts nodes that matched no gold unit, column [`NONE`] gold units
    /// that matched no node.
    pub confusion: [[usize; 6]; 6],
    /// Predicted nodes per class.
    pub predicted: [usize; 5],
    /// Predicted nodes per class that matched a gold unit of that class.
    pub precise: [usize; 5],
    /// Relation counts.
    pub relations: RelationCounts,
    /// Texts whose gold names a central claim.
    pub central_texts: usize,
    /// Of those, texts where a central claim unit matched argmap's thesis.
    pub central_found: usize,
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
    /// From `correct` of `predicted` predictions and `found` of `gold` gold items.
    pub fn new(correct: usize, predicted: usize, found: usize, gold: usize) -> Prf {
        let precision = ratio(correct, predicted);
        let recall = ratio(found, gold);
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
        for k in 0..5 {
            self.predicted[k] += other.predicted[k];
            self.precise[k] += other.precise[k];
        }
        let (a, b) = (&mut self.relations, &other.relations);
        a.gold += b.gold;
        a.found += b.found;
        a.predicted += b.predicted;
        a.correct += b.correct;
        a.typed += b.typed;
        self.central_texts += other.central_texts;
        self.central_found += other.central_found;
    }

    /// Gold units of a class.
    pub fn gold(&self, class: NodeKind) -> usize {
        self.confusion[slot(class)].iter().sum()
    }

    /// Predicted nodes of a class.
    pub fn predicted(&self, class: NodeKind) -> usize {
        self.predicted[slot(class)]
    }

    /// Precision, recall and F1 of a class.
    pub fn role(&self, class: NodeKind) -> Prf {
        let k = slot(class);
        Prf::new(
            self.precise[k],
            self.predicted[k],
            self.confusion[k][k],
            self.gold(class),
        )
    }

    /// Mean F1 over `classes`, skipping classes where it is undefined.
    pub fn macro_f1(&self, classes: &[NodeKind]) -> Option<f64> {
        let f1s: Vec<f64> = classes.iter().filter_map(|&c| self.role(c).f1).collect();
        (!f1s.is_empty()).then(|| f1s.iter().sum::<f64>() / f1s.len() as f64)
    }

    /// Attachment precision, recall and F1.
    pub fn attachment(&self) -> Prf {
        let r = &self.relations;
        Prf::new(r.correct, r.predicted, r.found, r.gold)
    }

    /// Share of found gold relations whose predicted edge has the gold type.
    pub fn edge_type_agreement(&self) -> Option<f64> {
        ratio(self.relations.typed, self.relations.found)
    }

    /// Share of texts whose central claim argmap's thesis matched.
    pub fn central_ratio(&self) -> Option<f64> {
        ratio(self.central_found, self.central_texts)
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
    /// A predicted edge joins its ends' nodes.
    Found,
    /// Its ends have distinct nodes, but no predicted edge joins them.
    Missed,
    /// An end has no node, or both ends share one.
    Unaligned,
}

impl RelationStatus {
    /// The lowercase name.
    pub fn name(self) -> &'static str {
        match self {
            RelationStatus::Found => "found",
            RelationStatus::Missed => "missed",
            RelationStatus::Unaligned => "unaligned",
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
    /// The gold format.
    pub format: GoldFormat,
    /// Its counts.
    pub counts: Counts,
    /// Each gold unit's outcome, in gold order.
    pub units: Vec<UnitOutcome>,
    /// Each gold relation's outcome, in gold order.
    pub relations: Vec<RelationOutcome>,
}

/// Bytes shared by two ranges.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// For each gold span, the node that overlaps it most if that covers at
/// least half of it (ties go to the earlier node).
pub fn align(spans: &[Range<usize>], nodes: &[Node]) -> Vec<Option<usize>> {
    spans
        .iter()
        .map(|span| {
            let len = span.end.saturating_sub(span.start);
            let (best, shared) = nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (i, overlap(&n.span.range(), span)))
                .fold(
                    (None, 0),
                    |(bi, bo), (i, o)| {
                        if o > bo {
                            (Some(i), o)
                        } else {
                            (bi, bo)
                        }
                    },
                );
            best.filter(|_| len > 0 && shared * 2 >= len)
        })
        .collect()
}

/// Score argmap's `map` of a text against its gold.
pub fn score(gold: &GoldText, map: &DocumentMap) -> TextScore {
    let nodes = map.nodes();
    let classes: Vec<NodeKind> = nodes
        .iter()
        .map(|n| gold.format.predicted_class(n))
        .collect();
    let spans: Vec<Range<usize>> = gold.units.iter().map(|u| u.span.clone()).collect();
    let node_of = align(&spans, nodes);
    let mut counts = Counts {
        texts: 1,
        gold_units: gold.units.len(),
        nodes: nodes.len(),
        ..Counts::default()
    };

    let mut matched = vec![false; nodes.len()];
    let mut precise = vec![false; nodes.len()];
    let mut units = Vec::with_capacity(gold.units.len());
    for (unit, &node) in gold.units.iter().zip(&node_of) {
        let column = node.map_or(NONE, |n| slot(classes[n]));
        counts.confusion[slot(unit.class)][column] += 1;
        if let Some(n) = node {
            matched[n] = true;
            precise[n] |= classes[n] == unit.class;
        }
        units.push(UnitOutcome {
            id: unit.id.clone(),
            gold: unit.class,
            node: node.map(|n| nodes[n].id.clone()),
            predicted: node.map(|n| classes[n]),
        });
    }
    for (n, &class) in classes.iter().enumerate() {
        counts.predicted[slot(class)] += 1;
        if !matched[n] {
            counts.confusion[NONE][slot(class)] += 1;
        }
        if precise[n] {
            counts.precise[slot(class)] += 1;
        }
    }

    // Relations as unordered node pairs.
    let pair = |a: usize, b: usize| (a.min(b), a.max(b));
    let mut predicted: HashMap<(usize, usize), Vec<EdgeKind>> = HashMap::new();
    // A restatement is an occurrence of the thesis, scored as a unit; as a
    // relation it is neither support nor attack (gold files skip it too).
    for e in map.edges().iter().filter(|e| e.kind != EdgeKind::Restates) {
        predicted
            .entry(pair(e.from.get(), e.to.get()))
            .or_default()
            .push(e.kind);
    }
    let mut gold_pairs: HashSet<(usize, usize)> = HashSet::new();
    let mut relations = Vec::with_capacity(gold.relations.len());
    for r in &gold.relations {
        let candidates: Vec<(usize, usize)> =
            r.to.iter()
                .filter_map(|&t| {
                    let (a, b) = (node_of[r.from]?, node_of[t]?);
                    (a != b).then(|| pair(a, b))
                })
                .collect();
        gold_pairs.extend(&candidates);
        let status = if candidates.is_empty() {
            RelationStatus::Unaligned
        } else if candidates.iter().any(|p| predicted.contains_key(p)) {
            counts.relations.found += 1;
            if candidates
                .iter()
                .any(|p| predicted.get(p).is_some_and(|k| k.contains(&r.kind)))
            {
                counts.relations.typed += 1;
            }
            RelationStatus::Found
        } else {
            RelationStatus::Missed
        };
        relations.push(RelationOutcome {
            from: gold.units[r.from].id.clone(),
            to: r.to.iter().map(|&t| gold.units[t].id.clone()).collect(),
            kind: r.kind,
            status,
        });
    }
    counts.relations.gold = gold.relations.len();
    counts.relations.predicted = predicted.len();
    counts.relations.correct = predicted.keys().filter(|p| gold_pairs.contains(p)).count();

    if !gold.central.is_empty() {
        counts.central_texts = 1;
        let found = gold
            .central
            .iter()
            .any(|&c| node_of[c].is_some_and(|n| nodes[n].kind == NodeKind::Thesis));
        counts.central_found = usize::from(found);
    }

    TextScore {
        name: gold.name(),
        format: gold.format,
        counts,
        units,
        relations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{GoldRelation, GoldUnit};
    use crate::graph::tests::node;
    use crate::graph::MapBuilder;
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
        GoldUnit {
            id: id.to_string(),
            class,
            span,
        }
    }

    fn rel(from: usize, to: usize, kind: EdgeKind) -> GoldRelation {
        GoldRelation {
            from,
            to: vec![to],
            kind,
        }
    }

    /// Three gold units over 0..10, 10..20, 20..30: a thesis, a claim
    /// supporting it and evidence supporting the claim.
    fn gold() -> GoldText {
        GoldText {
            format: GoldFormat::Brat,
            gold_path: PathBuf::from("t.ann"),
            text_path: PathBuf::from("t.txt"),
            text: "x".repeat(30),
            units: vec![
                unit("T1", Thesis, 0..10),
                unit("T2", Claim, 10..20),
                unit("T3", Evidence, 20..30),
            ],
            relations: vec![rel(1, 0, EdgeKind::Supports), rel(2, 1, EdgeKind::Supports)],
            central: vec![0],
        }
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

    #[test]
    fn alignment_needs_half_of_the_unit_and_takes_the_largest_overlap() {
        let nodes = vec![at(Claim, 0..4), at(Claim, 4..12), at(Claim, 12..30)];
        // 0..10: node 1 covers 6 bytes; 10..20: node 2 covers 8; 28..40: 2 of 12.
        assert_eq!(
            align(&[0..10, 10..20, 28..40, 5..5], &nodes),
            vec![Some(1), Some(2), None, None]
        );
        // Exactly half is enough.
        let half = 0..8;
        assert_eq!(
            align(std::slice::from_ref(&half), &[at(Claim, 4..20)]),
            vec![Some(0)]
        );
    }

    #[test]
    fn a_perfect_prediction_scores_one() {
        let m = map(
            vec![at(Thesis, 0..10), at(Claim, 10..20), at(Evidence, 20..30)],
            &[(1, 0, EdgeKind::Supports), (2, 1, EdgeKind::Supports)],
        );
        let s = score(&gold(), &m);
        for class in [Thesis, Claim, Evidence] {
            let prf = s.counts.role(class);
            assert_eq!(
                (prf.precision, prf.recall, prf.f1),
                (Some(1.0), Some(1.0), Some(1.0))
            );
        }
        assert_eq!(s.counts.macro_f1(&[Thesis, Claim, Evidence]), Some(1.0));
        assert_eq!(s.counts.attachment().f1, Some(1.0));
        assert_eq!(s.counts.edge_type_agreement(), Some(1.0));
        assert_eq!(s.counts.central_ratio(), Some(1.0));
    }

    #[test]
    fn an_empty_prediction_recalls_nothing() {
        let s = score(&gold(), &map(Vec::new(), &[]));
        for class in [Thesis, Claim, Evidence] {
            let prf = s.counts.role(class);
            assert_eq!(
                (prf.precision, prf.recall, prf.f1),
                (None, Some(0.0), Some(0.0))
            );
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
    fn hand_computed_example() {
        // Nodes: thesis over T1; one claim sentence over T2 and T3 both; an
        // extra recommendation (scored as claim for brat) over nothing gold.
        let m = map(
            vec![
                at(Thesis, 0..10),
                at(Claim, 10..30),
                at(Recommendation, 40..50),
            ],
            &[(1, 0, EdgeKind::Attacks), (2, 0, EdgeKind::Supports)],
        );
        let mut g = gold();
        g.text = "x".repeat(50);
        let s = score(&g, &m);
        let c = &s.counts;
        // Thesis: 1 of 1 predicted right, 1 of 1 gold found.
        assert_eq!(c.role(Thesis).f1, Some(1.0));
        // Claim: predicted nodes 1 and 2; node 1 matched T2 (claim) -> precision 1/2;
        // T2 found -> recall 1/1; F1 = 2 * 0.5 * 1 / 1.5 = 2/3.
        let claim = c.role(Claim);
        assert_eq!((claim.precision, claim.recall), (Some(0.5), Some(1.0)));
        assert!((claim.f1.unwrap() - 2.0 / 3.0).abs() < 1e-9);
        // Evidence: none predicted, T3 matched a claim -> P undefined, R 0, F1 0.
        let evidence = c.role(Evidence);
        assert_eq!(
            (evidence.precision, evidence.recall, evidence.f1),
            (None, Some(0.0), Some(0.0))
        );
        assert!(
            (c.macro_f1(&[Thesis, Claim, Evidence]).unwrap() - (1.0 + 2.0 / 3.0) / 3.0).abs()
                < 1e-9
        );
        assert_eq!(c.confusion[slot(Evidence)][slot(Claim)], 1);
        assert_eq!(c.confusion[NONE][slot(Claim)], 1);
        // Relations: T2-T1 found (wrong type); T3-T2 share node 1 -> unaligned miss.
        // Predicted pairs: {0,1} correct, {0,2} wrong.
        assert_eq!(
            c.relations,
            RelationCounts {
                gold: 2,
                found: 1,
                predicted: 2,
                correct: 1,
                typed: 0
            }
        );
        let att = c.attachment();
        assert_eq!((att.precision, att.recall), (Some(0.5), Some(0.5)));
        assert_eq!(c.edge_type_agreement(), Some(0.0));
        assert_eq!(s.relations[1].status, RelationStatus::Unaligned);
        // Adding counts micro-averages.
        let mut total = c.clone();
        total.add(&score(&g, &map(Vec::new(), &[])).counts);
        assert_eq!(total.texts, 2);
        assert_eq!(total.role(Claim).recall, Some(0.5));
        assert_eq!(total.central_ratio(), Some(0.5));
    }

    #[test]
    fn a_stance_relation_counts_once_toward_any_major_claim() {
        let mut g = gold();
        g.units[2].class = Thesis;
        g.central = vec![0, 2];
        g.relations = vec![GoldRelation {
            from: 1,
            to: vec![0, 2],
            kind: EdgeKind::Supports,
        }];
        let m = map(
            vec![at(Thesis, 0..10), at(Claim, 10..20), at(Claim, 20..30)],
            &[(1, 2, EdgeKind::Supports)],
        );
        let c = score(&g, &m).counts;
        assert_eq!(
            c.relations,
            RelationCounts {
                gold: 1,
                found: 1,
                predicted: 1,
                correct: 1,
                typed: 1
            }
        );
    }
}
