//! AM007 `unanswered-objection`.

use crate::graph::{EdgeKind, NodeKind};
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every objection the essay raises ("Critics argue that...",
    /// "Some may object...") is answered: that a claim or evidence attacks it.
    ///
    /// ## Why is this bad?
    /// Raising an objection and leaving it standing argues against the
    /// essay's own thesis. Readers remember the unanswered doubt.
    ///
    /// ## Example
    /// ```markdown
    /// Cities should plant more trees. Critics argue that trees are too
    /// expensive to maintain.
    /// ```
    ///
    /// ## How to fix
    /// Answer the objection right after it:
    /// ```markdown
    /// Critics argue that trees are too expensive to maintain. However,
    /// shade cuts cooling costs by more than the upkeep of the trees.
    /// ```
    pub struct UnansweredObjection {
        code: "AM007",
        name: "unanswered-objection",
        level: Warning,
        summary: "An objection that nothing attacks",
    }
}

impl Rule for UnansweredObjection {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Objection {
                continue;
            }
            let answered = cx.adjacency.incoming[i.get()]
                .iter()
                .any(|&e| cx.map.edges()[e].kind == EdgeKind::Attacks);
            if answered {
                continue;
            }
            out.push(Violation::at_node(
                cx.map,
                i,
                format!("objection `{}` is never answered", node.id),
                "nothing attacks this objection",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::node;
    use crate::graph::MapBuilder;
    use crate::lint::tests::{check_map, check_text, ids};

    #[test]
    fn objections_need_an_attack() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant trees."));
        b.node(node(NodeKind::Objection, "Trees cost money."));
        b.node(node(NodeKind::Claim, "Trees pay for themselves."));
        b.node(node(NodeKind::Objection, "Trees drop leaves."));
        b.node(node(NodeKind::Claim, "Leaves are compost."));
        b.edge(1, 0, EdgeKind::Attacks).unwrap();
        b.edge(2, 1, EdgeKind::Attacks).unwrap();
        b.edge(3, 0, EdgeKind::Attacks).unwrap();
        // Support is no answer.
        b.edge(4, 3, EdgeKind::Supports).unwrap();
        let map = b.build();
        let found = check_map(&UnansweredObjection, &map, 1);
        assert_eq!(ids(&map, &found), vec!["trees-drop-leaves"]);
    }

    #[test]
    fn a_parsed_rebuttal_answers_the_objection() {
        let text = "Cities should plant more trees.\n\n\
                    Critics argue that trees are too expensive. However, shade cuts cooling bills by 12 percent.\n";
        assert!(check_text(&UnansweredObjection, text).is_empty());
    }
}
