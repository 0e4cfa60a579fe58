//! AM004 `orphan-evidence`.

use crate::graph::NodeKind;
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};

declare_rule! {
    /// ## What it does
    /// Checks that every piece of evidence bears on something: that it
    /// supports or attacks a claim, a recommendation or the thesis.
    ///
    /// ## Why is this bad?
    /// A fact that supports nothing makes the reader wonder why it is there.
    /// Often the claim it was meant to back up was cut in an edit, or the
    /// link between the two is left for the reader to guess.
    ///
    /// ## Example
    /// ```markdown
    /// In 2020, the city planted 4,000 trees.
    /// ```
    ///
    /// ## How to fix
    /// Say what the evidence shows, or remove it:
    /// ```markdown
    /// The planting programme is working. In 2020, the city planted 4,000
    /// trees, twice the target.
    /// ```
    pub struct OrphanEvidence {
        code: "AM004",
        name: "orphan-evidence",
        level: Warning,
        summary: "Evidence that supports or attacks nothing",
    }
}

impl Rule for OrphanEvidence {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        for i in cx.map.indexes() {
            let node = cx.map.node(i);
            if node.kind != NodeKind::Evidence || !cx.adjacency.outgoing[i.get()].is_empty() {
                continue;
            }
            out.push(Violation::at_node(
                cx.map,
                i,
                format!("evidence `{}` supports nothing", node.id),
                "this evidence bears on no claim",
            ));
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
    fn evidence_without_outgoing_edges_is_an_orphan() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant trees."));
        b.node(node(NodeKind::Evidence, "Paris planted 4,000 trees."));
        b.node(node(NodeKind::Evidence, "Oslo planted 900 trees."));
        b.node(node(NodeKind::Evidence, "Rome cut 300 trees."));
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(3, 0, EdgeKind::Attacks).unwrap();
        let map = b.build();
        let found = check_map(&OrphanEvidence, &map, 1);
        assert_eq!(ids(&map, &found), vec!["oslo-planted-900-trees"]);
    }
}
