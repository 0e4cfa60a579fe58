//! The shared check of the four annotation rules (AM010-AM013): each reports
//! the annotation problems of one kind that extraction found.

use crate::extract::annotations::{Issue, IssueKind};
use crate::lint::rule::{Context, Violation};

/// Report each issue that `wanted` selects, with its message and a help line.
pub(super) fn report(
    cx: &Context<'_>,
    out: &mut Vec<Violation>,
    wanted: fn(&IssueKind) -> bool,
    label: &'static str,
    help: fn(&Issue) -> Option<String>,
) {
    for issue in cx.issues.iter().filter(|i| wanted(&i.kind)) {
        out.push(Violation {
            node: None,
            span: issue.span,
            message: issue.message(),
            label: label.into(),
            help: help(issue),
        });
    }
}
