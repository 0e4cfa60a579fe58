//! The JSON contract: the one set of types `argmap graph --format json` and
//! `jsonl` write and `argmap eval` reads back as gold.
//!
//! ```json
//! {"schema_version": 2,
//!  "documents": [{"path": "essay.md"}],
//!  "nodes": [{"id", "kind", "text", "document", "span": {"start", "end", "line", "column",
//!             "end_line", "end_column"}, "cues", "confidence", "origin"}],
//!  "edges": [{"from", "to", "kind", "document"}]}
//! ```
//! `document` is the index into `documents`; ids are unique within a document.
//!
//! The types live here, beside the map they describe, so that the writer
//! (`render::json`) and the reader (`eval::contract`) share them without
//! either stage depending on the other. Serialised, they are the contract
//! exactly. Deserialised, they are what a gold map must hold: fields marked
//! "not read" are skipped (a hand-made map may leave them out or hold
//! anything there), `document` may be left out where one document is meant,
//! and `edges` may be missing.

use super::{Cue, DocumentMap, Edge, EdgeKind, Node, NodeKind, Origin};
use crate::document::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The version of the JSON contract; bumped on any incompatible change.
/// 2: a thesis may be stated more than once (several `thesis` nodes, each
/// later one with a `restates` edge to the first), and a node may cover a
/// clause of its sentence.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole contract: the maps of a set of documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapEntry<'a> {
    /// [`SCHEMA_VERSION`] when written; 1 or 2 are read.
    pub schema_version: u32,
    /// The documents read.
    #[serde(borrow)]
    pub documents: Vec<DocumentEntry<'a>>,
    /// All nodes of all documents.
    #[serde(borrow)]
    pub nodes: Vec<NodeEntry<'a>>,
    /// All edges of all documents (may be missing when read).
    #[serde(default, borrow)]
    pub edges: Vec<EdgeEntry<'a>>,
}

/// One document entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEntry<'a> {
    /// The path as given (for gold, relative to the JSON file's directory).
    #[serde(borrow)]
    pub path: Cow<'a, str>,
}

/// One node, as the contract writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeEntry<'a> {
    /// Id, unique within its document.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    /// Role name.
    pub kind: NodeKind,
    /// Exact source text (not read).
    #[serde(skip_deserializing)]
    pub text: Cow<'a, str>,
    /// Index into `documents`; always written, optional when read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
    /// Byte span and position.
    pub span: SpanEntry,
    /// The cues that decided the role, as they print (may be missing when
    /// read; read back, each is kept as written).
    #[serde(default)]
    pub cues: Cow<'a, [Cue]>,
    /// Confidence in [0, 1] (not read).
    #[serde(skip_deserializing)]
    pub confidence: f32,
    /// `heuristic` or `annotation` (not read: read back, a map is an annotation).
    #[serde(skip_deserializing, default = "annotation")]
    pub origin: Origin,
}

/// What a node read back is taken to be: stated by hand.
fn annotation() -> Origin {
    Origin::Annotation
}

impl<'a> NodeEntry<'a> {
    /// The entry for a node of document `document`.
    pub fn new(node: &'a Node, document: usize) -> NodeEntry<'a> {
        NodeEntry {
            id: Cow::Borrowed(&node.id),
            kind: node.kind,
            text: Cow::Borrowed(&node.text),
            document: Some(document),
            span: SpanEntry::from(node.span),
            cues: Cow::Borrowed(&node.cues),
            confidence: node.confidence,
            origin: node.origin,
        }
    }
}

/// A node's span: the byte range, and the line and column of its ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanEntry {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start` (not read).
    #[serde(skip_deserializing)]
    pub line: usize,
    /// 1-based column of `start`, in Unicode scalar values (not read).
    #[serde(skip_deserializing)]
    pub column: usize,
    /// 1-based line of the last character (not read).
    #[serde(skip_deserializing)]
    pub end_line: usize,
    /// 1-based column one past the last character (not read).
    #[serde(skip_deserializing)]
    pub end_column: usize,
}

impl From<Span> for SpanEntry {
    fn from(s: Span) -> SpanEntry {
        SpanEntry {
            start: s.start,
            end: s.end,
            line: s.line,
            column: s.column,
            end_line: s.end_line,
            end_column: s.end_column,
        }
    }
}

/// One edge, by node ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeEntry<'a> {
    /// Premise id.
    #[serde(borrow)]
    pub from: Cow<'a, str>,
    /// Target id.
    #[serde(borrow)]
    pub to: Cow<'a, str>,
    /// `supports`, `attacks` or `restates`.
    pub kind: EdgeKind,
    /// Index into `documents`; always written, optional when read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
}

impl<'a> EdgeEntry<'a> {
    /// The entry for an edge of `map`, document `document`.
    pub fn new(map: &'a DocumentMap, edge: &Edge, document: usize) -> EdgeEntry<'a> {
        EdgeEntry {
            from: Cow::Borrowed(&map.node(edge.from).id),
            to: Cow::Borrowed(&map.node(edge.to).id),
            kind: edge.kind,
            document: Some(document),
        }
    }
}

impl<'a> MapEntry<'a> {
    /// The contract's value for a set of maps, one document each.
    pub fn new(maps: &'a [DocumentMap]) -> MapEntry<'a> {
        let mut entry = MapEntry {
            schema_version: SCHEMA_VERSION,
            documents: Vec::with_capacity(maps.len()),
            nodes: Vec::with_capacity(maps.iter().map(|m| m.nodes().len()).sum()),
            edges: Vec::with_capacity(maps.iter().map(|m| m.edges().len()).sum()),
        };
        for (d, map) in maps.iter().enumerate() {
            entry.documents.push(DocumentEntry {
                path: Cow::Borrowed(&map.path),
            });
            entry
                .nodes
                .extend(map.nodes().iter().map(|n| NodeEntry::new(n, d)));
            entry
                .edges
                .extend(map.edges().iter().map(|e| EdgeEntry::new(map, e, d)));
        }
        entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hand_made_map_needs_only_what_is_scored() {
        let json = r#"{"schema_version": 1, "documents": [{"path": "e\"s.md"}],
            "nodes": [{"id": "t", "kind": "thesis", "span": {"start": 0, "end": 4},
                       "text": 7, "confidence": "high", "origin": "?"}]}"#;
        let map: MapEntry = serde_json::from_str(json).unwrap();
        assert_eq!(map.documents[0].path, "e\"s.md");
        assert!(matches!(map.nodes[0].id, Cow::Borrowed("t")));
        assert_eq!(map.nodes[0].document, None);
        assert_eq!((map.nodes[0].span.start, map.nodes[0].span.end), (0, 4));
        assert!(map.nodes[0].cues.is_empty() && map.edges.is_empty());
    }

    #[test]
    fn cues_are_read_back_as_written() {
        let json = r#"{"schema_version": 2, "documents": [{"path": "e.md"}],
            "nodes": [{"id": "t", "kind": "thesis", "span": {"start": 0, "end": 4},
                       "cues": ["modal:should", "anything at all"]}]}"#;
        let map: MapEntry = serde_json::from_str(json).unwrap();
        let cues: Vec<String> = map.nodes[0].cues.iter().map(Cue::to_string).collect();
        assert_eq!(cues, ["modal:should", "anything at all"]);
        let written = serde_json::to_value(&map).unwrap();
        assert_eq!(written["nodes"][0]["cues"][1], "anything at all");
    }
}
