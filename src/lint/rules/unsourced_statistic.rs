//! AM008 `unsourced-statistic`.

use crate::graph::{CueKind, NodeKind};
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that evidence stating a figure (a number, a percentage, a
    /// count) has a source: a link, a footnote or a citation such as
    /// "(Smith, 2019)" in its sentence or its paragraph. Off by default;
    /// enable it in `argmap.toml` with `unsourced-statistic = "warning"`.
    ///
    /// ## Why is this bad?
    /// A figure without a source cannot be checked, and readers cannot tell
    /// a measured number from a guess. Editorial policies often require one.
    ///
    /// ## Example
    /// ```markdown
    /// Trees cool streets. Shaded streets are 4 degrees cooler in summer.
    /// ```
    ///
    /// ## How to fix
    /// Cite where the figure comes from:
    /// ```markdown
    /// Trees cool streets. Shaded streets are 4 degrees cooler in summer
    /// [(Paris heat study, 2021)](https://example.org/heat-study).
    /// ```
    pub struct UnsourcedStatistic {
        code: "AM008",
        name: "unsourced-statistic",
        level: Off,
        summary: "Evidence stating a figure with no link, footnote or citation",
    }
}

impl Rule for UnsourcedStatistic {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        let cited = |i: usize| {
            cx.map.nodes()[i]
                .cues
                .iter()
                .any(|c| matches!(c.kind, CueKind::CitationLink | CueKind::CitationReference))
        };
        // Blocks with a citation cue on any of their nodes, found once.
        let mut cited_blocks = vec![false; cx.doc.blocks.len()];
        for (i, node) in cx.map.nodes().iter().enumerate() {
            if let Some(s) = cx.doc.sentences.get(node.sentence) {
                if cited(i) && s.block < cited_blocks.len() {
                    cited_blocks[s.block] = true;
                }
            }
        }
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Evidence {
                continue;
            }
            let Some(figure) = node
                .cues
                .iter()
                .find(|c| matches!(c.kind, CueKind::Figure | CueKind::NumberWord))
                .map(|c| c.detail())
            else {
                continue;
            };
            if cited(i.get()) {
                continue;
            }
            if let Some(sentence) = cx.doc.sentences.get(node.sentence) {
                let block_sourced = cx
                    .doc
                    .blocks
                    .get(sentence.block)
                    .is_some_and(|b| b.has_link)
                    || cited_blocks.get(sentence.block).copied().unwrap_or(false);
                // A footnote marker right after the final stop (`cooler.[^1]`)
                // belongs to the sentence even when the splitter left it out.
                let trailing_footnote = cx
                    .doc
                    .text
                    .get(sentence.span.end..)
                    .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with("[^"));
                if sentence.has_link || block_sourced || trailing_footnote {
                    continue;
                }
            }
            out.push(
                Violation::at_node(
                    cx.map,
                    i,
                    format!(
                        "evidence `{}` states a figure ({figure}) with no source",
                        node.id
                    ),
                    "no link, footnote or citation in this sentence or its paragraph",
                )
                .with_help("add a link, a footnote or a citation such as (Author, Year)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::check_text;

    #[test]
    fn figures_need_a_source_in_the_sentence_or_paragraph() {
        let bare = "Cities should plant more trees.\n\n\
                    Trees cool streets. In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        let found = check_text(&UnsourcedStatistic, bare);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("(4)"), "{}", found[0].message);
        let linked = "Cities should plant more trees.\n\n\
                      Trees cool streets. In 2021, shaded streets in Paris were 4 degrees cooler.\
                      [^1]\n\n[^1]: Paris heat study.\n";
        assert!(check_text(&UnsourcedStatistic, linked).is_empty());
        let paragraph = "Cities should plant more trees.\n\n\
                         Trees cool streets, as [a heat study](https://example.org) shows. \
                         In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        assert!(check_text(&UnsourcedStatistic, paragraph).is_empty());
    }
}
