//! Hover on a sentence: its role and where it came from, the cues that
//! decided it, its id, and its edges in both directions.

use super::refs;
use super::state::Analysis;
use crate::extract::annotations::StatedRole;
use crate::graph::{EdgeKind, NodeIndex, Origin};
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};
use std::fmt::Write;

/// Widest quoted sentence in a hover.
const QUOTE_CHARS: usize = 80;

/// Most edges listed in each direction; a hub may have thousands.
const MAX_EDGES: usize = 20;

/// The hover at a byte offset: the node an id in an annotation names, else
/// the node of the sentence under the cursor, else a note that the
/// sentence plays no part in the argument.
pub fn hover(analysis: &Analysis, offset: usize) -> Option<Hover> {
    let tokens = refs::id_tokens(analysis);
    if let Some(token) = refs::token_at(&tokens, offset) {
        let value = match analysis.map.by_id(&token.id) {
            Some(node) => describe(analysis, node),
            None => format!("`{}` names no node in this essay", token.id),
        };
        return Some(markdown(
            value,
            Some(analysis.range_of(token.range.clone())),
        ));
    }
    let sentence = analysis.sentence_at(offset)?;
    let span = analysis.doc.sentences[sentence].span;
    let value = match analysis.node_of(sentence) {
        Some(node) => describe(analysis, node),
        None if analysis
            .annotation_of(sentence)
            .is_some_and(|a| a.role == Some(StatedRole::None)) =>
        {
            "**not part of the argument**: its annotation says `none`".to_string()
        }
        None => "**not part of the argument**: no cue makes this sentence a thesis, claim, \
                 evidence, recommendation or objection"
            .to_string(),
    };
    Some(markdown(value, Some(analysis.range(span))))
}

fn markdown(value: String, range: Option<lsp_types::Range>) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range,
    }
}

/// A node in Markdown: role, id, confidence, cues and edges.
pub fn describe(analysis: &Analysis, index: NodeIndex) -> String {
    let map = &analysis.map;
    let node = map.node(index);
    let origin = match node.origin {
        Origin::Annotation => "annotated",
        Origin::Heuristic => "guessed",
    };
    let mut out = format!(
        "**{}** `#{}` ({origin}, confidence {:.2})\n",
        node.kind, node.id, node.confidence
    );
    if !node.cues.is_empty() {
        let cues: Vec<String> = node.cues.iter().map(|c| format!("`{c}`")).collect();
        let _ = writeln!(out, "\ncues: {}", cues.join(", "));
    }
    let mut lines = Vec::new();
    let outgoing = &analysis.adjacency.outgoing[index.get()];
    let incoming = &analysis.adjacency.incoming[index.get()];
    for &e in outgoing.iter().take(MAX_EDGES) {
        let edge = map.edges()[e];
        let verb = match edge.kind {
            EdgeKind::Supports => "supports",
            EdgeKind::Attacks => "attacks",
            EdgeKind::Restates => "restates",
        };
        lines.push(format!("- {verb} {}", label(analysis, edge.to)));
    }
    if outgoing.len() > MAX_EDGES {
        lines.push(format!(
            "- … and {} more it bears on",
            outgoing.len() - MAX_EDGES
        ));
    }
    for &e in incoming.iter().take(MAX_EDGES) {
        let edge = map.edges()[e];
        let verb = match edge.kind {
            EdgeKind::Supports => "supported by",
            EdgeKind::Attacks => "attacked by",
            EdgeKind::Restates => "restated by",
        };
        lines.push(format!("- {verb} {}", label(analysis, edge.from)));
    }
    if incoming.len() > MAX_EDGES {
        lines.push(format!(
            "- … and {} more bear on it",
            incoming.len() - MAX_EDGES
        ));
    }
    if lines.is_empty() {
        out.push_str("\nno edges: it supports or attacks nothing, and nothing bears on it\n");
    } else {
        out.push('\n');
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// `kind #id: "the sentence…"`.
fn label(analysis: &Analysis, index: NodeIndex) -> String {
    let node = analysis.map.node(index);
    format!(
        "{} `#{}`: \"{}\"",
        node.kind,
        node.id,
        crate::render::first_line(&node.text, QUOTE_CHARS).replace(['*', '_', '`', '[', ']'], "")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    fn value(h: Hover) -> String {
        match h.contents {
            HoverContents::Markup(m) => m.value,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_sentence_shows_role_cues_and_edges_both_ways() {
        let text = "Cities should plant more trees.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let v = value(hover(&a, text.find("cool").unwrap()).unwrap());
        assert!(
            v.starts_with("**claim** `#trees-cool-streets-summer` (guessed, confidence"),
            "{v}"
        );
        assert!(
            v.contains("- supports thesis `#thesis`: \"Cities should plant more trees.\""),
            "{v}"
        );
        assert!(v.contains("- supported by evidence `#"), "{v}");
        let thesis = value(hover(&a, 0).unwrap());
        assert!(thesis.contains("cues: `"), "{thesis}");
        assert!(
            thesis.contains("- supported by claim `#trees-cool-streets-summer`"),
            "{thesis}"
        );
    }

    #[test]
    fn an_id_in_an_annotation_shows_its_node() {
        let text = "We must act. <!-- argmap: thesis #act -->\n\nParks help. <!-- argmap: claim supports=act,nope -->\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let v = value(hover(&a, text.find("act,").unwrap() + 1).unwrap());
        assert!(v.starts_with("**thesis** `#act` (annotated"), "{v}");
        let v = value(hover(&a, text.find("nope").unwrap()).unwrap());
        assert_eq!(v, "`nope` names no node in this essay");
        assert!(hover(&a, text.len()).is_none());
        let text = "We must act. It rained. <!-- argmap: none --> The sky is blue.\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let v = value(hover(&a, text.find("rained").unwrap()).unwrap());
        assert_eq!(
            v,
            "**not part of the argument**: its annotation says `none`"
        );
        // The guessed sentences around it are nodes.
        assert!(a.node_at(text.find("sky").unwrap()).is_some());
    }

    #[test]
    fn a_hub_lists_its_first_edges_and_counts_the_rest() {
        let mut text = String::from("Parks help. <!-- argmap: claim #c -->\n\n");
        for i in 0..25 {
            text.push_str(&format!(
                "Fact {i} holds. <!-- argmap: evidence supports=c -->\n\n"
            ));
        }
        let a = Analysis::new("t.md", text, &Linter::default());
        let v = value(hover(&a, 1).unwrap());
        assert_eq!(
            v.matches("- supported by evidence").count(),
            MAX_EDGES,
            "{v}"
        );
        assert!(v.contains("- … and 5 more bear on it"), "{v}");
    }
}
