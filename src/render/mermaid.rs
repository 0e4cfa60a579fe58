//! Mermaid flowcharts (rendered by GitHub). Labels are written as quoted
//! strings with every character that Mermaid or HTML could read as syntax
//! replaced by an entity code, so no essay text can break the chart.

use super::dot::{LABEL_CHARS, LABEL_LINES};
use super::drawing::wrap;
use super::style::{self, Shape};
use super::Maps;
use crate::graph::{EdgeKind, NodeKind};
use std::io::Write;

/// Escape text for a Mermaid `"..."` label: quotes, brackets, angle brackets
/// (so `-->` and `<script>` cannot survive), ampersands and pipes become
/// `#code;` entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '<' | '>' | '&' | '#' | '[' | ']' | '{' | '}' | '(' | ')' | '|' | '`' | '\\' => {
                out.push_str(&format!("#{};", c as u32))
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The node shape per kind (so the kind shows without colour).
fn shape(kind: NodeKind, label: &str) -> String {
    match style::shape(kind) {
        Shape::Octagon => format!("{{{{\"{label}\"}}}}"),
        Shape::Rectangle => format!("[\"{label}\"]"),
        Shape::Note => format!("[/\"{label}\"/]"),
        Shape::Hexagon => format!("([\"{label}\"])"),
        Shape::Diamond => format!("{{\"{label}\"}}"),
    }
}

/// The most characters Mermaid draws in one diagram by default (its
/// `maxTextSize`); past it, it shows "Maximum text size in diagram
/// exceeded" instead of the chart.
pub const MAX_TEXT_SIZE: usize = 50_000;

/// The warning `argmap graph` gives before a chart Mermaid would refuse to
/// draw: one longer than [`MAX_TEXT_SIZE`].
pub fn size_warning(chart: &[u8]) -> Option<String> {
    // Mermaid counts a JavaScript string's length: UTF-16 units.
    let size = std::str::from_utf8(chart).map_or(chart.len(), |s| s.encode_utf16().count());
    (size > MAX_TEXT_SIZE).then(|| {
        format!(
            "the Mermaid chart is {size} characters; Mermaid draws at most {MAX_TEXT_SIZE} by default (maxTextSize): export fewer documents at a time, e.g. one per file"
        )
    })
}

/// The colour of node text: black, which keeps a contrast of at least
/// 4.5:1 (WCAG AA) on every fill of the palette (tested in `style`).
pub const TEXT_COLOUR: &str = "#000000";

/// A node's label: its kind, then its text wrapped as in the DOT drawing,
/// the lines joined by `<br/>` (which Mermaid keeps in a label).
fn label(kind: NodeKind, text: &str) -> String {
    let mut lines = vec![kind.name().to_uppercase()];
    lines.extend(
        wrap(text, LABEL_CHARS, LABEL_LINES)
            .iter()
            .map(|l| escape(l)),
    );
    lines.join("<br/>")
}

/// Write the maps as one Mermaid flowchart, a subgraph per document.
/// Edges carry no label: supports are solid arrows, attacks dotted arrows,
/// restatements dotted lines, each in its colour.
/// A file of many documents can pass [`MAX_TEXT_SIZE`]; `argmap graph`
/// warns when it does.
pub fn write(out: &mut dyn Write, maps: &Maps) -> std::io::Result<()> {
    // Mermaid wraps a label wider than 200 px on its own, in the middle
    // of argmap's lines; these are at most LABEL_CHARS wide.
    writeln!(
        out,
        "%%{{init: {{\"flowchart\": {{\"wrappingWidth\": 320}}}}}}%%"
    )?;
    writeln!(out, "flowchart BT")?;
    // The links of each edge kind, by their number in the chart, for
    // linkStyle: Mermaid draws every link grey unless told.
    let mut by_kind: Vec<Vec<usize>> = vec![Vec::new(); EdgeKind::ALL.len()];
    let mut links = 0usize;
    for (d, map) in maps.iter().enumerate() {
        writeln!(out, "  subgraph doc{d}[\"{}\"]", escape(&map.path))?;
        // A subgraph is drawn top to bottom unless told otherwise.
        writeln!(out, "    direction BT")?;
        for (i, node) in map.nodes().iter().enumerate() {
            writeln!(
                out,
                "    d{d}n{i}{}",
                shape(node.kind, &label(node.kind, &node.text))
            )?;
        }
        for e in map.edges() {
            let arrow = match e.kind {
                EdgeKind::Supports => "-->",
                EdgeKind::Attacks => "-.->",
                // A restatement is no reason: dotted, without a head.
                EdgeKind::Restates => "-.-",
            };
            by_kind[style::edge_position(e.kind)].push(links);
            links += 1;
            writeln!(out, "    d{d}n{} {arrow} d{d}n{}", e.from.get(), e.to.get())?;
        }
        // Folded rows, as in the DOT drawing: each node of a row held under
        // the row before it by an invisible link, so that a wide layer
        // does not become one long strip.
        for pair in super::dot::rows(map).windows(2) {
            for &i in &pair[1] {
                writeln!(out, "    d{d}n{i} ~~~ d{d}n{}", pair[0][0])?;
                links += 1;
            }
        }
        writeln!(out, "  end")?;
        for (i, node) in map.nodes().iter().enumerate() {
            writeln!(out, "  class d{d}n{i} {};", node.kind.name())?;
        }
    }
    for kind in NodeKind::ALL {
        // The thesis stands out by its outline too, as in every other format.
        let stroke = if kind == NodeKind::Thesis {
            ",stroke:#333,stroke-width:2px"
        } else {
            ""
        };
        writeln!(
            out,
            "  classDef {} fill:{},color:{TEXT_COLOUR}{stroke};",
            kind.name(),
            style::fill(kind)
        )?;
    }
    for (kind, list) in EdgeKind::ALL.iter().zip(&by_kind) {
        if list.is_empty() {
            continue;
        }
        let list: Vec<String> = list.iter().map(usize::to_string).collect();
        writeln!(
            out,
            "  linkStyle {} stroke:{}",
            list.join(","),
            style::edge_colour(*kind)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_cannot_escape_the_label() {
        let e = escape("a\"] --> X[<script>alert(1)</script>\nb");
        assert!(!e.contains('"'));
        assert!(!e.contains(']'));
        assert!(!e.contains("-->"));
        assert!(!e.contains('<'));
        assert!(!e.contains('\n'));
    }
}
