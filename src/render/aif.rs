//! Argument Interchange Format (AIF) JSON, the way AIFdb serves it and OVA
//! loads it:
//!
//! ```json
//! {"nodes": [{"nodeID": "1", "text": "...", "type": "I"},
//!            {"nodeID": "3", "text": "Default Inference", "type": "RA"}],
//!  "edges": [{"edgeID": "1", "fromID": "2", "toID": "3"},
//!            {"edgeID": "2", "fromID": "3", "toID": "1"}],
//!  "locutions": [],
//!  "argmap": {"schema_version": 1, "documents": ["essay.md"],
//!             "nodes": [{"nodeID": "1", "document": 0, "id": "thesis", "kind": "thesis"}]}}
//! ```
//!
//! Every statement is an I-node; every support is an RA-node and every
//! attack a CA-node between premise and conclusion. Node ids are numbers
//! written as strings, as AIFdb writes them, counted across all documents
//! so that they are unique in the file. AIF has no place for a sentence's
//! role or argmap's id, so the `argmap` block keeps them (AIF readers skip
//! keys they do not know); with it the export loses nothing.

use super::Maps;
use crate::graph::{EdgeKind, NodeKind};
use serde::Serialize;

/// One AIF node.
#[derive(Debug, Serialize)]
struct AifNode<'a> {
    #[serde(rename = "nodeID")]
    node_id: String,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// One AIF edge.
#[derive(Debug, Serialize)]
struct AifEdge {
    #[serde(rename = "edgeID")]
    edge_id: String,
    #[serde(rename = "fromID")]
    from_id: String,
    #[serde(rename = "toID")]
    to_id: String,
}

/// What argmap knows about an I-node that AIF cannot say.
#[derive(Debug, Serialize)]
struct Origin<'a> {
    #[serde(rename = "nodeID")]
    node_id: String,
    document: usize,
    id: &'a str,
    kind: NodeKind,
}

#[derive(Debug, Serialize)]
struct Extra<'a> {
    schema_version: u32,
    documents: Vec<&'a str>,
    nodes: Vec<Origin<'a>>,
}

#[derive(Debug, Serialize)]
struct Document<'a> {
    nodes: Vec<AifNode<'a>>,
    edges: Vec<AifEdge>,
    locutions: Vec<serde_json::Value>,
    argmap: Extra<'a>,
}

/// The scheme node's type and text for an edge kind.
fn scheme(kind: EdgeKind) -> (&'static str, &'static str) {
    match kind {
        EdgeKind::Supports => ("RA", "Default Inference"),
        EdgeKind::Attacks => ("CA", "Default Conflict"),
        // AIF's rephrase: two locutions of one proposition.
        EdgeKind::Restates => ("MA", "Default Rephrase"),
    }
}

/// Write the maps as one AIF JSON document.
pub fn write(out: &mut dyn std::io::Write, maps: &Maps) -> std::io::Result<()> {
    let statements: usize = maps.iter().map(|m| m.nodes().len()).sum();
    let mut doc = Document {
        nodes: Vec::new(),
        edges: Vec::new(),
        locutions: Vec::new(),
        argmap: Extra {
            schema_version: super::json::SCHEMA_VERSION,
            documents: maps.iter().map(|m| m.path.as_str()).collect(),
            nodes: Vec::new(),
        },
    };
    // I-nodes take 1..=statements; scheme nodes follow, so an I-node's id
    // does not depend on how many edges come before it.
    let mut first = 1;
    let mut next_scheme = statements + 1;
    for (d, map) in maps.iter().enumerate() {
        for (i, node) in map.nodes().iter().enumerate() {
            let id = (first + i).to_string();
            doc.nodes.push(AifNode {
                node_id: id.clone(),
                text: &node.text,
                kind: "I",
            });
            doc.argmap.nodes.push(Origin {
                node_id: id,
                document: d,
                id: &node.id,
                kind: node.kind,
            });
        }
        for e in map.edges() {
            let (kind, text) = scheme(e.kind);
            let s = next_scheme.to_string();
            next_scheme += 1;
            doc.nodes.push(AifNode {
                node_id: s.clone(),
                text,
                kind,
            });
            for (from, to) in [
                ((first + e.from.get()).to_string(), s.clone()),
                (s.clone(), (first + e.to.get()).to_string()),
            ] {
                doc.edges.push(AifEdge {
                    edge_id: (doc.edges.len() + 1).to_string(),
                    from_id: from,
                    to_id: to,
                });
            }
        }
        first += map.nodes().len();
    }
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document as Doc, SourceFormat};

    #[test]
    fn edges_pass_through_one_scheme_node() {
        let doc = Doc::parse(
            "e.md",
            "Cities must plant trees. Trees cool streets by 3 degrees.",
            SourceFormat::Markdown,
        );
        let maps = vec![crate::extract::build_map(&doc)];
        let mut out = Vec::new();
        write(&mut out, &maps).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let nodes = v["nodes"].as_array().unwrap();
        assert_eq!(nodes[0]["type"], "I");
        assert_eq!(nodes[0]["nodeID"], "1");
        assert_eq!(nodes[2]["type"], "RA");
        assert_eq!(nodes[2]["text"], "Default Inference");
        let edges = v["edges"].as_array().unwrap();
        assert_eq!(edges[0]["fromID"], "2");
        assert_eq!(edges[0]["toID"], "3");
        assert_eq!(edges[1]["fromID"], "3");
        assert_eq!(edges[1]["toID"], "1");
        assert_eq!(v["locutions"], serde_json::json!([]));
        assert_eq!(v["argmap"]["nodes"][0]["id"], "thesis");
    }
}
