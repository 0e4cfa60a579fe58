//! Adversarial shapes: each is generated here (nothing large is committed),
//! run through the whole pipeline (every export) on a thread with a worker's
//! stack and a time limit, and its output checked for sense as well as for
//! the invariants and formats every run must keep.
//!
//! Debug builds are slow, so some shapes are smaller here than in the issue;
//! `benches/adversarial.sh` runs them all at full size against the release
//! binary and prints time and peak memory. `ARGMAP_ADVERSARIAL_SCALE=10`
//! makes the scaled shapes ten times larger.
mod hostile;

use argmap::graph::{NodeKind, Origin};
use hostile::pipeline::{self, Run};
use hostile::{formats, invariants, within, within_stack};
use std::time::Duration;

/// A hang fails the test after this long.
const LIMIT: Duration = Duration::from_secs(180);

fn scale(n: usize) -> usize {
    let factor = std::env::var("ARGMAP_ADVERSARIAL_SCALE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(1);
    n * factor.max(1)
}

/// The whole pipeline on `text`, within the limit, all checks passed.
fn run(name: &'static str, text: String) -> Run {
    let result = within(LIMIT, move || {
        let run = pipeline::run("adversarial.md", text.as_bytes()).map_err(|e| e.to_string())?;
        invariants::check(&run)?;
        formats::check_all(&run)?;
        Ok::<Run, String>(run)
    });
    match result {
        Ok(Ok(run)) => run,
        Ok(Err(broken)) => panic!("{name}: {broken}"),
        Err(hang) => panic!("{name}: {hang}"),
    }
}

fn texts(run: &Run) -> Vec<&str> {
    run.built
        .map
        .nodes()
        .iter()
        .map(|n| n.text.as_str())
        .collect()
}

#[test]
fn ten_thousand_nested_block_quotes() {
    let run = run(
        "quotes",
        format!(
            "{} We should act now. Parks help people.\n",
            ">".repeat(10_000)
        ),
    );
    assert_eq!(run.doc.blocks.len(), 1);
    assert_eq!(run.doc.blocks[0].quote_depth, 10_000);
    assert_eq!(
        texts(&run),
        vec!["We should act now.", "Parks help people."]
    );
    assert_eq!(run.built.map.nodes()[0].kind, NodeKind::Thesis);
}

#[test]
fn ten_thousand_nested_list_levels() {
    for marker in ["- ", "1. ", "* > "] {
        let run = run(
            "lists",
            format!(
                "{}We should act now. Parks help people.\n",
                marker.repeat(10_000)
            ),
        );
        assert_eq!(
            texts(&run),
            vec!["We should act now.", "Parks help people."],
            "{marker:?}"
        );
    }
    // Levels by indentation, each on its own line, back and forth.
    let n = scale(2_000);
    let text: String = (0..n)
        .map(|i| format!("{}- Level {i} should matter.\n", "  ".repeat(i % 40)))
        .collect();
    let run = run("indented lists", text);
    assert_eq!(run.doc.sentences.len(), n);
}

#[test]
fn a_long_line_with_no_punctuation() {
    let n = scale(2_000_000);
    let line = "word ".repeat(n / 5);
    let run = run("line", line.clone());
    assert_eq!(run.doc.sentences.len(), 1, "one sentence, however long");
    assert_eq!(run.doc.sentence_text(0), line.trim_end());
    assert!(run.built.map.nodes().len() <= 1);
}

#[test]
fn a_million_sentence_ends() {
    let run = run("dots", ". ".repeat(1_000_000));
    // However they are split, the sentences cover the dots in order.
    let covered: usize = run
        .doc
        .sentences
        .iter()
        .map(|s| s.span.end - s.span.start)
        .sum();
    assert!(covered <= 2_000_000 && !run.doc.sentences.is_empty());
}

/// Found while writing these: every modal after a late "whether" used to
/// rescan the words before it (quadratic in the sentence's length).
#[test]
fn many_modals_after_a_late_whether() {
    let n = scale(50_000);
    let text = format!("{}whether {}.", "word ".repeat(n), "should ".repeat(n));
    let run = run("whether", text);
    assert_eq!(run.doc.sentences.len(), 1);
}

#[test]
fn many_sentences_on_one_line() {
    let n = scale(3_000);
    let run = run("sentences", "Ab cd. ".repeat(n));
    assert_eq!(run.doc.sentences.len(), n);
    assert_eq!(run.built.map.nodes().len(), n);
    // Every node is on line 1, at the column where its sentence starts.
    let last = run.built.map.nodes().last().unwrap();
    assert_eq!((last.span.line, last.span.column), (1, 7 * (n - 1) + 1));
}

#[test]
fn many_sentence_ends_inside_one_code_span() {
    // Every boundary sentencex finds inside the span maps onto the whole
    // span: the pieces join into one sentence, appended and folded once.
    let n = scale(5_000);
    let text = format!(
        "Intro here. `{}` end. More text here.\n",
        "Cities grow. ".repeat(n)
    );
    let run = run("code-span", text);
    let joined = run
        .doc
        .sentences
        .iter()
        .position(|s| run.doc.sentence_text(0).len() < s.span.end - s.span.start)
        .expect("one long sentence holds the code span");
    assert!(run.doc.plain(joined).matches("Cities grow.").count() >= n);
}

#[test]
fn many_annotations_in_one_paragraph() {
    let n = scale(3_000);
    let text: String = (0..n)
        .map(|i| {
            format!(
                "Claim {i} holds. <!-- argmap: claim #c{i} supports=c{} -->\n",
                i + 1
            )
        })
        .collect();
    let run = run("annotations", text);
    let map = &run.built.map;
    assert_eq!(map.nodes().len(), n);
    assert!(map.nodes().iter().all(|x| x.origin == Origin::Annotation));
    assert_eq!(map.nodes()[17].id, "c17");
    assert_eq!(map.edges().len(), n - 1, "a chain");
    // The last one names c{n}, which does not exist.
    assert_eq!(run.built.issues.len(), 1);
    assert!(run.report.findings.iter().any(|f| f.code == "AM010"));
}

#[test]
fn an_annotation_cycle() {
    let text = "A holds. <!-- argmap: claim #a supports=b -->\n\
                B holds. <!-- argmap: claim #b supports=a attacks=b -->\n\
                C holds. <!-- argmap: thesis #c supports=c,a -->\n";
    let run = run("annotation cycle", text.to_string());
    let map = &run.built.map;
    assert_eq!(map.nodes().len(), 3);
    // a <-> b, c -> a; no node bears on itself.
    assert_eq!(map.edges().len(), 3);
    assert!(map.edges().iter().all(|e| e.from != e.to));
    let cycles: Vec<_> = run
        .report
        .findings
        .iter()
        .filter(|f| f.code == "AM006")
        .collect();
    assert_eq!(cycles.len(), 1, "{:?}", run.report.findings);
    assert!(
        cycles[0].message.contains("`a` → `b` → `a`"),
        "{}",
        cycles[0].message
    );
}

/// A support cycle through `n` paragraphs.
fn cycle(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "Point {i} is true. <!-- argmap: claim #p{i} supports=p{} -->\n\n",
                (i + 1) % n
            )
        })
        .collect()
}

#[test]
fn a_support_cycle_through_every_export() {
    let n = scale(3_000);
    let run = run("support cycle", cycle(n));
    assert_eq!(run.built.map.edges().len(), n);
    let cycles: Vec<_> = run
        .report
        .findings
        .iter()
        .filter(|f| f.code == "AM006")
        .collect();
    assert_eq!(cycles.len(), 1);
    assert!(cycles[0]
        .label
        .contains(&format!("through {} other nodes", n - 1)));
}

/// 100 000 nodes in one cycle, mapped, linted and walked on a 256 KiB
/// stack: any recursion as deep as the cycle would overflow it.
#[test]
fn a_support_cycle_of_100_000_nodes_needs_no_deep_stack() {
    let text = cycle(100_000);
    let result = within_stack(LIMIT, 256 << 10, move || {
        let doc = argmap::document::Document::parse(
            "cycle.md",
            text,
            argmap::document::SourceFormat::Markdown,
        );
        let built = argmap::extract::build(&doc, argmap::extract::Options::default());
        let report = pipeline::all_rules().lint_with_issues(&doc, &built.map, &built.issues);
        let map = &built.map;
        let tree = map.support_tree(map.indexes().next().unwrap(), usize::MAX);
        let mut json = Vec::new();
        argmap::render::json::write_map(&mut json, std::slice::from_ref(map)).unwrap();
        let mut argdown = Vec::new();
        argmap::render::argdown::write(&mut argdown, std::slice::from_ref(map)).unwrap();
        let annotated = argmap::render::annotate::annotate(&doc, map);
        (
            map.edges().len(),
            report,
            tree.len(),
            json.len(),
            argdown.len(),
            annotated.len(),
        )
    });
    let (edges, report, tree, json, argdown, annotated) = result.expect("no hang");
    assert_eq!(edges, 100_000);
    let cycles: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "AM006")
        .collect();
    assert_eq!(cycles.len(), 1);
    assert_eq!(
        tree, 99_999,
        "the support tree reaches every other node once"
    );
    assert!(json > 0 && annotated > 0);
    assert!(
        argdown < 200 * 100_000,
        "Argdown output grows linearly: {argdown} bytes"
    );
}
