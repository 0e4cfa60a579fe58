//! Graphviz DOT. Labels are quoted strings with `"`, `\` and line breaks escaped.

use super::drawing::{self, wrap};
use super::style::{self, Shape};
use super::Maps;
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
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

/// Characters per line of a node's text in the drawings that wrap it.
pub const LABEL_CHARS: usize = 28;
/// Lines of a node's text under its kind; an ellipsis marks a cut.
pub const LABEL_LINES: usize = 3;

/// Graphviz's attributes for an outline around `lines` lines of text.
fn shape_attributes(shape: Shape, lines: usize) -> String {
    // Graphviz sizes a polygon other than a box to about twice the text's
    // width and height; these get the size of the text and the points'
    // room instead (inches; a line of 10 pt text is 0.17 in high).
    let high = |points: f64| format!("{:.2}", points + 0.17 * lines as f64);
    match shape {
        Shape::Octagon => "shape=doubleoctagon".to_string(),
        Shape::Rectangle => "shape=box".to_string(),
        Shape::Note => "shape=note".to_string(),
        Shape::Hexagon => format!(
            "shape=hexagon, fixedsize=shape, width=2.9, height={}",
            high(0.3)
        ),
        // A hexagon stood on a point: pointed top and bottom, like the
        // page's drawing, where Graphviz's own diamond is very wide.
        Shape::Diamond => format!(
            "shape=polygon, sides=6, orientation=30, fixedsize=shape, width=2.5, height={}",
            high(0.5)
        ),
    }
}

/// The line style of an edge kind: colour says support or attack, and so
/// do the dash and the arrowhead, for readers and printers without colour.
fn edge_attributes(kind: EdgeKind) -> String {
    let colour = style::edge_colour(kind);
    match kind {
        EdgeKind::Supports => format!("color=\"{colour}\""),
        EdgeKind::Attacks => format!("color=\"{colour}\", style=dashed, arrowhead=tee"),
        // A restatement is no reason: dotted, without a head.
        EdgeKind::Restates => format!("color=\"{colour}\", style=dotted, arrowhead=none"),
    }
}

/// A node's lines: its kind, then its text wrapped to [`LABEL_CHARS`] in
/// at most [`LABEL_LINES`] lines.
fn label_lines(kind: NodeKind, text: &str) -> Vec<String> {
    let mut lines = vec![kind.name().to_uppercase()];
    lines.extend(wrap(text, LABEL_CHARS, LABEL_LINES));
    lines
}

/// Most nodes in one row of the drawing: seven boxes of [`LABEL_CHARS`]
/// characters at 10 pt fill an A3 landscape page (16.5 in at 96 dpi).
pub const ROW_NODES: usize = 6;

/// The rows of one document's drawing, top first: argmap's own layers
/// (premises under what they bear on, the thesis alone on top), each cut
/// into rows of at most [`ROW_NODES`] nodes, left to right as argmap's
/// layout orders them, with the recommendations' lane last.
pub fn rows(map: &DocumentMap) -> Vec<Vec<usize>> {
    let drawing = drawing::layout(map);
    let layers = drawing.nodes.iter().map(|p| p.layer + 1).max().unwrap_or(0);
    let mut by_layer: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (i, placed) in drawing.nodes.iter().enumerate() {
        by_layer[placed.layer].push(i);
    }
    let mut rows = Vec::new();
    for mut layer in by_layer {
        let at = |i: usize| (drawing.nodes[i].apart, drawing.nodes[i].rect.x);
        layer.sort_by(|&a, &b| {
            let (a, b) = (at(a), at(b));
            a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
        });
        let count = layer.len().div_ceil(ROW_NODES);
        if count == 0 {
            continue;
        }
        // Rows of even length: 8 nodes are two rows of 4, not 7 and 1.
        let size = layer.len().div_ceil(count);
        rows.extend(layer.chunks(size).map(<[usize]>::to_vec));
    }
    rows
}

/// Write the maps as one DOT digraph, a cluster per document.
///
/// Premises sit under what they bear on (`rankdir=BT`), in argmap's own
/// layers; a layer wider than [`ROW_NODES`] is folded into rows held apart
/// by invisible edges, so that a map of a few dozen nodes is drawn about
/// as wide as it is high instead of as one long strip.
pub fn write(out: &mut dyn Write, maps: &Maps) -> std::io::Result<()> {
    writeln!(out, "digraph argmap {{")?;
    writeln!(out, "  rankdir=BT;")?;
    writeln!(out, "  newrank=true;")?;
    writeln!(out, "  nodesep=0.15;")?;
    writeln!(out, "  ranksep=0.28;")?;
    writeln!(
        out,
        "  node [style=filled, fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.04\"];"
    )?;
    writeln!(out, "  edge [arrowsize=0.7, penwidth=1.2];")?;
    for (d, map) in maps.iter().enumerate() {
        writeln!(out, "  subgraph cluster_{d} {{")?;
        writeln!(out, "    label=\"{}\";", escape(&map.path))?;
        let name = |i: usize| format!("\"{d}:{}\"", escape(&map.nodes()[i].id));
        for (i, node) in map.nodes().iter().enumerate() {
            let lines = label_lines(node.kind, &node.text);
            let label: Vec<String> = lines.iter().map(|l| escape(l)).collect();
            writeln!(
                out,
                "    {} [label=\"{}\", {}, fillcolor=\"{}\"];",
                name(i),
                label.join("\\n"),
                shape_attributes(style::shape(node.kind), lines.len()),
                style::fill(node.kind),
            )?;
        }
        let rows = rows(map);
        let mut row_of = vec![0; map.nodes().len()];
        for (r, row) in rows.iter().enumerate() {
            let members: Vec<String> = row.iter().map(|&i| name(i)).collect();
            writeln!(out, "    {{ rank=same; {}; }}", members.join("; "))?;
            for &i in row {
                row_of[i] = r;
            }
        }
        // Each row under the one before it.
        for pair in rows.windows(2) {
            writeln!(
                out,
                "    {} -> {} [style=invis];",
                name(pair[1][0]),
                name(pair[0][0])
            )?;
        }
        for e in map.edges() {
            let (from, to) = (e.from.get(), e.to.get());
            // An edge that does not run upwards (it closes a cycle or
            // leaves the thesis) must not pull the rows out of order.
            let constraint = if row_of[from] > row_of[to] {
                ""
            } else {
                ", constraint=false"
            };
            writeln!(
                out,
                "    {} -> {} [{}{constraint}];",
                name(from),
                name(to),
                edge_attributes(e.kind),
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

    #[test]
    fn labels_wrap_and_edges_carry_none() {
        use crate::document::{Document, SourceFormat};
        let doc = Document::parse(
            "e.md",
            "Cities must plant trees along every street in the town centre before the summer. \
             A 2019 study of forty towns found streets with trees were three degrees cooler at noon.",
            SourceFormat::Markdown,
        );
        let mut out = Vec::new();
        write(&mut out, &[crate::extract::build_map(&doc)]).unwrap();
        let dot = String::from_utf8(out).unwrap();
        let thesis = dot.lines().find(|l| l.contains("\"0:thesis\" [")).unwrap();
        let label =
            &thesis[thesis.find("label=\"").unwrap() + 7..thesis.find("\", shape").unwrap()];
        let lines: Vec<&str> = label.split("\\n").collect();
        assert_eq!(lines[0], "THESIS");
        assert!(
            lines.len() > 2 && lines.len() <= 1 + LABEL_LINES,
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| l.chars().count() <= LABEL_CHARS));
        for edge in dot.lines().filter(|l| l.contains(" -> ")) {
            assert!(!edge.contains("label"), "{edge}");
        }
    }
}
