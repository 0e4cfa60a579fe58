//! Graphviz DOT. Labels are quoted strings with `"`, `\` and line breaks escaped.

use super::style::{self, Shape};
use super::{first_line, Maps};
use crate::graph::EdgeKind;
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
    // Graphviz's lexer takes the last backslash of an escaped `\\` and the
    // closing quote for an escaped quote, and the string runs on: a label
    // must not end in a backslash, so a space goes after it.
    if out.ends_with('\\') {
        out.push(' ');
    }
    out
}

/// Graphviz's name for an outline.
fn shape_name(shape: Shape) -> &'static str {
    match shape {
        Shape::Octagon => "doubleoctagon",
        Shape::Rectangle => "box",
        Shape::Note => "note",
        Shape::Hexagon => "hexagon",
        Shape::Diamond => "diamond",
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
            let shape = shape_name(style::shape(node.kind));
            let colour = style::fill(node.kind);
            writeln!(
                out,
                "    \"{d}:{}\" [label=\"{}\\n{}\", shape={shape}, fillcolor=\"{colour}\"];",
                escape(&node.id),
                node.kind.name(),
                escape(&first_line(&node.text, 60)),
            )?;
        }
        for e in map.edges() {
            let colour = style::edge_colour(e.kind);
            let style = match e.kind {
                EdgeKind::Supports => format!("color=\"{colour}\""),
                EdgeKind::Attacks => format!("color=\"{colour}\", style=dashed, arrowhead=tee"),
                EdgeKind::Restates => format!("color=\"{colour}\", style=dotted, arrowhead=none"),
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
        assert_eq!(escape("ends in \\"), "ends in \\\\ ");
    }
}
