//! `argmap recommendations`
mod common;
use common::*;

#[test]
fn bundled_essay_recommendations_with_their_support() {
    let out = stdout_of(argmap().args(["recommendations", "corpus/nato-partnerships.md"]));
    assert!(out.contains("recommendation"), "{out}");
    assert!(out.contains("NATO must expand its efforts"), "{out}");
    // Its justification appears under it.
    assert!(
        out.contains("NATO and the EU have already pledged"),
        "{out}"
    );
}

#[test]
fn json_lists_each_recommendation() {
    let out = stdout_of(argmap().args([
        "recommendations",
        "--format",
        "json",
        "corpus/nato-partnerships.md",
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let trees = v["trees"].as_array().unwrap();
    assert!(trees.len() >= 3);
    assert!(trees.iter().all(|t| t["node"]["kind"] == "recommendation"));
}

#[test]
fn essay_without_recommendations_prints_nothing() {
    let out = stdout_of(
        argmap()
            .args(["recommendations", "-"])
            .write_stdin("Rain fell in 2019. It was 3 degrees colder.\n"),
    );
    assert_eq!(out, "");
}
