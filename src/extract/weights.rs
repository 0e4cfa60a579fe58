//! The one table of numbers extraction decides by: how much each cue votes
//! for a role, what position adds to thesis candidacy, and the floors a score
//! must clear. Nothing else in `extract` holds a weight.
//!
//! The defaults below were set by hand and checked with
//! `python3 scripts/fit_weights.py`, which searches them on the development
//! sets and reports cross-validated scores (see docs/measurements.md). For
//! that search a table can be read from a JSON object of `key: number`
//! ([`Weights::with_overrides`], `argmap eval --weights FILE`).

use std::fmt;

macro_rules! weights {
    ($($(#[doc = $doc:expr])+ $name:ident = $key:literal : $value:expr,)+) => {
        /// A number extraction decides by (see the table in [`weights`](self)).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Weight {
            $($(#[doc = $doc])+ $name,)+
        }

        impl Weight {
            /// Every weight, in table order.
            pub const ALL: &'static [Weight] = &[$(Weight::$name,)+];

            /// Its key in a weights file (`objection-opener`).
            pub fn key(self) -> &'static str {
                match self {
                    $(Weight::$name => $key,)+
                }
            }

            /// Its value in the shipped table.
            pub fn default_value(self) -> f32 {
                match self {
                    $(Weight::$name => $value,)+
                }
            }
        }
    };
}

weights! {
    // Votes of the cues of one sentence (the role each votes for is fixed
    // where the cue is found).
    /// An opener reporting the other side ("Critics argue"), for objection.
    ObjectionOpener = "objection-opener": 3.0,
    /// A concessive opener ("Although"), for objection: the author's clause follows.
    ConcessiveOpener = "concessive-opener": 1.0,
    /// A phrase reporting the other side, for objection.
    ObjectionPhrase = "objection-phrase": 3.0,
    /// A contrastive opener ("But"), for claim.
    Contrast = "contrast": 0.7,
    /// A conclusion opener ("Therefore"), for claim.
    ConclusionMarker = "conclusion-marker": 1.5,
    /// A stance ("I believe", or open-class), for claim.
    Stance = "stance": 2.0,
    /// Certainty ("clearly"), for claim.
    Certainty = "certainty": 1.0,
    /// A conclusion word inside the sentence, for claim.
    InnerConclusion = "inner-conclusion": 1.0,
    /// An emphatic "do", for objection.
    EmphaticDo = "emphatic-do": 1.0,
    /// An additive opener ("Moreover"), for claim.
    Additive = "additive": 0.6,
    /// An ordinal opener ("First,"), for claim.
    Ordinal = "ordinal": 0.8,
    /// An announced list, for claim.
    Announcer = "announcer": 1.0,
    /// A conditional opener, for claim.
    Conditional = "conditional": 0.8,
    /// Each evaluative word (up to three), for claim.
    Evaluative = "evaluative": 0.4,
    /// A judgement frame, for claim.
    Judgement = "judgement": 0.5,
    /// A hedge, for claim.
    Hedge = "hedge": 0.6,
    /// A negated claim, for claim.
    NegatedClaim = "negated-claim": 1.2,
    /// A proposal phrase, for recommendation.
    ProposalPhrase = "proposal-phrase": 3.0,
    /// A deontic modal ("should"), for recommendation.
    DeonticModal = "deontic-modal": 3.0,
    /// An obligation ("have to"), for recommendation.
    Obligation = "obligation": 2.0,
    /// An instruction ("Set a target."), for recommendation.
    Imperative = "imperative": 3.0,
    /// A gerund subject that "would help", for recommendation.
    GerundHelp = "gerund-help": 2.5,
    /// A weak modal as main verb of an acting subject, for recommendation.
    WeakModal = "weak-modal": 1.6,
    /// A modal of possibility or prediction, for claim.
    EpistemicModal = "epistemic-modal": 0.5,
    /// What the numbers and dates of one sentence add at most, for evidence.
    NumberBudget = "number-budget": 1.6,
    /// A figure in digits, for evidence.
    Figure = "figure": 1.0,
    /// A number word, for evidence.
    NumberWord = "number-word": 0.8,
    /// A year or a month, for evidence.
    Date = "date": 0.5,
    /// An evidence marker ("for example"), for evidence.
    EvidenceMarker = "evidence-marker": 1.5,
    /// A quotation, for evidence.
    Quotation = "quotation": 1.0,
    /// A link, footnote or bracketed reference, for evidence.
    Citation = "citation": 1.0,
    /// Two or three names, for evidence.
    FewNames = "few-names": 0.5,
    /// Four names or more, for evidence.
    ManyNames = "many-names": 0.8,
    /// The present perfect ("has helped"), for evidence.
    Perfect = "perfect": 0.6,
    /// The past tense, for evidence.
    Past = "past": 0.5,
    /// The evidence score from which a sentence counts as evidential.
    EvidentialFloor = "evidential-floor": 1.0,

    // Thesis candidacy of a sentence.
    /// The recommendation score from which a sentence proposes.
    ThesisProposalFloor = "thesis-proposal-floor": 2.5,
    /// A proposing sentence.
    ThesisProposal = "thesis-proposal": 2.0,
    /// A stance.
    ThesisStance = "thesis-stance": 1.0,
    /// Certainty.
    ThesisCertainty = "thesis-certainty": 0.3,
    /// A conclusion marker, opening or inside.
    ThesisConclusionMarker = "thesis-conclusion-marker": 1.0,
    /// A judgement.
    ThesisJudgement = "thesis-judgement": 1.0,
    /// Joining on to the sentence before.
    ThesisJoinsPrevious = "thesis-joins-previous": -1.5,
    /// A contrastive opener.
    ThesisContrast = "thesis-contrast": -0.3,
    /// Opening with a word that points back ("This", "It", "They"): the
    /// sentence leans on another, as a main claim rarely does.
    ThesisRefersBack = "thesis-refers-back": -0.6,
    /// A question.
    ThesisQuestion = "thesis-question": -2.0,
    /// Each evaluative word (up to two).
    ThesisEvaluative = "thesis-evaluative": 0.3,
    /// Reporting the other side (without the author's own stance).
    ThesisReportsObjection = "thesis-reports-objection": -4.0,
    /// Giving evidence.
    ThesisEvidential = "thesis-evidential": -1.0,
    /// The last sentence of a structured essay's introduction.
    IntroLast = "intro-last": 1.5,
    /// The first sentence of a structured essay's introduction.
    IntroFirst = "intro-first": 0.5,
    /// The best introduction score under which the conclusion is searched too.
    IntroFloor = "intro-floor": 1.0,
    /// The first sentence of the conclusion, when it is searched.
    ConclusionFirst = "conclusion-first": 0.6,
    /// The first sentence of a short text.
    TextFirst = "text-first": 1.0,
    /// The last sentence of a short text.
    TextLast = "text-last": 0.65,
    /// A paragraph in strong emphasis.
    Highlight = "highlight": 2.0,
    /// One sentence in strong emphasis within its paragraph: a pull-quote
    /// or a point's lead as often as the thesis.
    HighlightSentence = "highlight-sentence": 1.0,
    /// The score a structured essay's thesis must reach.
    EssayThesisFloor = "essay-thesis-floor": 0.9,
    /// The score a short text's thesis must reach.
    TextThesisFloor = "text-thesis-floor": 0.5,

    // The conclusion's restatement of the thesis.
    /// A restatement that opens the conclusion of a signposted essay (one
    /// whose conclusion opens with a marker, or in a school essay's shape).
    RestatementOpening = "restatement-opening": 0.3,
    /// A restatement with a stance.
    RestatementStance = "restatement-stance": 0.3,
    /// A restatement that proposes, as the thesis it restates does.
    RestatementProposal = "restatement-proposal": 0.2,
    /// The word overlap plus bonuses a restatement must reach.
    RestatementFloor = "restatement-floor": 0.25,

    // The role of every other sentence.
    /// The least weight of a claim cue that counts in a signposted body
    /// paragraph's reasons.
    ReasonClaimCue = "reason-claim-cue": 1.0,
    /// The first sentence of a body or conclusion paragraph, for claim.
    ParagraphFirst = "paragraph-first": 1.5,
    /// A sentence of the conclusion, for claim.
    InConclusion = "in-conclusion": 0.5,
    /// A contrast after an objection, for claim.
    Rebuttal = "rebuttal": 1.0,
    /// A turn inside after no concession, for objection.
    TurnInside = "turn-inside": 1.5,
    /// A point granted and turned by the next sentence, for objection.
    GrantedThenTurned = "granted-then-turned": 1.5,
    /// A view given to others and answered, for objection.
    ReportedViewAnswered = "reported-view-answered": 3.0,
    /// A view given to others that opens an essay's body paragraph, for
    /// objection: the paragraph is there to answer it.
    ReportedViewOpens = "reported-view-opens": 2.0,
    /// A paragraph opening with others' view that the next paragraph answers.
    AnsweredByNextParagraph = "answered-by-next-paragraph": 2.0,
    /// The next sentence opens with a contrast, in a short text, for objection.
    RebuttedByNextText = "rebutted-by-next-text": 1.5,
    /// The next sentence opens with a contrast, in an essay, for objection.
    RebuttedByNextEssay = "rebutted-by-next-essay": 1.0,
    /// The objection score a sentence must reach to be one.
    ObjectionFloor = "objection-floor": 1.5,
    /// What an objection that clears its floor adds.
    ObjectionBonus = "objection-bonus": 0.5,
    /// The recommendation score a sentence must reach to be one.
    RecommendationFloor = "recommendation-floor": 1.5,
}

/// A full table of weights: the shipped one, or one with overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    values: Vec<f32>,
}

/// The shipped table, built once.
static SHIPPED: std::sync::OnceLock<Weights> = std::sync::OnceLock::new();

impl Weights {
    /// The shipped table.
    pub fn shipped() -> &'static Weights {
        SHIPPED.get_or_init(|| Weights {
            values: Weight::ALL.iter().map(|w| w.default_value()).collect(),
        })
    }

    /// The shipped table with some values replaced, from a JSON object of
    /// `key: number`. An unknown key or a value that is no finite number is
    /// an error naming it.
    pub fn with_overrides(json: &str) -> Result<Weights, WeightsError> {
        let object: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(json).map_err(|e| WeightsError(e.to_string()))?;
        let mut weights = Weights::shipped().clone();
        for (key, value) in object {
            let weight = Weight::ALL
                .iter()
                .find(|w| w.key() == key)
                .ok_or_else(|| WeightsError(format!("no weight is called `{key}`")))?;
            let value = value
                .as_f64()
                .filter(|v| v.is_finite())
                .ok_or_else(|| WeightsError(format!("`{key}` must be a number")))?;
            weights.values[*weight as usize] = value as f32;
        }
        Ok(weights)
    }

    /// Every weight and its value, in table order.
    pub fn entries(&self) -> impl Iterator<Item = (Weight, f32)> + '_ {
        Weight::ALL.iter().map(|&w| (w, self[w]))
    }
}

impl std::ops::Index<Weight> for Weights {
    type Output = f32;
    fn index(&self, weight: Weight) -> &f32 {
        &self.values[weight as usize]
    }
}

/// A weights file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightsError(pub String);

impl fmt::Display for WeightsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "weights: {}", self.0)
    }
}

impl std::error::Error for WeightsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_kebab_case() {
        let mut keys: Vec<&str> = Weight::ALL.iter().map(|w| w.key()).collect();
        for key in &keys {
            assert!(
                key.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{key}"
            );
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Weight::ALL.len());
    }

    #[test]
    fn overrides_replace_named_values_and_refuse_unknown_ones() {
        let w = Weights::with_overrides(r#"{"stance": 2.5}"#).unwrap();
        assert_eq!(w[Weight::Stance], 2.5);
        assert_eq!(w[Weight::Hedge], Weight::Hedge.default_value());
        let err = Weights::with_overrides(r#"{"stanse": 1}"#).unwrap_err();
        assert!(err.to_string().contains("stanse"), "{err}");
        assert!(Weights::with_overrides(r#"{"stance": "high"}"#).is_err());
        assert!(Weights::with_overrides("[1]").is_err());
    }
}
