//! AM006 `circular-support`.

use crate::graph::{EdgeKind, NodeIndex};
use crate::lint::rule::{declare_rule, Context, Rule, RuleMeta, Violation};
use std::collections::VecDeque;

declare_rule! {
    /// ## What it does
    /// Checks for circular support: a claim that supports another which, in
    /// one or more steps, supports the first again. Each cycle is reported
    /// once, at its first sentence in reading order, with the ids around it.
    ///
    /// ## Why is this bad?
    /// Circular reasoning (begging the question) gives no reason at all: each
    /// claim rests on the others, and nothing rests on anything outside them.
    ///
    /// ## Example
    /// ```markdown
    /// The plan is sound because the experts approve it. The experts approve
    /// it because the plan is sound.
    /// ```
    ///
    /// ## How to fix
    /// Decide which claim is the premise and which the conclusion, and give
    /// the premise support of its own from outside the cycle.
    pub struct CircularSupport {
        code: "AM006",
        name: "circular-support",
        level: Error,
        summary: "Claims that support each other in a circle (once per cycle)",
    }
}

impl Rule for CircularSupport {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        for members in cx.support.cycles() {
            let first = members[0];
            let cycle = cycle_through(cx, first);
            let mut names: Vec<String> = cycle
                .iter()
                .map(|&i| format!("`{}`", cx.map.node(i).id))
                .collect();
            names.push(format!("`{}`", cx.map.node(first).id));
            let others = members.len() - 1;
            let mut v = Violation::at_node(
                cx.map,
                first,
                format!("circular support: {}", names.join(" → ")),
                format!(
                    "this supports itself through {others} other node{}",
                    if others == 1 { "" } else { "s" }
                ),
            );
            if members.len() > cycle.len() {
                v = v.with_help(format!(
                    "{} nodes support each other in circles here; break each one",
                    members.len()
                ));
            }
            out.push(v);
        }
    }
}

/// A shortest support path from `start` back to itself, inside its
/// component: breadth-first, so linear in the component's size.
fn cycle_through(cx: &Context<'_>, start: NodeIndex) -> Vec<NodeIndex> {
    let component = cx.support.component[start.get()];
    let n = cx.map.nodes().len();
    let mut parent: Vec<Option<NodeIndex>> = vec![None; n];
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &e in &cx.adjacency.outgoing[v.get()] {
            let edge = cx.map.edges()[e];
            let w = edge.to;
            if edge.kind != EdgeKind::Supports || cx.support.component[w.get()] != component {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                let mut at = v;
                while let Some(p) = parent[at.get()] {
                    path.push(p);
                    at = p;
                }
                path.reverse();
                return path;
            }
            if parent[w.get()].is_none() && w != start {
                parent[w.get()] = Some(v);
                queue.push_back(w);
            }
        }
    }
    vec![start]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::node;
    use crate::graph::{MapBuilder, NodeKind};
    use crate::lint::tests::{check_map, ids};

    #[test]
    fn reports_each_cycle_once_at_its_first_node() {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Adopt the plan."));
        b.node(node(NodeKind::Claim, "The plan is sound."));
        b.node(node(NodeKind::Claim, "Experts approve the plan."));
        b.node(node(NodeKind::Claim, "Costs are low."));
        b.node(node(NodeKind::Evidence, "It costs 5 euros."));
        b.node(node(NodeKind::Claim, "Savings are high."));
        b.edge(2, 1, EdgeKind::Supports).unwrap();
        b.edge(1, 2, EdgeKind::Supports).unwrap();
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(3, 5, EdgeKind::Supports).unwrap();
        b.edge(5, 4, EdgeKind::Supports).unwrap();
        b.edge(4, 3, EdgeKind::Supports).unwrap();
        // An attack both ways is no support cycle.
        b.edge(0, 3, EdgeKind::Attacks).unwrap();
        b.edge(3, 0, EdgeKind::Attacks).unwrap();
        let map = b.build();
        let found = check_map(&CircularSupport, &map, 1);
        assert_eq!(ids(&map, &found), vec!["plan-sound", "costs-low"]);
        assert_eq!(
            found[0].message,
            "circular support: `plan-sound` → `experts-approve-plan` → `plan-sound`"
        );
        assert_eq!(
            found[1].message,
            "circular support: `costs-low` → `savings-high` → `costs-5-euros` → `costs-low`"
        );
    }

    #[test]
    fn a_huge_cycle_does_not_overflow() {
        let mut b = MapBuilder::new("x.md");
        let n = 100_000;
        for _ in 0..n {
            b.node(node(NodeKind::Claim, "Because."));
        }
        for k in 0..n {
            b.edge(k, (k + 1) % n, EdgeKind::Supports).unwrap();
        }
        let map = b.build();
        let found = check_map(&CircularSupport, &map, 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].node.unwrap().get(), 0);
    }
}
