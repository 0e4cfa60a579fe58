//! Invariants of ARCHITECTURE.md that a test can hold: the stages do no I/O.

use std::path::{Path, PathBuf};

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_stages_do_no_io() {
    // Files are read by input, config, eval::load and server, and the
    // process is the binary's (src/cli); the stages between bytes and output
    // never open a file, spawn a process, read standard input or touch the
    // network.
    let forbidden = [
        "std::fs",
        "File::",
        "std::process",
        "std::net",
        "stdin()",
        "env::var",
    ];
    let mut files = Vec::new();
    for stage in ["document", "extract", "graph", "lint", "render"] {
        sources(&Path::new("src").join(stage), &mut files);
    }
    files.push("src/eval/score.rs".into());
    files.push("src/text.rs".into());
    assert!(files.len() > 30, "{files:?}");
    assert_none_uses(&files, &forbidden, "the stages do no I/O");
}

/// Fails naming the first file of `files` whose code (unit tests aside)
/// uses a word of `forbidden`, and the invariant of ARCHITECTURE.md it breaks.
fn assert_none_uses(files: &[PathBuf], forbidden: &[&str], invariant: &str) {
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        // Unit tests may build fixtures however they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for word in forbidden {
            assert!(
                !code.contains(word),
                "{} uses {word}: {invariant} (ARCHITECTURE.md)",
                file.display()
            );
        }
    }
}

#[test]
fn the_library_leaves_the_process_to_the_binary() {
    // The library reads what it is handed and writes to the writer it is
    // handed; standard streams, replacing files, threads for a corpus and the
    // bundled essay are the binary's (src/cli, src/main.rs).
    let forbidden = [
        "stdin()",
        "stdout()",
        "stderr()",
        "Connection::stdio",
        "print!",
        "println!",
        "fs::write",
        "fs::rename",
        "fs::remove",
        "File::create",
        "OpenOptions",
        "std::process",
        "thread::spawn",
        "thread::scope",
        "include_str!",
    ];
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    files.retain(|f| !f.starts_with("src/cli") && !f.ends_with("main.rs"));
    assert!(files.len() > 50, "{files:?}");
    assert_none_uses(
        &files,
        &forbidden,
        "the library leaves the process to the binary",
    );
}

#[test]
fn architecture_md_names_every_library_module() {
    let lib = std::fs::read_to_string("src/lib.rs").unwrap();
    let doc = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let section = doc
        .split("## The library and the binary")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("ARCHITECTURE.md has a section on the library and the binary");
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .collect();
    assert!(modules.len() > 5, "{modules:?}");
    for module in modules {
        assert!(
            section.contains(&format!("`{module}`")),
            "ARCHITECTURE.md's library section does not name `{module}`"
        );
    }
}
