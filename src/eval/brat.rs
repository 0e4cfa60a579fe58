//! brat standoff gold (`X.ann` beside `X.txt`), as in the persuasive-essay
//! corpora:
//!
//! ```text
//! T1<TAB>MajorClaim 503 575<TAB>we should ...
//! T3<TAB>Claim 591 714<TAB>through cooperation, ...
//! A1<TAB>Stance T3 For
//! T4<TAB>Premise 716 851<TAB>What we acquired ...
//! R1<TAB>supports Arg1:T4 Arg2:T3
//! ```
//!
//! Offsets count Unicode characters; they are converted to bytes. A
//! discontinuous span (`0 5;10 20`) keeps its pieces (a node matches it on
//! the bytes of the pieces, never on the gap between them). MajorClaim is the
//! thesis, Claim a claim, Premise evidence; other labels are ignored. A claim
//! relates to the major claims through its Stance attribute (For supports,
//! Against attacks), toward all of them at once. Relations other than
//! `supports`/`attacks`, attributes other than Stance and other line types
//! (`#`, `E`, `N`, ...) are ignored.

use super::{GoldRelation, GoldUnit, Parsed, Problem};
use crate::graph::{EdgeKind, NodeKind};
use std::collections::HashMap;

/// Parse `ann`, the annotations of `text`.
pub fn parse(ann: &str, text: &str) -> Result<Parsed, Problem> {
    let offsets = Offsets::of(text);
    let mut parsed = Parsed::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut relations: Vec<(usize, &str, &str, EdgeKind)> = Vec::new();
    let mut stances: Vec<(usize, &str, EdgeKind)> = Vec::new();
    for (n, raw) in ann.lines().enumerate() {
        let line = n + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() {
            continue;
        }
        let mut fields = raw.split('\t');
        let id = fields.next().unwrap_or("").trim();
        let body = fields.next().map(str::trim).unwrap_or("");
        let at_line = |message: String| Problem::at(line, format!("{id}: {message}"));
        match id.chars().next() {
            Some('T') => {
                let quoted = fields.next();
                let Some(unit) = text_bound(id, body, quoted, text, &offsets).map_err(at_line)?
                else {
                    continue;
                };
                if index.contains_key(id) {
                    return Err(at_line("defined twice".into()));
                }
                index.insert(id.to_string(), parsed.units.len());
                if unit.class == NodeKind::Thesis {
                    parsed.central.push(parsed.units.len());
                }
                parsed.units.push(unit);
            }
            Some('R') => {
                if let Some((from, to, kind)) = relation(body).map_err(at_line)? {
                    relations.push((line, from, to, kind));
                }
            }
            Some('A') | Some('M') => {
                if let Some((target, kind)) = stance(body).map_err(at_line)? {
                    stances.push((line, target, kind));
                }
            }
            _ => {}
        }
    }
    link(&mut parsed, &index, relations, stances)?;
    Ok(parsed)
}

/// The byte offset of each character of a text, and of its end.
struct Offsets(Vec<usize>);

impl Offsets {
    fn of(text: &str) -> Offsets {
        Offsets(
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect(),
        )
    }

    /// How many characters the text has.
    fn chars(&self) -> usize {
        self.0.len() - 1
    }
}

/// A text-bound annotation (`LABEL START END`, then the quoted text) as a
/// unit, or `None` for a label that is no argument component. Errors are
/// messages about `id`.
fn text_bound(
    id: &str,
    body: &str,
    quoted: Option<&str>,
    text: &str,
    offsets: &Offsets,
) -> Result<Option<GoldUnit>, String> {
    let (label, ranges) = body
        .split_once(' ')
        .ok_or_else(|| "expected `LABEL START END`".to_string())?;
    let class = match label {
        "MajorClaim" => NodeKind::Thesis,
        "Claim" => NodeKind::Claim,
        "Premise" => NodeKind::Evidence,
        _ => return Ok(None),
    };
    let pieces = pieces(ranges).ok_or_else(|| format!("bad offsets {ranges:?}"))?;
    let (bytes, chars) = (&offsets.0, offsets.chars());
    let mut spans = Vec::with_capacity(pieces.len());
    for &(start, end) in &pieces {
        if start > end || end > chars {
            return Err(format!(
                "offsets {start}..{end} lie outside the text ({chars} characters)"
            ));
        }
        spans.push(bytes[start]..bytes[end]);
    }
    spans.sort_by_key(|s| (s.start, s.end));
    // The quoted text of a discontinuous span joins its pieces with
    // spaces; only a continuous one is checked.
    if let (Some(quoted), [(start, end)]) = (quoted, &pieces[..]) {
        if !same_text(quoted, &text[bytes[*start]..bytes[*end]]) {
            return Err(format!(
                "text does not match characters {start}..{end} of the .txt \
                 (offsets must count characters, not bytes)"
            ));
        }
    }
    Ok(Some(GoldUnit {
        id: id.to_string(),
        class,
        cues: Vec::new(),
        spans,
    }))
}

/// A relation (`supports Arg1:T4 Arg2:T3`) as its two ids and kind, or
/// `None` for a kind that is neither support nor attack.
fn relation(body: &str) -> Result<Option<(&str, &str, EdgeKind)>, String> {
    let mut parts = body.split_whitespace();
    let kind = match parts.next() {
        Some("supports") => EdgeKind::Supports,
        Some("attacks") => EdgeKind::Attacks,
        _ => return Ok(None),
    };
    let mut arg = |name: &str| {
        parts
            .next()
            .and_then(|p| p.strip_prefix(name))
            .ok_or_else(|| format!("expected {name}ID"))
    };
    let from = arg("Arg1:")?;
    let to = arg("Arg2:")?;
    Ok(Some((from, to, kind)))
}

/// A Stance attribute (`Stance T3 For`) as its unit's id and kind, or
/// `None` for another attribute or stance.
fn stance(body: &str) -> Result<Option<(&str, EdgeKind)>, String> {
    let mut parts = body.split_whitespace();
    if parts.next() != Some("Stance") {
        return Ok(None);
    }
    let target = parts
        .next()
        .ok_or_else(|| "Stance names no unit".to_string())?;
    let kind = match parts.next() {
        Some("For") => EdgeKind::Supports,
        Some("Against") => EdgeKind::Attacks,
        _ => return Ok(None),
    };
    Ok(Some((target, kind)))
}

/// Add the relations, and the stances as relations from a claim to all the
/// major claims, once every unit is known.
fn link(
    parsed: &mut Parsed,
    index: &HashMap<String, usize>,
    relations: Vec<(usize, &str, &str, EdgeKind)>,
    stances: Vec<(usize, &str, EdgeKind)>,
) -> Result<(), Problem> {
    let find = |line: usize, id: &str| {
        index
            .get(id)
            .copied()
            .ok_or_else(|| Problem::at(line, format!("unknown unit {id}")))
    };
    for (line, from, to, kind) in relations {
        parsed.relations.push(GoldRelation {
            from: find(line, from)?,
            to: vec![find(line, to)?],
            kind,
        });
    }
    for (line, unit, kind) in stances {
        let from = find(line, unit)?;
        if parsed.units[from].class == NodeKind::Thesis || parsed.central.is_empty() {
            continue;
        }
        parsed.relations.push(GoldRelation {
            from,
            to: parsed.central.clone(),
            kind,
        });
    }
    Ok(())
}

/// The pieces of `"0 5"` or `"0 5;10 20"` as (start, end) character offsets.
fn pieces(ranges: &str) -> Option<Vec<(usize, usize)>> {
    ranges
        .split(';')
        .map(|range| {
            let (s, e) = range.trim().split_once(' ')?;
            Some((s.trim().parse().ok()?, e.trim().parse().ok()?))
        })
        .collect()
}

/// True when two texts agree but for whitespace.
fn same_text(a: &str, b: &str) -> bool {
    a.chars()
        .filter(|c| !c.is_whitespace())
        .eq(b.chars().filter(|c| !c.is_whitespace()))
}

#[cfg(test)]
// A unit's spans, or the implicit spans: one range is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    const TEXT: &str = "Café culture is good. It brings people together. We should keep it.";

    #[test]
    fn character_offsets_become_byte_offsets() {
        // "It brings ..." starts at character 22 but byte 23 ("é" is two bytes).
        let ann = "T1\tMajorClaim 49 67\tWe should keep it.\n\
                   T2\tClaim 0 21\tCafé culture is good.\n\
                   A1\tStance T2 For\n\
                   T3\tPremise 22 48\tIt brings people together.\n\
                   R1\tsupports Arg1:T3 Arg2:T2\t\n\
                   #1\tAnnotatorNotes T1\tignored\n";
        let p = parse(ann, TEXT).unwrap();
        assert_eq!(p.units.len(), 3);
        assert_eq!(&TEXT[p.units[2].hull()], "It brings people together.");
        assert_eq!(p.units[2].spans, [23..49]);
        assert_eq!(&TEXT[p.units[0].hull()], "We should keep it.");
        assert_eq!(p.central, vec![0]);
        assert_eq!(
            p.relations,
            vec![
                GoldRelation {
                    from: 2,
                    to: vec![1],
                    kind: EdgeKind::Supports
                },
                GoldRelation {
                    from: 1,
                    to: vec![0],
                    kind: EdgeKind::Supports
                },
            ]
        );
    }

    #[test]
    fn stance_against_attacks_every_major_claim() {
        let text = "Aaaa. Bbbb. Cccc.";
        let ann = "T1\tMajorClaim 0 5\tAaaa.\nT2\tMajorClaim 12 17\tCccc.\nT3\tClaim 6 11\tBbbb.\nA1\tStance T3 Against\n";
        let p = parse(ann, text).unwrap();
        assert_eq!(p.central, vec![0, 1]);
        assert_eq!(p.relations.len(), 1);
        assert_eq!(p.relations[0].to, vec![0, 1]);
        assert_eq!(p.relations[0].kind, EdgeKind::Attacks);
    }

    #[test]
    fn discontinuous_spans_keep_their_pieces_and_other_labels_are_skipped() {
        let text = "Aaaa. Bbbb. Cccc.";
        let ann = "T1\tPremise 0 4;6 10\tAaaa Bbbb\nT2\tTopic 12 17\tCccc.\nE1\tfoo\n";
        let p = parse(ann, text).unwrap();
        assert_eq!(p.units.len(), 1);
        assert_eq!(p.units[0].spans, vec![0..4, 6..10]);
    }

    #[test]
    fn errors_name_the_line() {
        let text = "Aaaa. Bbbb.";
        let e = parse("T1\tClaim 0 5\tAaaa.\nT2\tClaim 6 99\tBbbb.\n", text).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("outside the text"), "{}", e.message);
        let e = parse("T1\tClaim x y\tAaaa.\n", text).unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse("T1\tClaim 0 5\tAaaa.\nR1\tsupports Arg1:T1 Arg2:T9\n", text).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (2, "unknown unit T9"));
        // Byte offsets given where characters were meant.
        let e = parse("T1\tClaim 1 6\tBbbb.\n", "é Bbbb.").unwrap_err();
        assert!(e.message.contains("not bytes"), "{}", e.message);
    }
}
