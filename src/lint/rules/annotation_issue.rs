//! The one check of the four annotation rules (AM010-AM013): each reports
//! the annotation problems of its kinds that extraction found, and says
//! only which kinds those are, what to write under the caret and what help
//! to give.

use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{Context, Rule, RuleMeta, Violation};

/// A rule that reports annotation problems found by extraction; it is a
/// [`Rule`] through the one `check` below.
pub trait AnnotationRule: Sync {
    /// The rule's metadata (its `META`).
    const RULE: &'static RuleMeta;
    /// The label under the caret.
    const LABEL: &'static str;
    /// Whether the rule reports problems of this kind.
    fn reports(kind: &IssueKind) -> bool;
    /// The help line of a problem the rule reports.
    fn help(issue: &Issue) -> Option<String>;
}

impl<T: AnnotationRule> Rule for T {
    fn meta(&self) -> &'static RuleMeta {
        T::RULE
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>) {
        for issue in cx.issues.iter().filter(|i| T::reports(&i.kind)) {
            out.push(Violation {
                node: None,
                span: issue.span,
                message: issue.message(),
                label: T::LABEL.into(),
                help: T::help(issue),
            });
        }
    }
}
