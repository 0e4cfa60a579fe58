//! What a rule is: its metadata (code, name, default level, summary and
//! documentation), the context it checks, and the violations it reports.

use super::support::SupportAnalysis;
use crate::config::Level;
use crate::document::{Document, Span};
use crate::extract::annotations::Issue;
use crate::graph::{Adjacency, DocumentMap, NodeIndex};
use std::borrow::Cow;

/// The stable description of a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code such as `AM002`; never reused.
    pub code: &'static str,
    /// Kebab-case name such as `unsupported-claim`.
    pub name: &'static str,
    /// The level the rule runs at unless configured otherwise.
    pub default_level: Level,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// The rule struct's doc comment, as the compiler saw it (one leading
    /// space per line). Read it through [`RuleMeta::doc`].
    pub raw_doc: &'static str,
}

impl RuleMeta {
    /// The rule's documentation in ruff's form (What it does / Why is this
    /// bad? / Example / How to fix), as Markdown.
    pub fn doc(&self) -> String {
        let mut out = String::with_capacity(self.raw_doc.len());
        for line in self.raw_doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_string() + "\n"
    }

    /// The documentation as plain text: headings lose their `#`, code
    /// fences go and the code in them is indented.
    pub fn doc_text(&self) -> String {
        let mut out = String::new();
        let mut in_code = false;
        for line in self.doc().lines() {
            if line.starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if in_code {
                out.push_str("    ");
                out.push_str(line);
            } else {
                out.push_str(line.trim_start_matches('#').trim_start());
            }
            out.push('\n');
        }
        out
    }
}

/// A check over one document's argument map.
pub trait Rule: Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;

    /// Report every violation in the document. Rules never do I/O.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Violation>);
}

/// What a rule reports: where, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// The node it is about, if any.
    pub node: Option<NodeIndex>,
    /// Where it is: the node's sentence, or another span of the file.
    pub span: Span,
    /// The headline, complete on its own.
    pub message: String,
    /// A short label printed under the caret.
    pub label: Cow<'static, str>,
    /// How to fix it, if there is more to say than the rule's doc.
    pub help: Option<String>,
}

impl Violation {
    /// A violation located at a node's sentence.
    pub fn at_node(
        map: &DocumentMap,
        node: NodeIndex,
        message: impl Into<String>,
        label: impl Into<Cow<'static, str>>,
    ) -> Violation {
        Violation {
            node: Some(node),
            span: map.node(node).span,
            message: message.into(),
            label: label.into(),
            help: None,
        }
    }

    /// Add a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Violation {
        self.help = Some(help.into());
        self
    }
}

/// Everything a rule may look at, computed once per document.
#[derive(Debug)]
pub struct Context<'a> {
    /// The parsed essay.
    pub doc: &'a Document,
    /// Its argument map.
    pub map: &'a DocumentMap,
    /// Edge lists per node, built once.
    pub adjacency: Adjacency,
    /// `thresholds.min-evidence-per-claim`.
    pub min_evidence: usize,
    /// Support cycles and evidence counts.
    pub support: SupportAnalysis,
    /// Problems found in the document's author annotations.
    pub issues: &'a [Issue],
}

impl<'a> Context<'a> {
    /// Prepare the context of a document: adjacency, components and counts,
    /// each in linear time.
    pub fn new(doc: &'a Document, map: &'a DocumentMap, min_evidence: usize) -> Context<'a> {
        let adjacency = map.adjacency();
        let support = SupportAnalysis::new(map, &adjacency, min_evidence);
        Context {
            doc,
            map,
            adjacency,
            min_evidence,
            support,
            issues: &[],
        }
    }

    /// The same context with the problems found in the document's annotations.
    pub fn with_issues(mut self, issues: &'a [Issue]) -> Context<'a> {
        self.issues = issues;
        self
    }
}

/// Declare a rule struct whose `///` doc comment is also its runtime
/// documentation, so that `argmap explain` and rustdoc print the same text.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        pub struct $name:ident {
            code: $code:literal,
            name: $rule_name:literal,
            level: $level:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name;

        impl $name {
            /// The rule's code, name, default level, summary and documentation.
            pub const META: $crate::lint::RuleMeta = $crate::lint::RuleMeta {
                code: $code,
                name: $rule_name,
                default_level: $crate::config::Level::$level,
                summary: $summary,
                raw_doc: concat!($($doc, "\n"),+),
            };
        }
    };
}

pub(crate) use declare_rule;
