//! `argmap graph`
mod common;
use common::*;

#[test]
fn json_follows_the_contract() {
    let out = stdout_of(argmap().args(["graph", &essay("parks.md"), &essay("short.txt")]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_version"], 1);
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
        assert!(e["kind"] == "supports" || e["kind"] == "attacks");
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
    assert!(out.starts_with("flowchart BT"));
    assert!(!out.contains("<script>"));
    assert!(!out.contains("<img"));
    for line in out
        .lines()
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
