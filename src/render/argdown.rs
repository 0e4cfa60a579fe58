//! Argdown: a section per document, each statement defined once as
//! `[title]: text #kind`, and relation trees under it.
//!
//! ```text
//! # essay.md
//!
//! [thesis]: Cities should plant trees. #thesis
//!   + [trees-cool-streets]: Trees cool streets. #claim
//!     + [study-found-degrees]: A 2019 study found 3 degrees less. #evidence
//!   - [critics-say-trees]: Critics say trees cost too much. #objection
//! ```
//!
//! `+ [B]` under `A` says B supports A, `- [B]` that B attacks A; under a
//! top-level statement `+> [B]`/`-> [B]` say that it supports or attacks B.
//! Each edge of the map is written exactly once: where its conclusion is
//! defined, or under the top-level statement it leaves. A statement met
//! again is only referred to (`+ [B]`), so cycles end.
//!
//! Titles are argmap's ids, unique across the documents of the file. Text is
//! escaped so that no essay can write Argdown syntax: every character that
//! could open a reference, mention, tag, emphasis, comment, data block or
//! front matter is preceded by a backslash, which Argdown drops when it
//! reads the text back. Line breaks fold to spaces, so no line of text can
//! start a relation or a heading. The kind is a tag, which Argdown colours
//! with argmap's palette through the front matter.

use super::style;
use super::Maps;
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

/// Escape text for an Argdown statement or heading.
pub fn escape(text: &str) -> String {
    let folded: Vec<char> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let mut out = String::with_capacity(folded.len() + 8);
    for (i, &c) in folded.iter().enumerate() {
        let rest = &folded[i + 1..];
        let special = match c {
            '\\' | '@' | '#' | '*' | '_' | '[' | ']' | '<' | '>' | '{' | '}' | '=' => true,
            // `//` and `/*` open comments.
            '/' => matches!(rest.first(), Some('/' | '*')),
            // `.name.` and `:name:` are shortcodes for special characters.
            '.' | ':' => rest
                .iter()
                .take_while(|d| !d.is_whitespace())
                .any(|&d| d == c),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A title from an id: letters, digits and inner hyphens only, since `]`
/// would end it and a leading `-` makes a reference unreadable.
fn base_title(id: &str) -> String {
    let t: String = id
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let t = t.trim_matches('-');
    if t.is_empty() {
        "node".to_string()
    } else {
        t.to_string()
    }
}

/// The statement title of every node, per document. Argdown titles are
/// global, so an id used in several documents gets the document's number,
/// counted from 0 like `document` in the JSON contract (`thesis-doc0`).
pub fn titles(maps: &Maps) -> Vec<Vec<String>> {
    let bases: Vec<Vec<String>> = maps
        .iter()
        .map(|m| m.nodes().iter().map(|n| base_title(&n.id)).collect())
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for b in bases.iter().flatten() {
        *count.entry(b.as_str()).or_default() += 1;
    }
    let mut taken: HashSet<String> = bases.iter().flatten().cloned().collect();
    bases
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            doc.iter()
                .map(|b| {
                    if count[b.as_str()] == 1 {
                        return b.clone();
                    }
                    (0..)
                        .map(|k| match k {
                            0 => format!("{b}-doc{d}"),
                            k => format!("{b}-doc{d}-{k}"),
                        })
                        .find(|c| taken.insert(c.clone()))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect()
}

/// Write the maps as one Argdown document.
pub fn write(out: &mut dyn Write, maps: &Maps) -> io::Result<()> {
    writeln!(out, "===")?;
    writeln!(out, "color:")?;
    writeln!(out, "    tagColors:")?;
    for kind in NodeKind::ALL {
        writeln!(out, "        {}: \"{}\"", kind.name(), style::fill(kind))?;
    }
    writeln!(out, "===")?;
    let titles = titles(maps);
    for (map, titles) in maps.iter().zip(&titles) {
        writeln!(out)?;
        writeln!(out, "# {}", escape(&map.path))?;
        write_document(out, map, titles)?;
    }
    Ok(())
}

/// How deep a tree is indented before premises are named, not nested.
const MAX_DEPTH: usize = 32;

/// One document's statements: trees from the thesis, then from what bears
/// on nothing, then from whatever a cycle or [`MAX_DEPTH`] left out.
fn write_document(out: &mut dyn Write, map: &DocumentMap, titles: &[String]) -> io::Result<()> {
    let adjacency = map.adjacency();
    let mut defined = vec![false; map.nodes().len()];
    let mut written = vec![false; map.edges().len()];
    let theses = map
        .indexes()
        .filter(|&i| map.node(i).kind == NodeKind::Thesis);
    let sinks = map
        .indexes()
        .filter(|&i| adjacency.outgoing[i.get()].is_empty());
    let roots: Vec<usize> = theses
        .chain(sinks)
        .chain(map.indexes())
        .map(|i| i.get())
        .collect();
    for root in roots {
        if defined[root] {
            continue;
        }
        writeln!(out)?;
        // (node, depth, relation symbol), depth-first in reading order.
        let mut stack: Vec<(usize, usize, &str)> = vec![(root, 0, "")];
        while let Some((node, depth, symbol)) = stack.pop() {
            let indent = "  ".repeat(depth);
            let title = &titles[node];
            // Past MAX_DEPTH a premise is only named; it heads a tree of its
            // own later, so a chain of a million supports is not indented a
            // million times (the output would grow with the square).
            if defined[node] || depth > MAX_DEPTH {
                writeln!(out, "{indent}{symbol}[{title}]")?;
                continue;
            }
            defined[node] = true;
            let n = &map.nodes()[node];
            writeln!(
                out,
                "{indent}{symbol}[{title}]: {} #{}",
                escape(&n.text),
                n.kind.name()
            )?;
            let mut children: Vec<(usize, usize, &str)> = Vec::new();
            for &e in &adjacency.incoming[node] {
                if !std::mem::replace(&mut written[e], true) {
                    let edge = &map.edges()[e];
                    let symbol = match edge.kind {
                        EdgeKind::Supports => "+ ",
                        EdgeKind::Attacks => "- ",
                        // Argdown has no rephrase relation; the nearest is
                        // a statement backing the one it says again.
                        EdgeKind::Restates => "+ ",
                    };
                    children.push((edge.from.get(), depth + 1, symbol));
                }
            }
            if depth == 0 {
                for &e in &adjacency.outgoing[node] {
                    if !std::mem::replace(&mut written[e], true) {
                        let edge = &map.edges()[e];
                        let symbol = match edge.kind {
                            EdgeKind::Supports | EdgeKind::Restates => "+> ",
                            EdgeKind::Attacks => "-> ",
                        };
                        children.push((edge.to.get(), depth + 1, symbol));
                    }
                }
            }
            stack.extend(children.into_iter().rev());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_is_escaped() {
        assert_eq!(
            escape("a [b] <c> #d *e* _f_"),
            r"a \[b\] \<c\> \#d \*e\* \_f\_"
        );
        assert_eq!(escape("x // y /* z */ a/b"), r"x \// y \/\* z \*/ a/b");
        assert_eq!(escape("{k: v} === @x \\"), r"\{k: v\} \=\=\= \@x \\");
        // Shortcodes need two dots or colons in one word; a sentence's own
        // full stop and a decimal point stay as they are.
        assert_eq!(escape("U.S. e.g. 3.5 end."), r"U\.S. e\.g. 3.5 end.");
        assert_eq!(escape("at 10:30:00 note: x"), r"at 10\:30:00 note: x");
        assert_eq!(escape("line\n+ one\n  - two\t"), "line + one - two");
    }

    #[test]
    fn titles_are_unique_across_documents() {
        use crate::document::{Document, SourceFormat};
        let doc = Document::parse("a.md", "Cities must plant trees.", SourceFormat::Markdown);
        let m = crate::extract::build_map(&doc);
        let t = titles(&[m.clone(), m]);
        assert_eq!(t, vec![vec!["thesis-doc0"], vec!["thesis-doc1"]]);
        assert_eq!(base_title("-x_y]"), "x-y");
    }
}
