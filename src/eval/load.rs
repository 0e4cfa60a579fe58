//! Reading gold from disk: the only I/O of [`crate::eval`].
//!
//! A path is a gold file or a directory walked (honouring `.gitignore`) for
//! `.ann`, `.xml` and `.json` files. A `.ann` or `.xml` file's text is the
//! `.txt` beside it with the same stem; a `.json` file names its texts.

use super::{brat, contract, microtext, GoldError, GoldFormat, GoldText, Parsed};
use crate::input::io_error;
use std::path::{Path, PathBuf};

/// File endings read as gold when a directory is walked.
pub const GOLD_EXTENSIONS: &[&str] = &["ann", "xml", "json"];

/// Read every gold text under `paths`, in a stable order.
pub fn load(paths: &[PathBuf]) -> Result<Vec<GoldText>, GoldError> {
    let mut texts = Vec::new();
    for file in expand(paths)? {
        texts.extend(read_gold(&file)?);
    }
    Ok(texts)
}

/// The gold files named by `paths`: files as given, directories walked.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, GoldError> {
    let mut out = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
        if !meta.is_dir() {
            if format_of(path).is_none() {
                return Err(GoldError::UnknownFormat(shown));
            }
            out.push(path.clone());
            continue;
        }
        let found = crate::input::walk(path, |p| format_of(p).is_some())?;
        if found.is_empty() {
            return Err(GoldError::NoGold(shown));
        }
        out.extend(found);
    }
    Ok(out)
}

/// The gold format a file's ending names.
pub fn format_of(path: &Path) -> Option<GoldFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "ann" => Some(GoldFormat::Brat),
        "xml" => Some(GoldFormat::Microtext),
        "json" => Some(GoldFormat::Json),
        _ => None,
    }
}

/// Read one gold file and its text(s).
pub fn read_gold(path: &Path) -> Result<Vec<GoldText>, GoldError> {
    let shown = path.display().to_string();
    let format = format_of(path).ok_or_else(|| GoldError::UnknownFormat(shown.clone()))?;
    let gold = read_text(path)?;
    let text_for = |parsed: Parsed, text_path: PathBuf, text: String| GoldText {
        format,
        gold_path: path.to_path_buf(),
        text_path,
        text,
        units: parsed.units,
        relations: parsed.relations,
        central: parsed.central,
        skipped: parsed.skipped,
    };
    match format {
        GoldFormat::Brat | GoldFormat::Microtext => {
            let text_path = path.with_extension("txt");
            let text = read_text(&text_path)?;
            let parsed = if format == GoldFormat::Brat {
                // brat counts a byte-order mark as a character; `decode` turned
                // it into three spaces, which keeps bytes but not characters.
                if text.starts_with("   ") && starts_with_bom(&text_path) {
                    brat::parse(&gold, &format!("\u{feff}{}", &text[3..]))
                } else {
                    brat::parse(&gold, &text)
                }
            } else {
                microtext::parse(&gold, &text)
            }
            .map_err(|p| p.in_file(&shown))?;
            Ok(vec![text_for(parsed, text_path, text)])
        }
        GoldFormat::Json => {
            let docs = contract::parse(&gold).map_err(|p| p.in_file(&shown))?;
            let dir = path.parent().unwrap_or(Path::new(""));
            let mut out = Vec::with_capacity(docs.len());
            for doc in docs {
                let text_path = dir.join(&doc.path);
                let text = read_text(&text_path)?;
                contract::check(&doc, &text).map_err(|p| p.in_file(&shown))?;
                out.push(text_for(doc.parsed, text_path, text));
            }
            Ok(out)
        }
    }
}

/// The text ids of a split file, with their lines: one id a line (a text's
/// file name without its ending; one with `.txt` or a gold ending is taken
/// without it); blank lines and `#` comments are skipped.
pub fn read_split(path: &Path) -> Result<Vec<(usize, String)>, GoldError> {
    let text = read_text(path)?;
    let mut ids = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let id = Path::new(line)
            .file_name()
            .map_or(line.into(), |f| f.to_string_lossy());
        let id = match id.rsplit_once('.') {
            Some((stem, ext)) if ext == "txt" || GOLD_EXTENSIONS.contains(&ext) => stem.to_string(),
            _ => id.into_owned(),
        };
        ids.push((n + 1, id));
    }
    Ok(ids)
}

/// Read a file as UTF-8 text, with the errors of essay input.
fn read_text(path: &Path) -> Result<String, GoldError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| io_error(&shown, e))?;
    Ok(crate::input::decode(&shown, bytes)?)
}

/// True when the file starts with a UTF-8 byte-order mark.
fn starts_with_bom(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 3];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == [0xEF, 0xBB, 0xBF])
}

#[cfg(test)]
// A unit's spans, or the implicit spans: one range is the common case.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::graph::{EdgeKind, NodeKind};

    fn fixture(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/eval")
            .join(path)
    }

    /// The gold units as (id, class, text).
    fn units(gold: &GoldText) -> Vec<(&str, NodeKind, &str)> {
        gold.units
            .iter()
            .map(|u| (u.id.as_str(), u.class, &gold.text[u.hull()]))
            .collect()
    }

    #[test]
    fn brat_fixture_counts_characters() {
        let golds = load(&[fixture("brat/libraries.ann")]).unwrap();
        let gold = &golds[0];
        assert_eq!(gold.format, GoldFormat::Brat);
        assert!(gold.text_path.ends_with("libraries.txt"));
        // "city’s" holds a three-byte apostrophe: later spans shift by two bytes.
        assert_eq!(gold.units[1].spans, [43..125]);
        assert_eq!(
            units(gold),
            vec![
                ("T1", NodeKind::Thesis, "Our city’s libraries deserve more money."),
                ("T2", NodeKind::Claim, "They are the last free indoor space open to everyone, from students to pensioners."),
                ("T3", NodeKind::Evidence, "A 2019 survey found that 62 percent of visitors come at least once a week."),
            ]
        );
        let relations: Vec<(usize, Vec<usize>, EdgeKind)> = gold
            .relations
            .iter()
            .map(|r| (r.from, r.to.clone(), r.kind))
            .collect();
        assert_eq!(
            relations,
            vec![
                (2, vec![1], EdgeKind::Supports),
                (1, vec![0], EdgeKind::Supports)
            ]
        );
        assert_eq!(gold.central, vec![0]);
    }

    #[test]
    fn microtext_fixture_resolves_undercut_and_added_premise() {
        let golds = load(&[fixture("microtext")]).unwrap();
        assert_eq!(golds.len(), 1);
        let gold = &golds[0];
        assert_eq!(gold.format, GoldFormat::Microtext);
        use NodeKind::*;
        assert_eq!(
            units(gold),
            vec![
                // The text has two spaces where the XML has one.
                ("a1", Objection, "Bike lanes take  space from cars,"),
                (
                    "a2",
                    Evidence,
                    "but traffic in town moves no faster with more car lanes."
                ),
                ("a3", Evidence, "Cycling keeps people healthy,"),
                (
                    "a4",
                    Evidence,
                    "and healthy  people cost the health service less."
                ),
                ("a5", Thesis, "The council should build more bike lanes."),
            ]
        );
        let relations: Vec<(usize, usize, EdgeKind)> = gold
            .relations
            .iter()
            .map(|r| (r.from, r.to[0], r.kind))
            .collect();
        assert_eq!(
            relations,
            vec![
                (0, 4, EdgeKind::Attacks),
                // und c2 targets edge a1 -> a5: it attacks a1.
                (1, 0, EdgeKind::Attacks),
                (2, 4, EdgeKind::Supports),
                // add c4 joins edge a3 -> a5: it supports a5.
                (3, 4, EdgeKind::Supports),
            ]
        );
        assert_eq!(gold.central, vec![4]);
    }

    #[test]
    fn json_fixture_resolves_its_document() {
        let golds = load(&[fixture("json/night-buses.json")]).unwrap();
        let gold = &golds[0];
        assert_eq!(gold.format, GoldFormat::Json);
        assert_eq!(gold.text_path, fixture("json/night-buses.md"));
        let classes: Vec<NodeKind> = gold.units.iter().map(|u| u.class).collect();
        use NodeKind::*;
        assert_eq!(
            classes,
            vec![Objection, Thesis, Claim, Evidence, Recommendation]
        );
        assert_eq!(
            &gold.text[gold.units[1].hull()],
            "Yet the city should keep its night buses."
        );
        assert_eq!(gold.relations.len(), 4);
        assert_eq!(gold.central, vec![1]);
    }

    #[test]
    fn a_directory_is_walked_for_every_format() {
        let golds = load(&[fixture("")]).unwrap();
        let mut formats: Vec<GoldFormat> = golds.iter().map(|g| g.format).collect();
        // brat/ holds one text and persuasive/ 432 more: 28 essays, the
        // class's 40 + 20, the forums' 16, 12 + 6, 12 + 6, 12 + 6, 12 + 6
        // and 12 + 6, the op-eds' 12 + 6 and 12 + 6, and the second
        // annotator's 202.
        assert_eq!(
            formats.iter().filter(|f| **f == GoldFormat::Brat).count(),
            433
        );
        // Walked in path order: brat/, json/, microtext/, persuasive/.
        formats.dedup();
        assert_eq!(
            formats,
            vec![
                GoldFormat::Brat,
                GoldFormat::Json,
                GoldFormat::Microtext,
                GoldFormat::Brat
            ]
        );
    }

    #[test]
    fn errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.ann");
        let e = load(&[missing]).unwrap_err().to_string();
        assert!(e.ends_with("nope.ann: no such file or directory"), "{e}");
        let e = load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(e.contains("no gold files found"), "{e}");
        std::fs::write(dir.path().join("x.ann"), "T1\tClaim 0 3\tAbc\n").unwrap();
        let e = load(&[dir.path().join("x.ann")]).unwrap_err().to_string();
        assert!(e.ends_with("x.txt: no such file or directory"), "{e}");
        std::fs::write(dir.path().join("x.txt"), "Ab").unwrap();
        let e = load(&[dir.path().join("x.ann")]).unwrap_err().to_string();
        assert!(e.contains("x.ann:1: T1: offsets 0..3 lie outside"), "{e}");
        let e = load(&[dir.path().join("x.txt")]).unwrap_err().to_string();
        assert!(
            e.ends_with("x.txt: not a gold file (expected .ann, .xml or .json)"),
            "{e}"
        );
    }
}
