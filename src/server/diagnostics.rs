//! Lint findings as LSP diagnostics: code, severity, the sentence's range, a
//! link to the rule's documentation and the nodes the finding involves.

use super::state::Analysis;
use crate::config::Level;
use crate::extract::annotations::IssueKind;
use crate::graph::{EdgeKind, NodeIndex};
use crate::lint::{rules, Finding, SupportAnalysis};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString, Uri,
};
use std::cell::OnceCell;
use std::str::FromStr;

/// Most related locations listed for one finding (a cycle may pass
/// through thousands of nodes).
const MAX_RELATED: usize = 20;

/// The `source` of every diagnostic.
pub const SOURCE: &str = "argmap";

/// Where a rule's documentation is published: its rustdoc page, whose text
/// is the same as `argmap explain CODE` prints.
pub fn rule_doc_url(name: &str) -> String {
    let module = name.replace('-', "_");
    let type_name: String = name
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    format!(
        "https://docs.rs/essay-argmap/latest/argmap/lint/rules/{module}/struct.{type_name}.html"
    )
}

/// The diagnostics of an analysed essay, in reading order.
pub fn diagnostics(analysis: &Analysis, uri: &Uri) -> Vec<Diagnostic> {
    // Cycles are found once for all the findings that need them.
    let support = OnceCell::new();
    analysis
        .report
        .findings
        .iter()
        .map(|f| diagnostic(analysis, uri, f, &support))
        .collect()
}

/// One finding as a diagnostic.
fn diagnostic(
    analysis: &Analysis,
    uri: &Uri,
    finding: &Finding,
    support: &OnceCell<SupportAnalysis>,
) -> Diagnostic {
    let severity = match finding.level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info | Level::Off => DiagnosticSeverity::INFORMATION,
    };
    let mut message = finding.message.clone();
    if let Some(help) = &finding.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let mut related = related(analysis, uri, finding, support);
    related.truncate(MAX_RELATED);
    let unused = finding.code == rules::unused_suppression::UnusedSuppression::META.code;
    Diagnostic {
        range: analysis.range(finding.span),
        severity: Some(severity),
        code: Some(NumberOrString::String(finding.code.to_string())),
        code_description: Uri::from_str(&rule_doc_url(finding.name))
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        // Editors grey out an unused suppression, as they do dead code.
        tags: unused.then(|| vec![DiagnosticTag::UNNECESSARY]),
        data: Some(serde_json::json!({ "name": finding.name, "node": finding.node })),
    }
}

/// The other places a finding involves: the nodes a cycle passes through,
/// what a node bears on, the node an id already names or the nearest id.
fn related(
    analysis: &Analysis,
    uri: &Uri,
    finding: &Finding,
    support: &OnceCell<SupportAnalysis>,
) -> Vec<DiagnosticRelatedInformation> {
    let map = &analysis.map;
    let mut out = Vec::new();
    let mut add = |node: NodeIndex, message: String| {
        out.push(DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), analysis.range(map.node(node).span)),
            message,
        });
    };
    let node = finding.node.as_deref().and_then(|id| map.by_id(id));
    if let Some(node) = node {
        if finding.code == rules::circular_support::CircularSupport::META.code {
            let support = support.get_or_init(|| SupportAnalysis::new(map, &analysis.adjacency, 1));
            let component = &support.components[support.component[node.get()]];
            for &other in component.iter().filter(|&&o| o != node).take(MAX_RELATED) {
                add(
                    other,
                    format!("the cycle passes through `{}`", map.node(other).id),
                );
            }
            return out;
        }
        for &e in analysis.adjacency.outgoing[node.get()]
            .iter()
            .take(MAX_RELATED)
        {
            let edge = map.edges()[e];
            let verb = match edge.kind {
                EdgeKind::Supports => "supports",
                EdgeKind::Attacks => "attacks",
                EdgeKind::Restates => "restates",
            };
            add(edge.to, format!("this {verb} `{}`", map.node(edge.to).id));
        }
        if finding.code == rules::unjustified_recommendation::UnjustifiedRecommendation::META.code {
            if let Some(thesis) = map.thesis().filter(|&t| t != node) {
                add(
                    thesis,
                    "the thesis: a claim supporting the recommendation would tie it to this"
                        .to_string(),
                );
            }
        }
        return out;
    }
    // Findings at an annotation comment: the nodes its problem names.
    for issue in analysis.issues.iter().filter(|i| i.span == finding.span) {
        match &issue.kind {
            IssueKind::DuplicateId { id } => {
                if let Some(owner) = map.by_id(id) {
                    add(owner, format!("`{id}` is given to this sentence"));
                }
            }
            IssueKind::UnknownReference {
                suggestion: Some(s),
                ..
            } => {
                if let Some(near) = map.by_id(s) {
                    add(near, format!("the nearest id, `{s}`"));
                }
            }
            IssueKind::UnknownReference {
                suggestion: None, ..
            }
            | IssueKind::Misplaced
            | IssueKind::Invalid { .. }
            | IssueKind::Broken { .. } => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    fn uri() -> Uri {
        Uri::from_str("file:///t.md").unwrap()
    }

    #[test]
    fn doc_urls_name_the_rule_type() {
        assert_eq!(
            rule_doc_url("unsupported-claim"),
            "https://docs.rs/essay-argmap/latest/argmap/lint/rules/unsupported_claim/struct.UnsupportedClaim.html"
        );
        // Every rule's module and type follow its name.
        for rule in rules::ALL {
            let m = rule.meta();
            let url = rule_doc_url(m.name);
            assert!(url.contains(&m.name.replace('-', "_")), "{url}");
        }
    }

    #[test]
    fn findings_carry_code_range_link_and_related_nodes() {
        let text = "Cities should plant more trees.\n\nTrees make streets pleasant.\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let d = diagnostics(&a, &uri());
        let am002 = d
            .iter()
            .find(|d| d.code == Some(NumberOrString::String("AM002".into())))
            .expect("unsupported claim");
        assert_eq!(am002.severity, Some(DiagnosticSeverity::WARNING));
        assert_eq!(am002.range.start, lsp_types::Position::new(2, 0));
        assert_eq!(am002.range.end, lsp_types::Position::new(2, 28));
        assert!(am002
            .code_description
            .as_ref()
            .unwrap()
            .href
            .as_str()
            .ends_with("struct.UnsupportedClaim.html"));
        let related = am002.related_information.as_ref().expect("related");
        assert_eq!(related[0].message, "this supports `thesis`");
        assert_eq!(related[0].location.range.start.line, 0);
    }

    #[test]
    fn a_cycle_names_its_nodes_and_an_unused_suppression_is_tagged() {
        let text = "<!-- argmap-disable-file AM007 -->\nWe should act. <!-- argmap: thesis -->\n\nA holds. <!-- argmap: claim #a supports=b -->\n\nB holds. <!-- argmap: claim #b supports=a -->\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let d = diagnostics(&a, &uri());
        let cycle = d
            .iter()
            .find(|d| d.code == Some(NumberOrString::String("AM006".into())))
            .expect("a cycle");
        let related = cycle.related_information.as_ref().unwrap();
        assert!(
            related
                .iter()
                .any(|r| r.message.contains("passes through `b`")),
            "{related:?}"
        );
        let unused = d
            .iter()
            .find(|d| d.code == Some(NumberOrString::String("AM009".into())))
            .expect("unused suppression");
        assert_eq!(unused.tags, Some(vec![DiagnosticTag::UNNECESSARY]));
        assert_eq!(unused.range.start.line, 0);
    }
}
