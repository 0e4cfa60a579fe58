//! What an export format of the map is: its name, its help, its entry in
//! the README's table and its writer. The formats are listed once, in
//! [`FORMATS`]; a format is its writer (a module of [`crate::render`]) and
//! one entry there. CONTRIBUTING.md gives the recipe.

use super::{Maps, FORMATS};
use std::io::{self, Write};

/// What a writer may need besides the maps. These are values of the
/// process, which the caller reads: render does no I/O.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The time of writing, in seconds since the Unix epoch (AIF stamps
    /// its nodes with it); 0 where the output must not depend on the clock.
    pub seconds: u64,
}

/// A format's writer: the maps to bytes.
pub type Writer = fn(&mut dyn Write, &Maps, &Context) -> io::Result<()>;

/// A check of the bytes written: a warning to give before them, if any.
pub type Warning = fn(&[u8]) -> Option<String>;

/// One export format of the map.
#[derive(Debug)]
pub struct Format {
    /// The value of `--format`, in lowercase: `graphml`.
    pub name: &'static str,
    /// What it is, in one line with no final period: its help in
    /// `argmap graph --help`.
    pub help: &'static str,
    /// The name of its kind of format, as `argmap graph`'s one-line help
    /// lists them ("Graphviz DOT"); formats of one family share it.
    pub family: &'static str,
    /// The tools that read it: the "read by" column of the README's table.
    pub read_by: &'static str,
    /// What it holds: the "what it holds" column of the README's table.
    pub holds: &'static str,
    /// Whether its bytes can never hold a terminal escape (control
    /// characters are written escaped), so stdout may skip the colour filter.
    pub escapes_controls: bool,
    /// A warning about the bytes written, given on stderr before they are
    /// (a chart too large to draw), for formats that need one.
    pub warning: Option<Warning>,
    /// Write the maps.
    pub write: Writer,
}

impl Format {
    /// The families of [`FORMATS`], each once and in order, as a list in
    /// prose: "JSON, Graphviz DOT, ... or GraphML".
    pub fn families() -> String {
        let mut names: Vec<&str> = Vec::new();
        for format in FORMATS {
            if !names.contains(&format.family) {
                names.push(format.family);
            }
        }
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.concat(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_lowercase_and_help_has_no_final_period() {
        for (i, format) in FORMATS.iter().enumerate() {
            assert!(
                format
                    .name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
                "{}",
                format.name
            );
            assert!(
                FORMATS[..i].iter().all(|f| f.name != format.name),
                "{}",
                format.name
            );
            assert!(!format.help.ends_with('.'), "{}", format.name);
            assert!(!format.read_by.is_empty() && !format.holds.is_empty());
        }
    }

    #[test]
    fn families_are_listed_once_each() {
        let list = Format::families();
        for format in FORMATS {
            assert_eq!(list.matches(format.family).count(), 1, "{list}");
        }
    }

    #[test]
    fn aif_at_second_zero_is_stamped_with_the_epoch() {
        use crate::render::aif;
        assert_eq!(aif::timestamp(0), aif::EPOCH);
    }
}
