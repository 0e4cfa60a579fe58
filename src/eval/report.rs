//! Adding text scores up per gold format and writing them as text or JSON.

use super::score::{slot, Counts, Prf, RelationStatus, TextScore, NONE};
use super::GoldFormat;
use crate::graph::NodeKind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The version of the JSON report; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// The totals of all texts of one gold format.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The format, which decides the classes.
    pub format: GoldFormat,
    /// Micro-averaged counts.
    pub counts: Counts,
    /// Each text's score, in the order read.
    pub texts: Vec<TextScore>,
}

/// Scores of a run: one summary per gold format present.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Summaries in format order (json, brat, microtext).
    pub summaries: Vec<Summary>,
}

impl Report {
    /// Group text scores by format and add them up.
    pub fn new(scores: Vec<TextScore>) -> Report {
        let mut by_format: BTreeMap<GoldFormat, Vec<TextScore>> = BTreeMap::new();
        for s in scores {
            by_format.entry(s.format).or_default().push(s);
        }
        let summaries = by_format
            .into_iter()
            .map(|(format, texts)| {
                let mut counts = Counts::default();
                for t in &texts {
                    counts.add(&t.counts);
                }
                Summary {
                    format,
                    counts,
                    texts,
                }
            })
            .collect();
        Report { summaries }
    }

    /// Write the report as aligned text; with `per_text`, a line per text.
    pub fn write_text(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        for (i, s) in self.summaries.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            s.write_text(out, per_text)?;
        }
        Ok(())
    }

    /// Write the report as JSON (schema version 1).
    pub fn write_json(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        let value = JsonReport {
            schema_version: SCHEMA_VERSION,
            results: self.summaries.iter().map(|s| s.json(per_text)).collect(),
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
    fn write_text(&self, out: &mut dyn Write, per_text: bool) -> io::Result<()> {
        let c = &self.counts;
        let classes = self.format.classes();
        writeln!(
            out,
            "{} gold: texts {}  gold units {}  nodes {}",
            self.format.name(),
            c.texts,
            c.gold_units,
            c.nodes
        )?;
        writeln!(
            out,
            "{:<16}{:<11}{:<8}{:<7}{:>6}{:>11}",
            "role", "precision", "recall", "f1", "gold", "predicted"
        )?;
        for &class in classes {
            let prf = c.role(class);
            writeln!(
                out,
                "{:<16}{:<11}{:<8}{:<7}{:>6}{:>11}",
                class.name(),
                two(prf.precision),
                two(prf.recall),
                two(prf.f1),
                c.gold(class),
                c.predicted(class)
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
            "relations   gold {}  found {}  predicted pairs {}  correct pairs {}",
            r.gold, r.found, r.predicted, r.correct
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
        writeln!(out, "confusion (rows gold, columns predicted):")?;
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
        writeln!(out, "per text (roles: gold units given their class):")?;
        writeln!(
            out,
            "{:<width$}{:>6}{:>7}{:>8}{:>10}{:>10}{:>9}",
            "text", "units", "nodes", "roles", "attach-p", "attach-r", "central"
        )?;
        for t in &self.texts {
            let c = &t.counts;
            let right: usize = (0..5).map(|k| c.confusion[k][k]).sum();
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
                format!("{right}/{}", c.gold_units),
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
            texts: c.texts,
            gold_units: c.gold_units,
            nodes: c.nodes,
            roles: classes
                .iter()
                .map(|&k| JsonRole::new(k, c.role(k), c.gold(k), c.predicted(k)))
                .collect(),
            macro_classes: macro_classes.iter().map(|k| k.name()).collect(),
            macro_f1: round(c.macro_f1(&macro_classes)),
            objection_f1: classes
                .contains(&NodeKind::Objection)
                .then(|| round(c.role(NodeKind::Objection).f1))
                .flatten(),
            attachment: JsonAttachment::new(c),
            central_claim: JsonCentral {
                found: c.central_found,
                texts: c.central_texts,
                ratio: round(c.central_ratio()),
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
    results: Vec<JsonSummary>,
}

#[derive(Serialize)]
struct JsonSummary {
    format: &'static str,
    classes: Vec<&'static str>,
    texts: usize,
    gold_units: usize,
    nodes: usize,
    roles: Vec<JsonRole>,
    macro_classes: Vec<&'static str>,
    macro_f1: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    objection_f1: Option<f64>,
    attachment: JsonAttachment,
    central_claim: JsonCentral,
    confusion: JsonConfusion,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_text: Option<Vec<JsonText>>,
}

#[derive(Serialize)]
struct JsonRole {
    role: &'static str,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: Option<f64>,
    gold: usize,
    predicted: usize,
}

impl JsonRole {
    fn new(kind: NodeKind, prf: Prf, gold: usize, predicted: usize) -> JsonRole {
        JsonRole {
            role: kind.name(),
            precision: round(prf.precision),
            recall: round(prf.recall),
            f1: round(prf.f1),
            gold,
            predicted,
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
    predicted_pairs: usize,
    correct_pairs: usize,
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
            predicted_pairs: r.predicted,
            correct_pairs: r.correct,
        }
    }
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
            gold_units: c.gold_units,
            nodes: c.nodes,
            roles_right: (0..5).map(|k| c.confusion[k][k]).sum(),
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
