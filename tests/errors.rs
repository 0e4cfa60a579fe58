//! Bad input: one clear line on stderr, exit code 2, nothing on stdout.
mod common;
use common::*;

#[test]
fn missing_file() {
    assert_input_error(
        argmap().args(["claims", "no/such/essay.md"]),
        "no/such/essay.md: no such file or directory",
    );
}

#[test]
fn directory_without_essays() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.rs"), "fn main() {}").unwrap();
    assert_input_error(
        argmap().args(["claims", dir.path().to_str().unwrap()]),
        "no essays found",
    );
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    assert_input_error(
        argmap().args(["claims", "tests/fixtures/bad/invalid-utf8.md"]),
        "invalid-utf8.md: invalid UTF-8 at byte 3",
    );
}

#[test]
fn utf16_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u16.md");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "Hello.".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    assert_input_error(argmap().args(["claims", path.to_str().unwrap()]), "UTF-16");
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.md");
    std::fs::write(&path, b"abc\0def").unwrap();
    assert_input_error(
        argmap().args(["claims", path.to_str().unwrap()]),
        "binary file",
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.md");
    std::fs::write(&path, "We should act.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // running as root: permissions do not bind
    }
    assert_input_error(
        argmap().args(["claims", path.to_str().unwrap()]),
        "cannot read",
    );
}

#[test]
fn malformed_config_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("argmap.toml"),
        "paths = [\n  \"a\",\nbroken",
    )
    .unwrap();
    assert_input_error(
        argmap().arg("claims").current_dir(dir.path()),
        "argmap.toml:3:",
    );
}

#[test]
fn unknown_subcommand_and_flag() {
    let out = argmap().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = argmap().args(["claims", "--frob"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_explains_and_exits_zero() {
    let out = stdout_of(argmap().arg("--help"));
    assert!(out.contains("argument map"), "{out}");
    for cmd in [
        "claims",
        "evidence",
        "recommendations",
        "show",
        "graph",
        "stats",
        "lint",
        "init",
        "schema",
        "completions",
        "man",
    ] {
        assert!(out.contains(cmd), "help lacks {cmd}");
    }
    let lint = stdout_of(argmap().args(["lint", "--help"]));
    for flag in [
        "--select",
        "--extend-select",
        "--ignore",
        "--exit-zero",
        "--quiet",
        "--stdin-filename",
        "walks the current directory",
    ] {
        assert!(lint.contains(flag), "lint --help lacks {flag}");
    }
    let graph = stdout_of(argmap().args(["graph", "--help"]));
    assert!(graph.contains("--keep-going"), "{graph}");
}
