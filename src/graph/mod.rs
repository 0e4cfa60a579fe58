//! Stage 3: the typed argument map: nodes, edges, ids, queries and invariants.
//!
//! No I/O happens here. A [`DocumentMap`] can only be built through
//! [`MapBuilder`], which refuses edges whose ends do not exist, so every
//! [`Edge`] points at real nodes.

pub mod contract;
mod cue;
mod ids;
mod query;

pub use cue::{Cue, CueDetail, CueKind};
pub use ids::slug_for;
pub use query::{EvidenceItem, QueryMatch};

use crate::document::{SharedText, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::hash::BuildHasher;

/// The role a sentence plays in the argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// The essay's main claim. An essay may state it more than once (in the
    /// introduction and again in the conclusion): each later statement is a
    /// thesis node too, linked to the first by a [`EdgeKind::Restates`] edge.
    Thesis,
    /// A contestable assertion that carries the thesis or another claim.
    Claim,
    /// Facts, figures, examples, precedents, quotations and citations.
    Evidence,
    /// A proposed action.
    Recommendation,
    /// A position the author sets out to answer.
    Objection,
}

impl NodeKind {
    /// All kinds, in display order.
    pub const ALL: [NodeKind; 5] = [
        NodeKind::Thesis,
        NodeKind::Claim,
        NodeKind::Evidence,
        NodeKind::Recommendation,
        NodeKind::Objection,
    ];

    /// The lowercase name used in JSON, annotations and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Thesis => "thesis",
            NodeKind::Claim => "claim",
            NodeKind::Evidence => "evidence",
            NodeKind::Recommendation => "recommendation",
            NodeKind::Objection => "objection",
        }
    }

    /// Parse a kind from its name.
    pub fn from_name(name: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// True for the kinds that make a point rather than back one up.
    pub fn is_claim_like(self) -> bool {
        matches!(self, NodeKind::Thesis | NodeKind::Claim)
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a premise bears on its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeKind {
    /// The source gives a reason to accept the target.
    Supports,
    /// The source gives a reason to reject the target.
    Attacks,
    /// The source states the target (the thesis) again in other words: both
    /// are occurrences of one main claim, and neither is a reason for the other.
    Restates,
}

impl EdgeKind {
    /// All kinds, in display order.
    pub const ALL: [EdgeKind; 3] = [EdgeKind::Supports, EdgeKind::Attacks, EdgeKind::Restates];

    /// The lowercase name used in JSON and the CLI.
    pub fn name(self) -> &'static str {
        match self {
            EdgeKind::Supports => "supports",
            EdgeKind::Attacks => "attacks",
            EdgeKind::Restates => "restates",
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a node's role came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Inferred from cues by the heuristics.
    Heuristic,
    /// Stated by the author in an annotation comment.
    Annotation,
}

impl Origin {
    /// The lowercase name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Heuristic => "heuristic",
            Origin::Annotation => "annotation",
        }
    }
}

/// Index of a node inside its [`DocumentMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeIndex(usize);

impl NodeIndex {
    /// The position of the node in [`DocumentMap::nodes`].
    pub fn get(self) -> usize {
        self.0
    }
}

/// One argumentative sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Readable id, unique in its document and stable across runs.
    pub id: String,
    /// Its role.
    pub kind: NodeKind,
    /// The exact source text of the sentence (shared with the document's).
    pub text: SharedText,
    /// Where it is in the file.
    pub span: Span,
    /// The cues that decided its role, e.g. `modal:should`.
    pub cues: Vec<Cue>,
    /// How sure the heuristics are, in [0, 1].
    pub confidence: f32,
    /// Whether the role was guessed or annotated.
    pub origin: Origin,
    /// Index of the sentence in the parsed document.
    pub sentence: usize,
}

/// A directed edge from premise to what it bears on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Edge {
    /// The premise.
    pub from: NodeIndex,
    /// What it bears on.
    pub to: NodeIndex,
    /// Support or attack.
    pub kind: EdgeKind,
}

/// The argument map of one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentMap {
    /// The document's path as given.
    pub path: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// An error in building a map: the builder refuses to make an invalid one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// An edge names a node index that does not exist.
    #[error("edge {from} -> {to} names a node that does not exist")]
    MissingNode {
        /// Source index.
        from: usize,
        /// Target index.
        to: usize,
    },
    /// An edge from a node to itself.
    #[error("node {0} cannot bear on itself")]
    SelfLoop(usize),
}

/// Builds a [`DocumentMap`], assigning ids and checking edges.
#[derive(Debug, Default)]
pub struct MapBuilder {
    path: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    /// The nodes added so far, by id.
    ids: IdIndex,
    /// Ids promised to nodes not yet added (author annotations).
    reserved: HashSet<String>,
    /// The next suffix to try for each base id found taken, keyed by the
    /// base's hash in `ids`: one hash of a new id serves both tables.
    next_suffix: hashbrown::HashTable<(String, usize)>,
}

/// Node indexes by id, without a second copy of each id: the table holds
/// indexes into the builder's nodes and hashes the id it finds there.
#[derive(Debug, Default)]
struct IdIndex {
    table: hashbrown::HashTable<usize>,
    /// A hash with a random seed: ids come from the input, which must not be
    /// able to choose colliding ones. foldhash rather than std's SipHash: a
    /// node's id is hashed at least once, and SipHash cost about 230
    /// instructions an id (1.4% of a corpus run).
    state: foldhash::fast::RandomState,
}

impl IdIndex {
    /// The hash of an id, as the table keys it.
    fn hash(&self, id: &str) -> u64 {
        self.state.hash_one(id)
    }

    /// The index of the node with this id.
    fn get(&self, nodes: &[Node], id: &str) -> Option<usize> {
        self.get_hashed(nodes, id, self.hash(id))
    }

    /// [`IdIndex::get`] for an id whose [`IdIndex::hash`] is known.
    fn get_hashed(&self, nodes: &[Node], id: &str, hash: u64) -> Option<usize> {
        self.table.find(hash, |&i| nodes[i].id == id).copied()
    }

    /// Index `nodes[index]` by its id, which no indexed node has and whose
    /// [`IdIndex::hash`] is `hash`.
    fn insert(&mut self, nodes: &[Node], index: usize, hash: u64) {
        let state = &self.state;
        self.table
            .insert_unique(hash, index, |&i| state.hash_one(nodes[i].id.as_str()));
    }
}

impl MapBuilder {
    /// Start a map for the document at `path`.
    pub fn new(path: impl Into<String>) -> MapBuilder {
        MapBuilder {
            path: path.into(),
            ..MapBuilder::default()
        }
    }

    /// Start a map that will hold about `nodes` nodes and as many edges.
    pub fn with_capacity(path: impl Into<String>, nodes: usize) -> MapBuilder {
        let mut builder = MapBuilder::new(path);
        builder.nodes.reserve(nodes);
        builder.edges.reserve(nodes);
        builder.ids.table = hashbrown::HashTable::with_capacity(nodes);
        builder
    }

    /// Keep `id` for a node added later with exactly that id, so that no
    /// generated id takes it first.
    pub fn reserve(&mut self, id: &str) {
        if self.ids.get(&self.nodes, id).is_none() {
            self.reserved.insert(id.to_string());
        }
    }

    /// Add a node; an empty `id` gets a readable slug of its text. Ids are
    /// made unique by suffixing `-2`, `-3`...
    pub fn node(&mut self, mut node: Node) -> NodeIndex {
        let index = self.nodes.len();
        let hash = if !node.id.is_empty() && self.reserved.remove(&node.id) {
            // Its own id, kept for it.
            self.ids.hash(&node.id)
        } else {
            if node.id.is_empty() {
                node.id = if node.kind == NodeKind::Thesis {
                    "thesis".to_string()
                } else {
                    slug_for(&node.text)
                };
            }
            let (id, hash) = self.unique(std::mem::take(&mut node.id));
            node.id = id;
            hash
        };
        self.nodes.push(node);
        // Hashed once: the hash that found the id free indexes it.
        self.ids.insert(&self.nodes, index, hash);
        NodeIndex(index)
    }

    /// The index of the node with this id, if one was added.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(&self.nodes, id)
    }

    /// All ids given so far.
    pub fn ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.ids.table.iter().map(|&i| self.nodes[i].id.as_str())
    }

    /// A free id from `base` (itself, or with the next free suffix), and its hash.
    fn unique(&mut self, base: String) -> (String, u64) {
        let taken = |b: &MapBuilder, id: &str, hash: u64| {
            b.ids.get_hashed(&b.nodes, id, hash).is_some() || b.reserved.contains(id)
        };
        let base_hash = self.ids.hash(&base);
        // A base with a remembered suffix is taken (ids are never given
        // back): asked first, it spares looking the base up among the ids,
        // which for a repeated sentence means reading a node far back.
        let remembered = (self.next_suffix)
            .find(base_hash, |(b, _)| *b == base)
            .map(|&(_, next)| next);
        if remembered.is_none() && !taken(self, &base, base_hash) {
            return (base, base_hash);
        }
        // Remember the last suffix per base so that many repeats stay linear.
        let mut next = remembered.unwrap_or(2);
        let (candidate, hash) = loop {
            let mut candidate = String::with_capacity(base.len() + 4);
            candidate.push_str(&base);
            candidate.push('-');
            push_number(&mut candidate, next);
            next += 1;
            let hash = self.ids.hash(&candidate);
            if !taken(self, &candidate, hash) {
                break (candidate, hash);
            }
        };
        let state = &self.ids.state;
        match (self.next_suffix).find_mut(base_hash, |(b, _)| *b == base) {
            Some(entry) => entry.1 = next,
            None => {
                (self.next_suffix)
                    .insert_unique(base_hash, (base, next), |(b, _)| state.hash_one(b.as_str()));
            }
        }
        (candidate, hash)
    }

    /// Add an edge between two existing nodes; duplicates are ignored.
    pub fn edge(&mut self, from: usize, to: usize, kind: EdgeKind) -> Result<(), GraphError> {
        if from >= self.nodes.len() || to >= self.nodes.len() {
            return Err(GraphError::MissingNode { from, to });
        }
        if from == to {
            return Err(GraphError::SelfLoop(from));
        }
        let edge = Edge {
            from: NodeIndex(from),
            to: NodeIndex(to),
            kind,
        };
        // Duplicates are dropped when the map is built, after sorting.
        self.edges.push(edge);
        Ok(())
    }

    /// The number of nodes so far.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when no node has been added.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Finish the map. Edges are put in a canonical order (by source, then
    /// target), so the same map always prints the same way however it was built.
    pub fn build(mut self) -> DocumentMap {
        // The key is the whole edge, so equal keys are equal edges and an
        // unstable sort orders them the same, without a scratch copy of
        // the edges (megabytes for a huge essay).
        self.edges.sort_unstable_by_key(|e| (e.from, e.to, e.kind));
        self.edges.dedup();
        DocumentMap {
            path: self.path,
            nodes: self.nodes,
            edges: self.edges,
        }
    }
}

/// Append the decimal digits of `n` (an id's suffix: no formatter for a
/// number of a digit or two).
fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

impl DocumentMap {
    /// The nodes in reading order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The edges, ordered by source node, then target.
    pub fn edges(&self) -> &[Edge] {
        &self.edges
    }

    /// The node at an index.
    pub fn node(&self, index: NodeIndex) -> &Node {
        &self.nodes[index.0]
    }

    /// All node indexes.
    pub fn indexes(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        (0..self.nodes.len()).map(NodeIndex)
    }

    /// The node with exactly this id.
    pub fn by_id(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.iter().position(|n| n.id == id).map(NodeIndex)
    }

    /// The thesis, if the document has one: its first statement that restates
    /// no other (a restatement may come first in a map an author annotated).
    pub fn thesis(&self) -> Option<NodeIndex> {
        let restates = |i: usize| {
            self.edges
                .iter()
                .any(|e| e.from.0 == i && e.kind == EdgeKind::Restates)
        };
        let mut theses = (0..self.nodes.len()).filter(|&i| self.nodes[i].kind == NodeKind::Thesis);
        let first = theses.clone().next()?;
        Some(NodeIndex(theses.find(|&i| !restates(i)).unwrap_or(first)))
    }

    /// Every statement of the thesis: the thesis, then the nodes that restate
    /// it, in reading order.
    pub fn thesis_statements(&self) -> Vec<NodeIndex> {
        let Some(thesis) = self.thesis() else {
            return Vec::new();
        };
        let mut all = vec![thesis];
        all.extend(
            self.edges
                .iter()
                .filter(|e| e.to == thesis && e.kind == EdgeKind::Restates)
                .map(|e| e.from),
        );
        all[1..].sort_unstable();
        all.dedup();
        all
    }

    /// Edges that end at `node` (its premises and attackers).
    pub fn incoming(&self, node: NodeIndex) -> impl Iterator<Item = &Edge> + '_ {
        self.edges.iter().filter(move |e| e.to == node)
    }

    /// Edges that start at `node` (what it bears on).
    pub fn outgoing(&self, node: NodeIndex) -> impl Iterator<Item = &Edge> + '_ {
        self.edges.iter().filter(move |e| e.from == node)
    }

    /// Count of nodes of a kind.
    pub fn count(&self, kind: NodeKind) -> usize {
        self.nodes.iter().filter(|n| n.kind == kind).count()
    }

    /// Count of edges of a kind.
    pub fn count_edges(&self, kind: EdgeKind) -> usize {
        self.edges.iter().filter(|e| e.kind == kind).count()
    }

    /// Lists of incoming and outgoing edges per node, for linear-time walks.
    pub fn adjacency(&self) -> Adjacency {
        let mut incoming = vec![Vec::new(); self.nodes.len()];
        let mut outgoing = vec![Vec::new(); self.nodes.len()];
        for (i, e) in self.edges.iter().enumerate() {
            incoming[e.to.0].push(i);
            outgoing[e.from.0].push(i);
        }
        Adjacency { incoming, outgoing }
    }
}

/// Edge indexes by node, built once per walk.
#[derive(Debug, Clone)]
pub struct Adjacency {
    /// For each node, the indexes of edges that end there.
    pub incoming: Vec<Vec<usize>>,
    /// For each node, the indexes of edges that start there.
    pub outgoing: Vec<Vec<usize>>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A node for tests, with a span that does not matter.
    pub(crate) fn node(kind: NodeKind, text: &str) -> Node {
        Node {
            id: String::new(),
            kind,
            text: SharedText::from(text),
            span: Span {
                start: 0,
                end: text.len(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: text.len() + 1,
            },
            cues: Vec::new(),
            confidence: 1.0,
            origin: Origin::Heuristic,
            sentence: 0,
        }
    }

    #[test]
    fn builder_refuses_edges_to_missing_nodes() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "We should act."));
        assert_eq!(
            b.edge(0, 1, EdgeKind::Supports),
            Err(GraphError::MissingNode { from: 0, to: 1 })
        );
        assert_eq!(
            b.edge(0, 0, EdgeKind::Supports),
            Err(GraphError::SelfLoop(0))
        );
    }

    #[test]
    fn suffixes_count_past_nine() {
        let mut b = MapBuilder::new("x.md");
        for _ in 0..12 {
            b.node(node(NodeKind::Claim, "Parks."));
        }
        let map = b.build();
        let ids: Vec<&str> = map.nodes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids[0], "parks");
        assert_eq!(ids[1], "parks-2");
        assert_eq!(ids[9], "parks-10");
        assert_eq!(ids[11], "parks-12");
        let mut s = String::new();
        for n in [0, 7, 10, 123] {
            push_number(&mut s, n);
            s.push(' ');
        }
        assert_eq!(s, "0 7 10 123 ");
    }

    #[test]
    fn reserved_ids_go_to_their_owner() {
        let mut b = MapBuilder::new("x.md");
        b.reserve("parks");
        b.node(node(NodeKind::Claim, "Parks."));
        let mut annotated = node(NodeKind::Claim, "Other.");
        annotated.id = "parks".to_string();
        b.node(annotated);
        let map = b.build();
        assert_eq!(map.nodes()[0].id, "parks-2");
        assert_eq!(map.nodes()[1].id, "parks");
    }

    #[test]
    fn ids_are_readable_and_unique() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "We should act now."));
        b.node(node(
            NodeKind::Claim,
            "Much of the city’s success lies in its parks.",
        ));
        b.node(node(
            NodeKind::Claim,
            "Much of the city’s success lies in its parks.",
        ));
        let map = b.build();
        let ids: Vec<&str> = map.nodes().iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            vec![
                "thesis",
                "city-success-lies-parks",
                "city-success-lies-parks-2"
            ]
        );
    }
}
