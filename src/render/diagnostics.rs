//! Lint findings for people and for CI logs: `full` (rustc-style, with the
//! essay line and a caret under the sentence), `concise` (one line each) and
//! `github` (workflow commands that annotate pull requests).

use super::first_line;
use crate::config::Level;
use crate::document::Document;
use crate::lint::{Completeness, FileReport, Finding};
use annotate_snippets::{AnnotationKind, Group, Level as SnippetLevel, Renderer, Snippet};
use std::io::{self, Write};

/// Widest essay line shown in `full`; longer lines are cut around the caret.
pub const TERM_WIDTH: usize = 100;

fn snippet_level(level: Level) -> SnippetLevel<'static> {
    match level {
        Level::Error => SnippetLevel::ERROR,
        Level::Warning => SnippetLevel::WARNING,
        Level::Info | Level::Off => SnippetLevel::INFO,
    }
}

/// Write one finding the way rustc writes a diagnostic: the headline, the
/// file position, the essay line(s) and a caret under the sentence with a
/// label, then a help line if there is one. `styled` colours it.
pub fn write_full(
    out: &mut dyn Write,
    doc: &Document,
    finding: &Finding,
    styled: bool,
) -> io::Result<()> {
    let rendered = render_full(doc, finding, styled, LONG_SOURCE);
    writeln!(out, "{rendered}")?;
    writeln!(out)
}

/// [`write_full`]'s text; source longer than `long_source` bytes is windowed.
fn render_full(doc: &Document, finding: &Finding, styled: bool, long_source: usize) -> String {
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(TERM_WIDTH);
    let level = snippet_level(finding.level);
    let span = finding.span;
    let text = doc.text.as_str();
    let start = doc.lines.line_start(span.line).min(text.len());
    let end = if span.end_line < doc.lines.len() {
        doc.lines.line_start(span.end_line + 1)
    } else {
        text.len()
    };
    let end = end.max(span.end).min(text.len());
    // On a long line (a million sentences on one line), show a window of the
    // line around the sentence: the renderer cuts the line to the terminal
    // width anyway, and rendering the whole line for each finding would make
    // the output quadratic. The column in the header is then put right.
    let (start, end) = if end - start > long_source {
        (
            back_chars(text, start, span.start.min(end), CONTEXT_CHARS),
            forward_chars(text, span.end.max(start), end, CONTEXT_CHARS),
        )
    } else {
        (start, end)
    };
    let source = text
        .get(start..end)
        .unwrap_or_default()
        .trim_end_matches(['\n', '\r']);
    let from = span.start.saturating_sub(start).min(source.len());
    let to = span.end.saturating_sub(start).clamp(from, source.len());
    let shown_column = source.get(..from).map_or(0, |s| s.chars().count()) + 1;
    let snippet = Snippet::source(source)
        .line_start(span.line)
        .path(doc.path.as_str())
        .fold(false)
        .annotation(AnnotationKind::Primary.span(from..to).label(&finding.label));
    let mut group: Group<'_> = level
        .primary_title(finding.message.as_str())
        .id(finding.code)
        .element(snippet);
    if let Some(help) = &finding.help {
        group = group.element(SnippetLevel::HELP.message(help.as_str()));
    }
    let mut rendered = renderer.render(&[group]);
    if shown_column != span.column {
        let path = doc.path.as_str();
        rendered = rendered.replacen(
            &format!("{path}:{}:{shown_column}", span.line),
            &format!("{path}:{}:{}", span.line, span.column),
            1,
        );
    }
    rendered
}

/// Source longer than this many bytes is shown through a window.
const LONG_SOURCE: usize = 16 * 1024;

/// Characters of context kept on each side of a sentence in a window, well
/// beyond what the renderer shows at [`TERM_WIDTH`].
const CONTEXT_CHARS: usize = 4 * TERM_WIDTH;

/// The offset `n` characters before `at`, not before `floor`.
fn back_chars(text: &str, floor: usize, at: usize, n: usize) -> usize {
    text.get(floor..at)
        .and_then(|s| s.char_indices().rev().nth(n.saturating_sub(1)))
        .map_or(floor, |(i, _)| floor + i)
}

/// The offset `n` characters after `at`, not after `ceiling`.
fn forward_chars(text: &str, at: usize, ceiling: usize, n: usize) -> usize {
    text.get(at..ceiling)
        .and_then(|s| s.char_indices().nth(n))
        .map_or(ceiling, |(i, _)| at + i)
}

/// One line: `path:line:col: level[CODE] message`.
pub fn write_concise(out: &mut dyn Write, path: &str, finding: &Finding) -> io::Result<()> {
    writeln!(
        out,
        "{path}:{}:{}: {}[{}] {}",
        finding.span.line,
        finding.span.column,
        finding.level.name(),
        finding.code,
        first_line(&finding.message, usize::MAX)
    )
}

/// A GitHub Actions workflow command: `::warning file=..,line=..::message`.
pub fn write_github(out: &mut dyn Write, path: &str, finding: &Finding) -> io::Result<()> {
    let command = match finding.level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Off => "notice",
    };
    let s = finding.span;
    // GitHub's end column is the last character's, inclusive.
    let end_column = if s.end_line == s.line {
        s.end_column.saturating_sub(1).max(s.column)
    } else {
        s.end_column.saturating_sub(1).max(1)
    };
    writeln!(
        out,
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        escape_property(path),
        s.line,
        s.column,
        s.end_line,
        end_column,
        escape_property(&format!("{} {}", finding.code, finding.name)),
        escape_data(&finding.message)
    )
}

/// Escape the message of a workflow command: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value of a workflow command: also `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `12/15 claims have evidence (80%), 4/6 recommendations justified (67%)`.
pub fn completeness_line(path: &str, c: &Completeness) -> String {
    format!(
        "{path}: {}/{} claims have evidence ({}), {}/{} recommendations justified ({})",
        c.claims_with_evidence,
        c.claims,
        percent(c.claims_with_evidence, c.claims),
        c.recommendations_justified,
        c.recommendations,
        percent(c.recommendations_justified, c.recommendations)
    )
}

fn percent(part: usize, whole: usize) -> String {
    (part * 100 + whole / 2)
        .checked_div(whole)
        .map_or_else(|| "n/a".to_string(), |p| format!("{p}%"))
}

/// The closing line: `Found 2 errors, 1 warning (3 suppressed).`
pub fn totals_line(reports: &[FileReport]) -> String {
    let count = |level| reports.iter().map(|r| r.count(level)).sum::<usize>();
    let suppressed: usize = reports.iter().map(|r| r.suppressed).sum();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    for (level, word) in [
        (Level::Error, "error"),
        (Level::Warning, "warning"),
        (Level::Info, "info finding"),
    ] {
        let n = count(level);
        if n > 0 {
            parts.push(plural(n, word));
        }
    }
    let files = plural(reports.len(), "file");
    let found = if parts.is_empty() {
        format!("No findings in {files}")
    } else {
        format!("Found {} in {files}", parts.join(", "))
    };
    if suppressed > 0 {
        format!("{found} ({suppressed} suppressed).")
    } else {
        format!("{found}.")
    }
}

/// The summary: one completeness line per document, then the totals.
pub fn write_summary(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    for r in reports {
        writeln!(out, "{}", completeness_line(&r.path, &r.completeness))?;
    }
    writeln!(out, "{}", totals_line(reports))
}

/// Counts per rule, for `--statistics`: `count  code  name  level`.
pub fn write_statistics(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let rows = statistics(reports);
    let name_width = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let count_width = rows
        .iter()
        .map(|r| r.count.to_string().len())
        .max()
        .unwrap_or(1);
    for row in &rows {
        writeln!(
            out,
            "{:>count_width$}  {}  {:<name_width$}  {}",
            row.count,
            row.code,
            row.name,
            row.level.name()
        )?;
    }
    Ok(())
}

/// One row of `--statistics`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatisticsRow {
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub name: &'static str,
    /// The level its findings were reported at.
    pub level: Level,
    /// How many.
    pub count: usize,
}

/// Findings counted per rule and level, most frequent first, then by code.
pub fn statistics(reports: &[FileReport]) -> Vec<StatisticsRow> {
    let mut rows: Vec<StatisticsRow> = Vec::new();
    for f in reports.iter().flat_map(|r| &r.findings) {
        match rows
            .iter_mut()
            .find(|r| r.code == f.code && r.level == f.level)
        {
            Some(row) => row.count += 1,
            None => rows.push(StatisticsRow {
                code: f.code,
                name: f.name,
                level: f.level,
                count: 1,
            }),
        }
    }
    rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{SourceFormat, Span};

    fn finding(span: Span) -> Finding {
        Finding {
            code: "AM002",
            name: "unsupported-claim",
            level: Level::Warning,
            message: "claim `trees-pleasant` has no supporting evidence".to_string(),
            label: "no evidence supports this claim".into(),
            help: Some("add evidence".to_string()),
            span,
            node: Some("trees-pleasant".to_string()),
        }
    }

    #[test]
    fn full_points_a_caret_at_the_sentence() {
        let text = "# Trees\n\nCities should plant trees. Trees are pleasant.\n";
        let doc = Document::parse("e.md", text, SourceFormat::Markdown);
        let span = doc.sentences[2].span;
        let mut out = Vec::new();
        write_full(&mut out, &doc, &finding(span), false).unwrap();
        let shown = String::from_utf8(out).unwrap();
        let expected = "\
warning[AM002]: claim `trees-pleasant` has no supporting evidence
 --> e.md:3:28
  |
3 | Cities should plant trees. Trees are pleasant.
  |                            ^^^^^^^^^^^^^^^^^^^ no evidence supports this claim
  |
  = help: add evidence

";
        assert_eq!(shown, expected);
    }

    #[test]
    fn a_window_of_a_long_line_renders_like_the_whole_line() {
        let mut text = String::from("We should act.\n\n");
        for k in 0..3000 {
            text.push_str(&format!("Critics argue „point {k}” costs… much. "));
        }
        text.push_str("\nEnd here.\n");
        let doc = Document::parse("e.md", text, SourceFormat::Markdown);
        assert!(doc.sentences.len() > 3000);
        for k in [1, 2, 5, 1500, 2999, doc.sentences.len() - 2] {
            let f = finding(doc.sentences[k].span);
            for styled in [false, true] {
                let whole = render_full(&doc, &f, styled, usize::MAX);
                let window = render_full(&doc, &f, styled, LONG_SOURCE);
                assert_eq!(window, whole, "sentence {k}");
            }
        }
    }

    #[test]
    fn github_commands_escape_their_fields() {
        let span = Span {
            start: 0,
            end: 5,
            line: 3,
            column: 2,
            end_line: 3,
            end_column: 7,
        };
        let mut f = finding(span);
        f.message = "50% of it,\nreally".to_string();
        let mut out = Vec::new();
        write_github(&mut out, "dir,a:b.md", &f).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=dir%2Ca%3Ab.md,line=3,col=2,endLine=3,endColumn=6,\
             title=AM002 unsupported-claim::50%25 of it,%0Areally\n"
        );
    }

    #[test]
    fn summary_lines_give_shares_and_totals() {
        let c = Completeness {
            claims: 15,
            claims_with_evidence: 12,
            recommendations: 6,
            recommendations_justified: 4,
        };
        assert_eq!(
            completeness_line("corpus/x.md", &c),
            "corpus/x.md: 12/15 claims have evidence (80%), 4/6 recommendations justified (67%)"
        );
        assert_eq!(
            completeness_line("e.md", &Completeness::default()),
            "e.md: 0/0 claims have evidence (n/a), 0/0 recommendations justified (n/a)"
        );
    }
}
