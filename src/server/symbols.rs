//! The outline of the argument as document symbols: the thesis, under it
//! the claims and recommendations that support it and the objections that
//! attack it, under each claim its evidence, so the outline view is the map.

use super::state::Analysis;
use crate::graph::{NodeIndex, NodeKind};
use lsp_types::{DocumentSymbol, SymbolKind};

/// Deepest nesting; deeper chains start again at the top, so that a
/// pathological map cannot overflow the stack while it is written out.
const MAX_DEPTH: usize = 32;

/// Widest symbol name.
const NAME_CHARS: usize = 72;

/// The outline: each node once, under the first node it bears on.
pub fn outline(analysis: &Analysis) -> Vec<DocumentSymbol> {
    let map = &analysis.map;
    let n = map.nodes().len();
    // A node's parent is the first node it bears on; roots bear on nothing.
    let mut children: Vec<Vec<NodeIndex>> = vec![Vec::new(); n];
    let mut has_parent = vec![false; n];
    for i in map.indexes() {
        if let Some(&e) = analysis.adjacency.outgoing[i.get()].first() {
            let to = map.edges()[e].to;
            children[to.get()].push(i);
            has_parent[i.get()] = true;
        }
    }
    let mut placed = vec![false; n];
    let mut roots: Vec<NodeIndex> = map.indexes().filter(|i| !has_parent[i.get()]).collect();
    // The thesis first, then the other roots in reading order.
    roots.sort_by_key(|&i| (map.node(i).kind != NodeKind::Thesis, i));
    let mut out = Vec::new();
    let mut queue: std::collections::VecDeque<NodeIndex> = roots.into();
    loop {
        while let Some(root) = queue.pop_front() {
            if !placed[root.get()] {
                out.push(build(analysis, root, &children, &mut placed, 0, &mut queue));
            }
        }
        // Nodes on a support cycle reach no root: the first unplaced one
        // starts its own tree.
        match map.indexes().find(|i| !placed[i.get()]) {
            Some(i) => queue.push_back(i),
            None => break,
        }
    }
    out
}

fn build(
    analysis: &Analysis,
    index: NodeIndex,
    children: &[Vec<NodeIndex>],
    placed: &mut [bool],
    depth: usize,
    overflow: &mut std::collections::VecDeque<NodeIndex>,
) -> DocumentSymbol {
    placed[index.get()] = true;
    let mut kids = Vec::new();
    for &child in &children[index.get()] {
        if placed[child.get()] {
            continue;
        }
        if depth + 1 >= MAX_DEPTH {
            overflow.push_back(child);
        } else {
            kids.push(build(
                analysis,
                child,
                children,
                placed,
                depth + 1,
                overflow,
            ));
        }
    }
    symbol(analysis, index, kids)
}

#[allow(deprecated)] // `deprecated` is a required field of the type, superseded by `tags`.
fn symbol(analysis: &Analysis, index: NodeIndex, children: Vec<DocumentSymbol>) -> DocumentSymbol {
    let node = analysis.map.node(index);
    let range = analysis.range(node.span);
    DocumentSymbol {
        name: format!(
            "{}: {}",
            node.kind,
            crate::render::first_line(&node.text, NAME_CHARS)
        ),
        detail: Some(format!("#{}", node.id)),
        kind: symbol_kind(node.kind),
        tags: None,
        deprecated: None,
        range,
        selection_range: range,
        children: (!children.is_empty()).then_some(children),
    }
}

/// The symbol kind, and so the icon, an editor shows for a role.
pub fn symbol_kind(kind: NodeKind) -> SymbolKind {
    match kind {
        NodeKind::Thesis => SymbolKind::MODULE,
        NodeKind::Claim => SymbolKind::CLASS,
        NodeKind::Evidence => SymbolKind::CONSTANT,
        NodeKind::Recommendation => SymbolKind::EVENT,
        NodeKind::Objection => SymbolKind::OPERATOR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    fn names(symbols: &[DocumentSymbol], depth: usize, out: &mut Vec<String>) {
        for s in symbols {
            out.push(format!(
                "{}{}",
                "  ".repeat(depth),
                s.detail.as_deref().unwrap()
            ));
            names(s.children.as_deref().unwrap_or_default(), depth + 1, out);
        }
    }

    #[test]
    fn the_outline_is_the_map() {
        let text = "Cities should plant more trees.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n\nSome argue that trees cost too much. <!-- argmap: objection attacks=thesis -->\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let mut out = Vec::new();
        names(&outline(&a), 0, &mut out);
        assert_eq!(
            out,
            vec![
                "#thesis",
                "  #trees-cool-streets-summer",
                "    #shaded-streets-paris-4",
                "  #trees-cost",
            ]
        );
    }

    #[test]
    fn cycles_and_long_chains_are_all_placed() {
        let mut text = String::from("A holds. <!-- argmap: claim #a supports=b -->\n\nB holds. <!-- argmap: claim #b supports=a -->\n\n");
        for i in 0..100 {
            text.push_str(&format!(
                "Step {i} holds. <!-- argmap: claim #s{i} supports=s{} -->\n\n",
                i + 1
            ));
        }
        text.push_str("Step 100 holds. <!-- argmap: claim #s100 -->\n");
        let a = Analysis::new("t.md", text, &Linter::default());
        let mut out = Vec::new();
        names(&outline(&a), 0, &mut out);
        assert_eq!(out.len(), a.map.nodes().len());
        assert!(out
            .iter()
            .all(|l| l.len() - l.trim_start().len() < 2 * MAX_DEPTH));
    }
}
