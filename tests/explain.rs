//! `argmap explain`: a rule's documentation by code or name, and a
//! suggestion for a misspelt one (tests/cmd/explain/*.toml).

use assert_cmd::Command;

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/explain/*.toml");
}

#[test]
fn every_rule_explains_itself_in_ruff_form() {
    for code in (1..=9).map(|i| format!("AM{i:03}")) {
        let output = Command::cargo_bin("argmap")
            .unwrap()
            .args(["explain", &code.to_lowercase()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{code}");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains(&format!("({code})")), "{text}");
        for heading in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## How to fix",
        ] {
            assert!(text.contains(heading), "{code} lacks {heading}");
        }
    }
}
