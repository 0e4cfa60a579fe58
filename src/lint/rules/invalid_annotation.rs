//! AM013 `invalid-annotation`.

use super::annotation_issue::AnnotationRule;
use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{declare_rule, RuleMeta};

declare_rule! {
    /// ## What it does
    /// Checks that every part of an `<!-- argmap: ... -->` annotation can be
    /// read: one role (`thesis`, `claim`, `evidence`, `recommendation`,
    /// `objection` or `none`), one kebab-case `#id`, and `supports=` /
    /// `attacks=` lists of ids. It also reports an annotation comment with
    /// no `-->` (which hides the rest of its paragraph), `ARGMAP:` in
    /// capitals, `argmap` with no colon, a node that supports or attacks
    /// itself, and an empty item in a list of ids (`supports=thesis,,`).
    ///
    /// ## Why is this bad?
    /// A part argmap cannot read is ignored, so the role or edge the author
    /// stated does not reach the map.
    ///
    /// ## Example
    /// ```markdown
    /// Parks make people healthier. <!-- argmap: clam #Parks support=thesis -->
    /// ```
    ///
    /// ## How to fix
    /// ```markdown
    /// Parks make people healthier. <!-- argmap: claim #parks supports=thesis -->
    /// ```
    pub struct InvalidAnnotation {
        code: "AM013",
        name: "invalid-annotation",
        level: Error,
        summary: "An annotation that cannot be read: unknown role or key, unclosed, or malformed",
    }
}

impl AnnotationRule for InvalidAnnotation {
    const RULE: &'static RuleMeta = &Self::META;
    const LABEL: &'static str = "argmap cannot read this annotation";

    fn reports(kind: &IssueKind) -> bool {
        matches!(kind, IssueKind::Invalid { .. } | IssueKind::Broken { .. })
    }

    fn help(issue: &Issue) -> Option<String> {
        match &issue.kind {
            IssueKind::Invalid { part } => nearest_part(part),
            IssueKind::Broken { suggestion, .. } => Some(suggestion.clone()),
            _ => None,
        }
    }
}

/// A suggestion for a part that could not be read.
fn nearest_part(part: &str) -> Option<String> {
    if let Some(id) = part.strip_prefix('#') {
        return Some(format!(
            "ids are kebab-case, e.g. `#{}`",
            id.to_lowercase().replace(['_', ' '], "-")
        ));
    }
    let head = part.split('=').next().unwrap_or(part);
    let near = crate::text::DidYouMean::new(head, 3);
    crate::extract::annotations::vocabulary()
        .filter_map(|w| Some((near.distance(w.trim_end_matches('='))?, w)))
        .min()
        .map(|(_, w)| format!("did you mean `{w}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::tests::check_text;

    #[test]
    fn each_unreadable_part_is_reported_with_a_hint() {
        let found = check_text(
            &InvalidAnnotation,
            "Parks help. <!-- argmap: clam #Parks support=thesis -->",
        );
        let helps: Vec<Option<&str>> = found.iter().map(|v| v.help.as_deref()).collect();
        assert_eq!(
            helps,
            vec![
                Some("did you mean `claim`?"),
                Some("ids are kebab-case, e.g. `#parks`"),
                Some("did you mean `supports=`?")
            ]
        );
        assert!(check_text(
            &InvalidAnnotation,
            "Parks help. <!-- argmap: claim #parks -->"
        )
        .is_empty());
    }
}
