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
    /// A short label for the caret (most are the same text for every
    /// finding of a rule, so they are borrowed, not copied).
    pub label: std::borrow::Cow<'static, str>,
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
    /// Those findings themselves, for formats that list them as suppressed
    /// (SARIF's `suppressions`), in reading order.
    pub suppressed_findings: Vec<Finding>,
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
    /// `--select`, `--extend-select` or `--ignore` names a rule that does not exist.
    #[error("{flag}: unknown rule `{key}`{hint}")]
    UnknownSelected {
        /// The flag.
        flag: String,
        /// The rule as written.
        key: String,
        /// ` (did you mean ...?)`, or empty.
        hint: String,
    },
}

/// Rules chosen on the command line, by code or name (or `ALL`), applied
/// over the configuration in ruff's order: `--select` (which replaces the
/// rules that run), then `--extend-select`, then `--ignore`.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `--select`: only these rules run, when given.
    pub select: Option<Vec<String>>,
    /// `--extend-select`: these rules run too.
    pub extend_select: Vec<String>,
    /// `--ignore`: these rules do not run.
    pub ignore: Vec<String>,
}

/// The rules a command-line list names: `ALL`, or codes and names.
fn named_rules(flag: &str, list: &[String]) -> Result<Vec<usize>, LintError> {
    let mut out = Vec::new();
    for key in list.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
        if key.eq_ignore_ascii_case("ALL") {
            out.extend(0..rules::ALL.len());
            continue;
        }
        let position = rules::lookup(key).and_then(|r| rules::position(r.meta().code));
        let Some(i) = position else {
            return Err(LintError::UnknownSelected {
                flag: flag.to_string(),
                key: key.to_string(),
                hint: did_you_mean(key),
            });
        };
        out.push(i);
    }
    Ok(out)
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

    /// Apply a command-line [`Selection`]. A selected rule that is off runs
    /// at its default level, or at warning when it is off by default.
    pub fn select(&mut self, selection: &Selection) -> Result<(), LintError> {
        let on = |level: Level, i: usize| {
            if level != Level::Off {
                return level;
            }
            match rules::ALL[i].meta().default_level {
                Level::Off => Level::Warning,
                other => other,
            }
        };
        if let Some(list) = &selection.select {
            let chosen = named_rules("--select", list)?;
            for i in 0..self.levels.len() {
                self.levels[i] = if chosen.contains(&i) {
                    on(self.levels[i], i)
                } else {
                    Level::Off
                };
            }
        }
        for i in named_rules("--extend-select", &selection.extend_select)? {
            self.levels[i] = on(self.levels[i], i);
        }
        for i in named_rules("--ignore", &selection.ignore)? {
            self.levels[i] = Level::Off;
        }
        Ok(())
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
        let mut hidden = Vec::new();
        for (rule, &level) in rules::ALL.iter().zip(&self.levels) {
            let meta = rule.meta();
            if level == Level::Off || meta.code == own {
                continue;
            }
            let mut violations = Vec::new();
            rule.check(&cx, &mut violations);
            // Room for all of them at once: a vector that doubles as it
            // grows holds up to twice what it needs, which on an essay with
            // a finding per sentence is most of lint's memory.
            findings.reserve(violations.len());
            for v in violations {
                let f = finding(meta, level, map, v);
                if suppressions.suppresses(meta.code, f.span) {
                    hidden.push(f);
                } else {
                    findings.push(f);
                }
            }
        }
        let own_level = self.level(own);
        if own_level != Level::Off {
            let meta = rules::unused_suppression::UnusedSuppression::META;
            for u in suppressions.unused(&|code| self.level(code) != Level::Off) {
                let f = Finding {
                    code: meta.code,
                    name: meta.name,
                    level: own_level,
                    message: u.message,
                    label: u.label.into(),
                    help: None,
                    span: u.span,
                    node: None,
                };
                if suppressions.suppresses(own, u.span) {
                    hidden.push(f);
                } else {
                    findings.push(f);
                }
            }
        }
        findings.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
        hidden.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
        FileReport {
            path: doc.path.clone(),
            findings,
            suppressed: hidden.len(),
            suppressed_findings: hidden,
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
    fn selection_narrows_extends_and_ignores() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let mut linter = Linter::default();
        linter
            .select(&Selection {
                select: Some(names(&["AM002", "unsourced-statistic"])),
                extend_select: names(&["AM003"]),
                ignore: names(&["AM002"]),
            })
            .unwrap();
        let on: Vec<(&str, Level)> = rules::ALL
            .iter()
            .map(|r| r.meta().code)
            .filter(|c| linter.level(c) != Level::Off)
            .map(|c| (c, linter.level(c)))
            .collect();
        assert_eq!(on, vec![("AM003", Level::Error), ("AM008", Level::Warning)]);
        let err = Linter::default()
            .select(&Selection {
                ignore: names(&["unsuported-claim"]),
                ..Selection::default()
            })
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "--ignore: unknown rule `unsuported-claim` (did you mean `AM002` (unsupported-claim)?)"
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
