//! Linear-time walks over the support graph, shared by the rules: strongly
//! connected components (iterative Tarjan) and how much evidence stands
//! under each node. No recursion anywhere: maps can have 100 000 nodes.

use crate::graph::{Adjacency, DocumentMap, EdgeKind, NodeIndex, NodeKind};

/// Components of the support graph and the evidence under each node.
#[derive(Debug, Clone, Default)]
pub struct SupportAnalysis {
    /// For each node, the index of its component in `components`.
    pub component: Vec<usize>,
    /// Strongly connected components of the `supports` edges, each sorted
    /// in reading order. A component of two or more nodes is a cycle.
    pub components: Vec<Vec<NodeIndex>>,
    /// For each node, how many distinct evidence nodes support it directly
    /// or through other nodes, counted up to the threshold (a count equal to
    /// the threshold means "at least that many").
    pub evidence: Vec<usize>,
}

/// `supports` successors (what a node supports) of each node.
pub fn support_successors(map: &DocumentMap, adjacency: &Adjacency) -> Vec<Vec<usize>> {
    adjacency
        .outgoing
        .iter()
        .map(|edges| {
            edges
                .iter()
                .map(|&e| map.edges()[e])
                .filter(|e| e.kind == EdgeKind::Supports)
                .map(|e| e.to.get())
                .collect()
        })
        .collect()
}

impl SupportAnalysis {
    /// Analyse a map; `cap` bounds the evidence counted per node (at least 1).
    pub fn new(map: &DocumentMap, adjacency: &Adjacency, cap: usize) -> SupportAnalysis {
        let successors = support_successors(map, adjacency);
        let (component, mut components) = tarjan(&successors);
        for c in &mut components {
            c.sort_unstable();
        }
        let evidence = count_evidence(map, &successors, &component, &components, cap.max(1));
        let all: Vec<NodeIndex> = map.indexes().collect();
        SupportAnalysis {
            component,
            components: components
                .into_iter()
                .map(|c| c.into_iter().map(|i| all[i]).collect())
                .collect(),
            evidence,
        }
    }

    /// Components of two or more nodes: the support cycles, ordered by
    /// their first node in reading order.
    pub fn cycles(&self) -> Vec<&[NodeIndex]> {
        let mut cycles: Vec<&[NodeIndex]> = self
            .components
            .iter()
            .filter(|c| c.len() > 1)
            .map(Vec::as_slice)
            .collect();
        cycles.sort_by_key(|c| c[0]);
        cycles
    }
}

/// Tarjan's algorithm with an explicit call stack. Returns each node's
/// component and the components in the order they complete: a component is
/// emitted after every component it reaches.
pub fn tarjan(successors: &[Vec<usize>]) -> (Vec<usize>, Vec<Vec<usize>>) {
    const UNVISITED: usize = usize::MAX;
    let n = successors.len();
    let mut index = vec![UNVISITED; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![0; n];
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut counter = 0;
    let mut calls: Vec<(usize, usize)> = Vec::new();
    for start in 0..n {
        if index[start] != UNVISITED {
            continue;
        }
        index[start] = counter;
        low[start] = counter;
        counter += 1;
        stack.push(start);
        on_stack[start] = true;
        calls.push((start, 0));
        while let Some(frame) = calls.last_mut() {
            let v = frame.0;
            if let Some(&w) = successors[v].get(frame.1) {
                frame.1 += 1;
                if index[w] == UNVISITED {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let id = components.len();
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = id;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                components.push(members);
            }
        }
    }
    (component, components)
}

/// Distinct evidence under each node, capped at `cap`: components are
/// visited premises first, each merging the capped sets of its premises,
/// so the whole pass is O((nodes + edges) * cap).
fn count_evidence(
    map: &DocumentMap,
    successors: &[Vec<usize>],
    component: &[usize],
    components: &[Vec<usize>],
    cap: usize,
) -> Vec<usize> {
    let is_evidence = |i: usize| map.nodes()[i].kind == NodeKind::Evidence;
    // Premises of each component, from the successor lists.
    let mut premises: Vec<Vec<usize>> = vec![Vec::new(); components.len()];
    for (from, targets) in successors.iter().enumerate() {
        for &to in targets {
            if component[from] != component[to] {
                premises[component[to]].push(from);
            }
        }
    }
    let mut sets: Vec<Vec<usize>> = vec![Vec::new(); components.len()];
    // Tarjan emits targets before their premises: walk it backwards.
    for c in (0..components.len()).rev() {
        let mut set: Vec<usize> = Vec::new();
        let add = |set: &mut Vec<usize>, e: usize| {
            if set.len() < cap && !set.contains(&e) {
                set.push(e);
            }
        };
        if components[c].len() > 1 {
            for &m in &components[c] {
                if is_evidence(m) {
                    add(&mut set, m);
                }
            }
        }
        for &p in &premises[c] {
            if set.len() >= cap {
                break;
            }
            if is_evidence(p) {
                add(&mut set, p);
            }
            for &e in &sets[component[p]] {
                add(&mut set, e);
            }
        }
        sets[c] = set;
    }
    component.iter().map(|&c| sets[c].len()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tarjan_finds_cycles_and_orders_targets_first() {
        // 0 -> 1 -> 2 -> 1, 2 -> 3
        let succ = vec![vec![1], vec![2], vec![1, 3], vec![]];
        let (component, components) = tarjan(&succ);
        assert_eq!(component[1], component[2]);
        assert_ne!(component[0], component[1]);
        // 3 completes first, 0 last.
        assert_eq!(components[0], vec![3]);
        assert_eq!(components.last().unwrap(), &vec![0]);
    }

    #[test]
    fn tarjan_survives_a_long_chain() {
        let n = 200_000;
        let succ: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![0] })
            .collect();
        let (_, components) = tarjan(&succ);
        assert_eq!(components.len(), 1);
        assert_eq!(components[0].len(), n);
    }
}
