//! The bad input matrix: each row prepares a hostile input in a fresh
//! directory, runs argmap on it there, and asserts the documented outcome:
//! exit code 2, nothing on stdout, exactly one line on stderr that says what
//! is wrong and where. Every run has a time limit, so an input that blocks
//! (a FIFO) fails the row instead of hanging the suite.
mod common;

use common::argmap;
use std::path::Path;
use std::time::Duration;

/// One row of the matrix.
struct Case {
    /// What the row is about.
    name: &'static str,
    /// Prepare files in the directory; return the arguments to run there,
    /// or `Err(reason)` to skip the row on this machine.
    setup: fn(&Path) -> Result<Vec<String>, String>,
    /// The exit code.
    code: i32,
    /// What the one line on stderr must contain.
    stderr: &'static str,
    /// Checked after the run (for instance that a file is untouched).
    after: fn(&Path),
}

fn args(list: &[&str]) -> Result<Vec<String>, String> {
    Ok(list.iter().map(|s| s.to_string()).collect())
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("the test writes its input");
}

fn nothing(_: &Path) {}

const ESSAY: &str =
    "Cities should plant trees.\n\nTrees cool streets. A 2019 study found 3 degrees less.\n";

#[cfg(unix)]
fn read_only(dir: &Path, name: &str) {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
}

fn utf16(dir: &Path, name: &str, little: bool) {
    let mut bytes = if little {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in "We should act.".encode_utf16() {
        bytes.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    write(dir, name, &bytes);
}

const CASES: &[Case] = &[
    Case {
        name: "missing path",
        setup: |_| args(&["claims", "no/such/essay.md"]),
        code: 2,
        stderr: "no/such/essay.md: no such file or directory",
        after: nothing,
    },
    Case {
        name: "a directory with no essays",
        setup: |dir| {
            std::fs::create_dir(dir.join("notes")).unwrap();
            write(&dir.join("notes"), "main.rs", b"fn main() {}");
            args(&["lint", "notes"])
        },
        code: 2,
        stderr: "notes: no essays found",
        after: nothing,
    },
    Case {
        name: "a directory where one file is expected",
        setup: |dir| {
            std::fs::create_dir(dir.join("essays")).unwrap();
            write(&dir.join("essays"), "e.md", ESSAY.as_bytes());
            args(&["annotate", "essays"])
        },
        code: 2,
        stderr: "essays: is a directory; this command takes one file",
        after: nothing,
    },
    Case {
        name: "a FIFO (argmap must not block on it)",
        setup: |dir| {
            let made = std::process::Command::new("mkfifo")
                .arg(dir.join("pipe.md"))
                .status()
                .map_err(|e| format!("no mkfifo: {e}"))?;
            if !made.success() {
                return Err("mkfifo failed".into());
            }
            args(&["claims", "pipe.md"])
        },
        code: 2,
        stderr: "pipe.md: not a regular file",
        after: nothing,
    },
    Case {
        name: "permission denied",
        setup: |dir| {
            write(dir, "secret.md", ESSAY.as_bytes());
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                // Run as `nobody` (see AS_NOBODY): root reads any file.
                let path = dir.join("secret.md");
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
            }
            args(&["claims", "secret.md"])
        },
        code: 2,
        stderr: "secret.md: cannot read: Permission denied",
        after: nothing,
    },
    Case {
        name: "invalid UTF-8 names file and byte offset",
        setup: |dir| {
            write(dir, "latin1.md", b"Caf\xe9 should open.");
            args(&["graph", "latin1.md"])
        },
        code: 2,
        stderr: "latin1.md: invalid UTF-8 at byte 3",
        after: nothing,
    },
    Case {
        name: "UTF-16 little-endian with a byte-order mark",
        setup: |dir| {
            utf16(dir, "le.md", true);
            args(&["claims", "le.md"])
        },
        code: 2,
        stderr: "le.md: file is UTF-16 (little-endian byte-order mark); convert it to UTF-8",
        after: nothing,
    },
    Case {
        name: "UTF-16 big-endian with a byte-order mark",
        setup: |dir| {
            utf16(dir, "be.md", false);
            args(&["lint", "be.md"])
        },
        code: 2,
        stderr: "be.md: file is UTF-16 (big-endian byte-order mark)",
        after: nothing,
    },
    Case {
        name: "a binary file",
        setup: |dir| {
            write(dir, "image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
            args(&["stats", "image.md"])
        },
        code: 2,
        stderr: "image.md: binary file (NUL byte at 8)",
        after: nothing,
    },
    Case {
        name: "binary on standard input",
        setup: |dir| {
            write(dir, "stdin", b"abc\0def");
            args(&["claims", "-"])
        },
        code: 2,
        stderr: "<stdin>: binary file (NUL byte at 3)",
        after: nothing,
    },
    Case {
        name: "a file that changes while it is read",
        setup: |dir| {
            // A large essay that a writer thread keeps appending to while
            // argmap reads it (see `run_row`).
            let line = "Cities should plant trees because trees cool streets.\n";
            write(dir, "growing.md", line.repeat(400_000).as_bytes());
            args(&["stats", "growing.md"])
        },
        code: 2,
        stderr: "growing.md: file changed while being read",
        after: nothing,
    },
    Case {
        name: "an unknown subcommand",
        setup: |_| args(&["frobnicate"]),
        code: 2,
        stderr: "unrecognized subcommand 'frobnicate'",
        after: nothing,
    },
    Case {
        name: "an unknown flag",
        setup: |dir| {
            write(dir, "e.md", ESSAY.as_bytes());
            args(&["claims", "--frob", "e.md"])
        },
        code: 2,
        stderr: "unexpected argument '--frob' found",
        after: nothing,
    },
    Case {
        name: "an unknown value of a flag",
        setup: |_| args(&["graph", "--format", "pdf"]),
        code: 2,
        stderr: "invalid value 'pdf' for '--format <FORMAT>'",
        after: nothing,
    },
    Case {
        name: "an unknown rule code in config",
        setup: |dir| {
            write(dir, "argmap.toml", b"[rules]\nAM099 = \"error\"\n");
            write(dir, "e.md", ESSAY.as_bytes());
            args(&["lint", "e.md"])
        },
        code: 2,
        stderr: "argmap.toml: unknown rule `AM099` in [rules]",
        after: nothing,
    },
    Case {
        name: "an unknown rule name in config, with a suggestion",
        setup: |dir| {
            write(dir, "strict.toml", b"[rules]\nunsuported-claim = \"error\"\n");
            write(dir, "e.md", ESSAY.as_bytes());
            args(&["lint", "--config", "strict.toml", "e.md"])
        },
        code: 2,
        stderr: "strict.toml: unknown rule `unsuported-claim` in [rules] (did you mean `AM002` (unsupported-claim)?)",
        after: nothing,
    },
    Case {
        name: "a malformed argmap.toml names file, line and column",
        setup: |dir| {
            write(dir, "argmap.toml", b"paths = [\"a\"]\n[rules]\nAM002 = \"loud\"\n");
            write(dir, "e.md", ESSAY.as_bytes());
            args(&["claims", "e.md"])
        },
        code: 2,
        stderr: "argmap.toml:3:9: unknown variant `loud`",
        after: nothing,
    },
    Case {
        name: "a broken TOML line names file, line and column",
        setup: |dir| {
            write(dir, "argmap.toml", b"paths = [\n  \"a\",\nbroken");
            args(&["lint"])
        },
        code: 2,
        stderr: "argmap.toml:3:",
        after: nothing,
    },
    Case {
        name: "--write on a read-only file leaves it untouched",
        setup: |dir| {
            write(dir, "e.md", ESSAY.as_bytes());
            #[cfg(unix)]
            read_only(dir, "e.md");
            args(&["annotate", "--write", "e.md"])
        },
        code: 2,
        stderr: "e.md: cannot write: file is read-only",
        after: |dir| {
            assert_eq!(
                std::fs::read_to_string(dir.join("e.md")).unwrap(),
                ESSAY,
                "the original is untouched"
            );
            let names: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
        },
    },
    Case {
        name: "--write on standard input",
        setup: |dir| {
            write(dir, "stdin", ESSAY.as_bytes());
            args(&["annotate", "--write", "-"])
        },
        code: 2,
        stderr: "--write needs a file, not standard input",
        after: nothing,
    },
];

/// Rows run as the user `nobody` (through setpriv when the tests run as
/// root), since permissions do not bind root.
const AS_NOBODY: &[&str] = &["permission denied"];

/// Run one row; `Ok(None)` when it passed, `Ok(Some(reason))` when skipped.
fn run_row(case: &Case) -> Result<Option<String>, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let args = match (case.setup)(dir.path()) {
        Ok(args) => args,
        Err(skip) => return Ok(Some(skip)),
    };
    let mut cmd = if AS_NOBODY.contains(&case.name) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755))
                .map_err(|e| e.to_string())?;
            match common::argmap_as_nobody() {
                Ok(cmd) => cmd,
                Err(why) => return Ok(Some(why)),
            }
        }
        #[cfg(not(unix))]
        argmap()
    } else {
        argmap()
    };
    cmd.args(&args)
        .current_dir(dir.path())
        .timeout(Duration::from_secs(60));
    let stdin = dir.path().join("stdin");
    if stdin.exists() {
        cmd.write_stdin(std::fs::read(&stdin).unwrap());
    } else {
        cmd.write_stdin(Vec::new());
    }
    // The row about a file that changes: a writer appends to it all along.
    let growing = dir.path().join("growing.md");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = growing.exists().then(|| {
        let stop = stop.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .append(true)
                .open(&growing)
                .unwrap();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = file.write_all(b"More text keeps arriving.\n");
            }
        })
    });
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run argmap: {e}"))?;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    if let Some(w) = writer {
        let _ = w.join();
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let fail = |what: String| Err(format!("{what}\n  stderr: {stderr:?}"));
    if out.status.code() != Some(case.code) {
        return fail(format!(
            "exit code {:?}, expected {}",
            out.status.code(),
            case.code
        ));
    }
    if !out.stdout.is_empty() {
        return fail(format!(
            "stdout not empty: {:?}",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if !stderr.ends_with('\n') || stderr.trim_end().lines().count() != 1 {
        return fail("stderr is not exactly one line".into());
    }
    if !stderr.starts_with("argmap: error: ") || !stderr.contains(case.stderr) {
        return fail(format!("stderr lacks {:?}", case.stderr));
    }
    (case.after)(dir.path());
    Ok(None)
}

#[test]
fn every_bad_input_gives_one_line_and_exit_2() {
    let mut failures = Vec::new();
    for case in CASES {
        match run_row(case) {
            Ok(None) => {}
            Ok(Some(skip)) => eprintln!("SKIPPED {:?}: {skip}", case.name),
            Err(e) => failures.push(format!("{}: {e}", case.name)),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every case the issue lists has a row. ("permission denied" runs as
/// `nobody`, through setpriv when the tests run as root; without setpriv it
/// is skipped with a note saying why.)
#[test]
fn the_matrix_covers_every_case_of_the_issue() {
    let names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    for needle in [
        "missing path",
        "directory",
        "FIFO",
        "permission denied",
        "invalid UTF-8",
        "UTF-16",
        "binary",
        "changes while it is read",
        "unknown subcommand",
        "unknown flag",
        "unknown rule code",
        "malformed argmap.toml",
        "--write on a read-only file",
    ] {
        assert!(
            names.iter().any(|n| n.contains(needle)),
            "no row for {needle:?}"
        );
    }
}

/// A directory that cannot be read is an error naming it, as ripgrep
/// reports one, never skipped: run as `nobody`, since root reads anything.
#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_an_error_with_its_path() {
    use std::os::unix::fs::PermissionsExt;
    let mut cmd = match common::argmap_as_nobody() {
        Ok(cmd) => cmd,
        Err(why) => {
            eprintln!("SKIPPED an_unreadable_subdirectory_is_an_error_with_its_path: {why}");
            return;
        }
    };
    let dir = common::shared_tempdir();
    let essays = dir.path().join("essays");
    std::fs::create_dir_all(essays.join("sub")).unwrap();
    write(&essays, "a.md", ESSAY.as_bytes());
    write(&essays.join("sub"), "b.md", ESSAY.as_bytes());
    std::fs::set_permissions(essays.join("sub"), std::fs::Permissions::from_mode(0o000)).unwrap();
    for command in ["lint", "claims"] {
        let out = cmd
            .args([command, "essays"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert_eq!(
            stderr, "argmap: error: essays/sub: cannot read: Permission denied (os error 13)\n",
            "{command}"
        );
        assert!(out.stdout.is_empty(), "{command}: no partial output");
        cmd = common::argmap_as_nobody().unwrap();
    }
    // An unreadable file in the same place is the same kind of error.
    std::fs::set_permissions(essays.join("sub"), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(
        essays.join("sub/b.md"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    common::assert_input_error(
        cmd.args(["lint", "essays"]).current_dir(dir.path()),
        "essays/sub/b.md: cannot read: Permission denied",
    );
}
