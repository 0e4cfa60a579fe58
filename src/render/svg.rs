//! One document's map drawn as an inline SVG element, from a [`Layout`].
//!
//! Every node is an `<a>` to its sentence on the page (`#s-ID`) and carries
//! `id="n-ID"`, so the sentence can link back. Kinds differ in outline and
//! in a written label as well as in colour; attacks are dashed and end in a
//! bar, supports are solid and end in an arrow.

use super::drawing::{Layout, Rect, Route, NODE_HEIGHT};
use super::style::{self, Shape};
use super::xml::escape;
use crate::graph::{DocumentMap, EdgeKind};
use std::io::{self, Write};

/// The page's element id of a node's drawing.
pub fn node_anchor(prefix: &str, id: &str) -> String {
    format!("n-{prefix}{id}")
}

/// The page's element id of a node's sentence.
pub fn sentence_anchor(prefix: &str, id: &str) -> String {
    format!("s-{prefix}{id}")
}

/// SVG elements that draw `shape` filling `r`.
pub fn outline(shape: Shape, r: Rect, fill: &str, stroke: &str) -> String {
    let (x, y, w, h) = (r.x, r.y, r.width, r.height);
    let paint = format!(r#"fill="{fill}" stroke="{stroke}""#);
    let polygon = |points: &[(f64, f64)], extra: &str| {
        let p: Vec<String> = points
            .iter()
            .map(|(px, py)| format!("{},{}", num(*px), num(*py)))
            .collect();
        format!(r#"<polygon points="{}" {paint}{extra}/>"#, p.join(" "))
    };
    match shape {
        Shape::Octagon => {
            let octagon = |i: f64| {
                let c = (h / 5.0).min(14.0) - i / 2.0;
                let (x, y, w, h) = (x + i, y + i, w - 2.0 * i, h - 2.0 * i);
                [
                    (x + c, y),
                    (x + w - c, y),
                    (x + w, y + c),
                    (x + w, y + h - c),
                    (x + w - c, y + h),
                    (x + c, y + h),
                    (x, y + h - c),
                    (x, y + c),
                ]
            };
            polygon(&octagon(0.0), r#" stroke-width="2""#)
                + &polygon(&octagon(4.0), r#" fill-opacity="0" stroke-width="1.2""#)
        }
        Shape::Rectangle => format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" {paint} stroke-width="1.5"/>"#,
            num(x),
            num(y),
            num(w),
            num(h)
        ),
        Shape::Note => {
            let f = (h / 5.0).min(14.0);
            polygon(
                &[
                    (x, y),
                    (x + w - f, y),
                    (x + w, y + f),
                    (x + w, y + h),
                    (x, y + h),
                ],
                r#" stroke-width="1.5""#,
            ) + &format!(
                r#"<polyline points="{},{} {},{} {},{}" fill="none" stroke="{stroke}" stroke-width="1.2"/>"#,
                num(x + w - f),
                num(y),
                num(x + w - f),
                num(y + f),
                num(x + w),
                num(y + f)
            )
        }
        Shape::Hexagon => {
            let p = (h / 5.0).min(14.0);
            polygon(
                &[
                    (x + p, y),
                    (x + w - p, y),
                    (x + w, y + h / 2.0),
                    (x + w - p, y + h),
                    (x + p, y + h),
                    (x, y + h / 2.0),
                ],
                r#" stroke-width="1.5""#,
            )
        }
        Shape::Diamond => {
            let p = (h / 7.0).min(10.0);
            polygon(
                &[
                    (x, y + p),
                    (x + w / 2.0, y),
                    (x + w, y + p),
                    (x + w, y + h - p),
                    (x + w / 2.0, y + h),
                    (x, y + h - p),
                ],
                r#" stroke-width="1.5""#,
            )
        }
    }
}

/// A coordinate with one decimal, without a trailing `.0`.
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    match s.strip_suffix(".0") {
        Some("-0") => "0".to_string(),
        Some(whole) => whole.to_string(),
        None => s,
    }
}

/// The fill of a node box: the palette colour lightened so text stays legible.
pub fn node_fill(kind: crate::graph::NodeKind) -> String {
    style::tint(style::fill(kind), 0.45)
}

/// The outline colour of a node box: the palette colour darkened so that
/// even the yellow shows against white.
pub fn node_stroke(kind: crate::graph::NodeKind) -> String {
    style::shade(style::fill(kind), 0.7)
}

/// Write `map` as an `<svg>` element. `prefix` keeps element ids unique when
/// a page holds several maps; `label` names the drawing for screen readers.
pub fn write(
    out: &mut dyn Write,
    map: &DocumentMap,
    layout: &Layout,
    prefix: &str,
    label: &str,
) -> io::Result<()> {
    let (w, h) = (num(layout.width), num(layout.height));
    writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label="{}">"#,
        escape(label)
    )?;
    writeln!(out, "<title>{}</title>", escape(label))?;
    writeln!(out, "<defs>")?;
    for kind in EdgeKind::ALL {
        let colour = style::edge_colour(kind);
        let head = match kind {
            EdgeKind::Supports => format!(r#"<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/>"#),
            EdgeKind::Attacks => {
                format!(r#"<path d="M8,0 L8,10 M0,5 L8,5" stroke="{colour}" stroke-width="2.5"/>"#)
            }
            EdgeKind::Restates => String::new(),
        };
        writeln!(
            out,
            r#"<marker id="m-{}{}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">{head}</marker>"#,
            escape(prefix),
            kind.name()
        )?;
    }
    writeln!(out, "</defs>")?;
    if let Some(lane) = layout.lane {
        writeln!(
            out,
            r##"<g class="lane"><rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#F5F5F5" stroke="#767676" stroke-dasharray="6 4"/><text x="{}" y="{}" class="lane-title">Recommendations</text></g>"##,
            num(lane.x),
            num(lane.y),
            num(lane.width),
            num(lane.height),
            num(lane.x + 12.0),
            num(lane.y + 20.0)
        )?;
    }
    writeln!(out, r#"<g class="edges">"#)?;
    for (e, route) in map.edges().iter().zip(&layout.edges) {
        let colour = style::edge_colour(e.kind);
        let dash = match e.kind {
            EdgeKind::Supports => "",
            EdgeKind::Attacks => r#" stroke-dasharray="6 4""#,
            EdgeKind::Restates => r#" stroke-dasharray="2 3""#,
        };
        writeln!(
            out,
            r#"<path class="edge {kind}" d="{}" fill="none" stroke="{colour}" stroke-width="1.6"{dash} marker-end="url(#m-{}{kind})"><title>{} {kind} {}</title></path>"#,
            path(route),
            escape(prefix),
            escape(&map.node(e.from).id),
            escape(&map.node(e.to).id),
            kind = e.kind.name(),
        )?;
    }
    writeln!(out, "</g>")?;
    writeln!(out, r#"<g class="nodes">"#)?;
    for (node, placed) in map.nodes().iter().zip(&layout.nodes) {
        let r = placed.rect;
        writeln!(
            out,
            r#"<a class="node k-{kind}" id="{}" href="{}"><title>{kind} {}: {}</title>"#,
            escape(&node_anchor(prefix, &node.id)),
            escape(&format!("#{}", sentence_anchor(prefix, &node.id))),
            escape(&node.id),
            escape(&node.text),
            kind = node.kind.name(),
        )?;
        writeln!(
            out,
            "{}",
            outline(
                style::shape(node.kind),
                r,
                &node_fill(node.kind),
                &node_stroke(node.kind)
            )
        )?;
        let left = num(r.x + 16.0);
        writeln!(
            out,
            r#"<text x="{left}" y="{}" class="kind">{}</text>"#,
            num(r.y + 19.0),
            node.kind.name().to_uppercase()
        )?;
        for (k, line) in placed.lines.iter().enumerate() {
            let y = r.y + 36.0 + 14.0 * k as f64;
            if y > r.y + NODE_HEIGHT - 6.0 {
                break;
            }
            writeln!(
                out,
                r#"<text x="{left}" y="{}" class="line">{}</text>"#,
                num(y),
                escape(line)
            )?;
        }
        writeln!(out, "</a>")?;
    }
    writeln!(out, "</g>")?;
    writeln!(out, "</svg>")
}

/// The SVG path of a route: smooth curves between layers, straight lines
/// where a long edge passes a layer.
fn path(route: &Route) -> String {
    let p = &route.points;
    let mut d = format!("M{},{}", num(p[0].0), num(p[0].1));
    if !route.upward {
        let (a, b) = (p[0], p[p.len() - 1]);
        let bulge = 40.0 + (a.1 - b.1).abs() * 0.15;
        d.push_str(&format!(
            " C{},{} {},{} {},{}",
            num(a.0 + bulge),
            num(a.1),
            num(b.0 + bulge),
            num(b.1),
            num(b.0),
            num(b.1)
        ));
        return d;
    }
    for pair in p.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.0 == b.0 {
            d.push_str(&format!(" L{},{}", num(b.0), num(b.1)));
        } else {
            let mid = (a.1 + b.1) / 2.0;
            d.push_str(&format!(
                " C{},{} {},{} {},{}",
                num(a.0),
                num(mid),
                num(b.0),
                num(mid),
                num(b.0),
                num(b.1)
            ));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(3.26), "3.3");
        assert_eq!(num(-0.04), "0");
    }
}
