//! The map written back into the essay as author annotations: after each
//! node's sentence, `<!-- argmap: KIND #ID supports=... attacks=... -->`.
//!
//! Existing argmap annotations of a sentence are rewritten in this canonical
//! form, so annotating an annotated file changes nothing.

use crate::document::Document;
use crate::extract::annotations::annotation_body;
use crate::graph::{CueKind, DocumentMap, Edge, EdgeKind, NodeIndex};

/// The canonical annotation of one node.
pub fn annotation_for(map: &DocumentMap, index: NodeIndex) -> String {
    let outgoing: Vec<&Edge> = map.outgoing(index).collect();
    annotation_with(map, index, &outgoing)
}

/// [`annotation_for`] with the node's outgoing edges already found.
fn annotation_with(map: &DocumentMap, index: NodeIndex, outgoing: &[&Edge]) -> String {
    let node = map.node(index);
    let mut out = format!("<!-- argmap: {} #{}", node.kind.name(), node.id);
    for kind in [EdgeKind::Supports, EdgeKind::Attacks] {
        let ids: Vec<&str> = outgoing
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| map.node(e.to).id.as_str())
            .collect();
        if !ids.is_empty() {
            out.push_str(&format!(" {}={}", kind.name(), ids.join(",")));
        }
    }
    out.push_str(" -->");
    out
}

/// The text of `doc` with every node of `map` annotated. Other comments and
/// all other bytes are kept as they are.
pub fn annotate(doc: &Document, map: &DocumentMap) -> String {
    // (byte range to replace, replacement), in order of position.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    // Edge and comment lookups are by index and bisection, not scans, so a
    // file with a million annotations stays linear.
    let adjacency = map.adjacency();
    for index in map.indexes() {
        let node = map.node(index);
        // A clause its connective subordinates is read again from the
        // grammar; the sentence's one comment addresses its main clause.
        if node.cues.iter().any(|c| c.kind == CueKind::Clause) {
            continue;
        }
        let end = doc
            .sentences
            .get(node.sentence)
            .map_or(node.span.end, |s| s.span.end.max(node.span.end));
        let outgoing: Vec<&Edge> = adjacency.outgoing[index.get()]
            .iter()
            .map(|&e| &map.edges()[e])
            .collect();
        let wanted = annotation_with(map, index, &outgoing);
        // Comments are in reading order: only the first one at or after the
        // sentence's end can follow it with nothing but white space between.
        let next = doc.comments.partition_point(|c| c.span.start < end);
        let existing = doc.comments.get(next).filter(|c| {
            // An unclosed one runs over the text after it: never replaced.
            c.closed
                && annotation_body(&c.body).is_some()
                && doc
                    .text
                    .get(end..c.span.start)
                    .is_some_and(|gap| gap.trim().is_empty())
        });
        match existing {
            Some(c) => edits.push((c.span.range(), wanted)),
            None => edits.push((end..end, format!(" {wanted}"))),
        }
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(doc.text.len() + edits.len() * 48);
    let mut at = 0;
    for (range, replacement) in edits {
        if range.start < at {
            // Two nodes claim the same comment; the first keeps it.
            continue;
        }
        out.push_str(&doc.text[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
    }
    out.push_str(&doc.text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceFormat;
    use crate::extract::build_map;

    const ESSAY: &str = "Cities grow. Cities should plant trees.\n\nTrees cool streets. A 2019 study found 3 degrees less.\n\nShade also matters. Critics say trees cost too much. However, they repay it.\n";

    /// (kind, text) of each node and (from, to, kind) of each edge.
    type Shape = (Vec<(String, String)>, Vec<(String, String, String)>);

    fn kinds_and_edges(text: &str) -> Shape {
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let map = build_map(&doc);
        let nodes = map
            .nodes()
            .iter()
            .map(|n| (n.kind.name().to_string(), n.text.to_string()))
            .collect();
        let edges = map
            .edges()
            .iter()
            .map(|e| {
                (
                    map.node(e.from).text.to_string(),
                    map.node(e.to).text.to_string(),
                    e.kind.name().to_string(),
                )
            })
            .collect();
        (nodes, edges)
    }

    #[test]
    fn round_trip_keeps_the_map_and_is_idempotent() {
        let doc = Document::parse("t.md", ESSAY, SourceFormat::Markdown);
        let once = annotate(&doc, &build_map(&doc));
        assert!(
            once.contains("Cities should plant trees. <!-- argmap: thesis #thesis -->"),
            "{once}"
        );
        assert_eq!(kinds_and_edges(&once), kinds_and_edges(ESSAY));
        let doc2 = Document::parse("t.md", once.clone(), SourceFormat::Markdown);
        let twice = annotate(&doc2, &build_map(&doc2));
        assert_eq!(once, twice);
    }
}
