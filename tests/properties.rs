//! Properties of every run on generated essays (Markdown structure,
//! annotations, suppressions, multi-byte text, any line endings):
//!
//! - every span lies inside the file on character boundaries, with the
//!   right line and column, and a node's text is the file at its span;
//! - every edge joins two existing, distinct nodes; ids are unique and
//!   kebab-case, so `annotate` can write them back;
//! - JSON, SARIF, DOT, Mermaid, GraphML, AIF, Argdown and the HTML page
//!   parse in their own format and agree with the map;
//! - the same input gives byte-identical output on every run, on any
//!   thread, and whatever `--jobs` says.
mod common;
mod hostile;

use hostile::formats::{dot, mermaid};
use hostile::generate::{essay, path};
use hostile::{check_input, invariants};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn invariants_hold_and_exports_parse(text in essay(), path in path()) {
        let run = check_input(path, text.as_bytes()).map_err(TestCaseError::fail)?;
        prop_assert!(run.is_some(), "a generated essay is valid input");
    }

    #[test]
    fn output_is_byte_identical_on_every_run_and_thread(text in essay(), path in path()) {
        let first = check_input(path, text.as_bytes()).map_err(TestCaseError::fail)?.unwrap();
        let second = check_input(path, text.as_bytes()).map_err(TestCaseError::fail)?.unwrap();
        invariants::same_outputs(&first, &second).map_err(TestCaseError::fail)?;
        // Another thread starts with empty caches (stems are cached per thread).
        let bytes = text.clone().into_bytes();
        let third = std::thread::spawn(move || hostile::pipeline::run(path, &bytes))
            .join()
            .expect("no panic")
            .expect("valid input");
        invariants::same_outputs(&first, &third).map_err(TestCaseError::fail)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]

    /// The CLI over a directory of essays: the same bytes with one thread
    /// and with several, for the map, the lint findings and JSON lines.
    #[test]
    fn jobs_do_not_change_the_output(texts in prop::collection::vec(essay(), 2..7)) {
        let dir = tempfile::tempdir().unwrap();
        for (i, t) in texts.iter().enumerate() {
            let ext = if i % 3 == 2 { "txt" } else { "md" };
            std::fs::write(dir.path().join(format!("e{i}.{ext}")), t).unwrap();
        }
        let d = dir.path().to_str().unwrap();
        for args in [
            vec!["graph", "--format", "json", d],
            vec!["graph", "--format", "jsonl", d],
            vec!["lint", "--output-format", "concise", d],
            vec!["lint", "--output-format", "sarif", d],
            vec!["claims", d],
        ] {
            let run = |jobs: &str| {
                let out = common::argmap().args(&args).args(["--jobs", jobs]).output().unwrap();
                prop_assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
                Ok(out.stdout)
            };
            let one = run("1")?;
            prop_assert_eq!(&one, &run("4")?, "{:?} differs with --jobs 4", args);
            prop_assert_eq!(&one, &run("1")?, "{:?} differs between two runs", args);
        }
    }
}

/// The strict parsers are strict: they reject what Graphviz and Mermaid
/// would misread, and accept what they read.
#[test]
fn the_format_parsers_reject_broken_output() {
    assert_eq!(
        dot("digraph g { a [label=\"x\\\"y\"]; b; a -> b [color=red]; subgraph c { label=\"z\"; } }"),
        Ok((2, 1))
    );
    // Graphviz reads `\"` as an escaped quote even after another backslash.
    assert!(dot("digraph { a [label=\"x\\\\\"]; }").is_err());
    assert!(dot("digraph { a -- b }").is_err());
    assert!(
        dot("digraph { a -> c; a; }").is_err(),
        "edge to an undeclared node"
    );
    assert!(dot("digraph { a [label=x }").is_err());
    assert!(dot("digraph { node; }").is_err());

    assert_eq!(
        mermaid("flowchart BT\n  n1[\"a --- b\"]\n  n2{\"b #35; c\"}\n  n1 -->|x| n2\n  class n1 c;\n  classDef c fill:#fff;\n"),
        Ok((2, 1))
    );
    assert!(mermaid("flowchart BT\n  n1[\"a\"b\"]\n").is_err());
    assert!(mermaid("flowchart BT\n  n1[\"a # b\"]\n").is_err());
    assert!(mermaid("flowchart BT\n  n1[\"a `b`\"]\n").is_err());
    assert!(mermaid("flowchart BT\n  subgraph s[\"x\"]\n").is_err());
    assert!(mermaid("flowchart BT\n  n1[\"a\"]\n  n1 --> n9\n").is_err());
}
