//! AM003 `unjustified-recommendation`.

use crate::graph::{EdgeKind, NodeKind};
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every recommendation (a proposed action: "should",
    /// "must", "we propose") is supported by at least one claim, piece of
    /// evidence or the thesis.
    ///
    /// ## Why is this bad?
    /// A recommendation that nothing justifies is an assertion of will, not
    /// an argument. Policy readers need to see why an action follows before
    /// they act on it.
    ///
    /// ## Example
    /// ```markdown
    /// The council should close the old library.
    /// ```
    ///
    /// ## How to fix
    /// Give the reason the action follows from, next to it:
    /// ```markdown
    /// The old library costs more to heat than any other building the
    /// council owns. The council should close it.
    /// ```
    pub struct UnjustifiedRecommendation {
        code: "AM003",
        name: "unjustified-recommendation",
        level: Error,
        summary: "A recommendation that no claim, evidence or the thesis supports",
    }
}

impl Rule for UnjustifiedRecommendation {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Recommendation || justified(cx, i.get()) {
                continue;
            }
            out.push(Violation::at_node(
                cx.map,
                i,
                format!(
                    "recommendation `{}` is not justified by any claim or evidence",
                    node.id
                ),
                "nothing supports this recommendation",
            ));
        }
    }
}

/// True when a claim, evidence or the thesis supports node `i`.
pub fn justified(cx: &Context<'_>, i: usize) -> bool {
    cx.adjacency.incoming[i].iter().any(|&e| {
        let edge = cx.map.edges()[e];
        edge.kind == EdgeKind::Supports
            && matches!(
                cx.map.node(edge.from).kind,
                NodeKind::Claim | NodeKind::Evidence | NodeKind::Thesis
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::node;
    use crate::graph::MapBuilder;
    use crate::lint::tests::{check_map, ids};

    #[test]
    fn needs_support_from_a_claim_or_evidence() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant trees."));
        b.node(node(
            NodeKind::Recommendation,
            "Councils should fund nurseries.",
        ));
        b.node(node(NodeKind::Claim, "Nurseries are cheap."));
        b.node(node(
            NodeKind::Recommendation,
            "Residents should water trees.",
        ));
        b.node(node(
            NodeKind::Recommendation,
            "Schools should plant trees.",
        ));
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(2, 1, EdgeKind::Supports).unwrap();
        // Support from another recommendation or an attack does not justify.
        b.edge(1, 3, EdgeKind::Supports).unwrap();
        b.edge(2, 4, EdgeKind::Attacks).unwrap();
        let map = b.build();
        let found = check_map(&UnjustifiedRecommendation, &map, 1);
        assert_eq!(
            ids(&map, &found),
            vec!["residents-water-trees", "schools-plant-trees"]
        );
    }
}
