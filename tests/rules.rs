//! `argmap rules`: the rule table as text and JSON (tests/cmd/rules/*.toml).

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/rules/*.toml");
}

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
    let expected = [
        ("AM001", "missing-thesis", "error"),
        ("AM002", "unsupported-claim", "warning"),
        ("AM003", "unjustified-recommendation", "error"),
        ("AM004", "orphan-evidence", "warning"),
        ("AM005", "disconnected-claim", "warning"),
        ("AM006", "circular-support", "error"),
        ("AM007", "unanswered-objection", "warning"),
        ("AM008", "unsourced-statistic", "off"),
        ("AM009", "unused-suppression", "warning"),
        ("AM010", "unknown-reference", "error"),
        ("AM011", "duplicate-id", "error"),
        ("AM012", "misplaced-annotation", "warning"),
        ("AM013", "invalid-annotation", "error"),
    ];
    assert_eq!(rules.len(), expected.len());
    for (rule, (code, name, level)) in rules.iter().zip(expected) {
        assert_eq!(rule["code"], code);
        assert_eq!(rule["name"], name);
        assert_eq!(rule["default_level"], level);
        assert!(!rule["summary"].as_str().unwrap().is_empty());
    }
}
