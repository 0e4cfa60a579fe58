//! Graphviz DOT. Labels are quoted strings with `"`, `\` and line breaks escaped.

use super::{first_line, Maps};
use crate::graph::{EdgeKind, NodeKind};
use std::io::Write;

/// Escape text for a DOT double-quoted string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fill colour per kind (colour-blind safe Okabe-Ito palette); shape differs too.
fn style(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Thesis => ("doubleoctagon", "#E69F00"),
        NodeKind::Claim => ("box", "#56B4E9"),
        NodeKind::Evidence => ("note", "#F0E442"),
        NodeKind::Recommendation => ("hexagon", "#009E73"),
        NodeKind::Objection => ("diamond", "#CC79A7"),
    }
}

/// Write the maps as one DOT digraph, a cluster per document.
pub fn write(out: &mut dyn Write, maps: &Maps) -> std::io::Result<()> {
    writeln!(out, "digraph argmap {{")?;
    writeln!(out, "  rankdir=BT;")?;
    writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];")?;
    for (d, map) in maps.iter().enumerate() {
        writeln!(out, "  subgraph cluster_{d} {{")?;
        writeln!(out, "    label=\"{}\";", escape(&map.path))?;
        for node in map.nodes() {
            let (shape, colour) = style(node.kind);
            writeln!(
                out,
                "    \"{d}:{}\" [label=\"{}\\n{}\", shape={shape}, fillcolor=\"{colour}\"];",
                escape(&node.id),
                node.kind.name(),
                escape(&first_line(&node.text, 60)),
            )?;
        }
        for e in map.edges() {
            let style = match e.kind {
                EdgeKind::Supports => "color=\"#009E73\"",
                EdgeKind::Attacks => "color=\"#D55E00\", style=dashed, arrowhead=tee",
            };
            writeln!(
                out,
                "    \"{d}:{}\" -> \"{d}:{}\" [label=\"{}\", {style}];",
                escape(&map.node(e.from).id),
                escape(&map.node(e.to).id),
                e.kind.name()
            )?;
        }
        writeln!(out, "  }}")?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_backslashes_and_newlines() {
        assert_eq!(escape("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c d");
    }
}
