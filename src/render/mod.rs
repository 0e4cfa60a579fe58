//! Stage 5: the map as text, JSON, DOT, Mermaid, AIF, Argdown, GraphML and a
//! self-contained HTML page, and lint findings as diagnostics, JSON and
//! SARIF. One module per format.
//!
//! Renderers write to any [`std::io::Write`] and never fail on essay text:
//! every label is escaped for its format.

pub mod aif;
pub mod annotate;
pub mod argdown;
pub mod diagnostics;
pub mod dot;
pub mod drawing;
pub mod findings_json;
pub mod graphml;
pub mod html;
pub mod json;
pub mod mermaid;
pub mod sarif;
pub mod style;
pub mod svg;
pub mod text;
pub mod xml;

use crate::graph::DocumentMap;

/// A set of document maps, as the commands see it.
pub type Maps = [DocumentMap];

/// The first line of a node's text, shortened to `width` characters with an ellipsis.
pub fn first_line(text: &str, width: usize) -> String {
    let line = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    if line.chars().count() <= width {
        line
    } else {
        let mut short: String = line.chars().take(width.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_folds_and_shortens() {
        assert_eq!(first_line("a\n  b", 10), "a b");
        assert_eq!(first_line("abcdefghijk", 5), "abcd…");
    }
}
