//! Fuzzing the whole pipeline (decode, parse, extract, link, lint and every
//! export) with proptest: inputs are generated Markdown essays biased
//! toward what argmap reads, mutations of the committed seed corpus
//! (`tests/fuzz-corpus/`), and raw bytes. Each input must give a map whose
//! invariants hold and whose every export parses, or a one-line input
//! error, without a panic and within a time limit.
//!
//! `cargo test` runs a fixed, modest number of cases (`ARGMAP_FUZZ_CASES`,
//! default 256, from a fixed seed, so CI is reproducible). A long run
//! explores with fresh seeds for a wall-clock duration:
//!
//! ```sh
//! ARGMAP_FUZZ_SECONDS=600 cargo test --release --test fuzz -- --nocapture
//! ```
//!
//! A failing input is shrunk and saved under `target/fuzz-findings/`; copy
//! it to `tests/fuzz-corpus/regressions/` (named for what went wrong) and
//! fix the bug: `corpus_and_regressions_run_clean` runs every file there.

mod hostile;

use hostile::generate::{corpus, input};
use hostile::{check_input, invariants, save_finding, within};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};
use std::time::{Duration, Instant};

/// Longest one case may take before it counts as a hang (debug builds are slow).
const CASE_LIMIT: Duration = Duration::from_secs(30);

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn seeds() -> Vec<Vec<u8>> {
    corpus().into_iter().map(|(_, bytes)| bytes).collect()
}

/// One fuzz case: the pipeline within the time limit, then the checks.
/// With `record`, the input is written first to `target/fuzz-findings/`,
/// so that a crash no test can catch (a stack overflow aborts) leaves it.
fn case(path: &'static str, bytes: Vec<u8>, record: bool) -> Result<(), TestCaseError> {
    if record {
        save_finding(&format!("current-{}", std::process::id()), path, &bytes);
    }
    let result = std::panic::catch_unwind(|| {
        within(CASE_LIMIT, move || check_input(path, &bytes).map(|_| ()))
    });
    match result {
        Ok(Ok(Ok(()))) => Ok(()),
        Ok(Ok(Err(broken))) => Err(TestCaseError::fail(broken)),
        Ok(Err(hang)) => Err(TestCaseError::fail(hang)),
        Err(_) => {
            let last = LAST_PANIC.lock().map(|mut p| p.take()).unwrap_or_default();
            Err(TestCaseError::fail(last.unwrap_or_else(|| "panic".into())))
        }
    }
}

/// The last panic's message and location, kept by [`keep_panics`].
static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Keep each panic's message and location for the failure report; print
/// it too unless `quiet` (a long run, where shrinking repeats it often).
fn keep_panics(quiet: bool) {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("panic {info}"));
        }
        if !quiet {
            default(info);
        }
    }));
}

/// Run `cases` cases from `seed`; on failure save the shrunk input and
/// describe it.
fn fuzz(cases: u32, seed: u64, record: bool) -> Result<u32, String> {
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_time: 120_000,
        ..Config::default()
    };
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &key);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let strategy = input(seeds());
    match runner.run(&strategy, |(path, bytes)| case(path, bytes, record)) {
        Ok(()) => Ok(cases),
        Err(TestError::Fail(reason, (path, bytes))) => {
            let saved = save_finding(&format!("seed-{seed}"), path, &bytes);
            Err(format!(
                "fuzz case failed (seed {seed}): {reason}\ninput ({} bytes, read as {path}) saved to {}\n{:?}",
                bytes.len(),
                saved.display(),
                String::from_utf8_lossy(&bytes)
            ))
        }
        Err(TestError::Abort(reason)) => Err(format!("fuzzing aborted (seed {seed}): {reason}")),
    }
}

#[test]
fn pipeline_survives_generated_and_mutated_input() {
    let seconds = env_number("ARGMAP_FUZZ_SECONDS").unwrap_or(0);
    let seed = env_number("ARGMAP_FUZZ_SEED").unwrap_or(0x5eed_a46a);
    if seconds == 0 {
        keep_panics(false);
        let cases = env_number("ARGMAP_FUZZ_CASES").unwrap_or(256) as u32;
        if let Err(failure) = fuzz(cases, seed, false) {
            panic!("{failure}");
        }
        return;
    }
    // A long run: batches with fresh seeds until the time is up; a finding
    // is saved and the run goes on, failing at the end. Panics are reported
    // with the finding, not as each shrinking step hits them again.
    keep_panics(true);
    let start = Instant::now();
    let deadline = Duration::from_secs(seconds);
    let batch = env_number("ARGMAP_FUZZ_BATCH").unwrap_or(500) as u32;
    let clock = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let (mut total, mut batches) = (0u64, 0u64);
    let mut failures = Vec::new();
    while start.elapsed() < deadline {
        let batch_seed = clock ^ batches.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        match fuzz(batch, batch_seed, true) {
            Ok(n) => total += u64::from(n),
            Err(failure) => {
                eprintln!("{failure}");
                failures.push(failure);
            }
        }
        batches += 1;
        eprintln!(
            "fuzz: {total} cases passed in {batches} batches, {} failed batches, {:.0} s (last seed {batch_seed})",
            failures.len(),
            start.elapsed().as_secs_f64()
        );
    }
    println!(
        "fuzz: {total} cases passed in {batches} batches over {:.0} s, {} findings",
        start.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every seed and every past finding, read as Markdown and as text: no
/// panic, invariants hold, exports parse, and two runs give the same bytes.
#[test]
fn corpus_and_regressions_run_clean() {
    let files = corpus();
    assert!(files.len() >= 15, "the seed corpus is committed");
    for (file, bytes) in files {
        for path in ["corpus.md", "corpus.txt"] {
            let shown = format!("{} as {path}", file.display());
            let bytes = bytes.clone();
            let runs = within(CASE_LIMIT, move || {
                let first = check_input(path, &bytes)?;
                let second = check_input(path, &bytes)?;
                match (first, second) {
                    (Some(a), Some(b)) => invariants::same_outputs(&a, &b),
                    (None, None) => Ok(()),
                    _ => Err("one run read the input, the other refused it".into()),
                }
            });
            match runs {
                Ok(Ok(())) => {}
                Ok(Err(broken)) => panic!("{shown}: {broken}"),
                Err(hang) => panic!("{shown}: {hang}"),
            }
        }
    }
}

/// The checks themselves must be able to fail: a map edited to break each
/// invariant, and exports edited to break their format, are caught.
#[test]
fn the_checks_catch_broken_runs() {
    let text =
        "Cities should plant trees \"now\".\n\nTrees cool streets. A 2019 study found 3 degrees.\n";
    let mut run = check_input("e.md", text.as_bytes())
        .expect("a clean run")
        .expect("valid input");
    let json = run.output("json").expect("json").to_vec();
    let broken_json = String::from_utf8(json)
        .unwrap()
        .replacen("\"to\": \"", "\"to\": \"x", 1);
    set_output(&mut run, "json", broken_json.into_bytes());
    assert!(hostile::formats::check_all(&run)
        .unwrap_err()
        .contains("names no node"));

    let mut run = check_input("e.md", text.as_bytes()).unwrap().unwrap();
    let dot = String::from_utf8(run.output("dot").unwrap().to_vec()).unwrap();
    set_output(
        &mut run,
        "dot",
        dot.replacen("\\\"now", "\"now", 1).into_bytes(),
    );
    assert!(
        hostile::formats::check_all(&run).is_err(),
        "an unescaped quote in DOT"
    );

    let mut run = check_input("e.md", text.as_bytes()).unwrap().unwrap();
    let mermaid = String::from_utf8(run.output("mermaid").unwrap().to_vec()).unwrap();
    set_output(
        &mut run,
        "mermaid",
        mermaid.replacen("#34;now", "\"now", 1).into_bytes(),
    );
    assert!(
        hostile::formats::check_all(&run).is_err(),
        "an unescaped quote in Mermaid"
    );

    let mut run = check_input("e.md", text.as_bytes()).unwrap().unwrap();
    let html = String::from_utf8(run.output("html").unwrap().to_vec()).unwrap();
    set_output(
        &mut run,
        "html",
        html.replacen("<body>", "<body><b>", 1).into_bytes(),
    );
    assert!(
        hostile::formats::check_all(&run).is_err(),
        "unclosed element in the page"
    );

    let mut run = check_input("e.md", text.as_bytes()).unwrap().unwrap();
    let mut doc_text = run.doc.text.to_string();
    doc_text.insert(0, ' ');
    run.doc.text = doc_text.into();
    assert!(invariants::check(&run).is_err(), "spans off by one");
}

fn set_output(run: &mut hostile::pipeline::Run, name: &str, bytes: Vec<u8>) {
    for (n, b) in &mut run.outputs {
        if *n == name {
            *b = bytes.clone();
        }
    }
}
