//! A slice of a document's source that shares it instead of copying it.

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// Text that points into a shared string: a node's sentence keeps its
/// document's source alive rather than holding a copy of its bytes, so a map
/// costs no second copy of the essay. The source is an `Arc<String>`, not an
/// `Arc<str>`, so that the file's text moves in without being copied.
#[derive(Clone)]
pub struct SharedText {
    source: Arc<String>,
    start: usize,
    end: usize,
}

impl SharedText {
    /// The text of `source[range]`; `None` when the range is out of bounds or
    /// splits a character.
    pub fn slice(source: &Arc<String>, range: Range<usize>) -> Option<SharedText> {
        source.get(range.clone())?;
        Some(SharedText {
            source: Arc::clone(source),
            start: range.start,
            end: range.end,
        })
    }

    /// The text as a string slice.
    pub fn as_str(&self) -> &str {
        // Checked once in `slice`; the source never changes.
        &self.source[self.start..self.end]
    }
}

impl Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> SharedText {
        SharedText::from(text.to_string())
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> SharedText {
        SharedText::from(Arc::new(text))
    }
}

impl From<Arc<String>> for SharedText {
    fn from(source: Arc<String>) -> SharedText {
        let end = source.len();
        SharedText {
            source,
            start: 0,
            end,
        }
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &SharedText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_reads_its_range_and_shares_the_source() {
        let source = Arc::new("One. Two é.".to_string());
        let two = SharedText::slice(&source, 5..11).unwrap();
        assert_eq!(two, "Two é");
        assert_eq!(two.len(), 6);
        assert_eq!(Arc::strong_count(&source), 2);
        assert_eq!(format!("{two:?}"), "\"Two é\"");
    }

    #[test]
    fn ranges_outside_or_inside_a_character_are_refused() {
        let source = Arc::new("é".to_string());
        assert!(SharedText::slice(&source, 0..1).is_none());
        assert!(SharedText::slice(&source, 0..3).is_none());
        assert!(SharedText::slice(&source, 0..2).is_some());
    }
}
