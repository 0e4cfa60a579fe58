//! `argmap annotate` and `--no-annotations`.
mod common;
use common::*;
use proptest::prelude::*;

#[test]
fn prints_the_essay_with_annotations() {
    let out = stdout_of(argmap().args(["annotate", &essay("parks.md")]));
    assert!(
        out.contains("cities should invest in public parks. <!-- argmap: thesis #thesis -->"),
        "{out}"
    );
    assert!(out.contains("<!-- argmap: evidence #2019-survey-3000-adults supports=parks-make-residents-healthier -->"), "{out}");
    assert!(
        out.contains("<!-- argmap: objection #parks-expensive attacks=thesis -->"),
        "{out}"
    );
}

#[test]
fn write_replaces_the_file_and_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("parks.md");
    std::fs::copy(essay("parks.md"), &path).unwrap();
    let p = path.to_str().unwrap();
    let before = stdout_of(argmap().args(["graph", p]));
    stdout_of(argmap().args(["annotate", "--write", p]));
    let once = std::fs::read_to_string(&path).unwrap();
    assert!(once.contains("<!-- argmap: thesis #thesis -->"));
    stdout_of(argmap().args(["annotate", "--write", p]));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        once,
        "annotate is idempotent"
    );
    // The annotated file maps to the same kinds and edges.
    let strip = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let nodes: Vec<(String, String)> = v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (n["id"].to_string(), n["kind"].to_string()))
            .collect();
        let edges: Vec<String> = v["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| format!("{}>{}>{}", e["from"], e["kind"], e["to"]))
            .collect();
        (nodes, edges)
    };
    let after = stdout_of(argmap().args(["graph", p]));
    assert_eq!(strip(&before), strip(&after));
}

#[test]
fn write_on_a_read_only_file_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("parks.md");
    std::fs::copy(essay("parks.md"), &path).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).unwrap();
    assert_input_error(
        argmap().args(["annotate", "--write", path.to_str().unwrap()]),
        "cannot write",
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        std::fs::read_to_string(essay("parks.md")).unwrap()
    );
}

#[test]
fn annotations_override_and_no_annotations_ignores_them() {
    let text = "Cities keep growing. Cities should invest in parks.\n\nParks make people healthier. <!-- argmap: evidence #health -->\nOslo doctors prescribe walks. <!-- argmap: claim supports=thesis -->\n\nShade matters too. Trees cool streets.\n";
    let annotated = stdout_of(argmap().args(["show", "health", "-"]).write_stdin(text));
    assert!(
        annotated.contains("kind         evidence (annotated"),
        "{annotated}"
    );
    let guessed = stdout_of(
        argmap()
            .args([
                "show",
                "parks make people healthier",
                "--no-annotations",
                "-",
            ])
            .write_stdin(text),
    );
    assert!(guessed.contains("kind         claim (guessed"), "{guessed}");
    assert!(!guessed.contains("health\n"), "{guessed}");
}

#[test]
fn bundled_essay_resolves_partnerships_by_id() {
    let out = argmap()
        .args(["evidence", "--claim", "partnerships"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "an id matches one node: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("claim          partnerships"), "{text}");
}

/// Sentences of each kind, to build essays from.
const CLAIMS: &[&str] = &[
    "Parks make people healthier.",
    "Libraries are arguably the best public investment.",
    "Public transport is crucial for a fair city.",
];
const EVIDENCE: &[&str] = &[
    "A 2019 survey of 3,000 adults found this.",
    "For example, Oslo doctors prescribe walks.",
    "The city runs 25 libraries and 33 clinics.",
];
const RECOMMENDATIONS: &[&str] = &[
    "The council should fund more parks.",
    "Cities must cut bus fares.",
];
const OBJECTIONS: &[&str] = &[
    "Critics argue that parks cost too much.",
    "Admittedly, buses are slow.",
];
const REBUTTALS: &[&str] = &[
    "However, the savings repay the cost.",
    "But they are getting faster.",
];

fn paragraph() -> impl Strategy<Value = String> {
    (
        0..CLAIMS.len(),
        proptest::collection::vec(0..EVIDENCE.len(), 0..3),
        proptest::option::of(0..RECOMMENDATIONS.len()),
        proptest::option::of(0..OBJECTIONS.len()),
    )
        .prop_map(|(c, ev, rec, obj)| {
            let mut s = vec![CLAIMS[c].to_string()];
            s.extend(ev.into_iter().map(|e| EVIDENCE[e].to_string()));
            if let Some(o) = obj {
                s.push(OBJECTIONS[o].to_string());
                s.push(REBUTTALS[o].to_string());
            }
            s.extend(rec.map(|r| RECOMMENDATIONS[r].to_string()));
            s.join(" ")
        })
}

fn kinds_and_edges(text: &str) -> Vec<String> {
    use argmap::document::{Document, SourceFormat};
    let map = argmap::extract::build_map(&Document::parse("p.md", text, SourceFormat::Markdown));
    let mut out: Vec<String> = map
        .nodes()
        .iter()
        .map(|n| format!("{} {}", n.kind, n.text))
        .collect();
    out.extend(map.edges().iter().map(|e| {
        format!(
            "{} -{}-> {}",
            map.node(e.from).text,
            e.kind,
            map.node(e.to).text
        )
    }));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn round_trip_on_generated_essays(paragraphs in proptest::collection::vec(paragraph(), 1..6)) {
        use argmap::document::{Document, SourceFormat};
        let text = format!("# Title\n\n{}\n", paragraphs.join("\n\n"));
        let doc = Document::parse("p.md", text.clone(), SourceFormat::Markdown);
        let once = argmap::render::annotate::annotate(&doc, &argmap::extract::build_map(&doc));
        prop_assert_eq!(kinds_and_edges(&once), kinds_and_edges(&text));
        let doc2 = Document::parse("p.md", once.clone(), SourceFormat::Markdown);
        let twice = argmap::render::annotate::annotate(&doc2, &argmap::extract::build_map(&doc2));
        prop_assert_eq!(once, twice);
    }
}

#[test]
fn broken_references_keep_guessed_edges_and_annotate_stays_idempotent() {
    use argmap::document::{Document, SourceFormat};
    let text = "Cities keep growing. Cities should plant trees.\n\nTrees cool streets. <!-- argmap: claim supports=nowhere -->\nShade helps. A 2019 study found 3 degrees less.\n\nParks also matter. They calm people.\n";
    let annotate = |t: &str| {
        let doc = Document::parse("t.md", t.to_string(), SourceFormat::Markdown);
        argmap::render::annotate::annotate(&doc, &argmap::extract::build_map(&doc))
    };
    let once = annotate(text);
    assert!(
        once.contains(
            "Trees cool streets. <!-- argmap: claim #trees-cool-streets supports=thesis -->"
        ),
        "{once}"
    );
    assert_eq!(annotate(&once), once);
}

#[cfg(unix)]
fn ids(path: &std::path::Path) -> (u32, u32, u32, u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).unwrap();
    (m.uid(), m.gid(), m.mode() & 0o7777, m.ino(), m.nlink())
}

/// `--write` on a symbolic link annotates the file it names and leaves the
/// link a link; the file keeps its mode, and (when the test can give it
/// away, as root) its owner and group.
#[cfg(unix)]
#[test]
fn write_through_a_symlink_keeps_the_link_owner_and_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("parks.md");
    std::fs::copy(essay("parks.md"), &target).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let root = std::process::Command::new("chown")
        .args(["nobody:nogroup", target.to_str().unwrap()])
        .status()
        .is_ok_and(|s| s.success());
    if !root {
        eprintln!("NOTE write_through_a_symlink: cannot chown (not root); owner kept is checked as the current user only");
    }
    let before = ids(&target);
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("parks.md", &link).unwrap();
    stdout_of(argmap().args(["annotate", "--write", link.to_str().unwrap()]));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("<!-- argmap: thesis #thesis -->"));
    let after = ids(&target);
    assert_eq!(
        (after.0, after.1, after.2),
        (before.0, before.1, before.2),
        "owner, group and mode"
    );
}

/// A file with two names keeps both: it is rewritten in place, not replaced.
#[cfg(unix)]
#[test]
fn write_keeps_hard_links() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("parks.md");
    std::fs::copy(essay("parks.md"), &first).unwrap();
    let second = dir.path().join("also.md");
    std::fs::hard_link(&first, &second).unwrap();
    let before = ids(&first);
    stdout_of(argmap().args(["annotate", "--write", first.to_str().unwrap()]));
    let after = ids(&first);
    assert_eq!((after.3, after.4), (before.3, 2), "same inode, two links");
    assert_eq!(
        std::fs::read_to_string(&second).unwrap(),
        std::fs::read_to_string(&first).unwrap()
    );
    assert!(std::fs::read_to_string(&second)
        .unwrap()
        .contains("<!-- argmap: thesis #thesis -->"));
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 2, "no backup or temporary file is left");
}

/// Run as `nobody` on a file root owns and lets everyone write: a new file
/// could not be given root's ownership, so the file is rewritten in place
/// and stays root's.
#[cfg(unix)]
#[test]
fn write_as_another_user_keeps_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let Ok(mut cmd) = argmap_as_nobody() else {
        eprintln!("SKIPPED write_as_another_user_keeps_the_owner: cannot run as nobody");
        return;
    };
    let dir = shared_tempdir();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let path = dir.path().join("parks.md");
    std::fs::copy(essay("parks.md"), &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    let before = ids(&path);
    run_ok(cmd.args(["annotate", "--write", path.to_str().unwrap()]));
    let after = ids(&path);
    assert_eq!((after.0, after.1, after.2), (before.0, before.1, 0o666));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("<!-- argmap: thesis #thesis -->"));
}

#[test]
fn an_indented_plain_text_essay_is_annotated_and_read_back_alike() {
    // Tab-indented paragraphs are prose in plain text, and the comments
    // `annotate` writes into them are read as annotations, not as words.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("indented.txt");
    std::fs::copy(essay("indented.txt"), &path).unwrap();
    let p = path.to_str().unwrap();
    let kinds = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| format!("{} {}", n["id"], n["kind"]))
            .collect::<Vec<_>>()
    };
    let before = kinds(&stdout_of(argmap().args(["graph", "--format", "json", p])));
    assert!(before.len() >= 6, "{before:?}");
    stdout_of(argmap().args(["annotate", "--write", p]));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("<!-- argmap: thesis #thesis -->"));
    let after = kinds(&stdout_of(argmap().args(["graph", "--format", "json", p])));
    assert_eq!(before, after);
}
