//! `argmap show`
mod common;
use common::*;

#[test]
fn shows_a_node_in_full() {
    let out =
        stdout_of(argmap().args(["show", "parks-make-residents-healthier", &essay("parks.md")]));
    assert!(out.contains("kind         claim"), "{out}");
    assert!(
        out.contains("where        tests/fixtures/essays/parks.md:5:1"),
        "{out}"
    );
    assert!(out.contains("position:paragraph-first"), "{out}");
    assert!(out.contains("supports     thesis"), "{out}");
    assert!(
        out.contains("supported by 2019-survey-3000-adults"),
        "{out}"
    );
}

#[test]
fn json_detail_has_edges() {
    let out = stdout_of(argmap().args(["show", "thesis", "--format", "json", &essay("parks.md")]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let node = &v["nodes"][0];
    assert_eq!(node["id"], "thesis");
    assert!(
        node["attacked_by"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i == "parks-expensive"),
        "{node}"
    );
    assert!(node["cues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "modal:should"));
}

#[test]
fn unknown_id_is_an_input_error() {
    assert_input_error(
        argmap().args(["show", "zzzz-nothing", &essay("parks.md")]),
        "no node matches \"zzzz-nothing\"",
    );
}
