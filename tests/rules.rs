//! `argmap rules`: the rule table as text and JSON (tests/cmd/rules/*.toml).

use argmap::lint::rules::ALL;
use assert_cmd::Command;
use serde_json::Value;

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/rules/*.toml");
}

/// `argmap rules --format json` lists every rule of `rules::ALL`, in order.
#[test]
fn json_lists_every_rule_with_code_name_level_and_summary() {
    let output = Command::cargo_bin("argmap")
        .unwrap()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["schema_version"], 2);
    let rules = value["rules"].as_array().unwrap();
    assert_eq!(rules.len(), ALL.len());
    for (rule, expected) in rules.iter().zip(ALL) {
        let meta = expected.meta();
        assert_eq!(rule["code"], meta.code);
        assert_eq!(rule["name"], meta.name);
        assert_eq!(rule["default_level"], meta.default_level.name());
        assert_eq!(rule["summary"], meta.summary);
        assert!(!meta.summary.is_empty(), "{}", meta.code);
    }
}
