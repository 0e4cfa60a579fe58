//! Queries over a map: find nodes by id or text, walk what supports them.

use super::{DocumentMap, EdgeKind, NodeIndex, NodeKind};
use crate::text::{content_stems, words, Contained, DidYouMean};

/// A node found by a query, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryMatch {
    /// The node.
    pub index: NodeIndex,
    /// True when the query was the node's id rather than words of its text.
    pub by_id: bool,
}

/// One entry of a support tree: a node, how deep below the root, and the
/// kind of the edge that brought it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvidenceItem {
    /// The premise.
    pub node: NodeIndex,
    /// 1 for direct premises of the root, 2 for theirs, ...
    pub depth: usize,
    /// The edge from this premise to its parent in the tree.
    pub edge: EdgeKind,
}

impl DocumentMap {
    /// Nodes whose id equals `query`, or else whose text contains every
    /// content word of `query` (case-insensitive, stemmed). Only kinds that
    /// `accept` allows are returned.
    pub fn find(&self, query: &str, accept: impl Fn(NodeKind) -> bool) -> Vec<QueryMatch> {
        let query = query.trim();
        if let Some(index) = self.by_id(query) {
            if accept(self.node(index).kind) {
                return vec![QueryMatch { index, by_id: true }];
            }
        }
        let mut wanted = content_stems(query);
        if wanted.is_empty() {
            // A query of only stop words still means something to the user.
            wanted = words(query).iter().map(|w| crate::text::stem(w)).collect();
        }
        if wanted.is_empty() {
            return Vec::new();
        }
        // Rank focused sentences first: the larger the share of a node's
        // content words the query covers, the more it is about the query.
        let mut scored: Vec<(f32, QueryMatch)> = self
            .indexes()
            .filter(|&i| accept(self.node(i).kind))
            .filter_map(|i| {
                let stems: Vec<String> = words(&self.node(i).text)
                    .iter()
                    .map(|w| crate::text::stem(w))
                    .collect();
                if !wanted.iter().all(|w| stems.contains(w)) {
                    return None;
                }
                let content = content_stems(&self.node(i).text).len().max(1);
                let focus = wanted.len() as f32 / content as f32;
                Some((
                    focus,
                    QueryMatch {
                        index: i,
                        by_id: false,
                    },
                ))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.index.cmp(&b.1.index)));
        scored.into_iter().map(|(_, m)| m).collect()
    }

    /// Up to `n` ids closest in spelling to `query`, nearest first.
    pub fn suggest(&self, query: &str, n: usize) -> Vec<&str> {
        let query = query.to_lowercase();
        // An id that contains the query is as good as a near spelling.
        let mut near = DidYouMean::new(&query, usize::MAX)
            .contained(Contained::AsExact(0))
            .ranked(self.nodes().iter().map(|node| node.id.as_str()));
        near.truncate(n);
        near
    }

    /// What bears on `root`, as a depth-first tree of premises down to
    /// `max_depth` levels. Each node appears once even if the map has cycles.
    pub fn support_tree(&self, root: NodeIndex, max_depth: usize) -> Vec<EvidenceItem> {
        let adjacency = self.adjacency();
        let mut seen = vec![false; self.nodes().len()];
        seen[root.get()] = true;
        let mut out = Vec::new();
        // An explicit stack: no recursion, so deep chains cannot overflow.
        let mut stack: Vec<EvidenceItem> = Vec::new();
        let push_children = |stack: &mut Vec<EvidenceItem>, node: NodeIndex, depth: usize| {
            for &e in adjacency.incoming[node.get()].iter().rev() {
                let edge = self.edges()[e];
                stack.push(EvidenceItem {
                    node: edge.from,
                    depth,
                    edge: edge.kind,
                });
            }
        };
        if max_depth > 0 {
            push_children(&mut stack, root, 1);
        }
        while let Some(item) = stack.pop() {
            if seen[item.node.get()] {
                continue;
            }
            seen[item.node.get()] = true;
            out.push(item);
            if item.depth < max_depth {
                push_children(&mut stack, item.node, item.depth + 1);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::graph::tests::node;
    use crate::graph::{EdgeKind, MapBuilder, NodeKind};

    fn sample() -> crate::graph::DocumentMap {
        let mut b = MapBuilder::new("x.md");
        b.node(node(NodeKind::Thesis, "Cities should plant more trees."));
        b.node(node(
            NodeKind::Claim,
            "Much of a city’s charm lies in its parks.",
        ));
        b.node(node(NodeKind::Evidence, "Paris has 400 parks."));
        b.node(node(NodeKind::Claim, "The latter are loved."));
        b.node(node(
            NodeKind::Evidence,
            "A survey of 3,000 people found this.",
        ));
        b.edge(1, 0, EdgeKind::Supports).unwrap();
        b.edge(2, 1, EdgeKind::Supports).unwrap();
        b.edge(3, 1, EdgeKind::Supports).unwrap();
        b.edge(4, 3, EdgeKind::Supports).unwrap();
        b.edge(1, 4, EdgeKind::Supports).unwrap(); // a cycle must not loop forever
        b.build()
    }

    #[test]
    fn find_by_id_and_by_stemmed_words() {
        let map = sample();
        let by_id = map.find("thesis", |_| true);
        assert_eq!(by_id.len(), 1);
        assert!(by_id[0].by_id);
        let hits = map.find("PARK", |k| k.is_claim_like());
        assert_eq!(hits.len(), 1);
        assert_eq!(map.node(hits[0].index).id, "city-charm-lies-parks");
        assert!(map.find("zebra", |_| true).is_empty());
    }

    #[test]
    fn support_tree_walks_sub_claims_once() {
        let map = sample();
        let root = map.by_id("city-charm-lies-parks").unwrap();
        let tree = map.support_tree(root, 5);
        let ids: Vec<(&str, usize)> = tree
            .iter()
            .map(|i| (map.node(i.node).id.as_str(), i.depth))
            .collect();
        assert_eq!(
            ids,
            vec![
                ("paris-400-parks", 1),
                ("latter-loved", 1),
                ("survey-3000-people-found", 2)
            ]
        );
        assert_eq!(map.support_tree(root, 1).len(), 2);
    }

    #[test]
    fn suggestions_are_nearest_ids() {
        let map = sample();
        assert_eq!(map.suggest("thesys", 1), vec!["thesis"]);
    }
}
