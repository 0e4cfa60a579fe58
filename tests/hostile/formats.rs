//! Each export parsed in its own format, with checks that what it says
//! matches the map: JSON and SARIF with serde_json, GraphML and the (XHTML)
//! page with roxmltree, and DOT and Mermaid with the strict parsers below
//! (no crate parses them offline; these follow Graphviz's grammar and
//! lexer, and the Mermaid flowchart statements argmap writes).

use super::pipeline::Run;
use argmap::graph::contract::MapEntry;
use std::collections::{HashMap, HashSet};

type Check = Result<(), String>;

/// Check every export of a run.
pub fn check_all(run: &Run) -> Check {
    for (name, bytes) in &run.outputs {
        let text = std::str::from_utf8(bytes).map_err(|e| format!("{name}: not UTF-8: {e}"))?;
        let result = match *name {
            "json" | "heuristic-json" => json_map(run, name, text),
            "jsonl" => jsonl(run, text),
            "dot" => dot(text).and_then(|(nodes, edges)| counts(name, run, nodes, edges)),
            "mermaid" => mermaid(text).and_then(|(nodes, edges)| counts(name, run, nodes, edges)),
            "aif" => aif(text),
            "xaif" => json_value(text).and_then(|v| aif(&v["AIF"].to_string())),
            "argdown" => argdown(text),
            "graphml" => graphml(text).and_then(|(nodes, edges)| counts(name, run, nodes, edges)),
            "html" => html(run, text),
            "lint-json"
            | "lint-statistics-json"
            | "claims-json"
            | "trees-json"
            | "show-json"
            | "stats-json" => json_value(text).map(|_| ()),
            "lint-sarif" => sarif(run, text),
            "lint-github" => lines_start_with(text, "::"),
            "lint-concise" => lines_start_with(text, &run.doc.path),
            _ => Ok(()),
        };
        result.map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

fn counts(name: &str, run: &Run, nodes: usize, edges: usize) -> Check {
    let map = if name.starts_with("heuristic") {
        &run.heuristic.map
    } else {
        &run.built.map
    };
    if nodes != map.nodes().len() || edges != map.edges().len() {
        return Err(format!(
            "{nodes} nodes and {edges} edges written, the map has {} and {}",
            map.nodes().len(),
            map.edges().len()
        ));
    }
    Ok(())
}

fn json_value(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))
}

/// The JSON contract: every edge names nodes of the map, ids are unique,
/// spans lie in the file and their text is the node's.
fn json_map(run: &Run, name: &str, text: &str) -> Check {
    let v = json_value(text)?;
    let map = if name.starts_with("heuristic") {
        &run.heuristic.map
    } else {
        &run.built.map
    };
    let nodes = v["nodes"].as_array().ok_or("no nodes array")?;
    let edges = v["edges"].as_array().ok_or("no edges array")?;
    counts(name, run, nodes.len(), edges.len())?;
    let mut ids = HashSet::new();
    for n in nodes {
        let id = n["id"].as_str().ok_or("node without id")?;
        if !ids.insert(id) {
            return Err(format!("id {id:?} twice"));
        }
        let (start, end) = (
            n["span"]["start"].as_u64().ok_or("no span.start")? as usize,
            n["span"]["end"].as_u64().ok_or("no span.end")? as usize,
        );
        let source = run
            .doc
            .text
            .get(start..end)
            .ok_or_else(|| format!("span {start}..{end} of {id:?} is not in the file"))?;
        if Some(source) != n["text"].as_str() {
            return Err(format!("text of {id:?} differs from the file at its span"));
        }
    }
    for e in edges {
        for end in ["from", "to"] {
            let id = e[end].as_str().ok_or("edge end is not a string")?;
            if !ids.contains(id) {
                return Err(format!("edge {end} {id:?} names no node"));
            }
        }
    }
    if v["documents"][0]["path"].as_str() != Some(map.path.as_str()) {
        return Err("document path lost".into());
    }
    Ok(())
}

/// One line per document, and byte for byte what serde_json writes for the
/// contract's types: the hand-written fast writer may not drift from them.
fn jsonl(run: &Run, text: &str) -> Check {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() != 1 {
        return Err(format!("{} lines for one document", lines.len()));
    }
    let contract = MapEntry::new(std::slice::from_ref(&run.built.map));
    let serde = serde_json::to_string(&contract).map_err(|e| e.to_string())? + "\n";
    if text != serde {
        return Err(format!(
            "the fast writer's line differs from serde_json's for the contract's types:\n{text}\n{serde}"
        ));
    }
    json_map(run, "json", lines[0])
}

/// AIF: I-nodes and S-nodes joined by edges that name existing node ids.
fn aif(text: &str) -> Check {
    let v = json_value(text)?;
    let nodes = v["nodes"].as_array().ok_or("no nodes")?;
    let ids: HashSet<&str> = nodes.iter().filter_map(|n| n["nodeID"].as_str()).collect();
    if ids.len() != nodes.len() {
        return Err("node ids missing or repeated".into());
    }
    for e in v["edges"].as_array().ok_or("no edges")? {
        for end in ["fromID", "toID"] {
            let id = e[end].as_str().ok_or("edge end is not a string")?;
            if !ids.contains(id) {
                return Err(format!("edge {end} {id:?} names no node"));
            }
        }
    }
    Ok(())
}

/// Argdown: the front matter is closed, every statement title is
/// bracketed on one line, and every relation names a defined statement.
fn argdown(text: &str) -> Check {
    let fences = text.lines().filter(|l| *l == "===").count();
    if fences % 2 != 0 {
        return Err("unclosed front matter".into());
    }
    const RELATIONS: &[&str] = &["+>", "->", "<+", "<-", "_>", "<_", "><", "+", "-"];
    let mut defined = HashSet::new();
    let mut referenced = Vec::new();
    for line in text.lines() {
        let mut rest = line.trim_start();
        if let Some(r) = RELATIONS
            .iter()
            .find_map(|op| rest.strip_prefix(op)?.strip_prefix(' '))
        {
            rest = r;
        }
        let Some(title) = rest.strip_prefix('[') else {
            continue;
        };
        let end = title
            .find(']')
            .ok_or_else(|| format!("unclosed title in {line:?}"))?;
        let (name, after) = (&title[..end], &title[end + 1..]);
        if after.starts_with(':') {
            defined.insert(name.to_string());
        } else {
            referenced.push(name.to_string());
        }
    }
    for t in referenced {
        if !defined.contains(&t) {
            return Err(format!("relation to undefined statement [{t}]"));
        }
    }
    Ok(())
}

fn xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| format!("invalid XML: {e}"))
}

/// GraphML: the namespace, unique node ids, and edges between them.
fn graphml(text: &str) -> Result<(usize, usize), String> {
    let doc = xml(text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "graphml"
        || root.tag_name().namespace() != Some("http://graphml.graphdrawing.org/xmlns")
    {
        return Err("root is not <graphml> in the GraphML namespace".into());
    }
    let mut ids = HashSet::new();
    let mut nodes = 0;
    for n in root.descendants().filter(|n| n.has_tag_name("node")) {
        let id = n.attribute("id").ok_or("node without id")?;
        if !ids.insert(id) {
            return Err(format!("node id {id:?} twice"));
        }
        nodes += 1;
    }
    let mut edges = 0;
    for e in root.descendants().filter(|n| n.has_tag_name("edge")) {
        for end in ["source", "target"] {
            let id = e.attribute(end).ok_or("edge without end")?;
            if !ids.contains(id) {
                return Err(format!("edge {end} {id:?} names no node"));
            }
        }
        edges += 1;
    }
    Ok((nodes, edges))
}

/// The page is well-formed XHTML with one script (the page's own) and no
/// event-handler attribute, so essay text cannot inject markup or code.
fn html(run: &Run, text: &str) -> Check {
    let doc = xml(text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "html" {
        return Err("root is not <html>".into());
    }
    for part in ["head", "body"] {
        if root.children().filter(|n| n.has_tag_name(part)).count() != 1 {
            return Err(format!("not one <{part}>"));
        }
    }
    let scripts = root
        .descendants()
        .filter(|n| n.has_tag_name("script"))
        .count();
    if scripts > 1 {
        return Err(format!("{scripts} scripts"));
    }
    for n in root.descendants().filter(|n| n.is_element()) {
        if let Some(a) = n
            .attributes()
            .find(|a| a.name().to_ascii_lowercase().starts_with("on"))
        {
            return Err(format!("event handler attribute {}", a.name()));
        }
        if matches!(n.tag_name().name(), "iframe" | "object" | "embed" | "img") {
            return Err(format!("<{}> element", n.tag_name().name()));
        }
    }
    if !run.built.map.nodes().is_empty() && !root.descendants().any(|n| n.has_tag_name("svg")) {
        return Err("no map drawn".into());
    }
    Ok(())
}

/// SARIF 2.1.0: one result per finding (suppressed ones included, marked
/// `inSource`), a valid rule index and a region.
fn sarif(run: &Run, text: &str) -> Check {
    let v = json_value(text)?;
    if v["version"] != "2.1.0" {
        return Err("version is not 2.1.0".into());
    }
    let run0 = &v["runs"][0];
    let rules = run0["tool"]["driver"]["rules"]
        .as_array()
        .ok_or("no rules")?;
    let results = run0["results"].as_array().ok_or("no results")?;
    let report = &run.report;
    if results.len() != report.findings.len() + report.suppressed_findings.len() {
        return Err("not one result per finding".into());
    }
    let marked = results
        .iter()
        .filter(|r| r["suppressions"] == serde_json::json!([{"kind": "inSource"}]))
        .count();
    if marked != report.suppressed_findings.len() {
        return Err("suppressed findings are not marked inSource".into());
    }
    for r in results {
        let index = r["ruleIndex"].as_u64().ok_or("no ruleIndex")? as usize;
        if rules.get(index).map(|rule| &rule["id"]) != Some(&r["ruleId"]) {
            return Err("ruleIndex does not point at ruleId".into());
        }
        let region = &r["locations"][0]["physicalLocation"]["region"];
        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
            if region[key].as_u64().is_none_or(|n| n < 1) {
                return Err(format!("region.{key} missing or < 1"));
            }
        }
    }
    Ok(())
}

fn lines_start_with(text: &str, prefix: &str) -> Check {
    match text.lines().find(|l| !l.starts_with(prefix)) {
        Some(l) => Err(format!("line {l:?} does not start with {prefix:?}")),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------- DOT

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// An identifier, numeral, quoted or HTML string, with its value.
    Id(String),
    Punct(&'static str),
}

/// Graphviz's lexer: in a quoted string only `\"` is an escape, so a
/// backslash just before the closing quote escapes it.
fn dot_tokens(text: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') || c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            if i + 1 >= chars.len() {
                return Err("unclosed comment".into());
            }
            i += 2;
        } else if c == '"' {
            let mut value = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated quoted string".into()),
                    Some('"') => break,
                    Some('\\') if chars.get(i + 1) == Some(&'"') => {
                        value.push('"');
                        i += 2;
                    }
                    Some(&ch) => {
                        value.push(ch);
                        i += 1;
                    }
                }
            }
            i += 1;
            out.push(Tok::Id(value));
        } else if c == '<' {
            let mut depth = 0;
            let start = i;
            loop {
                match chars.get(i) {
                    None => return Err("unterminated HTML string".into()),
                    Some('<') => depth += 1,
                    Some('>') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Id(chars[start..i].iter().collect()));
        } else if c == '-' && matches!(chars.get(i + 1), Some('>') | Some('-')) {
            out.push(Tok::Punct(if chars[i + 1] == '>' { "->" } else { "--" }));
            i += 2;
        } else if let Some(p) = ["{", "}", "[", "]", ";", ",", "=", ":"]
            .into_iter()
            .find(|p| p.starts_with(c))
        {
            out.push(Tok::Punct(p));
            i += 1;
        } else if c.is_ascii_digit() || c == '.' || c == '-' {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            if s == "-" || s == "." || s.matches('.').count() > 1 {
                return Err(format!("bad numeral {s:?}"));
            }
            out.push(Tok::Id(s));
        } else if c.is_alphabetic() || c == '_' || !c.is_ascii() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || !chars[i].is_ascii())
                && !chars[i].is_whitespace()
            {
                i += 1;
            }
            out.push(Tok::Id(chars[start..i].iter().collect()));
        } else {
            return Err(format!("unexpected character {c:?}"));
        }
    }
    Ok(out)
}

struct DotParser {
    toks: Vec<Tok>,
    at: usize,
    directed: bool,
    nodes: HashSet<String>,
    edges: Vec<(String, String)>,
}

const KEYWORDS: &[&str] = &["node", "edge", "graph", "digraph", "subgraph", "strict"];

impl DotParser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn punct(&mut self, p: &'static str) -> bool {
        if self.peek() == Some(&Tok::Punct(p)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, p: &'static str) -> Check {
        if self.punct(p) {
            Ok(())
        } else {
            Err(format!(
                "expected `{p}` at token {}, found {:?}",
                self.at,
                self.peek()
            ))
        }
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Tok::Id(s)) if s.eq_ignore_ascii_case(word))
    }

    /// An ID that is not a keyword (quoted strings may be anything).
    fn id(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Tok::Id(s)) => {
                let s = s.clone();
                self.at += 1;
                Ok(s)
            }
            other => Err(format!(
                "expected an ID at token {}, found {other:?}",
                self.at
            )),
        }
    }

    fn graph(&mut self) -> Check {
        if self.keyword("strict") {
            self.at += 1;
        }
        if self.keyword("digraph") {
            self.directed = true;
        } else if !self.keyword("graph") {
            return Err("no `graph` or `digraph`".into());
        }
        self.at += 1;
        if matches!(self.peek(), Some(Tok::Id(_))) {
            self.id()?;
        }
        self.expect("{")?;
        self.stmt_list(0)?;
        self.expect("}")?;
        if self.at != self.toks.len() {
            return Err("tokens after the graph".into());
        }
        Ok(())
    }

    fn stmt_list(&mut self, depth: usize) -> Check {
        if depth > 64 {
            return Err("subgraphs nested too deep".into());
        }
        while !matches!(self.peek(), Some(Tok::Punct("}")) | None) {
            self.stmt(depth)?;
            self.punct(";");
        }
        Ok(())
    }

    /// Attribute lists; true when they make the statement invisible
    /// (`style=invis`), as argmap's edges that hold rows apart are.
    fn attr_list(&mut self) -> Result<bool, String> {
        let mut invisible = false;
        while self.punct("[") {
            while !self.punct("]") {
                let name = self.id()?;
                self.expect("=")?;
                let value = self.id()?;
                invisible |= name == "style" && value == "invis";
                if !self.punct(";") {
                    self.punct(",");
                }
            }
        }
        Ok(invisible)
    }

    /// A node id (with port) or a subgraph; returns the node, if one.
    fn operand(&mut self, depth: usize) -> Result<Option<String>, String> {
        if self.keyword("subgraph") || self.peek() == Some(&Tok::Punct("{")) {
            if self.keyword("subgraph") {
                self.at += 1;
                if matches!(self.peek(), Some(Tok::Id(_))) {
                    self.id()?;
                }
            }
            self.expect("{")?;
            self.stmt_list(depth + 1)?;
            self.expect("}")?;
            return Ok(None);
        }
        if KEYWORDS.iter().any(|k| self.keyword(k)) {
            return Err(format!("keyword used as a node at token {}", self.at));
        }
        let id = self.id()?;
        if self.punct(":") {
            self.id()?;
            if self.punct(":") {
                self.id()?;
            }
        }
        Ok(Some(id))
    }

    fn stmt(&mut self, depth: usize) -> Check {
        if self.keyword("graph") || self.keyword("node") || self.keyword("edge") {
            self.at += 1;
            if self.peek() != Some(&Tok::Punct("[")) {
                return Err("attribute statement without attributes".into());
            }
            return self.attr_list().map(drop);
        }
        if matches!(self.peek(), Some(Tok::Id(_)))
            && self.toks.get(self.at + 1) == Some(&Tok::Punct("="))
            && !KEYWORDS.iter().any(|k| self.keyword(k))
        {
            self.id()?;
            self.expect("=")?;
            self.id()?;
            return Ok(());
        }
        let first = self.operand(depth)?;
        let op = if self.directed { "->" } else { "--" };
        let wrong = if self.directed { "--" } else { "->" };
        if self.peek() == Some(&Tok::Punct(wrong)) {
            return Err(format!("`{wrong}` in a graph of the other kind"));
        }
        let mut from = first.clone();
        let mut is_edge = false;
        let before = self.edges.len();
        while self.punct(op) {
            is_edge = true;
            let to = self.operand(depth)?;
            if let (Some(f), Some(t)) = (&from, &to) {
                self.edges.push((f.clone(), t.clone()));
            }
            from = to;
        }
        if !is_edge {
            if let Some(n) = first {
                self.nodes.insert(n);
            }
        }
        // An invisible edge only places nodes: it is not one of the map's.
        if self.attr_list()? {
            self.edges.truncate(before);
        }
        Ok(())
    }
}

/// Parse DOT; the number of declared nodes and of edges. Every edge must
/// join declared nodes.
pub fn dot(text: &str) -> Result<(usize, usize), String> {
    let mut p = DotParser {
        toks: dot_tokens(text)?,
        at: 0,
        directed: false,
        nodes: HashSet::new(),
        edges: Vec::new(),
    };
    p.graph()?;
    for (from, to) in &p.edges {
        for end in [from, to] {
            if !p.nodes.contains(end) {
                return Err(format!("edge end {end:?} is not a declared node"));
            }
        }
    }
    Ok((p.nodes.len(), p.edges.len()))
}

// ------------------------------------------------------------- Mermaid

/// A Mermaid quoted label: no quote, no line break, no backtick (which
/// would start a Markdown string), and every `#` starts an entity code.
fn mermaid_label(label: &str) -> Check {
    if label.contains(['"', '\n', '\r', '`']) {
        return Err(format!(
            "label {label:?} holds a quote, backtick or line break"
        ));
    }
    let mut rest = label;
    while let Some(i) = rest.find('#') {
        let after = &rest[i + 1..];
        let end = after
            .find(';')
            .ok_or_else(|| format!("stray # in {label:?}"))?;
        let code = &after[..end];
        let ok = !code.is_empty()
            && (code.chars().all(|c| c.is_ascii_digit())
                || code.chars().all(|c| c.is_ascii_alphabetic()));
        if !ok {
            return Err(format!("bad entity #{code}; in {label:?}"));
        }
        rest = &after[end + 1..];
    }
    Ok(())
}

/// Node shapes argmap writes: (opening, closing) around a quoted label.
const SHAPES: &[(&str, &str)] = &[
    ("{{\"", "\"}}"),
    ("([\"", "\"])"),
    ("[/\"", "\"/]"),
    ("[\"", "\"]"),
    ("{\"", "\"}"),
    ("((\"", "\"))"),
    ("[(\"", "\")]"),
    ("[[\"", "\"]]"),
    (">\"", "\"]"),
];

fn mermaid_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !matches!(
            s,
            "end" | "subgraph" | "graph" | "flowchart" | "class" | "classDef"
        )
}

/// Parse a Mermaid flowchart line by line; the number of nodes and edges.
/// Every edge and class statement must name a defined node, and subgraphs
/// must be closed.
pub fn mermaid(text: &str) -> Result<(usize, usize), String> {
    let mut lines = text.lines().skip_while(|l| l.starts_with("%%{init:"));
    let head = lines.next().ok_or("empty")?;
    let dirs = ["TB", "TD", "BT", "LR", "RL"];
    match head.trim().split_once(' ') {
        Some(("flowchart" | "graph", d)) if dirs.contains(&d) => {}
        _ => return Err(format!("bad header {head:?}")),
    }
    let mut nodes: HashMap<String, ()> = HashMap::new();
    let mut edges = Vec::new();
    let mut classes = HashSet::new();
    let mut used_classes = Vec::new();
    let mut depth = 0usize;
    for raw in lines {
        let line = raw.trim();
        if line.is_empty() || line.starts_with("%%") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("subgraph ") {
            let (id, label) = match rest.find('[') {
                Some(i) => (&rest[..i], Some(&rest[i..])),
                None => (rest, None),
            };
            if !mermaid_id(id) {
                return Err(format!("bad subgraph id {id:?}"));
            }
            if let Some(label) = label {
                let inner = label
                    .strip_prefix("[\"")
                    .and_then(|l| l.strip_suffix("\"]"))
                    .ok_or_else(|| format!("bad subgraph label {label:?}"))?;
                mermaid_label(inner)?;
            }
            depth += 1;
            continue;
        }
        if line == "end" {
            depth = depth.checked_sub(1).ok_or("`end` without subgraph")?;
            continue;
        }
        if let Some(d) = line.strip_prefix("direction ") {
            if depth == 0 || !dirs.contains(&d) {
                return Err(format!("bad direction {line:?}"));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("linkStyle ") {
            let (list, style) = rest.split_once(' ').ok_or("linkStyle without style")?;
            if list.split(',').any(|n| n.parse::<usize>().is_err()) || style.is_empty() {
                return Err(format!("bad linkStyle {line:?}"));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("classDef ") {
            let (name, style) = rest.split_once(' ').ok_or("classDef without style")?;
            if !mermaid_id(name) || !style.ends_with(';') {
                return Err(format!("bad classDef {line:?}"));
            }
            classes.insert(name.to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("class ") {
            let rest = rest.strip_suffix(';').unwrap_or(rest);
            let (ids, name) = rest.split_once(' ').ok_or("class without name")?;
            for id in ids.split(',') {
                used_classes.push((id.to_string(), name.to_string()));
            }
            continue;
        }
        let split = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .ok_or_else(|| format!("bare word {line:?}"))?;
        let (id, rest) = line.split_at(split);
        if !mermaid_id(id) {
            return Err(format!("bad id in {line:?}"));
        }
        if rest.starts_with(['[', '{', '(', '>']) {
            // A node: ID SHAPE.
            let label = SHAPES
                .iter()
                .find_map(|(open, close)| rest.strip_prefix(open)?.strip_suffix(close))
                .ok_or_else(|| format!("bad node shape in {line:?}"))?;
            mermaid_label(label)?;
            if nodes.insert(id.to_string(), ()).is_some() {
                return Err(format!("node {id} defined twice"));
            }
            continue;
        }
        // An edge: ID ARROW|label| ID; `~~~` is an invisible link, which
        // only places nodes.
        let rest = rest.trim_start();
        if let Some(to) = rest.strip_prefix("~~~") {
            let to = to.trim();
            if !mermaid_id(to) || !nodes.contains_key(id) || !nodes.contains_key(to) {
                return Err(format!("bad invisible link {line:?}"));
            }
            continue;
        }
        let arrow = ["-.->", "-->", "==>", "---", "-.-"]
            .into_iter()
            .find(|a| rest.starts_with(a))
            .ok_or_else(|| format!("neither node nor edge: {line:?}"))?;
        let rest = rest[arrow.len()..].trim_start();
        let to = match rest.strip_prefix('|') {
            Some(r) => {
                let (label, to) = r.split_once('|').ok_or("unclosed edge label")?;
                if label.contains(['"', '|', '\n']) {
                    return Err(format!("bad edge label {label:?}"));
                }
                to.trim()
            }
            None => rest,
        };
        if !mermaid_id(to) {
            return Err(format!("bad edge {line:?}"));
        }
        edges.push((id.to_string(), to.to_string()));
    }
    if depth != 0 {
        return Err("unclosed subgraph".into());
    }
    for (from, to) in &edges {
        for end in [from, to] {
            if !nodes.contains_key(end) {
                return Err(format!("edge end {end} is not a node"));
            }
        }
    }
    for (id, name) in used_classes {
        if !nodes.contains_key(&id) || !classes.contains(&name) {
            return Err(format!("class {name} on {id}: unknown node or class"));
        }
    }
    Ok((nodes.len(), edges.len()))
}
