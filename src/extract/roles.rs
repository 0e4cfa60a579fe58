//! Cues + layout -> one role per argumentative sentence, and the thesis.

use super::annotations::StatedRole;
use super::cues::Analysis;
use super::layout::{Layout, Section};
use super::Unit;
use crate::document::Document;
use crate::graph::{CueName, NodeKind};
use crate::text::{content_stems, overlap};

/// The cue of a conclusion sentence that states the thesis again.
pub const RESTATES_THESIS: &str = "restates-thesis";

/// Roles decided for a document.
#[derive(Debug, Clone, Default)]
pub(super) struct Decided {
    /// The units in reading order.
    pub units: Vec<Unit>,
    /// For each sentence of the document, its unit if it has one.
    pub unit_of: Vec<Option<usize>>,
    /// The unit that is the thesis.
    pub thesis: Option<usize>,
    /// The conclusion's restatement of the thesis.
    pub restatement: Option<usize>,
}

/// What a paragraph in strong emphasis adds to a sentence's thesis score.
const HIGHLIGHT_BONUS: f32 = 2.0;

/// How strongly a sentence reads as the essay's main claim.
fn thesis_score(a: &Analysis) -> (f32, Vec<CueName>) {
    let mut score = 0.0;
    let mut why = Vec::new();
    let mut add = |w: f32, cue: &'static str| {
        score += w;
        why.push(CueName::Borrowed(cue));
    };
    if a.score(NodeKind::Recommendation) >= 2.5 {
        add(2.0, "thesis:proposal");
    }
    if a.stance {
        add(1.0, "thesis:stance");
    }
    if a.certainty {
        add(0.3, "thesis:certainty");
    }
    if a.conclusion || a.inner_conclusion {
        add(1.0, "thesis:conclusion-marker");
    }
    if a.judgement {
        add(1.0, "thesis:judgement");
    }
    if a.joining {
        add(-1.5, "thesis:joins-previous");
    }
    if a.contrast {
        add(-0.3, "thesis:contrast");
    }
    if a.question {
        add(-2.0, "thesis:question");
    }
    let evaluative = a
        .cues
        .iter()
        .filter(|c| c.name.starts_with("evaluative:"))
        .count();
    if evaluative > 0 {
        add(0.3 * evaluative.min(2) as f32, "thesis:evaluative");
    }
    if a.objection && a.stance {
        // "Some people think X, but in my opinion Y": a view reported and
        // then the author's own, which is what the sentence is there for.
        add(0.0, "thesis:answers-reported-view");
    } else if a.objection {
        add(-4.0, "thesis:reports-objection");
    }
    if a.evidential {
        add(-1.0, "thesis:evidential");
    }
    (score, why)
}

/// Choose the thesis sentence, if any sentence states a main claim. Returns
/// the sentence, the cues that chose it and a confidence.
fn choose_thesis(
    layout: &Layout,
    analyses: &[Analysis],
    stated: &[Option<StatedRole>],
) -> Option<(usize, Vec<CueName>, f32)> {
    if let Some(s) =
        (0..stated.len()).find(|&s| stated[s] == Some(StatedRole::Kind(NodeKind::Thesis)))
    {
        return Some((s, vec!["annotation:thesis".into()], 1.0));
    }
    // (score, sentence, cues) of every candidate considered.
    let mut candidates: Vec<(f32, usize, Vec<CueName>)> = Vec::new();
    let candidate = |s: usize, bonus: f32, cue: Option<&'static str>| {
        let (score, mut why) = thesis_score(&analyses[s]);
        why.extend(cue.map(CueName::Borrowed));
        (score + bonus, s, why)
    };
    if layout.structured() {
        let intro = &layout.paragraphs[0];
        let last = intro.sentences.len() - 1;
        for (i, &s) in intro.sentences.iter().enumerate() {
            let (bonus, cue) = match i {
                _ if i == last && last > 0 => (1.5, Some("position:intro-last")),
                0 => (0.5, Some("position:intro-first")),
                _ => (0.0, None),
            };
            candidates.push(candidate(s, bonus, cue));
        }
        let intro_best = candidates
            .iter()
            .map(|c| c.0)
            .fold(f32::NEG_INFINITY, f32::max);
        if intro_best < 1.0 {
            // No main claim in the introduction: look for it in the conclusion.
            if let Some(c) = layout
                .paragraphs
                .iter()
                .find(|p| p.section == Section::Conclusion)
            {
                for (i, &s) in c.sentences.iter().enumerate() {
                    candidates.push(candidate(
                        s,
                        if i == 0 { 0.6 } else { 0.0 },
                        Some("position:conclusion"),
                    ));
                }
            }
        }
    } else {
        let all: Vec<usize> = layout
            .paragraphs
            .iter()
            .flat_map(|p| p.sentences.iter().copied())
            .collect();
        let last = all.len().saturating_sub(1);
        for (i, &s) in all.iter().enumerate() {
            let (bonus, cue) = match i {
                0 => (1.0, Some("position:first")),
                _ if i == last => (0.9, Some("position:last")),
                _ => (0.0, None),
            };
            candidates.push(candidate(s, bonus, cue));
        }
    }
    // A paragraph in bold is the author's highlight: likely the main claim,
    // wherever it stands.
    for &s in &layout.highlighted {
        match candidates.iter_mut().find(|c| c.1 == s) {
            Some(c) => {
                c.0 += HIGHLIGHT_BONUS;
                c.2.push(CueName::Borrowed("emphasis:strong"));
            }
            None => candidates.push(candidate(s, HIGHLIGHT_BONUS, Some("emphasis:strong"))),
        }
    }
    // A sentence the author gave another role cannot be the thesis.
    candidates.retain(|c| stated.get(c.1).copied().flatten().is_none());
    // Highest score wins; the earlier sentence wins a tie.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let runner_up = candidates.get(1).map(|c| c.0);
    // A short text always argues for something; an essay may fail to say what.
    let floor = if layout.structured() { 0.9 } else { 0.5 };
    let (score, sentence, why) = candidates.into_iter().next().filter(|c| c.0 >= floor)?;
    // Confidence grows with the lead over the next candidate.
    let lead = runner_up.map_or(score, |r| score - r);
    let confidence = (0.5 + 0.5 * lead / (score.abs() + 1.0)).clamp(0.35, 0.99);
    Some((sentence, why, (confidence * 100.0).round() / 100.0))
}

/// Assign a role to each candidate sentence.
pub(super) fn assign(
    doc: &Document,
    layout: &Layout,
    analyses: &[Analysis],
    stated: &[Option<StatedRole>],
) -> Decided {
    let mut decided = Decided {
        unit_of: vec![None; doc.sentences.len()],
        ..Decided::default()
    };
    let thesis = choose_thesis(layout, analyses, stated);
    let thesis_sentence = thesis.as_ref().map(|(s, _, _)| *s);
    // Stems only for the few sentences compared: the thesis and the conclusion.
    let stems = |s: usize| content_stems(doc.plain(s));
    let thesis_stems = thesis_sentence.map(stems).unwrap_or_default();
    let conclusion = layout
        .paragraphs
        .iter()
        .filter(|p| p.section == Section::Conclusion);
    // The conclusion's sentence that restates the thesis: the one closest in
    // words to it, helped by a stance ("I believe") and, in a signposted
    // essay, by opening the conclusion with its marker ("In conclusion, ..."),
    // since that sentence sums up the position even in other words.
    let restatement = conclusion
        .flat_map(|p| p.sentences.iter().enumerate().map(|(i, &s)| (i, s)))
        // Said again, so later: the first statement in reading order is the
        // thesis, which is what an annotated essay says too.
        .filter(|&(_, s)| thesis_sentence.is_some_and(|t| s > t) && !analyses[s].objection)
        .map(|(i, s)| {
            let a = &analyses[s];
            let marked = layout.signposted && i == 0 && a.conclusion;
            let score = overlap(&stems(s), &thesis_stems)
                + if marked { 0.3 } else { 0.0 }
                + if a.stance { 0.3 } else { 0.0 };
            (score, s)
        })
        .filter(|(score, _)| *score >= 0.25 && thesis_sentence.is_some())
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s);

    for p in &layout.paragraphs {
        let thesis_pos = p.sentences.iter().position(|&s| Some(s) == thesis_sentence);
        for (i, &s) in p.sentences.iter().enumerate() {
            let a = &analyses[s];
            let next = p.sentences.get(i + 1).map(|&n| &analyses[n]);
            let previous = i.checked_sub(1).map(|k| &analyses[p.sentences[k]]);
            let unit = if Some(s) == restatement {
                // The conclusion states the main claim again: an occurrence
                // of the thesis, linked to the first by a `restates` edge.
                let extra = vec![CueName::Borrowed(RESTATES_THESIS)];
                Some(Unit {
                    sentence: s,
                    kind: NodeKind::Thesis,
                    cues: cue_names(a, extra),
                    confidence: 0.7,
                    clause: None,
                    derived: false,
                })
            } else if Some(s) == thesis_sentence {
                let (why, confidence) = thesis
                    .as_ref()
                    .map(|(_, w, c)| (w.clone(), *c))
                    .unwrap_or_default();
                Some(Unit {
                    sentence: s,
                    kind: NodeKind::Thesis,
                    cues: cue_names(a, why),
                    confidence,
                    clause: None,
                    derived: false,
                })
            } else if let Some(StatedRole::Kind(kind)) = stated.get(s).copied().flatten() {
                // The author said so; a second annotated thesis restates the first.
                Some(Unit {
                    sentence: s,
                    kind,
                    cues: vec![super::cues::cue("annotation", kind.name())],
                    confidence: 1.0,
                    clause: None,
                    derived: false,
                })
            } else if p.section == Section::Intro
                && thesis_pos.is_none_or(|t| i < t)
                && (!a.objection || layout.signposted)
            {
                // Sentences that lead up to the thesis set the scene; in a
                // school-style essay, even the views they mention.
                None
            } else {
                // A body paragraph that ends "Therefore, ..." builds up to its
                // point: its first sentence is a reason, not the point.
                let ends_with_point = layout.signposted
                    && p.section == Section::Body
                    && p.sentences.len() > 1
                    && analyses[p.sentences[p.sentences.len() - 1]].conclusion;
                let context = Context {
                    previous,
                    next,
                    first: i == 0 && !ends_with_point,
                    section: p.section,
                    signposted: layout.signposted,
                };
                Some(role_of(s, a, &context))
            };
            if let Some(unit) = unit {
                decided.unit_of[s] = Some(decided.units.len());
                if Some(s) == thesis_sentence {
                    decided.thesis = Some(decided.units.len());
                }
                if Some(s) == restatement {
                    decided.restatement = Some(decided.units.len());
                }
                decided.units.push(unit);
            }
        }
        if layout.signposted && p.section == Section::Body {
            concessions_back_the_view(&mut decided, p, analyses);
        }
    }
    decided
}

/// In a signposted paragraph that opens with the other side's view, a
/// further objection before the turn ("It is true that X") grants a reason
/// for that view: evidence under it, not a second objection.
fn concessions_back_the_view(
    decided: &mut Decided,
    p: &super::layout::Paragraph,
    analyses: &[Analysis],
) {
    let units: Vec<usize> = p
        .sentences
        .iter()
        .filter_map(|&s| decided.unit_of[s])
        .collect();
    let Some((&head, rest)) = units.split_first() else {
        return;
    };
    if decided.units[head].kind != NodeKind::Objection {
        return;
    }
    for &u in rest {
        let unit = &mut decided.units[u];
        if unit.kind != NodeKind::Objection || analyses[unit.sentence].contrast {
            break;
        }
        unit.kind = NodeKind::Evidence;
        unit.cues.push("concession:backs-view".into());
    }
}

/// Where a sentence sits, for [`role_of`].
struct Context<'a> {
    previous: Option<&'a Analysis>,
    next: Option<&'a Analysis>,
    first: bool,
    section: Section,
    signposted: bool,
}

/// The role of one non-thesis sentence from its cues and position.
fn role_of(sentence: usize, a: &Analysis, context: &Context<'_>) -> Unit {
    use NodeKind::*;
    let Context {
        previous,
        next,
        first,
        section,
        signposted,
    } = *context;
    let mut extra = Vec::new();
    // A signposted essay's body paragraph states its point once and then
    // gives reasons for it.
    let reason_only = signposted && section == Section::Body && !first;
    let mut claim = if reason_only {
        // Only a marked claim ("Therefore", "I believe") counts: evaluative
        // words and modals are as common in reasons as in claims.
        a.cues
            .iter()
            .filter(|c| c.role == Some(Claim) && c.weight >= 1.0)
            .map(|c| c.weight)
            .sum()
    } else {
        a.score(Claim)
    };
    let evidence = a.score(Evidence);
    let recommendation = a.score(Recommendation);
    let mut objection = a.score(Objection);
    if first && matches!(section, Section::Body | Section::Conclusion) {
        claim += 1.5;
        extra.push("position:paragraph-first".into());
    }
    if section == Section::Conclusion {
        claim += 0.5;
        extra.push("position:conclusion".into());
    }
    // In a signposted essay the answer to an objection is a reason against
    // it, not a new point.
    if previous.is_some_and(|p| p.objection) && a.contrast && !reason_only {
        claim += 1.0;
        extra.push("rebuttal".into());
    }
    // "Indeed X. Y, however, Z.": the granted point is the objection and the
    // turn answers it; a turn after anything else raises one.
    if a.inner_turn && !previous.is_some_and(|p| p.concession) {
        objection += 1.5;
        extra.push("objection:turn-inside".into());
    }
    if a.concession && next.is_some_and(|n| n.inner_turn) {
        objection += 1.5;
        extra.push("objection:granted-then-turned".into());
    }
    // A view given to others and then answered ("Some managers claim X.
    // Yet ...") is the other side's, whatever its position.
    if a.reported_view && next.is_some_and(|n| n.contrast || n.grants_then_turns) {
        objection += 3.0;
        extra.push("objection:reported-view-answered".into());
    }
    // A paragraph's first sentence in an essay is its point; in a short text it
    // may be the view the text turns against.
    if next.is_some_and(|n| n.contrast) && (!first || section == Section::Flat) {
        // In a short text a turn ("But ...") nearly always answers the sentence
        // before; in a long essay it often just turns between facts.
        objection += if section == Section::Flat { 1.5 } else { 1.0 };
        extra.push("rebutted-by-next".into());
    }
    // Reasons in a signposted body paragraph use modals freely ("you must
    // ask the way", "they can study"): there the paragraph's point proposes,
    // and what follows it argues.
    let recommendation_floor = if reason_only { f32::INFINITY } else { 1.5 };
    let mut scored = [
        (
            Objection,
            if objection >= 1.5 {
                objection + 0.5
            } else {
                0.0
            },
        ),
        (
            Recommendation,
            if recommendation >= recommendation_floor && !a.ordinal {
                recommendation
            } else {
                0.0
            },
        ),
        (Claim, claim),
        (Evidence, evidence),
    ];
    // Ties between claim and evidence go to position: a paragraph opens with its point.
    if (claim - evidence).abs() < f32::EPSILON {
        let favour = if first || section == Section::Flat {
            2
        } else {
            3
        };
        scored[favour].1 += 0.01;
        extra.push(
            if favour == 2 {
                "default:claim"
            } else {
                "default:evidence"
            }
            .into(),
        );
    }
    scored.sort_by(|x, y| y.1.total_cmp(&x.1));
    let (kind, best) = scored[0];
    let second = scored[1].1;
    let confidence = (0.5 + 0.5 * (best - second) / (best.abs() + 1.0)).clamp(0.35, 0.99);
    Unit {
        sentence,
        kind,
        cues: cue_names(a, extra),
        confidence: (confidence * 100.0).round() / 100.0,
        clause: None,
        derived: false,
    }
}

/// The cue names of an analysis, followed by the layout cues.
fn cue_names(a: &Analysis, extra: Vec<CueName>) -> Vec<CueName> {
    a.cues.iter().map(|c| c.name.clone()).chain(extra).collect()
}
