//! AM005 `disconnected-claim`.

use crate::graph::NodeKind;
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every claim leads to the thesis: that following what it
    /// supports or attacks, claim by claim, reaches the essay's main claim.
    /// Essays without a thesis are left to `missing-thesis`.
    ///
    /// ## Why is this bad?
    /// A claim that bears on nothing the essay argues is a digression. It
    /// costs the reader attention and weakens the line of the argument.
    ///
    /// ## Example
    /// ```markdown
    /// Cities should plant more trees. Trees cool streets in summer.
    ///
    /// Incidentally, concrete is an interesting material.
    /// ```
    ///
    /// ## How to fix
    /// Connect the claim to the argument ("Concrete stores heat, which is why
    /// streets without trees stay hot at night"), or cut it.
    pub struct DisconnectedClaim {
        code: "AM005",
        name: "disconnected-claim",
        level: Warning,
        summary: "A claim with no path to the thesis",
    }
}

impl Rule for DisconnectedClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        let Some(thesis) = cx.map.thesis() else {
            return;
        };
        // Walk backwards from the thesis over incoming edges of any kind:
        // every node reached has a path to it. An explicit stack, no recursion.
        let mut reaches = vec![false; cx.map.nodes().len()];
        reaches[thesis.get()] = true;
        let mut stack = vec![thesis.get()];
        while let Some(v) = stack.pop() {
            for &e in &cx.adjacency.incoming[v] {
                let from = cx.map.edges()[e].from.get();
                if !reaches[from] {
                    reaches[from] = true;
                    stack.push(from);
                }
            }
        }
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Claim || reaches[i.get()] {
                continue;
            }
            out.push(
                Violation::at_node(
                    cx.map,
                    i,
                    format!("claim `{}` has no path to the thesis", node.id),
                    "nothing links this claim to the essay's main claim",
                )
                .with_help(format!(
                    "say how it bears on the thesis (`{}`), or cut it",
                    cx.map.node(thesis).id
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::node;
    use crate::graph::{EdgeKind, MapBuilder};
    use crate::lint::tests::{check_map, ids};

    #[test]
    fn claims_must_reach_the_thesis() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant trees."));
        b.node(node(NodeKind::Claim, "Trees cool streets."));
        b.node(node(NodeKind::Claim, "Shade lowers heat."));
        b.node(node(NodeKind::Objection, "Trees cost money."));
        b.node(node(NodeKind::Claim, "Trees pay for themselves."));
        b.node(node(NodeKind::Claim, "Concrete is interesting."));
        b.node(node(NodeKind::Claim, "Concrete is grey."));
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(2, 1, EdgeKind::Supports).unwrap();
        b.edge(3, 0, EdgeKind::Attacks).unwrap();
        b.edge(4, 3, EdgeKind::Attacks).unwrap();
        b.edge(6, 5, EdgeKind::Supports).unwrap();
        let map = b.build();
        let found = check_map(&DisconnectedClaim, &map, 1);
        assert_eq!(
            ids(&map, &found),
            vec!["concrete-interesting", "concrete-grey"]
        );
    }

    #[test]
    fn a_long_chain_does_not_overflow() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Act."));
        let n = 100_000;
        for k in 1..=n {
            b.node(node(NodeKind::Claim, "Because."));
            b.edge(k, k - 1, EdgeKind::Supports).unwrap();
        }
        b.node(node(NodeKind::Claim, "Aside."));
        let map = b.build();
        let found = check_map(&DisconnectedClaim, &map, 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].node.unwrap().get(), n + 1);
    }
}
