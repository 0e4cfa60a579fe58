//! `argmap stats`
mod common;
use common::*;

#[test]
fn counts_per_kind_and_edge_type() {
    let out = stdout_of(argmap().args(["stats", &essay("parks.md")]));
    // The conclusion restates the thesis: two statements of it.
    assert!(out.contains("thesis 2"), "{out}");
    assert!(out.contains("restates 1"), "{out}");
    assert!(out.contains("objection 1"), "{out}");
    assert!(out.contains("attacks 2"), "{out}");
}

#[test]
fn json_counts() {
    let out = stdout_of(argmap().args([
        "stats",
        "--format",
        "json",
        &essay("parks.md"),
        &essay("empty.md"),
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["nodes"]["thesis"], 2);
    assert_eq!(docs[1]["nodes"]["claim"], 0);
}
