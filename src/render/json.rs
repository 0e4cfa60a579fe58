//! The JSON contract (schema version 1): documents, nodes and edges.
//!
//! ```json
//! {"schema_version": 1,
//!  "documents": [{"path": "essay.md"}],
//!  "nodes": [{"id", "kind", "text", "document", "span": {"start", "end", "line", "column",
//!             "end_line", "end_column"}, "cues", "confidence", "origin"}],
//!  "edges": [{"from", "to", "kind", "document"}]}
//! ```
//! `document` is the index into `documents`; ids are unique within a document.

use super::Maps;
use crate::document::Span;
use crate::graph::{DocumentMap, EdgeKind, Node, NodeKind, Origin};
use serde::Serialize;

/// The version of the JSON contract; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// One document entry.
#[derive(Debug, Serialize)]
pub struct DocumentEntry<'a> {
    /// The path as given.
    pub path: &'a str,
}

/// One node, as the contract writes it.
#[derive(Debug, Serialize)]
pub struct NodeEntry<'a> {
    /// Id, unique within its document.
    pub id: &'a str,
    /// Role name.
    pub kind: NodeKind,
    /// Exact source text.
    pub text: &'a str,
    /// Index into `documents`.
    pub document: usize,
    /// Byte span and position.
    pub span: Span,
    /// The cues that decided the role.
    pub cues: &'a [crate::graph::CueName],
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// `heuristic` or `annotation`.
    pub origin: Origin,
}

impl<'a> NodeEntry<'a> {
    /// The entry for a node of document `document`.
    pub fn new(node: &'a Node, document: usize) -> NodeEntry<'a> {
        NodeEntry {
            id: &node.id,
            kind: node.kind,
            text: &node.text,
            document,
            span: node.span,
            cues: &node.cues,
            confidence: node.confidence,
            origin: node.origin,
        }
    }
}

/// One edge, by node ids.
#[derive(Debug, Serialize)]
pub struct EdgeEntry<'a> {
    /// Premise id.
    pub from: &'a str,
    /// Target id.
    pub to: &'a str,
    /// `supports` or `attacks`.
    pub kind: EdgeKind,
    /// Index into `documents`.
    pub document: usize,
}

/// The whole map.
#[derive(Debug, Serialize)]
pub struct MapEntry<'a> {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The documents read.
    pub documents: Vec<DocumentEntry<'a>>,
    /// All nodes of all documents.
    pub nodes: Vec<NodeEntry<'a>>,
    /// All edges of all documents.
    pub edges: Vec<EdgeEntry<'a>>,
}

/// Build the contract's value for a set of maps.
pub fn map_entry(maps: &Maps) -> MapEntry<'_> {
    let mut entry = MapEntry {
        schema_version: SCHEMA_VERSION,
        documents: Vec::new(),
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    for (d, map) in maps.iter().enumerate() {
        entry.documents.push(DocumentEntry { path: &map.path });
        entry
            .nodes
            .extend(map.nodes().iter().map(|n| NodeEntry::new(n, d)));
        entry
            .edges
            .extend(map.edges().iter().map(|e| edge_entry(map, e, d)));
    }
    entry
}

fn edge_entry<'a>(map: &'a DocumentMap, e: &crate::graph::Edge, d: usize) -> EdgeEntry<'a> {
    EdgeEntry {
        from: &map.node(e.from).id,
        to: &map.node(e.to).id,
        kind: e.kind,
        document: d,
    }
}

/// Write maps as one line of compact JSON (the `jsonl` format: one line per document).
pub fn write_line(out: &mut dyn std::io::Write, maps: &Maps) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, &map_entry(maps))?;
    writeln!(out)
}

/// Write the whole map as pretty JSON.
pub fn write_map(out: &mut dyn std::io::Write, maps: &Maps) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &map_entry(maps))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    #[test]
    fn contract_fields_are_present() {
        let doc = Document::parse(
            "e.md",
            "Cities must plant trees. Trees cool streets by 3 degrees.",
            SourceFormat::Markdown,
        );
        let maps = vec![crate::extract::build_map(&doc)];
        let mut out = Vec::new();
        write_map(&mut out, &maps).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["schema_version"], 1);
        assert_eq!(v["documents"][0]["path"], "e.md");
        let node = &v["nodes"][0];
        for key in [
            "id",
            "kind",
            "text",
            "document",
            "span",
            "cues",
            "confidence",
            "origin",
        ] {
            assert!(!node[key].is_null(), "missing {key}");
        }
        assert_eq!(node["span"]["start"], 0);
        assert_eq!(node["span"]["line"], 1);
        assert_eq!(v["edges"][0]["kind"], "supports");
        assert_eq!(v["edges"][0]["to"], "thesis");
    }
}

/// A node and the tree of what bears on it, for `evidence` and `recommendations`.
#[derive(Debug, Serialize)]
pub struct TreeEntry<'a> {
    /// The root node.
    pub node: NodeEntry<'a>,
    /// What bears on it, depth-first.
    pub tree: Vec<TreeItemEntry<'a>>,
}

/// One premise in a tree.
#[derive(Debug, Serialize)]
pub struct TreeItemEntry<'a> {
    /// 1 for direct premises.
    pub depth: usize,
    /// The edge from this premise to its parent.
    pub edge: EdgeKind,
    /// The premise.
    pub node: NodeEntry<'a>,
}

/// Build a tree entry.
pub fn tree_entry<'a>(
    map: &'a DocumentMap,
    d: usize,
    root: crate::graph::NodeIndex,
    tree: &[crate::graph::EvidenceItem],
) -> TreeEntry<'a> {
    TreeEntry {
        node: NodeEntry::new(map.node(root), d),
        tree: tree
            .iter()
            .map(|i| TreeItemEntry {
                depth: i.depth,
                edge: i.edge,
                node: NodeEntry::new(map.node(i.node), d),
            })
            .collect(),
    }
}

/// One node with its neighbours, for `show`.
#[derive(Debug, Serialize)]
pub struct NodeDetail<'a> {
    /// The node.
    #[serde(flatten)]
    pub node: NodeEntry<'a>,
    /// Path of its document.
    pub path: &'a str,
    /// Ids it supports.
    pub supports: Vec<&'a str>,
    /// Ids it attacks.
    pub attacks: Vec<&'a str>,
    /// Ids that support it.
    pub supported_by: Vec<&'a str>,
    /// Ids that attack it.
    pub attacked_by: Vec<&'a str>,
}

/// Build the detail of one node.
pub fn node_detail(map: &DocumentMap, d: usize, index: crate::graph::NodeIndex) -> NodeDetail<'_> {
    let out = |k: EdgeKind| {
        map.outgoing(index)
            .filter(|e| e.kind == k)
            .map(|e| map.node(e.to).id.as_str())
            .collect()
    };
    let inc = |k: EdgeKind| {
        map.incoming(index)
            .filter(|e| e.kind == k)
            .map(|e| map.node(e.from).id.as_str())
            .collect()
    };
    NodeDetail {
        node: NodeEntry::new(map.node(index), d),
        path: &map.path,
        supports: out(EdgeKind::Supports),
        attacks: out(EdgeKind::Attacks),
        supported_by: inc(EdgeKind::Supports),
        attacked_by: inc(EdgeKind::Attacks),
    }
}

/// Counts for one document, for `stats`.
#[derive(Debug, Serialize)]
pub struct StatsEntry<'a> {
    /// The document's path.
    pub path: &'a str,
    /// Node counts by kind name.
    pub nodes: std::collections::BTreeMap<&'static str, usize>,
    /// Edge counts by kind name.
    pub edges: std::collections::BTreeMap<&'static str, usize>,
}

/// Build the stats of one document.
pub fn stats_entry(map: &DocumentMap) -> StatsEntry<'_> {
    StatsEntry {
        path: &map.path,
        nodes: NodeKind::ALL
            .iter()
            .map(|&k| (k.name(), map.count(k)))
            .collect(),
        edges: [EdgeKind::Supports, EdgeKind::Attacks]
            .iter()
            .map(|&k| (k.name(), map.count_edges(k)))
            .collect(),
    }
}

/// Write any serialisable value wrapped with the schema version under `key`.
pub fn write_wrapped<T: Serialize>(
    out: &mut dyn std::io::Write,
    key: &str,
    value: &T,
) -> std::io::Result<()> {
    let wrapped = serde_json::json!({ "schema_version": SCHEMA_VERSION, key: value });
    serde_json::to_writer_pretty(&mut *out, &wrapped)?;
    writeln!(out)
}
