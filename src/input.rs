//! Reading an essay as argmap does, from what the caller hands over: bytes
//! decoded (UTF-8 with an optional byte-order mark; UTF-16 and binary files
//! refused), a file read whole while noticing a change under the reader, a
//! directory walked honouring `.gitignore`. Which inputs a run reads
//! (command-line paths, `-` for standard input, the bundled essay) is the
//! binary's business (`src/cli/input.rs`).

use crate::document::{Document, SourceFormat};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why an input could not be read. Each variant names the path.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(String),
    /// The file exists but could not be read.
    #[error("{path}: cannot read: {reason}")]
    Unreadable {
        /// The path.
        path: String,
        /// What the operating system said.
        reason: String,
    },
    /// A directory that holds no `.md`, `.markdown` or `.txt` file.
    #[error("{0}: no essays found (looked for .md, .markdown and .txt files)")]
    NoEssays(String),
    /// Bytes that are not UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The path.
        path: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// A UTF-16 file, recognised by its byte-order mark.
    #[error("{path}: file is UTF-16 ({endian} byte-order mark); convert it to UTF-8")]
    Utf16 {
        /// The path.
        path: String,
        /// "little-endian" or "big-endian".
        endian: &'static str,
    },
    /// A file with NUL bytes: not text.
    #[error("{path}: binary file (NUL byte at {offset}); argmap reads text and Markdown")]
    Binary {
        /// The path.
        path: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A directory where one file is expected (`argmap annotate DIR`).
    #[error("{0}: is a directory; this command takes one file")]
    Directory(String),
    /// A special file (FIFO, socket, device) that is not a regular file.
    #[error("{0}: not a regular file")]
    NotAFile(String),
    /// The file's size or modification time changed while it was read, or
    /// fewer or more bytes came than it held: the text may be half old,
    /// half new.
    #[error("{0}: file changed while being read; run again when it is written")]
    Changed(String),
}

/// What is compared before and after reading a file to notice a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileState {
    /// Size in bytes.
    pub len: u64,
    /// Last modification, where the platform has it.
    pub modified: Option<std::time::SystemTime>,
}

impl FileState {
    /// The state of a file from its metadata.
    pub fn of(meta: &std::fs::Metadata) -> FileState {
        FileState {
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

/// An error unless the file was the same before and after it was read and
/// `read` bytes is all it held. Files that report no size (such as those
/// under /proc) are taken as read.
pub fn unchanged(
    path: &str,
    before: FileState,
    after: FileState,
    read: usize,
) -> Result<(), InputError> {
    let pseudo = before.len == 0 && after.len == 0;
    if before != after || (!pseudo && read as u64 != after.len) {
        return Err(InputError::Changed(path.to_string()));
    }
    Ok(())
}

/// Decode bytes read from `path` into text, with the errors users need.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let endian = if bytes[0] == 0xFF {
            "little-endian"
        } else {
            "big-endian"
        };
        return Err(InputError::Utf16 {
            path: path.to_string(),
            endian,
        });
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|e| InputError::InvalidUtf8 {
        path: path.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    // A UTF-8 byte-order mark is not part of the essay; keep offsets into the
    // file by replacing it with nothing only at the start.
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, "   ");
    }
    Ok(text)
}

/// Decode `bytes` read from `path` and parse them as an essay in `format`.
/// A UTF-8 byte-order mark is no part of the text and takes no column.
pub fn from_bytes(
    path: &str,
    bytes: Vec<u8>,
    format: SourceFormat,
) -> Result<Document, InputError> {
    let lead = mark_len(&bytes);
    let text = decode(path, bytes)?;
    Ok(Document::parse_after_mark(path, text, format, lead))
}

/// Read one file as an essay.
pub fn read_file(path: &Path) -> Result<Document, InputError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.is_dir() {
        return Err(InputError::Directory(shown));
    }
    if !meta.is_file() {
        return Err(InputError::NotAFile(shown));
    }
    let bytes = read_whole(path, &shown, FileState::of(&meta))?;
    from_bytes(&shown, bytes, SourceFormat::from_path(&shown))
}

/// Read a regular file, noticing when it changes under the reader.
/// `before` is its state when it was checked to be a file: a file replaced
/// or written to since then differs from it afterwards.
fn read_whole(path: &Path, shown: &str, before: FileState) -> Result<Vec<u8>, InputError> {
    let file = std::fs::File::open(path).map_err(|e| io_error(shown, e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(before.len).unwrap_or(0).saturating_add(1));
    // Read through `Take`, which has no size hint of its own: `File`'s
    // `read_to_end` would ask the size (`statx`) and position (`lseek`)
    // again, two system calls a file that a corpus run pays thousands of
    // times, when the buffer is already one byte longer than the file.
    (&file)
        .take(u64::MAX)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, e))?;
    let after = file.metadata().map_err(|e| io_error(shown, e))?;
    unchanged(shown, before, FileState::of(&after), bytes.len())?;
    Ok(bytes)
}

/// Bytes of a UTF-8 byte-order mark at the start of `bytes` (3 or 0).
fn mark_len(bytes: &[u8]) -> usize {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    }
}

/// An I/O error on `path` as an input error: not found, or unreadable
/// with what the operating system said.
pub fn io_error(path: &str, e: std::io::Error) -> InputError {
    match e.kind() {
        std::io::ErrorKind::NotFound => InputError::NotFound(path.to_string()),
        _ => InputError::Unreadable {
            path: path.to_string(),
            reason: e.to_string(),
        },
    }
}

/// The files under `dir` that `keep` accepts, walked recursively honouring
/// `.gitignore` (also outside a git repository), in sorted order. A
/// directory or entry that cannot be read is an error naming its path (as
/// ripgrep reports it), never skipped in silence.
pub fn walk(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, InputError> {
    let mut found = Vec::new();
    for entry in ignore::WalkBuilder::new(dir).require_git(false).build() {
        let entry = entry.map_err(|e| walk_error(dir, e))?;
        if entry.file_type().is_some_and(|t| t.is_file()) && keep(entry.path()) {
            found.push(entry.into_path());
        }
    }
    // The order of `Path`'s `Ord`, a component at a time, with each path
    // split into its components once: compared whole, every comparison
    // parsed both paths again (most of the walk's cost for a directory of
    // a few hundred essays).
    let order: Vec<usize> = {
        let mut keyed: Vec<(Vec<std::path::Component>, usize)> = (found.iter())
            .map(|p| p.components().collect())
            .zip(0..)
            .collect();
        // The index breaks ties, as the stable sort did.
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, i)| i).collect()
    };
    let mut paths: Vec<Option<PathBuf>> = found.into_iter().map(Some).collect();
    Ok(order.into_iter().filter_map(|i| paths[i].take()).collect())
}

/// A walk error as an input error with the path it concerns.
fn walk_error(dir: &Path, e: ignore::Error) -> InputError {
    let mut path = None;
    let mut inner = &e;
    loop {
        match inner {
            ignore::Error::WithPath { path: p, err } => {
                path.get_or_insert_with(|| p.display().to_string());
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err
            }
            _ => break,
        }
    }
    let path = path.unwrap_or_else(|| dir.display().to_string());
    match inner {
        // The OS error alone: the walker's own text repeats the path.
        ignore::Error::Io(io) => {
            let os = io.raw_os_error().or_else(|| {
                let inner = io.get_ref()?.source()?;
                inner.downcast_ref::<std::io::Error>()?.raw_os_error()
            });
            io_error(
                &path,
                os.map_or_else(
                    || std::io::Error::new(io.kind(), io.to_string()),
                    std::io::Error::from_raw_os_error,
                ),
            )
        }
        other => InputError::Unreadable {
            path,
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_names_the_problem() {
        assert!(matches!(
            decode("a", vec![b'o', b'k', 0xff, b'x']),
            Err(InputError::InvalidUtf8 { offset: 2, .. })
        ));
        assert!(matches!(
            decode("a", vec![0xff, 0xfe, b'a', 0]),
            Err(InputError::Utf16 { .. })
        ));
        assert!(matches!(
            decode("a", vec![b'a', 0, b'b']),
            Err(InputError::Binary { offset: 1, .. })
        ));
        assert_eq!(
            decode("a", "\u{feff}Hi".as_bytes().to_vec()).unwrap(),
            "   Hi"
        );
    }

    #[test]
    fn a_change_during_the_read_is_noticed() {
        let t0 = std::time::SystemTime::UNIX_EPOCH;
        let t1 = t0 + std::time::Duration::from_secs(1);
        let state = |len, modified| FileState {
            len,
            modified: Some(modified),
        };
        assert!(unchanged("e.md", state(10, t0), state(10, t0), 10).is_ok());
        // Grown, rewritten in place, or shorter than it said.
        for (before, after, read) in [
            (state(10, t0), state(20, t1), 10),
            (state(10, t0), state(10, t1), 10),
            (state(10, t0), state(10, t0), 7),
            (state(0, t0), state(5, t0), 5),
        ] {
            let err = unchanged("e.md", before, after, read).unwrap_err();
            assert_eq!(
                err.to_string(),
                "e.md: file changed while being read; run again when it is written"
            );
        }
        // /proc files say they are empty and are not.
        assert!(unchanged("/proc/x", state(0, t0), state(0, t0), 300).is_ok());
    }
}
