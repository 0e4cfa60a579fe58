//! The map as one self-contained HTML page: the essay with every sentence
//! marked by its role, the map drawn as SVG, and the lint findings beside
//! the sentences they concern.
//!
//! The page loads nothing: styles and a small script are inline, fonts are
//! the reader's own, and a Content-Security-Policy forbids every fetch and
//! every script but the page's own (pinned by its hash), so even a mistake
//! in escaping could not run an essay's script. All text is escaped for
//! HTML, and the page is also well-formed XML, which lets tests parse it.
//!
//! A role shows as a tinted background, a labelled badge and an underline
//! style of its own, so it never rests on colour alone. Each node of the map
//! links to its sentence and each sentence's badge back to its node; the
//! script only centres and highlights what a link leads to, and records
//! errors in the page (`data-argmap-errors`) for tests in a real browser.

use super::drawing;
use super::style;
use super::svg;
use super::xml::escape;
use crate::config::Level;
use crate::document::{BlockKind, Document};
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
use crate::lint::{FileReport, Finding};
use std::collections::HashMap;
use std::io::{self, Write};

/// One essay on the page.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The essay as parsed.
    pub doc: &'a Document,
    /// Its argument map.
    pub map: &'a DocumentMap,
    /// Its lint findings.
    pub report: &'a FileReport,
}

/// The page's script. It must not contain `<` or `&`, so that the page
/// stays well-formed XML, and [`SCRIPT_SHA256`] must be its hash.
pub const SCRIPT: &str = r#"(function () {
  "use strict";
  var root = document.documentElement;
  var problems = [];
  function report(text) {
    problems.push(String(text));
    root.setAttribute("data-argmap-errors", problems.join(" | "));
  }
  window.addEventListener("error", function (e) {
    report(e.message || "cannot load " + (e.target ? e.target.nodeName : "a resource"));
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    report(e.reason);
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    report("blocked " + e.blockedURI + " (" + e.violatedDirective + ")");
  });
  var lit = null;
  function show() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) {
      return;
    }
    if (lit) {
      lit.classList.remove("lit");
    }
    lit = target;
    target.classList.add("lit");
    target.scrollIntoView({ block: "center", inline: "center" });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".map-scroll"), function (box) {
    var thesis = box.querySelector(".k-thesis");
    if (thesis) {
      var t = thesis.getBoundingClientRect();
      var b = box.getBoundingClientRect();
      box.scrollLeft += t.left + t.width / 2 - b.left - b.width / 2;
    }
  });
  // What a reader sees of each map, for tests in a real browser: the
  // box's width and how many nodes lie outside it.
  Array.prototype.forEach.call(document.querySelectorAll(".map-scroll"), function (box) {
    var b = box.getBoundingClientRect();
    var outside = 0;
    Array.prototype.forEach.call(box.querySelectorAll("a.node"), function (node) {
      var r = node.getBoundingClientRect();
      if (b.left > r.left + 0.5 || r.right - 0.5 > b.right || b.top > r.top + 0.5 || r.bottom - 0.5 > b.bottom) {
        outside += 1;
      }
    });
    box.setAttribute("data-argmap-view", Math.round(b.width) + "x" + Math.round(b.height) + " outside=" + outside);
  });
  window.addEventListener("hashchange", show);
  show();
  root.setAttribute("data-argmap", "ready");
})();"#;

/// Base64 of the SHA-256 of [`SCRIPT`], for the Content-Security-Policy.
/// `tests/render.rs` checks it, and a browser refuses to run a script whose
/// hash is wrong.
pub const SCRIPT_SHA256: &str = "kuz7GVbO5ZkPzvv4AD0ZG1syuxtbSMy1rDiyw/Uq1cg=";

/// Styles that do not depend on the palette.
const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1a1a;background:#fff}
header.top,main,footer{max-width:80rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:1.2rem 0 .1rem}
.sources{color:#555;margin:0 0 .8rem;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 2.5rem;font-size:.85rem;border:1px solid #d0d0d0;border-radius:6px;padding:.5rem .9rem}
.legend ul{list-style:none;margin:0;padding:0}
.legend li{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}
.legend .what{color:#555}
.swatch{flex:none}
section.doc{margin:1.5rem 0 2.5rem}
h2{font-size:1.3rem;margin:0;overflow-wrap:anywhere}
.counts{color:#444;font-size:.9rem;margin:0 0 .8rem}
.map-figure{margin:0 0 1.5rem}
.map-scroll{overflow:auto;border:1px solid #d0d0d0;border-radius:6px}
svg.map{display:block;max-width:100%;height:auto}
.map-figure>label{font-size:.85rem;color:#444;margin-right:1rem}
.map-figure>input{margin:0 .3rem .4rem 0;vertical-align:-.1em}
.zoom-full:checked~.map-scroll{max-height:85vh}
.zoom-full:checked~.map-scroll svg.map{max-width:none}
svg.map text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;fill:#1a1a1a}
svg.map .kind{font-size:10.5px;font-weight:700;letter-spacing:.06em}
svg.map .line{font-size:12px}
svg.map .lane-title{font-size:13px;font-weight:700;fill:#444}
svg.map a.node:hover polygon,svg.map a.node:hover rect{stroke-width:3}
svg.map a.node:focus{outline:none}
svg.map a.node:focus-visible polygon,svg.map a.node:focus-visible rect,svg.map a.lit polygon,svg.map a.lit rect,svg.map a.node:target polygon,svg.map a.node:target rect{stroke:#000;stroke-width:4}
figcaption{font-size:.85rem;color:#555;margin-top:.3rem}
.essay{border-bottom:1px solid #e4e4e4}
.block{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:0 2rem;border-top:1px solid #e4e4e4;padding:.2rem 0}
.block .text{margin:.4rem 0;max-width:48rem}
.block.quote .text{border-left:3px solid #bbb;padding-left:.8rem}
.block .li::before{content:"\2022";margin-right:.6rem}
h3.text,h4.text,h5.text,h6.text{font-size:1.1rem}
.s{padding:.05em .15em;border-radius:3px;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.25em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.s.none{text-decoration-line:none;background:#eee}
.s.lit,.s:target{outline:3px solid #1a1a1a;outline-offset:1px}
.badge{display:inline-block;font-size:.66rem;font-weight:700;letter-spacing:.05em;text-transform:uppercase;line-height:1.35;padding:0 .35em;margin-right:.35em;border:1px solid;border-radius:3px;color:#1a1a1a;text-decoration:none;vertical-align:.12em}
.flag{display:inline-block;font-size:.72rem;font-weight:700;line-height:1.35;text-decoration:none;margin-left:.3em;padding:0 .3em;border:1px solid;border-radius:3px;background:#fff;vertical-align:.12em}
.error{border-color:#D55E00;color:#8F3F00}
.warning{border-color:#0072B2;color:#005A8C}
.info{border-color:#767676;color:#4d4d4d}
aside.findings ul{list-style:none;margin:.4rem 0;padding:0}
.finding{font-size:.85rem;line-height:1.45;border-width:0 0 0 4px;border-style:solid;padding:.25rem .6rem;margin:0 0 .4rem;background:#f7f7f7}
.finding .where{font-weight:700;text-decoration:none;color:inherit}
.finding .msg{color:#1a1a1a}
.finding .help{display:block;color:#555}
.finding.lit,.finding:target{outline:2px solid #1a1a1a}
footer{color:#666;font-size:.8rem;padding-bottom:2rem}
@media (max-width:60rem){.block{grid-template-columns:minmax(0,1fr)}}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt}
header.top,main,footer{max-width:none;padding:0}
.map-scroll{overflow:visible;max-height:none;border:none}
.map-figure>input,.map-figure>label{display:none}
svg.map,.zoom-full:checked~.map-scroll svg.map{width:100%;max-width:100%;height:auto}
figcaption{display:none}
.map-figure{break-inside:avoid}
.block{grid-template-columns:minmax(0,1fr) 14rem;break-inside:avoid}
section.doc+section.doc{break-before:page}
a{color:inherit}
}
"#;

/// The underline of each role, so that a role shows without colour too.
fn underline(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Thesis => "double",
        NodeKind::Claim => "solid",
        NodeKind::Evidence => "dotted",
        NodeKind::Recommendation => "dashed",
        NodeKind::Objection => "wavy",
    }
}

/// What each role is, for the legend.
fn meaning(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Thesis => "the essay's main claim",
        NodeKind::Claim => "carries the thesis or another claim",
        NodeKind::Evidence => "facts, figures, examples, sources",
        NodeKind::Recommendation => "a proposed action",
        NodeKind::Objection => "a position the author answers",
    }
}

/// The mark of a finding's level, read without colour.
fn level_mark(level: Level) -> &'static str {
    match level {
        Level::Error => "✖",
        Level::Warning => "▲",
        _ => "●",
    }
}

/// The prefix that keeps element ids unique when the page holds several
/// essays. Node ids never contain a dot.
fn prefix(d: usize) -> String {
    if d == 0 {
        String::new()
    } else {
        format!("{d}.")
    }
}

/// Write the page.
pub fn write(out: &mut dyn Write, pages: &[Page]) -> io::Result<()> {
    let paths: Vec<&str> = pages.iter().map(|p| p.doc.path.as_str()).collect();
    let title = if paths.is_empty() {
        "Argument map".to_string()
    } else {
        format!("Argument map of {}", paths.join(", "))
    };
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(
        out,
        r#"<html xmlns="http://www.w3.org/1999/xhtml" lang="en">"#
    )?;
    writeln!(out, "<head>")?;
    writeln!(out, r#"<meta charset="utf-8"/>"#)?;
    writeln!(
        out,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#
    )?;
    writeln!(
        out,
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{SCRIPT_SHA256}'; img-src 'none'; base-uri 'none'; form-action 'none'"/>"#
    )?;
    writeln!(
        out,
        r#"<meta name="generator" content="argmap {}"/>"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "<title>{}</title>", escape(&title))?;
    writeln!(out, "<style>{CSS}{}</style>", kind_css())?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, r#"<header class="top">"#)?;
    writeln!(out, "<h1>Argument map</h1>")?;
    writeln!(
        out,
        r#"<p class="sources">{}</p>"#,
        escape(&paths.join(", "))
    )?;
    write_legend(out)?;
    writeln!(out, "</header>")?;
    writeln!(out, "<main>")?;
    for (d, page) in pages.iter().enumerate() {
        write_document(out, d, page)?;
    }
    writeln!(out, "</main>")?;
    writeln!(
        out,
        "<footer>Made by argmap {}. This page is self-contained: it loads nothing from the network.</footer>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "<script>{SCRIPT}</script>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// The palette's rules, one set per role.
fn kind_css() -> String {
    let mut css = String::new();
    for kind in NodeKind::ALL {
        let fill = style::fill(kind);
        let line = style::shade(fill, 0.7);
        css.push_str(&format!(
            ".s.k-{k}{{background:{};text-decoration-color:{line};text-decoration-style:{}}}\n.badge.k-{k}{{background:{fill};border-color:{line}}}\n",
            style::tint(fill, 0.3),
            underline(kind),
            k = kind.name(),
        ));
    }
    css
}

fn write_legend(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        r#"<div class="legend" role="note" aria-label="Legend">"#
    )?;
    writeln!(out, r#"<ul class="kinds">"#)?;
    for kind in NodeKind::ALL {
        let shape = svg::outline(
            style::shape(kind),
            drawing::Rect {
                x: 1.5,
                y: 1.5,
                width: 41.0,
                height: 23.0,
            },
            &svg::node_fill(kind),
            &svg::node_stroke(kind),
        );
        writeln!(
            out,
            r#"<li><svg xmlns="http://www.w3.org/2000/svg" class="swatch" width="44" height="26" viewBox="0 0 44 26" aria-hidden="true">{shape}</svg><span class="s k-{k}"><span class="badge k-{k}">{k}</span>{u} underline</span> <span class="what">{}</span></li>"#,
            meaning(kind),
            k = kind.name(),
            u = underline(kind),
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, r#"<ul class="edges">"#)?;
    for kind in EdgeKind::ALL {
        let colour = style::edge_colour(kind);
        let (dash, head) = match kind {
            EdgeKind::Supports => (
                "",
                format!(r#"<path d="M34,4 L42,8 L34,12 z" fill="{colour}"/>"#),
            ),
            EdgeKind::Attacks => (
                r#" stroke-dasharray="5 3""#,
                format!(r#"<path d="M41,2 L41,14" stroke="{colour}" stroke-width="2.5"/>"#),
            ),
            EdgeKind::Restates => (r#" stroke-dasharray="2 3""#, String::new()),
        };
        let what = match kind {
            EdgeKind::Supports => "solid arrow: a reason to accept what it points to",
            EdgeKind::Attacks => "dashed, ending in a bar: a reason to reject it",
            EdgeKind::Restates => "dotted, no head: the thesis stated again",
        };
        writeln!(
            out,
            r#"<li><svg xmlns="http://www.w3.org/2000/svg" class="swatch" width="44" height="16" viewBox="0 0 44 16" aria-hidden="true"><path d="M2,8 L36,8" stroke="{colour}" stroke-width="2"{dash}/>{head}</svg>{} <span class="what">{what}</span></li>"#,
            kind.name()
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, r#"<ul class="levels">"#)?;
    for (level, what) in [
        (Level::Error, "fails `argmap lint`"),
        (Level::Warning, "worth a look"),
        (Level::Info, "for information"),
    ] {
        writeln!(
            out,
            r#"<li><span class="flag {n}">{} {n}</span> <span class="what">{}</span></li>"#,
            level_mark(level),
            escape(what),
            n = level.name(),
        )?;
    }
    writeln!(out, "</ul>")?;
    writeln!(out, "</div>")
}

/// Where on the page a finding belongs.
#[derive(Debug, Clone, Copy)]
struct Place {
    sentence: Option<usize>,
    block: Option<usize>,
}

/// The sentence a finding is about (its node's, or the one its span starts
/// in), and the block to show it beside (the sentence's, else the block
/// that holds or follows its span: a stray comment's finding sits by the
/// next paragraph).
///
/// `ids` maps node ids to nodes; sentences and blocks are in reading order
/// and found by bisection, so a page of 100 000 findings stays linear.
fn locate(doc: &Document, map: &DocumentMap, ids: &HashMap<&str, usize>, f: &Finding) -> Place {
    let by_node = f
        .node
        .as_deref()
        .and_then(|id| ids.get(id))
        .map(|&i| map.nodes()[i].sentence);
    let sentence = by_node.or_else(|| {
        let s = doc
            .sentences
            .partition_point(|s| s.span.end <= f.span.start);
        doc.sentences
            .get(s)
            .is_some_and(|s| s.span.start <= f.span.start)
            .then_some(s)
    });
    let block = match sentence {
        Some(s) => Some(doc.sentences[s].block),
        None => Some(doc.blocks.partition_point(|b| b.span.end <= f.span.start))
            .filter(|&b| b < doc.blocks.len())
            .or(doc.blocks.len().checked_sub(1)),
    };
    Place { sentence, block }
}

/// One document being written: its ids and where each finding goes.
struct Sheet<'a> {
    /// Prefix of the document's element ids.
    p: String,
    d: usize,
    map: &'a DocumentMap,
    report: &'a FileReport,
    /// The node of each sentence, if it has one.
    node_of: Vec<Option<usize>>,
    /// For each sentence, its further nodes (a sentence split into clauses).
    clause_nodes: Vec<Vec<usize>>,
    places: Vec<Place>,
    /// Findings by the sentence they flag, and by the block they sit beside.
    by_sentence: Vec<Vec<usize>>,
    by_block: Vec<Vec<usize>>,
    /// Findings with no block to sit beside (the essay has no text).
    loose: Vec<usize>,
}

impl<'a> Sheet<'a> {
    fn new(d: usize, page: &Page<'a>) -> Sheet<'a> {
        let (doc, map, report) = (page.doc, page.map, page.report);
        // A sentence split into clauses has a node for each: the first marks
        // the sentence, each other one gets an anchor of its own inside it.
        let mut node_of = vec![None; doc.sentences.len()];
        let mut clause_nodes: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
        for (i, node) in map.nodes().iter().enumerate() {
            match node_of.get_mut(node.sentence) {
                Some(slot @ None) => *slot = Some(i),
                Some(Some(_)) => clause_nodes[node.sentence].push(i),
                None => {}
            }
        }
        let ids: HashMap<&str, usize> = map
            .nodes()
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let places: Vec<Place> = report
            .findings
            .iter()
            .map(|f| locate(doc, map, &ids, f))
            .collect();
        let mut by_sentence = vec![Vec::new(); doc.sentences.len()];
        let mut by_block = vec![Vec::new(); doc.blocks.len()];
        let mut loose = Vec::new();
        for (k, place) in places.iter().enumerate() {
            if let Some(s) = place.sentence {
                by_sentence[s].push(k);
            }
            match place.block {
                Some(b) => by_block[b].push(k),
                None => loose.push(k),
            }
        }
        Sheet {
            p: prefix(d),
            d,
            map,
            report,
            node_of,
            clause_nodes,
            places,
            by_sentence,
            by_block,
            loose,
        }
    }

    /// The element id of a sentence: its node's anchor, or its number.
    fn sentence_id(&self, s: usize) -> String {
        match self.node_of[s] {
            Some(n) => svg::sentence_anchor(&self.p, &self.map.nodes()[n].id),
            None => format!("x-{}{s}", self.p),
        }
    }
}

fn write_document(out: &mut dyn Write, d: usize, page: &Page) -> io::Result<()> {
    let (doc, map, report) = (page.doc, page.map, page.report);
    let sheet = Sheet::new(d, page);
    writeln!(
        out,
        r#"<section class="doc" id="doc-{d}" aria-labelledby="doc-{d}-title">"#
    )?;
    writeln!(out, r#"<h2 id="doc-{d}-title">{}</h2>"#, escape(&doc.path))?;
    writeln!(
        out,
        r#"<p class="counts">{}</p>"#,
        escape(&counts(map, report))
    )?;
    writeln!(out, r#"<figure class="map-figure">"#)?;
    // Zoom without script: the map fits the column unless the reader asks
    // for its full size, which the box then scrolls (pans) through.
    writeln!(
        out,
        r#"<input type="radio" class="zoom-fit" name="zoom-{d}" id="zoom-{d}-fit" checked="checked"/><label for="zoom-{d}-fit">Fit the page</label><input type="radio" class="zoom-full" name="zoom-{d}" id="zoom-{d}-full"/><label for="zoom-{d}-full">Full size (scroll to pan)</label>"#
    )?;
    writeln!(out, r#"<div class="map-scroll">"#)?;
    let drawing = drawing::layout(map);
    svg::write(
        out,
        map,
        &drawing,
        &sheet.p,
        &format!("Argument map of {}", doc.path),
    )?;
    writeln!(out, "</div>")?;
    writeln!(
        out,
        "<figcaption>Select a node to read its sentence; select a sentence's label to come back to the map.</figcaption>"
    )?;
    writeln!(out, "</figure>")?;
    writeln!(out, r#"<div class="essay">"#)?;
    if !sheet.loose.is_empty() {
        writeln!(out, r#"<div class="block">"#)?;
        writeln!(out, r#"<p class="text">(The essay has no text.)</p>"#)?;
        write_findings(out, &sheet, &sheet.loose)?;
        writeln!(out, "</div>")?;
    }
    for (b, block) in doc.blocks.iter().enumerate() {
        let (tag, class) = match block.kind {
            BlockKind::Heading(level) => (format!("h{}", (level + 2).min(6)), "text"),
            BlockKind::Paragraph => ("p".to_string(), "text"),
            BlockKind::ListItem => ("p".to_string(), "text li"),
        };
        let quote = if block.quote_depth > 0 { " quote" } else { "" };
        writeln!(out, r#"<div class="block{quote}" id="b-{}{b}">"#, sheet.p)?;
        write!(out, r#"<{tag} class="{class}">"#)?;
        for (k, s) in block.sentences.clone().enumerate() {
            if k > 0 {
                write!(out, " ")?;
            }
            // The source text, not the rendered one: inline HTML in an
            // essay shows as the text it is.
            let text = doc.sentence_text(s).split_whitespace().collect::<Vec<_>>();
            write_sentence(out, &sheet, s, &text.join(" "))?;
        }
        writeln!(out, "</{tag}>")?;
        write_findings(out, &sheet, &sheet.by_block[b])?;
        writeln!(out, "</div>")?;
    }
    writeln!(out, "</div>")?;
    writeln!(out, "</section>")
}

/// The counts line under a document's title.
fn counts(map: &DocumentMap, report: &FileReport) -> String {
    let kinds: Vec<String> = NodeKind::ALL
        .iter()
        .map(|&k| format!("{} {}", map.count(k), k.name()))
        .collect();
    let c = report.completeness;
    let levels: Vec<String> = [Level::Error, Level::Warning, Level::Info]
        .iter()
        .filter(|&&l| report.count(l) > 0)
        .map(|&l| format!("{} {}", report.count(l), l.name()))
        .collect();
    format!(
        "{} nodes ({}) · {} supports, {} attacks · {}/{} claims have evidence, {}/{} recommendations justified · {}",
        map.nodes().len(),
        kinds.join(", "),
        map.count_edges(EdgeKind::Supports),
        map.count_edges(EdgeKind::Attacks),
        c.claims_with_evidence,
        c.claims,
        c.recommendations_justified,
        c.recommendations,
        if levels.is_empty() {
            "no findings".to_string()
        } else {
            format!("findings: {}", levels.join(", "))
        }
    )
}

fn write_sentence(out: &mut dyn Write, sheet: &Sheet, s: usize, text: &str) -> io::Result<()> {
    let (p, map) = (&sheet.p, sheet.map);
    let flags = &sheet.by_sentence[s];
    let id = sheet.sentence_id(s);
    match sheet.node_of[s] {
        Some(n) => {
            let node = &map.nodes()[n];
            let mut clauses = String::new();
            for &c in &sheet.clause_nodes[s] {
                let clause = &map.nodes()[c];
                clauses.push_str(&format!(
                    r#"<a class="badge k-{kind}" id="{}" href="{}" title="{kind} {}: show in the map">{kind}</a>"#,
                    escape(&svg::sentence_anchor(p, &clause.id)),
                    escape(&format!("#{}", svg::node_anchor(p, &clause.id))),
                    escape(&clause.id),
                    kind = clause.kind.name(),
                ));
            }
            write!(
                out,
                r#"<span class="s k-{kind}" id="{}"><a class="badge k-{kind}" href="{}" title="{kind} {}: show in the map">{kind}</a>{clauses}{}</span>"#,
                escape(&id),
                escape(&format!("#{}", svg::node_anchor(p, &node.id))),
                escape(&node.id),
                escape(text),
                kind = node.kind.name(),
            )?;
        }
        None if !flags.is_empty() => {
            write!(
                out,
                r#"<span class="s none" id="{}">{}</span>"#,
                escape(&id),
                escape(text)
            )?;
        }
        None => write!(out, "{}", escape(text))?,
    }
    for &k in flags {
        let f = &sheet.report.findings[k];
        write!(
            out,
            r##"<a class="flag {level}" href="#f-{p}{k}" title="{}">{} {}</a>"##,
            escape(&f.message),
            level_mark(f.level),
            f.code,
            level = f.level.name(),
        )?;
    }
    Ok(())
}

fn write_findings(out: &mut dyn Write, sheet: &Sheet, which: &[usize]) -> io::Result<()> {
    let p = &sheet.p;
    write!(out, r#"<aside class="findings">"#)?;
    if !which.is_empty() {
        writeln!(out, "<ul>")?;
        for &k in which {
            let f = &sheet.report.findings[k];
            let target = match (sheet.places[k].sentence, sheet.places[k].block) {
                (Some(s), _) => format!("#{}", sheet.sentence_id(s)),
                (None, Some(b)) => format!("#b-{p}{b}"),
                (None, None) => format!("#doc-{}", sheet.d),
            };
            write!(
                out,
                r#"<li class="finding {level}" id="f-{p}{k}"><a class="where" href="{}">{} {level}[{}] {}</a> <span class="msg">{}</span>"#,
                escape(&target),
                level_mark(f.level),
                f.code,
                f.name,
                escape(&f.message),
                level = f.level.name(),
            )?;
            if let Some(help) = &f.help {
                write!(out, r#"<span class="help">{}</span>"#, escape(help))?;
            }
            writeln!(out, "</li>")?;
        }
        write!(out, "</ul>")?;
    }
    writeln!(out, "</aside>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceFormat;
    use crate::lint::Linter;

    fn render(text: &str) -> String {
        let doc = Document::parse("e.md", text, SourceFormat::Markdown);
        let built = crate::extract::build(&doc, crate::extract::Options::default());
        let report = Linter::default().lint_with_issues(&doc, &built.map, &built.issues);
        let mut out = Vec::new();
        let page = Page {
            doc: &doc,
            map: &built.map,
            report: &report,
        };
        write(&mut out, &[page]).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn well_formed(html: &str) {
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        roxmltree::Document::parse_with_options(html, options).expect("well-formed");
    }

    #[test]
    fn a_finding_with_no_text_to_sit_by_still_shows() {
        let html = render("<!-- argmap-disable-file AM007 -->\n");
        well_formed(&html);
        assert!(
            html.contains(r##"id="f-0"><a class="where" href="#doc-0""##),
            "{html}"
        );
    }

    #[test]
    fn findings_flag_their_sentence() {
        let html = render("Cities must plant trees.\n\nParents should pack fruit.\n");
        well_formed(&html);
        assert!(
            html.contains(r##"class="flag error" href="#f-0""##),
            "{html}"
        );
        assert!(html.contains(r#"<li class="finding error" id="f-0">"#));
    }

    #[test]
    fn the_script_is_safe_inside_xml() {
        assert!(!SCRIPT.contains('<') && !SCRIPT.contains('&'));
        assert_eq!(SCRIPT_SHA256.len(), 44, "base64 of 32 bytes");
    }
}
