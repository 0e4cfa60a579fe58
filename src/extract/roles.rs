//! Cues + layout -> one role per argumentative sentence, and the thesis.

use super::annotations::StatedRole;
use super::cues::Analysis;
use super::sections::{Layout, Section};
use super::weights::{Weight, Weights};
use super::Unit;
use crate::document::Document;
use crate::graph::{Cue, CueKind, NodeKind};
use crate::text::{content_stems, overlap};

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
    /// The introductions (indexes into the layout's paragraphs) that open
    /// with another's view and turn from it before the thesis: read once
    /// here, so that the links follow the same reading.
    pub answered_openings: Vec<usize>,
}

/// How strongly a sentence reads as the essay's main claim.
fn thesis_score(a: &Analysis, w: &Weights) -> (f32, Vec<Cue>) {
    use CueKind as K;
    let mut score = 0.0;
    let mut why = Vec::new();
    let mut add = |value: f32, kind: CueKind| {
        score += value;
        why.push(Cue::bare(kind));
    };
    if a.score(NodeKind::Recommendation) >= w[Weight::ThesisProposalFloor] {
        add(w[Weight::ThesisProposal], K::ThesisProposal);
    }
    if a.stance {
        add(w[Weight::ThesisStance], K::ThesisStance);
    }
    if a.certainty {
        add(w[Weight::ThesisCertainty], K::ThesisCertainty);
    }
    if a.conclusion || a.inner_conclusion {
        add(w[Weight::ThesisConclusionMarker], K::ThesisConclusionMarker);
    }
    // "It is important that we X" proposes and judges in the same words:
    // the proposal's vote is the phrase's one vote.
    if a.judgement && !a.judging_proposal {
        add(w[Weight::ThesisJudgement], K::ThesisJudgement);
    }
    if a.joining {
        add(w[Weight::ThesisJoinsPrevious], K::ThesisJoinsPrevious);
    }
    if a.contrast {
        add(w[Weight::ThesisContrast], K::ThesisContrast);
    }
    if a.refers_back {
        add(w[Weight::ThesisRefersBack], K::ThesisRefersBack);
    }
    if a.question {
        add(w[Weight::ThesisQuestion], K::ThesisQuestion);
    }
    let evaluative = a
        .cues
        .iter()
        .filter(|c| c.cue.kind == K::Evaluative)
        .count();
    if evaluative > 0 {
        let value = w[Weight::ThesisEvaluative] * evaluative.min(2) as f32;
        add(value, K::ThesisEvaluative);
    }
    if a.objection && a.stance {
        // "Some people think X, but in my opinion Y": a view reported and
        // then the author's own, which is what the sentence is there for.
        add(0.0, K::ThesisAnswersReportedView);
    } else if a.objection {
        add(w[Weight::ThesisReportsObjection], K::ThesisReportsObjection);
    }
    if a.evidential {
        add(w[Weight::ThesisEvidential], K::ThesisEvidential);
    }
    (score, why)
}

/// The question a short text opens with, when an answer follows it: the
/// issue the text argues, not a claim in it.
fn opening_question(layout: &Layout, analyses: &[Analysis]) -> Option<usize> {
    if layout.structured() {
        return None;
    }
    let mut sentences = layout.paragraphs.iter().flat_map(|p| p.sentences.iter());
    let first = *sentences.next()?;
    let enough = sentences.nth(1).is_some();
    (enough && analyses[first].question).then_some(first)
}

/// Choose the thesis sentence, if any sentence states a main claim. Returns
/// the sentence, the cues that chose it and a confidence.
fn choose_thesis(
    doc: &Document,
    layout: &Layout,
    analyses: &[Analysis],
    stated: &[Option<StatedRole>],
    w: &Weights,
) -> Option<(usize, Vec<Cue>, f32)> {
    use CueKind as K;
    if let Some(s) =
        (0..stated.len()).find(|&s| stated[s] == Some(StatedRole::Kind(NodeKind::Thesis)))
    {
        return Some((s, vec![Cue::with(K::Annotation, "thesis")], 1.0));
    }
    // (score, sentence, cues) of every candidate considered.
    let mut candidates: Vec<(f32, usize, Vec<Cue>)> = Vec::new();
    let candidate = |s: usize, bonus: f32, cue: Option<CueKind>| {
        let (score, mut why) = thesis_score(&analyses[s], w);
        why.extend(cue.map(Cue::bare));
        (score + bonus, s, why)
    };
    // A sentence that scores as a thesis without its place.
    let says_on_its_own = |s: usize| thesis_score(&analyses[s], w).0 >= w[Weight::IntroFloor];
    if layout.structured() {
        // The opening: the introduction, or, when none of its sentences
        // says anything a thesis says and a one-sentence paragraph follows
        // it, both (an op-ed's scene, then its claim standing alone).
        let intro = &layout.paragraphs[0];
        let says_nothing = intro.sentences.iter().all(|&s| !says_on_its_own(s));
        let standing_alone = layout
            .paragraphs
            .get(1)
            .filter(|p| says_nothing && p.section == Section::Body && p.sentences.len() == 1)
            .map(|p| p.sentences[0]);
        let opening: Vec<usize> = intro
            .sentences
            .iter()
            .copied()
            .chain(standing_alone)
            .collect();
        let last = opening.len() - 1;
        // Or the scene fills the first paragraph and the claim closes the
        // second ("... It is time for the council to X."): that last
        // sentence competes as the opening's last, if it says on its own
        // what a thesis says. The whole second paragraph competing cost
        // school essays their reasons (docs/measurements.md, round six).
        let closes_second = layout
            .paragraphs
            .get(1)
            .filter(|p| says_nothing && standing_alone.is_none() && p.section == Section::Body)
            .and_then(|p| p.sentences.last().copied())
            // (Not a view given to others: "They also say that X, so Y".)
            .filter(|&s| {
                says_on_its_own(s) && !analyses[s].reported_view && !analyses[s].objection
            });
        // Or it opens the second ("On Tuesday the committee voted to X. ...
        // The committee got this wrong, and the assembly should Y."): a
        // news lede's claim comes right after the news. (An opening that
        // denies what it reports, "Nothing could be further from the
        // truth.", has said what it argues.)
        let denies = intro.sentences.iter().any(|&s| analyses[s].disagrees);
        let opens_second = layout
            .paragraphs
            .get(1)
            .filter(|p| {
                says_nothing && !denies && standing_alone.is_none() && p.section == Section::Body
            })
            .and_then(|p| p.sentences.first().copied())
            // It answers the news, pointing back at it ("got this wrong"),
            // as a body paragraph's topic sentence need not.
            .filter(|&s| {
                Some(s) != closes_second
                    && says_on_its_own(s)
                    && (analyses[s].anaphora || analyses[s].anaphoric_determiner)
            });
        for s in closes_second.into_iter().chain(opens_second) {
            candidates.push(candidate(s, w[Weight::IntroLast], Some(K::AfterOpening)));
        }
        for (i, &s) in opening.iter().enumerate() {
            let (bonus, cue) = match i {
                _ if Some(s) == standing_alone => (w[Weight::IntroLast], Some(K::AfterOpening)),
                _ if i == last && last > 0 => (w[Weight::IntroLast], Some(K::IntroLast)),
                0 => (w[Weight::IntroFirst], Some(K::IntroFirst)),
                _ => (0.0, None),
            };
            candidates.push(candidate(s, bonus, cue));
        }
        let intro_best = candidates
            .iter()
            .map(|c| c.0)
            .fold(f32::NEG_INFINITY, f32::max);
        // An introduction that is all scene, even in its place (no sentence
        // with any cue of a main claim, a view or a stance): the claim comes
        // in the next paragraphs, where a sentence says on its own what a
        // thesis says. An introduction with a weak thesis keeps looking in
        // the conclusion: a school essay's body reasons with "must" outscored it
        // (class-dev 0.839 -> 0.837, docs/measurements.md round eight).
        let all_scene = intro.sentences.iter().all(|&s| {
            let a = &analyses[s];
            thesis_score(a, w).0 <= 0.0 && !a.objection && !a.reported_view && !a.stance
        });
        // Or it opens with another's view ("Your report quotes X as saying
        // that Y") and no sentence of it says on its own what a thesis
        // says: what follows the view answers it, and the author's own claim
        // comes after, as in a letter to the editor. Its last sentence's
        // place then wins it nothing over that claim.
        // (An opening that denies the view itself, "Nothing could be
        // further from the truth.", has said what it argues.)
        let answers_then_claims =
            analyses[intro.sentences[0]].reported_view && says_nothing && !denies;
        if intro_best < w[Weight::IntroFloor] && all_scene || answers_then_claims {
            for p in layout.paragraphs.iter().skip(1).take(2) {
                // A list's item is no place for an opening claim.
                if p.section != Section::Body || p.list_item {
                    break;
                }
                // (Not a view the essay gives to others: "They also say
                // that X, so Y" in the other side's paragraph.)
                let saying: Vec<usize> = p
                    .sentences
                    .iter()
                    .copied()
                    .filter(|&s| {
                        says_on_its_own(s) && !analyses[s].reported_view && !analyses[s].objection
                    })
                    .collect();
                for &s in &saying {
                    candidates.push(candidate(s, w[Weight::IntroLast], Some(K::AfterOpening)));
                }
                if !saying.is_empty() {
                    break;
                }
            }
        }
        // Or the introduction's place is all its thesis has, and the
        // conclusion takes a side in the first person ("Consequently I agree
        // with the statement that X"): an essay that explains both sides first.
        let conclusion_takes_a_side = || {
            layout
                .paragraphs
                .iter()
                .find(|p| p.section == Section::Conclusion)
                .is_some_and(|c| c.sentences.iter().any(|&s| analyses[s].stance))
        };
        if intro_best < w[Weight::IntroFloor] || all_scene && conclusion_takes_a_side() {
            // No main claim in the introduction: look for it in the conclusion.
            if let Some(c) = layout
                .paragraphs
                .iter()
                .find(|p| p.section == Section::Conclusion)
            {
                // "To sum up, both sides make fair points. Nevertheless,
                // my opinion is that X.": the opening grants both sides,
                // and the turn that says on its own what a thesis says
                // opens the summing up in its place ("In conclusion, X.
                // However, I think Y." keeps X: a caveat).
                let turned_from = c.sentences.get(1).is_some_and(|&n| {
                    analyses[n].contrast && !analyses[n].objection && says_on_its_own(n)
                }) && super::cues::grants_both_sides(doc.plain(c.sentences[0]));
                let opens = usize::from(turned_from);
                for (i, &s) in c.sentences.iter().enumerate() {
                    let bonus = if i == opens {
                        w[Weight::ConclusionFirst]
                    } else {
                        0.0
                    };
                    candidates.push(candidate(s, bonus, Some(K::InConclusion)));
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
        // A text that opens with a question ("Do older people make better
        // parents?") states its claim in the answer that follows.
        let opening = usize::from(opening_question(layout, analyses).is_some());
        for (i, &s) in all.iter().enumerate() {
            let (bonus, cue) = match i {
                0 if opening == 0 => (w[Weight::TextFirst], Some(K::TextFirst)),
                1 if opening == 1 => (w[Weight::TextFirst], Some(K::AnswersQuestion)),
                _ if i == last => (w[Weight::TextLast], Some(K::TextLast)),
                _ => (0.0, None),
            };
            candidates.push(candidate(s, bonus, cue));
        }
    }
    // A paragraph in bold is the author's highlight: likely the main claim,
    // wherever it stands.
    let paragraphs = layout
        .highlighted
        .iter()
        .map(|&s| (s, w[Weight::Highlight]));
    let sentences =
        (layout.highlighted_sentences.iter()).map(|&s| (s, w[Weight::HighlightSentence]));
    for (s, highlight) in paragraphs.chain(sentences) {
        match candidates.iter_mut().find(|c| c.1 == s) {
            Some(c) => {
                c.0 += highlight;
                c.2.push(Cue::bare(K::StrongEmphasis));
            }
            None => candidates.push(candidate(s, highlight, Some(K::StrongEmphasis))),
        }
    }
    // A sentence the author gave another role cannot be the thesis.
    candidates.retain(|c| stated.get(c.1).copied().flatten().is_none());
    // Highest score wins; the earlier sentence wins a tie.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let runner_up = candidates.get(1).map(|c| c.0);
    // A short text always argues for something; an essay may fail to say what.
    let floor = if layout.structured() {
        w[Weight::EssayThesisFloor]
    } else {
        w[Weight::TextThesisFloor]
    };
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
    w: &Weights,
) -> Decided {
    // A unit at most a sentence: room taken at once, not grown from empty.
    let mut decided = Decided {
        unit_of: vec![None; doc.sentences.len()],
        units: Vec::with_capacity(doc.sentences.len()),
        ..Decided::default()
    };
    let thesis = choose_thesis(doc, layout, analyses, stated, w);
    let thesis_sentence = thesis.as_ref().map(|(s, _, _)| *s);
    let question =
        opening_question(layout, analyses).filter(|&q| thesis_sentence.is_some_and(|t| t != q));
    // The thesis's words, read once: the restatement and the other side's
    // paragraph compare with them.
    let thesis_stems = thesis_sentence.map(|t| content_stems(doc.plain(t)));
    let restatement = thesis_sentence
        .zip(thesis_stems.as_deref())
        .and_then(|(t, stems)| restatement_of(t, stems, doc, layout, analyses, w));

    let agents: Vec<&str> = analyses
        .iter()
        .filter_map(|a| a.deontic_agent.as_deref())
        .collect();
    let mut after_other_side = false;
    for (index, p) in layout.paragraphs.iter().enumerate() {
        // Asked only where a paragraph opens with others' view: the turn
        // must answer it in the thesis's words ("However, home working
        // ..."), not give a view of its own or move to a new problem ("But
        // that is not the only problem.").
        let next_paragraph_turns = analyses[p.sentences[0]].others_view
            && layout.paragraphs.get(index + 1).is_some_and(|n| {
                let a = &analyses[n.sentences[0]];
                n.section == Section::Body
                    && (a.contrast || a.inner_turn)
                    && !a.reported_view
                    // ("But this is simply not true.": a denial.)
                    && (a.disagrees
                        || thesis_stems.as_deref().is_some_and(|t| {
                            overlap(&content_stems(doc.plain(n.sentences[0])), t) > 0.0
                        }))
            });
        let thesis_pos = p.sentences.iter().position(|&s| Some(s) == thesis_sentence);
        // An opening that gives another's view and then turns from it, with
        // the thesis still to come, is the argument's first move, not scene.
        let before_thesis = &p.sentences[..thesis_pos.unwrap_or(p.sentences.len())];
        // (Or denies it: "Buyers like to say that X. That would be more
        // convincing if Y.")
        let answers_a_view = p.section == Section::Intro
            && analyses[p.sentences[0]].reported_view
            && (turns_after_a_grant(before_thesis, analyses)
                || before_thesis.iter().skip(1).any(|&s| analyses[s].disagrees));
        if answers_a_view {
            decided.answered_openings.push(index);
        }
        // The block's last sentence that denies what was said: found once,
        // so that a paragraph of any length is read in one pass.
        let last_denial = doc.blocks[p.block]
            .sentences
            .clone()
            .rev()
            .find(|&n| analyses[n].disagrees);
        let block_end = doc.blocks[p.block].sentences.end;
        let turned_later = turns_after_each(&p.sentences, analyses);
        // A body paragraph that opens with a story ("Last winter my
        // grandmother needed a new medicine.") tells it before its point:
        // the point is what the story shows, said after it.
        let story_point = (p.section == Section::Body
            && p.sentences.len() > 1
            && !opens_a_point(&analyses[p.sentences[0]])
            && opens_a_story(doc.plain(p.sentences[0])))
        .then(|| point_after_a_story(&p.sentences, doc, analyses))
        .flatten();
        for (i, &s) in p.sentences.iter().enumerate() {
            let a = &analyses[s];
            let next = p.sentences.get(i + 1).map(|&n| &analyses[n]);
            let previous = i.checked_sub(1).map(|k| &analyses[p.sentences[k]]);
            let unit = if Some(s) == restatement {
                // The conclusion states the main claim again: an occurrence
                // of the thesis, linked to the first by a `restates` edge.
                let extra = vec![Cue::bare(CueKind::RestatesThesis)];
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
                    cues: vec![Cue::with(CueKind::Annotation, kind.name())],
                    confidence: 1.0,
                    clause: None,
                    derived: false,
                })
            } else if Some(s) == question {
                // The issue the text argues, answered by its thesis.
                None
            } else if p.section == Section::Intro
                && thesis_pos.is_none_or(|t| i < t)
                && (!a.objection || layout.signposted && !(a.grant && thesis_pos == Some(i + 1)))
                && !answers_a_view
            {
                // Sentences that lead up to the thesis set the scene; in a
                // school-style essay, even the views they mention.
                None
            } else {
                // A body paragraph that ends "Therefore, ..." builds up to its
                // point: its first sentence is a reason, not the point. Not
                // a story's last step told in the past ("So my mum started
                // driving me.", "All told, I spent two hours there.").
                let last_sentence = p.sentences[p.sentences.len() - 1];
                let last = &analyses[last_sentence];
                // Outside a signposted essay, a paragraph that announces its
                // point ("Another reason is that X") keeps it there.
                let ends_with_point = p.section == Section::Body
                    && p.sentences.len() > 1
                    && last.conclusion
                    && !tells_a_story(last, doc.plain(last_sentence))
                    && (layout.signposted || !opens_a_point(&analyses[p.sentences[0]]));
                // "First, X. ... Second, Y. ...": a paragraph that counts
                // its points states each where it counts it; one that tells
                // a story in order ("First, the mill closed. Then ...
                // Finally, ...": its second sentence a step in time) counts
                // steps. A "Then" further on may be a point's own.
                let counted_point = i > 0
                    && a.ordinal
                    && p.section == Section::Body
                    && analyses[p.sentences[0]].ordinal
                    && !p.sentences.get(1).is_some_and(|&s| analyses[s].steps_on);
                let context = Context {
                    previous,
                    next,
                    after_next: p.sentences.get(i + 2).map(|&n| &analyses[n]),
                    turned_later: turned_later[i],
                    // Or the very next sentence doubts it, even a question
                    // that is no node of an essay ("Has he tried?").
                    denied_later: last_denial.is_some_and(|d| d > s)
                        || s + 1 < block_end && analyses[s + 1].asks_back,
                    agents: &agents,
                    after_other_side,
                    next_paragraph_turns,
                    // The point: the opener, a counted point, or the
                    // conclusion a paragraph builds up to ("So X") when no
                    // ordinal's point opened it ("Finally, X. ... So Y.").
                    point: match story_point {
                        Some(k) => i == k,
                        None => {
                            i == 0 && !ends_with_point
                                || counted_point
                                || ends_with_point
                                    && i + 1 == p.sentences.len()
                                    && !opens_a_point(&analyses[p.sentences[0]])
                        }
                    },
                    // (A closing "So X" keeps its own cue.)
                    after_story: story_point == Some(i)
                        && !(ends_with_point && i + 1 == p.sentences.len()),
                    opens: i == 0,
                    section: p.section,
                    signposted: layout.signposted,
                };
                Some(role_of(s, a, &context, w))
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
        if layout.signposted && p.section == Section::Body || answers_a_view {
            concessions_back_the_view(&mut decided, p, analyses);
        }
        if p.section == Section::Body {
            after_other_side = p
                .sentences
                .iter()
                .find_map(|&s| decided.unit_of[s])
                .is_some_and(|u| decided.units[u].kind == NodeKind::Objection);
        }
    }
    decided
}

/// True when a sentence tells the writer's own story in the simple past
/// ("So my mum started driving me to school.", "All told, I spent two
/// hours there."): a step of an anecdote, not a conclusion drawn ("So the
/// fears proved wrong.").
fn tells_a_story(a: &Analysis, text: &str) -> bool {
    a.told_in_the_past()
        && text.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "I" | "my" | "My" | "me" | "we" | "We" | "our" | "Our" | "us"
            )
        })
}

/// True when a sentence opens a story of the writer's world at a time
/// ("Last winter my grandmother ...", "When I was a child, ...", "In 2019 I
/// decided ...", "Two years ago we ...", "I remember ...", "My uncle opened
/// a shop ..."): what it tells is an example, and the point it makes comes
/// after it. Not a topic sentence that names a time ("Last summer showed
/// how dangerous heat has become"), nor one that draws its lesson ("When I
/// worked nights, I learned that X").
pub(super) fn opens_a_story(text: &str) -> bool {
    // The opening words decide whether to read on: most paragraphs open
    // with no time, memory or relative, and their words are not copied.
    let opener = text.trim_start().as_bytes().get(..2).unwrap_or_default();
    let may_open = [
        b"la", b"ye", b"on", b"as", b"gr", b"ba", b"in", b"wh", b"i ", b"my", b"du",
    ]
    .iter()
    .any(|p| opener.eq_ignore_ascii_case(&p[..]))
        || text
            .split_whitespace()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("ago"));
    if !may_open {
        return false;
    }
    let words = crate::text::words(text);
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    // A day or a span of time ("last winter", "last Monday", "last March").
    let time = |x: &str| {
        use super::lexicon::{MONTHS, TIME_WORDS};
        TIME_WORDS.contains(&x)
            || MONTHS.contains(&x)
            || matches!(x, "may" | "semester" | "christmas")
    };
    let is_year = |x: &str| {
        x.len() == 4
            && (x.starts_with("19") || x.starts_with("20"))
            && x.bytes().all(|b| b.is_ascii_digit())
    };
    // A person of the writer's world tells it, and no lesson is drawn in it.
    let personal = words.iter().any(|x| {
        matches!(
            x.as_str(),
            "i" | "we" | "my" | "our" | "me" | "us" | "he" | "she"
        ) || is_kin(x)
    });
    // (Not "see" after "to": "my friends took me to see a film" tells;
    // "I began to see that X" draws a lesson.)
    let lesson = words.iter().enumerate().any(|(i, x)| match x.as_str() {
        "see" => {
            !(i > 0 && words[i - 1] == "to")
                || words
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "that" | "how" | "why"))
        }
        x => matches!(
            x,
            "learned"
                | "learnt"
                | "realized"
                | "realised"
                | "showed"
                | "shows"
                | "proves"
                | "prove"
                | "proved"
                | "taught"
                | "believe"
                | "think"
                | "agree"
                | "convinced"
                | "but"
                | "should"
                | "must"
        ),
    });
    let timed = w(0) == "last" && time(w(1))
        || (1..4).any(|i| w(i) == "ago")
        || w(0) == "yesterday"
        || w(0) == "once"
        || w(0) == "one" && time(w(1))
        || w(0) == "one" && matches!(w(1), "day" | "evening" | "morning" | "afternoon")
        || w(0) == "as"
            && w(1) == "a"
            && matches!(w(2), "child" | "kid" | "boy" | "girl" | "teenager")
        || w(0) == "growing" && w(1) == "up"
        || w(0) == "back" && w(1) == "in"
        || w(0) == "in" && (is_year(w(1)) || time(w(1)) && is_year(w(2)))
        // "In my first year in Madrid I ...", "During my childhood we ...".
        || matches!(w(0), "in" | "during")
            && matches!(w(1), "my" | "our")
            && (time(w(2)) || time(w(3)) || matches!(w(2), "childhood" | "youth" | "teens"))
        // "In the town where I grew up, the school struggled ...".
        || w(0) == "in"
            && (2..5).any(|i| {
                w(i) == "where" && matches!(w(i + 1), "i" | "we") && is_past_verb(w(i + 2))
            })
        || w(0) == "when"
            && (matches!(w(1), "i" | "we") || matches!(w(1), "my" | "our") && is_kin(w(2)))
            && (2..6).any(|i| is_past_verb(w(i)));
    let remembers = w(0) == "i"
        && (w(1) == "remember"
            || w(1) == "still" && w(2) == "remember"
            || matches!((w(1), w(2), w(3)), ("will" | "'ll", "never", "forget")))
        || w(0) == "i'll" && w(1) == "never" && w(2) == "forget";
    let kin_story = w(0) == "my"
        && (1..3).any(|i| is_kin(w(i)))
        // (Not a habit: "My parents have always told me".)
        && (2..6).any(|i| is_past_verb(w(i)) && ![w(i - 1), w(i - 2)].iter().any(|x| matches!(*x, "have" | "has")));
    // A time told of is past, and names no event as the subject ("Last
    // year was the hottest on record"), nor the future ("One day our
    // children will ask", "Once we make voting compulsory, X will").
    // (Weak writers tell a story in the present: "Two years ago I visit".)
    let told = (w(0) != "last" || !is_past_verb(w(2)))
        && !words
            .iter()
            .any(|x| matches!(x.as_str(), "will" | "would" | "'ll"));
    (timed && personal && told || remembers || kin_story) && !lesson
}

/// A relative or someone close whose story a writer tells.
fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "grandmother"
            | "grandfather"
            | "grandma"
            | "grandpa"
            | "grandparents"
            | "uncle"
            | "aunt"
            | "cousin"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "dad"
            | "mum"
            | "mom"
            | "parents"
            | "friend"
            | "neighbour"
            | "neighbor"
            | "colleague"
            | "son"
            | "daughter"
            | "teacher"
            | "coach"
            | "boss"
            | "classmate"
            | "roommate"
            | "husband"
            | "wife"
            | "family"
            | "children"
            | "kids"
    )
}

/// True when `clause` tells the writer's own past ("When I was eight, I fell
/// off my bike", "Last year we moved"): the first person and a verb in the
/// simple past.
pub(super) fn tells_own_past(clause: &str) -> bool {
    let words = crate::text::words(clause);
    words.iter().any(|w| matches!(w.as_str(), "i" | "we")) && words.iter().any(|w| is_past_verb(w))
}

/// A verb in the simple past, by its form: "-ed" or a common irregular one.
fn is_past_verb(word: &str) -> bool {
    word.len() >= 4
        && word.ends_with("ed")
        && !matches!(
            word,
            "need" | "feed" | "seed" | "deed" | "weed" | "reed" | "indeed" | "speed" | "proceed"
        )
        || matches!(
            word,
            "was"
                | "were"
                | "had"
                | "did"
                | "got"
                | "went"
                | "lost"
                | "came"
                | "became"
                | "told"
                | "bought"
                | "spent"
                | "began"
                | "took"
                | "gave"
                | "made"
                | "found"
                | "left"
                | "saw"
                | "felt"
                | "knew"
                | "kept"
                | "paid"
                | "met"
                | "ran"
                | "fell"
                | "broke"
                | "grew"
                | "hid"
                | "cut"
                | "cost"
                | "sold"
                | "won"
                | "wrote"
                | "drove"
                | "flew"
                | "ate"
                | "sat"
                | "stood"
                | "thought"
                | "brought"
                | "taught"
                | "heard"
                | "said"
                | "built"
                | "sent"
                | "caught"
                | "chose"
                | "forgot"
                | "held"
                | "led"
                | "rode"
                | "woke"
                | "wore"
                | "threw"
                | "slept"
                | "fought"
                | "shut"
                | "hit"
                | "put"
        )
}

/// The index in `sentences` (a paragraph that opens with a story) of its
/// point: the first later sentence that says what the author holds ("So
/// X", "This shows that X", "In my view, X", "Schools should X"), else the
/// first that speaks in general: no step of the story (no verb in the
/// past, no "he" or "she", no "Now ..." or "Every night ..."), no one's
/// words in quotes, no other's view. None when the story fills the
/// paragraph: its first sentence keeps the point.
fn point_after_a_story(
    sentences: &[usize],
    doc: &Document,
    analyses: &[Analysis],
) -> Option<usize> {
    let later = &sentences[1..];
    let not_a_view = |a: &Analysis| !a.reported_view && !a.objection && !a.question;
    let tells = |s: usize| {
        let text = doc.plain(s);
        let words = crate::text::words(text);
        let first = words.first().map_or("", String::as_str);
        analyses[s].told_in_the_past()
            || text.contains(['"', '\u{201c}', '\u{201d}'])
            || words.iter().enumerate().any(|(i, w)| {
                matches!(w.as_str(), "he" | "she" | "him" | "her" | "his" | "hers")
                    || is_past_verb(w)
                        && !(i > 0
                            && matches!(
                                words[i - 1].as_str(),
                                "is" | "are"
                                    | "be"
                                    | "been"
                                    | "being"
                                    | "get"
                                    | "gets"
                                    | "feel"
                                    | "feels"
                                    | "seem"
                                    | "seems"
                                    | "become"
                                    | "becomes"
                                    | "very"
                                    | "so"
                                    | "more"
                                    | "most"
                                    | "too"
                                    | "am"
                                    | "not"
                            ))
            })
            || matches!(
                first,
                "now"
                    | "today"
                    | "every"
                    | "then"
                    | "after"
                    | "later"
                    | "yesterday"
                    | "one"
                    | "at"
                    | "during"
                    | "since"
                    | "there"
                    | "i"
                    | "we"
                    | "they"
            ) && !analyses[s].stance
            // "That night ...", not "That is why ...".
            || first == "that"
                && words.get(1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "night" | "day" | "evening" | "morning" | "year" | "summer" | "winter"
                            | "week" | "time"
                    )
                })
            || opens_a_story(text)
    };
    // What the author holds may be told in the story's words ("We should
    // all eat less meat", "Her story shows that X"): neither quoted nor
    // another story.
    let holds = later.iter().position(|&s| {
        let a = &analyses[s];
        let text = doc.plain(s);
        let lower = text.to_ascii_lowercase();
        // The story's lesson drawn ("This shows that X", "Her story shows
        // that X", "This experience convinced me that X"), in any tense.
        let lesson = [
            " shows that",
            " show that",
            " showed that",
            " shows me that",
            " showed me that",
            " shows us that",
            " showed us that",
            " proves that",
            " proved that",
            " convinced me that",
            " convinced us that",
            " taught me that",
            " taught us that",
        ]
        .iter()
        .any(|p| lower.contains(p));
        // A view held: "we" may say it ("We should all eat less meat").
        let first_we = crate::text::words(text).first().is_some_and(|w| w == "we");
        not_a_view(a)
            && !text.contains(['"', '\u{201c}', '\u{201d}'])
            && !opens_a_story(text)
            && (lesson || (a.conclusion || a.stance || a.proposal) && (first_we || !tells(s)))
    });
    // A general sentence speaks of no one's world: no "my", "our", "us",
    // no figure ("Our school gives three hours of homework a night" sets
    // the scene).
    let personal = |s: usize| {
        crate::text::words(doc.plain(s)).iter().any(|w| {
            matches!(w.as_str(), "my" | "our" | "me" | "us" | "mine" | "ours")
                || w.bytes().any(|b| b.is_ascii_digit())
        })
    };
    holds
        .or_else(|| {
            later
                .iter()
                .position(|&s| not_a_view(&analyses[s]) && !tells(s) && !personal(s))
        })
        .map(|k| k + 1)
}

/// True when a paragraph's first sentence announces a point of its own
/// ("Finally, X", "Another reason is that X", "Moreover, X"): a closing
/// "So Y" then sums up, and does not take the point's place.
fn opens_a_point(a: &Analysis) -> bool {
    a.ordinal || a.additive || a.announcer
}

/// The conclusion's sentence that restates the thesis (sentence `thesis`,
/// whose content words are `thesis_stems`):
/// the one closest in words to it, helped by a stance ("I believe") and, in
/// a signposted essay, by opening the conclusion ("In conclusion, ...",
/// "Based on the above, ...", or no marker at all in a school essay's
/// shape), since that sentence sums up the position even in other words.
fn restatement_of(
    thesis: usize,
    thesis_stems: &[String],
    doc: &Document,
    layout: &Layout,
    analyses: &[Analysis],
    w: &Weights,
) -> Option<usize> {
    // Each conclusion sentence with the share of its words the thesis has,
    // read once (stems only for the few sentences compared), and whether it
    // opens the summing up and is granted. "All in all, both sides have a
    // point. Nevertheless, X.": a sentence the next one turns from is
    // granted, and the turn sums up in its place, if the turn speaks of what
    // the thesis does. "To sum up, X. But this will not happen overnight."
    // turns to a caveat: X still restates.
    let mut candidates = Vec::new();
    for p in layout
        .paragraphs
        .iter()
        .filter(|p| p.section == Section::Conclusion)
    {
        let shared: Vec<f32> = p
            .sentences
            .iter()
            .map(|&s| overlap(&content_stems(doc.plain(s)), thesis_stems))
            .collect();
        // (A turn that shares more of the thesis's words than the sentence
        // before it: "In conclusion, bags should be banned. However, shops
        // will need time." keeps the first.)
        let turned_from = |i: usize| {
            p.sentences
                .get(i + 1)
                .is_some_and(|&n| analyses[n].contrast && shared[i + 1] > shared[i])
        };
        for (i, &s) in p.sentences.iter().enumerate() {
            // The turn after a granted opening opens the summing up.
            let first = i == 0 || i == 1 && turned_from(0);
            candidates.push((first, turned_from(i), s, shared[i]));
        }
    }
    candidates
        .into_iter()
        // Said again, so later: the first statement in reading order is the
        // thesis, which is what an annotated essay says too.
        .filter(|&(_, granted, s, _)| s > thesis && !analyses[s].objection && !granted)
        .map(|(first, _, s, shared)| {
            let a = &analyses[s];
            // The opening sentence restates only if it argues at all: "The
            // council votes next month." opens an op-ed's close with news.
            // Outside a school essay's shape it must read as a thesis would
            // (a judgement, a proposal, a stance: not "The board will decide
            // on Tuesday.") and share a word with the thesis: a short piece
            // may close on news or a new proposal.
            let as_thesis = thesis_score(a, w).0 > 0.0;
            let argues = as_thesis
                || a.score(NodeKind::Claim) > 0.0
                || a.score(NodeKind::Recommendation) > 0.0;
            let opening = first && argues && (layout.signposted || as_thesis && shared > 0.0);
            let score = shared
                + if opening {
                    w[Weight::RestatementOpening]
                } else {
                    0.0
                }
                + if a.stance {
                    w[Weight::RestatementStance]
                } else {
                    0.0
                }
                + if a.proposal && analyses[thesis].proposal {
                    w[Weight::RestatementProposal]
                } else {
                    0.0
                };
            (score, s)
        })
        .filter(|(score, _)| *score >= w[Weight::RestatementFloor])
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s)
}

/// True when a sentence after the first of `sentences` turns ("But ...")
/// right after it or right after a sentence that grants or points back
/// ("It is a tidy argument."): the turn answers the first, not a fact in
/// between ("Doctors say X. Most get less. But schools start at eight.").
/// For each sentence of `sentences`, [`turns_after_a_grant`] of the
/// paragraph from it on: one pass from the end, so that a paragraph of any
/// length is read once, not once per sentence.
fn turns_after_each(sentences: &[usize], analyses: &[Analysis]) -> Vec<bool> {
    let n = sentences.len();
    // A turn at k that follows what it may turn from (a grant, a view, a
    // pointer back), whatever sentence the reading starts from before k - 1.
    let turns_at = |k: usize| {
        let before = &analyses[sentences[k - 1]];
        analyses[sentences[k]].contrast
            && (before.refers_back || before.concession || before.objection)
    };
    let mut out = vec![false; n];
    let mut later = false; // a turn at some k >= i + 2 that counts
    for i in (0..n).rev() {
        if i + 2 < n {
            later |= turns_at(i + 2);
        }
        // Right after the first sentence, any turn counts.
        let next = i + 1 < n && analyses[sentences[i + 1]].contrast;
        out[i] = next || later;
    }
    out
}

fn turns_after_a_grant(sentences: &[usize], analyses: &[Analysis]) -> bool {
    (1..sentences.len()).any(|k| {
        let before = &analyses[sentences[k - 1]];
        analyses[sentences[k]].contrast
            && (k == 1 || before.refers_back || before.concession || before.objection)
    })
}

/// The units of paragraph `p` after its first, when the first is an
/// objection (the paragraph opens with the other side's view).
fn after_the_other_sides_view<'a>(
    unit_of: &'a [Option<usize>],
    units: &[Unit],
    p: &'a super::sections::Paragraph,
) -> Option<impl Iterator<Item = usize> + 'a> {
    // Read as they come, not collected: most paragraphs stop at the head.
    let mut later = p.sentences.iter().filter_map(move |&s| unit_of[s]);
    let head = later.next()?;
    (units[head].kind == NodeKind::Objection).then_some(later)
}

/// In a paragraph that opens with the other side's view (a signposted
/// essay's, or an opening that answers a view before the thesis), a
/// further objection before the turn ("It is true that X") grants a reason
/// for that view: evidence under it, not a second objection.
fn concessions_back_the_view(
    decided: &mut Decided,
    p: &super::sections::Paragraph,
    analyses: &[Analysis],
) {
    let Some(later) = after_the_other_sides_view(&decided.unit_of, &decided.units, p) else {
        return;
    };
    for u in later {
        let unit = &mut decided.units[u];
        if unit.kind != NodeKind::Objection || analyses[unit.sentence].contrast {
            break;
        }
        unit.kind = NodeKind::Evidence;
        unit.cues.push(Cue::bare(CueKind::BacksView));
    }
}

/// Where a sentence sits, for [`role_of`].
struct Context<'a> {
    previous: Option<&'a Analysis>,
    next: Option<&'a Analysis>,
    after_next: Option<&'a Analysis>,
    /// A later sentence of the paragraph opens with a turn ("But ...").
    turned_later: bool,
    /// A later sentence of the paragraph denies what was said ("The figures
    /// point the other way."), or the next one doubts it ("Has he tried?").
    denied_later: bool,
    /// The words before the text's deontic modals: the agents it asks to act.
    agents: &'a [&'a str],
    /// The previous body paragraph opened with the other side's view.
    after_other_side: bool,
    /// The next paragraph is a body paragraph that opens with a turn
    /// ("However, ...", "On the other hand, ...").
    next_paragraph_turns: bool,
    /// The sentence carries its paragraph's point.
    point: bool,
    /// That point is said after the story the paragraph opens with.
    after_story: bool,
    /// The sentence opens its paragraph (the place a view is given to be
    /// answered, whether or not it is the point).
    opens: bool,
    section: Section,
    signposted: bool,
}

/// The role of one non-thesis sentence from its cues and position.
fn role_of(sentence: usize, a: &Analysis, context: &Context<'_>, w: &Weights) -> Unit {
    use CueKind as K;
    use NodeKind::*;
    let Context {
        point,
        section,
        signposted,
        ..
    } = *context;
    // The cues that vote here, kept in place until the unit's cues are
    // made: a vector of them, grown from empty and copied after the
    // analysis' cues, cost an allocation or two a unit.
    let mut votes = Votes::default();
    // A signposted essay's body paragraph states its point once and then
    // gives reasons for it.
    let reason_only = signposted && section == Section::Body && !point;
    let mut claim = if reason_only {
        // Only a marked claim ("Therefore", "I believe") counts: evaluative
        // words and modals are as common in reasons as in claims.
        a.cues
            .iter()
            .filter(|c| c.role == Some(Claim) && c.weight >= w[Weight::ReasonClaimCue])
            .map(|c| c.weight)
            .sum()
    } else {
        a.score(Claim)
    };
    let evidence = a.score(Evidence);
    // "X could Y" proposes only when the text asks X to act elsewhere ("X
    // should Z"); otherwise it says what is possible.
    let unasked = a
        .weak_agent
        .as_deref()
        .is_some_and(|agent| !context.agents.contains(&agent));
    let possibility: f32 = a
        .cues
        .iter()
        .filter(|c| unasked && c.cue.kind == K::WeakModal)
        .map(|c| c.weight)
        .sum();
    let recommendation = a.score(Recommendation) - possibility;
    let mut objection = a.score(Objection);
    let (claim_votes, objection_votes) = context_votes(a, context, reason_only, w, &mut votes);
    claim += claim_votes;
    objection += objection_votes;
    // Reasons in a signposted body paragraph use modals freely ("you must
    // ask the way", "they can study"): there the paragraph's point proposes,
    // and what follows it argues.
    let recommendation_floor = if reason_only {
        f32::INFINITY
    } else {
        w[Weight::RecommendationFloor]
    };
    let mut scored = [
        (
            Objection,
            if objection >= w[Weight::ObjectionFloor] {
                objection + w[Weight::ObjectionBonus]
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
        let favour = if point || section == Section::Flat {
            2
        } else {
            3
        };
        scored[favour].1 += 0.01;
        votes.push(if favour == 2 {
            K::DefaultClaim
        } else {
            K::DefaultEvidence
        });
    }
    scored.sort_by(|x, y| y.1.total_cmp(&x.1));
    let (kind, best) = scored[0];
    let second = scored[1].1;
    let confidence = (0.5 + 0.5 * (best - second) / (best.abs() + 1.0)).clamp(0.35, 0.99);
    Unit {
        sentence,
        kind,
        cues: votes.after(a),
        confidence: (confidence * 100.0).round() / 100.0,
        clause: None,
        derived: false,
    }
}

/// What a sentence's place adds to its claim and objection scores: the
/// first of its paragraph, in the conclusion, answering the objection before
/// it, turning inside, granting what the next sentence turns, or reporting a
/// view the next sentence answers. The cues that voted go to `extra`.
fn context_votes(
    a: &Analysis,
    context: &Context<'_>,
    reason_only: bool,
    w: &Weights,
    extra: &mut Votes,
) -> (f32, f32) {
    use CueKind as K;
    let Context {
        previous,
        next,
        after_next,
        turned_later,
        point,
        opens,
        section,
        ..
    } = *context;
    let (mut claim, mut objection) = (0.0, 0.0);
    if point && matches!(section, Section::Body | Section::Conclusion) {
        claim += w[Weight::ParagraphFirst];
        extra.push(if opens {
            K::ParagraphFirst
        } else if context.after_story {
            K::PointAfterStory
        } else {
            K::ParagraphPoint
        });
    }
    if section == Section::Conclusion {
        claim += w[Weight::InConclusion];
        extra.push(K::InConclusion);
    }
    // In a signposted essay the answer to an objection is a reason against
    // it, not a new point.
    if previous.is_some_and(|p| p.objection) && a.contrast && !reason_only {
        claim += w[Weight::Rebuttal];
        extra.push(K::Rebuttal);
    }
    // "Indeed X. Y, however, Z.": the granted point is the objection and the
    // turn answers it; a turn after anything else raises one.
    // (After a view or a grant, the turn answers it.)
    // (A body paragraph's first sentence after one that gave the other
    // side answers that paragraph: "My own experience, however, ...".)
    let answers_the_paragraph_before =
        opens && section == Section::Body && context.after_other_side;
    if a.inner_turn
        && !previous.is_some_and(|p| p.concession || p.objection || p.reported_view)
        && !answers_the_paragraph_before
    {
        objection += w[Weight::TurnInside];
        extra.push(K::TurnInside);
    }
    if a.concession && next.is_some_and(|n| n.inner_turn) {
        objection += w[Weight::GrantedThenTurned];
        extra.push(K::GrantedThenTurned);
    }
    // A view given to others and then answered ("Some managers claim X.
    // Yet ...", "Some managers claim X, but ...", or a grant between the
    // two) is the other side's,
    // whatever its position.
    // The answer may come after a sentence that grants the view a point
    // ("Some X argue Y. Y matters. But Z.").
    let granted_then_answered = next
        .is_some_and(|n| !n.contrast && !n.reported_view && (!n.objection || n.concession))
        && after_next.is_some_and(Analysis::turns_from_view);
    let answered = a.turns
        // "This is a fair worry, but ...": pointing back at the view,
        // then turning from it.
        || next.is_some_and(|n| {
            n.answers() || n.grants_then_turns || n.turns && n.refers_back || n.inner_turn
        })
        || granted_then_answered;
    // Or a paragraph opens with the view, backs it, grants it, and then
    // turns ("X claim that Y. Z, they reason. It is a tidy argument. But
    // ..."): the paragraph is the answer.
    let answered_later = opens && turned_later;
    if a.reported_view && (answered || answered_later) {
        objection += w[Weight::ReportedViewAnswered];
        extra.push(K::ReportedViewAnswered);
    } else if a.reported_view
        && opens
        && section == Section::Body
        && (a.disputed_view || context.denied_later)
    {
        // A paragraph that opens with others' view held at a distance
        // ("The firms insist that X"), or one the paragraph goes on to deny
        // or question ("Has he tried?"), is there to answer it, even with
        // no "But": an opposing view given as the author's own point was
        // the op-eds' commonest misreading (docs/measurements.md, round
        // fourteen). A view the author may share ("Parents say that the
        // crossing made mornings calmer.") stays a point.
        objection += w[Weight::ReportedViewOpens];
        extra.push(K::ReportedViewOpens);
    } else if a.reported_view && opens && section == Section::Body && context.next_paragraph_turns {
        // "People who prefer the office argue that X. ..." and then
        // "However, Y." opening the next paragraph: a two-sided essay gives
        // the other side a paragraph and answers it in the next.
        objection += w[Weight::AnsweredByNextParagraph];
        extra.push(K::AnsweredByNextParagraph);
    } else if a.other_hand
        && (section == Section::Flat
            || opens && section == Section::Body && !context.after_other_side)
        // After a grant or a view, it is the author's answer.
        && !context
            .previous
            .is_some_and(|p| p.concession || p.objection || p.reported_view)
    {
        // "On the other hand, X" turns to the other side: the view the
        // text answers, unless the paragraph before gave that side and this
        // one comes back.
        objection += w[Weight::ReportedViewOpens];
        extra.push(K::OtherHand);
    }
    // A paragraph's first sentence in an essay is its point; in a short text it
    // may be the view the text turns against.
    // ("On the other hand" turns to the other side, not against this one.)
    if next.is_some_and(|n| n.contrast && !n.other_hand) && (!point || section == Section::Flat) {
        // In a short text a turn ("But ...") nearly always answers the sentence
        // before; in a long essay it often just turns between facts.
        objection += if section == Section::Flat {
            w[Weight::RebuttedByNextText]
        } else {
            w[Weight::RebuttedByNextEssay]
        };
        extra.push(K::RebuttedByNext);
    }
    (claim, objection)
}

/// The layout cues that voted for a unit's role, in the order they voted:
/// each of [`context_votes`]'s and [`role_of`]'s votes at most once.
struct Votes {
    kinds: [CueKind; 10],
    len: usize,
}

impl Default for Votes {
    fn default() -> Votes {
        Votes {
            kinds: [CueKind::ParagraphFirst; 10],
            len: 0,
        }
    }
}

impl Votes {
    /// Add a vote.
    fn push(&mut self, kind: CueKind) {
        self.kinds[self.len] = kind;
        self.len += 1;
    }

    /// The cues of `a` followed by the votes, in a vector of just that
    /// length (as [`cue_names`] makes it): a node keeps it.
    fn after(&self, a: &Analysis) -> Vec<Cue> {
        let votes = &self.kinds[..self.len];
        let mut cues = Vec::with_capacity(a.cues.len() + votes.len());
        cues.extend(a.cues.iter().map(|c| c.cue.clone()));
        cues.extend(votes.iter().map(|&kind| Cue::bare(kind)));
        cues
    }
}

/// The cue names of an analysis, followed by the layout cues.
fn cue_names(a: &Analysis, extra: Vec<Cue>) -> Vec<Cue> {
    a.cues.iter().map(|c| c.cue.clone()).chain(extra).collect()
}

#[cfg(test)]
proptest::proptest! {
    /// The one-pass reading says for each sentence what reading the rest of
    /// the paragraph from it says.
    #[test]
    fn turns_after_each_reads_as_the_rest_of_the_paragraph_does(
        flags in proptest::collection::vec(proptest::prelude::any::<[bool; 4]>(), 0..24)
    ) {
        let analyses: Vec<Analysis> = flags
            .iter()
            .map(|&[contrast, refers_back, concession, objection]| Analysis {
                contrast,
                refers_back,
                concession,
                objection,
                ..Analysis::default()
            })
            .collect();
        let sentences: Vec<usize> = (0..analyses.len()).collect();
        let each = turns_after_each(&sentences, &analyses);
        for (i, &turned) in each.iter().enumerate() {
            proptest::prop_assert_eq!(turned, turns_after_a_grant(&sentences[i..], &analyses));
        }
    }
}
