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

/// The fixtures of a rule, named after its code: `am002-bad.md`, which
/// triggers it, and `am002-good.md`, which has no finding at all.
fn rule_fixtures(code: &str) -> (String, String) {
    let stem = code.to_ascii_lowercase();
    (format!("{stem}-bad.md"), format!("{stem}-good.md"))
}

/// Every rule of `rules::ALL` has a fixture that triggers it and a clean
/// one, linted with the rule on (rules off by default included).
#[test]
fn each_rule_has_a_triggering_and_a_clean_fixture() {
    for rule in argmap::lint::rules::ALL {
        let code = rule.meta().code;
        let (bad, good) = rule_fixtures(code);
        for fixture in [&bad, &good] {
            assert!(
                Path::new(FIXTURES).join(fixture).is_file(),
                "{code} has no fixture {FIXTURES}/{fixture}: add one that triggers the rule \
                 (-bad.md) and one with no finding at all (-good.md)"
            );
        }
        let (value, _) = lint_json(&["--extend-select", code, &bad]);
        assert!(
            codes(&value).iter().any(|c| c == code),
            "{bad} should trigger {code}: {value:#}"
        );
        let (value, status) = lint_json(&["--extend-select", code, &good]);
        assert_eq!(
            (status, codes(&value)),
            (0, Vec::<String>::new()),
            "{good} should have no finding"
        );
    }
}

#[test]
fn json_findings_carry_the_contract_fields() {
    let (value, code) = lint_json(&["am003-bad.md"]);
    assert_eq!(code, 1);
    assert_eq!(value["schema_version"], 2);
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
        // Relative to the repository root (this checkout), not the cwd.
        assert!(uri.starts_with("tests/fixtures/lint/"), "{uri}");
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
                    == "tests/fixtures/lint/strict/unsourced.md"
        })
        .unwrap();
    let location = &unsourced["locations"][0]["physicalLocation"];
    assert_eq!(
        location["artifactLocation"]["uri"],
        "tests/fixtures/lint/strict/unsourced.md"
    );
    assert_eq!(location["region"]["startLine"], 5);
    // The node starts after its opener ("In 2021, ..."): its proposition.
    assert_eq!(location["region"]["startColumn"], 41);
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
            ("tests/fixtures/lint/am007-bad.md", "warning"),
            ("tests/fixtures/lint/strict/objection.md", "error")
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

/// An essay with an error (AM003: a recommendation nothing supports).
const BAD_ESSAY: &str = "# School Meals\n\nSchools should serve free lunches to every pupil.\n\n\
    Hungry children learn less. A 2019 study of 2,000 pupils found that test scores rose by 9 percent after free lunches began.\n\n\
    Parents should also pack fruit for the afternoon break.\n";

/// argmap in `dir`, colour off.
fn argmap_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("argmap").unwrap();
    cmd.env("NO_COLOR", "1").current_dir(dir);
    cmd
}

#[test]
fn no_path_walks_the_current_directory_not_the_bundled_essay() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("essays")).unwrap();
    std::fs::write(dir.path().join("essays/bad.md"), BAD_ESSAY).unwrap();
    std::fs::write(dir.path().join("ignored.md"), BAD_ESSAY).unwrap();
    std::fs::write(dir.path().join(".gitignore"), "ignored.md\n").unwrap();
    std::fs::write(dir.path().join("notes.rs"), "fn main() {}\n").unwrap();
    let out = argmap_in(dir.path())
        .args(["lint", "--output-format", "concise"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the bad essay fails: {stdout}");
    assert!(stdout.contains("essays/bad.md:"), "{stdout}");
    assert!(!stdout.contains("nato-partnerships"), "{stdout}");
    assert!(
        !stdout.contains("ignored.md"),
        ".gitignore honoured: {stdout}"
    );
    assert!(stdout.contains("in 1 file"), "{stdout}");

    // `paths` in argmap.toml still decides when it is set.
    std::fs::create_dir(dir.path().join("good")).unwrap();
    std::fs::copy(
        Path::new(FIXTURES).join("am003-good.md"),
        dir.path().join("good/e.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join("argmap.toml"), "paths = [\"good/\"]\n").unwrap();
    let out = argmap_in(dir.path())
        .args(["lint", "--output-format", "concise"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("good/e.md"), "{stdout}");
    assert!(!stdout.contains("bad.md"), "{stdout}");
}

#[test]
fn nothing_to_lint_is_said_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.rs"), "fn main() {}\n").unwrap();
    let out = argmap_in(dir.path()).arg("lint").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("argmap: nothing to lint"), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("nato"));
    // The query commands keep the bundled essay as their default.
    let out = argmap_in(dir.path()).arg("claims").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("corpus/nato-partnerships.md"));
}

/// Concise findings of one run: `(exit code, the CODE of each finding)`.
fn concise_codes(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let out = argmap_in(dir)
        .args(["lint", "--output-format", "concise"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let codes = stdout
        .lines()
        .filter_map(|l| l.split_once('[').and_then(|(_, r)| r.split_once(']')))
        .map(|(code, _)| code.to_string())
        .collect();
    (out.status.code().unwrap(), codes)
}

#[test]
fn select_ignore_extend_select_and_exit_zero() {
    let dir = Path::new(FIXTURES);
    let (code, all) = concise_codes(dir, &["am003-bad.md", "am002-bad.md"]);
    assert_eq!(code, 1);
    assert!(all.contains(&"AM003".into()) && all.contains(&"AM002".into()));
    // --select replaces the rules that run; names work as codes do.
    let (code, only) = concise_codes(
        dir,
        &[
            "--select",
            "unsupported-claim",
            "am003-bad.md",
            "am002-bad.md",
        ],
    );
    assert_eq!(code, 0, "AM002 is a warning: {only:?}");
    assert!(
        only.iter().all(|c| c == "AM002") && !only.is_empty(),
        "{only:?}"
    );
    // --ignore drops a rule; --extend-select turns on one that is off.
    let (_, ignored) = concise_codes(
        dir,
        &["--ignore", "AM003,AM002", "am003-bad.md", "am002-bad.md"],
    );
    assert!(
        !ignored.iter().any(|c| c == "AM003" || c == "AM002"),
        "{ignored:?}"
    );
    let (_, extended) = concise_codes(dir, &["--extend-select", "AM008", "am008-bad.md"]);
    assert!(extended.contains(&"AM008".into()), "{extended:?}");
    let (_, default) = concise_codes(dir, &["am008-bad.md"]);
    assert!(
        !default.contains(&"AM008".into()),
        "AM008 is off by default"
    );
    // --exit-zero reports and passes.
    let (code, found) = concise_codes(dir, &["--exit-zero", "am003-bad.md"]);
    assert_eq!((code, found.contains(&"AM003".into())), (0, true));
    // An unknown rule is an input error naming the flag, with a suggestion.
    let out = argmap()
        .args(["lint", "--select", "AM2", "am003-bad.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--select: unknown rule `AM2`"), "{stderr}");
}

#[test]
fn quiet_prints_the_findings_and_nothing_else() {
    let out = argmap()
        .args([
            "lint",
            "--quiet",
            "--output-format",
            "concise",
            "am003-bad.md",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.lines().all(|l| l.starts_with("am003-bad.md:")),
        "{stdout}"
    );
    assert!(!stdout.is_empty());
    let out = argmap()
        .args(["lint", "-q", "--output-format", "json", "am003-bad.md"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn stdin_filename_names_the_buffer_and_picks_its_config() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("strict")).unwrap();
    std::fs::write(
        dir.path().join("strict/argmap.toml"),
        "[rules]\nunsupported-claim = \"error\"\n",
    )
    .unwrap();
    let essay = std::fs::read(Path::new(FIXTURES).join("am002-bad.md")).unwrap();
    let out = argmap_in(dir.path())
        .args([
            "lint",
            "--output-format",
            "concise",
            "--stdin-filename",
            "strict/draft.md",
        ])
        .write_stdin(essay)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("strict/draft.md:"), "{stdout}");
    assert!(
        stdout.contains("error[AM002]"),
        "strict/argmap.toml applies: {stdout}"
    );
    assert!(!stdout.contains("<stdin>"), "{stdout}");
}

/// Run `lint --output-format sarif` in `dir` with `args`.
fn sarif_in(dir: &Path, args: &[&str]) -> (Value, i32) {
    let out = argmap_in(dir)
        .args(["lint", "--output-format", "sarif"])
        .args(args)
        .output()
        .unwrap();
    let log = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (log, out.status.code().unwrap())
}

fn uris(log: &Value) -> Vec<String> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn sarif_uris_are_relative_to_the_repository_root() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    std::fs::create_dir_all(dir.path().join("docs/essays")).unwrap();
    std::fs::write(dir.path().join("docs/essays/bad.md"), BAD_ESSAY).unwrap();
    // From a subdirectory, naming the file with `..`.
    let (log, code) = sarif_in(&dir.path().join("docs"), &["../docs/essays/bad.md"]);
    assert_eq!(code, 1);
    assert!(
        uris(&log).iter().all(|u| u == "docs/essays/bad.md"),
        "{:?}",
        uris(&log)
    );
    // With no git, the directory of the argmap.toml in use is the root.
    std::fs::remove_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join("docs/argmap.toml"), "").unwrap();
    let (log, _) = sarif_in(&dir.path().join("docs/essays"), &["bad.md"]);
    assert!(
        uris(&log).iter().all(|u| u == "essays/bad.md"),
        "{:?}",
        uris(&log)
    );
}

#[test]
fn sarif_columns_ignore_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let line = "We should build more roads. The weather was fine. <!-- argmap: recommendation #roads -->\n";
    std::fs::write(dir.path().join("plain.md"), line).unwrap();
    std::fs::write(dir.path().join("bom.md"), format!("\u{feff}{line}")).unwrap();
    let column = |name: &str| {
        let (log, _) = sarif_in(dir.path(), &[name]);
        let r = &log["runs"][0]["results"][0];
        assert_eq!(r["ruleId"], "AM003");
        r["locations"][0]["physicalLocation"]["region"]["startColumn"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(column("plain.md"), 29);
    assert_eq!(column("bom.md"), 29, "the mark takes no column");
    // The other formats agree.
    let out = argmap_in(dir.path())
        .args(["lint", "--output-format", "concise", "bom.md"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("bom.md:1:29: error[AM003]"));
}

#[test]
fn sarif_on_an_input_error_is_a_log_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.md"), BAD_ESSAY).unwrap();
    std::fs::write(dir.path().join("latin1.md"), b"Caf\xe9 should open.").unwrap();
    let (log, code) = sarif_in(dir.path(), &[]);
    assert_eq!(code, 2);
    assert_eq!(log["version"], "2.1.0");
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(
        note["message"]["text"],
        "latin1.md: invalid UTF-8 at byte 3"
    );
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
    // A bad argmap.toml too.
    std::fs::write(dir.path().join("argmap.toml"), "[rules]\nAM099 = \"off\"\n").unwrap();
    let (log, code) = sarif_in(dir.path(), &["good.md"]);
    assert_eq!(code, 2);
    assert_eq!(
        log["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );
    // A good run says it succeeded.
    std::fs::remove_file(dir.path().join("argmap.toml")).unwrap();
    let (log, code) = sarif_in(dir.path(), &["good.md"]);
    assert_eq!(code, 1);
    assert_eq!(
        log["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );
}

#[test]
fn sarif_lists_suppressed_findings_and_fingerprints_survive_edits_above() {
    let dir = tempfile::tempdir().unwrap();
    let essay = format!(
        "{BAD_ESSAY}\n<!-- argmap-disable-next-line AM003 -- accepted -->\nWe should plant trees.\n"
    );
    std::fs::write(dir.path().join("e.md"), &essay).unwrap();
    let (log, _) = sarif_in(dir.path(), &["e.md"]);
    let results = log["runs"][0]["results"].as_array().unwrap().clone();
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1, "{results:#?}");
    assert_eq!(
        suppressed[0]["suppressions"],
        serde_json::json!([{"kind": "inSource"}])
    );
    assert_eq!(suppressed[0]["ruleId"], "AM003");
    let prints = |log: &Value| -> Vec<String> {
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["argmapFindingHash/v1"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let before = prints(&log);
    assert!(before.iter().all(|p| !p.is_empty()));
    let mut unique = before.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), before.len(), "distinct: {before:?}");
    // Lines added above: the lines move, the fingerprints stay.
    std::fs::write(dir.path().join("e.md"), format!("# Roads\n\n\n{essay}")).unwrap();
    let (moved, _) = sarif_in(dir.path(), &["e.md"]);
    assert_eq!(prints(&moved), before);
    assert_ne!(
        moved["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    );
}

#[test]
fn broken_annotation_syntax_is_a_finding_and_never_a_node() {
    let dir = tempfile::tempdir().unwrap();
    let essay = "Cities should plant trees.\n\n\
        Trees cool streets. Shade helps. <!-- argmap: claim #signs\n\n\
        Parks matter. <!-- ARGMAP: claim -->\n\n\
        Roads matter. <!-- argmap claim -->\n\n\
        Roads are long. <!-- argmap: claim #roads supports=roads -->\n\n\
        A 2019 study found 3 degrees less. <!-- argmap: evidence supports=thesis,, -->\n";
    std::fs::write(dir.path().join("e.md"), essay).unwrap();
    let out = argmap_in(dir.path())
        .args(["lint", "--output-format", "json", "e.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let am013: Vec<(u64, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "AM013")
        .map(|f| {
            (
                f["span"]["line"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_string(),
                f["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let lines: Vec<u64> = am013.iter().map(|(l, _, _)| *l).collect();
    assert_eq!(lines, vec![3, 5, 7, 9, 11], "{am013:#?}");
    assert!(
        am013[0].1.starts_with("unclosed annotation comment"),
        "{am013:?}"
    );
    assert_eq!(am013[0].2, "close it: `<!-- argmap: claim #signs -->`");
    assert_eq!(am013[1].2, "write `<!-- argmap: claim -->`");
    assert_eq!(am013[2].2, "write `<!-- argmap: claim -->`");
    assert!(am013[3].1.contains("`#roads` supports or attacks itself"));
    assert_eq!(am013[4].2, "write `supports=thesis`");
    // No node is made of comment syntax, and no edge of a self-reference.
    let graph = argmap_in(dir.path())
        .args(["graph", "e.md"])
        .output()
        .unwrap();
    let map: Value = serde_json::from_slice(&graph.stdout).unwrap();
    for node in map["nodes"].as_array().unwrap() {
        let text = node["text"].as_str().unwrap();
        assert!(!text.contains("<!") && !text.contains("argmap"), "{node}");
    }
    for edge in map["edges"].as_array().unwrap() {
        assert_ne!(edge["from"], edge["to"], "{edge}");
    }
}
