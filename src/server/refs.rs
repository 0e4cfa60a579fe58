//! Ids inside `<!-- argmap: ... -->` comments, with their byte ranges: the
//! `#id` that names a sentence and the ids `supports=`/`attacks=` refer to.
//! Definition, references and rename are built on these.

use super::state::Analysis;
use crate::extract::annotations::PREFIX;
use std::ops::Range;

/// How an id occurs in an annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdRole {
    /// `#id`: the sentence's own id.
    Declaration,
    /// An id in `supports=` or `attacks=`.
    Reference,
}

/// One id written in an annotation comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdToken {
    /// The id, without `#`.
    pub id: String,
    /// The bytes of the id (without `#`).
    pub range: Range<usize>,
    /// Declaration or reference.
    pub role: IdRole,
    /// Index of the comment in the document's comments.
    pub comment: usize,
}

/// Where the body of a comment starts in the text, if the comment is an
/// argmap annotation: the byte just after `argmap:`.
pub fn annotation_body_start(analysis: &Analysis, comment: usize) -> Option<usize> {
    let c = analysis.doc.comments.get(comment)?;
    let text = analysis.text();
    let inner = text.get(c.span.start + 4..c.span.end.checked_sub(3)?)?;
    let lead = inner.len() - inner.trim_start().len();
    let body = &inner[lead..];
    body.starts_with(PREFIX)
        .then_some(c.span.start + 4 + lead + PREFIX.len())
}

/// Every id token in the document's annotations, in reading order.
pub fn id_tokens(analysis: &Analysis) -> Vec<IdToken> {
    let text = analysis.text();
    let mut out = Vec::new();
    for (index, c) in analysis.doc.comments.iter().enumerate() {
        let Some(start) = annotation_body_start(analysis, index) else {
            continue;
        };
        let end = c.span.end - 3;
        let Some(body) = text.get(start..end) else {
            continue;
        };
        for (at, part) in parts(body) {
            let at = start + at;
            if let Some(id) = part.strip_prefix('#') {
                out.push(IdToken {
                    id: id.to_string(),
                    range: at + 1..at + part.len(),
                    role: IdRole::Declaration,
                    comment: index,
                });
            } else if let Some((_, value)) = part.split_once('=') {
                let mut from = at + part.len() - value.len();
                for item in value.split(',') {
                    let bare = item.trim_start_matches('#');
                    let skip = item.len() - bare.len();
                    if !bare.is_empty() {
                        out.push(IdToken {
                            id: bare.to_string(),
                            range: from + skip..from + item.len(),
                            role: IdRole::Reference,
                            comment: index,
                        });
                    }
                    from += item.len() + 1;
                }
            }
        }
    }
    out
}

/// Whitespace-separated parts of a string with their byte offsets.
pub fn parts(s: &str) -> impl Iterator<Item = (usize, &str)> {
    // Each part is a slice of `s`: its offset is where it starts in `s`.
    s.split(char::is_whitespace)
        .filter(|p| !p.is_empty())
        .map(move |p| (p.as_ptr() as usize - s.as_ptr() as usize, p))
}

/// The id token under a byte offset (its end included).
pub fn token_at(tokens: &[IdToken], offset: usize) -> Option<&IdToken> {
    tokens
        .iter()
        .find(|t| t.range.start <= offset && offset <= t.range.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;

    #[test]
    fn ids_are_found_with_their_bytes() {
        let text = "Parks matter. <!-- argmap: claim #parks -->\nParis has 400 parks. <!-- argmap:  evidence supports=parks,#thesis attacks=x -->\n<!-- a note #no -->";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let tokens = id_tokens(&a);
        let seen: Vec<(&str, &str, IdRole)> = tokens
            .iter()
            .map(|t| (t.id.as_str(), &text[t.range.clone()], t.role))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("parks", "parks", IdRole::Declaration),
                ("parks", "parks", IdRole::Reference),
                ("thesis", "thesis", IdRole::Reference),
                ("x", "x", IdRole::Reference),
            ]
        );
        let at = text.find("thesis").unwrap() + 2;
        assert_eq!(token_at(&tokens, at).unwrap().id, "thesis");
        assert!(token_at(&tokens, 0).is_none());
    }

    #[test]
    fn parts_know_their_offsets_after_wide_spaces() {
        let found: Vec<(usize, &str)> = parts("a\u{3000}bc  d").collect();
        assert_eq!(found, vec![(0, "a"), (4, "bc"), (8, "d")]);
    }
}
