//! What the server knows about one open essay: its text, and the map and
//! findings computed from it, with the lookups every request needs.

use super::position::LineMap;
use crate::config::Config;
use crate::document::{Document, SourceFormat, Span};
use crate::extract::annotations::{self, Annotation, Issue};
use crate::extract::{self, Options};
use crate::graph::{Adjacency, DocumentMap, NodeIndex};
use crate::lint::{FileReport, Linter};
use lsp_types::Uri;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// One essay read, mapped and linted, with lookups by position.
#[derive(Debug)]
pub struct Analysis {
    /// The parsed essay.
    pub doc: Document,
    /// Its argument map.
    pub map: DocumentMap,
    /// Problems in its annotations.
    pub issues: Vec<Issue>,
    /// Its annotations, each attached to its sentence.
    pub annotations: Vec<Annotation>,
    /// The lint findings at the configured levels.
    pub report: FileReport,
    /// Edge lists per node.
    pub adjacency: Adjacency,
    /// LSP position conversions.
    pub lines: LineMap,
    /// The node of each sentence, if it is one.
    node_of_sentence: Vec<Option<NodeIndex>>,
}

impl Analysis {
    /// Read, map and lint `text` as the essay at `path`.
    pub fn new(path: &str, text: String, linter: &Linter) -> Analysis {
        let doc = Document::parse(path, text, SourceFormat::from_path(path));
        let built = extract::build(&doc, Options::default());
        let report = linter.lint_with_issues(&doc, &built.map, &built.issues);
        let (annotations, _) = annotations::parse(&doc);
        let adjacency = built.map.adjacency();
        let mut node_of_sentence = vec![None; doc.sentences.len()];
        for i in built.map.indexes() {
            if let Some(slot) = node_of_sentence.get_mut(built.map.node(i).sentence) {
                *slot = Some(i);
            }
        }
        let lines = LineMap::new(&doc.text);
        Analysis {
            doc,
            map: built.map,
            issues: built.issues,
            annotations,
            report,
            adjacency,
            lines,
            node_of_sentence,
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.doc.text
    }

    /// The LSP range of a span.
    pub fn range(&self, span: Span) -> lsp_types::Range {
        self.lines.range(self.text(), span.range())
    }

    /// The LSP range of a byte range.
    pub fn range_of(&self, range: std::ops::Range<usize>) -> lsp_types::Range {
        self.lines.range(self.text(), range)
    }

    /// The sentence containing a byte offset (its end included, so that a
    /// cursor just after the full stop still names it).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let sentences = &self.doc.sentences;
        let i = sentences.partition_point(|s| s.span.end < offset);
        sentences
            .get(i)
            .filter(|s| s.span.start <= offset)
            .map(|_| i)
    }

    /// The node whose sentence contains a byte offset.
    pub fn node_at(&self, offset: usize) -> Option<NodeIndex> {
        self.sentence_at(offset).and_then(|s| self.node_of(s))
    }

    /// The node of a sentence, if the sentence is part of the argument.
    pub fn node_of(&self, sentence: usize) -> Option<NodeIndex> {
        self.node_of_sentence.get(sentence).copied().flatten()
    }

    /// The annotation attached to a sentence.
    pub fn annotation_of(&self, sentence: usize) -> Option<&Annotation> {
        // Annotations come in comment order, which is sentence order.
        let i = self.annotations.partition_point(|a| a.sentence < sentence);
        self.annotations.get(i).filter(|a| a.sentence == sentence)
    }
}

/// The file path of a `file:` URI, percent-decoded.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///x` has an empty authority; `file://localhost/x` names this host.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let path = String::from_utf8(out).ok()?;
    path.starts_with('/').then(|| PathBuf::from(path))
}

/// The name a document goes by in findings: its file path, else its URI.
pub fn display_path(uri: &Uri) -> String {
    uri_path(uri).map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string())
}

/// Linters by the `argmap.toml` that configures them, reloaded when the file
/// changes, so that editing the configuration takes effect on the next keystroke.
#[derive(Debug, Default)]
pub struct Configs {
    /// `--config`, which governs every file when given.
    explicit: Option<PathBuf>,
    loaded: HashMap<PathBuf, (Option<SystemTime>, Arc<Linter>)>,
    default: Arc<Linter>,
}

impl Configs {
    /// Configurations found next to each file, or all from `explicit`.
    pub fn new(explicit: Option<PathBuf>) -> Configs {
        Configs {
            explicit,
            ..Configs::default()
        }
    }

    /// The linter for an essay at `path` (none: an unsaved buffer, governed
    /// by the working directory's configuration), or the error that makes
    /// its configuration unusable, with the defaults to use meanwhile.
    pub fn linter_for(&mut self, path: Option<&Path>) -> (Arc<Linter>, Option<String>) {
        let source = match &self.explicit {
            Some(p) => Some(p.clone()),
            None => {
                let dir = path
                    .and_then(Path::parent)
                    .map(Path::to_path_buf)
                    .or_else(|| std::env::current_dir().ok());
                dir.and_then(|d| Config::find(&d))
            }
        };
        let Some(source) = source else {
            return (self.default.clone(), None);
        };
        let modified = std::fs::metadata(&source).and_then(|m| m.modified()).ok();
        if let Some((when, linter)) = self.loaded.get(&source) {
            if *when == modified {
                return (linter.clone(), None);
            }
        }
        let loaded = Config::load(&source)
            .map_err(|e| e.to_string())
            .and_then(|c| Linter::from_config(&c).map_err(|e| e.to_string()));
        match loaded {
            Ok(linter) => {
                let linter = Arc::new(linter);
                self.loaded.insert(source, (modified, linter.clone()));
                (linter, None)
            }
            Err(e) => (self.default.clone(), Some(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn file_uris_become_paths() {
        let uri = Uri::from_str("file:///home/a/My%20Essay.md").unwrap();
        assert_eq!(uri_path(&uri), Some(PathBuf::from("/home/a/My Essay.md")));
        let other = Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(uri_path(&other), None);
        assert_eq!(display_path(&other), "untitled:Untitled-1");
    }

    #[test]
    fn positions_find_sentences_and_nodes() {
        let text = "Cities should plant more trees.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";
        let a = Analysis::new("t.md", text.to_string(), &Linter::default());
        let at = text.find("shaded").unwrap();
        let s = a.sentence_at(at).unwrap();
        assert!(a.doc.sentence_text(s).starts_with("In 2021"));
        let node = a.node_at(at).expect("a node");
        assert_eq!(a.map.node(node).sentence, s);
        // Just past the full stop still names the sentence.
        assert_eq!(a.sentence_at(text.find('\n').unwrap()), Some(0));
        assert_eq!(a.sentence_at(text.len()), None);
    }
}
