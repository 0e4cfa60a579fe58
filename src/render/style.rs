//! How each role looks in every format that draws the map: one colour per
//! kind from the Okabe-Ito palette, which stays distinguishable with the
//! common colour-vision deficiencies, and one outline per kind, so that a
//! kind never rests on colour alone.

use crate::graph::{EdgeKind, NodeKind};

/// A node outline; each format names or draws it in its own vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Eight corners, doubled where the format can: the thesis.
    Octagon,
    /// A plain box: claims.
    Rectangle,
    /// A page with a folded corner: evidence.
    Note,
    /// Pointed left and right ends: recommendations.
    Hexagon,
    /// Pointed top and bottom: objections.
    Diamond,
}

/// The fill colour of a kind.
pub fn fill(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Thesis => "#E69F00",
        NodeKind::Claim => "#56B4E9",
        NodeKind::Evidence => "#F0E442",
        NodeKind::Recommendation => "#009E73",
        NodeKind::Objection => "#CC79A7",
    }
}

/// The outline of a kind.
pub fn shape(kind: NodeKind) -> Shape {
    match kind {
        NodeKind::Thesis => Shape::Octagon,
        NodeKind::Claim => Shape::Rectangle,
        NodeKind::Evidence => Shape::Note,
        NodeKind::Recommendation => Shape::Hexagon,
        NodeKind::Objection => Shape::Diamond,
    }
}

/// The place of an edge kind in [`EdgeKind::ALL`]. Exhaustive on purpose:
/// a new kind does not compile until it has a place here, and the check
/// below fails until `EdgeKind::ALL` lists it there.
pub const fn edge_position(kind: EdgeKind) -> usize {
    match kind {
        EdgeKind::Supports => 0,
        EdgeKind::Attacks => 1,
        EdgeKind::Restates => 2,
    }
}

// Every kind of EdgeKind::ALL sits at its place.
const _: () = {
    let mut i = 0;
    while i < EdgeKind::ALL.len() {
        assert!(edge_position(EdgeKind::ALL[i]) == i);
        i += 1;
    }
};

/// The line colour of an edge kind; attacks are also dashed wherever drawn.
pub fn edge_colour(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Supports => "#009E73",
        EdgeKind::Attacks => "#D55E00",
        EdgeKind::Restates => "#767676",
    }
}

/// `colour` (`#RRGGBB`) mixed with white: `amount` 0 is white, 1 the colour.
pub fn tint(colour: &str, amount: f64) -> String {
    mix(colour, 255.0, amount)
}

/// `colour` (`#RRGGBB`) mixed with black: `amount` 0 is black, 1 the colour.
/// Lines drawn in the palette's yellow need this to show on white paper.
pub fn shade(colour: &str, amount: f64) -> String {
    mix(colour, 0.0, amount)
}

/// The WCAG 2 contrast ratio of two `#RRGGBB` colours, from 1 to 21.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The WCAG 2 relative luminance of a `#RRGGBB` colour.
fn luminance(colour: &str) -> f64 {
    let channel = |i: usize| {
        let c = colour
            .get(1 + 2 * i..3 + 2 * i)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |c| f64::from(c) / 255.0);
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

fn mix(colour: &str, base: f64, amount: f64) -> String {
    let channel = |i: usize| {
        let c = colour
            .get(1 + 2 * i..3 + 2 * i)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
        (base + (f64::from(c) - base) * amount).round() as u8
    };
    format!("#{:02X}{:02X}{:02X}", channel(0), channel(1), channel(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixing_reaches_both_ends() {
        assert_eq!(tint("#E69F00", 1.0), "#E69F00");
        assert_eq!(tint("#E69F00", 0.0), "#FFFFFF");
        assert_eq!(shade("#F0E442", 0.0), "#000000");
        assert_eq!(tint("#000000", 0.5), "#808080");
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast("#000000", "#FFFFFF") - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#777777") - 1.0).abs() < 1e-9);
        // The text colour Mermaid used to get, #333, on the green: 3.7:1.
        assert!((contrast("#333333", "#009E73") - 3.7).abs() < 0.05);
    }

    #[test]
    fn node_text_is_legible_on_every_fill() {
        for kind in NodeKind::ALL {
            // Mermaid and Graphviz: the palette's fill, black text.
            let c = contrast(super::super::mermaid::TEXT_COLOUR, fill(kind));
            assert!(c >= 4.5, "{kind}: {c:.2}:1 in Mermaid and DOT");
            // The page: the lightened fill, its near-black text.
            let c = contrast("#1A1A1A", &super::super::svg::node_fill(kind));
            assert!(c >= 4.5, "{kind}: {c:.2}:1 on the page");
        }
    }

    #[test]
    fn every_kind_differs_in_colour_and_shape() {
        for (i, a) in NodeKind::ALL.iter().enumerate() {
            for b in &NodeKind::ALL[i + 1..] {
                assert_ne!(fill(*a), fill(*b));
                assert_ne!(shape(*a), shape(*b));
            }
        }
    }
}
