//! Lint findings as JSON (schema version 1), for scripts and editors:
//!
//! ```json
//! {"schema_version": 2,
//!  "findings": [{"code", "name", "level", "message", "label", "help", "path",
//!                "span": {"start", "end", "line", "column", "end_line", "end_column"},
//!                "node"}],
//!  "documents": [{"path", "claims", "claims_with_evidence", "recommendations",
//!                 "recommendations_justified", "suppressed", "errors", "warnings", "infos"}]}
//! ```
//! `node` is the id of the node the finding is about, or null; `help` may be null.

use super::diagnostics::StatisticsRow;
use super::json::SCHEMA_VERSION;
use crate::config::Level;
use crate::document::Span;
use crate::lint::FileReport;
use serde::Serialize;
use std::io::{self, Write};

/// One finding as the contract writes it.
#[derive(Debug, Serialize)]
pub struct FindingEntry<'a> {
    /// Rule code.
    pub code: &'a str,
    /// Rule name.
    pub name: &'a str,
    /// `error`, `warning` or `info`.
    pub level: Level,
    /// The headline.
    pub message: &'a str,
    /// The short label under the caret.
    pub label: &'a str,
    /// How to fix it, or null.
    pub help: Option<&'a str>,
    /// The document's path.
    pub path: &'a str,
    /// Byte span and 1-based positions.
    pub span: Span,
    /// The node's id, or null.
    pub node: Option<&'a str>,
}

/// One document's summary.
#[derive(Debug, Serialize)]
pub struct DocumentEntry<'a> {
    /// The document's path.
    pub path: &'a str,
    /// Claims (without the thesis).
    pub claims: usize,
    /// Claims with enough evidence.
    pub claims_with_evidence: usize,
    /// Recommendations.
    pub recommendations: usize,
    /// Recommendations that something justifies.
    pub recommendations_justified: usize,
    /// Findings hidden by suppression comments.
    pub suppressed: usize,
    /// Findings at level error.
    pub errors: usize,
    /// Findings at level warning.
    pub warnings: usize,
    /// Findings at level info.
    pub infos: usize,
}

/// The whole output.
#[derive(Debug, Serialize)]
pub struct FindingsEntry<'a> {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// All findings, per document in reading order.
    pub findings: Vec<FindingEntry<'a>>,
    /// One summary per document.
    pub documents: Vec<DocumentEntry<'a>>,
}

/// Build the JSON value of a lint run.
pub fn findings_entry(reports: &[FileReport]) -> FindingsEntry<'_> {
    FindingsEntry {
        schema_version: SCHEMA_VERSION,
        findings: reports
            .iter()
            .flat_map(|r| {
                r.findings.iter().map(move |f| FindingEntry {
                    code: f.code,
                    name: f.name,
                    level: f.level,
                    message: &f.message,
                    label: &f.label,
                    help: f.help.as_deref(),
                    path: &r.path,
                    span: f.span,
                    node: f.node.as_deref(),
                })
            })
            .collect(),
        documents: reports
            .iter()
            .map(|r| DocumentEntry {
                path: &r.path,
                claims: r.completeness.claims,
                claims_with_evidence: r.completeness.claims_with_evidence,
                recommendations: r.completeness.recommendations,
                recommendations_justified: r.completeness.recommendations_justified,
                suppressed: r.suppressed,
                errors: r.count(Level::Error),
                warnings: r.count(Level::Warning),
                infos: r.count(Level::Info),
            })
            .collect(),
    }
}

/// Write the findings as pretty JSON.
pub fn write(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &findings_entry(reports))?;
    writeln!(out)
}

/// Write `--statistics` as JSON: `{"schema_version": 2, "statistics": [...]}`.
pub fn write_statistics(out: &mut dyn Write, rows: &[StatisticsRow]) -> io::Result<()> {
    super::json::write_wrapped(out, "statistics", &rows)
}
