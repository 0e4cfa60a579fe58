//! Roles + layout -> support and attack relations.
//!
//! Essays are built in a few common shapes, and these rules follow them:
//! a body paragraph's topic sentence carries the thesis and the rest of the
//! paragraph carries the topic sentence; enumerations hang under the sentence
//! that announces them; in an essay's paragraph a sentence that opens with
//! "This" or "The latter" bears on the sentence before (in a short text it
//! names the main claim's subject again); an objection attacks what it opposes and a
//! following "However" attacks the objection.

use super::cues::Analysis;
use super::roles::Decided;
use super::sections::{Layout, Section};
use super::Relation;
use crate::graph::{CueKind, EdgeKind, NodeKind};
use rustc_hash::FxHashSet;

struct Linker<'a> {
    analyses: &'a [Analysis],
    decided: &'a Decided,
    relations: Vec<Relation>,
    /// (from, to) pairs already linked, so a pair is linked once, each
    /// packed in one `u64` (see [`pair`]). Unit indexes, not text an input
    /// could choose to collide: a fast hash is safe.
    linked: FxHashSet<u64>,
    /// For each unit, the unit it was first attached to.
    parent: Vec<Option<usize>>,
}

impl Linker<'_> {
    fn link(&mut self, from: usize, to: usize, kind: EdgeKind, cue: &'static str) {
        if from == to || !self.linked.insert(pair(from, to)) {
            return;
        }
        if self.parent[from].is_none() {
            self.parent[from] = Some(to);
        }
        self.relations.push(Relation {
            from,
            to,
            kind,
            cue,
        });
    }

    fn kind(&self, unit: usize) -> NodeKind {
        self.decided.units[unit].kind
    }

    fn cues(&self, unit: usize) -> &Analysis {
        &self.analyses[self.decided.units[unit].sentence]
    }
}

/// Two unit indexes in one key: half the set of `(usize, usize)` pairs,
/// which for a huge essay is tens of megabytes. Every unit holds over a
/// hundred bytes of memory, so its index stays far below 2^32.
fn pair(from: usize, to: usize) -> u64 {
    debug_assert!(from < 1 << 32 && to < 1 << 32);
    ((from as u64) << 32) | to as u64
}

/// Link the units of a document.
pub(super) fn link(layout: &Layout, analyses: &[Analysis], decided: &Decided) -> Vec<Relation> {
    let mut linker = Linker {
        analyses,
        decided,
        // About one relation a unit: room taken at once, not grown from empty.
        relations: Vec::with_capacity(decided.units.len()),
        // As many pairs: a set grown from empty rehashed every pair each
        // time it doubled.
        linked: FxHashSet::with_capacity_and_hasher(decided.units.len(), Default::default()),
        parent: vec![None; decided.units.len()],
    };
    // Every further statement of the thesis (a restatement found in the
    // conclusion, or a second thesis the author annotated) restates the first.
    if let Some(t) = decided.thesis {
        for (u, unit) in decided.units.iter().enumerate() {
            if u != t && unit.kind == NodeKind::Thesis {
                linker.link(u, t, EdgeKind::Restates, "restates-thesis");
            }
        }
    }
    if layout.structured() {
        structured(&mut linker, layout);
    } else {
        let paragraphs: Vec<Vec<usize>> = layout
            .paragraphs
            .iter()
            .map(|p| {
                p.sentences
                    .iter()
                    .filter_map(|&s| decided.unit_of[s])
                    .collect()
            })
            .collect();
        flat(&mut linker, &paragraphs);
    }
    linker.relations
}

/// An essay with introduction, body and (maybe) conclusion.
fn structured(l: &mut Linker<'_>, layout: &Layout) {
    let thesis = l.decided.thesis;
    // The last sentence of the previous paragraph, for list items that
    // continue an announcing sentence ("There are three reasons:").
    let mut previous_tail: Option<usize> = None;
    // A paragraph's units, in one buffer kept from paragraph to paragraph
    // (a vector collected for each, grown from empty, cost about 250
    // instructions a paragraph).
    let mut units: Vec<usize> = Vec::new();
    for (index, p) in layout.paragraphs.iter().enumerate() {
        units.clear();
        units.extend(p.sentences.iter().filter_map(|&s| l.decided.unit_of[s]));
        let opens_with_objection = units
            .first()
            .is_some_and(|&u| l.kind(u) == NodeKind::Objection);
        // An opening that gives the other side's view and answers it, with
        // the thesis still to come, is linked as a body paragraph is: every
        // paragraph but the conclusion that opens with an objection. With
        // the thesis later in the same paragraph ("X argues that Y. It is
        // true that Z. But W. We should V."), the view and its answer sit
        // under that thesis, and what follows it supports it.
        let thesis_at = units.iter().position(|&u| Some(u) == thesis);
        let answers_a_view = opens_with_objection
            && (thesis_at.is_none() || l.decided.answered_openings.contains(&index));
        if let Some(t) = thesis_at.filter(|_| answers_a_view && p.section == Section::Intro) {
            answered_objection(l, &units[..t], thesis);
            for &u in &units[t + 1..] {
                l.link(
                    u,
                    units[t],
                    EdgeKind::Supports,
                    "position:intro-after-thesis",
                );
            }
            previous_tail = units.last().copied();
            continue;
        }
        if p.section == Section::Intro && !answers_a_view {
            for &u in &units {
                if Some(u) == thesis {
                    continue;
                }
                match (l.kind(u), thesis) {
                    (NodeKind::Objection, Some(t)) => {
                        l.link(u, t, EdgeKind::Attacks, "objection:answered-by-thesis")
                    }
                    (_, Some(t)) => l.link(u, t, EdgeKind::Supports, "position:intro-after-thesis"),
                    _ => {}
                }
            }
            previous_tail = units.last().copied();
            continue;
        }
        // A thesis found outside the introduction carries the paragraph it
        // stands in; it supports nothing in it (that would be a cycle).
        units.retain(|&u| Some(u) != thesis);
        let announcing_tail = previous_tail.filter(|&t| l.cues(t).announcer);
        let upper = if p.list_item {
            announcing_tail.or(thesis)
        } else {
            thesis
        };
        if p.section != Section::Conclusion && opens_with_objection {
            answered_objection(l, &units, upper);
        } else {
            // A body paragraph that ends "Therefore, X" builds up to X.
            let point_last = units.last().copied().filter(|&u| {
                p.section == Section::Body
                    && units.len() > 1
                    && l.cues(u).conclusion
                    && matches!(l.kind(u), NodeKind::Claim | NodeKind::Recommendation)
            });
            // Or one that opens with a story makes its point after it.
            let after_story = || {
                units.iter().copied().skip(1).find(|&u| {
                    matches!(l.kind(u), NodeKind::Claim | NodeKind::Recommendation)
                        && (l.decided.units[u].cues.iter())
                            .any(|c| c.kind == CueKind::PointAfterStory)
                })
            };
            paragraph(
                l,
                &units,
                upper,
                p.section == Section::Conclusion,
                point_last.or_else(after_story),
            );
        }
        if !(p.list_item && announcing_tail.is_some()) {
            previous_tail = units.last().copied();
        }
    }
}

/// Link the units of one body or conclusion paragraph; `upper` is what its
/// topic sentence carries (the thesis, or an announcing sentence), and
/// `point` the paragraph's point when it is not the first sentence.
fn paragraph(
    l: &mut Linker<'_>,
    units: &[usize],
    upper: Option<usize>,
    conclusion: bool,
    point: Option<usize>,
) {
    let restatement = l
        .decided
        .restatement
        .filter(|r| conclusion && units.contains(r));
    let head = point.or(restatement).or_else(|| {
        units
            .iter()
            .copied()
            .find(|&u| l.kind(u) != NodeKind::Objection)
    });
    let Some(head) = head else {
        // Only objections: they attack the thesis.
        for &u in units {
            if let Some(t) = upper {
                l.link(u, t, EdgeKind::Attacks, "objection:of-thesis");
            }
        }
        return;
    };
    if let Some(t) = upper {
        if restatement.is_some() {
            l.link(head, t, EdgeKind::Restates, "restates-thesis");
        } else {
            l.link(head, t, EdgeKind::Supports, "structure:topic-sentence");
        }
    }
    let head_position = units.iter().position(|&x| x == head);
    let head_next = head_position.and_then(|p| units.get(p + 1));
    let mut announcer =
        (l.cues(head).announcer || names_then_counts(l, head, head_next)).then_some(head);
    let mut focus = head;
    // What the focus was before a reason for it took its place.
    let mut explained: Option<usize> = None;
    let mut pending_objection: Option<usize> = None;
    let mut previous: Option<usize> = None;
    for (position, &u) in units.iter().enumerate() {
        if u == head {
            if let (Some(o), true) = (pending_objection, l.cues(u).contrast) {
                l.link(u, o, EdgeKind::Attacks, "rebuttal:contrast");
                pending_objection = None;
            }
            previous = Some(u);
            continue;
        }
        let a = l.cues(u);
        let kind = l.kind(u);
        let (focus_before, explains) = (focus, a.explains_previous);
        if kind == NodeKind::Objection {
            // An objection before the topic sentence opposes the thesis;
            // inside the paragraph it opposes the paragraph's point.
            // (Units are distinct, so `position` is where `u` first occurs.)
            let target = if Some(position) < head_position {
                upper.unwrap_or(head)
            } else {
                head
            };
            l.link(u, target, EdgeKind::Attacks, "objection");
            pending_objection = Some(u);
        } else if let (Some(o), true) = (pending_objection, a.answers()) {
            l.link(u, o, EdgeKind::Attacks, "rebuttal:contrast");
            pending_objection = None;
            focus = u;
        } else if let (Some(an), true) = (announcer, a.ordinal) {
            l.link(u, an, EdgeKind::Supports, "enumeration:item");
            focus = u;
        } else if a.ordinal && l.cues(head).ordinal && kind != NodeKind::Evidence {
            // "First, X. ... Second, Y.": a paragraph that counts its points
            // states them side by side, each bearing on what the first does.
            // (A story's steps are evidence already: see `roles`.)
            if let Some(t) = upper {
                l.link(u, t, EdgeKind::Supports, "enumeration:sibling");
            }
            focus = u;
        } else if a.announcer && kind == NodeKind::Claim
            || names_then_counts(l, u, units.get(position + 1))
        {
            l.link(u, focus, EdgeKind::Supports, "announces:enumeration");
            announcer = Some(u);
            focus = u;
        } else if let (true, Some(prev)) = (a.anaphora, previous) {
            // "This"/"The latter" refers to the sentence before; evidence that
            // follows evidence shares its parent instead of chaining under it.
            let target = if l.kind(prev) == NodeKind::Evidence && prev != head {
                l.parent[prev].unwrap_or(focus)
            } else {
                prev
            };
            l.link(u, target, EdgeKind::Supports, "anaphora:previous");
            // "X. This is because Y. For instance, Z.": Z backs Y.
            if explains {
                explained = Some(focus);
                focus = u;
            } else if kind == NodeKind::Claim {
                focus = u;
            }
        } else if kind == NodeKind::Evidence {
            // "Moreover, Z", "Families also need Z", "This shows that Z"
            // after a reason's backing go back to the point.
            if l.cues(u).returns_to_the_point() {
                focus = explained.take().unwrap_or(focus);
            }
            l.link(u, focus, EdgeKind::Supports, "structure:paragraph");
            if explains {
                explained = Some(focus);
                focus = u;
            }
        } else {
            let target = announcer.unwrap_or(head);
            l.link(u, target, EdgeKind::Supports, "structure:paragraph");
            if kind == NodeKind::Claim {
                focus = u;
            }
        }
        // The focus moved for another reason (a claim, an answer, a counted
        // point): the reason's backing has ended.
        if focus != focus_before && !explains {
            explained = None;
        }
        previous = Some(u);
    }
}

/// A sentence that names what it counts announces only when a count of
/// points starts right after it ("three benefits, including X. First,
/// ..."), whatever its kind, and not inside a count already going ("First,
/// X. Families enjoy several benefits, such as Y. Second, Z.").
fn names_then_counts(l: &Linker<'_>, u: usize, next: Option<&usize>) -> bool {
    l.cues(u).names_its_count && next.is_some_and(|&n| l.cues(n).opens_a_count)
}

/// A body paragraph that opens with the other side's view
/// ("Admittedly, some argue X. However, Y. Moreover, Z."): the view attacks
/// the thesis, the answer attacks the view, a further answer ("Moreover")
/// attacks it too, and what backs an answer supports that answer.
fn answered_objection(l: &mut Linker<'_>, units: &[usize], upper: Option<usize>) {
    let Some((&first, rest)) = units.split_first() else {
        return;
    };
    let mut objection = first;
    if let Some(t) = upper {
        l.link(objection, t, EdgeKind::Attacks, "objection:of-thesis");
    }
    // The sentences that still argue for the view, until the turn. A view
    // granted and answered in one sentence ("It is true that X; however,
    // Y") has had its answer: what follows backs it (see `split_clauses`,
    // which gives that backing to Y).
    let a = l.cues(objection);
    let mut answer: Option<usize> =
        (a.grants_then_turns || a.objection && a.turns).then_some(objection);
    // Whether the author has turned from the view yet (not merely a
    // sentence read as its answer for want of a turn).
    let mut turned = answer.is_some();
    let mut previous = objection;
    // The last turn from the view, found once: a paragraph of any length
    // is read in one pass.
    let last_turn = rest.iter().rposition(|&n| l.cues(n).turns_from_view());
    // The last sentence that only turns ("But Z"), not one that grants a
    // new point and turns from it.
    let last_plain_turn = rest.iter().rposition(|&n| {
        let a = l.cues(n);
        a.contrast && !a.grants_then_turns && !a.objection
    });
    for (i, &u) in rest.iter().enumerate() {
        let a = l.cues(u);
        // A second view after the first was answered ("Others worry that
        // X.", "It is true that X; however, Y.") is the other side's again:
        // it opposes what the first opposed, and the next turn answers it.
        if turned
            && l.kind(u) == NodeKind::Objection
            && (a.grants_then_turns || a.reported_view && !a.turns)
        {
            let answered_inside = a.grants_then_turns;
            if let Some(t) = upper {
                l.link(u, t, EdgeKind::Attacks, "objection:of-thesis");
            }
            objection = u;
            answer = answered_inside.then_some(u);
            turned = answered_inside;
            previous = u;
            continue;
        }
        // Before the turn, a sentence that grants more ("It is true that X",
        // or any sentence before the "But" that denies nothing) backs the view.
        // "It is true that X, but Y" grants and answers in one sentence.
        let before_turn = !a.disagrees && last_turn.is_some_and(|t| t > i);
        let grants = (l.kind(u) == NodeKind::Objection || a.objection || before_turn)
            && !a.grants_then_turns;
        // (After a view granted and answered in one sentence, a sentence
        // before a later "But" still grants: "It is true that X; however,
        // Y. Students can look things up in seconds. But Z.")
        let still_granting =
            answer.is_none() || answer == Some(objection) && last_plain_turn.is_some_and(|t| t > i);
        if grants && still_granting && !a.contrast {
            l.link(u, objection, EdgeKind::Supports, "objection:elaborates");
        } else if answer.is_none() || a.contrast || a.additive || a.joining || a.grants_then_turns {
            turned |= a.contrast || a.turns_from_view() || a.grants_then_turns || a.disagrees;
            l.link(u, objection, EdgeKind::Attacks, "rebuttal:answers-view");
            answer = Some(u);
        } else {
            let target = if a.anaphora {
                previous
            } else {
                answer.unwrap_or(previous)
            };
            l.link(u, target, EdgeKind::Supports, "structure:backs-answer");
        }
        previous = u;
    }
}

/// A short text with no paragraph structure: everything bears on the thesis
/// unless a marker says otherwise.
fn flat(l: &mut Linker<'_>, paragraphs: &[Vec<usize>]) {
    let Some(thesis) = l.decided.thesis else {
        return;
    };
    let mut pending_objection: Option<usize> = None;
    for units in paragraphs {
        let mut previous: Option<usize> = None;
        // The latest claim of the paragraph: evidence after it backs it.
        let mut focus: Option<usize> = None;
        for &u in units {
            if u == thesis {
                previous = Some(u);
                continue;
            }
            let a = l.cues(u);
            let kind = l.kind(u);
            let example = a.example;
            let follows_objection = previous.is_some() && previous == pending_objection;
            if kind == NodeKind::Objection && follows_objection {
                // A second objection in a row spells out the first.
                let head = pending_objection.unwrap_or(thesis);
                l.link(u, head, EdgeKind::Supports, "objection:elaborates");
            } else if kind == NodeKind::Objection {
                l.link(u, thesis, EdgeKind::Attacks, "objection:of-thesis");
                pending_objection = Some(u);
            } else if let (Some(o), true) = (
                pending_objection,
                // "X, however, Y" right after the view turns from it too.
                a.answers() || a.inner_turn && follows_objection,
            ) {
                l.link(u, o, EdgeKind::Attacks, "rebuttal:contrast");
                pending_objection = None;
                if kind == NodeKind::Claim {
                    focus = Some(u);
                }
            } else if let (Some(prev), true) = (previous.filter(|&p| p != thesis), example) {
                // An example illustrates the sentence before it. A sentence
                // that opens "They ..." or "This ..." does not: in a short
                // text it names the main claim's subject again far more often
                // than it leans on the sentence before (measured on both
                // microtext sets; docs/measurements.md).
                l.link(u, prev, EdgeKind::Supports, "example:previous");
            } else if let (Some(f), NodeKind::Evidence) = (focus, kind) {
                l.link(u, f, EdgeKind::Supports, "structure:after-claim");
            } else {
                l.link(u, thesis, EdgeKind::Supports, "structure:supports-thesis");
                // With several paragraphs, a claim that opens one gathers
                // the evidence after it; in a single paragraph every premise
                // argues for the main claim.
                let opens = units.first() == Some(&u)
                    || previous == Some(thesis) && units.get(1) == Some(&u);
                if kind == NodeKind::Claim && paragraphs.len() > 1 && opens {
                    focus = Some(u);
                }
            }
            previous = Some(u);
        }
    }
}
