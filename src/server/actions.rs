//! Code actions: state a sentence's role or id in its annotation, suppress
//! a finding where it is (with a reason to fill in), remove an unused
//! suppression, and annotate the whole document as `argmap annotate` does.

use super::refs;
use super::state::Analysis;
use crate::graph::NodeKind;
use crate::lint::{rules, Finding};
use lsp_types::{CodeAction, CodeActionKind, Diagnostic, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;
use std::ops::Range;

/// The code action kind of "annotate the whole document".
pub const ANNOTATE_KIND: &str = "source.argmap.annotate";

/// The reason a new suppression carries until the writer gives one.
pub const REASON_PLACEHOLDER: &str = "TODO: why this is fine here";

/// The code actions for a byte range; `diagnostics` are those the client
/// sent as context, attached to the quick fixes that resolve them.
pub fn actions(
    analysis: &Analysis,
    uri: &Uri,
    range: Range<usize>,
    diagnostics: &[Diagnostic],
) -> Vec<CodeAction> {
    let mut out = Vec::new();
    if let Some(sentence) = analysis.sentence_at(range.start) {
        role_actions(analysis, uri, sentence, &mut out);
    }
    for finding in analysis
        .report
        .findings
        .iter()
        .filter(|f| f.span.start <= range.end && range.start <= f.span.end)
    {
        let matching: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| {
                d.code == Some(lsp_types::NumberOrString::String(finding.code.to_string()))
                    && d.range == analysis.range(finding.span)
            })
            .cloned()
            .collect();
        let matching = (!matching.is_empty()).then_some(matching);
        if finding.code == rules::unused_suppression::UnusedSuppression::META.code {
            out.push(action(
                uri,
                "Remove this unused suppression".to_string(),
                CodeActionKind::QUICKFIX,
                vec![delete_comment(analysis, finding.span.range())],
                matching.clone(),
            ));
        }
        out.push(action(
            uri,
            format!(
                "Suppress {} ({}) here, with a reason",
                finding.code, finding.name
            ),
            CodeActionKind::QUICKFIX,
            suppress(analysis, finding),
            matching,
        ));
    }
    let annotated = crate::render::annotate::annotate(&analysis.doc, &analysis.map);
    if annotated != *analysis.doc.text {
        out.push(action(
            uri,
            "Annotate the whole document with argmap's map".to_string(),
            CodeActionKind::new(ANNOTATE_KIND),
            vec![TextEdit::new(
                analysis.range_of(0..analysis.text().len()),
                annotated,
            )],
            None,
        ));
    }
    out
}

fn action(
    uri: &Uri,
    title: String,
    kind: CodeActionKind,
    edits: Vec<TextEdit>,
    diagnostics: Option<Vec<Diagnostic>>,
) -> CodeAction {
    CodeAction {
        title,
        kind: Some(kind),
        diagnostics,
        edit: Some(WorkspaceEdit::new(HashMap::from([(uri.clone(), edits)]))),
        ..CodeAction::default()
    }
}

/// "Mark as claim", ... for every role the sentence does not have, "not
/// part of the argument", and "give this node an id" when its id is generated.
fn role_actions(analysis: &Analysis, uri: &Uri, sentence: usize, out: &mut Vec<CodeAction>) {
    let node = analysis.node_of(sentence).map(|i| analysis.map.node(i));
    let kind = CodeActionKind::new("refactor.rewrite.argmap");
    for role in NodeKind::ALL {
        if node.is_some_and(|n| n.kind == role) {
            continue;
        }
        let edit = edit_annotation(analysis, sentence, |parts| set_role(parts, role.name()));
        out.push(action(
            uri,
            format!("Mark as {role}"),
            kind.clone(),
            vec![edit],
            None,
        ));
    }
    if node.is_some() {
        let edit = edit_annotation(analysis, sentence, |parts| set_role(parts, "none"));
        out.push(action(
            uri,
            "Mark as not part of the argument".to_string(),
            kind.clone(),
            vec![edit],
            None,
        ));
    }
    let stated_id = analysis
        .annotation_of(sentence)
        .is_some_and(|a| a.id.is_some());
    if let (Some(node), false) = (node, stated_id) {
        let id = node.id.clone();
        let edit = edit_annotation(analysis, sentence, |parts| {
            let at = parts.iter().position(|p| is_role(p)).map_or(0, |i| i + 1);
            parts.insert(at, format!("#{id}"));
        });
        out.push(action(
            uri,
            format!("Give this node the id #{}", node.id),
            kind,
            vec![edit],
            None,
        ));
    }
}

/// True for the part of an annotation that states a role.
fn is_role(part: &str) -> bool {
    !part.starts_with('#') && !part.contains('=')
}

fn set_role(parts: &mut Vec<String>, role: &str) {
    parts.retain(|p| !is_role(p));
    parts.insert(0, role.to_string());
}

/// Rewrite the sentence's annotation (or add one right after it) with its
/// parts changed by `change`; other parts are kept as written.
pub(super) fn edit_annotation(
    analysis: &Analysis,
    sentence: usize,
    change: impl FnOnce(&mut Vec<String>),
) -> TextEdit {
    let text = analysis.text();
    let existing = analysis.annotation_of(sentence).and_then(|a| {
        let start = refs::annotation_body_start(analysis, a.comment)?;
        let span = analysis.doc.comments[a.comment].span;
        Some((span.range(), &text[start..span.end - 3]))
    });
    let mut parts: Vec<String> = existing
        .as_ref()
        .map(|(_, body)| body.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    change(&mut parts);
    let comment = format!("<!-- argmap: {} -->", parts.join(" "));
    match existing {
        Some((range, _)) => TextEdit::new(analysis.range_of(range), comment),
        None => {
            let end = analysis.doc.sentences[sentence].span.end;
            TextEdit::new(analysis.range_of(end..end), format!(" {comment}"))
        }
    }
}

/// The edits that suppress one finding where it is: a
/// `argmap-disable-next-line` comment on its own line when the finding
/// is a sentence that starts its line and its paragraph (a comment line
/// inside a paragraph would split it), else an `argmap-disable` ... `argmap-enable` pair
/// around it within the line.
fn suppress(analysis: &Analysis, finding: &Finding) -> Vec<TextEdit> {
    let text = analysis.text();
    let span = finding.span;
    let line = analysis.lines.line_of(span.start);
    let line_start = analysis.lines.line_start(text, line);
    let before = &text[line_start..span.start];
    let starts_line = before
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '#' | '-' | '*' | '+' | '>'));
    // `disable-next-line` reaches the next line with a sentence: it cannot
    // point at a comment.
    let starts_block = analysis
        .sentence_at(span.start)
        .filter(|&s| analysis.doc.sentences[s].span.start == span.start)
        .is_some_and(|s| {
            let block = analysis.doc.sentences[s].block;
            analysis.doc.blocks[block].sentences.start == s
        });
    let reason = REASON_PLACEHOLDER;
    if starts_line && starts_block {
        let indent: String = before
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let comment = format!(
            "{indent}<!-- argmap-disable-next-line {} -- {reason} -->\n",
            finding.name
        );
        vec![TextEdit::new(
            analysis.range_of(line_start..line_start),
            comment,
        )]
    } else {
        vec![
            TextEdit::new(
                analysis.range_of(span.start..span.start),
                format!("<!-- argmap-disable {} -- {reason} --> ", finding.name),
            ),
            TextEdit::new(
                analysis.range_of(span.end..span.end),
                format!(" <!-- argmap-enable {} -->", finding.name),
            ),
        ]
    }
}

/// Delete a comment and the spaces before it, or its whole line when it
/// stands alone on one.
fn delete_comment(analysis: &Analysis, range: Range<usize>) -> TextEdit {
    let text = analysis.text();
    let line = analysis.lines.line_of(range.start);
    let line_start = analysis.lines.line_start(text, line);
    let line_end = analysis.lines.line_end(text, line);
    let alone = text[line_start..range.start].trim().is_empty()
        && text[range.end.min(line_end)..line_end].trim().is_empty()
        && range.end <= line_end;
    let range = if alone {
        line_start..analysis.lines.line_start(text, line + 1)
    } else {
        let spaces = text[..range.start].len() - text[..range.start].trim_end_matches(' ').len();
        range.start - spaces..range.end
    };
    TextEdit::new(analysis.range_of(range), String::new())
}

/// Apply text edits to a text (for tests and for checking an action's result).
pub fn apply(analysis: &Analysis, edits: &[TextEdit]) -> String {
    let text = analysis.text();
    let mut edits: Vec<(Range<usize>, &str)> = edits
        .iter()
        .map(|e| {
            let start = analysis.lines.offset(text, e.range.start);
            let end = analysis.lines.offset(text, e.range.end);
            (start..end, e.new_text.as_str())
        })
        .collect();
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::new();
    let mut at = 0;
    for (r, new) in edits {
        out.push_str(&text[at..r.start]);
        out.push_str(new);
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;
    use std::str::FromStr;

    fn uri() -> Uri {
        Uri::from_str("file:///t.md").unwrap()
    }

    fn run(text: &str, at: &str, title: &str) -> String {
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let offset = text.find(at).unwrap();
        let all = actions(&a, &uri(), offset..offset, &[]);
        let chosen = all.iter().find(|c| c.title == title).unwrap_or_else(|| {
            panic!(
                "no `{title}` in {:?}",
                all.iter().map(|c| &c.title).collect::<Vec<_>>()
            )
        });
        let edits = &chosen.edit.as_ref().unwrap().changes.as_ref().unwrap()[&uri()];
        apply(&a, edits)
    }

    fn findings(text: &str) -> Vec<&'static str> {
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        a.report.findings.iter().map(|f| f.code).collect()
    }

    const ESSAY: &str = "Cities should plant more trees.\n\nTrees make streets pleasant. Trees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";

    #[test]
    fn marking_a_role_adds_or_rewrites_the_annotation() {
        let marked = run(ESSAY, "Trees make", "Mark as evidence");
        assert!(
            marked.contains("Trees make streets pleasant. <!-- argmap: evidence --> Trees cool"),
            "{marked}"
        );
        let again = run(&marked, "Trees make", "Mark as objection");
        assert!(
            again.contains("pleasant. <!-- argmap: objection --> Trees"),
            "{again}"
        );
        let with_id = run(
            ESSAY,
            "Trees cool",
            "Give this node the id #trees-cool-streets-summer",
        );
        assert!(
            with_id.contains("summer. <!-- argmap: #trees-cool-streets-summer --> In 2021"),
            "{with_id}"
        );
        let a = Analysis::new("t.md", with_id.clone(), &Linter::default());
        let node = a.node_at(with_id.find("Trees cool").unwrap()).unwrap();
        assert_eq!(a.map.node(node).id, "trees-cool-streets-summer");
        let none = run(ESSAY, "Trees make", "Mark as not part of the argument");
        assert!(none.contains("pleasant. <!-- argmap: none -->"), "{none}");
    }

    #[test]
    fn a_suppression_silences_the_finding_and_keeps_the_paragraph() {
        let title = "Suppress AM002 (unsupported-claim) here, with a reason";
        // First in its paragraph: a comment line above it.
        let own = "Cities should plant more trees.\n\nTrees make streets pleasant.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        assert_eq!(findings(own), vec!["AM002"]);
        let first = run(own, "Trees make", title);
        assert!(first.contains(&format!("<!-- argmap-disable-next-line unsupported-claim -- {REASON_PLACEHOLDER} -->\nTrees make")), "{first}");
        assert!(findings(&first).is_empty(), "{first}");
        // Mid-paragraph: a pair of comments within the line.
        assert_eq!(findings(ESSAY), vec!["AM002"]);
        let fixed = run(ESSAY, "Trees cool", title);
        assert!(fixed.contains("pleasant. <!-- argmap-disable unsupported-claim -- TODO: why this is fine here --> Trees cool streets in summer. <!-- argmap-enable unsupported-claim --> In 2021"), "{fixed}");
        assert!(findings(&fixed).is_empty(), "{fixed}");
        let a = Analysis::new("t.md", fixed.clone(), &Linter::default());
        assert_eq!(a.doc.blocks.len(), 2);
    }

    #[test]
    fn an_unused_suppression_can_be_removed_and_the_document_annotated() {
        let text = format!("<!-- argmap-disable-file AM007 -->\n{ESSAY}");
        assert_eq!(findings(&text), vec!["AM009", "AM002"]);
        let removed = run(&text, "<!--", "Remove this unused suppression");
        assert_eq!(removed, ESSAY);
        let suppressed = run(
            &text,
            "<!--",
            "Suppress AM009 (unused-suppression) here, with a reason",
        );
        assert_eq!(findings(&suppressed), vec!["AM002"], "{suppressed}");
        let annotated = run(
            ESSAY,
            "Cities",
            "Annotate the whole document with argmap's map",
        );
        let a = Analysis::new("t.md", ESSAY.to_string(), &Linter::default());
        assert_eq!(annotated, crate::render::annotate::annotate(&a.doc, &a.map));
    }
}
