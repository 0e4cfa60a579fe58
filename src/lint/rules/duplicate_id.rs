//! AM011 `duplicate-id`.

use super::annotation_issue::AnnotationRule;
use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{declare_rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that no `#id` is given to two sentences of one document.
    ///
    /// ## Why is this bad?
    /// An id must name one node. argmap keeps the first and renames the
    /// second (`-2`), so every `supports=` that meant the second one points
    /// at the first.
    ///
    /// ## Example
    /// ```markdown
    /// Parks make people healthier. <!-- argmap: claim #parks -->
    /// Parks cool the city. <!-- argmap: claim #parks -->
    /// ```
    ///
    /// ## How to fix
    /// Give each sentence its own id:
    /// ```markdown
    /// Parks cool the city. <!-- argmap: claim #parks-cool -->
    /// ```
    pub struct DuplicateId {
        code: "AM011",
        name: "duplicate-id",
        level: Error,
        summary: "An annotated `#id` given to two sentences",
    }
}

impl AnnotationRule for DuplicateId {
    const RULE: &'static RuleMeta = &Self::META;
    const LABEL: &'static str = "this id is already taken";

    fn reports(kind: &IssueKind) -> bool {
        matches!(kind, IssueKind::DuplicateId { .. })
    }

    fn help(issue: &Issue) -> Option<String> {
        match &issue.kind {
            IssueKind::DuplicateId { id } => {
                Some(format!("this sentence was given the id `{id}-2` instead"))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::{check_text, positions};

    #[test]
    fn the_second_use_is_reported() {
        let text = "Cities should plant trees. <!-- argmap: thesis #act -->\n\nTrees help. <!-- argmap: claim #act -->\n";
        let found = check_text(&DuplicateId, text);
        assert_eq!(positions(&found), vec![(3, 13)]);
        assert!(check_text(&DuplicateId, "Trees help. <!-- argmap: claim #act -->").is_empty());
    }
}
