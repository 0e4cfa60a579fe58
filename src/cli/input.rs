//! Which essays a command reads: the paths on the command line (files,
//! directories walked, `-` for standard input), standard input, and the
//! essay embedded in the binary when none is given. Reading what these name
//! is the library's [`argmap::input`], re-exported here for the handlers.

use argmap::document::{Document, SourceFormat};
use argmap::input::{from_bytes, io_error};
pub use argmap::input::{read_file, walk, InputError};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The bundled essay, embedded so that `argmap` works from any directory.
pub const EMBEDDED_ESSAY: &str = include_str!("../../corpus/nato-partnerships.md");

/// The name shown for the embedded essay.
pub const EMBEDDED_NAME: &str = "corpus/nato-partnerships.md";

/// File endings read as essays when a directory is walked.
pub const ESSAY_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// Read standard input as an essay (read like Markdown).
pub fn read_stdin() -> Result<Document, InputError> {
    read_stdin_as(None)
}

/// Read standard input as an essay shown as `name` (`--stdin-filename`),
/// read as its ending says; without a name, as `<stdin>` in Markdown.
pub fn read_stdin_as(name: Option<&str>) -> Result<Document, InputError> {
    let shown = name.unwrap_or("<stdin>");
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, e))?;
    let format = match name {
        Some(n) => SourceFormat::from_path(n),
        None => SourceFormat::Markdown,
    };
    from_bytes(shown, bytes, format)
}

/// The embedded essay.
pub fn embedded() -> Document {
    Document::parse(EMBEDDED_NAME, EMBEDDED_ESSAY, SourceFormat::Markdown)
}

/// True for a file name with one of the [`ESSAY_EXTENSIONS`].
pub fn is_essay(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ESSAY_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Expand the paths the user gave into essay files, in a stable order.
/// Directories are walked recursively, honouring `.gitignore`; `-` stays as
/// standard input. `keep` filters walked files (include/exclude globs); files
/// named explicitly are always kept.
pub fn expand(paths: &[PathBuf], keep: &dyn Fn(&Path) -> bool) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let found = walk(path, |p| is_essay(p) && keep(p))?;
        if found.is_empty() {
            return Err(InputError::NoEssays(shown));
        }
        out.extend(found);
    }
    Ok(out)
}

/// Read one expanded path (a file or `-`).
pub fn read(path: &Path) -> Result<Document, InputError> {
    if path.as_os_str() == "-" {
        read_stdin()
    } else {
        read_file(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_essay_parses() {
        let doc = embedded();
        assert!(doc.sentences.len() > 30);
    }
}
