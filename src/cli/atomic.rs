//! Replacing a file atomically: write a temporary file beside it, flush it to
//! disk, then rename it over the original. A crash or error at any point
//! leaves the original untouched.
//!
//! A symbolic link is written through: the file it names is replaced and
//! the link stays a link. The replacement keeps the file's mode, owner and
//! group. A file with several hard links, or whose owner cannot be given to
//! a new file, is rewritten in place instead (a rename would cut the links
//! or change the owner), after a backup copy is flushed beside it.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replace `path` with what `fill` writes. On any error the original stays
/// as it was and the temporary file is removed.
pub fn replace(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    // The file a link names, so that the link is kept and its target written.
    let target = fs::canonicalize(path)?;
    let meta = fs::metadata(&target)?;
    if meta.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "file is read-only",
        ));
    }
    if hard_links(&meta) > 1 {
        return in_place(&target, fill);
    }
    let mut content = Vec::new();
    fill(&mut content)?;
    match through_temp(&target, Some(&meta), |w| w.write_all(&content)) {
        Err(e) if e.kind() == io::ErrorKind::Other && e.to_string() == KEEP_OWNER => {
            in_place(&target, |w| w.write_all(&content))
        }
        other => other,
    }
}

/// The marker error of a temporary file that cannot be given the owner of
/// the file it replaces.
const KEEP_OWNER: &str = "cannot give the new file the owner of the old one";

/// How many names the file has.
#[cfg(unix)]
fn hard_links(meta: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn hard_links(_: &fs::Metadata) -> u64 {
    1
}

/// Give `file` the owner and group in `meta`, where they differ.
#[cfg(unix)]
fn keep_owner(file: &fs::File, meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let now = file.metadata()?;
    if (now.uid(), now.gid()) == (meta.uid(), meta.gid()) {
        return Ok(());
    }
    std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()))
        .map_err(|_| io::Error::other(KEEP_OWNER))
}

#[cfg(not(unix))]
fn keep_owner(_: &fs::File, _: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// Rewrite `path` in place, so that its hard links, owner and inode stay:
/// the new text is made whole first, the old is copied to a flushed backup
/// beside the file, then the file is truncated and written. On an error the
/// old text is written back; after a crash the backup holds it.
fn in_place(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut content = Vec::new();
    fill(&mut content)?;
    let old = fs::read(path)?;
    let backup = path.with_file_name(format!(
        ".{}.argmap-{}.bak",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    let mut copy = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&backup)?;
    let saved = copy.write_all(&old).and_then(|()| copy.sync_all());
    if let Err(e) = saved {
        let _ = fs::remove_file(&backup);
        return Err(e);
    }
    let write = |bytes: &[u8]| -> io::Result<()> {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    };
    match write(&content) {
        Ok(()) => {
            let _ = fs::remove_file(&backup);
            Ok(())
        }
        Err(e) => {
            if write(&old).is_ok() {
                let _ = fs::remove_file(&backup);
            }
            Err(e)
        }
    }
}

/// Write `path` whether or not it exists: an existing file is replaced as
/// by [`replace`]; a new one appears whole or not at all, since it only
/// gets its name once everything is written.
pub fn write(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(_) => replace(path, fill),
        Err(e) if e.kind() == io::ErrorKind::NotFound => through_temp(path, None, fill),
        Err(e) => Err(e),
    }
}

/// Fill a temporary file beside `path`, flush it to disk, give it the
/// owner, group and mode of `original` (or leave the defaults for a new
/// file) and rename it to `path`.
fn through_temp(
    path: &Path,
    original: Option<&fs::Metadata>,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let temp = temp_path(path);
    let result = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        fill(&mut file)?;
        file.flush()?;
        file.sync_all()?;
        if let Some(meta) = original {
            keep_owner(&file, meta)?;
            fs::set_permissions(&temp, meta.permissions())?;
        }
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// A hidden name beside `path`, unique to this process.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.argmap-{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_contents() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.md");
        fs::write(&path, "old").unwrap();
        replace(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_failure_midway_leaves_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.md");
        fs::write(&path, "original text").unwrap();
        let err = replace(&path, |w| {
            w.write_all(b"half of the new")?;
            Err(io::Error::other("simulated crash"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "simulated crash");
        assert_eq!(fs::read_to_string(&path).unwrap(), "original text");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn write_creates_a_new_file_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        let err = write(&path, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("simulated crash"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "simulated crash");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "nothing left");
        write(&path, |w| w.write_all(b"page")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "page");
        write(&path, |w| w.write_all(b"again")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "again");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write(&dir.path().join("no/such/dir.html"), |w| w.write_all(b"x")).is_err());
    }

    #[test]
    fn read_only_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.md");
        fs::write(&path, "keep").unwrap();
        let mut perms = fs::metadata(&path).unwrap().permissions();
        perms.set_readonly(true);
        fs::set_permissions(&path, perms).unwrap();
        assert!(replace(&path, |w| w.write_all(b"x")).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "keep");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_written_through_and_hard_links_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("e.md");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("e.md", &link).unwrap();
        replace(&link, |w| w.write_all(b"new")).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");

        let other = dir.path().join("other.md");
        fs::hard_link(&target, &other).unwrap();
        replace(&target, |w| w.write_all(b"newer")).unwrap();
        assert_eq!(fs::read_to_string(&other).unwrap(), "newer");
        assert_eq!(hard_links(&fs::metadata(&target).unwrap()), 2);
        // A failure while filling leaves both names as they were.
        let err = replace(&other, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("simulated crash"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "simulated crash");
        assert_eq!(fs::read_to_string(&target).unwrap(), "newer");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            3,
            "no backup left"
        );
    }
}
