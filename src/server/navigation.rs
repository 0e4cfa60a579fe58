//! Ids as symbols: go to the sentence an id names, find every annotation
//! that refers to it, and rename it everywhere at once.

use super::actions::edit_annotation;
use super::refs::{self, IdRole, IdToken};
use super::state::Analysis;
use crate::extract::annotations::is_valid_id;
use crate::graph::NodeIndex;
use lsp_types::{Location, Range, TextEdit, Uri};

/// The id at a byte offset: an id written in an annotation, else the id of
/// the node whose sentence is there. With the range to rename.
pub fn id_at(analysis: &Analysis, tokens: &[IdToken], offset: usize) -> Option<(String, Range)> {
    if let Some(t) = refs::token_at(tokens, offset) {
        return Some((t.id.clone(), analysis.range_of(t.range.clone())));
    }
    let node = analysis.node_at(offset)?;
    let node = analysis.map.node(node);
    Some((node.id.clone(), analysis.range(node.span)))
}

/// The sentence an id at `offset` names.
pub fn definition(analysis: &Analysis, uri: &Uri, offset: usize) -> Option<Location> {
    let tokens = refs::id_tokens(analysis);
    let token = refs::token_at(&tokens, offset)?;
    let node = analysis.map.by_id(&token.id)?;
    Some(Location::new(
        uri.clone(),
        analysis.range(analysis.map.node(node).span),
    ))
}

/// Every place the id at `offset` is written; with `declaration`, also where
/// it is given (its `#id`, or the sentence when the id is generated).
pub fn references(
    analysis: &Analysis,
    uri: &Uri,
    offset: usize,
    declaration: bool,
) -> Vec<Location> {
    let tokens = refs::id_tokens(analysis);
    let Some((id, _)) = id_at(analysis, &tokens, offset) else {
        return Vec::new();
    };
    let mut out: Vec<Location> = tokens
        .iter()
        .filter(|t| t.id == id && (declaration || t.role == IdRole::Reference))
        .map(|t| Location::new(uri.clone(), analysis.range_of(t.range.clone())))
        .collect();
    let declared = tokens
        .iter()
        .any(|t| t.id == id && t.role == IdRole::Declaration);
    if declaration && !declared {
        if let Some(node) = analysis.map.by_id(&id) {
            let at = analysis.range(analysis.map.node(node).span);
            out.insert(0, Location::new(uri.clone(), at));
        }
    }
    out
}

/// Why an id cannot be renamed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenameError {
    /// Nothing with an id at the position.
    #[error(
        "no id here: place the cursor on a sentence of the argument or an id in an annotation"
    )]
    NoId,
    /// The new id is not kebab-case.
    #[error("`{0}` is not an id: use lowercase letters, digits and single hyphens")]
    Invalid(String),
    /// Another node has the id.
    #[error("`{0}` is already the id of another sentence")]
    Taken(String),
}

/// The edits that rename the id at `offset`: every `#id` and reference in
/// the annotations, and when the id was generated, a `#new` stated on its
/// sentence so that the new name sticks.
pub fn rename(analysis: &Analysis, offset: usize, new: &str) -> Result<Vec<TextEdit>, RenameError> {
    let new = new.trim_start_matches('#');
    let tokens = refs::id_tokens(analysis);
    let (old, _) = id_at(analysis, &tokens, offset).ok_or(RenameError::NoId)?;
    if !is_valid_id(new) {
        return Err(RenameError::Invalid(new.to_string()));
    }
    let owner: Option<NodeIndex> = analysis.map.by_id(&old);
    if new != old && analysis.map.by_id(new).is_some() {
        return Err(RenameError::Taken(new.to_string()));
    }
    let mut edits: Vec<TextEdit> = tokens
        .iter()
        .filter(|t| t.id == old)
        .map(|t| TextEdit::new(analysis.range_of(t.range.clone()), new.to_string()))
        .collect();
    let declared = tokens
        .iter()
        .any(|t| t.id == old && t.role == IdRole::Declaration);
    if let (false, Some(owner)) = (declared, owner) {
        let sentence = analysis.map.node(owner).sentence;
        let new = new.to_string();
        // The sentence's annotation is rewritten whole: drop the edits
        // inside that comment, which the rewrite already contains.
        if let Some(a) = analysis.annotation_of(sentence) {
            let comment = analysis.doc.comments[a.comment].span;
            let inside = analysis.range_of(comment.range());
            edits.retain(|e| !(inside.start <= e.range.start && e.range.end <= inside.end));
        }
        let renamed_old = old.clone();
        edits.push(edit_annotation(analysis, sentence, move |parts| {
            for p in parts.iter_mut() {
                if let Some((key, value)) = p.split_once('=') {
                    let ids: Vec<&str> = value
                        .split(',')
                        .map(|i| {
                            if i.trim_start_matches('#') == renamed_old {
                                new.as_str()
                            } else {
                                i
                            }
                        })
                        .collect();
                    *p = format!("{key}={}", ids.join(","));
                }
            }
            let at = parts
                .iter()
                .position(|p| !p.starts_with('#') && !p.contains('='))
                .map_or(0, |i| i + 1);
            parts.insert(at, format!("#{new}"));
        }));
    }
    Ok(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;
    use crate::server::actions::apply;
    use std::str::FromStr;

    const ESSAY: &str = "We must act. <!-- argmap: thesis #act -->\n\nParks help cities. <!-- argmap: claim supports=act -->\n\nParis has 400 parks. <!-- argmap: evidence supports=parks-help-cities attacks=act -->\n";

    fn analysis(text: &str) -> Analysis {
        Analysis::new("t.md", text.to_string(), &Linter::default())
    }

    fn uri() -> Uri {
        Uri::from_str("file:///t.md").unwrap()
    }

    #[test]
    fn definition_and_references_follow_ids() {
        let a = analysis(ESSAY);
        let at = ESSAY.find("supports=act").unwrap() + 10;
        let def = definition(&a, &uri(), at).unwrap();
        assert_eq!(def.range.start, lsp_types::Position::new(0, 0));
        let refs = references(&a, &uri(), at, true);
        let lines: Vec<u32> = refs.iter().map(|l| l.range.start.line).collect();
        assert_eq!(lines, vec![0, 2, 4]);
        // From the sentence of a node with a generated id.
        let refs = references(&a, &uri(), ESSAY.find("Parks help").unwrap(), true);
        let lines: Vec<u32> = refs.iter().map(|l| l.range.start.line).collect();
        assert_eq!(lines, vec![2, 4]);
        assert_eq!(
            references(&a, &uri(), ESSAY.find("Parks help").unwrap(), false).len(),
            1
        );
    }

    #[test]
    fn rename_updates_every_reference_and_keeps_the_map() {
        let a = analysis(ESSAY);
        let at = ESSAY.find("#act").unwrap() + 2;
        let renamed = apply(&a, &rename(&a, at, "plant-now").unwrap());
        assert_eq!(
            renamed,
            ESSAY
                .replace("act -->", "plant-now -->")
                .replace("=act", "=plant-now")
        );
        let b = analysis(&renamed);
        assert!(
            b.report.findings.iter().all(|f| f.code != "AM010"),
            "{:?}",
            b.report.findings
        );
        // A generated id is stated on its sentence.
        let at = ESSAY.find("Parks help").unwrap();
        let renamed = apply(&a, &rename(&a, at, "parks").unwrap());
        assert!(
            renamed.contains("Parks help cities. <!-- argmap: claim #parks supports=act -->"),
            "{renamed}"
        );
        assert!(renamed.contains("supports=parks attacks=act"), "{renamed}");
        let c = analysis(&renamed);
        assert_eq!(
            c.map.by_id("parks").map(|i| c.map.node(i).sentence),
            Some(1)
        );
        assert!(c.issues.is_empty(), "{:?}", c.issues);
        assert_eq!(
            rename(&a, at, "Bad Id"),
            Err(RenameError::Invalid("Bad Id".into()))
        );
        assert_eq!(rename(&a, at, "act"), Err(RenameError::Taken("act".into())));
    }
}
