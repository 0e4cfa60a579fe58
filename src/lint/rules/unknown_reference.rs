//! AM010 `unknown-reference`.

use super::annotation_issue::AnnotationRule;
use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{declare_rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that every id named in an annotation's `supports=` or
    /// `attacks=` names a node of the map: an annotated `#id` or a generated
    /// one (see `argmap claims`).
    ///
    /// ## Why is this bad?
    /// The edge the author meant is silently missing from the map, so the
    /// claim it should back up may look unsupported, and the other checks
    /// report the wrong thing.
    ///
    /// ## Example
    /// ```markdown
    /// Parks make people healthier. <!-- argmap: claim #health -->
    /// Oslo doctors prescribe walks. <!-- argmap: evidence supports=helth -->
    /// ```
    ///
    /// ## How to fix
    /// Spell the id as it is declared, or declare it:
    /// ```markdown
    /// Oslo doctors prescribe walks. <!-- argmap: evidence supports=health -->
    /// ```
    pub struct UnknownReference {
        code: "AM010",
        name: "unknown-reference",
        level: Error,
        summary: "An annotation's `supports=`/`attacks=` id that names no node",
    }
}

impl AnnotationRule for UnknownReference {
    const RULE: &'static RuleMeta = &Self::META;
    const LABEL: &'static str = "this annotation names an unknown id";

    fn reports(kind: &IssueKind) -> bool {
        matches!(kind, IssueKind::UnknownReference { .. })
    }

    fn help(issue: &Issue) -> Option<String> {
        match &issue.kind {
            IssueKind::UnknownReference {
                suggestion: Some(s),
                ..
            } => Some(format!("the nearest id is `{s}`")),
            _ => Some("`argmap claims` and `argmap graph` list the ids".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::{check_text, positions};

    #[test]
    fn reports_the_unknown_id_with_the_nearest() {
        let text = "Cities should plant trees.\n\nParks help. <!-- argmap: claim #health -->\nWalks help. <!-- argmap: evidence supports=helth -->\n";
        let found = check_text(&UnknownReference, text);
        assert_eq!(positions(&found), vec![(4, 13)]);
        assert!(
            found[0].message.contains("`helth` names no node"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].help.as_deref(), Some("the nearest id is `health`"));
        assert!(check_text(
            &UnknownReference,
            "Cities should plant trees. <!-- argmap: thesis -->"
        )
        .is_empty());
    }
}
