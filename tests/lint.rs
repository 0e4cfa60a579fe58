//! `argmap lint`: transcripts of every output format and exit code
//! (tests/cmd/lint/*.toml), the fixture essays of each rule, and the SARIF
//! and JSON contracts field by field.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const FIXTURES: &str = "tests/fixtures/lint";

#[test]
fn transcripts() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/lint/*.toml");
}

fn argmap() -> Command {
    let mut cmd = Command::cargo_bin("argmap").unwrap();
    cmd.env("NO_COLOR", "1").current_dir(FIXTURES);
    cmd
}

/// Lint `files` as JSON and return the parsed output and the exit code.
fn lint_json(files: &[&str]) -> (Value, i32) {
    let output = argmap()
        .args(["lint", "--output-format", "json"])
        .args(files)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (value, output.status.code().unwrap())
}

fn codes(value: &Value) -> Vec<String> {
    value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

/// Every rule has a fixture that triggers it and one that does not.
#[test]
fn each_rule_has_a_triggering_and_a_clean_fixture() {
    let cases = [
        ("AM001", "am001-bad.md", "am001-good.md"),
        ("AM002", "am002-bad.md", "am002-good.md"),
        ("AM003", "am003-bad.md", "am003-good.md"),
        ("AM004", "am004-bad.md", "am004-good.md"),
        ("AM005", "am005-bad.md", "am005-good.md"),
        ("AM006", "am006-bad.md", "am006-good.md"),
        ("AM007", "am007-bad.md", "am007-good.md"),
        ("AM008", "strict/unsourced.md", "strict/sourced.md"),
        ("AM009", "am009-bad.md", "am009-good.md"),
    ];
    for (code, bad, good) in cases {
        assert!(Path::new(FIXTURES).join(bad).is_file(), "{bad}");
        let (value, _) = lint_json(&[bad]);
        assert!(
            codes(&value).iter().any(|c| c == code),
            "{bad} should trigger {code}: {value:#}"
        );
        let (value, _) = lint_json(&[good]);
        assert!(
            !codes(&value).iter().any(|c| c == code),
            "{good} should not trigger {code}: {value:#}"
        );
    }
}

#[test]
fn clean_fixtures_pass_with_no_findings() {
    for good in [
        "am001-good.md",
        "am002-good.md",
        "am003-good.md",
        "am004-good.md",
        "am005-good.md",
        "am006-good.md",
        "am007-good.md",
        "am009-good.md",
    ] {
        let (value, code) = lint_json(&[good]);
        assert_eq!(code, 0, "{good}");
        assert_eq!(codes(&value), Vec::<String>::new(), "{good}");
    }
}

#[test]
fn json_findings_carry_the_contract_fields() {
    let (value, code) = lint_json(&["am003-bad.md"]);
    assert_eq!(code, 1);
    assert_eq!(value["schema_version"], 1);
    let f = &value["findings"][0];
    assert_eq!(f["code"], "AM003");
    assert_eq!(f["name"], "unjustified-recommendation");
    assert_eq!(f["level"], "error");
    assert_eq!(f["path"], "am003-bad.md");
    assert_eq!(f["node"], "parents-pack-fruit-afternoon");
    for key in ["start", "end", "line", "column", "end_line", "end_column"] {
        assert!(f["span"][key].is_u64(), "span.{key}");
    }
    assert_eq!(f["span"]["line"], 7);
    let doc = &value["documents"][0];
    assert_eq!(doc["recommendations"], 1);
    assert_eq!(doc["recommendations_justified"], 0);
    assert_eq!(doc["errors"], 1);
}

#[test]
fn sarif_has_what_github_code_scanning_requires() {
    let output = argmap()
        .args([
            "lint",
            "--output-format",
            "sarif",
            "am003-bad.md",
            "am007-bad.md",
            "strict",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        log["$schema"],
        "https://json.schemastore.org/sarif-2.1.0.json"
    );
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "argmap");
    assert!(driver["informationUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), argmap::lint::rules::ALL.len());
    assert_eq!(rules.len(), 13);
    for (i, rule) in rules.iter().enumerate() {
        assert_eq!(rule["id"], format!("AM{:03}", i + 1));
        assert!(rule["name"].is_string());
        assert!(!rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .is_empty());
        assert!(!rule["fullDescription"]["text"].as_str().unwrap().is_empty());
        assert!(rule["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Why is this bad?"));
        assert!(rule["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("## How to fix"));
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["error", "warning", "note", "none"].contains(&level));
    }
    let results = run["results"].as_array().unwrap();
    let ids: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"AM003") && ids.contains(&"AM007") && ids.contains(&"AM008"));
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().unwrap()));
        assert!(!r["message"]["text"].as_str().unwrap().is_empty());
        let location = &r["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/') && !uri.contains('\\'), "{uri}");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let region = &location["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[key].as_u64().unwrap() >= 1, "{key}");
        }
    }
    let unsourced = results
        .iter()
        .find(|r| {
            r["ruleId"] == "AM008"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "strict/unsourced.md"
        })
        .unwrap();
    let location = &unsourced["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "strict/unsourced.md");
    assert_eq!(location["region"]["startLine"], 5);
    assert_eq!(location["region"]["startColumn"], 30);
    // AM007 is an error under strict/argmap.toml, a warning elsewhere.
    let am007: Vec<(&str, &str)> = results
        .iter()
        .filter(|r| r["ruleId"] == "AM007")
        .map(|r| {
            (
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap(),
                r["level"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        am007,
        vec![
            ("am007-bad.md", "warning"),
            ("strict/objection.md", "error")
        ]
    );
    // Machine formats keep the summary off stdout.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("recommendations justified"), "{stderr}");
}

#[test]
fn config_is_found_from_the_essay_directory_upward() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("essays/drafts");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(
        dir.path().join("argmap.toml"),
        "[rules]\nunsupported-claim = \"error\"\n",
    )
    .unwrap();
    std::fs::copy(
        Path::new(FIXTURES).join("am002-bad.md"),
        nested.join("essay.md"),
    )
    .unwrap();
    // Run from elsewhere: the essay's own directories decide.
    let output = Command::cargo_bin("argmap")
        .unwrap()
        .env("NO_COLOR", "1")
        .current_dir(std::env::temp_dir())
        .args(["lint", "--output-format", "concise"])
        .arg(nested.join("essay.md"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("error[AM002]"), "{stdout}");

    // An unknown rule in that file is an input error naming file and key.
    std::fs::write(dir.path().join("argmap.toml"), "[rules]\nAM042 = \"off\"\n").unwrap();
    let output = Command::cargo_bin("argmap")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["lint"])
        .arg(nested.join("essay.md"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("argmap.toml: unknown rule `AM042` in [rules]"),
        "{stderr}"
    );
}

#[test]
fn the_bundled_corpus_passes() {
    let output = Command::cargo_bin("argmap")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["lint", "--output-format", "concise", "corpus/"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains("error["), "{stdout}");
    assert!(!stdout.contains("AM009"), "stale suppression: {stdout}");
}

#[test]
fn broken_annotations_are_reported_with_suggestions() {
    let out = argmap()
        .args([
            "lint",
            "--output-format",
            "concise",
            "annotations-broken.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors fail the run");
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "annotations-broken.md:5:1: warning[AM012]",
        "annotations-broken.md:7:38: error[AM010] `col` names no node; did you mean `cool`?",
        "annotations-broken.md:9:27: error[AM011]",
        "annotations-broken.md:9:27: error[AM013] cannot read `clam`",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    // With annotations ignored, none of them is reported.
    let out = argmap()
        .args([
            "lint",
            "--no-annotations",
            "--output-format",
            "concise",
            "annotations-broken.md",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("AM01"), "{text}");
}
