//! Word lists for the cues. Every entry is a fact about English discourse
//! (markers, modality, stance, hedging), never about a topic.
//!
//! Phrases are written as lowercase words separated by single spaces, the
//! form the cue matcher looks for between word boundaries.

/// Deontic modals and phrases that propose an action.
pub static STRONG_MODALS: &[&str] = &[
    "should",
    "must",
    "ought to",
    "need to",
    "needs to",
    "have to",
    "has to",
    "had better",
    "shall",
];

/// Verbs whose bare form opens an instruction ("Add a nurse to the night
/// shift."). Verbs that open a rhetorical device rather than a request
/// ("Imagine a city ...", "Take the case of ...", "Consider ...") are left out.
pub static IMPERATIVE_VERBS: &[&str] = &[
    "add",
    "adopt",
    "allow",
    "ask",
    "avoid",
    "ban",
    "be",
    "build",
    "buy",
    "call",
    "cancel",
    "change",
    "charge",
    "check",
    "choose",
    "close",
    "create",
    "cut",
    "drop",
    "encourage",
    "end",
    "ensure",
    "establish",
    "expand",
    "extend",
    "fund",
    "give",
    "hire",
    "implement",
    "increase",
    "install",
    "introduce",
    "invest",
    "join",
    "keep",
    "launch",
    "limit",
    "lower",
    "make",
    "move",
    "offer",
    "open",
    "pay",
    "plan",
    "protect",
    "provide",
    "put",
    "raise",
    "reduce",
    "reform",
    "reject",
    "remove",
    "repeal",
    "replace",
    "require",
    "restore",
    "review",
    "scrap",
    "send",
    "set",
    "share",
    "spend",
    "start",
    "stop",
    "support",
    "teach",
    "tell",
    "train",
    "try",
    "use",
    "vote",
    "write",
];

/// Words that may follow an instruction's verb: its object's determiner, a
/// pronoun, a particle. "Change is hard." or "Support for X grew." has none.
pub static IMPERATIVE_OBJECTS: &[&str] = &[
    "a", "an", "the", "your", "our", "their", "this", "that", "these", "those", "more", "less",
    "fewer", "all", "every", "each", "some", "no", "it", "them", "us", "him", "her", "everyone",
    "up", "out", "down", "off", "back", "away",
];

/// Nouns of obligation: "It is the council's job to X", "Parents have a duty
/// to X" propose as "should" does.
pub static OBLIGATION_NOUNS: &[&str] = &["duty", "responsibility", "obligation", "job"];

/// Epistemic or weak modals: a proposal only with an acting subject.
pub static WEAK_MODALS: &[&str] = &["could", "can", "may", "might"];

/// Phrases that state a recommendation without a modal verb.
pub static PROPOSAL_PHRASES: &[&str] = &[
    "we don't need",
    "we do not need",
    "there is no need",
    "we need",
    "i recommend",
    "we recommend",
    "i urge",
    "we urge",
    "i call on",
    "we call on",
    // A letter's request to its addressee: "We write to ask you to X" (not
    // "The clinics ask you to arrive early").
    "to ask you to",
    "we ask you to",
    "i ask you to",
    "we therefore ask you to",
    "we also ask you to",
    "we are asking you to",
    "i am asking you to",
    "i encourage",
    "we encourage",
    "i propose",
    "we propose",
    "i suggest",
    "we suggest",
    "it is time to",
    "it is time for",
    "it is essential that",
    "it is essential to",
    "it is necessary to",
    "it is necessary that",
    "it is vital that",
    "it is vital to",
    "it is crucial that",
    "it is crucial to",
    "it is important that",
    "it is imperative",
    "let us",
    "let's",
    "the best way to",
    "the solution is",
];

/// Verbs after "would/could" that make a gerund subject a proposal:
/// "Opening X would help establish Y".
pub static BENEFIT_VERBS: &[&str] = &[
    "help",
    "allow",
    "enable",
    "ensure",
    "improve",
    "make",
    "establish",
    "reduce",
    "increase",
    "create",
    "provide",
    "give",
    "strengthen",
    "prevent",
    "save",
    "protect",
    "boost",
    "lower",
    "raise",
    "foster",
    "promote",
    "encourage",
    "benefit",
];

/// Verbs after a weak modal that describe a state or outcome rather than an act.
pub static STATIVE_VERBS: &[&str] = &[
    "be", "have", "see", "expect", "seem", "appear", "happen", "become", "get", "mean", "lead",
    "result", "cause", "prove", "turn", "go", "come", "feel", "look", "remain", "well", "know",
    "think", "believe", "find", "say", "argue", "claim", "hardly", "never", "cost", "take",
    "suffer", "lose", "fail", "end",
];

/// Adverbs that may sit between a modal and its verb.
pub static MODAL_ADVERBS: &[&str] = &[
    "further",
    "also",
    "potentially",
    "then",
    "still",
    "easily",
    "even",
    "only",
    "actually",
    "certainly",
    "thus",
    "therefore",
    "now",
    "not",
    "never",
    "always",
    "readily",
    "quickly",
    "really",
    "simply",
    "just",
    "instead",
    "indeed",
    "better",
    "very",
    "both",
    "all",
];

/// Words before "that" which make it a complement ("think that we should"),
/// not a relative pronoun ("partnerships that X could facilitate").
pub static COMPLEMENT_TAKERS: &[&str] = &[
    "think",
    "believe",
    "argue",
    "clear",
    "essential",
    "important",
    "vital",
    "necessary",
    "crucial",
    "true",
    "say",
    "suggest",
    "recommend",
    "propose",
    "insist",
    "means",
    "mean",
    "is",
    "fact",
    "obvious",
    "evident",
    "convinced",
    "sure",
    "agree",
    "demand",
    "urge",
    "so",
    "feel",
    "hope",
    "conclude",
    "imperative",
];

/// Sentence openings that report a position the author will answer. The
/// first [`GRANTING`] of them grant a point in the author's own voice (see
/// [`grant_openers`]).
pub static OBJECTION_OPENERS: &[&str] = &[
    "admittedly",
    "granted",
    "fair enough",
    "to be fair",
    "of course",
    "it is true that",
    "it's true that",
    "it is also true that",
    "it's also true that",
    "it is undeniable that",
    "it's undeniable that",
    "true",
    "yes",
    "sure",
    "certainly",
    "on the one hand",
    "at first glance",
    "at first sight",
    "it may be that",
    "it might be argued",
    "it could be argued",
    "it can be argued",
    "there are those",
    "some may",
    "some might",
    "some would",
    "some argue",
    "some say",
    "some claim",
    "some believe",
    "some think",
    "some object",
    "others argue",
    "others say",
    "many argue",
    "many believe",
    "many say",
    "critics",
    "opponents",
    "skeptics",
    "sceptics",
    "detractors",
    "one might",
    "one may",
    "one could",
    "proponents of",
    "supporters of",
    "advocates of",
    "those who",
    "it is often",
    "it is sometimes",
    "it is commonly",
    "it is frequently",
    "it is widely",
    "it is said",
    "it is argued",
    "it is claimed",
    "while it is true",
    "although it is true",
    "though it is true",
    "even though",
    "although",
    "though",
    "while some",
];

/// How many openers [`OBJECTION_OPENERS`] starts with that grant a point.
const GRANTING: usize = 15;

/// The openers of [`OBJECTION_OPENERS`] that grant a point in the author's
/// own voice: the other side's only when a turn follows.
pub fn grant_openers() -> &'static [&'static str] {
    &OBJECTION_OPENERS[..GRANTING]
}

/// Phrases anywhere in a sentence that report an opposing view.
pub static OBJECTION_PHRASES: &[&str] = &[
    "critics argue",
    "critics say",
    "critics claim",
    "critics point out",
    "opponents argue",
    "opponents say",
    "opponents claim",
    "skeptics argue",
    "some argue",
    "some people argue",
    "some people say",
    "some people believe",
    "some people think",
    "some claim",
    "some say",
    "it is often said",
    "it is often argued",
    "it is often claimed",
    "it is sometimes said",
    "it is sometimes argued",
    "it is argued that",
    "it is said that",
    "it has been argued",
    "it could be argued",
    "it might be argued",
    "it can be argued",
    "one might argue",
    "one could argue",
    "one may argue",
    "one might object",
    "one could object",
    "may object",
    "might object",
    "would object",
    "may argue",
    "might argue",
    "would argue that",
    "might say",
    "may say",
    "might think",
    "may think",
    "might claim",
    "may claim",
    "the argument that",
    "the objection that",
    "the claim that",
    "it is true that",
    "it is also true that",
];

/// Sentence openings that contrast with what came before.
pub static CONTRAST_OPENERS: &[&str] = &[
    "however",
    "but",
    "yet",
    "nevertheless",
    "nonetheless",
    "still",
    "on the other hand",
    // A learner's spelling of it.
    "in the other hand",
    "even so",
    "in contrast",
    "conversely",
    "that said",
    "having said that",
    "despite this",
    "despite that",
    "all the same",
    "instead",
    "rather",
    "on the contrary",
    "in fact",
    "and yet",
    "notwithstanding",
    "regardless",
];

/// Sentence openings that draw a conclusion.
pub static CONCLUSION_OPENERS: &[&str] = &[
    "therefore",
    "thus",
    "hence",
    "consequently",
    "as a result",
    "in conclusion",
    "to conclude",
    "to sum up",
    "in sum",
    "in summary",
    "in short",
    "overall",
    "all in all",
    "accordingly",
    "for this reason",
    "for these reasons",
    "based on the above",
    "based on all of the above",
    "for the reasons mentioned above",
    "for the reasons stated above",
    "for the reasons given above",
    "for the reasons above",
    "to put it in a nutshell",
    "that is why",
    "this is why",
    "which is why",
    "so",
    "ultimately",
    "in the end",
    "all things considered",
    "it follows that",
    "in a nutshell",
    "to summarize",
    "to summarise",
    "to sum it up",
    "on balance",
    "taking everything into account",
    "taking all into account",
    "to wrap up",
    "taking everything into consideration",
    "in the final analysis",
    "in closing",
    "taken together",
    "with all this in mind",
];

/// The superlatives of [`EVALUATIVE_WORDS`] that judge only after a copula
/// ("X is the cheapest way"), not when they pick out a thing ("The cheapest
/// flight costs £400").
pub static JUDGING_SUPERLATIVES: &[&str] = &[
    "fairest", "cheapest", "simplest", "easiest", "safest", "wisest", "surest",
];

/// Words after a sentence-opening "So" that make it no inference: a degree
/// ("So many", "So far"), an inversion ("So do I"), a story's next step
/// ("So when", "So after").
pub static NOT_AFTER_SO: &[&str] = &[
    "many", "much", "far", "long", "what", "that", "as", "too", "called", "on", "am", "is", "are",
    "was", "were", "do", "does", "did", "can", "could", "will", "would", "have", "has", "had",
    "should", "few", "little", "very", "often", "when", "after", "before", "once",
];

/// Nouns after a judging superlative that make it a judgement ("the
/// cheapest and fairest way", "the simplest answer", "the cheapest
/// child-health measure"), not a thing picked out ("the cheapest flight").
pub static JUDGED_CHOICES: &[&str] = &[
    "way", "ways", "option", "options", "answer", "solution", "choice", "approach", "means",
    "course", "measure", "remedy", "fix", "policy", "thing",
];

/// Focus adverbs before "because" that make the reason the sentence's
/// point ("only because", "simply because"): one unit, not a claim and its
/// reason.
pub static FOCUS_BEFORE_A_REASON: &[&str] = &[
    "only",
    "just",
    "simply",
    "solely",
    "purely",
    "merely",
    "precisely",
    "exactly",
];

/// Adverbs before "because" that weigh a reason's share ("largely
/// because"): the point's focus right after it, one reason among others
/// after a comma ("X, partly because Y").
pub static SHARE_OF_A_REASON: &[&str] = &[
    "partly",
    "mainly",
    "largely",
    "mostly",
    "chiefly",
    "primarily",
];

/// Words before an adjective "only" ("the only fair method", "my only
/// chance"): it picks out a thing, it does not focus a reason.
pub static DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that",
];

/// Phrases of personal stance.
pub static STANCE_PHRASES: &[&str] = &[
    "i believe",
    "i think",
    "in my opinion",
    "in my view",
    "i am convinced",
    "i'm convinced",
    "we believe",
    "i would argue",
    "i argue",
    "i contend",
    "i maintain",
    "i feel",
    "i am sure",
    "i'm sure",
    "i am certain",
    "in my eyes",
    "from my point of view",
    "i find",
    // Adverbs of conviction between "I" and the verb.
    "i strongly believe",
    "i firmly believe",
    "i truly believe",
    "i really believe",
    "i personally believe",
    "i strongly feel",
    "i really think",
    "i personally think",
    "i do believe",
    // Taking sides on a stated question.
    "i agree",
    "i strongly agree",
    "i completely agree",
    "i totally agree",
    "i partly agree",
    "i disagree",
    "i strongly disagree",
    // A learner's "I am agree" takes a side as "I agree" does.
    "i am agree",
    "i am totally agree",
    "i am completely agree",
    "i am strongly agree",
    "i am disagree",
    "i am totally disagree",
    "i would say",
    "in my point of view",
    "from my perspective",
    "my opinion is",
    "it is my belief",
    "it is my opinion",
    "it is my view",
    "in my humble opinion",
    "in my own opinion",
    "according to me",
    // The author's own perspective, with no verb of belief.
    "it seems to me",
    "it appears to me",
    "as far as i am concerned",
    "as far as i'm concerned",
    "i suppose",
    "i reckon",
    // Announcing the essay's position.
    "this essay will argue",
    "this essay argues",
    "this essay will show",
    "i will argue",
];

/// Phrases of personal stance that frame the sentence only as its opener:
/// "To my mind, X" gives a view; "it came to my mind" does not.
pub static STANCE_OPENERS: &[&str] = &[
    "to my mind",
    "in my mind",
    "as for me",
    "speaking for myself",
    "i'd say",
];

/// First words of a subject that names other people than the author: a
/// quantifier, or a word for a side in a debate.
pub static OTHERS_SUBJECTS: &[&str] = &[
    "some",
    "many",
    "most",
    "others",
    "several",
    "certain",
    "few",
    "critics",
    "opponents",
    "supporters",
    "proponents",
    "advocates",
    "sceptics",
    "skeptics",
    "detractors",
    "those",
    "people",
    "they",
    "lots",
    "plenty",
];

/// Verbs that report what someone says or thinks.
pub static REPORTING_VERBS: &[&str] = &[
    "claim",
    "claims",
    "say",
    "says",
    "argue",
    "argues",
    "insist",
    "insists",
    "believe",
    "believes",
    "think",
    "thinks",
    "maintain",
    "maintains",
    "contend",
    "contends",
    "assert",
    "asserts",
    "feel",
    "feels",
    "suggest",
    "suggests",
    "worry",
    "worries",
    "fear",
    "fears",
    "object",
    "objects",
    "complain",
    "complains",
    "counter",
    "counters",
    "warn",
    "warns",
    "point",
    "points",
    "hold",
    "holds",
    "state",
    "states",
    // Said before now ("Some of you have told me that X", "Critics argued").
    "claimed",
    "said",
    "argued",
    "insisted",
    "believed",
    "thought",
    "maintained",
    "contended",
    "asserted",
    "suggested",
    "objected",
    "complained",
    "warned",
    "stated",
    "tell",
    "tells",
    "told",
];

/// Verbs with which the author takes a side ("I prefer", "I side with").
pub static SIDE_TAKING_VERBS: &[&str] = &[
    "prefer", "side", "favour", "favor", "support", "oppose", "agree", "disagree", "reject",
    "endorse", "welcome",
];

/// Nouns of position: "my view is that".
pub static POSITION_NOUNS: &[&str] = &[
    "view",
    "opinion",
    "position",
    "belief",
    "stance",
    "feeling",
    "conviction",
    "answer",
    "choice",
    "preference",
];

/// Verbs with a "that"-clause that report what happened or was perceived,
/// not what the author holds ("I remember that", "I read that").
pub static NARRATIVE_VERBS: &[&str] = &[
    "remember",
    "recall",
    "read",
    "heard",
    "saw",
    "found",
    "learnt",
    "knew",
    "thought",
    "felt",
    "told",
    "said",
    "noticed",
    "realised",
    "realized",
    "discovered",
    "see",
    "hear",
    "notice",
];

/// Adverbs and frames of certainty: they mark a claim, but premises use them
/// as often as main claims do.
pub static CERTAINTY_PHRASES: &[&str] = &[
    "it is clear",
    "clearly",
    "undoubtedly",
    "obviously",
    "surely",
    "no doubt",
    "without a doubt",
    "there is no doubt",
    "the fact is",
    "the truth is",
    "for me",
];

/// Words that conclude when they stand inside a sentence ("X is therefore Y").
pub static INNER_CONCLUSION_WORDS: &[&str] = &["therefore", "thus", "hence", "consequently"];

/// Frames that pass judgement: "it is unfair", "it would be appropriate".
pub static JUDGEMENT_FRAMES: &[&str] = &[
    "it is",
    "it's",
    "it would be",
    "it will be",
    "this is",
    "that is",
    "would be",
    "is not",
    "isn't",
    "is simply",
    "is really",
];

/// Words that grant a point when they come early in a sentence.
pub static CONCESSION_WORDS: &[&str] = &[
    "indeed",
    "fact",
    "course",
    "admittedly",
    "granted",
    "certainly",
    "true",
    "sure",
];

/// True for a lowercase `word` that opens a noun phrase: an article, "one",
/// "another" or a possessive ("the", "a", "my", "their").
// Inlined: called apart, its test of a word before every "that" cost
// 1.3 M instructions on the benchmark corpus (docs/performance.md).
#[inline]
pub fn opens_a_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "another"
            | "one"
            | "my"
            | "our"
            | "his"
            | "her"
            | "their"
            | "your"
            | "its"
    )
}

/// True when a lowercase `word` negates what follows it ("not", "never",
/// "cannot", any "n't", with a straight or curly apostrophe).
pub fn negates(word: &str) -> bool {
    matches!(word, "not" | "never" | "hardly" | "cannot")
        || word.ends_with("n't")
        || word.ends_with("n’t")
}

/// Openings that join the sentence to the one before ("And", "Plus").
pub static JOINING_OPENERS: &[&str] = &["and", "plus", "also", "or"];

/// Words that cannot follow an emphatic "do" ("they do their job").
pub static NOT_AFTER_EMPHATIC_DO: &[&str] = &[
    "not",
    "n't",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "they",
    "we",
    "you",
    "i",
    "he",
    "she",
    "so",
    "their",
    "his",
    "her",
    "its",
    "our",
    "my",
    "your",
    "to",
    "with",
    "what",
    "more",
    "less",
    "nothing",
    "something",
    "anything",
    "everything",
    "well",
    "too",
    "any",
    "some",
    "all",
    "no",
    "much",
    "many",
    "in",
    "on",
    "at",
    "for",
    "by",
    "as",
    "if",
    "you",
    "people",
    "them",
    "us",
    "him",
    "me",
    "other",
    "others",
    "exist",
];

/// Sentence openings that add another point.
pub static ADDITIVE_OPENERS: &[&str] = &[
    "in addition",
    "moreover",
    "furthermore",
    "additionally",
    "besides",
    "also",
    "another",
    "what is more",
    "what's more",
    "on top of that",
    "not only",
    "likewise",
    "similarly",
    "equally",
];

/// Sentence openings that number a point in an enumeration.
pub static ORDINAL_OPENERS: &[&str] = &[
    "first",
    "firstly",
    "first of all",
    "second",
    "secondly",
    "third",
    "thirdly",
    "fourth",
    "fourthly",
    "fifth",
    "finally",
    "lastly",
    "last",
    "to begin with",
    "for one",
    "next",
];

/// Words that count things in an announcing sentence ("The benefits are twofold").
pub static COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "several",
    "many",
    "twofold",
    "threefold",
    "fourfold",
    "number",
    "various",
    "multiple",
    "following",
    "few",
];

/// Nouns that an announcing sentence counts.
pub static COUNTED_NOUNS: &[&str] = &[
    "reasons",
    "benefits",
    "ways",
    "advantages",
    "disadvantages",
    "factors",
    "arguments",
    "problems",
    "points",
    "steps",
    "lessons",
    "things",
    "aspects",
    "consequences",
    "effects",
    "causes",
    "grounds",
    "options",
    "dangers",
    "risks",
    "goals",
    "questions",
    "issues",
    "twofold",
    "threefold",
    "fourfold",
    "examples",
    "measures",
];

/// Markers of evidence: examples, sources, data.
pub static EVIDENCE_MARKERS: &[&str] = &[
    "for example",
    "for instance",
    "such as",
    "e g",
    "according to",
    "study",
    "studies",
    "research",
    "researchers",
    "survey",
    "surveys",
    "data",
    "statistics",
    "report",
    "reports",
    "reported",
    "found that",
    "shows that",
    "show that",
    "showed that",
    "shown that",
    "evidence",
    "percent",
    "per cent",
    "case in point",
    "as an example",
    "to illustrate",
    "in one case",
    "a recent",
    "published",
    "figures",
    "census",
    "poll",
    "polls",
];

/// Openings that point back to the previous sentence.
pub static ANAPHORA_OPENERS: &[&str] = &[
    "this",
    "these",
    "that",
    "those",
    "such",
    "the latter",
    "the former",
    "it",
    "they",
    "doing so",
    "in doing so",
    "thereby",
    "this is",
    "both",
    "each of these",
    "all of these",
    "its",
    "their",
    "here",
];

/// Determiners that point back when they appear early in a sentence.
pub static ANAPHORIC_DETERMINERS: &[&str] = &["these", "this", "those", "such", "the latter"];

/// Openings of a condition.
pub static CONDITIONAL_OPENERS: &[&str] =
    &["if", "unless", "provided that", "as long as", "only if"];

/// Words that evaluate rather than report.
pub static EVALUATIVE_WORDS: &[&str] = &[
    "important",
    "crucial",
    "key",
    "essential",
    "vital",
    "successful",
    "success",
    "best",
    "better",
    "worse",
    "worst",
    "proven",
    "effective",
    "ineffective",
    "valuable",
    "necessary",
    "beneficial",
    "harmful",
    "dangerous",
    "unfair",
    "fair",
    "wrong",
    "right",
    "good",
    "bad",
    "great",
    "greatest",
    // Superlatives that judge: "the cheapest and fairest way to X" (only
    // after a copula: [`JUDGING_SUPERLATIVES`]).
    "fairest",
    "cheapest",
    "simplest",
    "easiest",
    "safest",
    "wisest",
    "surest",
    "significant",
    "benefit",
    "benefits",
    "advantage",
    "advantages",
    "disadvantage",
    "disadvantages",
    // A weighing: "the benefits clearly outweigh the costs".
    "outweigh",
    "outweighs",
    "outweighed",
    "problem",
    "problems",
    "threat",
    "risk",
    "biggest",
    "largest",
    "unlikely",
    "likely",
    "serious",
    "urgent",
    "unacceptable",
    "acceptable",
    "reasonable",
    "unreasonable",
    "justified",
    "unjustified",
    "sensible",
    "useful",
    "useless",
    "pointless",
    "wise",
    "unwise",
    "responsible",
    "irresponsible",
    "ideal",
    "better off",
    "worth",
    "deserve",
    "deserves",
    "annoying",
    "nonsense",
    "absurd",
    "ridiculous",
    "sad",
    "shame",
    "healthy",
    "unhealthy",
    "positive",
    "negative",
    "helpful",
    "legitimate",
    "appropriate",
    "inappropriate",
    "efficient",
    "inefficient",
    "powerful",
    "weak",
    "strong",
    "crucially",
    "ought",
];

/// Hedges: the author qualifies an assertion, which marks it as a claim.
pub static HEDGES: &[&str] = &[
    "arguably",
    "likely",
    "unlikely",
    "probably",
    "perhaps",
    "possibly",
    "seems",
    "seem",
    "appears",
    "appear",
    "suggests",
    "suggest",
    "presumably",
    "apparently",
    "may well",
    "could well",
    "could very well",
    "in all likelihood",
];

/// Words for numbers written out.
pub static NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "dozen",
    "dozens",
    "half",
    "twice",
    "percent",
    "majority",
    "minority",
    "quarter",
];

/// Days and spans of time a phrase names ("last week", "on Monday", "this
/// winter"), besides the months.
pub static TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "spring",
    "summer",
    "autumn",
    "winter",
    "term",
    "time",
];

/// Month names, for dates.
pub static MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Phrases of photo captions and image credits.
pub static CAPTION_PHRASES: &[&str] = &[
    "photo by",
    "photo credit",
    "photograph by",
    "photo courtesy",
    "image by",
    "image credit",
    "image courtesy",
    "getty images",
    "cc flickr",
    "cc by",
    "courtesy of",
    "photo illustration",
    "file photo",
    "pictured",
    "stock photo",
    "via flickr",
    "via wikimedia",
    "wikimedia commons",
    "ap photo",
    "reuters photo",
    "afp photo",
];

/// Disclaimers and publication notes, recognised at any length.
pub static DISCLAIMER_PHRASES: &[&str] = &[
    "views expressed",
    "do not necessarily reflect",
    "does not necessarily reflect",
    "all rights reserved",
    "this article was originally published",
    "originally appeared",
    "about the author",
];

/// Site furniture: navigation, sign-in, sharing. Only short sentences count,
/// and only phrases: single words such as "tags" occur in real prose.
pub static BOILERPLATE_PHRASES: &[&str] = &[
    "back to top",
    "lost your password",
    "subscribe to",
    "sign up",
    "log in",
    "share this",
    "click here",
    "read more",
    "privacy policy",
    "terms of use",
    "terms of service",
    "follow us",
    "related articles",
    "related posts",
    "leave a comment",
    "leave a reply",
    "skip to content",
    "forgot your password",
    "remember me",
    "posted in",
    "filed under",
    "previous article",
    "next article",
    "recommended for you",
    "the author is",
    "is a fellow at",
    "is a senior fellow",
];

/// Phrases that deny an inference: "X does not mean Y".
pub static NEGATED_CLAIM_PHRASES: &[&str] = &[
    "does not mean",
    "doesn't mean",
    "is no reason",
    "is not enough",
    "does not follow",
];

/// Every list matched as phrases in running text, for the one-pass matcher.
/// Lists are statics so that each has one address, which identifies it.
pub fn phrase_lists() -> [&'static [&'static str]; 25] {
    [
        PROPOSAL_PHRASES,
        STANCE_OPENERS,
        OBLIGATION_NOUNS,
        OBJECTION_OPENERS,
        OBJECTION_PHRASES,
        CONTRAST_OPENERS,
        CONCLUSION_OPENERS,
        STANCE_PHRASES,
        CERTAINTY_PHRASES,
        INNER_CONCLUSION_WORDS,
        JUDGEMENT_FRAMES,
        JOINING_OPENERS,
        ADDITIVE_OPENERS,
        ORDINAL_OPENERS,
        COUNT_WORDS,
        COUNTED_NOUNS,
        EVIDENCE_MARKERS,
        ANAPHORA_OPENERS,
        CONDITIONAL_OPENERS,
        EVALUATIVE_WORDS,
        HEDGES,
        CAPTION_PHRASES,
        DISCLAIMER_PHRASES,
        BOILERPLATE_PHRASES,
        NEGATED_CLAIM_PHRASES,
    ]
}

/// Instructions of an essay prompt, found in a title line that sets the task
/// ("Some say X. Discuss both views and give your opinion.").
pub static PROMPT_INSTRUCTIONS: &[&str] = &[
    "discuss both",
    "give your opinion",
    "give your own opinion",
    "do you agree",
    "to what extent",
    "what is your opinion",
    "give reasons for your answer",
    "use specific reasons",
    "what do you think",
    "discuss the advantages",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::WordSet;

    #[test]
    fn the_grant_openers_are_the_granting_head_of_the_objection_openers() {
        assert_eq!(grant_openers().first(), Some(&"admittedly"));
        assert_eq!(grant_openers().last(), Some(&"certainly"));
        assert!(!grant_openers().contains(&"on the one hand"));
    }

    #[test]
    fn word_sets_find_every_entry_and_nothing_else() {
        static NUMBERS: WordSet = WordSet::of(NUMBER_WORDS);
        assert!(NUMBER_WORDS.iter().all(|w| NUMBERS.contains(w)));
        assert!(!NUMBERS.contains("tree"));
    }
}
