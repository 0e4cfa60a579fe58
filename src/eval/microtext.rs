//! arg-microtexts gold: arggraph XML (`micro_X.xml`) beside its text
//! (`micro_X.txt`).
//!
//! `<edu id>` holds a text segment, `<adu id type="pro|opp">` an
//! argumentative unit, `<joint id>` a group of EDUs. `seg` edges map EDUs
//! (directly or through a joint) to ADUs; an ADU keeps each of its segments
//! as one range (a joint spans its EDUs), so an ADU made of an opening EDU
//! and a restatement at the end is two ranges, not the text between them.
//! EDUs are found in the text by sequential search that ignores whitespace.
//! An EDU marked `implicit="true"` was added by the annotators and stands
//! upper-case in the text: it is no unit (nor are relations to it), it is
//! located (its upper-case copy first) so that argmap maps the text without
//! it ([`super::GoldText::written_text`]), and a text
//! whose central claim is implicit has none to find. Argumentative edges become relations: `sup` and `exa`
//! support, `reb` attacks its target, `und` (which targets an edge) attacks
//! the source ADU of that edge, and `add` (an extra premise joined to an
//! edge) attaches where that edge attaches, with its type. The central claim
//! is the ADU with no outgoing argumentative edge and is the thesis; other
//! opponent ADUs are objections and other proponent ADUs evidence (premises).

use super::{line_at, GoldRelation, GoldUnit, Parsed, Problem, Skipped};
use crate::graph::{EdgeKind, NodeKind};
use std::collections::HashMap;
use std::ops::Range;

/// One argumentative edge as written.
struct RawEdge<'a> {
    src: &'a str,
    trg: &'a str,
    kind: &'a str,
    line: usize,
}

/// Parse `xml`, the graph of `text`.
pub fn parse(xml: &str, text: &str) -> Result<Parsed, Problem> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| {
        let line = e.pos().row as usize;
        Problem::at(line, format!("invalid XML: {e}"))
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "arggraph" {
        return Err(Problem::at(
            line_at(xml, root.range().start),
            format!("expected <arggraph>, found <{}>", root.tag_name().name()),
        ));
    }
    let graph = Graph::read(root, xml, text)?;
    let segments = graph.segments()?;
    let mut adus = graph.adus(&segments)?;
    let (relations, has_outgoing) = graph.relations(&adus.index)?;
    let central = graph.classify(&mut adus.units, &has_outgoing);
    let skipped = Skipped {
        implicit_spans: graph.implicit_spans,
        ..Skipped::default()
    };
    Ok(drop_implicit(adus, relations, &central, skipped))
}

/// The elements of an arggraph, as written, with the EDUs located in the text.
struct Graph<'a> {
    /// Each EDU's range in the text; `None` for an implicit one.
    edus: HashMap<&'a str, Option<Range<usize>>>,
    /// Where the implicit EDUs stand in the text (found ignoring case).
    implicit_spans: Vec<Range<usize>>,
    /// The ADUs in order: id, type (`pro` or `opp`) and line.
    adus: Vec<(&'a str, &'a str, usize)>,
    /// The ids of the joints.
    joints: Vec<&'a str>,
    /// The edges by id.
    edges: HashMap<&'a str, RawEdge<'a>>,
    /// The edge ids in document order.
    edge_order: Vec<&'a str>,
}

/// The segments of each ADU by its id, one range each (`None` for an implicit EDU).
type Segments<'a> = HashMap<&'a str, Vec<Option<Range<usize>>>>;

/// The ADUs as units, before the implicit ones are dropped.
struct Adus<'a> {
    /// One unit per ADU, in document order.
    units: Vec<GoldUnit>,
    /// True for an ADU with no explicit EDU.
    implicit: Vec<bool>,
    /// The unit of each ADU id.
    index: HashMap<&'a str, usize>,
}

/// The value of attribute `name`, or a problem naming the element.
fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str, xml: &str) -> Result<&'a str, Problem> {
    node.attribute(name).ok_or_else(|| {
        Problem::at(
            line_at(xml, node.range().start),
            format!("<{}> without {name}", node.tag_name().name()),
        )
    })
}

impl<'a> Graph<'a> {
    /// Read the elements under `root`, locating each EDU in `text` after
    /// the one before it.
    fn read(root: roxmltree::Node<'a, '_>, xml: &str, text: &str) -> Result<Graph<'a>, Problem> {
        let line_of = |node: roxmltree::Node<'_, '_>| line_at(xml, node.range().start);
        let attr = |node, name| attr(node, name, xml);
        let mut graph = Graph {
            edus: HashMap::new(),
            implicit_spans: Vec::new(),
            adus: Vec::new(),
            joints: Vec::new(),
            edges: HashMap::new(),
            edge_order: Vec::new(),
        };
        let mut cursor = 0;
        for node in root.children().filter(|n| n.is_element()) {
            match node.tag_name().name() {
                "edu" => {
                    let id = attr(node, "id")?;
                    let segment = node.text().unwrap_or("");
                    if node.attribute("implicit") == Some("true") {
                        if let Some(found) = locate_ignoring_case(text, segment) {
                            graph.implicit_spans.push(found);
                        }
                        graph.edus.insert(id, None);
                        continue;
                    }
                    let found = locate(text, segment, cursor)
                        .or_else(|| locate(text, segment, 0))
                        .ok_or_else(|| {
                            Problem::at(line_of(node), format!("EDU {id} not found in the text"))
                        })?;
                    cursor = found.end;
                    graph.edus.insert(id, Some(found));
                }
                "joint" => graph.joints.push(attr(node, "id")?),
                "adu" => {
                    let id = attr(node, "id")?;
                    let kind = attr(node, "type")?;
                    if kind != "pro" && kind != "opp" {
                        return Err(Problem::at(
                            line_of(node),
                            format!("ADU {id}: type must be pro or opp, not {kind:?}"),
                        ));
                    }
                    graph.adus.push((id, kind, line_of(node)));
                }
                "edge" => {
                    let id = attr(node, "id")?;
                    let edge = RawEdge {
                        src: attr(node, "src")?,
                        trg: attr(node, "trg")?,
                        kind: attr(node, "type")?,
                        line: line_of(node),
                    };
                    if !matches!(edge.kind, "seg" | "sup" | "exa" | "add" | "reb" | "und") {
                        return Err(Problem::at(
                            edge.line,
                            format!("edge {id}: unknown type {:?}", edge.kind),
                        ));
                    }
                    graph.edges.insert(id, edge);
                    graph.edge_order.push(id);
                }
                _ => {}
            }
        }
        Ok(graph)
    }

    /// The segments of each ADU, one range each (`None` for an implicit
    /// EDU): joints span their explicit EDUs.
    fn segments(&self) -> Result<Segments<'a>, Problem> {
        let mut joint_spans: HashMap<&str, Option<Range<usize>>> = HashMap::new();
        let mut parts = Segments::new();
        for pass in 0..2 {
            // Pass 0 fills joints from EDUs, pass 1 ADUs from EDUs and joints.
            for id in &self.edge_order {
                let e = &self.edges[id];
                if e.kind != "seg" || (pass == 0) != self.joints.contains(&e.trg) {
                    continue;
                }
                let Some(part) = self
                    .edus
                    .get(e.src)
                    .or_else(|| joint_spans.get(e.src))
                    .cloned()
                else {
                    return Err(Problem::at(
                        e.line,
                        format!("edge {id}: segment {} is no EDU or joint", e.src),
                    ));
                };
                if pass == 0 {
                    let joined = match (joint_spans.get(e.trg).cloned().flatten(), part) {
                        (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
                        (a, b) => a.or(b),
                    };
                    joint_spans.insert(e.trg, joined);
                } else {
                    parts.entry(e.trg).or_default().push(part);
                }
            }
        }
        Ok(parts)
    }

    /// Every ADU as a unit, implicit or not: all take part in the structure
    /// (which ADU is central); implicit ones are dropped after.
    fn adus(&self, segments: &Segments<'a>) -> Result<Adus<'a>, Problem> {
        let mut adus = Adus {
            units: Vec::with_capacity(self.adus.len()),
            implicit: Vec::with_capacity(self.adus.len()),
            index: HashMap::new(),
        };
        for &(id, _, line) in &self.adus {
            let segments = segments
                .get(id)
                .ok_or_else(|| Problem::at(line, format!("ADU {id} has no segment")))?;
            let mut spans: Vec<Range<usize>> = segments.iter().flatten().cloned().collect();
            spans.sort_by_key(|s| (s.start, s.end));
            spans.dedup();
            adus.implicit.push(spans.is_empty());
            adus.index.insert(id, adus.units.len());
            adus.units.push(GoldUnit {
                id: id.to_string(),
                class: NodeKind::Evidence,
                cues: Vec::new(),
                spans,
            });
        }
        Ok(adus)
    }

    /// The argumentative edges as relations (where each attaches, and how),
    /// and which ADUs have an outgoing one.
    fn relations(
        &self,
        index: &HashMap<&str, usize>,
    ) -> Result<(Vec<GoldRelation>, Vec<bool>), Problem> {
        let mut has_outgoing = vec![false; self.adus.len()];
        let mut relations: Vec<GoldRelation> = Vec::new();
        for id in &self.edge_order {
            let e = &self.edges[id];
            if e.kind == "seg" {
                continue;
            }
            let from = *index.get(e.src).ok_or_else(|| {
                Problem::at(e.line, format!("edge {id}: source {} is no ADU", e.src))
            })?;
            has_outgoing[from] = true;
            let (to, kind) = resolve(&self.edges, index, id, 0).ok_or_else(|| {
                Problem::at(
                    e.line,
                    format!("edge {id}: target {} leads to no ADU", e.trg),
                )
            })?;
            relations.push(GoldRelation {
                from,
                to: vec![to],
                kind,
            });
        }
        Ok((relations, has_outgoing))
    }

    /// Give each unit its class: the ADUs with no outgoing edge are central
    /// (the thesis), other opponent ADUs objections, the rest evidence.
    /// Returns the central ones.
    fn classify(&self, units: &mut [GoldUnit], has_outgoing: &[bool]) -> Vec<usize> {
        let mut central = Vec::new();
        for (u, &(_, kind, _)) in self.adus.iter().enumerate() {
            units[u].class = if !has_outgoing[u] {
                central.push(u);
                NodeKind::Thesis
            } else if kind == "opp" {
                NodeKind::Objection
            } else {
                NodeKind::Evidence
            };
        }
        central
    }
}

/// The gold without the implicit ADUs (the rest renumbered) and the
/// relations that touch them, counting what was dropped in `skipped`.
fn drop_implicit(
    adus: Adus<'_>,
    relations: Vec<GoldRelation>,
    central: &[usize],
    mut skipped: Skipped,
) -> Parsed {
    let mut parsed = Parsed::default();
    let mut new_index: Vec<Option<usize>> = Vec::with_capacity(adus.units.len());
    for (u, unit) in adus.units.into_iter().enumerate() {
        if adus.implicit[u] {
            skipped.implicit_units += 1;
            new_index.push(None);
        } else {
            new_index.push(Some(parsed.units.len()));
            parsed.units.push(unit);
        }
    }
    for r in relations {
        match (new_index[r.from], new_index[r.to[0]]) {
            (Some(from), Some(to)) => parsed.relations.push(GoldRelation {
                from,
                to: vec![to],
                kind: r.kind,
            }),
            _ => skipped.implicit_relations += 1,
        }
    }
    parsed.central = central.iter().filter_map(|&u| new_index[u]).collect();
    skipped.implicit_central = parsed.central.is_empty() && !central.is_empty();
    parsed.skipped = skipped;
    parsed
}

/// The ADU an argumentative edge attaches to, and its type.
fn resolve(
    edges: &HashMap<&str, RawEdge<'_>>,
    adus: &HashMap<&str, usize>,
    edge: &str,
    depth: usize,
) -> Option<(usize, EdgeKind)> {
    let e = edges.get(edge)?;
    if depth > edges.len() {
        return None; // A cycle of edges.
    }
    let kind = match e.kind {
        "sup" | "exa" | "add" => EdgeKind::Supports,
        _ => EdgeKind::Attacks,
    };
    if let Some(&adu) = adus.get(e.trg) {
        return Some((adu, kind));
    }
    let target = edges.get(e.trg)?;
    match e.kind {
        // An extra premise joins the targeted edge: same target, same type.
        "add" => resolve(edges, adus, e.trg, depth + 1),
        // An undercut (or an attack on an edge) bears on the edge's premise.
        _ => adus.get(target.src).map(|&a| (a, kind)),
    }
}

/// The byte range of `segment` in `text`, ignoring whitespace and case (an
/// implicit EDU is written upper-case into the text).
pub fn locate_ignoring_case(text: &str, segment: &str) -> Option<Range<usize>> {
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    // The upper-case copy first: the author may have written the same words
    // in a sentence of their own, which must stay.
    locate_by(text, segment, 0, |a, b| same(a, b) && !a.is_lowercase())
        .or_else(|| locate_by(text, segment, 0, same))
}

/// The byte range of `segment` in `text` at or after `from`, matching
/// non-whitespace characters exactly and whitespace loosely.
pub fn locate(text: &str, segment: &str, from: usize) -> Option<Range<usize>> {
    locate_by(text, segment, from, |a, b| a == b)
}

/// [`locate`] with `same` deciding when two characters match.
fn locate_by(
    text: &str,
    segment: &str,
    from: usize,
    same: impl Fn(char, char) -> bool,
) -> Option<Range<usize>> {
    let wanted: Vec<char> = segment.chars().filter(|c| !c.is_whitespace()).collect();
    let first = *wanted.first()?;
    let from = (from..=text.len()).find(|&i| text.is_char_boundary(i))?;
    for (start, c) in text[from..].char_indices() {
        if !same(c, first) {
            continue;
        }
        let start = from + start;
        let mut need = wanted.iter();
        let mut next = need.next();
        let mut end = start;
        for (i, c) in text[start..].char_indices() {
            let Some(&w) = next else { break };
            if c.is_whitespace() {
                continue;
            }
            if !same(c, w) {
                break;
            }
            end = start + i + c.len_utf8();
            next = need.next();
        }
        if next.is_none() {
            return Some(start..end);
        }
    }
    None
}

#[cfg(test)]
// A unit's spans, or the implicit spans: one range is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_found_despite_whitespace() {
        let text = "One  two.\nThree four. One two.";
        assert_eq!(locate(text, "One two.", 0), Some(0..9));
        assert_eq!(locate(text, "One two.", 5), Some(22..30));
        assert_eq!(locate(text, "Three\tfour.", 0), Some(10..21));
        assert_eq!(locate(text, "Five.", 0), None);
        assert_eq!(locate(text, "", 0), None);
        assert_eq!(locate("Ünï cöde.", "cöde.", 1), Some(6..12));
    }

    const XML: &str = r#"<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="t">
  <edu id="e1"><![CDATA[Bikes are slow,]]></edu>
  <edu id="e2"><![CDATA[but in town they beat cars.]]></edu>
  <edu id="e3"><![CDATA[Traffic jams stop cars.]]></edu>
  <edu id="e4"><![CDATA[Cities should build bike lanes.]]></edu>
  <adu id="a1" type="opp"/>
  <adu id="a2" type="pro"/>
  <adu id="a3" type="pro"/>
  <adu id="a4" type="pro"/>
  <edge id="c5" src="e1" trg="a1" type="seg"/>
  <edge id="c6" src="e2" trg="a2" type="seg"/>
  <edge id="c7" src="e3" trg="a3" type="seg"/>
  <edge id="c8" src="e4" trg="a4" type="seg"/>
  <edge id="c1" src="a1" trg="a4" type="reb"/>
  <edge id="c2" src="a2" trg="c1" type="und"/>
  <edge id="c3" src="a3" trg="c2" type="add"/>
</arggraph>
"#;

    #[test]
    fn undercut_and_added_premise_attach_to_adus() {
        let text = "Bikes are slow, but in town they beat cars. Traffic jams stop cars. Cities should build bike lanes.";
        let p = parse(XML, text).unwrap();
        let classes: Vec<NodeKind> = p.units.iter().map(|u| u.class).collect();
        use NodeKind::*;
        assert_eq!(classes, vec![Objection, Evidence, Evidence, Thesis]);
        assert_eq!(p.central, vec![3]);
        assert_eq!(&text[p.units[1].hull()], "but in town they beat cars.");
        let rel: Vec<(usize, usize, EdgeKind)> = p
            .relations
            .iter()
            .map(|r| (r.from, r.to[0], r.kind))
            .collect();
        assert_eq!(
            rel,
            vec![
                (0, 3, EdgeKind::Attacks),
                (1, 0, EdgeKind::Attacks),
                (2, 0, EdgeKind::Attacks)
            ]
        );
    }

    #[test]
    fn joints_span_their_edus() {
        let xml = r#"<arggraph id="t"><edu id="e1">A b.</edu><edu id="e2">C d.</edu>
<joint id="j1"/><adu id="a1" type="pro"/>
<edge id="c1" src="e1" trg="j1" type="seg"/><edge id="c2" src="e2" trg="j1" type="seg"/>
<edge id="c3" src="j1" trg="a1" type="seg"/></arggraph>"#;
        let p = parse(xml, "A b. C d.").unwrap();
        assert_eq!(p.units[0].spans, [0..9]);
        assert_eq!(p.central, vec![0]);
    }

    /// Three EDUs, the last implicit and written in capitals at the end.
    const IMPLICIT_XML: &str = r#"<arggraph id="t">
<edu id="e1">Rhinos die for their horns.</edu>
<edu id="e2">Guards are cheaper than surgery.</edu>
<edu id="e3" implicit="true">Horns should not be removed.</edu>
<adu id="a1" type="pro"/><adu id="a2" type="pro"/><adu id="a3" type="pro"/>
<edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/>
<edge id="c3" src="e3" trg="a3" type="seg"/>
<edge id="c4" src="a1" trg="a2" type="sup"/><edge id="c5" src="a2" trg="a3" type="sup"/>
</arggraph>"#;

    /// The text of [`IMPLICIT_XML`].
    const IMPLICIT_TEXT: &str =
        "Rhinos die for their horns. Guards are cheaper than surgery. HORNS SHOULD NOT BE REMOVED.";

    #[test]
    fn implicit_units_are_skipped_and_located_ignoring_case() {
        let (xml, text) = (IMPLICIT_XML, IMPLICIT_TEXT);
        let p = parse(xml, text).unwrap();
        let ids: Vec<&str> = p.units.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["a1", "a2"]);
        assert_eq!(p.relations.len(), 1);
        assert!(p.central.is_empty());
        assert_eq!(
            p.skipped,
            Skipped {
                implicit_units: 1,
                implicit_relations: 1,
                implicit_central: true,
                implicit_spans: Vec::from([61..89]),
            }
        );
        assert_eq!(&text[61..89], "HORNS SHOULD NOT BE REMOVED.");
    }

    #[test]
    fn an_implicit_unit_is_found_in_capitals_before_the_authors_own_words() {
        let text = "Horns should not be removed. Guards help. HORNS SHOULD NOT BE REMOVED.";
        assert_eq!(
            locate_ignoring_case(text, "Horns should not be removed."),
            Some(42..70)
        );
        // With no copy in capitals, case is ignored.
        assert_eq!(
            locate_ignoring_case("We agree. horns should go.", "Horns should go."),
            Some(10..26)
        );
    }

    #[test]
    fn the_written_text_blanks_an_implicit_unit_and_keeps_every_offset() {
        let (xml, text) = (IMPLICIT_XML, IMPLICIT_TEXT);
        let p = parse(xml, text).unwrap();
        let gold = crate::eval::GoldText {
            format: crate::eval::GoldFormat::Microtext,
            gold_path: "t.xml".into(),
            text_path: "t.txt".into(),
            text: text.to_string(),
            units: p.units,
            relations: p.relations,
            central: p.central,
            skipped: p.skipped,
        };
        let written = gold.written_text();
        assert_eq!(written.len(), text.len());
        assert_eq!(written.trim_end(), &text[..60]);
        // A span found over a unit (no copy in capitals) is the author's
        // own words and stays.
        let mut over_unit = gold.clone();
        over_unit.skipped.implicit_spans = vec![28..60];
        assert_eq!(over_unit.written_text(), text);
        let map = gold.predict();
        assert!(!map.nodes().is_empty());
        assert!(
            map.nodes().iter().all(|n| n.span.end <= 60),
            "{:?}",
            map.nodes()
        );
    }

    #[test]
    fn an_opening_and_its_restatement_are_two_ranges_of_one_adu() {
        let xml = r#"<arggraph id="t">
<edu id="e1">We need bike lanes.</edu><edu id="e2">Cars are slow.</edu>
<edu id="e3">So: build the lanes.</edu>
<adu id="a1" type="pro"/><adu id="a2" type="pro"/>
<edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e3" trg="a1" type="seg"/>
<edge id="c3" src="e2" trg="a2" type="seg"/><edge id="c4" src="a2" trg="a1" type="sup"/>
</arggraph>"#;
        let text = "We need bike lanes. Cars are slow. So: build the lanes.";
        let p = parse(xml, text).unwrap();
        assert_eq!(p.units[0].spans, vec![0..19, 35..55]);
        assert_eq!(p.central, vec![0]);
    }

    #[test]
    fn problems_name_the_line() {
        let e = parse(
            "<arggraph id=\"t\">\n<edu id=\"e1\">Missing.</edu>\n</arggraph>",
            "Other.",
        )
        .unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("EDU e1 not found"), "{}", e.message);
        let e = parse("<arggraph>\n<edu id=\"e1\">A.</edu>\n</argraph>", "A.").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.starts_with("invalid XML"), "{}", e.message);
        let e = parse(
            "<arggraph>\n<edu id=\"e1\">A.</edu>\n<adu id=\"a1\" type=\"pro\"/>\n<edge id=\"c1\" src=\"e1\" trg=\"a1\" type=\"seg\"/>\n<edge id=\"c2\" src=\"a1\" trg=\"c9\" type=\"und\"/>\n</arggraph>",
            "A.",
        )
        .unwrap_err();
        assert_eq!(e.line, 5);
    }
}
