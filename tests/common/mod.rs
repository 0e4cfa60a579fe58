//! Shared helpers for the CLI tests.
#![allow(dead_code)]

use assert_cmd::Command;

/// The argmap binary with colour off and a stable environment.
pub fn argmap() -> Command {
    let mut cmd = Command::cargo_bin("argmap").expect("binary is built");
    cmd.env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        // AIF's timestamps, for output that does not change from run to run.
        .env("SOURCE_DATE_EPOCH", "0");
    cmd
}

/// A fixture essay's path.
pub fn essay(name: &str) -> String {
    format!("tests/fixtures/essays/{name}")
}

/// Standard output of a successful run, as text.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Assert an input error: exit 2, nothing on stdout, one line on stderr containing `needle`.
pub fn assert_input_error(cmd: &mut Command, needle: &str) {
    let out = cmd.output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(2),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "stdout not empty: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
}

/// A consumer tool a test checks argmap's output against is not installed:
/// under CI (`CI=true`, where `.ci/run` installs it) the test fails; elsewhere
/// it says plainly on stderr that it skipped, and how to install the tool.
/// The note is written to the stderr handle itself: the test harness
/// captures `eprintln!` of a passing test and would swallow it.
pub fn consumer_missing(tool: &str, install: &str) {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(
        !ci,
        "{tool} is not installed, and CI must check against it ({install})"
    );
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {tool} is not installed; skipping the check against it ({install})"
    );
}

/// An executable found on PATH.
pub fn on_path(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}
