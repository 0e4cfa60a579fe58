//! The rule registry: one file per rule, each with a stable code, a
//! kebab-case name, a default level and its documentation.

mod annotation_issue;
pub mod circular_support;
pub mod disconnected_claim;
pub mod duplicate_id;
pub mod invalid_annotation;
pub mod misplaced_annotation;
pub mod missing_thesis;
pub mod orphan_evidence;
pub mod unanswered_objection;
pub mod unjustified_recommendation;
pub mod unknown_reference;
pub mod unsourced_statistic;
pub mod unsupported_claim;
pub mod unused_suppression;

use super::Rule;
use crate::text::{Contained, DidYouMean};

/// Every rule, in code order. Codes are never reused or renumbered.
pub static ALL: &[&dyn Rule] = &[
    &missing_thesis::MissingThesis,
    &unsupported_claim::UnsupportedClaim,
    &unjustified_recommendation::UnjustifiedRecommendation,
    &orphan_evidence::OrphanEvidence,
    &disconnected_claim::DisconnectedClaim,
    &circular_support::CircularSupport,
    &unanswered_objection::UnansweredObjection,
    &unsourced_statistic::UnsourcedStatistic,
    &unused_suppression::UnusedSuppression,
    &unknown_reference::UnknownReference,
    &duplicate_id::DuplicateId,
    &misplaced_annotation::MisplacedAnnotation,
    &invalid_annotation::InvalidAnnotation,
];

/// The rule with this code (any case) or name.
pub fn lookup(code_or_name: &str) -> Option<&'static dyn Rule> {
    let key = code_or_name.trim();
    ALL.iter().copied().find(|r| {
        let meta = r.meta();
        meta.code.eq_ignore_ascii_case(key) || meta.name.eq_ignore_ascii_case(key)
    })
}

/// Position of a rule in [`ALL`].
pub fn position(code: &str) -> Option<usize> {
    ALL.iter().position(|r| r.meta().code == code)
}

/// The rule whose code or name is nearest in spelling to `query`, if any is
/// near enough to be what the user meant.
pub fn suggest(query: &str) -> Option<&'static dyn Rule> {
    let query = query.trim().to_ascii_lowercase();
    let query_name = query.replace('_', "-");
    ALL.iter()
        .copied()
        .filter_map(|r| {
            let meta = r.meta();
            let max = 2.max(query.len().max(meta.code.len()) / 3);
            let code = DidYouMean::new(&query, max).distance(&meta.code.to_ascii_lowercase());
            // A name that contains the query (of four bytes or more) is what was meant.
            let name = DidYouMean::new(&query_name, max)
                .contained(Contained::AsExact(4))
                .distance(meta.name);
            Some((code.into_iter().chain(name).min()?, r))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        for (i, rule) in ALL.iter().enumerate() {
            let meta = rule.meta();
            assert_eq!(meta.code, format!("AM{:03}", i + 1));
            assert!(meta
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            let doc = meta.doc();
            for heading in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## How to fix",
            ] {
                assert!(doc.contains(heading), "{} lacks {heading}", meta.code);
            }
            assert!(!meta.summary.ends_with('.'), "{}", meta.code);
        }
    }

    #[test]
    fn lookup_by_code_or_name_and_suggestions() {
        assert_eq!(lookup("am002").unwrap().meta().name, "unsupported-claim");
        assert_eq!(lookup("orphan-evidence").unwrap().meta().code, "AM004");
        assert!(lookup("AM099").is_none());
        assert_eq!(suggest("AM02").unwrap().meta().code, "AM002");
        assert_eq!(suggest("unsuported-claim").unwrap().meta().code, "AM002");
        assert_eq!(suggest("orphan").unwrap().meta().code, "AM004");
        assert!(suggest("completely-different").is_none());
    }
}
