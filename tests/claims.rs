//! `argmap claims`
mod common;
use common::*;

#[test]
fn lists_thesis_and_claims_with_locations() {
    let out = stdout_of(argmap().args(["claims", &essay("parks.md")]));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("thesis"), "{out}");
    assert!(
        lines[0].contains("tests/fixtures/essays/parks.md:3"),
        "{out}"
    );
    assert!(lines[0].contains("Instead of building roads"), "{out}");
    assert!(out.contains("parks-make-residents-healthier"), "{out}");
    // Evidence is not a claim.
    assert!(!out.contains("A 2019 survey"), "{out}");
}

#[test]
fn json_lists_nodes_with_the_contract_fields() {
    let out = stdout_of(argmap().args(["claims", "--format", "json", &essay("parks.md")]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_version"], 2);
    let nodes = v["nodes"].as_array().unwrap();
    assert!(nodes
        .iter()
        .all(|n| n["kind"] == "thesis" || n["kind"] == "claim"));
    assert_eq!(nodes[0]["span"]["line"], 3);
}

#[test]
fn no_path_reads_the_configured_corpus() {
    // The repository's argmap.toml lists corpus/.
    let out = stdout_of(argmap().arg("claims"));
    assert!(out.contains("corpus/nato-partnerships.md:"), "{out}");
}

#[test]
fn no_path_and_no_config_reads_the_embedded_essay() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout_of(argmap().arg("claims").current_dir(dir.path()));
    assert!(
        out.contains("Much of NATO’s success to date lies in its partnership programs"),
        "{out}"
    );
}

#[test]
fn reads_standard_input() {
    let out = stdout_of(
        argmap()
            .args(["claims", "-"])
            .write_stdin("Towns must plant trees. Trees cool streets.\n"),
    );
    assert!(out.contains("<stdin>:1"), "{out}");
}

#[test]
fn directories_are_walked() {
    let out = stdout_of(argmap().args(["claims", "tests/fixtures/essays"]));
    assert!(out.contains("parks.md"), "{out}");
    assert!(out.contains("short.txt"), "{out}");
}

#[test]
fn closed_pipe_exits_quietly() {
    // Read one byte and close the pipe, like `argmap claims | head -c1`.
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("argmap"))
        .args(["graph", "--format", "json", "corpus/", "corpus/", "corpus/"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "status {:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn empty_file_is_an_empty_map() {
    let out = stdout_of(argmap().args(["claims", &essay("empty.md")]));
    assert_eq!(out, "");
}
