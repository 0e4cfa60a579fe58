//! Mermaid flowcharts (rendered by GitHub). Labels are written as quoted
//! strings with every character that Mermaid or HTML could read as syntax
//! replaced by an entity code, so no essay text can break the chart.

use super::style::{self, Shape};
use super::{first_line, Maps};
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

/// Write the maps as one Mermaid flowchart, a subgraph per document.
pub fn write(out: &mut dyn Write, maps: &Maps) -> std::io::Result<()> {
    writeln!(out, "flowchart BT")?;
    for (d, map) in maps.iter().enumerate() {
        writeln!(out, "  subgraph doc{d}[\"{}\"]", escape(&map.path))?;
        for (i, node) in map.nodes().iter().enumerate() {
            let label = format!(
                "{}: {}",
                node.kind.name(),
                escape(&first_line(&node.text, 60))
            );
            writeln!(out, "    d{d}n{i}{}", shape(node.kind, &label))?;
        }
        for e in map.edges() {
            let arrow = match e.kind {
                EdgeKind::Supports => "-->|supports|",
                EdgeKind::Attacks => "-.->|attacks|",
                EdgeKind::Restates => "-.-|restates|",
            };
            writeln!(out, "    d{d}n{} {arrow} d{d}n{}", e.from.get(), e.to.get())?;
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
            "  classDef {} fill:{}{stroke};",
            kind.name(),
            style::fill(kind)
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
