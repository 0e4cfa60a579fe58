//! Inline suppression comments, markdownlint's convention, invisible in
//! rendered Markdown:
//!
//! ```markdown
//! <!-- argmap-disable-next-line AM003 -- the paragraph's topic sentence justifies it -->
//! <!-- argmap-disable AM002, orphan-evidence -->  ...  <!-- argmap-enable AM002 -->
//! <!-- argmap-disable-file AM007 -->
//! ```
//!
//! Rules are named by code or name, separated by spaces or commas; none
//! means every rule. Text after ` -- ` is a free reason. A directive that
//! suppresses nothing is reported by `unused-suppression` (AM009).

use super::rules;
use crate::document::{Document, Span};
use std::collections::HashMap;

/// The four directives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `argmap-disable-next-line`: sentences starting on the next line with text.
    DisableNextLine,
    /// `argmap-disable`: from here to the matching `argmap-enable` or the end.
    Disable,
    /// `argmap-enable`: ends a range opened by `argmap-disable`.
    Enable,
    /// `argmap-disable-file`: the whole file.
    DisableFile,
}

impl DirectiveKind {
    /// The keyword as written in the comment.
    pub fn keyword(self) -> &'static str {
        match self {
            DirectiveKind::DisableNextLine => "argmap-disable-next-line",
            DirectiveKind::Disable => "argmap-disable",
            DirectiveKind::Enable => "argmap-enable",
            DirectiveKind::DisableFile => "argmap-disable-file",
        }
    }

    fn parse(word: &str) -> Option<DirectiveKind> {
        [
            DirectiveKind::DisableNextLine,
            DirectiveKind::Disable,
            DirectiveKind::Enable,
            DirectiveKind::DisableFile,
        ]
        .into_iter()
        .find(|k| k.keyword() == word)
    }
}

/// One suppression comment, parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// Which directive.
    pub kind: DirectiveKind,
    /// The codes it names, resolved; empty means every rule.
    pub codes: Vec<&'static str>,
    /// Words that name no rule.
    pub unknown: Vec<String>,
    /// The reason after ` -- `, if any.
    pub reason: Option<String>,
    /// The comment's span.
    pub span: Span,
}

/// A problem with a comment that looks like a directive but is not one.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    /// The comment's span.
    pub span: Span,
    /// What is wrong.
    pub message: String,
}

/// Parse one comment body. `None` when it is no `argmap-` directive at all;
/// `Err` when it starts like one but names no known directive.
pub fn parse_directive(body: &str, span: Span) -> Option<Result<Directive, Malformed>> {
    let body = body.trim();
    if !body.starts_with("argmap-") {
        return None;
    }
    let keyword_end = body.find(char::is_whitespace).unwrap_or(body.len());
    let keyword = &body[..keyword_end];
    let Some(kind) = DirectiveKind::parse(keyword) else {
        return Some(Err(Malformed {
            span,
            message: format!(
                "unknown directive `{keyword}` (expected argmap-disable-next-line, \
                 argmap-disable, argmap-enable or argmap-disable-file)"
            ),
        }));
    };
    let rest = &body[keyword_end..];
    let (list, reason) = split_reason(rest);
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    for word in list
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        match rules::lookup(word) {
            Some(rule) => {
                let code = rule.meta().code;
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            None => unknown.push(word.to_string()),
        }
    }
    Some(Ok(Directive {
        kind,
        codes,
        unknown,
        reason,
        span,
    }))
}

/// Split `codes -- reason` at the first `--` that starts a word.
fn split_reason(rest: &str) -> (&str, Option<String>) {
    let mut from = 0;
    while let Some(i) = rest[from..].find("--") {
        let at = from + i;
        let starts_word = at == 0 || rest[..at].ends_with(char::is_whitespace);
        if starts_word {
            let reason = rest[at + 2..].trim();
            let reason = (!reason.is_empty()).then(|| reason.to_string());
            return (&rest[..at], reason);
        }
        from = at + 2;
    }
    (rest, None)
}

/// Where one rule is suppressed by one directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    File,
    Line(usize),
    Range(usize, usize),
}

#[derive(Debug, Clone)]
struct Entry {
    directive: usize,
    code: &'static str,
    scope: Scope,
    used: bool,
}

/// The suppressions of one document, and which of them were used.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    directives: Vec<Directive>,
    malformed: Vec<Malformed>,
    /// `argmap-enable` comments that closed nothing.
    stray_enables: Vec<(usize, Vec<&'static str>)>,
    entries: Vec<Entry>,
    by_file: HashMap<&'static str, Vec<usize>>,
    by_line: HashMap<(&'static str, usize), Vec<usize>>,
    /// Per code, ranges in order (they never overlap for one code).
    by_range: HashMap<&'static str, Vec<usize>>,
}

/// A suppression that suppressed nothing, or a malformed one.
#[derive(Debug, Clone, PartialEq)]
pub struct Unused {
    /// The comment's span.
    pub span: Span,
    /// What is wrong, complete.
    pub message: String,
    /// A short label.
    pub label: String,
}

impl Suppressions {
    /// Collect the directives of a document's comments.
    pub fn parse(doc: &Document) -> Suppressions {
        let mut s = Suppressions::default();
        // An unclosed comment is reported as a broken annotation, not obeyed.
        for comment in doc.comments.iter().filter(|c| c.closed) {
            match parse_directive(&comment.body, comment.span) {
                None => {}
                Some(Ok(d)) => s.directives.push(d),
                Some(Err(m)) => s.malformed.push(m),
            }
        }
        let all: Vec<&'static str> = rules::ALL.iter().map(|r| r.meta().code).collect();
        // Per code: the start of an open range and the directive that opened it.
        let mut open: HashMap<&'static str, (usize, usize)> = HashMap::new();
        // The last (line, next text line) answered: directives come in
        // reading order, so a stack of them is scanned once, not once each.
        let mut last_next: Option<(usize, usize)> = None;
        for (i, d) in s.directives.clone().iter().enumerate() {
            let codes: &[&'static str] = if d.codes.is_empty() && d.unknown.is_empty() {
                &all
            } else {
                &d.codes
            };
            match d.kind {
                DirectiveKind::DisableFile => {
                    for &code in codes {
                        s.push(i, code, Scope::File);
                    }
                }
                DirectiveKind::DisableNextLine => {
                    let line = match last_next {
                        Some((asked, next))
                            if asked <= d.span.end_line && d.span.end_line < next =>
                        {
                            next
                        }
                        _ => next_text_line(doc, d.span.end_line),
                    };
                    last_next = Some((d.span.end_line, line));
                    for &code in codes {
                        s.push(i, code, Scope::Line(line));
                    }
                }
                DirectiveKind::Disable => {
                    for &code in codes {
                        open.entry(code).or_insert((d.span.end, i));
                    }
                }
                DirectiveKind::Enable => {
                    let mut closed = Vec::new();
                    for &code in codes {
                        if let Some((start, origin)) = open.remove(code) {
                            s.push(origin, code, Scope::Range(start, d.span.start));
                            closed.push(code);
                        }
                    }
                    let only_unknown = d.codes.is_empty() && !d.unknown.is_empty();
                    if closed.is_empty() && !only_unknown {
                        s.stray_enables.push((i, d.codes.clone()));
                    }
                }
            }
        }
        let mut still_open: Vec<_> = open.into_iter().collect();
        still_open.sort_by_key(|&(code, (start, _))| (start, code));
        for (code, (start, origin)) in still_open {
            s.push(origin, code, Scope::Range(start, usize::MAX));
        }
        for list in s.by_range.values_mut() {
            let entries = &s.entries;
            list.sort_by_key(|&e| match entries[e].scope {
                Scope::Range(start, _) => start,
                _ => 0,
            });
        }
        s
    }

    fn push(&mut self, directive: usize, code: &'static str, scope: Scope) {
        let e = self.entries.len();
        self.entries.push(Entry {
            directive,
            code,
            scope,
            used: false,
        });
        match scope {
            Scope::File => self.by_file.entry(code).or_default().push(e),
            Scope::Line(line) => self.by_line.entry((code, line)).or_default().push(e),
            Scope::Range(..) => self.by_range.entry(code).or_default().push(e),
        }
    }

    /// The parsed directives, in reading order.
    pub fn directives(&self) -> &[Directive] {
        &self.directives
    }

    /// True when a finding of `code` at `span` is suppressed; every
    /// directive that covers it is marked used.
    pub fn suppresses(&mut self, code: &str, span: Span) -> bool {
        let mut hit = Vec::new();
        if let Some(list) = self.by_file.get(code) {
            hit.extend_from_slice(list);
        }
        if let Some(list) = self.by_line.get(&(code, span.line)) {
            hit.extend_from_slice(list);
        }
        if let Some(list) = self.by_range.get(code) {
            let entries = &self.entries;
            // Ranges of one code are disjoint and sorted: the candidate is
            // the last one that starts at or before the finding.
            let k = list.partition_point(|&e| match entries[e].scope {
                Scope::Range(start, _) => start <= span.start,
                _ => true,
            });
            if k > 0 {
                let e = list[k - 1];
                if let Scope::Range(_, end) = entries[e].scope {
                    if span.start < end {
                        hit.push(e);
                    }
                }
            }
        }
        for &e in &hit {
            self.entries[e].used = true;
        }
        !hit.is_empty()
    }

    /// Directives (or parts of them) that suppressed nothing, and malformed
    /// ones. `enabled` says whether a rule ran: a suppression of a rule that
    /// is off cannot be judged and is not reported. Suppressions of
    /// `unused-suppression` itself are never reported.
    pub fn unused(&self, enabled: &dyn Fn(&str) -> bool) -> Vec<Unused> {
        let own = rules::unused_suppression::UnusedSuppression::META.code;
        let mut out = Vec::new();
        for m in &self.malformed {
            out.push(Unused {
                span: m.span,
                message: m.message.clone(),
                label: "not a suppression".to_string(),
            });
        }
        let mut used_codes: Vec<Vec<&'static str>> = vec![Vec::new(); self.directives.len()];
        for e in &self.entries {
            if e.used {
                used_codes[e.directive].push(e.code);
            }
        }
        for (i, d) in self.directives.iter().enumerate() {
            let text = directive_text(d);
            for word in &d.unknown {
                let hint = super::did_you_mean(word);
                out.push(Unused {
                    span: d.span,
                    message: format!("`{text}` names unknown rule `{word}`{hint}"),
                    label: "unknown rule".to_string(),
                });
            }
            if d.kind == DirectiveKind::Enable {
                if self.stray_enables.iter().any(|(s, _)| *s == i) {
                    out.push(Unused {
                        span: d.span,
                        message: format!("`{text}` has no matching `argmap-disable` before it"),
                        label: "enables nothing".to_string(),
                    });
                }
                continue;
            }
            if d.codes.is_empty() {
                if d.unknown.is_empty() && used_codes[i].is_empty() {
                    out.push(Unused {
                        span: d.span,
                        message: format!("unused suppression `{text}`: it suppresses nothing"),
                        label: "suppresses nothing".to_string(),
                    });
                }
                continue;
            }
            let idle: Vec<&str> = d
                .codes
                .iter()
                .copied()
                .filter(|&c| c != own && enabled(c) && !used_codes[i].contains(&c))
                .collect();
            if !idle.is_empty() {
                let names: Vec<String> = idle
                    .iter()
                    .map(|c| {
                        let name = rules::lookup(c).map_or("", |r| r.meta().name);
                        format!("{c} ({name})")
                    })
                    .collect();
                let what = match d.kind {
                    DirectiveKind::DisableNextLine => "on the next line",
                    DirectiveKind::Disable => "in its range",
                    _ => "in this file",
                };
                out.push(Unused {
                    span: d.span,
                    message: format!(
                        "unused suppression: nothing {what} is reported by {}",
                        names.join(", ")
                    ),
                    label: "suppresses nothing".to_string(),
                });
            }
        }
        out
    }
}

/// The directive as written, without its reason.
fn directive_text(d: &Directive) -> String {
    let mut text = d.kind.keyword().to_string();
    for c in &d.codes {
        text.push(' ');
        text.push_str(c);
    }
    for w in &d.unknown {
        text.push(' ');
        text.push_str(w);
    }
    text
}

/// The first line after `line` that has text other than an HTML comment
/// (so that directives can be stacked), or the line after it at the end.
fn next_text_line(doc: &Document, line: usize) -> usize {
    let last = doc.lines.len();
    let mut l = line + 1;
    while l <= last {
        let text = doc.line_text(l).trim();
        let only_comment = text.starts_with("<!--") && text.ends_with("-->");
        if !text.is_empty() && !only_comment {
            return l;
        }
        l += 1;
    }
    line + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceFormat;

    fn span() -> Span {
        Span {
            start: 0,
            end: 0,
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
        }
    }

    #[test]
    fn parses_codes_names_and_reasons() {
        let d = parse_directive(
            "argmap-disable-next-line AM003, orphan-evidence -- the topic sentence -- justifies it",
            span(),
        )
        .unwrap()
        .unwrap();
        assert_eq!(d.kind, DirectiveKind::DisableNextLine);
        assert_eq!(d.codes, vec!["AM003", "AM004"]);
        assert_eq!(
            d.reason.as_deref(),
            Some("the topic sentence -- justifies it")
        );
        let all = parse_directive("argmap-disable -- whole section is quoted", span())
            .unwrap()
            .unwrap();
        assert!(all.codes.is_empty() && all.unknown.is_empty());
        assert!(parse_directive("argmap: claim", span()).is_none());
        assert!(parse_directive("argmap-disable-line AM002", span())
            .unwrap()
            .is_err());
        let bad = parse_directive("argmap-disable AM0O2", span())
            .unwrap()
            .unwrap();
        assert_eq!(bad.unknown, vec!["AM0O2"]);
        // A hyphenated word is not a reason separator.
        let named = parse_directive("argmap-disable-file missing-thesis", span())
            .unwrap()
            .unwrap();
        assert_eq!(named.codes, vec!["AM001"]);
    }

    fn doc(text: &str) -> Document {
        Document::parse("t.md", text, SourceFormat::Markdown)
    }

    fn at(line: usize, start: usize) -> Span {
        Span {
            start,
            end: start + 1,
            line,
            column: 1,
            end_line: line,
            end_column: 2,
        }
    }

    #[test]
    fn next_line_skips_blank_and_comment_lines() {
        let d = doc("<!-- argmap-disable-next-line AM002 -->\n\n<!-- argmap-disable-next-line AM003 -->\nText here.\nMore.\n");
        let mut s = Suppressions::parse(&d);
        assert!(s.suppresses("AM002", at(4, 80)));
        assert!(s.suppresses("AM003", at(4, 80)));
        assert!(!s.suppresses("AM002", at(5, 90)));
        assert!(s.unused(&|_| true).is_empty());
    }

    #[test]
    fn ranges_open_and_close_per_code() {
        let text = "<!-- argmap-disable AM002 AM004 -->\nA.\n<!-- argmap-enable AM002 -->\nB.\n";
        let d = doc(text);
        let mut s = Suppressions::parse(&d);
        let a = text.find("A.").unwrap();
        let b = text.find("B.").unwrap();
        assert!(s.suppresses("AM002", at(2, a)));
        assert!(!s.suppresses("AM002", at(4, b)));
        // AM004 stays disabled to the end.
        assert!(s.suppresses("AM004", at(4, b)));
        assert!(!s.suppresses("AM003", at(2, a)));
        assert!(s.unused(&|_| true).is_empty());
    }

    #[test]
    fn unused_and_stray_directives_are_reported() {
        let d = doc("<!-- argmap-disable-file AM007 -->\n<!-- argmap-enable AM002 -->\n<!-- argmap-disable-next-line AM99 -->\nText.\n");
        let s = Suppressions::parse(&d);
        let unused = s.unused(&|_| true);
        let messages: Vec<&str> = unused.iter().map(|u| u.message.as_str()).collect();
        assert_eq!(unused.len(), 3, "{messages:?}");
        assert!(
            messages[0].contains("AM007 (unanswered-objection)"),
            "{messages:?}"
        );
        assert!(messages[1].contains("no matching"), "{messages:?}");
        assert!(messages[2].contains("unknown rule `AM99`"), "{messages:?}");
        // A rule that is off cannot be judged.
        assert_eq!(s.unused(&|c| c != "AM007").len(), 2);
    }
}
