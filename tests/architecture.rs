//! Invariants of ARCHITECTURE.md that a test can hold: the stages do no I/O.

use std::path::Path;

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
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
    // Process concerns live in input, config, atomic, eval::load, cli and
    // server; the stages between bytes and output never open a file, spawn
    // a process, read standard input or touch the network.
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
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests may build fixtures however they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for word in forbidden {
            assert!(
                !code.contains(word),
                "{} uses {word}: the stages do no I/O (ARCHITECTURE.md)",
                file.display()
            );
        }
    }
}
