//! Shared by the fuzz, property and adversarial tests: input generators,
//! the invariants every run must keep, and a parser for every export.
#![allow(dead_code)]

pub mod formats;
pub mod generate;
pub mod invariants;
pub mod pipeline;

use pipeline::{PipelineError, Run};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// Run the whole pipeline on `bytes` and check every invariant and every
/// export. An input the decoder refuses is fine if its message is one line.
pub fn check_input(path: &str, bytes: &[u8]) -> Result<Option<Run>, String> {
    match pipeline::run(path, bytes) {
        Err(PipelineError::Input(e)) => {
            let message = e.to_string();
            if message.contains('\n') || message.is_empty() {
                return Err(format!("input error is not one line: {message:?}"));
            }
            Ok(None)
        }
        Err(e) => Err(e.to_string()),
        Ok(run) => {
            invariants::check(&run)?;
            formats::check_all(&run)?;
            Ok(Some(run))
        }
    }
}

/// The stack of a worker thread (`--jobs` runs the pipeline on such threads).
pub const WORKER_STACK: usize = 2 << 20;

/// Run `f` on a thread with a worker's stack and give up after `limit`: a
/// hang becomes an error (the thread is left behind), a panic is passed on.
pub fn within<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    within_stack(limit, WORKER_STACK, f)
}

/// [`within`] on a stack of `stack` bytes: recursion as deep as the input
/// overflows a small stack and aborts the test.
pub fn within_stack<T: Send + 'static>(
    limit: Duration,
    stack: usize,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("pipeline".into())
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("a thread starts");
    match rx.recv_timeout(limit) {
        Ok(value) => {
            let _ = worker.join();
            Ok(value)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("no result after {limit:?}: a hang")),
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => Err("the worker ended without a result".into()),
        },
    }
}

/// Where fuzzing writes the inputs it found bad (outside version control).
pub fn findings_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("fuzz-findings")
}

/// Save a bad input and say where it went.
pub fn save_finding(name: &str, path: &str, bytes: &[u8]) -> PathBuf {
    let dir = findings_dir();
    let _ = std::fs::create_dir_all(&dir);
    let ext = if path.to_ascii_lowercase().ends_with(".txt") {
        "txt"
    } else {
        "md"
    };
    let file = dir.join(format!("{name}.{ext}"));
    let _ = std::fs::write(&file, bytes);
    file
}
