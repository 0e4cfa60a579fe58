//! What must hold of any run, whatever the input: spans inside the file on
//! character boundaries with the right line and column, node text equal to
//! the file at its span, edges between existing nodes, unique valid ids.

use super::pipeline::Run;
use argmap::document::{Document, Span};
use argmap::extract::annotations::is_valid_id;
use argmap::graph::DocumentMap;
use std::collections::{HashMap, HashSet};

type Check = Result<(), String>;

/// Line and column (1-based, columns in characters) of each requested
/// offset, counted independently of argmap's own line index: `\n`, `\r\n`
/// and a lone `\r` end a line.
fn positions(text: &str, mut offsets: Vec<usize>) -> HashMap<usize, (usize, usize)> {
    offsets.sort_unstable();
    offsets.dedup();
    let mut want = offsets.into_iter().peekable();
    let mut out = HashMap::new();
    let (mut line, mut column) = (1, 1);
    let mut chars = text.char_indices().peekable();
    loop {
        let at = chars.peek().map_or(text.len(), |(i, _)| *i);
        while want.peek().is_some_and(|&w| w <= at) {
            let w = want.next().unwrap_or_default();
            if w == at {
                out.insert(w, (line, column));
            }
        }
        let Some((_, c)) = chars.next() else {
            break;
        };
        let lone_cr = c == '\r' && chars.peek().map(|(_, n)| *n) != Some('\n');
        if c == '\n' || lone_cr {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    out
}

/// Every span of the document, the maps, the issues and the findings.
fn spans(run: &Run) -> Vec<(String, Span)> {
    let doc = &run.doc;
    let mut all = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        all.push((format!("sentence {i}"), s.span));
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        all.push((format!("block {i}"), b.span));
    }
    for (i, c) in doc.comments.iter().enumerate() {
        all.push((format!("comment {i}"), c.span));
    }
    for (name, map) in [
        ("map", &run.built.map),
        ("heuristic map", &run.heuristic.map),
    ] {
        for n in map.nodes() {
            all.push((format!("{name} node {}", n.id), n.span));
        }
    }
    for (i, issue) in run.built.issues.iter().enumerate() {
        all.push((format!("issue {i}"), issue.span));
    }
    for f in &run.report.findings {
        all.push((format!("finding {} {:?}", f.code, f.message), f.span));
    }
    all
}

/// Check everything that must hold of a run.
pub fn check(run: &Run) -> Check {
    let text = run.doc.text.as_str();
    let all = spans(run);
    let offsets: Vec<usize> = all
        .iter()
        .flat_map(|(_, s)| [s.start, s.end])
        .filter(|&o| o <= text.len())
        .collect();
    let at = positions(text, offsets);
    for (what, s) in &all {
        if s.start > s.end || s.end > text.len() {
            return Err(format!(
                "{what}: span {}..{} outside the file of {} bytes",
                s.start,
                s.end,
                text.len()
            ));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!(
                "{what}: span {}..{} not on character boundaries",
                s.start, s.end
            ));
        }
        let expected = (at[&s.start], at[&s.end]);
        let got = ((s.line, s.column), (s.end_line, s.end_column));
        if got != expected {
            return Err(format!("{what}: positions {got:?}, counted {expected:?}"));
        }
    }
    document(&run.doc)?;
    map(&run.doc, &run.built.map).map_err(|e| format!("map: {e}"))?;
    map(&run.doc, &run.heuristic.map).map_err(|e| format!("heuristic map: {e}"))?;
    let ids: HashSet<&str> = run
        .built
        .map
        .nodes()
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    for f in &run.report.findings {
        if let Some(node) = &f.node {
            if !ids.contains(node.as_str()) {
                return Err(format!(
                    "finding {} names node {node:?} that does not exist",
                    f.code
                ));
            }
        }
        if f.level == argmap::config::Level::Off {
            return Err(format!("finding {} at level off", f.code));
        }
    }
    let c = run.report.completeness;
    if c.claims_with_evidence > c.claims || c.recommendations_justified > c.recommendations {
        return Err(format!("completeness {c:?} counts more than there is"));
    }
    Ok(())
}

/// Sentences, blocks and comments are consistent with each other.
fn document(doc: &Document) -> Check {
    for (b, block) in doc.blocks.iter().enumerate() {
        if block.sentences.end > doc.sentences.len() || block.sentences.start > block.sentences.end
        {
            return Err(format!(
                "block {b}: sentences {:?} out of range",
                block.sentences
            ));
        }
        for s in block.sentences.clone() {
            if doc.sentences[s].block != b {
                return Err(format!("sentence {s} does not name its block {b}"));
            }
        }
    }
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.span.start >= s.span.end {
            return Err(format!("sentence {i} is empty"));
        }
        if let Some(before) = i.checked_sub(1).map(|k| &doc.sentences[k]) {
            if s.span.start < before.span.end {
                return Err(format!(
                    "sentence {i} ({}..{}) overlaps or precedes sentence {} ({}..{})",
                    s.span.start,
                    s.span.end,
                    i - 1,
                    before.span.start,
                    before.span.end
                ));
            }
        }
        if s.block >= doc.blocks.len() {
            return Err(format!(
                "sentence {i} names block {} of {}",
                s.block,
                doc.blocks.len()
            ));
        }
    }
    for (i, c) in doc.comments.iter().enumerate() {
        let source = &doc.text[c.span.range()];
        // An unclosed comment (no `-->`) runs to the end of its paragraph.
        let closed_well = !c.closed || (source.ends_with("-->") && source.len() >= 7);
        if !source.starts_with("<!--") || !closed_well {
            return Err(format!("comment {i} spans {source:?}"));
        }
        if c.block.is_some_and(|b| b >= doc.blocks.len()) {
            return Err(format!("comment {i} names a block that does not exist"));
        }
    }
    Ok(())
}

/// A map: node text equals the file at its span, which lies in its
/// sentence's; ids unique and valid; edges between distinct existing nodes,
/// once each; every thesis node but one restates that one.
fn map(doc: &Document, map: &DocumentMap) -> Check {
    let mut ids = HashSet::new();
    for n in map.nodes() {
        if !ids.insert(n.id.as_str()) {
            return Err(format!("id {:?} given twice", n.id));
        }
        if !is_valid_id(&n.id) {
            return Err(format!("id {:?} is not kebab-case", n.id));
        }
        if doc.text.get(n.span.range()) != Some(n.text.as_str()) {
            return Err(format!(
                "node {:?}: text differs from the file at its span",
                n.id
            ));
        }
        // A node covers its sentence or a clause of it.
        match doc.sentences.get(n.sentence) {
            Some(s) if s.span.start <= n.span.start && n.span.end <= s.span.end => {}
            _ => {
                return Err(format!(
                    "node {:?} lies outside its sentence {}",
                    n.id, n.sentence
                ))
            }
        }
        if !(0.0..=1.0).contains(&n.confidence) {
            return Err(format!("node {:?}: confidence {}", n.id, n.confidence));
        }
    }
    let count = map.nodes().len();
    let mut seen = HashSet::new();
    for e in map.edges() {
        let (from, to) = (e.from.get(), e.to.get());
        if from >= count || to >= count {
            return Err(format!(
                "edge {from} -> {to} names a node that does not exist ({count} nodes)"
            ));
        }
        if from == to {
            return Err(format!("edge {from} -> {to} is a loop"));
        }
        if !seen.insert((from, to, e.kind)) {
            return Err(format!("edge {from} -> {to} twice"));
        }
    }
    // A few nodes a sentence at most (its clauses, split up to three times),
    // and they do not overlap.
    let mut by_sentence: std::collections::HashMap<usize, Vec<std::ops::Range<usize>>> =
        std::collections::HashMap::new();
    for n in map.nodes() {
        let spans = by_sentence.entry(n.sentence).or_default();
        if spans
            .iter()
            .any(|r| r.start < n.span.end && n.span.start < r.end)
        {
            return Err(format!("sentence {} has overlapping nodes", n.sentence));
        }
        spans.push(n.span.range());
        if spans.len() > 8 {
            return Err(format!("sentence {} has more than eight nodes", n.sentence));
        }
    }
    // One thesis restates nothing; every other statement of it restates it.
    use argmap::graph::{EdgeKind, NodeKind};
    let theses: Vec<usize> = (0..count)
        .filter(|&i| map.nodes()[i].kind == NodeKind::Thesis)
        .collect();
    if let Some(first) = map.thesis() {
        for &t in theses.iter().filter(|&&t| t != first.get()) {
            let restates = map
                .edges()
                .iter()
                .any(|e| e.from.get() == t && e.to == first && e.kind == EdgeKind::Restates);
            if !restates {
                return Err(format!(
                    "thesis node {t} neither is nor restates the thesis"
                ));
            }
        }
    }
    // Extraction never argues in a circle; only an author's annotations can
    // (lint reports that as AM006).
    if !doc.text.contains("argmap:") {
        if let Some(node) = on_a_cycle(map) {
            return Err(format!("node {node} supports itself through others"));
        }
    }
    for e in map.edges().iter().filter(|e| e.kind == EdgeKind::Restates) {
        if map.node(e.from).kind != NodeKind::Thesis || map.node(e.to).kind != NodeKind::Thesis {
            return Err(format!(
                "restates edge {} -> {} between non-thesis nodes",
                e.from.get(),
                e.to.get()
            ));
        }
    }
    Ok(())
}

/// A node that reaches itself along supports and attacks edges, if any.
fn on_a_cycle(map: &DocumentMap) -> Option<usize> {
    use argmap::graph::EdgeKind;
    let count = map.nodes().len();
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); count];
    for e in map.edges().iter().filter(|e| e.kind != EdgeKind::Restates) {
        next[e.from.get()].push(e.to.get());
    }
    (0..count).find(|&start| {
        let mut seen = vec![false; count];
        let mut stack = next[start].clone();
        while let Some(n) = stack.pop() {
            if n == start {
                return true;
            }
            if !std::mem::replace(&mut seen[n], true) {
                stack.extend(&next[n]);
            }
        }
        false
    })
}

/// Every export's bytes are the same in two runs of the same input.
pub fn same_outputs(a: &Run, b: &Run) -> Check {
    for ((name, x), (_, y)) in a.outputs.iter().zip(&b.outputs) {
        if x != y {
            let at = x
                .iter()
                .zip(y.iter())
                .position(|(p, q)| p != q)
                .unwrap_or(x.len().min(y.len()));
            return Err(format!("{name} differs between two runs at byte {at}"));
        }
    }
    Ok(())
}
