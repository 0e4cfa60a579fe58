//! The bundled essay's map held to a hand-made expectation of it
//! (tests/fixtures/expected/nato-partnerships.tsv), and the raw scraped seed
//! held to the same map.

use argmap::document::{Document, SourceFormat};
use argmap::extract::{build, Options};
use argmap::graph::{DocumentMap, EdgeKind};

struct Expected {
    role: String,
    start: String,
    target: Option<(String, EdgeKind)>,
}

fn expected() -> Vec<Expected> {
    let text = std::fs::read_to_string("tests/fixtures/expected/nato-partnerships.tsv").unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let target = match cols[2] {
                "-" => None,
                t => Some(match t.strip_prefix('!') {
                    Some(a) => (a.to_string(), EdgeKind::Attacks),
                    None => (t.to_string(), EdgeKind::Supports),
                }),
            };
            Expected {
                role: cols[0].to_string(),
                start: cols[1].to_string(),
                target,
            }
        })
        .collect()
}

/// The role argmap gave each sentence (or "none"), by sentence index.
fn roles(doc: &Document, map: &DocumentMap) -> Vec<String> {
    let mut roles = vec!["none".to_string(); doc.sentences.len()];
    for n in map.nodes() {
        roles[n.sentence] = n.kind.name().to_string();
    }
    roles
}

/// Index of the first sentence at or after `from` whose text starts with `start`.
fn locate(doc: &Document, start: &str, from: usize) -> usize {
    (from..doc.sentences.len())
        .find(|&i| doc.plain(i).starts_with(start))
        .unwrap_or_else(|| panic!("no sentence starts with {start:?}"))
}

struct Score {
    accuracy: f64,
    recall: f64,
    precision: f64,
    report: String,
}

fn score(doc: &Document) -> Score {
    score_with(doc, Options::default())
}

fn score_with(doc: &Document, options: Options) -> Score {
    let map = build(doc, options).map;
    let got = roles(doc, &map);
    let expected = expected();
    let mut at = 0;
    let mut sentence_of = Vec::new();
    let listed: Vec<usize> = expected
        .iter()
        .map(|e| {
            let i = locate(doc, &e.start, at);
            at = i + 1;
            i
        })
        .collect();
    // Sentences the expectation does not list (site furniture) must be no node.
    for (i, role) in got.iter().enumerate() {
        if !listed.contains(&i) {
            assert_eq!(
                role,
                "none",
                "unlisted sentence {:?} became a node",
                doc.plain(i)
            );
        }
    }
    sentence_of.extend(listed);
    let mut correct = 0;
    let mut report = String::new();
    for (e, &i) in expected.iter().zip(&sentence_of) {
        if got[i] == e.role {
            correct += 1;
        } else {
            report.push_str(&format!(
                "role: {:?} expected {} got {}\n",
                e.start, e.role, got[i]
            ));
        }
    }
    let node_of = |sentence: usize| map.nodes().iter().position(|n| n.sentence == sentence);
    let gold_edges: Vec<(usize, usize)> = expected
        .iter()
        .zip(&sentence_of)
        .filter_map(|(e, &i)| {
            let (target, _) = e.target.as_ref()?;
            let t = sentence_of[expected
                .iter()
                .position(|x| &x.start == target)
                .expect("target is listed")];
            Some((i, t))
        })
        .collect();
    let predicted: Vec<(usize, usize)> = map
        .edges()
        .iter()
        .map(|e| (map.node(e.from).sentence, map.node(e.to).sentence))
        .collect();
    let found = gold_edges.iter().filter(|g| predicted.contains(g)).count();
    let accepted = predicted.iter().filter(|p| gold_edges.contains(p)).count();
    for g in &gold_edges {
        if !predicted.contains(g) {
            let from = node_of(g.0)
                .map(|n| map.nodes()[n].id.clone())
                .unwrap_or_default();
            report.push_str(&format!(
                "missed edge: {from} -> sentence {:?}\n",
                doc.plain(g.1).chars().take(40).collect::<String>()
            ));
        }
    }
    Score {
        accuracy: correct as f64 / expected.len() as f64,
        recall: found as f64 / gold_edges.len() as f64,
        precision: accepted as f64 / predicted.len().max(1) as f64,
        report,
    }
}

/// The floors: role accuracy 0.90, 85% of the links found, 80% of
/// argmap's links among the expected ones.
fn assert_floors(s: &Score) {
    assert!(
        s.accuracy >= 0.90,
        "role accuracy {:.3}\n{}",
        s.accuracy,
        s.report
    );
    assert!(
        s.recall >= 0.85,
        "support links found {:.3}\n{}",
        s.recall,
        s.report
    );
    assert!(
        s.precision >= 0.80,
        "links accepted {:.3}\n{}",
        s.precision,
        s.report
    );
}

#[test]
fn bundled_essay_matches_the_hand_made_map() {
    let text = std::fs::read_to_string("corpus/nato-partnerships.md").unwrap();
    let doc = Document::parse("corpus/nato-partnerships.md", text, SourceFormat::Markdown);
    let s = score(&doc);
    eprintln!(
        "accuracy {:.3} recall {:.3} precision {:.3}\n{}",
        s.accuracy, s.recall, s.precision, s.report
    );
    assert_floors(&s);
}

#[test]
fn heuristics_alone_still_map_the_bundled_essay_sensibly() {
    let text = std::fs::read_to_string("corpus/nato-partnerships.md").unwrap();
    let doc = Document::parse("corpus/nato-partnerships.md", text, SourceFormat::Markdown);
    let s = score_with(
        &doc,
        Options {
            annotations: false,
            ..Options::default()
        },
    );
    assert_floors(&s);
    let annotated = build(&doc, Options::default()).map;
    assert!(annotated.by_id("partnerships").is_some());
    assert!(build(
        &doc,
        Options {
            annotations: false,
            ..Options::default()
        }
    )
    .map
    .by_id("partnerships")
    .is_none());
}

#[test]
fn raw_scraped_seed_maps_like_the_markdown_edition() {
    let text = std::fs::read_to_string("tests/fixtures/nato-partnerships.txt").unwrap();
    let raw = Document::parse("nato-partnerships.txt", text, SourceFormat::Text);
    let s = score(&raw);
    assert!(
        s.accuracy >= 0.90,
        "role accuracy {:.3}\n{}",
        s.accuracy,
        s.report
    );
    let md = std::fs::read_to_string("corpus/nato-partnerships.md").unwrap();
    let md = Document::parse("x.md", md, SourceFormat::Markdown);
    let kinds = |d: &Document| {
        let map = build(
            d,
            Options {
                annotations: false,
                ..Options::default()
            },
        )
        .map;
        map.nodes()
            .iter()
            .map(|n| (n.kind, n.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&raw), kinds(&md));
}

#[test]
fn scraped_paragraphs_on_single_lines_still_split() {
    // The seed with its blank lines removed: one long line per paragraph.
    let text = std::fs::read_to_string("tests/fixtures/nato-partnerships.txt").unwrap();
    let squeezed: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let doc = Document::parse("squeezed.txt", squeezed, SourceFormat::Text);
    assert!(doc.blocks.len() >= 12, "{} blocks", doc.blocks.len());
    let s = score(&doc);
    assert!(
        s.accuracy >= 0.90,
        "role accuracy {:.3}\n{}",
        s.accuracy,
        s.report
    );
}
