//! Completion inside `<!-- argmap: ... -->` (roles, keys, existing ids) and
//! inside suppression comments (directives, rule codes and names). The
//! comment is found in the text itself: while it is typed it is not closed
//! yet, so the parsed document does not know it.

use super::state::Analysis;
use crate::extract::annotations::{KEYS, NO_ROLE, PREFIX};
use crate::graph::NodeKind;
use crate::lint::{rules, DirectiveKind};
use lsp_types::{CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit};

/// How far back an open comment is looked for.
const LOOK_BACK: usize = 4096;

/// Completions at a byte offset, or none outside an argmap comment.
pub fn complete(analysis: &Analysis, offset: usize) -> Vec<CompletionItem> {
    let text = analysis.text();
    let offset = offset.min(text.len());
    let mut from = offset.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..offset];
    let Some(open) = before.rfind("<!--") else {
        return Vec::new();
    };
    let inside = &before[open + 4..];
    if inside.contains("-->") {
        return Vec::new();
    }
    let body = inside.trim_start();
    // The part being typed: from the last white space to the cursor.
    let part_start = inside.rfind(char::is_whitespace).map_or(0, |i| {
        i + inside[i..].chars().next().map_or(1, char::len_utf8)
    });
    let mut part = &inside[part_start..];
    // Right after `argmap:` with no space yet (a client asks on `:`).
    if let Some(after) = part.strip_prefix(PREFIX) {
        part = after;
    }
    let part_offset = offset - part.len();
    if let Some(rest) = body.strip_prefix(PREFIX) {
        let comment_start = from + open;
        annotation(analysis, comment_start, rest, part, part_offset)
    } else if body.starts_with("argmap-") {
        directive(analysis, body, part, part_offset)
    } else {
        Vec::new()
    }
}

fn item(
    analysis: &Analysis,
    label: String,
    kind: CompletionItemKind,
    detail: String,
    replace: std::ops::Range<usize>,
) -> CompletionItem {
    CompletionItem {
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
            analysis.range_of(replace),
            label.clone(),
        ))),
        label,
        kind: Some(kind),
        detail: Some(detail),
        ..CompletionItem::default()
    }
}

fn annotation(
    analysis: &Analysis,
    comment_start: usize,
    rest: &str,
    part: &str,
    part_offset: usize,
) -> Vec<CompletionItem> {
    let map = &analysis.map;
    let end = part_offset + part.len();
    // The sentence the comment follows, whose own id is not a target.
    let sentences = &analysis.doc.sentences;
    let sentence = sentences
        .partition_point(|s| s.span.end <= comment_start)
        .checked_sub(1);
    let own = sentence.and_then(|s| analysis.node_of(s));
    if let Some(eq) = part.find('=') {
        let key = &part[..eq];
        if !KEYS.iter().any(|k| k.trim_end_matches('=') == key) {
            return Vec::new();
        }
        let item_start = part.rfind([',', '=']).map_or(0, |i| i + 1);
        let typed = part[item_start..].trim_start_matches('#');
        return map
            .indexes()
            .filter(|&i| Some(i) != own)
            .map(|i| map.node(i))
            // The unfinished comment itself may read as a sentence.
            .filter(|n| n.span.end <= comment_start || n.span.start > end)
            .filter(|n| n.id.starts_with(typed))
            .map(|n| {
                item(
                    analysis,
                    n.id.clone(),
                    CompletionItemKind::REFERENCE,
                    format!("{}: {}", n.kind, crate::render::first_line(&n.text, 60)),
                    part_offset + item_start..end,
                )
            })
            .collect();
    }
    if part.starts_with('#') {
        // The sentence's own generated id, to pin it.
        return own
            .map(|i| map.node(i))
            .map(|n| {
                item(
                    analysis,
                    format!("#{}", n.id),
                    CompletionItemKind::VALUE,
                    "this sentence's id".to_string(),
                    part_offset..end,
                )
            })
            .into_iter()
            .collect();
    }
    let has_role = rest
        .split_whitespace()
        .filter(|p| *p != part)
        .any(|p| !p.starts_with('#') && !p.contains('='));
    let mut out = Vec::new();
    if !has_role {
        for kind in NodeKind::ALL {
            out.push(item(
                analysis,
                kind.name().to_string(),
                CompletionItemKind::ENUM_MEMBER,
                "role".to_string(),
                part_offset..end,
            ));
        }
        out.push(item(
            analysis,
            NO_ROLE.to_string(),
            CompletionItemKind::ENUM_MEMBER,
            "not part of the argument".to_string(),
            part_offset..end,
        ));
    }
    for key in KEYS {
        out.push(item(
            analysis,
            key.to_string(),
            CompletionItemKind::PROPERTY,
            "ids this sentence bears on".to_string(),
            part_offset..end,
        ));
    }
    out.retain(|i| i.label.starts_with(part));
    out
}

fn directive(
    analysis: &Analysis,
    body: &str,
    part: &str,
    part_offset: usize,
) -> Vec<CompletionItem> {
    let end = part_offset + part.len();
    let first_word = body.len() == part.len();
    let mut out = Vec::new();
    if first_word {
        for kind in [
            DirectiveKind::DisableNextLine,
            DirectiveKind::Disable,
            DirectiveKind::Enable,
            DirectiveKind::DisableFile,
        ] {
            out.push(item(
                analysis,
                kind.keyword().to_string(),
                CompletionItemKind::KEYWORD,
                "suppression".to_string(),
                part_offset..end,
            ));
        }
    } else if !body.contains(" --") {
        let typed = part.rsplit(',').next().unwrap_or(part);
        let start = end - typed.len();
        for rule in rules::ALL {
            let m = rule.meta();
            for label in [m.code, m.name] {
                out.push(item(
                    analysis,
                    label.to_string(),
                    CompletionItemKind::ENUM_MEMBER,
                    m.summary.to_string(),
                    start..end,
                ));
            }
        }
        out.retain(|i| i.label.starts_with(typed));
        return out;
    }
    out.retain(|i| i.label.starts_with(part));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    fn labels(text: &str, at: &str) -> Vec<String> {
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let offset = text.find(at).unwrap() + at.len();
        complete(&a, offset).into_iter().map(|i| i.label).collect()
    }

    const ESSAY: &str = "We must act. <!-- argmap: thesis #act -->\n\nParks help cities. <!-- argmap: claim #parks -->\n\nPeople like parks. <!-- argmap: ";

    #[test]
    fn roles_keys_and_ids_complete_in_an_open_annotation() {
        assert_eq!(
            labels(ESSAY, "argmap: "),
            vec![
                "thesis",
                "claim",
                "evidence",
                "recommendation",
                "objection",
                "none",
                "supports=",
                "attacks="
            ]
        );
        let no_space = ESSAY.trim_end();
        assert_eq!(labels(no_space, "argmap:").len(), 8);
        let typed = format!("{ESSAY}cl");
        assert_eq!(labels(&typed, "argmap: cl"), vec!["claim"]);
        let ids = format!("{ESSAY}evidence supports=");
        assert_eq!(labels(&ids, "supports="), vec!["act", "parks"]);
        let more = format!("{ESSAY}evidence supports=act,pa");
        assert_eq!(labels(&more, "act,pa"), vec!["parks"]);
        let role_given = format!("{ESSAY}evidence ");
        assert_eq!(
            labels(&role_given, "evidence "),
            vec!["supports=", "attacks="]
        );
        // The sentence's own id, to pin it.
        let own = format!("{ESSAY}#");
        assert_eq!(labels(&own, "argmap: #"), vec!["#people-like-parks"]);
        // Outside a comment, or in a closed one: nothing.
        assert!(labels(ESSAY, "We must").is_empty());
        assert!(labels(ESSAY, "#act -->").is_empty());
    }

    #[test]
    fn suppressions_complete_directives_and_rules() {
        let text = "Parks help. <!-- argmap-disable-n";
        assert_eq!(labels(text, "disable-n"), vec!["argmap-disable-next-line"]);
        let text = "Parks help. <!-- argmap-disable-next-line AM00";
        assert_eq!(labels(text, "AM00").len(), 9);
        let text = "Parks help. <!-- argmap-disable unsupported-claim,orph";
        assert_eq!(labels(text, ",orph"), vec!["orphan-evidence"]);
    }
}
