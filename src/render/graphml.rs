//! GraphML for yEd, Gephi and draw.io: one directed graph holding every
//! document's nodes and edges.
//!
//! Plain `<data>` attributes carry what argmap knows (`kind`, `text`,
//! `argmap_id`, `document`, `confidence`, `origin`, and a `label` that
//! Gephi shows: the kind and the wrapped start of the text, the very text
//! of yEd's label, which networkx reads into `label` too); yEd's own `nodegraphics`/`edgegraphics` add the palette,
//! the shapes and the positions of argmap's layered layout, so the file
//! opens in yEd already drawn. Readers that do not know yEd's keys skip them.

use super::drawing::{self, Layout};
use super::style::{self, Shape};
use super::xml::escape;
use super::Maps;
use crate::graph::{EdgeKind, Origin};
use std::io::{self, Write};

/// Space between documents laid side by side.
const DOCUMENT_GAP: f64 = 80.0;

/// The GraphML node id of node `id` of document `d`.
pub fn node_id(d: usize, id: &str) -> String {
    format!("d{d}:{id}")
}

/// yEd's name for an outline.
fn yed_shape(shape: Shape) -> &'static str {
    match shape {
        Shape::Octagon => "octagon",
        Shape::Rectangle => "rectangle",
        Shape::Note => "parallelogram",
        Shape::Hexagon => "hexagon",
        Shape::Diamond => "diamond",
    }
}

/// The contract's name for where a role came from.
fn origin(origin: Origin) -> &'static str {
    match origin {
        Origin::Heuristic => "heuristic",
        Origin::Annotation => "annotation",
    }
}

/// Write the maps as one GraphML document.
pub fn write(out: &mut dyn Write, maps: &Maps) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">"#
    )?;
    for (key, target, kind) in [
        ("kind", "node", "string"),
        ("text", "node", "string"),
        ("argmap_id", "node", "string"),
        ("document", "node", "string"),
        ("label", "node", "string"),
        ("confidence", "node", "double"),
        ("origin", "node", "string"),
    ] {
        writeln!(
            out,
            r#"  <key id="{key}" for="{target}" attr.name="{key}" attr.type="{kind}"/>"#
        )?;
    }
    writeln!(
        out,
        r#"  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>"#
    )?;
    writeln!(
        out,
        r#"  <key id="yed_node" for="node" yfiles.type="nodegraphics"/>"#
    )?;
    writeln!(
        out,
        r#"  <key id="yed_edge" for="edge" yfiles.type="edgegraphics"/>"#
    )?;
    writeln!(out, r#"  <graph id="argmap" edgedefault="directed">"#)?;
    let mut left = 0.0;
    let mut edge_number = 0;
    for (d, map) in maps.iter().enumerate() {
        let drawing: Layout = drawing::layout(map);
        for (node, placed) in map.nodes().iter().zip(&drawing.nodes) {
            writeln!(out, r#"    <node id="{}">"#, escape(&node_id(d, &node.id)))?;
            // One label for every reader: networkx, like yEd, takes the
            // yEd label's text as `label`, so argmap's own is the same text.
            let mut lines = vec![node.kind.name().to_uppercase()];
            lines.extend(placed.lines.iter().cloned());
            let label = lines.join("\n");
            for (key, value) in [
                ("kind", node.kind.name().to_string()),
                ("text", node.text.to_string()),
                ("argmap_id", node.id.clone()),
                ("document", map.path.clone()),
                ("label", label.clone()),
                ("confidence", format!("{}", node.confidence)),
                ("origin", origin(node.origin).to_string()),
            ] {
                writeln!(out, r#"      <data key="{key}">{}</data>"#, escape(&value))?;
            }
            let r = placed.rect;
            writeln!(
                out,
                r#"      <data key="yed_node"><y:ShapeNode><y:Geometry x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}"/><y:Fill color="{}" transparent="false"/><y:BorderStyle color="{}" type="line" width="1.5"/><y:NodeLabel alignment="left" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" modelName="internal" modelPosition="c">{}</y:NodeLabel><y:Shape type="{}"/></y:ShapeNode></data>"#,
                left + r.x,
                r.y,
                r.width,
                r.height,
                super::svg::node_fill(node.kind),
                super::svg::node_stroke(node.kind),
                escape(&label),
                yed_shape(style::shape(node.kind)),
            )?;
            writeln!(out, "    </node>")?;
        }
        for e in map.edges() {
            edge_number += 1;
            writeln!(
                out,
                r#"    <edge id="e{edge_number}" source="{}" target="{}">"#,
                escape(&node_id(d, &map.node(e.from).id)),
                escape(&node_id(d, &map.node(e.to).id))
            )?;
            writeln!(
                out,
                r#"      <data key="edge_kind">{}</data>"#,
                e.kind.name()
            )?;
            let (line, arrow) = match e.kind {
                EdgeKind::Supports => ("line", "standard"),
                EdgeKind::Attacks => ("dashed", "t_shape"),
                EdgeKind::Restates => ("dotted", "none"),
            };
            writeln!(
                out,
                r#"      <data key="yed_edge"><y:PolyLineEdge><y:LineStyle color="{}" type="{line}" width="1.5"/><y:Arrows source="none" target="{arrow}"/></y:PolyLineEdge></data>"#,
                style::edge_colour(e.kind)
            )?;
            writeln!(out, "    </edge>")?;
        }
        left += drawing.width + DOCUMENT_GAP;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    #[test]
    fn parses_as_xml_with_declared_keys() {
        let doc = Document::parse(
            "a&b.md",
            "Cities must plant <trees>. Trees cool streets by 3 degrees.",
            SourceFormat::Markdown,
        );
        let maps = vec![crate::extract::build_map(&doc)];
        let mut out = Vec::new();
        write(&mut out, &maps).unwrap();
        let text = String::from_utf8(out).unwrap();
        let xml = roxmltree::Document::parse(&text).unwrap();
        let keys: Vec<&str> = xml
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .filter_map(|n| n.attribute("id"))
            .collect();
        for n in xml.descendants().filter(|n| n.has_tag_name("data")) {
            assert!(keys.contains(&n.attribute("key").unwrap()));
        }
        let texts: Vec<&str> = xml
            .descendants()
            .filter(|n| n.has_tag_name("data") && n.attribute("key") == Some("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(texts[0], "Cities must plant <trees>.");
    }
}
