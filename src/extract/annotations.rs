//! Author annotations: HTML comments placed right after a sentence that state
//! its role, its id and its edges, overriding the heuristics for it.
//!
//! ```markdown
//! Much of the city’s success lies in its parks. <!-- argmap: claim #parks -->
//! Paris has 400 parks. <!-- argmap: evidence supports=parks -->
//! ```
//!
//! Grammar, one comment per sentence: `argmap:` then, in any order, at most
//! one role (`thesis`, `claim`, `evidence`, `recommendation`, `objection`, or
//! `none`), at most one `#id` (kebab-case), and `supports=a,b` / `attacks=c`
//! naming ids (annotated or generated).

use crate::document::{Document, Span};
use crate::graph::NodeKind;

/// The role word that says a sentence is no part of the argument.
pub const NO_ROLE: &str = "none";

/// The keys of an annotation's relations, as written (`supports=a,b`).
pub const KEYS: [&str; 2] = ["supports=", "attacks="];

/// Every word an annotation may hold besides an id: the roles, [`NO_ROLE`]
/// and the [`KEYS`], in that order. Completion and lint's suggestions offer
/// these, so they cannot drift from what is parsed.
pub fn vocabulary() -> impl Iterator<Item = &'static str> {
    NodeKind::ALL
        .into_iter()
        .map(NodeKind::name)
        .chain([NO_ROLE])
        .chain(KEYS)
}

/// The prefix that marks a comment as an argmap annotation.
pub const PREFIX: &str = "argmap:";

/// What an annotation says a sentence's role is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatedRole {
    /// The sentence plays this role.
    Kind(NodeKind),
    /// The sentence is no part of the argument.
    None,
}

/// One parsed annotation, attached to a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// The sentence it describes (index into the document's sentences).
    pub sentence: usize,
    /// Index of the comment in the document's comments.
    pub comment: usize,
    /// The stated role, if any.
    pub role: Option<StatedRole>,
    /// The stated id, if any.
    pub id: Option<String>,
    /// Ids this sentence supports.
    pub supports: Vec<String>,
    /// Ids this sentence attacks.
    pub attacks: Vec<String>,
}

impl Annotation {
    /// True when the annotation states edges, which then replace the guessed ones.
    pub fn states_edges(&self) -> bool {
        !self.supports.is_empty() || !self.attacks.is_empty()
    }
}

/// What is wrong with an annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// Not directly after a sentence in the same paragraph.
    Misplaced,
    /// An unknown role or key, or a malformed part.
    Invalid {
        /// The part that could not be read.
        part: String,
    },
    /// An id given to two sentences.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// An annotation argmap cannot take at all, or a part it should not
    /// take as written: an unclosed comment, `ARGMAP:`, a missing colon, a
    /// node supporting itself, an empty item in an id list.
    Broken {
        /// What is wrong, complete on its own.
        message: String,
        /// How to write it instead.
        suggestion: String,
    },
    /// A `supports=`/`attacks=` id that names no node.
    UnknownReference {
        /// The id.
        id: String,
        /// The nearest existing id, if any is close.
        suggestion: Option<String>,
    },
}

/// A problem with an annotation, located at the comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where the comment is.
    pub span: Span,
    /// What is wrong.
    pub kind: IssueKind,
}

impl Issue {
    /// A one-line description for diagnostics.
    pub fn message(&self) -> String {
        match &self.kind {
            IssueKind::Misplaced => {
                "annotation is not directly after a sentence in the same paragraph; it describes nothing".to_string()
            }
            IssueKind::Invalid { part } => format!(
                "cannot read `{part}` in annotation (expected a role: thesis, claim, evidence, recommendation, objection, none; `#id`; `supports=ID,...`; `attacks=ID,...`)"
            ),
            IssueKind::Broken { message, .. } => message.clone(),
            IssueKind::DuplicateId { id } => format!("id `#{id}` is given to more than one sentence"),
            IssueKind::UnknownReference { id, suggestion } => match suggestion {
                Some(s) => format!("`{id}` names no node; did you mean `{s}`?"),
                None => format!("`{id}` names no node"),
            },
        }
    }
}

/// True for a kebab-case id: lowercase letters, digits and single inner hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c == '-' || c.is_numeric() || (c.is_alphabetic() && !c.is_uppercase()))
}

/// The text after [`PREFIX`] if a comment body is an annotation.
pub fn annotation_body(body: &str) -> Option<&str> {
    body.strip_prefix(PREFIX)
}

/// Parse the annotations of a document and attach each to its sentence.
pub fn parse(doc: &Document) -> (Vec<Annotation>, Vec<Issue>) {
    let mut annotations: Vec<Annotation> = Vec::new();
    let mut issues = Vec::new();
    let mut annotated = vec![false; doc.sentences.len()];
    for (index, comment) in doc.comments.iter().enumerate() {
        if let Some(kind) = broken_prefix(&comment.body, comment.closed) {
            issues.push(Issue {
                span: comment.span,
                kind,
            });
            continue;
        }
        let Some(body) = annotation_body(&comment.body) else {
            continue;
        };
        let Some(sentence) = sentence_before(doc, index) else {
            issues.push(Issue {
                span: comment.span,
                kind: IssueKind::Misplaced,
            });
            continue;
        };
        let mut annotation = Annotation {
            sentence,
            comment: index,
            role: None,
            id: None,
            supports: Vec::new(),
            attacks: Vec::new(),
        };
        for part in body.split_whitespace() {
            if let Err(part) = read_part(part, &mut annotation) {
                issues.push(Issue {
                    span: comment.span,
                    kind: IssueKind::Invalid { part },
                });
            } else if let Some(kind) = empty_item(part) {
                issues.push(Issue {
                    span: comment.span,
                    kind,
                });
            }
        }
        if let Some(id) = annotation.id.clone() {
            let before = annotation.supports.len() + annotation.attacks.len();
            annotation.supports.retain(|s| *s != id);
            annotation.attacks.retain(|s| *s != id);
            if annotation.supports.len() + annotation.attacks.len() < before {
                issues.push(Issue {
                    span: comment.span,
                    kind: IssueKind::Broken {
                        message: format!("`#{id}` supports or attacks itself"),
                        suggestion: "a node cannot support or attack itself; name another node's id, or remove the edge".to_string(),
                    },
                });
            }
        }
        if std::mem::replace(&mut annotated[sentence], true) {
            // One comment per sentence: a second one describes nothing.
            issues.push(Issue {
                span: comment.span,
                kind: IssueKind::Misplaced,
            });
            continue;
        }
        annotations.push(annotation);
    }
    (annotations, issues)
}

/// The issue of a comment that is meant as an annotation but cannot be
/// read as one: unclosed, `ARGMAP:` in capitals, or `argmap claim` with no
/// colon. Suppression directives (`argmap-disable...`) are not annotations.
fn broken_prefix(body: &str, closed: bool) -> Option<IssueKind> {
    let lower = body.to_lowercase();
    let rest = lower.strip_prefix("argmap")?;
    if rest.starts_with('-') && closed {
        return None;
    }
    let shown: String = body.chars().take(40).collect();
    if !closed {
        let fixed = body.lines().next().unwrap_or("").trim();
        return Some(IssueKind::Broken {
            message: format!("unclosed annotation comment `<!-- {shown}`: it has no `-->`, so it hides the rest of the paragraph"),
            suggestion: format!("close it: `<!-- {fixed} -->`"),
        });
    }
    let words = rest.trim_start_matches(':').trim();
    let fixed = format!("<!-- argmap: {words} -->");
    if rest.starts_with(':') && !body.starts_with(PREFIX) {
        return Some(IssueKind::Broken {
            message: format!(
                "`{}` is not the annotation prefix; it is `argmap:` in lowercase",
                body.get(..7).unwrap_or(body)
            ),
            suggestion: format!("write `{fixed}`"),
        });
    }
    if rest.starts_with(char::is_whitespace) {
        return Some(IssueKind::Broken {
            message: "annotation without a colon after `argmap`; argmap reads `argmap:` only"
                .to_string(),
            suggestion: format!("write `{fixed}`"),
        });
    }
    None
}

/// The issue of a `supports=`/`attacks=` list with an empty item
/// (`supports=thesis,,`); its other ids are still read.
fn empty_item(part: &str) -> Option<IssueKind> {
    let (key, value) = part.split_once('=')?;
    let ids: Vec<&str> = value.split(',').collect();
    if !ids.iter().any(|i| i.is_empty()) {
        return None;
    }
    let kept: Vec<&str> = ids.into_iter().filter(|i| !i.is_empty()).collect();
    Some(IssueKind::Broken {
        message: format!("`{part}` has an empty item in its list of ids"),
        suggestion: format!("write `{key}={}`", kept.join(",")),
    })
}

/// Read one whitespace-separated part into `annotation`; the part back on error.
fn read_part(part: &str, annotation: &mut Annotation) -> Result<(), String> {
    if let Some(id) = part.strip_prefix('#') {
        if !is_valid_id(id) || annotation.id.is_some() {
            return Err(part.to_string());
        }
        annotation.id = Some(id.to_string());
        return Ok(());
    }
    if let Some((key, value)) = part.split_once('=') {
        let ids: Vec<String> = value
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if ids.is_empty() || ids.iter().any(|i| !is_valid_id(i.trim_start_matches('#'))) {
            return Err(part.to_string());
        }
        let ids = ids
            .into_iter()
            .map(|i| i.trim_start_matches('#').to_string());
        match key {
            "supports" => annotation.supports.extend(ids),
            "attacks" => annotation.attacks.extend(ids),
            _ => return Err(part.to_string()),
        }
        return Ok(());
    }
    if annotation.role.is_some() {
        return Err(part.to_string());
    }
    annotation.role = Some(match part {
        NO_ROLE => StatedRole::None,
        name => StatedRole::Kind(NodeKind::from_name(name).ok_or_else(|| part.to_string())?),
    });
    Ok(())
}

/// The sentence a comment directly follows: in the same block, ending before
/// the comment with only white space (or other comments) between.
fn sentence_before(doc: &Document, comment: usize) -> Option<usize> {
    let c = &doc.comments[comment];
    let block = c.block?;
    let sentences = doc.blocks.get(block)?.sentences.clone();
    // Sentences end in reading order: the last one ending before the comment
    // is found by bisection (a paragraph may hold a million of them).
    let ending_before = doc
        .sentences
        .get(sentences.clone())?
        .partition_point(|s| s.span.end <= c.span.start);
    let s = sentences.start + ending_before.checked_sub(1)?;
    let gap = doc.text.get(doc.sentences[s].span.end..c.span.start)?;
    let mut rest = gap.trim();
    // Earlier comments (say, a suppression) may sit in between.
    while let Some(after) = rest.strip_prefix("<!--") {
        rest = after.split_once("-->").map_or("x", |(_, r)| r).trim();
    }
    // Closing emphasis or quotes that end the sentence's markup are fine too.
    let rest = rest.trim_matches(|ch: char| matches!(ch, '*' | '_' | '"' | '”' | '’' | ')'));
    rest.is_empty().then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceFormat;

    fn parse_text(text: &str) -> (Vec<Annotation>, Vec<Issue>) {
        parse(&Document::parse("t.md", text, SourceFormat::Markdown))
    }

    #[test]
    fn every_form_parses() {
        let (a, issues) = parse_text(
            "Parks matter. <!-- argmap: claim #parks --> Paris has 400. <!-- argmap: evidence supports=parks,thesis attacks=x -->\nSome say no. <!-- argmap: objection -->\nIt rained. <!-- argmap: none -->",
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(a.len(), 4);
        assert_eq!(a[0].role, Some(StatedRole::Kind(NodeKind::Claim)));
        assert_eq!(a[0].id.as_deref(), Some("parks"));
        assert_eq!(a[0].sentence, 0);
        assert_eq!(a[1].supports, vec!["parks", "thesis"]);
        assert_eq!(a[1].attacks, vec!["x"]);
        assert_eq!(a[1].sentence, 1);
        assert_eq!(a[2].role, Some(StatedRole::Kind(NodeKind::Objection)));
        assert_eq!(a[3].role, Some(StatedRole::None));
    }

    #[test]
    fn invalid_parts_are_reported() {
        let (a, issues) =
            parse_text("Parks matter. <!-- argmap: clam #Parks colour=red supports= -->");
        assert_eq!(a.len(), 1);
        let parts: Vec<String> = issues
            .iter()
            .map(|i| match &i.kind {
                IssueKind::Invalid { part } => part.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(parts, vec!["clam", "#Parks", "colour=red", "supports="]);
        assert!(issues[0].message().contains("cannot read `clam`"));
    }

    #[test]
    fn misplaced_annotations_are_reported() {
        // On its own line between paragraphs, at the start of a paragraph,
        // and a second comment for one sentence.
        let (a, issues) = parse_text(
            "<!-- argmap: claim -->\n\nFirst. Second.\n\n<!-- argmap: claim --> Third.\n\nFourth. <!-- argmap: claim --> <!-- argmap: evidence -->",
        );
        assert_eq!(a.len(), 1);
        assert_eq!(issues.len(), 3);
        assert!(issues.iter().all(|i| i.kind == IssueKind::Misplaced));
        assert_eq!(issues[0].span.line, 1);
    }

    #[test]
    fn other_comments_are_not_annotations() {
        let (a, issues) =
            parse_text("Parks matter. <!-- a note --> <!-- argmap-disable-next-line AM002 -->");
        assert!(a.is_empty());
        assert!(issues.is_empty());
    }

    #[test]
    fn broken_forms_are_issues_with_suggestions() {
        let (a, issues) = parse_text(
            "Parks help. <!-- ARGMAP: claim -->\n\nRoads. <!-- argmap claim -->\n\nX is y. <!-- argmap: claim #x supports=x,thesis -->\n\nZ is w. <!-- argmap: evidence supports=thesis,, -->\n\nA. <!-- argmap: claim #a",
        );
        let found: Vec<(usize, &str)> = issues
            .iter()
            .map(|i| match &i.kind {
                IssueKind::Broken { suggestion, .. } => (i.span.line, suggestion.as_str()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (1, "write `<!-- argmap: claim -->`"),
                (3, "write `<!-- argmap: claim -->`"),
                (5, "a node cannot support or attack itself; name another node's id, or remove the edge"),
                (7, "write `supports=thesis`"),
                (9, "close it: `<!-- argmap: claim #a -->`"),
            ]
        );
        // The self-edge is dropped and the other ids kept.
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].supports, vec!["thesis"]);
        assert_eq!(a[1].supports, vec!["thesis"]);
        // Suppression directives are not annotations.
        let (_, issues) = parse_text("Parks help. <!-- argmap-disable-next-line AM002 -->");
        assert!(issues.is_empty());
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("partnerships"));
        assert!(is_valid_id("city-parks-2"));
        assert!(is_valid_id("über-café"));
        assert!(!is_valid_id("Parks"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("a_b"));
    }
}
