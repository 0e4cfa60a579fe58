//! AM012 `misplaced-annotation`.

use super::annotation_issue::AnnotationRule;
use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{declare_rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that each `<!-- argmap: ... -->` annotation stands directly
    /// after the sentence it describes, in the same paragraph, and that a
    /// sentence has at most one.
    ///
    /// ## Why is this bad?
    /// An annotation on a line of its own, at the start of a paragraph or
    /// after another annotation describes no sentence, so argmap ignores it
    /// and the map silently keeps its guess.
    ///
    /// ## Example
    /// ```markdown
    /// <!-- argmap: claim #parks -->
    /// Parks make people healthier.
    /// ```
    ///
    /// ## How to fix
    /// Put the comment right after the sentence, on the same paragraph:
    /// ```markdown
    /// Parks make people healthier. <!-- argmap: claim #parks -->
    /// ```
    pub struct MisplacedAnnotation {
        code: "AM012",
        name: "misplaced-annotation",
        level: Warning,
        summary: "An annotation that is not right after a sentence",
    }
}

impl AnnotationRule for MisplacedAnnotation {
    const RULE: &'static RuleMeta = &Self::META;
    const LABEL: &'static str = "this annotation describes no sentence";

    fn reports(kind: &IssueKind) -> bool {
        matches!(kind, IssueKind::Misplaced)
    }

    fn help(_: &Issue) -> Option<String> {
        Some("place it directly after the sentence it describes, in the same paragraph".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::{check_text, positions};

    #[test]
    fn an_annotation_on_its_own_line_is_misplaced() {
        let text = "<!-- argmap: claim #parks -->\n\nParks make people healthier. We should build parks.\n";
        assert_eq!(
            positions(&check_text(&MisplacedAnnotation, text)),
            vec![(1, 1)]
        );
        assert!(check_text(&MisplacedAnnotation, "Parks help. <!-- argmap: claim -->").is_empty());
    }
}
