//! `argmap eval`: the CLI on hand-made gold fixtures (tests/fixtures/eval/),
//! its errors, and floors on the arg-microtexts development set.

mod common;

use common::{argmap, assert_input_error};
use serde_json::Value;
use std::path::{Path, PathBuf};

const FIXTURES: &str = "tests/fixtures/eval";

fn json_of(args: &[&str]) -> Value {
    let out = argmap()
        .arg("eval")
        .args(args)
        .arg("--format=json")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn fixture(path: &str) -> String {
    format!("{FIXTURES}/{path}")
}

#[test]
fn text_report_has_roles_relations_central_claim_and_confusion() {
    let out = argmap()
        .args(["eval", &fixture("brat/libraries.ann")])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0], "brat gold: texts 1  gold units 3  nodes 3",
        "{text}"
    );
    assert!(
        lines[1].starts_with("role            precision  recall  f1"),
        "{text}"
    );
    for (line, role) in lines[2..5].iter().zip(["thesis", "claim", "evidence"]) {
        assert!(line.starts_with(role), "{text}");
    }
    assert!(
        lines[5].starts_with("macro-F1 (thesis/claim/evidence) "),
        "{text}"
    );
    assert!(lines[6].starts_with("attachment  precision "), "{text}");
    assert!(lines[7].starts_with("relations   gold 2  found "), "{text}");
    assert!(lines[8].starts_with("central claim found in "), "{text}");
    assert!(lines[8].ends_with("/1 texts (100.0%)") || lines[8].ends_with("/1 texts (0.0%)"));
    assert_eq!(lines[9], "confusion (rows gold, columns predicted):");
    assert!(lines[10].split_whitespace().eq([
        "gold\\predicted",
        "thesis",
        "claim",
        "evidence",
        "none"
    ]));
    assert!(lines[14].starts_with("none"), "{text}");
    assert_eq!(lines.len(), 15, "{text}");
}

#[test]
fn microtext_report_names_objection_f1() {
    let out = argmap()
        .args(["eval", &fixture("microtext"), "--per-text"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("microtext gold: texts 1  gold units 5  nodes "),
        "{text}"
    );
    assert!(
        text.contains("\nmacro-F1 (thesis/objection/evidence) "),
        "{text}"
    );
    assert!(text.contains("\nobjection F1 "), "{text}");
    assert!(text.contains("\nper text"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with(&fixture("microtext/micro_bikes.txt")))
        .unwrap_or_else(|| panic!("no per-text row: {text}"));
    assert_eq!(row.split_whitespace().nth(1), Some("5"), "{row}");
}

#[test]
fn json_report_carries_the_same_numbers() {
    let v = json_of(&[&fixture("json/night-buses.json")]);
    assert_eq!(v["schema_version"], 1);
    let r = &v["results"][0];
    assert_eq!(r["format"], "json");
    assert_eq!(r["texts"], 1);
    assert_eq!(r["gold_units"], 5);
    let roles: Vec<&str> = r["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["thesis", "claim", "evidence", "recommendation", "objection"]
    );
    for role in r["roles"].as_array().unwrap() {
        assert_eq!(role["gold"], 1, "{role}");
        let f1 = role["f1"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&f1));
    }
    assert_eq!(
        r["macro_classes"],
        serde_json::json!(["thesis", "claim", "evidence"])
    );
    assert_eq!(r["attachment"]["gold"], 4);
    assert_eq!(r["central_claim"]["texts"], 1);
    assert_eq!(r["confusion"]["rows"].as_array().unwrap().len(), 6);
    // The confusion rows of the gold classes add up to the gold units.
    let gold: u64 = r["confusion"]["counts"].as_array().unwrap()[..5]
        .iter()
        .flat_map(|row| row.as_array().unwrap())
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(gold, 5);
    assert!(r.get("per_text").is_none());
}

#[test]
fn a_directory_reports_each_format_and_per_text_details() {
    let v = json_of(&[FIXTURES, "--per-text"]);
    let results = v["results"].as_array().unwrap();
    let formats: Vec<&str> = results
        .iter()
        .map(|r| r["format"].as_str().unwrap())
        .collect();
    assert_eq!(formats, ["json", "brat", "microtext"]);
    let micro = &results[2];
    assert!(micro["objection_f1"].is_number());
    let text = &micro["per_text"][0];
    assert!(text["path"].as_str().unwrap().ends_with("micro_bikes.txt"));
    let ids: Vec<&str> = text["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a1", "a2", "a3", "a4", "a5"]);
    assert_eq!(text["units"][0]["gold"], "objection");
    let statuses: Vec<&str> = text["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.len(), 4);
    assert!(statuses
        .iter()
        .all(|s| ["found", "missed", "unaligned"].contains(s)));
}

/// Run `eval` on `path`: exit 2, nothing on stdout, one line on stderr
/// containing `needle`.
fn fails_with(path: &Path, needle: &str) {
    assert_input_error(argmap().arg("eval").arg(path), needle);
}

#[test]
fn a_missing_path_exits_2() {
    fails_with(
        Path::new("no/such/gold.ann"),
        "argmap: error: no/such/gold.ann: no such file or directory",
    );
    fails_with(
        Path::new("tests/fixtures/eval/brat/libraries.txt"),
        "libraries.txt: not a gold file (expected .ann, .xml or .json)",
    );
    // No GOLD at all is a usage error.
    let out = argmap().arg("eval").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn malformed_gold_exits_2_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| -> PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    write("essay.txt", "Parks matter. They cool streets.");
    let ann = write(
        "essay.ann",
        "T1\tMajorClaim 0 13\tParks matter.\nT2\tPremise 14 x\tThey cool streets.\n",
    );
    fails_with(&ann, &format!("{}:2: T2: bad offsets", ann.display()));

    write("micro.txt", "Parks matter.");
    let xml = write(
        "micro.xml",
        "<arggraph id=\"m\">\n<edu id=\"e1\">Parks matter.</edu>\n<adu id=\"a1\" type=\"pro\">\n</arggraph>\n",
    );
    fails_with(&xml, &format!("{}:4: invalid XML", xml.display()));

    let json = write(
        "map.json",
        "{\"schema_version\": 1,\n \"documents\": [{\"path\": \"essay.txt\"}],\n \"nodes\": [\n  {\"id\": \"t\", \"kind\": \"theses\", \"span\": {\"start\": 0, \"end\": 13}}],\n \"edges\": []}\n",
    );
    fails_with(
        &json,
        &format!("{}:4: unknown variant `theses`", json.display()),
    );
}

/// The arg-microtexts (part 1, 112 texts) as a development set. They are not
/// in the repository (CC BY-NC-SA); CI and the project's machines have them
/// in `shared/` beside the clone. The floors are the scores measured when
/// they were set, minus 0.02, so that a regression fails. Measured:
///
/// ```text
/// central claim found in 100/112 texts (89.3%)  ratio 0.8929
/// objection F1 0.62                             0.6198
/// attachment f1 0.68                            0.6789
/// ```
///
/// Raise the floors when extraction improves.
#[test]
fn arg_microtexts_scores_stay_above_their_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/arg-microtexts");
    if !corpus.is_dir() {
        eprintln!(
            "note: {} not found; skipping the development-set floors",
            corpus.display()
        );
        return;
    }
    let v = json_of(&[corpus.to_str().unwrap()]);
    let r = &v["results"][0];
    assert_eq!(r["format"], "microtext");
    assert_eq!(r["texts"], 112);
    assert_eq!(r["gold_units"], 576);
    let central = r["central_claim"]["ratio"].as_f64().unwrap();
    let objection = r["objection_f1"].as_f64().unwrap();
    let attachment = r["attachment"]["f1"].as_f64().unwrap();
    let floors = [
        ("central claim ratio", central, 0.8929 - 0.02),
        ("objection F1", objection, 0.6198 - 0.02),
        ("attachment F1", attachment, 0.6789 - 0.02),
    ];
    for (name, value, floor) in floors {
        assert!(
            value >= floor,
            "{name} fell to {value:.4}, below its floor {floor:.4}"
        );
    }
}

/// Persuasive essays in the style of the student-essay corpora (brat, the
/// format of the held-out data): 28 essays written and annotated for this
/// project by annotators who never saw argmap's rules, so they ship with it.
/// `dev/` (18 essays) was used to develop the rules for school-style essays;
/// `held-out/` (10 essays) was scored only, never read to tune a rule. The
/// floors are the scores measured when they were set, minus 0.02:
///
/// ```text
/// dev       macro-F1 0.9092  attachment F1 0.8007  central claim 18/18
/// held-out  macro-F1 0.8427  attachment F1 0.7568  central claim 9/10
/// ```
#[test]
fn persuasive_essays_score_above_their_floors() {
    for (set, texts, macro_floor, attachment_floor, central_floor) in [
        ("dev", 18, 0.9092, 0.8007, 1.0),
        ("held-out", 10, 0.8427, 0.7568, 0.9),
    ] {
        let v = json_of(&[&fixture(&format!("persuasive/{set}"))]);
        let r = &v["results"][0];
        assert_eq!(r["format"], "brat");
        assert_eq!(r["texts"], texts);
        let scores = [
            ("macro-F1", r["macro_f1"].as_f64().unwrap(), macro_floor),
            (
                "attachment F1",
                r["attachment"]["f1"].as_f64().unwrap(),
                attachment_floor,
            ),
            (
                "central claim ratio",
                r["central_claim"]["ratio"].as_f64().unwrap(),
                central_floor,
            ),
        ];
        for (name, value, floor) in scores {
            assert!(
                value >= floor - 0.02,
                "{set}: {name} fell to {value:.4}, below its floor {:.4}",
                floor - 0.02
            );
        }
    }
}
