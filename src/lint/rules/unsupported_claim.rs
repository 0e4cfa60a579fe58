//! AM002 `unsupported-claim`.

use crate::graph::NodeKind;
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every claim has evidence under it: facts, figures,
    /// examples, precedents or citations that support it directly or through
    /// its sub-claims. The evidence a claim needs is set by
    /// `thresholds.min-evidence-per-claim` in `argmap.toml` (default 1). The
    /// thesis is not checked here: it is carried by claims
    /// (see `disconnected-claim`).
    ///
    /// ## Why is this bad?
    /// A claim that nothing backs up asks the reader to take it on trust.
    /// Reviewers, graders and sceptical readers look for exactly these gaps.
    ///
    /// ## Example
    /// ```markdown
    /// Parks make residents healthier. They are also good for the mind.
    /// ```
    ///
    /// ## How to fix
    /// Back the claim with evidence in the same paragraph, or support it
    /// with a sub-claim that has evidence:
    /// ```markdown
    /// Parks make residents healthier. A 2019 survey of 3,000 adults found
    /// that people living near parks walk 40 minutes more each week.
    /// ```
    pub struct UnsupportedClaim {
        code: "AM002",
        name: "unsupported-claim",
        level: Warning,
        summary: "A claim with no evidence under it, directly or through sub-claims",
    }
}

impl Rule for UnsupportedClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        let need = cx.min_evidence;
        if need == 0 {
            return;
        }
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Claim {
                continue;
            }
            let have = cx.support.evidence[i.get()];
            if have >= need {
                continue;
            }
            let v = if need == 1 {
                Violation::at_node(
                    cx.map,
                    i,
                    format!("claim `{}` has no supporting evidence", node.id),
                    "no evidence supports this claim, directly or through sub-claims",
                )
            } else {
                Violation::at_node(
                    cx.map,
                    i,
                    format!(
                        "claim `{}` has {have} supporting evidence item{}, {need} required",
                        node.id,
                        if have == 1 { "" } else { "s" }
                    ),
                    format!("{have} of {need} evidence items"),
                )
                .with_help(format!(
                    "`thresholds.min-evidence-per-claim` is {need} in argmap.toml"
                ))
            };
            out.push(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::node;
    use crate::graph::{EdgeKind, MapBuilder, NodeKind};
    use crate::lint::tests::{check_map, check_text, ids};

    #[test]
    fn counts_evidence_through_sub_claims() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant trees."));
        b.node(node(NodeKind::Claim, "Trees cool streets."));
        b.node(node(NodeKind::Claim, "Shade lowers heat."));
        b.node(node(
            NodeKind::Evidence,
            "Shaded asphalt is 20 degrees cooler.",
        ));
        b.node(node(NodeKind::Claim, "Trees are beautiful."));
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(2, 1, EdgeKind::Supports).unwrap();
        b.edge(3, 2, EdgeKind::Supports).unwrap();
        b.edge(4, 0, EdgeKind::Supports).unwrap();
        let map = b.build();
        let found = check_map(&UnsupportedClaim, &map, 1);
        assert_eq!(ids(&map, &found), vec!["trees-beautiful"]);
        let found = check_map(&UnsupportedClaim, &map, 2);
        assert_eq!(
            ids(&map, &found),
            vec!["trees-cool-streets", "shade-lowers-heat", "trees-beautiful"]
        );
        assert!(found[0]
            .message
            .contains("1 supporting evidence item, 2 required"));
        assert!(check_map(&UnsupportedClaim, &map, 0).is_empty());
    }

    #[test]
    fn parsed_essay_flags_the_bare_claim_only() {
        let text = "Cities should plant more trees.\n\n\
                    Trees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        assert!(check_text(&UnsupportedClaim, text).is_empty());
    }
}
