//! Argument Interchange Format (AIF) JSON, the way AIFdb serves it and OVA
//! loads it:
//!
//! ```json
//! {"nodes": [{"nodeID": "1", "text": "...", "type": "I", "timestamp": "2024-05-01 09:30:00"},
//!            {"nodeID": "3", "text": "Default Inference", "type": "RA", "timestamp": "..."}],
//!  "edges": [{"edgeID": "1", "fromID": "2", "toID": "3", "formEdgeID": null},
//!            {"edgeID": "2", "fromID": "3", "toID": "1", "formEdgeID": null}],
//!  "locutions": [],
//!  "OVA": {"nodes": [{"nodeID": "1", "visible": true, "x": 106, "y": 62, "timestamp": "..."}],
//!          "edges": [{"fromID": "2", "toID": "3", "visible": true}], ...},
//!  "argmap": {"schema_version": 2, "documents": ["essay.md"],
//!             "nodes": [{"nodeID": "1", "document": 0, "id": "thesis", "kind": "thesis"}]}}
//! ```
//!
//! Every statement is an I-node; every support is an RA-node and every
//! attack a CA-node between premise and conclusion. Node ids are numbers
//! written as strings, as AIFdb writes them, counted across all documents
//! so that they are unique in the file. `timestamp` is when the file was
//! written (`SOURCE_DATE_EPOCH` when set, for reproducible output), as
//! AIFdb's nodesets carry one. The `OVA` block places each node where
//! argmap's own layout draws it. AIF has no place for a sentence's role or
//! argmap's id, so the `argmap` block keeps them (AIF readers skip keys
//! they do not know); with it the export loses nothing.
//!
//! xAIF (`graph --format xaif`), read by OVA3 and ARG-tech's
//! argument-mining modules, holds the same graph under `"AIF"` (with the
//! empty `participants` and `schemefulfillments` lists those readers
//! expect), the `OVA` block, and `"text"`: the statements in reading order.

use super::drawing;
use super::Maps;
use crate::graph::{EdgeKind, NodeKind};
use serde::Serialize;

/// The time AIF files say their nodes were made, when none is given: the
/// Unix epoch, so that output is reproducible.
pub const EPOCH: &str = "1970-01-01 00:00:00";

/// Space between documents laid side by side in OVA's layout.
const DOCUMENT_GAP: f64 = 80.0;

/// How to write an AIF file.
#[derive(Debug, Clone)]
pub struct Options {
    /// The nodes' `timestamp`, as AIFdb writes it (`YYYY-MM-DD HH:MM:SS`).
    pub timestamp: String,
    /// Wrap the graph as xAIF (`{"AIF": ..., "OVA": ..., "text": ...}`), the
    /// form OVA3 and ARG-tech's argument-mining modules read.
    pub xaif: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            timestamp: EPOCH.to_string(),
            xaif: false,
        }
    }
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) of a time in seconds since the Unix epoch.
pub fn timestamp(seconds: u64) -> String {
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // Civil from days (Howard Hinnant's algorithm), for days >= 0.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        rest / 3_600,
        rest / 60 % 60,
        rest % 60
    )
}

/// One AIF node.
#[derive(Debug, Serialize)]
struct AifNode<'a> {
    #[serde(rename = "nodeID")]
    node_id: String,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: &'a str,
}

/// One AIF edge; `formEdgeID` is null, as in AIFdb's own nodesets, since
/// argmap names no argumentation scheme.
#[derive(Debug, Serialize)]
struct AifEdge {
    #[serde(rename = "edgeID")]
    edge_id: String,
    #[serde(rename = "fromID")]
    from_id: String,
    #[serde(rename = "toID")]
    to_id: String,
    #[serde(rename = "formEdgeID")]
    form_edge_id: Option<String>,
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

/// Where OVA draws a node.
#[derive(Debug, Serialize)]
struct OvaNode<'a> {
    #[serde(rename = "nodeID")]
    node_id: String,
    visible: bool,
    x: f64,
    y: f64,
    timestamp: &'a str,
}

/// An edge as OVA lists it.
#[derive(Debug, Serialize)]
struct OvaEdge {
    #[serde(rename = "fromID")]
    from_id: String,
    #[serde(rename = "toID")]
    to_id: String,
    visible: bool,
}

/// OVA's layout block: argmap's own layered drawing, so that OVA does not
/// open the map with every node at one point.
#[derive(Debug, Serialize)]
struct Ova<'a> {
    firstname: &'a str,
    surname: &'a str,
    url: &'a str,
    nodes: Vec<OvaNode<'a>>,
    edges: Vec<OvaEdge>,
}

/// The graph in AIFdb's form.
#[derive(Debug, Serialize)]
struct Graph<'a> {
    nodes: Vec<AifNode<'a>>,
    edges: Vec<AifEdge>,
    locutions: Vec<serde_json::Value>,
}

/// The flat file: AIFdb's keys, then OVA's layout and argmap's own.
#[derive(Debug, Serialize)]
struct Flat<'a> {
    #[serde(flatten)]
    graph: Graph<'a>,
    #[serde(rename = "OVA")]
    ova: Ova<'a>,
    argmap: Extra<'a>,
}

/// xAIF's AIF block: AIFdb's keys and the lists xAIF readers expect.
#[derive(Debug, Serialize)]
struct XaifGraph<'a> {
    #[serde(flatten)]
    graph: Graph<'a>,
    participants: Vec<serde_json::Value>,
    schemefulfillments: Vec<serde_json::Value>,
}

/// OVA3's text block: the statements, in reading order.
#[derive(Debug, Serialize)]
struct Text {
    txt: String,
    url: &'static str,
}

/// The xAIF file.
#[derive(Debug, Serialize)]
struct Xaif<'a> {
    #[serde(rename = "AIF")]
    aif: XaifGraph<'a>,
    #[serde(rename = "OVA")]
    ova: Ova<'a>,
    text: Text,
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

/// Write the maps as one AIF JSON document, in AIFdb's flat form.
pub fn write(out: &mut dyn std::io::Write, maps: &Maps) -> std::io::Result<()> {
    write_with(out, maps, &Options::default())
}

/// Write the maps as one AIF JSON document, flat or as xAIF.
pub fn write_with(
    out: &mut dyn std::io::Write,
    maps: &Maps,
    options: &Options,
) -> std::io::Result<()> {
    let stamp = options.timestamp.as_str();
    let statements: usize = maps.iter().map(|m| m.nodes().len()).sum();
    let mut graph = Graph {
        nodes: Vec::new(),
        edges: Vec::new(),
        locutions: Vec::new(),
    };
    let mut ova = Ova {
        firstname: "",
        surname: "",
        url: "",
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    let mut extra = Extra {
        schema_version: super::json::SCHEMA_VERSION,
        documents: maps.iter().map(|m| m.path.as_str()).collect(),
        nodes: Vec::new(),
    };
    let mut txt = Vec::new();
    // I-nodes take 1..=statements; scheme nodes follow, so an I-node's id
    // does not depend on how many edges come before it.
    let mut first = 1;
    let mut next_scheme = statements + 1;
    let mut left = 0.0;
    for (d, map) in maps.iter().enumerate() {
        let drawing = drawing::layout(map);
        let centre = |i: usize| {
            let r = drawing.nodes[i].rect;
            (left + r.x + r.width / 2.0, r.y + r.height / 2.0)
        };
        for (i, node) in map.nodes().iter().enumerate() {
            let id = (first + i).to_string();
            graph.nodes.push(AifNode {
                node_id: id.clone(),
                text: &node.text,
                kind: "I",
                timestamp: stamp,
            });
            let (x, y) = centre(i);
            ova.nodes.push(OvaNode {
                node_id: id.clone(),
                visible: true,
                x,
                y,
                timestamp: stamp,
            });
            extra.nodes.push(Origin {
                node_id: id,
                document: d,
                id: &node.id,
                kind: node.kind,
            });
            txt.push(node.text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        for e in map.edges() {
            let (kind, text) = scheme(e.kind);
            let s = next_scheme.to_string();
            next_scheme += 1;
            graph.nodes.push(AifNode {
                node_id: s.clone(),
                text,
                kind,
                timestamp: stamp,
            });
            // The scheme node midway between premise and conclusion.
            let (a, b) = (centre(e.from.get()), centre(e.to.get()));
            ova.nodes.push(OvaNode {
                node_id: s.clone(),
                visible: true,
                x: ((a.0 + b.0) / 2.0).round(),
                y: ((a.1 + b.1) / 2.0).round(),
                timestamp: stamp,
            });
            for (from, to) in [
                ((first + e.from.get()).to_string(), s.clone()),
                (s.clone(), (first + e.to.get()).to_string()),
            ] {
                ova.edges.push(OvaEdge {
                    from_id: from.clone(),
                    to_id: to.clone(),
                    visible: true,
                });
                graph.edges.push(AifEdge {
                    edge_id: (graph.edges.len() + 1).to_string(),
                    from_id: from,
                    to_id: to,
                    form_edge_id: None,
                });
            }
        }
        first += map.nodes().len();
        left += drawing.width + DOCUMENT_GAP;
    }
    if options.xaif {
        let doc = Xaif {
            aif: XaifGraph {
                graph,
                participants: Vec::new(),
                schemefulfillments: Vec::new(),
            },
            ova,
            text: Text {
                txt: txt.join(" "),
                url: "",
            },
            argmap: extra,
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
    } else {
        let doc = Flat {
            graph,
            ova,
            argmap: extra,
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document as Doc, SourceFormat};

    /// The map of a two-sentence essay: a thesis and the evidence under it.
    fn two_node_maps() -> Vec<crate::graph::DocumentMap> {
        let doc = Doc::parse(
            "e.md",
            "Cities must plant trees. Trees cool streets by 3 degrees.",
            SourceFormat::Markdown,
        );
        vec![crate::extract::build_map(&doc)]
    }

    #[test]
    fn edges_pass_through_one_scheme_node() {
        let maps = two_node_maps();
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
        assert_eq!(nodes[0]["timestamp"], EPOCH);
        assert_eq!(edges[0]["formEdgeID"], serde_json::Value::Null);
        let ova = v["OVA"]["nodes"].as_array().unwrap();
        assert_eq!(ova.len(), nodes.len());
        assert_ne!(
            (&ova[0]["x"], &ova[0]["y"]),
            (&ova[1]["x"], &ova[1]["y"]),
            "not every node at one point"
        );
    }

    #[test]
    fn xaif_wraps_the_graph() {
        let maps = two_node_maps();
        let mut out = Vec::new();
        let options = Options {
            timestamp: timestamp(1_700_000_000),
            xaif: true,
        };
        write_with(&mut out, &maps, &options).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["AIF"]["nodes"][0]["timestamp"], "2023-11-14 22:13:20");
        assert_eq!(v["AIF"]["edges"].as_array().unwrap().len(), 2);
        assert_eq!(v["AIF"]["participants"], serde_json::json!([]));
        assert_eq!(v["OVA"]["edges"].as_array().unwrap().len(), 2);
        assert!(v["text"]["txt"]
            .as_str()
            .unwrap()
            .starts_with("Cities must plant trees."));
        assert!(v.get("nodes").is_none());
    }

    #[test]
    fn timestamps_are_civil_dates() {
        assert_eq!(timestamp(0), EPOCH);
        assert_eq!(timestamp(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(timestamp(4_102_444_799), "2099-12-31 23:59:59");
    }
}
