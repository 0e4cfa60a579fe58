//! `argmap evidence --claim`
mod common;
use common::*;

#[test]
fn bundled_essay_partnerships_shows_the_programmes() {
    let out = stdout_of(argmap().args(["evidence", "--claim", "partnerships"]));
    // The first tree is the claim the query is most about.
    let first = out.split("\n\n").next().unwrap();
    assert!(
        first.contains("Much of NATO’s success to date lies in its partnership programs"),
        "{first}"
    );
    for needle in [
        "three primary partnership programs",
        "has helped transform the political and military structures",
        "Eleven Partnership for Peace members",
    ] {
        assert!(first.contains(needle), "missing {needle:?} in\n{first}");
    }
}

#[test]
fn query_by_id_shows_one_tree() {
    let out = argmap()
        .args([
            "evidence",
            "--claim",
            "parks-make-residents-healthier",
            &essay("parks.md"),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "an id is not ambiguous");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("A 2019 survey of 3,000 adults"), "{text}");
    assert!(text.contains("parks.md:5"), "{text}");
}

#[test]
fn depth_limits_the_tree() {
    let deep = stdout_of(argmap().args([
        "evidence",
        "--claim",
        "thesis",
        "--depth",
        "2",
        &essay("parks.md"),
    ]));
    let shallow = stdout_of(argmap().args([
        "evidence",
        "--claim",
        "thesis",
        "--depth",
        "1",
        &essay("parks.md"),
    ]));
    assert!(deep.contains("A 2019 survey"), "{deep}");
    assert!(!shallow.contains("A 2019 survey"), "{shallow}");
}

#[test]
fn ambiguous_query_says_so_and_shows_each() {
    let out = argmap()
        .args(["evidence", "--claim", "parks", &essay("parks.md")])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nodes match \"parks\""), "{err}");
}

#[test]
fn json_has_trees() {
    let out = stdout_of(argmap().args([
        "evidence",
        "--claim",
        "thesis",
        "--format",
        "json",
        &essay("parks.md"),
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let tree = &v["trees"][0];
    assert_eq!(tree["node"]["kind"], "thesis");
    assert!(tree["tree"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["depth"] == 2 && i["node"]["kind"] == "evidence"));
}

#[test]
fn unknown_claim_suggests_ids() {
    assert_input_error(
        argmap().args(["evidence", "--claim", "thesys", &essay("parks.md")]),
        "no node matches \"thesys\" (nearest ids: thesis",
    );
}

/// At depth 0 the tree is not shown; argmap says how many nodes bear on the
/// claim rather than that nothing supports it.
#[test]
fn depth_zero_does_not_say_nothing_supports_a_supported_claim() {
    let out = stdout_of(argmap().args([
        "evidence",
        "--claim",
        "parks-make-residents-healthier",
        "--depth",
        "0",
        &essay("parks.md"),
    ]));
    assert!(!out.contains("nothing supports it"), "{out}");
    assert!(out.contains("bear on it; not shown at depth 0"), "{out}");
    let deeper = stdout_of(argmap().args([
        "evidence",
        "--claim",
        "parks-make-residents-healthier",
        "--depth",
        "1",
        &essay("parks.md"),
    ]));
    assert!(deeper.contains("A 2019 survey of 3,000 adults"), "{deeper}");
}
