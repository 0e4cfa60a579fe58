//! The cues that decided a node's role: a closed set of kinds, so that lint,
//! annotate and eval match on what fired instead of parsing names back.
//!
//! A cue prints as its kind's name, then `:` and the phrase or word that
//! fired where there is one (`modal:should`, `number:25`,
//! `citation:link`). That printed form is what the JSON contract and `show`
//! carry; inside the program a cue is a [`CueKind`] and its detail.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// The phrase or word behind a cue: a lexicon entry, or text of the essay.
pub type CueDetail = Cow<'static, str>;

macro_rules! cue_kinds {
    ($($(#[doc = $doc:expr])+ $kind:ident => $name:literal,)+) => {
        /// What a cue is: the signal a sentence gave or the position it held.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum CueKind {
            $($(#[doc = $doc])+ $kind,)+
        }

        impl CueKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [CueKind] = &[$(CueKind::$kind,)+];

            /// The name a cue of this kind prints under (before `:detail`).
            /// Several kinds share a name where the reader sees one signal
            /// and the weights tell them apart (`modal` for "should" and "can").
            pub fn name(self) -> &'static str {
                match self {
                    $(CueKind::$kind => $name,)+
                }
            }
        }
    };
}

cue_kinds! {
    /// A concessive opener ("Although", "While some"): the author's clause follows.
    ConcessiveOpener => "objection",
    /// An opener that reports the other side ("Critics argue", "Some say").
    ObjectionOpener => "objection",
    /// A phrase anywhere that reports the other side ("opponents claim").
    ObjectionPhrase => "objection",
    /// A contrastive opener ("But", "However").
    Contrast => "contrast",
    /// A conclusion opener ("Therefore", "In conclusion").
    ConclusionMarker => "marker",
    /// A listed stance phrase ("I believe", "in my opinion").
    Stance => "stance",
    /// The first person taking a side in words no list holds ("I would contend that").
    OpenStance => "stance",
    /// Certainty ("clearly", "without doubt").
    Certainty => "certainty",
    /// A conclusion word inside the sentence ("X is therefore Y").
    InnerConclusion => "marker-inside",
    /// "however" inside the sentence: a turn.
    InnerTurn => "contrast:however-inside",
    /// An opener that joins on to the sentence before ("And", "Plus").
    Joining => "joins",
    /// An emphatic "do" ("Patients do report"): conceding what others stress.
    EmphaticDo => "emphatic",
    /// An additive opener ("In addition", "Moreover").
    Additive => "marker",
    /// An ordinal opener ("First,", "Second,").
    Ordinal => "enumeration",
    /// A sentence that announces a list ("The benefits are twofold:").
    Announcer => "announces:enumeration",
    /// An opener that points back ("This", "These").
    Anaphora => "anaphora",
    /// An anaphoric determiner early in the sentence ("Through these ...").
    AnaphoricDeterminer => "anaphora",
    /// A conditional opener ("If", "Unless").
    Conditional => "conditional",
    /// An evaluative word ("unfair", "essential").
    Evaluative => "evaluative",
    /// A judgement frame: a copula then an evaluative word ("it is unfair").
    Judgement => "frame:judgement",
    /// A hedge ("perhaps", "arguably").
    Hedge => "hedge",
    /// A negated claim ("it is not true that").
    NegatedClaim => "marker:negated-claim",
    /// A view given to others with a verb of saying ("Some managers claim").
    ReportedView => "attribution:reported-view",
    /// A point granted and turned inside ("It is true that X, but Y").
    GrantsThenTurns => "concession:turns-inside",
    /// A proposal phrase ("we must", "it is time to").
    ProposalPhrase => "proposal",
    /// A modal inside a reported debate ("whether X should"): no proposal.
    ReportedWhether => "reported-whether",
    /// A modal inside a relative clause ("that X could ..."): no proposal.
    ModalInRelative => "modal-in-relative",
    /// A deontic modal ("should", "must").
    DeonticModal => "modal",
    /// An obligation ("have to", "need to").
    Obligation => "modal",
    /// An obligation denied ("do not have to", "don't need to"): what
    /// nobody must do is a benefit described, no proposal.
    NoObligation => "modal-negated",
    /// A sentence that opens with a verb's bare form and its object: an
    /// instruction ("Set a target.", "Tell your clients.").
    Imperative => "imperative",
    /// A gerund subject that "would help" ("Opening X would help").
    GerundHelp => "pattern:gerund-help",
    /// A weak modal as the main verb of an acting subject ("cities can plant").
    WeakModal => "modal",
    /// A modal of possibility or prediction ("may well", "will").
    EpistemicModal => "modal",
    /// A year ("2019").
    Year => "date",
    /// A month name.
    Month => "date",
    /// A figure in digits ("25%", "3,000").
    Figure => "number",
    /// A number word ("three", "dozens").
    NumberWord => "number",
    /// An evidence marker ("for example", "according to").
    EvidenceMarker => "marker",
    /// A quotation of three words or more.
    Quotation => "quotation",
    /// A link or footnote inside the sentence.
    CitationLink => "citation:link",
    /// A bracketed reference ("[3]", "(Smith, 2019)").
    CitationReference => "citation:reference",
    /// Two or more names inside the sentence (the detail is their count).
    NamedEntities => "named-entities",
    /// A report of what happened (the detail is "perfect" or "past").
    Tense => "tense",
    /// Thesis candidacy: the sentence proposes.
    ThesisProposal => "thesis:proposal",
    /// Thesis candidacy: the author's stance.
    ThesisStance => "thesis:stance",
    /// Thesis candidacy: certainty.
    ThesisCertainty => "thesis:certainty",
    /// Thesis candidacy: a conclusion marker.
    ThesisConclusionMarker => "thesis:conclusion-marker",
    /// Thesis candidacy: a judgement.
    ThesisJudgement => "thesis:judgement",
    /// Thesis candidacy, against: it joins on to the sentence before.
    ThesisJoinsPrevious => "thesis:joins-previous",
    /// Thesis candidacy, against: it opens with a contrast.
    ThesisContrast => "thesis:contrast",
    /// Thesis candidacy, against: it opens with a word that points back.
    ThesisRefersBack => "thesis:refers-back",
    /// Thesis candidacy, against: a question.
    ThesisQuestion => "thesis:question",
    /// Thesis candidacy: evaluative words.
    ThesisEvaluative => "thesis:evaluative",
    /// Thesis candidacy: a reported view answered by the author's own.
    ThesisAnswersReportedView => "thesis:answers-reported-view",
    /// Thesis candidacy, against: it reports the other side.
    ThesisReportsObjection => "thesis:reports-objection",
    /// Thesis candidacy, against: it gives evidence.
    ThesisEvidential => "thesis:evidential",
    /// The first sentence of a structured essay's introduction.
    IntroFirst => "position:intro-first",
    /// The last sentence of a structured essay's introduction.
    IntroLast => "position:intro-last",
    /// A sentence of the conclusion.
    InConclusion => "position:conclusion",
    /// A sentence of the paragraph after an opening that states no claim
    /// (an op-ed's scene, then its claim).
    AfterOpening => "position:after-opening",
    /// The first sentence of a short text.
    TextFirst => "position:first",
    /// The last sentence of a short text.
    TextLast => "position:last",
    /// The answer to the question a short text opens with.
    AnswersQuestion => "position:answers-question",
    /// The first sentence of a body or conclusion paragraph.
    ParagraphFirst => "position:paragraph-first",
    /// A paragraph's point that does not open it: a counted point ("Second,
    /// X") or the conclusion the paragraph builds up to ("So X").
    ParagraphPoint => "position:paragraph-point",
    /// A paragraph's point said after the story it opens with ("Last
    /// winter my grandmother ... Video calls save patients time.").
    PointAfterStory => "position:point-after-story",
    /// A paragraph in strong emphasis (bold).
    StrongEmphasis => "emphasis:strong",
    /// The conclusion's statement of the thesis again.
    RestatesThesis => "restates-thesis",
    /// A role the author stated in an annotation (the detail is the role).
    Annotation => "annotation",
    /// A concession that grants a reason for the view a paragraph opened with.
    BacksView => "concession:backs-view",
    /// A contrast right after an objection: the author's answer.
    Rebuttal => "rebuttal",
    /// A turn inside the sentence after no concession.
    TurnInside => "objection:turn-inside",
    /// A point granted, then turned by the next sentence.
    GrantedThenTurned => "objection:granted-then-turned",
    /// A view given to others and answered by the next sentence.
    ReportedViewAnswered => "objection:reported-view-answered",
    /// A view given to others opens a body paragraph of an essay.
    ReportedViewOpens => "objection:reported-view-opens-paragraph",
    /// A view given to others opens a body paragraph that the next body
    /// paragraph turns from ("However, ...": the other side's case, answered).
    AnsweredByNextParagraph => "objection:answered-by-next-paragraph",
    /// "On the other hand, X" gives the other side: in a short text, or
    /// opening a body paragraph after one that did not.
    OtherHand => "objection:other-hand",
    /// The next sentence opens with a contrast.
    RebuttedByNext => "rebutted-by-next",
    /// A point granted ("Yes,", "Of course") that nothing after it turns
    /// from: the author's own (the detail is the opener).
    UnansweredGrant => "grant:unanswered",
    /// A tie between claim and evidence settled for claim by position.
    DefaultClaim => "default:claim",
    /// A tie between claim and evidence settled for evidence by position.
    DefaultEvidence => "default:evidence",
    /// A clause a connective joins to the main one (the detail is the connective).
    Clause => "clause",
    /// A cue read back from a map file, kept as written (gold maps).
    Recorded => "",
}

/// One cue: its kind and, where one fired, the phrase or word.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cue {
    /// What fired.
    pub kind: CueKind,
    /// The phrase or word that fired, if the kind has one.
    pub detail: Option<CueDetail>,
}

impl Cue {
    /// A cue with no detail (`citation:link`).
    pub const fn bare(kind: CueKind) -> Cue {
        Cue { kind, detail: None }
    }

    /// A cue with the phrase or word that fired (`modal:should`).
    pub fn with(kind: CueKind, detail: impl Into<CueDetail>) -> Cue {
        Cue {
            kind,
            detail: Some(detail.into()),
        }
    }

    /// A cue read back from a file, printed exactly as it was written.
    pub fn recorded(text: impl Into<CueDetail>) -> Cue {
        Cue::with(CueKind::Recorded, text)
    }

    /// The detail, or "" when there is none.
    pub fn detail(&self) -> &str {
        self.detail.as_deref().unwrap_or("")
    }
}

impl Cue {
    /// The printed form in pieces, without formatting: the name, and the
    /// detail that follows it after a `:` (a recorded cue is its text alone).
    pub fn pieces(&self) -> (&str, Option<&str>) {
        match (self.kind, &self.detail) {
            (CueKind::Recorded, detail) => (detail.as_deref().unwrap_or(""), None),
            (kind, detail) => (kind.name(), detail.as_deref()),
        }
    }
}

impl fmt::Display for Cue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pieces() {
            (name, None) => f.write_str(name),
            (name, Some(detail)) => write!(f, "{name}:{detail}"),
        }
    }
}

impl Serialize for Cue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read back from a map file, a cue is kept as written ([`Cue::recorded`]).
impl<'de> Deserialize<'de> for Cue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Cue, D::Error> {
        String::deserialize(deserializer).map(Cue::recorded)
    }
}

/// Tests and readers compare a cue with its printed form.
impl PartialEq<&str> for Cue {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A cue equals the text it prints as.
impl PartialEq<str> for Cue {
    fn eq(&self, other: &str) -> bool {
        let name = self.kind.name();
        match (self.kind, &self.detail) {
            (CueKind::Recorded, detail) => detail.as_deref().unwrap_or("") == other,
            (_, None) => name == other,
            (_, Some(detail)) => other
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|rest| rest == detail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_prints_its_name_then_its_detail() {
        assert_eq!(
            Cue::with(CueKind::DeonticModal, "should").to_string(),
            "modal:should"
        );
        assert_eq!(
            Cue::bare(CueKind::CitationLink).to_string(),
            "citation:link"
        );
        assert_eq!(
            Cue::recorded("anything:at all").to_string(),
            "anything:at all"
        );
        assert!(Cue::with(CueKind::Figure, "25%") == "number:25%");
        assert!(Cue::with(CueKind::Figure, "25%") != "number:25");
        assert!(Cue::bare(CueKind::RestatesThesis) == "restates-thesis");
    }

    #[test]
    fn every_kind_has_a_distinct_variant_name_and_a_lowercase_printed_name() {
        for kind in CueKind::ALL {
            let name = kind.name();
            assert_eq!(name, name.to_lowercase(), "{kind:?}");
            assert!(!name.ends_with(':'), "{kind:?}");
        }
    }
}
