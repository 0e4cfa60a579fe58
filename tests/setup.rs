//! `argmap init`, `schema`, `completions` and `man`.
mod common;
use common::*;

#[test]
fn init_writes_a_commented_config_that_lint_reads() {
    let dir = tempfile::tempdir().unwrap();
    run_ok(argmap().arg("init").current_dir(dir.path()));
    let text = std::fs::read_to_string(dir.path().join("argmap.toml")).unwrap();
    for key in ["paths", "include", "exclude", "[rules]", "[thresholds]"] {
        assert!(text.contains(key), "{key} missing:\n{text}");
    }
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() > 10,
        "commented"
    );
    // lint uses it (an empty directory: nothing to lint, not a config error).
    let out = argmap()
        .arg("lint")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An existing file is kept unless --force.
    std::fs::write(dir.path().join("argmap.toml"), "paths = []\n").unwrap();
    assert_input_error(
        argmap().arg("init").current_dir(dir.path()),
        "argmap.toml: already exists; pass --force to replace it",
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("argmap.toml")).unwrap(),
        "paths = []\n"
    );
    let out = argmap()
        .args(["init", "--force"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("argmap.toml")).unwrap(),
        text
    );
}

/// The checked-in schema is what `argmap schema` prints: regenerate it with
/// `cargo run -- schema > docs/argmap.schema.json` when Config changes.
#[test]
fn the_checked_in_schema_is_current() {
    let printed = stdout_of(argmap().arg("schema"));
    let file = std::fs::read_to_string("docs/argmap.schema.json").unwrap();
    assert_eq!(
        printed, file,
        "run `cargo run -- schema > docs/argmap.schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for key in ["paths", "include", "exclude", "rules", "thresholds"] {
        assert!(properties.contains_key(key), "{key}");
    }
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn completions_for_every_shell_name_the_subcommands_and_flags() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(argmap().args(["completions", shell]));
        for word in ["lint", "select", "stdin-filename", "evidence"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let out = argmap().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_man_page_documents_every_subcommand() {
    let page = stdout_of(argmap().arg("man"));
    assert!(
        page.starts_with(".ie") || page.contains(".TH argmap 1"),
        "roff"
    );
    assert!(page.contains(".TH argmap 1"));
    for word in ["lint", "render", "completions", "\\-\\-config"] {
        assert!(page.contains(word), "man page lacks {word}");
    }
}
