//! Human-readable listings for the terminal. Styles are ANSI codes that the
//! CLI's output stream strips when stdout is not a terminal or `NO_COLOR` is set.

use super::first_line;
use crate::graph::{DocumentMap, EdgeKind, EvidenceItem, NodeIndex, NodeKind};
use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

const DIM: Style = Style::new().dimmed();
const BOLD: Style = Style::new().bold();

/// The style of a kind's name.
pub fn kind_style(kind: NodeKind) -> Style {
    let colour = match kind {
        NodeKind::Thesis => AnsiColor::Magenta,
        NodeKind::Claim => AnsiColor::Blue,
        NodeKind::Evidence => AnsiColor::Yellow,
        NodeKind::Recommendation => AnsiColor::Green,
        NodeKind::Objection => AnsiColor::Red,
    };
    Style::new().fg_color(Some(colour.into())).bold()
}

fn kind_name(kind: NodeKind) -> String {
    let s = kind_style(kind);
    format!("{s}{:<14}{s:#}", kind.name())
}

fn location(map: &DocumentMap, node: NodeIndex) -> String {
    let n = map.node(node);
    format!("{DIM}{}:{}{DIM:#}", map.path, n.span.line)
}

/// One line per node: kind, id, file:line and the start of its text.
pub fn write_list(
    out: &mut dyn Write,
    items: &[(&DocumentMap, NodeIndex)],
    width: usize,
) -> io::Result<()> {
    let id_width = items
        .iter()
        .map(|(m, i)| m.node(*i).id.chars().count())
        .max()
        .unwrap_or(0);
    for (map, index) in items {
        let n = map.node(*index);
        writeln!(
            out,
            "{} {BOLD}{:<id_width$}{BOLD:#}  {}  {}",
            kind_name(n.kind),
            n.id,
            location(map, *index),
            first_line(&n.text, width)
        )?;
    }
    Ok(())
}

/// A node's heading line and its text, indented.
fn write_heading(
    out: &mut dyn Write,
    map: &DocumentMap,
    index: NodeIndex,
    indent: usize,
) -> io::Result<()> {
    let n = map.node(index);
    let pad = " ".repeat(indent);
    writeln!(
        out,
        "{pad}{} {BOLD}{}{BOLD:#}  {}",
        kind_name(n.kind),
        n.id,
        location(map, index)
    )?;
    writeln!(out, "{pad}    {}", first_line(&n.text, 200))
}

/// A root node and the tree of what bears on it.
pub fn write_tree(
    out: &mut dyn Write,
    map: &DocumentMap,
    root: NodeIndex,
    tree: &[EvidenceItem],
) -> io::Result<()> {
    write_heading(out, map, root, 0)?;
    if tree.is_empty() {
        // An empty tree may only mean `--depth 0`: say so when nodes do
        // bear on the root, rather than that nothing does.
        let direct = map.edges().iter().filter(|e| e.to == root).count();
        if direct == 0 {
            writeln!(out, "  {DIM}(nothing supports it){DIM:#}")?;
        } else {
            let s = if direct == 1 { "" } else { "s" };
            writeln!(
                out,
                "  {DIM}({direct} node{s} bear on it; not shown at depth 0, raise --depth){DIM:#}"
            )?;
        }
    }
    for item in tree {
        let marker = match item.edge {
            EdgeKind::Supports => "+",
            EdgeKind::Attacks => "-",
            EdgeKind::Restates => "=",
        };
        let pad = "  ".repeat(item.depth);
        let n = map.node(item.node);
        writeln!(
            out,
            "{pad}{marker} {} {BOLD}{}{BOLD:#}  {}",
            kind_name(n.kind),
            n.id,
            location(map, item.node)
        )?;
        writeln!(out, "{pad}      {}", first_line(&n.text, 200))?;
    }
    Ok(())
}

/// Everything about one node.
pub fn write_node(out: &mut dyn Write, map: &DocumentMap, index: NodeIndex) -> io::Result<()> {
    let n = map.node(index);
    let origin = match n.origin {
        crate::graph::Origin::Heuristic => "guessed",
        crate::graph::Origin::Annotation => "annotated",
    };
    let field = |out: &mut dyn Write, label: &str, value: &str| {
        writeln!(out, "{BOLD}{label:<13}{BOLD:#}{value}")
    };
    let style = kind_style(n.kind);
    field(out, "id", &n.id)?;
    field(
        out,
        "kind",
        &format!(
            "{style}{}{style:#} ({origin}, confidence {:.2})",
            n.kind.name(),
            n.confidence
        ),
    )?;
    field(
        out,
        "where",
        &format!("{}:{}:{}", map.path, n.span.line, n.span.column),
    )?;
    field(out, "text", &first_line(&n.text, usize::MAX))?;
    field(
        out,
        "cues",
        &if n.cues.is_empty() {
            "-".to_string()
        } else {
            let cues: Vec<String> = n.cues.iter().map(ToString::to_string).collect();
            cues.join(", ")
        },
    )?;
    let list = |ids: Vec<&str>| {
        if ids.is_empty() {
            "-".to_string()
        } else {
            ids.join(", ")
        }
    };
    let targets = |kind: EdgeKind| {
        list(
            map.outgoing(index)
                .filter(|e| e.kind == kind)
                .map(|e| map.node(e.to).id.as_str())
                .collect(),
        )
    };
    let sources = |kind: EdgeKind| {
        list(
            map.incoming(index)
                .filter(|e| e.kind == kind)
                .map(|e| map.node(e.from).id.as_str())
                .collect(),
        )
    };
    field(out, "supports", &targets(EdgeKind::Supports))?;
    field(out, "attacks", &targets(EdgeKind::Attacks))?;
    field(out, "supported by", &sources(EdgeKind::Supports))?;
    field(out, "attacked by", &sources(EdgeKind::Attacks))?;
    field(out, "restates", &targets(EdgeKind::Restates))?;
    field(out, "restated by", &sources(EdgeKind::Restates))
}

/// Counts per kind and edge type, per document.
pub fn write_stats(out: &mut dyn Write, maps: &[DocumentMap]) -> io::Result<()> {
    for map in maps {
        writeln!(out, "{BOLD}{}{BOLD:#}", map.path)?;
        let kinds: Vec<String> = NodeKind::ALL
            .iter()
            .map(|&k| format!("{} {}", k.name(), map.count(k)))
            .collect();
        writeln!(
            out,
            "  nodes  {}  (total {})",
            kinds.join("  "),
            map.nodes().len()
        )?;
        let edges: Vec<String> = EdgeKind::ALL
            .iter()
            .map(|&k| format!("{} {}", k.name(), map.count_edges(k)))
            .collect();
        writeln!(
            out,
            "  edges  {}  (total {})",
            edges.join("  "),
            map.edges().len()
        )?;
    }
    Ok(())
}
