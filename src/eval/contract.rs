//! Gold in argmap's own JSON contract (schema version 1 or 2): a hand-made map,
//! read into the contract's types ([`crate::graph::contract`]).
//!
//! ```json
//! {"schema_version": 1,
//!  "documents": [{"path": "essay.md"}],
//!  "nodes": [{"id": "thesis", "kind": "thesis", "text": "...", "document": 0,
//!             "span": {"start": 120, "end": 180}}],
//!  "edges": [{"from": "parks-healthier", "to": "thesis", "kind": "supports"}]}
//! ```
//!
//! `documents[].path` is relative to the JSON file's directory; spans are byte
//! offsets into that file. `document` may be left out when there is one
//! document (on edges, whenever the ids name one document). `cues` are read
//! (a `restates-thesis` cue makes a node thesis, on the gold side as on the
//! predicted one); other fields (`text`, `line`...) are ignored, so the output of `argmap graph
//! --format json`, corrected by hand, is valid gold.

use super::{GoldRelation, GoldUnit, Parsed, Problem};
use crate::graph::contract::{EdgeEntry, MapEntry, NodeEntry, SCHEMA_VERSION};
use crate::graph::{Cue, EdgeKind, NodeKind};
use std::collections::HashMap;

/// One document of a gold map: its path as written and its gold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDocument {
    /// `documents[].path`, as written.
    pub path: String,
    /// Its units (spans not yet checked against the text) and relations.
    pub parsed: Parsed,
    /// The line of each unit's entry in the JSON file.
    pub lines: Vec<usize>,
}

/// Where each node went: its unit's index in its document, by document and id.
type NodeIndex<'a> = HashMap<(usize, &'a str), usize>;

/// Parse a gold map. Spans are checked later, against the texts, by [`check`].
pub fn parse(json: &str) -> Result<Vec<GoldDocument>, Problem> {
    let contract = read_contract(json)?;
    let mut docs: Vec<GoldDocument> = contract
        .documents
        .iter()
        .map(|d| GoldDocument {
            path: d.path.to_string(),
            parsed: Parsed::default(),
            lines: Vec::new(),
        })
        .collect();
    let mut index = NodeIndex::new();
    for (n, node) in contract.nodes.iter().enumerate() {
        add_unit(json, n, node, &mut docs, &mut index)?;
    }
    for (n, edge) in contract.edges.iter().enumerate() {
        // Restatements are thesis units, not relations (see score.rs).
        if edge.kind == EdgeKind::Restates {
            continue;
        }
        let line = || entry_line(json, "edges", "from", n);
        let d = edge_document(edge, docs.len(), &index).map_err(|m| Problem::at(line(), m))?;
        let find = |id: &str| {
            index.get(&(d, id)).copied().ok_or_else(|| {
                Problem::at(
                    line(),
                    format!(
                        "edge {} -> {}: no node {id} in document {d}",
                        edge.from, edge.to
                    ),
                )
            })
        };
        let relation = GoldRelation {
            from: find(&edge.from)?,
            to: vec![find(&edge.to)?],
            kind: edge.kind,
        };
        docs[d].parsed.relations.push(relation);
    }
    Ok(docs)
}

/// The contract in `json`, of a version this reader knows, listing documents.
fn read_contract(json: &str) -> Result<MapEntry<'_>, Problem> {
    let contract: MapEntry = serde_json::from_str(json).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        Problem::at(e.line().max(1), message)
    })?;
    // Version 1 maps are version 2 maps with one statement of the thesis.
    if !(1..=SCHEMA_VERSION).contains(&contract.schema_version) {
        return Err(Problem::at(
            line_of(json, "\"schema_version\""),
            format!(
                "schema_version {} is not supported (expected 1 to {SCHEMA_VERSION})",
                contract.schema_version
            ),
        ));
    }
    if contract.documents.is_empty() {
        return Err(Problem::at(
            line_of(json, "\"documents\""),
            "no documents listed",
        ));
    }
    Ok(contract)
}

/// Add the `n`th node of the contract as a unit of its document, and to `index`.
fn add_unit<'a>(
    json: &str,
    n: usize,
    node: &'a NodeEntry<'a>,
    docs: &mut [GoldDocument],
    index: &mut NodeIndex<'a>,
) -> Result<(), Problem> {
    let line = || entry_line(json, "nodes", "id", n);
    let single = docs.len() == 1;
    let d = match node.document {
        Some(d) => d,
        None if single => 0,
        None => {
            return Err(Problem::at(
                line(),
                format!("node {}: no document", node.id),
            ))
        }
    };
    let Some(doc) = docs.get_mut(d) else {
        return Err(Problem::at(
            line(),
            format!("node {}: document {d} is not listed", node.id),
        ));
    };
    if node.span.start > node.span.end {
        return Err(Problem::at(
            line(),
            format!(
                "node {}: span {}..{} ends before it starts",
                node.id, node.span.start, node.span.end
            ),
        ));
    }
    if index
        .insert((d, &node.id), doc.parsed.units.len())
        .is_some()
    {
        return Err(Problem::at(
            line(),
            format!("node {}: id used twice", node.id),
        ));
    }
    if node.kind == NodeKind::Thesis {
        doc.parsed.central.push(doc.parsed.units.len());
    }
    doc.lines.push(line());
    doc.parsed.units.push(GoldUnit {
        cues: node.cues.iter().map(Cue::to_string).collect(),
        ..GoldUnit::new(node.id.as_ref(), node.kind, node.span.start..node.span.end)
    });
    Ok(())
}

/// The document an edge belongs to: as given, or else the one document
/// whose nodes its ids name (document 0 when none does, so that the missing
/// id is reported there).
fn edge_document(edge: &EdgeEntry, documents: usize, index: &NodeIndex) -> Result<usize, String> {
    if let Some(d) = edge.document {
        return Ok(d);
    }
    let named: Vec<usize> = (0..documents)
        .filter(|&d| {
            index.contains_key(&(d, edge.from.as_ref()))
                && index.contains_key(&(d, edge.to.as_ref()))
        })
        .collect();
    match named.as_slice() {
        [d] => Ok(*d),
        [] => Ok(0),
        _ => Err(format!(
            "edge {} -> {}: ids occur in several documents; give its document",
            edge.from, edge.to
        )),
    }
}

/// Check that every span of `doc` lies inside its text, on character boundaries.
pub fn check(doc: &GoldDocument, text: &str) -> Result<(), Problem> {
    for (unit, &line) in doc.parsed.units.iter().zip(&doc.lines) {
        let span = unit.hull();
        let fits = span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end);
        if !fits {
            return Err(Problem::at(
                line,
                format!(
                    "node {}: span {}..{} does not fit {} ({} bytes)",
                    unit.id,
                    span.start,
                    span.end,
                    doc.path,
                    text.len()
                ),
            ));
        }
    }
    Ok(())
}

/// The line of the first occurrence of `needle`, or 1.
fn line_of(json: &str, needle: &str) -> usize {
    json.find(needle)
        .map_or(1, |offset| super::line_at(json, offset))
}

/// The line of the `n`th entry of the array `section`, found by the `n`th
/// occurrence of `key` after the section's name (best effort: 1 if not found).
fn entry_line(json: &str, section: &str, key: &str, n: usize) -> usize {
    let Some(from) = json.find(&format!("\"{section}\"")) else {
        return 1;
    };
    let key = format!("\"{key}\"");
    json[from..]
        .match_indices(&key)
        .nth(n)
        .map_or(super::line_at(json, from), |(offset, _)| {
            super::line_at(json, from + offset)
        })
}

#[cfg(test)]
// A unit's spans, or the implicit spans: one range is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    const GOLD: &str = r#"{
  "schema_version": 1,
  "documents": [{"path": "essay.md"}],
  "nodes": [
    {"id": "thesis", "kind": "thesis", "text": "We should act.", "document": 0,
     "span": {"start": 0, "end": 14, "line": 1}},
    {"id": "why", "kind": "evidence", "document": 0, "span": {"start": 15, "end": 30}}
  ],
  "edges": [{"from": "why", "to": "thesis", "kind": "supports"}]
}"#;

    #[test]
    fn reads_the_contract() {
        let docs = parse(GOLD).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].path, "essay.md");
        let p = &docs[0].parsed;
        assert_eq!(p.units[0].class, NodeKind::Thesis);
        assert_eq!(p.units[1].spans, [15..30]);
        assert_eq!(p.central, vec![0]);
        assert_eq!(
            p.relations,
            vec![GoldRelation {
                from: 1,
                to: vec![0],
                kind: EdgeKind::Supports
            }]
        );
        assert!(check(&docs[0], &"x".repeat(30)).is_ok());
        let e = check(&docs[0], "short").unwrap_err();
        assert_eq!(e.line, 5);
        assert!(e.message.contains("does not fit essay.md"), "{}", e.message);
    }

    #[test]
    fn problems_name_the_line() {
        let e = parse(&GOLD.replace("\"evidence\"", "\"fact\"")).unwrap_err();
        assert_eq!(e.line, 7);
        assert!(
            e.message.contains("unknown variant `fact`"),
            "{}",
            e.message
        );
        assert!(!e.message.contains("at line"), "{}", e.message);
        let e = parse(&GOLD.replace("\"to\": \"thesis\"", "\"to\": \"nope\"")).unwrap_err();
        assert_eq!(e.line, 9);
        assert!(e.message.contains("no node nope"), "{}", e.message);
        let e = parse(&GOLD.replace("\"schema_version\": 1", "\"schema_version\": 9")).unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("{\"schema_version\": 1,\n \"documents\": [}").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
