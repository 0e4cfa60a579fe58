//! Semantic tokens: each argumentative sentence marked with its role, so
//! that an editor can colour the essay by role. One token type per role
//! (`thesis`, `claim`, ...), and the `annotated` modifier when the author
//! stated the role rather than argmap guessing it.

use super::position::utf16_len;
use super::state::Analysis;
use crate::graph::{NodeKind, Origin};
use lsp_types::{SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokensLegend};

/// The token types, one per role, in legend order.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: NodeKind::ALL
            .iter()
            .map(|k| SemanticTokenType::new(k.name()))
            .collect(),
        token_modifiers: vec![SemanticTokenModifier::new("annotated")],
    }
}

/// A role's index in the legend.
fn token_type(kind: NodeKind) -> u32 {
    let index = NodeKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
    u32::try_from(index).unwrap_or(0)
}

/// The tokens of every node's sentence, one per line it spans (clients
/// need not support tokens across lines), delta-encoded as LSP wants.
pub fn tokens(analysis: &Analysis) -> Vec<SemanticToken> {
    let text = analysis.text();
    let lines = &analysis.lines;
    let mut out = Vec::with_capacity(analysis.map.nodes().len());
    let (mut prev_line, mut prev_start) = (0u32, 0u32);
    for node in analysis.map.nodes() {
        let modifiers = match node.origin {
            Origin::Annotation => 1,
            Origin::Heuristic => 0,
        };
        let mut from = node.span.start;
        while from < node.span.end {
            let start = lines.position(text, from);
            let line_end = lines
                .line_end(text, start.line as usize)
                .min(node.span.end)
                .max(from);
            let length = utf16_len(&text[from..line_end]);
            if length > 0 {
                let delta_line = start.line - prev_line;
                let delta_start = if delta_line == 0 {
                    start.character - prev_start
                } else {
                    start.character
                };
                out.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length: u32::try_from(length).unwrap_or(u32::MAX),
                    token_type: token_type(node.kind),
                    token_modifiers_bitset: modifiers,
                });
                (prev_line, prev_start) = (start.line, start.character);
            }
            // On to the next line's first byte.
            from = lines
                .line_start(text, start.line as usize + 1)
                .max(line_end + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    #[test]
    fn sentences_become_tokens_per_line() {
        let text = "Cities should plant\nmore trees.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler. <!-- argmap: evidence -->\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let t: Vec<(u32, u32, u32, u32, u32)> = tokens(&a)
            .iter()
            .map(|t| {
                (
                    t.delta_line,
                    t.delta_start,
                    t.length,
                    t.token_type,
                    t.token_modifiers_bitset,
                )
            })
            .collect();
        assert_eq!(
            t,
            vec![
                (0, 0, 19, 0, 0),
                (1, 0, 11, 0, 0),
                (2, 0, 29, 1, 0),
                // The node is the proposition, after its opener "In 2021, ".
                (0, 39, 46, 2, 1),
            ]
        );
        assert_eq!(legend().token_types[2].as_str(), "evidence");
    }
}
