//! `argmap graph`
mod common;
use common::*;

#[test]
fn json_follows_the_contract() {
    let out = stdout_of(argmap().args(["graph", &essay("parks.md"), &essay("short.txt")]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    let text = std::fs::read_to_string(essay("parks.md")).unwrap();
    for node in v["nodes"].as_array().unwrap() {
        if node["document"] == 0 {
            let (s, e) = (
                node["span"]["start"].as_u64().unwrap() as usize,
                node["span"]["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], node["text"].as_str().unwrap());
        }
    }
    let ids: Vec<(u64, &str)> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["document"].as_u64().unwrap(), n["id"].as_str().unwrap()))
        .collect();
    for e in v["edges"].as_array().unwrap() {
        let d = e["document"].as_u64().unwrap();
        assert!(ids.contains(&(d, e["from"].as_str().unwrap())));
        assert!(ids.contains(&(d, e["to"].as_str().unwrap())));
        assert!(["supports", "attacks", "restates"].contains(&e["kind"].as_str().unwrap()));
    }
}

#[test]
fn dot_escapes_hostile_text() {
    let out = stdout_of(argmap().args(["graph", "--format", "dot", &essay("hostile.md")]));
    assert!(out.starts_with("digraph argmap {"));
    // Every quote inside a label is escaped: unescaped quotes come in pairs per attribute.
    for line in out.lines().filter(|l| l.contains("label=\"")) {
        let unescaped = line.replace("\\\"", "").matches('"').count();
        assert_eq!(unescaped % 2, 0, "{line}");
    }
    assert!(out.contains("ban \\\"quotes\\\""), "{out}");
}

#[test]
fn mermaid_escapes_hostile_text() {
    let out = stdout_of(argmap().args(["graph", "--format", "mermaid", &essay("hostile.md")]));
    assert_eq!(
        out.lines().nth(1),
        Some("flowchart BT"),
        "after the init directive"
    );
    assert!(!out.contains("<script>"));
    assert!(!out.contains("<img"));
    for line in out
        .lines()
        .filter(|l| !l.starts_with("%%"))
        .filter(|l| l.contains("[\"") || l.contains("{\""))
    {
        // A label holds no raw quote other than its delimiters.
        assert_eq!(line.matches('"').count(), 2, "{line}");
        assert!(!line.contains("-->"), "{line}");
    }
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = argmap()
        .args(["graph", "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

// ---- Exports into the argument-mapping ecosystem: AIF, Argdown, GraphML ----

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The bundled essay, by its path in the repository.
const BUNDLED: &str = "corpus/nato-partnerships.md";

/// Compare `actual` with `tests/snapshots/NAME`; `UPDATE_SNAPSHOTS=1`
/// rewrites it. Extraction changes move these, which is the point: the
/// diff shows what a change did to every export.
fn snapshot(name: &str, actual: &str) {
    let path = Path::new("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all("tests/snapshots").unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run `UPDATE_SNAPSHOTS=1 cargo test --test graph`",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from line {}:\n  expected: {:?}\n  actual:   {:?}\nIf the change is intended, run `UPDATE_SNAPSHOTS=1 cargo test --test graph` and review the diff.",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

fn export(format: &str, paths: &[&str]) -> String {
    let mut args = vec!["graph", "--format", format];
    args.extend_from_slice(paths);
    stdout_of(argmap().args(&args))
}

/// (document, from id, to id, kind) of every edge, and (document, id) ->
/// (kind, text) of every node, from the JSON contract.
type Edges = Vec<(u64, String, String, String)>;
type Nodes = BTreeMap<(u64, String), (String, String)>;

fn contract(paths: &[&str]) -> (Nodes, Edges) {
    let v: serde_json::Value = serde_json::from_str(&export("json", paths)).unwrap();
    let nodes = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                (
                    n["document"].as_u64().unwrap(),
                    n["id"].as_str().unwrap().to_string(),
                ),
                (
                    n["kind"].as_str().unwrap().to_string(),
                    n["text"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect();
    let mut edges: Edges = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["document"].as_u64().unwrap(),
                e["from"].as_str().unwrap().to_string(),
                e["to"].as_str().unwrap().to_string(),
                e["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edges.sort();
    (nodes, edges)
}

/// Several documents at once, so that ids repeat across documents.
const MANY: &[&str] = &[
    BUNDLED,
    "tests/fixtures/essays/parks.md",
    "tests/fixtures/essays/hostile.md",
    "tests/fixtures/essays/short.txt",
];

#[test]
fn exports_of_the_bundled_essay_match_their_snapshots() {
    snapshot("nato-partnerships.aif.json", &export("aif", &[BUNDLED]));
    snapshot("nato-partnerships.argdown", &export("argdown", &[BUNDLED]));
    snapshot("nato-partnerships.graphml", &export("graphml", &[BUNDLED]));
}

/// Check an AIF export against the map: unique ids, edges between existing
/// nodes, and each argmap edge as exactly one premise -> RA/CA -> conclusion.
fn check_aif(text: &str, nodes: &Nodes, edges: &Edges) {
    let v: serde_json::Value = serde_json::from_str(text).expect("AIF is JSON");
    let aif_nodes = v["nodes"].as_array().unwrap();
    let aif_edges = v["edges"].as_array().unwrap();
    assert_eq!(v["locutions"], serde_json::json!([]));
    let mut types: HashMap<&str, &str> = HashMap::new();
    for n in aif_nodes {
        let id = n["nodeID"].as_str().expect("nodeID is a string");
        let t = n["type"].as_str().unwrap();
        assert!(types.insert(id, t).is_none(), "duplicate nodeID {id}");
        match t {
            "I" => {}
            "RA" => assert_eq!(n["text"], "Default Inference"),
            "CA" => assert_eq!(n["text"], "Default Conflict"),
            "MA" => assert_eq!(n["text"], "Default Rephrase"),
            other => panic!("unexpected node type {other}"),
        }
    }
    let mut edge_ids = HashSet::new();
    let mut into: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut out_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in aif_edges {
        assert!(edge_ids.insert(e["edgeID"].as_str().unwrap()));
        let (f, t) = (e["fromID"].as_str().unwrap(), e["toID"].as_str().unwrap());
        assert!(types.contains_key(f), "edge from missing node {f}");
        assert!(types.contains_key(t), "edge to missing node {t}");
        out_of.entry(f).or_default().push(t);
        into.entry(t).or_default().push(f);
    }
    // I-node id -> (document, argmap id), from the export's own key.
    let mut inode: HashMap<(u64, String), &str> = HashMap::new();
    for o in v["argmap"]["nodes"].as_array().unwrap() {
        let key = (
            o["document"].as_u64().unwrap(),
            o["id"].as_str().unwrap().to_string(),
        );
        let id = o["nodeID"].as_str().unwrap();
        assert_eq!(types[id], "I");
        let text = aif_nodes.iter().find(|n| n["nodeID"] == id).unwrap()["text"].clone();
        assert_eq!(text, nodes[&key].1.as_str(), "I-node text is the sentence");
        assert_eq!(o["kind"], nodes[&key].0.as_str());
        inode.insert(key, id);
    }
    assert_eq!(inode.len(), nodes.len(), "one I-node per statement");
    let schemes: Vec<&str> = types
        .iter()
        .filter(|(_, t)| **t != "I")
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(schemes.len(), edges.len(), "one scheme node per edge");
    let mut found: Edges = Vec::new();
    for s in schemes {
        let (ins, outs) = (&into[s], &out_of[s]);
        assert_eq!(
            (ins.len(), outs.len()),
            (1, 1),
            "scheme {s} joins one premise to one conclusion"
        );
        let name = |id: &str| {
            inode
                .iter()
                .find(|(_, v)| **v == id)
                .map(|(k, _)| k.clone())
                .unwrap()
        };
        let (from, to) = (name(ins[0]), name(outs[0]));
        assert_eq!(from.0, to.0, "an edge stays in its document");
        let kind = match types[s] {
            "RA" => "supports",
            "CA" => "attacks",
            _ => "restates",
        };
        found.push((from.0, from.1, to.1, kind.to_string()));
    }
    found.sort();
    assert_eq!(&found, edges, "every argmap edge appears exactly once");
}

#[test]
fn aif_has_every_statement_and_edge_once() {
    for paths in [&[BUNDLED][..], MANY] {
        let (nodes, edges) = contract(paths);
        let flat = export("aif", paths);
        check_aif(&flat, &nodes, &edges);
        // xAIF holds the same graph under "AIF", and the same OVA layout.
        let xaif: serde_json::Value = serde_json::from_str(&export("xaif", paths)).unwrap();
        let flat: serde_json::Value = serde_json::from_str(&flat).unwrap();
        let mut inner = xaif["AIF"].clone();
        inner["argmap"] = xaif["argmap"].clone();
        check_aif(&inner.to_string(), &nodes, &edges);
        assert_eq!(xaif["OVA"], flat["OVA"]);
        assert_eq!(xaif["AIF"]["nodes"], flat["nodes"]);
        // AIFdb's fields, and a layout in which no two I-nodes share a point.
        for n in flat["nodes"].as_array().unwrap() {
            assert_eq!(n["timestamp"], "1970-01-01 00:00:00", "SOURCE_DATE_EPOCH=0");
        }
        for e in flat["edges"].as_array().unwrap() {
            assert!(e.get("formEdgeID").is_some_and(|f| f.is_null()), "{e}");
        }
        let mut points = HashSet::new();
        for n in flat["OVA"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .take(nodes.len())
        {
            let point = (n["x"].to_string(), n["y"].to_string());
            assert!(points.insert(point), "two statements at one point: {n}");
        }
    }
}

/// Check a GraphML export against the map: well-formed XML, declared keys,
/// and every node and edge once with its kind and text.
fn check_graphml(text: &str, nodes: &Nodes, edges: &Edges) {
    let xml = roxmltree::Document::parse(text).expect("GraphML is well-formed XML");
    let keys: HashMap<&str, &str> = xml
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .map(|n| (n.attribute("id").unwrap(), n.attribute("for").unwrap()))
        .collect();
    for key in ["kind", "text", "argmap_id", "document", "edge_kind"] {
        assert!(keys.contains_key(key), "key {key} is declared");
    }
    let data = |n: roxmltree::Node, key: &str| -> String {
        n.children()
            .find(|c| c.has_tag_name("data") && c.attribute("key") == Some(key))
            .and_then(|c| c.text())
            .unwrap_or_default()
            .to_string()
    };
    for d in xml.descendants().filter(|n| n.has_tag_name("data")) {
        assert!(
            keys.contains_key(d.attribute("key").unwrap()),
            "undeclared key"
        );
    }
    let documents: Vec<String> = {
        let mut seen: Vec<String> = Vec::new();
        for n in xml.descendants().filter(|n| n.has_tag_name("node")) {
            let doc = data(n, "document");
            if !seen.contains(&doc) {
                seen.push(doc);
            }
        }
        seen
    };
    let mut ids: HashMap<&str, (u64, String)> = HashMap::new();
    for n in xml.descendants().filter(|n| n.has_tag_name("node")) {
        let d = documents
            .iter()
            .position(|p| *p == data(n, "document"))
            .unwrap() as u64;
        let key = (d, data(n, "argmap_id"));
        let (kind, text) = &nodes[&key];
        assert_eq!(&data(n, "kind"), kind);
        assert_eq!(&data(n, "text"), text, "text survives exactly");
        assert!(
            ids.insert(n.attribute("id").unwrap(), key).is_none(),
            "unique node ids"
        );
    }
    assert_eq!(ids.len(), nodes.len());
    let mut found: Edges = xml
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .map(|e| {
            let from = &ids[e.attribute("source").unwrap()];
            let to = &ids[e.attribute("target").unwrap()];
            assert_eq!(from.0, to.0);
            (from.0, from.1.clone(), to.1.clone(), data(e, "edge_kind"))
        })
        .collect();
    found.sort();
    assert_eq!(&found, edges, "every argmap edge appears exactly once");
}

#[test]
fn graphml_has_every_node_and_edge_once() {
    for paths in [&[BUNDLED][..], MANY] {
        let (nodes, edges) = contract(paths);
        check_graphml(&export("graphml", paths), &nodes, &edges);
    }
}

/// An Argdown export read back the way argmap writes it: sections, statement
/// lines `[title]: text #kind` or references `[title]`, nested by two spaces,
/// each but the top ones after `+ `, `- `, `+> ` or `-> `.
struct Argdown {
    /// (section, title, kind, unescaped text) of every definition.
    statements: Vec<(usize, String, String, String)>,
    /// (from title, to title, supports|attacks).
    relations: Vec<(String, String, String)>,
}

fn read_argdown(text: &str) -> Argdown {
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("==="), "front matter first");
    for line in lines.by_ref() {
        if line == "===" {
            break;
        }
    }
    let mut out = Argdown {
        statements: Vec::new(),
        relations: Vec::new(),
    };
    let mut section = 0;
    let mut stack: Vec<String> = Vec::new();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        if line.starts_with("# ") {
            section += 1;
            stack.clear();
            continue;
        }
        let rest = line.trim_start_matches(' ');
        let indent = line.len() - rest.len();
        assert_eq!(indent % 2, 0, "{line}");
        let depth = indent / 2;
        let (symbol, rest) = ["+> ", "-> ", "+ ", "- "]
            .iter()
            .find_map(|s| rest.strip_prefix(s).map(|r| (*s, r)))
            .unwrap_or(("", rest));
        assert_eq!(
            symbol.is_empty(),
            depth == 0,
            "relations exactly below the top: {line}"
        );
        let rest = rest.strip_prefix('[').expect(line);
        let close = rest.find(']').expect(line);
        let title = rest[..close].to_string();
        let after = &rest[close + 1..];
        stack.truncate(depth);
        if let Some(parent) = stack.last() {
            let kind = if symbol.starts_with('+') {
                "supports"
            } else {
                "attacks"
            };
            let (from, to) = if symbol.ends_with("> ") {
                (parent.clone(), title.clone())
            } else {
                (title.clone(), parent.clone())
            };
            out.relations.push((from, to, kind.to_string()));
        }
        stack.push(title.clone());
        if let Some(body) = after.strip_prefix(": ") {
            let (body, tag) = body.rsplit_once(" #").expect("a kind tag");
            let mut unescaped = String::new();
            let mut chars = body.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    unescaped.push(chars.next().expect("an escaped character"));
                } else {
                    // Anything Argdown would read as syntax must be escaped.
                    assert!(!"[]<>{}#*_@=\\".contains(c), "unescaped {c:?} in {line}");
                    unescaped.push(c);
                }
            }
            out.statements
                .push((section, title, tag.to_string(), unescaped));
        } else {
            assert!(after.is_empty(), "{line}");
        }
    }
    out
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Check an Argdown export against the map: one definition per node with
/// its kind and text, unique titles, and every edge exactly once.
fn check_argdown(text: &str, nodes: &Nodes, edges: &Edges) -> HashMap<String, (u64, String)> {
    let parsed = read_argdown(text);
    let mut titles: HashMap<String, (u64, String)> = HashMap::new();
    let mut defined: BTreeSet<(u64, String)> = BTreeSet::new();
    for (section, title, kind, body) in &parsed.statements {
        let d = (*section - 1) as u64;
        // Titles are the ids, with the document's number when ids repeat.
        let key = nodes
            .keys()
            .find(|(nd, id)| *nd == d && (title == id || *title == format!("{id}-doc{d}")))
            .unwrap_or_else(|| panic!("{title} names no node of document {d}"))
            .clone();
        assert!(
            titles.insert(title.clone(), key.clone()).is_none(),
            "title {title} defined twice"
        );
        let (k, t) = &nodes[&key];
        assert_eq!(kind, k);
        assert_eq!(body, &folded(t));
        defined.insert(key);
    }
    assert_eq!(defined.len(), nodes.len(), "every node defined once");
    let mut found: Edges = parsed
        .relations
        .iter()
        .map(|(f, t, k)| {
            let (from, to) = (&titles[f], &titles[t]);
            assert_eq!(from.0, to.0);
            (from.0, from.1.clone(), to.1.clone(), k.clone())
        })
        .collect();
    found.sort();
    assert_eq!(
        &found,
        &as_argdown(edges),
        "every argmap edge appears exactly once"
    );
    titles
}

/// The edges as Argdown holds them: it has no rephrase relation, so argmap
/// writes a restatement of the thesis as a support of it.
fn as_argdown(edges: &Edges) -> Edges {
    let mut edges: Edges = edges
        .iter()
        .map(|(d, f, t, k)| {
            let k = if k == "restates" { "supports" } else { k };
            (*d, f.clone(), t.clone(), k.to_string())
        })
        .collect();
    edges.sort();
    edges
}

#[test]
fn argdown_has_every_statement_and_relation_once() {
    for paths in [&[BUNDLED][..], MANY] {
        let (nodes, edges) = contract(paths);
        check_argdown(&export("argdown", paths), &nodes, &edges);
    }
}

#[test]
fn hostile_text_survives_every_format() {
    let hostile = essay("hostile.md");
    let paths = [hostile.as_str()];
    let (nodes, edges) = contract(&paths);
    assert!(nodes
        .values()
        .any(|(_, t)| t.contains("\"><img src=x onerror=alert(1)>")));
    check_aif(&export("aif", &paths), &nodes, &edges);
    check_graphml(&export("graphml", &paths), &nodes, &edges);
    // Reading it back also checks that every `<`, `[`, `#`... is escaped.
    check_argdown(&export("argdown", &paths), &nodes, &edges);
    // In a DOT string only `"` and `\` are special.
    let dot = export("dot", &paths);
    assert!(dot.contains(r#"\"><img src=x"#), "{dot}");
    let mermaid = export("mermaid", &paths);
    assert!(!mermaid.contains("<img"));
}

/// The Argdown CLI, if it was installed under target/ (`.ci/run` does), or
/// named by `ARGMAP_ARGDOWN`.
fn argdown_cli() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ARGMAP_ARGDOWN") {
        return Some(PathBuf::from(path));
    }
    let local =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/argdown/node_modules/.bin/argdown");
    local.exists().then_some(local)
}

#[test]
fn argdown_cli_reads_the_export_as_argmap_wrote_it() {
    let Some(cli) = argdown_cli() else {
        skip_visibly(
            "argdown_cli_reads_the_export_as_argmap_wrote_it",
            "the Argdown CLI is not installed \
             (`npm install --prefix target/argdown @argdown/cli@1.7.5` installs it)",
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in [
        ("bundled", &[BUNDLED][..]),
        ("hostile", &["tests/fixtures/essays/hostile.md"][..]),
        ("many", MANY),
    ] {
        let (nodes, edges) = contract(paths);
        let text = export("argdown", paths);
        let titles = check_argdown(&text, &nodes, &edges);
        let file = dir.path().join(format!("{name}.argdown"));
        std::fs::write(&file, &text).unwrap();
        let out = std::process::Command::new(&cli)
            .arg("json")
            .arg(&file)
            .arg(dir.path())
            .output()
            .expect("the Argdown CLI runs");
        let log = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "argdown failed on {name}: {log}");
        assert!(
            !log.contains("rror"),
            "argdown reported errors on {name}: {log}"
        );
        let json = std::fs::read_to_string(dir.path().join(format!("{name}.json"))).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let statements = v["statements"].as_object().unwrap();
        assert_eq!(
            statements.len(),
            nodes.len(),
            "{name}: one statement per node"
        );
        for (title, s) in statements {
            let key = &titles[title];
            let (kind, text) = &nodes[key];
            let defined: Vec<&str> = s["members"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|m| m["text"].as_str())
                .collect();
            assert_eq!(defined.len(), 1, "{name}: {title} has one text");
            let expected = format!("{} #{kind}", folded(text));
            assert_eq!(defined[0].trim(), expected, "{name}: {title}");
        }
        let mut found: Edges = v["relations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let (from, to) = (
                    &titles[r["from"].as_str().unwrap()],
                    &titles[r["to"].as_str().unwrap()],
                );
                let kind = match r["relationType"].as_str().unwrap() {
                    "support" | "entails" => "supports",
                    "attack" | "contrary" => "attacks",
                    other => panic!("{name}: unexpected relation {other}"),
                };
                (from.0, from.1.clone(), to.1.clone(), kind.to_string())
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            as_argdown(&edges),
            "{name}: Argdown's relations are argmap's edges"
        );
    }
}

/// `--keep-going`: a bad file becomes an error line in its place, the rest
/// are mapped, and the run exits 2 at the end with the error on stderr.
#[test]
fn jsonl_keep_going_records_the_bad_file_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(essay("parks.md"), dir.path().join("a.md")).unwrap();
    std::fs::write(dir.path().join("b.md"), b"Caf\xe9 should open.").unwrap();
    std::fs::copy(essay("parks.md"), dir.path().join("c.md")).unwrap();
    let out = argmap()
        .args([
            "--jobs",
            "2",
            "graph",
            "--format",
            "jsonl",
            "--keep-going",
            ".",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "argmap: error: ./b.md: invalid UTF-8 at byte 3\n");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "a line per file");
    assert_eq!(lines[0]["documents"][0]["path"], "./a.md");
    assert_eq!(
        lines[1],
        serde_json::json!({"schema_version": 2, "error": {"path": "./b.md", "message": "./b.md: invalid UTF-8 at byte 3"}})
    );
    assert_eq!(lines[2]["documents"][0]["path"], "./c.md");
    // Without it, the run stops at the bad file.
    let out = argmap()
        .args(["--jobs", "1", "graph", "--format", "jsonl", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    // Other formats refuse the flag.
    assert_input_error(
        argmap().args(["graph", "--keep-going", &essay("parks.md")]),
        "--keep-going works with --format jsonl only",
    );
}

// ---- Drawings and graphs in their own tools: Graphviz, Mermaid, networkx ----

/// A3 landscape in points (16.54 x 11.69 in): the page the bundled
/// essay's DOT drawing must fit at 100%.
const A3_LANDSCAPE: (f64, f64) = (1191.0, 842.0);

#[test]
fn graphviz_draws_each_map_on_one_landscape_page() {
    let Some(dot) = on_path("dot") else {
        consumer_missing("Graphviz", "`apt-get install graphviz` installs it");
        return;
    };
    for path in [BUNDLED, "tests/fixtures/essays/libraries.md"] {
        let source = export("dot", &[path]);
        let mut child = std::process::Command::new(&dot)
            .arg("-Tplain")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("dot runs");
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), source.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        let log = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && log.trim().is_empty(),
            "{path}: {log}"
        );
        let plain = String::from_utf8(out.stdout).unwrap();
        // `graph scale width height`, then `node name x y width height ...`
        // with the centre and size in inches, y upwards.
        let mut lines = plain.lines();
        let graph: Vec<f64> = lines
            .next()
            .unwrap()
            .split(' ')
            .skip(1)
            .map(|v| v.parse().unwrap())
            .collect();
        let (width, height) = (graph[1] * 72.0, graph[2] * 72.0);
        eprintln!("{path}: {width:.0} x {height:.0} pt");
        assert!(
            width <= A3_LANDSCAPE.0 && height <= A3_LANDSCAPE.1 && width >= height,
            "{path}: {width:.0} x {height:.0} pt is not one landscape page"
        );
        let mut drawn = 0;
        for node in lines.filter(|l| l.starts_with("node ")) {
            // Names are quoted and hold no spaces (`"0:id"`).
            let f: Vec<f64> = node
                .split(' ')
                .skip(2)
                .take(4)
                .map(|v| v.parse().unwrap())
                .collect();
            let (x, y, w, h) = (f[0], f[1], f[2], f[3]);
            assert!(
                x - w / 2.0 >= 0.0
                    && x + w / 2.0 <= graph[1]
                    && y - h / 2.0 >= 0.0
                    && y + h / 2.0 <= graph[2],
                "{path}: {node} lies outside the drawing"
            );
            drawn += 1;
        }
        assert_eq!(drawn, contract(&[path]).0.len(), "{path}: every node drawn");
    }
}

/// The Mermaid CLI under target/ (`.ci/run` installs it), or named by
/// `ARGMAP_MMDC`, with the Chromium it drives.
fn mermaid_cli() -> Option<(PathBuf, PathBuf)> {
    let cli = match std::env::var_os("ARGMAP_MMDC") {
        Some(path) => PathBuf::from(path),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/mermaid/node_modules/.bin/mmdc"),
    };
    let browser = on_path("chromium").or_else(|| on_path("chromium-browser"))?;
    cli.exists().then_some((cli, browser))
}

#[test]
fn mermaid_cli_draws_each_map_within_its_limits() {
    let Some((cli, browser)) = mermaid_cli() else {
        consumer_missing(
            "the Mermaid CLI or chromium",
            "`npm install --prefix target/mermaid @mermaid-js/mermaid-cli@11` and `apt-get install chromium` install them",
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("puppeteer.json");
    std::fs::write(
        &config,
        serde_json::json!({"executablePath": browser, "args": ["--no-sandbox", "--disable-gpu"]})
            .to_string(),
    )
    .unwrap();
    for (name, path) in [
        ("bundled", BUNDLED),
        ("libraries", "tests/fixtures/essays/libraries.md"),
    ] {
        let chart = export("mermaid", &[path]);
        assert!(chart.len() < 50_000, "{name}: {} characters", chart.len());
        let input = dir.path().join(format!("{name}.mmd"));
        let output = dir.path().join(format!("{name}.svg"));
        std::fs::write(&input, &chart).unwrap();
        let out = std::process::Command::new(&cli)
            .arg("-p")
            .arg(&config)
            .arg("-i")
            .arg(&input)
            .arg("-o")
            .arg(&output)
            .arg("-q")
            .output()
            .expect("mmdc runs");
        let log = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "mmdc failed on {name}: {log}");
        let svg = std::fs::read_to_string(&output).unwrap();
        assert!(
            !svg.contains("Syntax error") && !svg.contains("Maximum text size"),
            "{name}"
        );
        let view: Vec<f64> = svg
            .split("viewBox=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .unwrap()
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        eprintln!("{name}: Mermaid draws {:.0} x {:.0} px", view[2], view[3]);
        // Folded rows keep the chart from becoming a strip (the bundled
        // essay was 6,180 x 967 px unfolded).
        assert!(view[2] <= 3.0 * view[3], "{name}: {view:?} is a strip");
        // Every node is labelled with its kind, in the text colour.
        for kind in ["THESIS", "CLAIM", "EVIDENCE"] {
            assert!(svg.contains(kind), "{name}: {kind}");
        }
    }
}

#[test]
fn mermaid_warns_past_its_size_limit() {
    let quiet = argmap()
        .args(["graph", "--format", "mermaid", BUNDLED])
        .output()
        .unwrap();
    assert!(quiet.status.success() && quiet.stderr.is_empty());
    let many = [BUNDLED; 12];
    let out = argmap()
        .args(["graph", "--format", "mermaid"])
        .args(many)
        .output()
        .unwrap();
    assert!(out.status.success(), "a warning, not an error");
    assert!(out.stdout.len() > 50_000);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning") && err.contains("50000"), "{err}");
}

#[test]
fn networkx_reads_the_graphml_with_argmaps_labels() {
    let script = r#"
import json, sys
try:
    import networkx
except ImportError:
    print("MISSING")
    sys.exit(0)
g = networkx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)},
                  "edges": [[a, b, d] for a, b, d in g.edges(data=True)]}))
"#;
    let Some(python) = on_path("python3") else {
        consumer_missing(
            "python3 with networkx",
            "`pip install networkx` installs it",
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.graphml");
    let text = export("graphml", MANY);
    std::fs::write(&file, &text).unwrap();
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(&file)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if stdout.trim() == "MISSING" {
        consumer_missing(
            "python3 with networkx",
            "`pip install networkx` installs it",
        );
        return;
    }
    let read: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let xml = roxmltree::Document::parse(&text).unwrap();
    let (nodes, edges) = contract(MANY);
    let graph_nodes = read["nodes"].as_object().unwrap();
    assert_eq!(graph_nodes.len(), nodes.len());
    for n in xml.descendants().filter(|n| n.has_tag_name("node")) {
        let data = |key: &str| {
            n.children()
                .find(|c| c.attribute("key") == Some(key))
                .and_then(|c| c.text())
                .unwrap()
        };
        let got = &graph_nodes[n.attribute("id").unwrap()];
        // yEd's label is read into `label` too: the two must agree.
        assert_eq!(got["label"], data("label"), "{got}");
        assert_eq!(got["text"], data("text"));
        assert_eq!(got["kind"], data("kind"));
    }
    assert_eq!(read["edges"].as_array().unwrap().len(), edges.len());
}

#[test]
fn graphml_validates_against_the_graphml_schema() {
    let Some(xmllint) = on_path("xmllint") else {
        consumer_missing("xmllint", "`apt-get install libxml2-utils` installs it");
        return;
    };
    let schema = "tests/fixtures/graphml/graphml-1.0.xsd";
    let dir = tempfile::tempdir().unwrap();
    let good = export("graphml", MANY);
    // The schema must be able to fail: an edge to no node, a data element
    // naming no key.
    let to_nowhere = good.replacen(" target=\"d0:", " target=\"d0:nowhere-", 1);
    let undeclared = good.replacen("<data key=\"kind\">", "<data key=\"undeclared\">", 1);
    for (name, text, valid) in [
        ("many", &good, true),
        ("to-nowhere", &to_nowhere, false),
        ("undeclared", &undeclared, false),
    ] {
        let file = dir.path().join(format!("{name}.graphml"));
        std::fs::write(&file, text).unwrap();
        let out = std::process::Command::new(&xmllint)
            .args(["--noout", "--nonet", "--schema", schema])
            .arg(&file)
            .output()
            .expect("xmllint runs");
        let log = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.success(), valid, "{name}: {log}");
    }
}

/// The hand-written `jsonl` writer against serde_json writing the contract's
/// types, over every essay among the fixtures and the fuzz corpus, one by one
/// and all together (document indexes past 0).
#[test]
fn jsonl_is_what_serde_writes_for_the_contract_types() {
    use argmap::document::{Document, SourceFormat};
    use argmap::graph::contract::MapEntry;
    use argmap::render::json;
    fn essays(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                essays(&path, out);
            } else if path
                .extension()
                .is_some_and(|e| e == "md" || e == "txt" || e == "markdown")
            {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    essays(&root.join("tests/fixtures"), &mut paths);
    essays(&root.join("tests/fuzz-corpus"), &mut paths);
    paths.sort();
    let maps: Vec<_> = paths
        .iter()
        .filter_map(|path| {
            let text = String::from_utf8(std::fs::read(path).ok()?).ok()?;
            let name = path.strip_prefix(root).unwrap().display().to_string();
            let format = SourceFormat::from_path(&name);
            Some(argmap::extract::build_map(&Document::parse(
                name, text, format,
            )))
        })
        .collect();
    assert!(maps.len() > 150, "{} essays", maps.len());
    let single = maps.chunks(1);
    for maps in single.chain([maps.as_slice()]) {
        let mut expected = serde_json::to_vec(&MapEntry::new(maps)).unwrap();
        expected.push(b'\n');
        let mut pushed = Vec::new();
        json::push_line(&mut pushed, maps);
        let mut written = Vec::new();
        json::write_line(&mut written, maps).unwrap();
        let name = &maps[0].path;
        assert!(
            pushed == expected,
            "push_line differs from serde_json for {name}"
        );
        assert!(
            written == expected,
            "write_line differs from serde_json for {name}"
        );
    }
}
