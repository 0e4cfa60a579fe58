//! Stage 4: lint an argument map for completeness, the way markdownlint or
//! Vale lint prose.
//!
//! Each rule lives in its own file under [`rules`], with a stable code
//! (`AM001`...), a kebab-case name, a default level and its documentation.
//! [`Linter`] runs the rules that are on, applies the inline suppression
//! comments ([`Suppressions`]) and returns a [`FileReport`] per document.
//! Nothing here does I/O: the findings are written by [`crate::render`].

mod rule;
pub mod rules;
mod support;
mod suppression;

pub use rule::{Context, Rule, RuleMeta, Violation};
pub use support::SupportAnalysis;
pub use suppression::{parse_directive, Directive, DirectiveKind, Suppressions};

use crate::config::{Config, Level};
use crate::document::{Document, Span};
use crate::extract::annotations::Issue;
use crate::graph::{DocumentMap, NodeKind};

/// One finding: a rule's violation at its configured level.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The rule that reported it.
    pub code: &'static str,
    /// The rule's name.
    pub name: &'static str,
    /// Its level (never [`Level::Off`]).
    pub level: Level,
    /// The headline.
    pub message: String,
    /// A short label for the caret.
    pub label: String,
    /// How to fix it, if the finding says more than the rule's doc.
    pub help: Option<String>,
    /// Where it is: the node's sentence, or a comment's span.
    pub span: Span,
    /// The id of the node it is about, if any.
    pub node: Option<String>,
}

/// How complete one document's argument is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Completeness {
    /// Claims (not counting the thesis).
    pub claims: usize,
    /// Claims with at least the configured evidence under them.
    pub claims_with_evidence: usize,
    /// Recommendations.
    pub recommendations: usize,
    /// Recommendations a claim, evidence or the thesis supports.
    pub recommendations_justified: usize,
}

/// The lint result of one document.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The document's path as given.
    pub path: String,
    /// Findings in reading order.
    pub findings: Vec<Finding>,
    /// Findings that suppression comments hid.
    pub suppressed: usize,
    /// Completeness counts.
    pub completeness: Completeness,
}

impl FileReport {
    /// Number of findings at `level`.
    pub fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.level == level).count()
    }
}

/// A configuration the linter cannot use.
#[derive(Debug, thiserror::Error)]
pub enum LintError {
    /// `[rules]` names a rule that does not exist.
    #[error("{path}: unknown rule `{key}` in [rules]{hint}")]
    UnknownRule {
        /// The configuration file.
        path: String,
        /// The key as written.
        key: String,
        /// ` (did you mean ...?)`, or empty.
        hint: String,
    },
}

/// The rules at their configured levels, and the thresholds.
#[derive(Debug, Clone)]
pub struct Linter {
    levels: Vec<Level>,
    min_evidence: usize,
}

impl Default for Linter {
    fn default() -> Linter {
        Linter {
            levels: rules::ALL.iter().map(|r| r.meta().default_level).collect(),
            min_evidence: 1,
        }
    }
}

/// ` (did you mean `X` (name)?)` for a word that names no rule.
pub fn did_you_mean(word: &str) -> String {
    rules::suggest(word)
        .map(|r| {
            let m = r.meta();
            format!(" (did you mean `{}` ({})?)", m.code, m.name)
        })
        .unwrap_or_default()
}

impl Linter {
    /// Levels and thresholds from a configuration; an unknown rule in
    /// `[rules]` is an error naming the file and the key.
    pub fn from_config(config: &Config) -> Result<Linter, LintError> {
        let mut linter = Linter::default();
        for (key, &level) in &config.rules {
            let Some(rule) = rules::lookup(key) else {
                return Err(LintError::UnknownRule {
                    path: config.source.as_ref().map_or_else(
                        || crate::config::FILE_NAME.to_string(),
                        |p| p.display().to_string(),
                    ),
                    key: key.clone(),
                    hint: did_you_mean(key),
                });
            };
            if let Some(i) = rules::position(rule.meta().code) {
                linter.levels[i] = level;
            }
        }
        linter.min_evidence = config.thresholds.min_evidence_per_claim;
        Ok(linter)
    }

    /// The level a rule runs at.
    pub fn level(&self, code: &str) -> Level {
        rules::position(code).map_or(Level::Off, |i| self.levels[i])
    }

    /// Change a rule's level.
    pub fn set_level(&mut self, code: &str, level: Level) {
        if let Some(i) = rules::position(code) {
            self.levels[i] = level;
        }
    }

    /// Lint one document and its map.
    pub fn lint(&self, doc: &Document, map: &DocumentMap) -> FileReport {
        self.lint_with_issues(doc, map, &[])
    }

    /// Lint one document, its map and the problems found in its annotations
    /// (see [`crate::extract::build`]).
    pub fn lint_with_issues(
        &self,
        doc: &Document,
        map: &DocumentMap,
        issues: &[Issue],
    ) -> FileReport {
        let cx = Context::new(doc, map, self.min_evidence).with_issues(issues);
        let mut suppressions = Suppressions::parse(doc);
        let own = rules::unused_suppression::UnusedSuppression::META.code;
        let mut findings = Vec::new();
        let mut suppressed = 0;
        for (rule, &level) in rules::ALL.iter().zip(&self.levels) {
            let meta = rule.meta();
            if level == Level::Off || meta.code == own {
                continue;
            }
            let mut violations = Vec::new();
            rule.check(&cx, &mut violations);
            for v in violations {
                if suppressions.suppresses(meta.code, v.span) {
                    suppressed += 1;
                } else {
                    findings.push(finding(meta, level, map, v));
                }
            }
        }
        let own_level = self.level(own);
        if own_level != Level::Off {
            let meta = rules::unused_suppression::UnusedSuppression::META;
            for u in suppressions.unused(&|code| self.level(code) != Level::Off) {
                if suppressions.suppresses(own, u.span) {
                    suppressed += 1;
                    continue;
                }
                findings.push(Finding {
                    code: meta.code,
                    name: meta.name,
                    level: own_level,
                    message: u.message,
                    label: u.label,
                    help: None,
                    span: u.span,
                    node: None,
                });
            }
        }
        findings.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
        FileReport {
            path: doc.path.clone(),
            findings,
            suppressed,
            completeness: completeness(&cx),
        }
    }
}

fn finding(meta: &'static RuleMeta, level: Level, map: &DocumentMap, v: Violation) -> Finding {
    Finding {
        code: meta.code,
        name: meta.name,
        level,
        message: v.message,
        label: v.label,
        help: v.help,
        span: v.span,
        node: v.node.map(|i| map.node(i).id.clone()),
    }
}

fn completeness(cx: &Context<'_>) -> Completeness {
    let mut c = Completeness::default();
    for i in cx.map.indexes() {
        match cx.map.node(i).kind {
            NodeKind::Claim => {
                c.claims += 1;
                if cx.support.evidence[i.get()] >= cx.min_evidence {
                    c.claims_with_evidence += 1;
                }
            }
            NodeKind::Recommendation => {
                c.recommendations += 1;
                if rules::unjustified_recommendation::justified(cx, i.get()) {
                    c.recommendations_justified += 1;
                }
            }
            _ => {}
        }
    }
    c
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::document::SourceFormat;
    use crate::graph::DocumentMap;

    /// Run one rule on a parsed essay.
    pub(crate) fn check_text(rule: &dyn Rule, text: &str) -> Vec<Violation> {
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let built = crate::extract::build(&doc, crate::extract::Options::default());
        let cx = Context::new(&doc, &built.map, 1).with_issues(&built.issues);
        let mut out = Vec::new();
        rule.check(&cx, &mut out);
        out
    }

    /// Run one rule on a built map (with an empty document).
    pub(crate) fn check_map(rule: &dyn Rule, map: &DocumentMap, min: usize) -> Vec<Violation> {
        let doc = Document::parse("x.md", "", SourceFormat::Markdown);
        let cx = Context::new(&doc, map, min);
        let mut out = Vec::new();
        rule.check(&cx, &mut out);
        out
    }

    /// Line and column of each violation.
    pub(crate) fn positions(found: &[Violation]) -> Vec<(usize, usize)> {
        found.iter().map(|v| (v.span.line, v.span.column)).collect()
    }

    /// Node ids of each violation.
    pub(crate) fn ids<'m>(map: &'m DocumentMap, found: &[Violation]) -> Vec<&'m str> {
        found
            .iter()
            .map(|v| map.node(v.node.expect("a node")).id.as_str())
            .collect()
    }

    fn lint(text: &str, linter: &Linter) -> FileReport {
        let doc = Document::parse("t.md", text, SourceFormat::Markdown);
        let map = crate::extract::build_map(&doc);
        linter.lint(&doc, &map)
    }

    const ESSAY: &str = "Cities should plant more trees.\n\n\
        Trees make streets pleasant.\n\n\
        Trees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";

    #[test]
    fn levels_come_from_config_by_code_or_name() {
        let config = Config::parse(
            "[rules]\nAM002 = \"error\"\norphan-evidence = \"off\"\n",
            std::path::Path::new("argmap.toml"),
        )
        .unwrap();
        let linter = Linter::from_config(&config).unwrap();
        assert_eq!(linter.level("AM002"), Level::Error);
        assert_eq!(linter.level("AM004"), Level::Off);
        assert_eq!(linter.level("AM003"), Level::Error);
        let bad = Config::parse(
            "[rules]\nunsuported-claim = \"error\"\n",
            std::path::Path::new("dir/argmap.toml"),
        )
        .unwrap();
        let err = Linter::from_config(&bad).unwrap_err().to_string();
        assert_eq!(
            err,
            "dir/argmap.toml: unknown rule `unsuported-claim` in [rules] (did you mean `AM002` (unsupported-claim)?)"
        );
    }

    #[test]
    fn findings_are_suppressed_and_counted() {
        let linter = Linter::default();
        let report = lint(ESSAY, &linter);
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, vec!["AM002"], "{:?}", report.findings);
        assert_eq!(
            report.findings[0].node.as_deref(),
            Some("trees-make-streets-pleasant")
        );
        assert_eq!(report.completeness.claims, 2);
        assert_eq!(report.completeness.claims_with_evidence, 1);

        let suppressed = ESSAY.replace(
            "Trees make",
            "<!-- argmap-disable-next-line unsupported-claim -- a premise readers grant -->\nTrees make",
        );
        let report = lint(&suppressed, &linter);
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        assert_eq!(report.suppressed, 1);
    }

    #[test]
    fn unused_suppressions_are_findings_unless_their_rule_is_off() {
        let text = format!("<!-- argmap-disable-file AM007 -->\n{ESSAY}");
        let mut linter = Linter::default();
        let report = lint(&text, &linter);
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, vec!["AM009", "AM002"]);
        assert_eq!(report.findings[0].span.line, 1);
        linter.set_level("AM007", Level::Off);
        assert_eq!(lint(&text, &linter).findings.len(), 1);
        linter.set_level("AM009", Level::Off);
        linter.set_level("AM007", Level::Warning);
        assert_eq!(lint(&text, &linter).findings.len(), 1);
    }
}
