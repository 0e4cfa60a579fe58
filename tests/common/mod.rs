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

/// The output of a run that must succeed (its stderr shown if it fails).
pub fn run_ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Standard output of a successful run, as text.
pub fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(run_ok(cmd).stdout).expect("UTF-8 output")
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

/// True when the tests run under CI (`CI=true`, as CI services set it).
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A check that needs something this machine lacks (a tool, a data set).
/// Under CI that is a failure. Elsewhere the skip is written straight to
/// the terminal's stderr: the harness captures `eprintln!` of a passing
/// test and would swallow it, but not a write to the stderr handle itself.
/// The caller returns after this.
pub fn skip_visibly(test: &str, missing: &str) {
    assert!(
        !under_ci(),
        "{test}: {missing}; CI=true requires it, so the check cannot be skipped"
    );
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {test}: {missing}");
}

/// The argmap binary run as the user `nobody`, so that file permissions
/// bind: through `setpriv` when the tests run as root (as CI does), as is
/// otherwise. `Err(reason)` when that cannot be arranged; the caller prints
/// the reason and skips, so a skip is never silent.
#[cfg(unix)]
pub fn argmap_as_nobody() -> Result<Command, String> {
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map_err(|e| format!("cannot run `id -u`: {e}"))?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Ok(argmap());
    }
    let setpriv = std::process::Command::new("setpriv")
        .args([
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "true",
        ])
        .status()
        .map_err(|e| format!("running as root and setpriv is missing ({e})"))?;
    if !setpriv.success() {
        return Err("running as root and `setpriv --reuid=nobody` fails".into());
    }
    let bin = assert_cmd::cargo::cargo_bin("argmap");
    let mut cmd = Command::new("setpriv");
    cmd.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
        .arg(bin)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE");
    Ok(cmd)
}

/// A temporary directory that the user `nobody` may enter and read.
#[cfg(unix)]
pub fn shared_tempdir() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
        .expect("the test may open its directory");
    dir
}

/// A consumer tool a test checks argmap's output against is not installed
/// (`.ci/run` installs each): [`skip_visibly`], saying how to install it.
pub fn consumer_missing(tool: &str, install: &str) {
    skip_visibly(
        &format!("the check against {tool}"),
        &format!("{tool} is not installed ({install})"),
    );
}

/// An executable found on PATH.
pub fn on_path(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}
