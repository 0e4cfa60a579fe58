//! Adding text scores up per gold format and writing them as text or JSON.

use super::score::{slot, Counts, Prf, RelationStatus, TextScore, NONE};
use super::{Classing, GoldFormat};
use crate::graph::NodeKind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The version of the JSON report; bumped on any incompatible change.
/// 2: one-to-one counting, sets, means, skipped units.
pub const SCHEMA_VERSION: u32 = 2;

/// How units are counted, as the report says it.
pub const COUNTING: &str = "units and nodes matched one to one (maximum matching); scores use strict overlap: a unit and a node match when they share at least half of each; the lenient line asks only half of the unit";

/// The totals of all texts of one gold format in one set.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The format, which decides the classes.
    pub format: GoldFormat,
    /// Micro-averaged counts.
    pub counts: Counts,
    /// Micro-averaged counts with lenient overlap.
    pub lenient: Counts,
    /// Each text's score, in the order read.
    pub texts: Vec<TextScore>,
}

/// One set of texts (a GOLD argument or a split) and its summaries.
#[derive(Debug, Clone)]
pub struct SetReport {
    /// The set's name: the path given, or the split file.
    pub name: String,
    /// One summary per gold format present, in format order.
    pub summaries: Vec<Summary>,
}

/// Scores of a run: one [`SetReport`] per set.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Sets in the order given.
    pub sets: Vec<SetReport>,
}

/// The mean over sets of one format's headline scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Mean {
    /// The format.
    pub format: GoldFormat,
    /// The sets averaged.
    pub sets: usize,
    /// F1 per class of the format.
    pub role_f1: Vec<(NodeKind, Option<f64>)>,
    /// Macro-F1.
    pub macro_f1: Option<f64>,
    /// Attachment precision, recall and F1.
    pub attachment: [Option<f64>; 3],
    /// Central claim ratio.
    pub central: Option<f64>,
    /// Macro-F1 with lenient overlap.
    pub lenient_macro_f1: Option<f64>,
}

/// The mean of the defined values, if any.
fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let defined: Vec<f64> = values.flatten().collect();
    (!defined.is_empty()).then(|| defined.iter().sum::<f64>() / defined.len() as f64)
}

/// Role F1s, macro-F1, attachment P/R/F1 and central claim ratio.
type Headline = (Vec<Option<f64>>, Option<f64>, [Option<f64>; 3], Option<f64>);

/// The headline scores of a summary, in [`Mean`]'s order.
fn headline(c: &Counts, format: GoldFormat) -> Headline {
    let roles = format.classes().iter().map(|&k| c.role(k).f1).collect();
    let att = c.attachment();
    (
        roles,
        c.macro_f1(&format.macro_classes()),
        [att.precision, att.recall, att.f1],
        c.central_ratio(),
    )
}

impl Summary {
    /// Group text scores by format and add them up.
    pub fn by_format(scores: Vec<TextScore>) -> Vec<Summary> {
        let mut by_format: BTreeMap<GoldFormat, Vec<TextScore>> = BTreeMap::new();
        for s in scores {
            by_format.entry(s.format).or_default().push(s);
        }
        by_format
            .into_iter()
            .map(|(format, texts)| {
                let mut counts = Counts::default();
                let mut lenient = Counts::default();
                for t in &texts {
                    counts.add(&t.counts);
                    lenient.add(&t.lenient);
                }
                Summary {
                    format,
                    counts,
                    lenient,
                    texts,
                }
            })
            .collect()
    }
}

impl Report {
    /// A report of named sets of text scores.
    pub fn new(sets: Vec<(String, Vec<TextScore>)>) -> Report {
        Report {
            sets: sets
                .into_iter()
                .map(|(name, scores)| SetReport {
                    name,
                    summaries: Summary::by_format(scores),
                })
                .collect(),
        }
    }

    /// For each format present in two sets or more, the mean over those sets.
    pub fn means(&self) -> Vec<Mean> {
        let mut by_format: BTreeMap<GoldFormat, Vec<&Summary>> = BTreeMap::new();
        for set in &self.sets {
            for s in &set.summaries {
                by_format.entry(s.format).or_default().push(s);
            }
        }
        by_format
            .into_iter()
            .filter(|(_, s)| s.len() >= 2)
            .map(|(format, summaries)| {
                let heads: Vec<_> = summaries
                    .iter()
                    .map(|s| headline(&s.counts, format))
                    .collect();
                Mean {
                    format,
                    sets: summaries.len(),
                    role_f1: format
                        .classes()
                        .iter()
                        .enumerate()
                        .map(|(i, &k)| (k, mean(heads.iter().map(|h| h.0[i]))))
                        .collect(),
                    macro_f1: mean(heads.iter().map(|h| h.1)),
                    attachment: [0, 1, 2].map(|i| mean(heads.iter().map(|h| h.2[i]))),
                    central: mean(heads.iter().map(|h| h.3)),
                    lenient_macro_f1: mean(
                        summaries
                            .iter()
                            .map(|s| s.lenient.macro_f1(&format.macro_classes())),
                    ),
                }
            })
            .collect()
    }

    /// Write the report as aligned text; with `per_text`, a line per text.
    /// With several sets, a table of the sets side by side and their mean ends it.
    pub fn write_text(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        writeln!(out, "counting: {COUNTING}")?;
        for set in &self.sets {
            for s in &set.summaries {
                writeln!(out)?;
                writeln!(out, "set {}", set.name)?;
                s.write_text(out, per_text)?;
            }
            if set.summaries.is_empty() {
                writeln!(out)?;
                writeln!(out, "set {}: no text scored", set.name)?;
            }
        }
        if self.sets.len() >= 2 {
            self.write_side_by_side(out)?;
        }
        Ok(())
    }

    /// The headline scores of every set, a line each, per format, and their mean.
    fn write_side_by_side(&self, out: &mut dyn Write) -> io::Result<()> {
        let means = self.means();
        let formats: std::collections::BTreeSet<GoldFormat> = self
            .sets
            .iter()
            .flat_map(|s| s.summaries.iter().map(|x| x.format))
            .collect();
        for format in formats {
            let rows: Vec<(&str, &Summary)> = self
                .sets
                .iter()
                .filter_map(|set| {
                    set.summaries
                        .iter()
                        .find(|s| s.format == format)
                        .map(|s| (set.name.as_str(), s))
                })
                .collect();
            let mean_label = format!("mean of {} sets", rows.len());
            let width = rows
                .iter()
                .map(|r| r.0.chars().count())
                .chain([mean_label.len(), 3])
                .max()
                .unwrap_or(3)
                + 2;
            writeln!(out)?;
            writeln!(
                out,
                "sets side by side ({} gold, F1 per role):",
                format.name()
            )?;
            write!(out, "{:<width$}{:>6}{:>7}", "set", "texts", "units")?;
            for &k in format.classes() {
                write!(out, "{:>w$}", k.name(), w = k.name().len().max(6) + 2)?;
            }
            writeln!(
                out,
                "{:>10}{:>10}{:>10}{:>11}{:>9}{:>10}",
                "macro-F1", "attach-P", "attach-R", "attach-F1", "central", "lenient"
            )?;
            let line = |out: &mut dyn Write,
                        name: &str,
                        texts: String,
                        units: String,
                        roles: Vec<Option<f64>>,
                        macro_f1: Option<f64>,
                        att: [Option<f64>; 3],
                        central: Option<f64>,
                        lenient: Option<f64>|
             -> io::Result<()> {
                write!(out, "{name:<width$}{texts:>6}{units:>7}")?;
                for (&k, f1) in format.classes().iter().zip(roles) {
                    write!(out, "{:>w$}", two(f1), w = k.name().len().max(6) + 2)?;
                }
                writeln!(
                    out,
                    "{:>10}{:>10}{:>10}{:>11}{:>9}{:>10}",
                    two(macro_f1),
                    two(att[0]),
                    two(att[1]),
                    two(att[2]),
                    two(central),
                    two(lenient)
                )
            };
            for (name, s) in &rows {
                let (roles, macro_f1, att, central) = headline(&s.counts, format);
                line(
                    out,
                    name,
                    s.counts.texts.to_string(),
                    s.counts.gold_units.to_string(),
                    roles,
                    macro_f1,
                    att,
                    central,
                    s.lenient.macro_f1(&format.macro_classes()),
                )?;
            }
            if let Some(m) = means.iter().find(|m| m.format == format) {
                line(
                    out,
                    &mean_label,
                    String::new(),
                    String::new(),
                    m.role_f1.iter().map(|r| r.1).collect(),
                    m.macro_f1,
                    m.attachment,
                    m.central,
                    m.lenient_macro_f1,
                )?;
            }
        }
        Ok(())
    }

    /// Write the report as JSON (schema version 2).
    pub fn write_json(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        let value = JsonReport {
            schema_version: SCHEMA_VERSION,
            counting: COUNTING,
            sets: self
                .sets
                .iter()
                .map(|set| JsonSet {
                    name: set.name.clone(),
                    results: set.summaries.iter().map(|s| s.json(per_text)).collect(),
                })
                .collect(),
            means: self.means().iter().map(JsonMean::new).collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)
    }
}

/// A number with two decimals, or `-` when undefined.
fn two(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{x:.2}"))
}

/// The classes as `a/b/c`.
fn joined(classes: &[NodeKind]) -> String {
    classes
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join("/")
}

impl Summary {
    /// How its texts' classes were read (one way for a whole run).
    fn classing(&self) -> Classing {
        self.texts.first().map(|t| t.classing).unwrap_or_default()
    }

    fn write_text(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        let c = &self.counts;
        let classes = self.format.classes();
        writeln!(
            out,
            "{} gold: texts {}  gold units {}  nodes {} (scored {})",
            self.format.name(),
            c.texts,
            c.gold_units,
            c.nodes,
            c.scored_nodes()
        )?;
        if let Some(rule) = self.format.class_rule(self.classing()) {
            writeln!(out, "classes: {rule}")?;
        }
        writeln!(
            out,
            "{:<16}{:<11}{:<8}{:<7}{:>6}{:>11}{:>6}{:>6}{:>6}",
            "role", "precision", "recall", "f1", "gold", "predicted", "tp", "fp", "fn"
        )?;
        for &class in classes {
            let prf = c.role(class);
            let (gold, predicted, tp) = (c.gold(class), c.predicted(class), c.tp(class));
            writeln!(
                out,
                "{:<16}{:<11}{:<8}{:<7}{:>6}{:>11}{:>6}{:>6}{:>6}",
                class.name(),
                two(prf.precision),
                two(prf.recall),
                two(prf.f1),
                gold,
                predicted,
                tp,
                predicted - tp,
                gold - tp
            )?;
        }
        let macro_classes = self.format.macro_classes();
        writeln!(
            out,
            "macro-F1 ({}) {}",
            joined(&macro_classes),
            two(c.macro_f1(&macro_classes))
        )?;
        if self.format == GoldFormat::Microtext {
            writeln!(out, "objection F1 {}", two(c.role(NodeKind::Objection).f1))?;
        }
        if c.opposing_gold > 0 {
            writeln!(
                out,
                "opposing views (claims against the major claim) typed objection: {} of {}",
                c.opposing_typed, c.opposing_gold
            )?;
        }
        let l = &self.lenient;
        writeln!(
            out,
            "lenient overlap (half of the unit, any share of the node): macro-F1 {}  attachment F1 {}  central claim {}/{}",
            two(l.macro_f1(&macro_classes)),
            two(l.attachment().f1),
            l.central_found,
            l.central_texts
        )?;
        let att = c.attachment();
        writeln!(
            out,
            "attachment  precision {}  recall {}  f1 {}  (edge type agreement {})",
            two(att.precision),
            two(att.recall),
            two(att.f1),
            two(c.edge_type_agreement())
        )?;
        let r = &c.relations;
        writeln!(
            out,
            "relations   gold {}: found {}, missed {}, unaligned {} (an end matched no node)",
            r.gold, r.found, r.missed, r.unaligned
        )?;
        writeln!(
            out,
            "pairs       predicted {} between matched nodes (precision's denominator), {} touching an unmatched node (not scored)",
            r.predicted, r.loose
        )?;
        match c.central_ratio() {
            Some(ratio) => writeln!(
                out,
                "central claim found in {}/{} texts ({:.1}%)",
                c.central_found,
                c.central_texts,
                ratio * 100.0
            )?,
            None => writeln!(out, "central claim: no text names one")?,
        }
        let k = &c.skipped;
        writeln!(
            out,
            "not scored  implicit units {}, relations to them {}, implicit central claims {}, nodes over implicit text {}, nodes on a unit's second occurrence {}",
            k.implicit_units, k.implicit_relations, k.implicit_central, k.implicit_nodes, k.repeat_nodes
        )?;
        writeln!(
            out,
            "confusion (rows gold, columns predicted; none: unmatched):"
        )?;
        let slots: Vec<usize> = classes.iter().map(|&k| slot(k)).chain([NONE]).collect();
        let name = |s: usize| {
            if s == NONE {
                "none"
            } else {
                NodeKind::ALL[s].name()
            }
        };
        write!(out, "{:<16}", "gold\\predicted")?;
        for &col in &slots {
            write!(out, "{:>16}", name(col))?;
        }
        writeln!(out)?;
        for &row in &slots {
            write!(out, "{:<16}", name(row))?;
            for &col in &slots {
                if row == NONE && col == NONE {
                    write!(out, "{:>16}", "-")?;
                } else {
                    write!(out, "{:>16}", c.confusion[row][col])?;
                }
            }
            writeln!(out)?;
        }
        if per_text {
            self.write_per_text(out)?;
        }
        Ok(())
    }

    fn write_per_text(&self, out: &mut dyn Write) -> io::Result<()> {
        let width = self
            .texts
            .iter()
            .map(|t| t.name.chars().count())
            .max()
            .unwrap_or(4)
            .max(4)
            + 2;
        writeln!(
            out,
            "per text (roles: gold units matched to a node of their class):"
        )?;
        writeln!(
            out,
            "{:<width$}{:>6}{:>7}{:>8}{:>10}{:>10}{:>9}",
            "text", "units", "nodes", "roles", "attach-p", "attach-r", "central"
        )?;
        for t in &self.texts {
            let c = &t.counts;
            let att = c.attachment();
            let central = match (c.central_texts, c.central_found) {
                (0, _) => "-",
                (_, 0) => "no",
                _ => "yes",
            };
            writeln!(
                out,
                "{:<width$}{:>6}{:>7}{:>8}{:>10}{:>10}{:>9}",
                t.name,
                c.gold_units,
                c.nodes,
                format!("{}/{}", c.roles_right(), c.gold_units),
                two(att.precision),
                two(att.recall),
                central
            )?;
        }
        Ok(())
    }

    fn json(&self, per_text: bool) -> JsonSummary {
        let c = &self.counts;
        let classes = self.format.classes();
        let macro_classes = self.format.macro_classes();
        let slots: Vec<usize> = classes.iter().map(|&k| slot(k)).chain([NONE]).collect();
        let labels: Vec<&'static str> = classes.iter().map(|k| k.name()).chain(["none"]).collect();
        JsonSummary {
            format: self.format.name(),
            classes: classes.iter().map(|k| k.name()).collect(),
            classes_by: (self.format == GoldFormat::Brat).then(|| match self.classing() {
                Classing::Levels => "level",
                Classing::Kinds => "kind",
            }),
            texts: c.texts,
            gold_units: c.gold_units,
            nodes: c.nodes,
            scored_nodes: c.scored_nodes(),
            roles: classes.iter().map(|&k| JsonRole::new(k, c)).collect(),
            macro_classes: macro_classes.iter().map(|k| k.name()).collect(),
            macro_f1: round(c.macro_f1(&macro_classes)),
            lenient: JsonLenient {
                overlap: "half of the unit, any share of the node",
                role_f1: classes
                    .iter()
                    .map(|&k| (k.name(), round(self.lenient.role(k).f1)))
                    .collect(),
                macro_f1: round(self.lenient.macro_f1(&macro_classes)),
                attachment_f1: round(self.lenient.attachment().f1),
                central_claim_ratio: round(self.lenient.central_ratio()),
            },
            objection_f1: classes
                .contains(&NodeKind::Objection)
                .then(|| round(c.role(NodeKind::Objection).f1))
                .flatten(),
            opposing_views: (c.opposing_gold > 0).then(|| JsonOpposing {
                gold: c.opposing_gold,
                typed_objection: c.opposing_typed,
                ratio: round(c.opposing_ratio()),
            }),
            attachment: JsonAttachment::new(c),
            central_claim: JsonCentral {
                found: c.central_found,
                texts: c.central_texts,
                ratio: round(c.central_ratio()),
            },
            not_scored: JsonSkipped {
                implicit_units: c.skipped.implicit_units,
                implicit_relations: c.skipped.implicit_relations,
                implicit_central_claims: c.skipped.implicit_central,
                nodes_over_implicit_text: c.skipped.implicit_nodes,
                nodes_on_second_occurrence: c.skipped.repeat_nodes,
            },
            confusion: JsonConfusion {
                rows: labels.clone(),
                columns: labels,
                counts: slots
                    .iter()
                    .map(|&r| slots.iter().map(|&k| c.confusion[r][k]).collect())
                    .collect(),
            },
            per_text: per_text.then(|| self.texts.iter().map(JsonText::new).collect()),
        }
    }
}

/// Round to four decimals for JSON.
fn round(x: Option<f64>) -> Option<f64> {
    x.map(|x| (x * 10_000.0).round() / 10_000.0)
}

#[derive(Serialize)]
struct JsonReport {
    schema_version: u32,
    counting: &'static str,
    sets: Vec<JsonSet>,
    means: Vec<JsonMean>,
}

#[derive(Serialize)]
struct JsonSet {
    name: String,
    results: Vec<JsonSummary>,
}

#[derive(Serialize)]
struct JsonMean {
    format: &'static str,
    sets: usize,
    role_f1: BTreeMap<&'static str, Option<f64>>,
    macro_f1: Option<f64>,
    attachment: JsonPrf,
    central_claim_ratio: Option<f64>,
    lenient_macro_f1: Option<f64>,
}

impl JsonMean {
    fn new(m: &Mean) -> JsonMean {
        JsonMean {
            format: m.format.name(),
            sets: m.sets,
            role_f1: m
                .role_f1
                .iter()
                .map(|&(k, f)| (k.name(), round(f)))
                .collect(),
            macro_f1: round(m.macro_f1),
            attachment: JsonPrf {
                precision: round(m.attachment[0]),
                recall: round(m.attachment[1]),
                f1: round(m.attachment[2]),
            },
            central_claim_ratio: round(m.central),
            lenient_macro_f1: round(m.lenient_macro_f1),
        }
    }
}

#[derive(Serialize)]
struct JsonPrf {
    precision: Option<f64>,
    recall: Option<f64>,
    f1: Option<f64>,
}

#[derive(Serialize)]
struct JsonSummary {
    format: &'static str,
    classes: Vec<&'static str>,
    /// How brat's classes were read: "level" (the default) or "kind" (`--by-kind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    classes_by: Option<&'static str>,
    texts: usize,
    gold_units: usize,
    nodes: usize,
    scored_nodes: usize,
    roles: Vec<JsonRole>,
    macro_classes: Vec<&'static str>,
    macro_f1: Option<f64>,
    lenient: JsonLenient,
    #[serde(skip_serializing_if = "Option::is_none")]
    objection_f1: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    opposing_views: Option<JsonOpposing>,
    attachment: JsonAttachment,
    central_claim: JsonCentral,
    not_scored: JsonSkipped,
    confusion: JsonConfusion,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_text: Option<Vec<JsonText>>,
}

#[derive(Serialize)]
struct JsonLenient {
    overlap: &'static str,
    role_f1: BTreeMap<&'static str, Option<f64>>,
    macro_f1: Option<f64>,
    attachment_f1: Option<f64>,
    central_claim_ratio: Option<f64>,
}

#[derive(Serialize)]
struct JsonSkipped {
    implicit_units: usize,
    implicit_relations: usize,
    implicit_central_claims: usize,
    nodes_over_implicit_text: usize,
    nodes_on_second_occurrence: usize,
}

#[derive(Serialize)]
struct JsonRole {
    role: &'static str,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: Option<f64>,
    gold: usize,
    predicted: usize,
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    fn_: usize,
}

impl JsonRole {
    fn new(kind: NodeKind, c: &Counts) -> JsonRole {
        let prf: Prf = c.role(kind);
        let (gold, predicted, tp) = (c.gold(kind), c.predicted(kind), c.tp(kind));
        JsonRole {
            role: kind.name(),
            precision: round(prf.precision),
            recall: round(prf.recall),
            f1: round(prf.f1),
            gold,
            predicted,
            tp,
            fp: predicted - tp,
            fn_: gold - tp,
        }
    }
}

#[derive(Serialize)]
struct JsonAttachment {
    precision: Option<f64>,
    recall: Option<f64>,
    f1: Option<f64>,
    edge_type_agreement: Option<f64>,
    gold: usize,
    found: usize,
    missed: usize,
    unaligned: usize,
    predicted_pairs: usize,
    pairs_touching_unmatched_nodes: usize,
}

impl JsonAttachment {
    fn new(c: &Counts) -> JsonAttachment {
        let att = c.attachment();
        let r = &c.relations;
        JsonAttachment {
            precision: round(att.precision),
            recall: round(att.recall),
            f1: round(att.f1),
            edge_type_agreement: round(c.edge_type_agreement()),
            gold: r.gold,
            found: r.found,
            missed: r.missed,
            unaligned: r.unaligned,
            predicted_pairs: r.predicted,
            pairs_touching_unmatched_nodes: r.loose,
        }
    }
}

/// Brat's claims against the major claim, and how many argmap typed objection.
#[derive(Serialize)]
struct JsonOpposing {
    gold: usize,
    typed_objection: usize,
    ratio: Option<f64>,
}

#[derive(Serialize)]
struct JsonCentral {
    found: usize,
    texts: usize,
    ratio: Option<f64>,
}

#[derive(Serialize)]
struct JsonConfusion {
    rows: Vec<&'static str>,
    columns: Vec<&'static str>,
    counts: Vec<Vec<usize>>,
}

#[derive(Serialize)]
struct JsonText {
    path: String,
    id: String,
    gold_units: usize,
    nodes: usize,
    roles_right: usize,
    attachment: JsonAttachment,
    central_found: Option<bool>,
    units: Vec<JsonUnit>,
    relations: Vec<JsonRelation>,
}

impl JsonText {
    fn new(t: &TextScore) -> JsonText {
        let c = &t.counts;
        JsonText {
            path: t.name.clone(),
            id: t.id.clone(),
            gold_units: c.gold_units,
            nodes: c.nodes,
            roles_right: c.roles_right(),
            attachment: JsonAttachment::new(c),
            central_found: (c.central_texts > 0).then_some(c.central_found > 0),
            units: t
                .units
                .iter()
                .map(|u| JsonUnit {
                    id: u.id.clone(),
                    gold: u.gold.name(),
                    node: u.node.clone(),
                    predicted: u.predicted.map(NodeKind::name),
                })
                .collect(),
            relations: t
                .relations
                .iter()
                .map(|r| JsonRelation {
                    from: r.from.clone(),
                    to: r.to.clone(),
                    kind: r.kind.name(),
                    status: r.status,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct JsonUnit {
    id: String,
    gold: &'static str,
    node: Option<String>,
    predicted: Option<&'static str>,
}

#[derive(Serialize)]
struct JsonRelation {
    from: String,
    to: Vec<String>,
    kind: &'static str,
    #[serde(serialize_with = "status_name")]
    status: RelationStatus,
}

fn status_name<S: serde::Serializer>(s: &RelationStatus, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.name())
}
