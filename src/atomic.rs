//! Replacing a file atomically: write a temporary file beside it, flush it to
//! disk, then rename it over the original. A crash or error at any point
//! leaves the original untouched.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Replace `path` with what `fill` writes. On any error the original stays
/// as it was and the temporary file is removed.
pub fn replace(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let meta = fs::metadata(path)?;
    if meta.permissions().readonly() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "file is read-only",
        ));
    }
    through_temp(path, Some(meta.permissions()), fill)
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

/// Fill a temporary file beside `path`, flush it to disk, give it
/// `permissions` (or leave the defaults for a new file) and rename it to `path`.
fn through_temp(
    path: &Path,
    permissions: Option<fs::Permissions>,
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
        if let Some(permissions) = permissions {
            fs::set_permissions(&temp, permissions)?;
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
}
