//! Lint findings as SARIF 2.1.0, with what GitHub code scanning requires:
//! the tool's driver with every rule, and one result per finding with a
//! repo-relative artifact location and a region in Unicode code points.
//!
//! Upload with `github/codeql-action/upload-sarif` to see findings on pull
//! requests and in the Security tab.

use crate::config::Level;
use crate::lint::{rules, FileReport, Finding, RuleMeta};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The SARIF version written.
pub const VERSION: &str = "2.1.0";

/// The schema the output declares.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where to read about the tool.
pub const INFORMATION_URI: &str = "https://crates.io/crates/essay-argmap";

/// The base id that relative artifact URIs are resolved against.
pub const SRCROOT: &str = "%SRCROOT%";

/// SARIF's name for a level.
pub fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
        Level::Off => "none",
    }
}

/// The first paragraph under "What it does", folded into one line.
fn full_description(meta: &RuleMeta) -> String {
    let doc = meta.doc();
    let body = doc
        .split("## What it does")
        .nth(1)
        .unwrap_or(&doc)
        .trim_start();
    body.split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `{"text": ...}`.
#[derive(Debug, Serialize)]
pub struct Text {
    /// The text.
    pub text: String,
}

/// `{"text": ..., "markdown": ...}`.
#[derive(Debug, Serialize)]
pub struct Help {
    /// Plain text.
    pub text: String,
    /// GitHub-flavoured Markdown.
    pub markdown: String,
}

/// `reportingDescriptor`: one rule.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// The code.
    pub id: &'static str,
    /// The kebab-case name.
    pub name: &'static str,
    /// The one-line summary.
    pub short_description: Text,
    /// What it does.
    pub full_description: Text,
    /// The whole documentation.
    pub help: Help,
    /// The default level.
    pub default_configuration: DefaultConfiguration,
}

/// `reportingConfiguration`.
#[derive(Debug, Serialize)]
pub struct DefaultConfiguration {
    /// `error`, `warning`, `note` or `none`.
    pub level: &'static str,
}

fn rule_descriptor(meta: &RuleMeta) -> Rule {
    Rule {
        id: meta.code,
        name: meta.name,
        short_description: Text {
            text: meta.summary.to_string(),
        },
        full_description: Text {
            text: full_description(meta),
        },
        help: Help {
            text: meta.doc_text(),
            markdown: meta.doc(),
        },
        default_configuration: DefaultConfiguration {
            level: sarif_level(meta.default_level),
        },
    }
}

/// The tool that ran.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// argmap itself.
    pub driver: Driver,
}

/// `toolComponent`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// `argmap`.
    pub name: &'static str,
    /// Where to read about it.
    pub information_uri: &'static str,
    /// Its version.
    pub version: &'static str,
    /// Its version, as semver.
    pub semantic_version: &'static str,
    /// Every rule, in code order; results point into it with `ruleIndex`.
    pub rules: Vec<Rule>,
}

/// One finding.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    /// The rule's code.
    pub rule_id: &'static str,
    /// Its index in `driver.rules`.
    pub rule_index: usize,
    /// `error`, `warning` or `note`.
    pub level: &'static str,
    /// The headline.
    pub message: Text,
    /// Where.
    pub locations: Vec<Location>,
    /// Fingerprints that do not depend on the line, so that an alert
    /// survives edits above it (see [`fingerprint`]).
    pub partial_fingerprints: BTreeMap<&'static str, String>,
    /// `[{"kind": "inSource"}]` for a finding a suppression comment hid.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressions: Vec<Suppression>,
    /// The node's id, if the finding is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<Properties>,
}

/// `suppression`: how a finding was hidden.
#[derive(Debug, Serialize)]
pub struct Suppression {
    /// Always `inSource`: argmap's suppressions are comments in the essay.
    pub kind: &'static str,
}

/// The key of argmap's partial fingerprint.
pub const FINGERPRINT_KEY: &str = "argmapFindingHash/v1";

/// A fingerprint of a finding from what it says, not where it is: the
/// rule, the node and the message (which names node ids, never lines), and
/// how many equal findings came before it in the file. FNV-1a, so it is
/// the same in every build and on every platform.
pub fn fingerprint(finding: &Finding, occurrence: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        finding.code,
        finding.node.as_deref().unwrap_or(""),
        finding.message.as_str(),
    ];
    for part in parts {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}:{occurrence}")
}

/// Extra properties of a result.
#[derive(Debug, Serialize)]
pub struct Properties {
    /// The node's id.
    pub node: String,
}

/// `location`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The file and region.
    pub physical_location: PhysicalLocation,
}

/// `physicalLocation`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The region in it.
    pub region: Region,
}

/// `artifactLocation`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    /// Repo-relative URI with forward slashes (or a `file://` URI).
    pub uri: String,
    /// [`SRCROOT`] for relative URIs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

/// `region`: 1-based lines, columns in Unicode code points, end exclusive.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// First line.
    pub start_line: usize,
    /// First column.
    pub start_column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column after the last character.
    pub end_column: usize,
}

/// `invocation`: whether the run completed, and why not.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    /// False when an input error stopped the run.
    pub execution_successful: bool,
    /// The error that stopped it, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<Notification>,
}

/// `notification`: an error of the tool, not a finding.
#[derive(Debug, Serialize)]
pub struct Notification {
    /// `error`.
    pub level: &'static str,
    /// What went wrong.
    pub message: Text,
}

/// One run.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// The tool.
    pub tool: Tool,
    /// This invocation: successful, or the error that stopped it.
    pub invocations: Vec<Invocation>,
    /// How columns are counted.
    pub column_kind: &'static str,
    /// The findings.
    pub results: Vec<SarifResult>,
}

/// The SARIF log.
#[derive(Debug, Serialize)]
pub struct Log {
    /// The schema URI.
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// `2.1.0`.
    pub version: &'static str,
    /// One run.
    pub runs: Vec<Run>,
}

/// A URI reference for a path: forward slashes, no leading `./`, and
/// percent-encoding of everything but unreserved characters and `/`.
/// Relative paths are resolved against [`SRCROOT`].
pub fn artifact_uri(path: &str) -> (String, bool) {
    let forward = path.replace('\\', "/");
    let mut trimmed = forward.as_str();
    while let Some(rest) = trimmed.strip_prefix("./") {
        trimmed = rest;
    }
    let absolute = trimmed.starts_with('/');
    let mut uri = String::with_capacity(trimmed.len());
    if absolute {
        uri.push_str("file://");
    }
    for b in trimmed.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    (uri, !absolute)
}

fn result(finding: &Finding, path: &str, occurrence: usize, suppressed: bool) -> SarifResult {
    let (uri, relative) = artifact_uri(path);
    let s = finding.span;
    SarifResult {
        rule_id: finding.code,
        rule_index: rules::position(finding.code).unwrap_or(0),
        level: sarif_level(finding.level),
        message: Text {
            text: finding.message.clone(),
        },
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri,
                    uri_base_id: relative.then_some(SRCROOT),
                },
                region: Region {
                    start_line: s.line,
                    start_column: s.column,
                    end_line: s.end_line,
                    end_column: s.end_column,
                },
            },
        }],
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint(finding, occurrence))]),
        suppressions: if suppressed {
            vec![Suppression { kind: "inSource" }]
        } else {
            Vec::new()
        },
        properties: finding
            .node
            .as_ref()
            .map(|n| Properties { node: n.clone() }),
    }
}

/// The results of one file: its findings, then those suppressed, each
/// fingerprinted with its occurrence among equal findings.
fn file_results(report: &FileReport) -> Vec<SarifResult> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(report.findings.len() + report.suppressed_findings.len());
    let all = report
        .findings
        .iter()
        .map(|f| (f, false))
        .chain(report.suppressed_findings.iter().map(|f| (f, true)));
    for (finding, suppressed) in all {
        let key = fingerprint(finding, 0);
        let n = seen.entry(key).or_default();
        out.push(result(finding, &report.path, *n, suppressed));
        *n += 1;
    }
    out
}

/// The SARIF log of a lint run; `failure` is the input error that stopped
/// it, recorded as a notification with `executionSuccessful: false`.
pub fn log(reports: &[FileReport], failure: Option<&str>) -> Log {
    Log {
        schema: SCHEMA,
        version: VERSION,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "argmap",
                    information_uri: INFORMATION_URI,
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: rules::ALL
                        .iter()
                        .map(|r| rule_descriptor(r.meta()))
                        .collect(),
                },
            },
            invocations: vec![Invocation {
                execution_successful: failure.is_none(),
                tool_execution_notifications: failure
                    .map(|message| Notification {
                        level: "error",
                        message: Text {
                            text: message.to_string(),
                        },
                    })
                    .into_iter()
                    .collect(),
            }],
            column_kind: "unicodeCodePoints",
            results: reports.iter().flat_map(file_results).collect(),
        }],
    }
}

/// Write the SARIF log as pretty JSON (see [`log`]).
pub fn write(out: &mut dyn Write, reports: &[FileReport], failure: Option<&str>) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(reports, failure))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_with_forward_slashes() {
        assert_eq!(
            artifact_uri("./corpus\\my essay.md"),
            ("corpus/my%20essay.md".to_string(), true)
        );
        assert_eq!(
            artifact_uri("/abs/é.md"),
            ("file:///abs/%C3%A9.md".to_string(), false)
        );
    }

    #[test]
    fn fingerprints_ignore_the_position() {
        let finding = Finding {
            code: "AM002",
            name: "unsupported-claim",
            level: Level::Warning,
            message: "claim `parks` has no supporting evidence".into(),
            label: "".into(),
            help: None,
            span: crate::document::Span {
                start: 10,
                end: 20,
                line: 2,
                column: 1,
                end_line: 2,
                end_column: 11,
            },
            node: Some("parks".into()),
        };
        let mut moved = finding.clone();
        moved.span.line = 40;
        moved.span.start = 900;
        assert_eq!(fingerprint(&finding, 0), fingerprint(&moved, 0));
        assert_ne!(fingerprint(&finding, 0), fingerprint(&finding, 1));
        let mut other = finding.clone();
        other.node = Some("roads".into());
        assert_ne!(fingerprint(&finding, 0), fingerprint(&other, 0));
    }

    #[test]
    fn every_rule_has_a_descriptor() {
        let log = serde_json::to_value(log(&[], None)).unwrap();
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        assert_eq!(rules.len(), rules::ALL.len());
        assert_eq!(rules[1]["id"], "AM002");
        assert_eq!(rules[7]["defaultConfiguration"]["level"], "none");
        assert!(rules[1]["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Checks that every claim has evidence"));
    }
}
