//! The registry of the map's export formats: the one list that `argmap graph
//! --format` (its values and their help), the README's table of exports and
//! the pipeline's exports read.
//!
//! A format is its writer (a module of [`crate::render`]) and one entry in
//! [`ALL`]; CONTRIBUTING.md gives the recipe.

use super::{aif, argdown, dot, graphml, json, mermaid, Maps};
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

/// Every export format, in the order `--help` lists them. A name is never
/// reused for another format.
pub static ALL: &[Format] = &[
    Format {
        name: "json",
        help: "The JSON contract (schema_version 2)",
        family: "JSON",
        read_by: "scripts, `argmap eval` (as gold)",
        holds: "the [JSON contract](#json-contract-schema-version-2): every document, node (kind, id, text, span, cues, confidence, origin) and edge",
        escapes_controls: true,
        warning: None,
        write: |out, maps, _| json::write_map(out, maps),
    },
    Format {
        name: "jsonl",
        help: "The JSON contract, one document per line, each written as soon as it is mapped (for corpora: memory stays bounded)",
        family: "JSON",
        read_by: "scripts over a corpus",
        holds: "the JSON contract of each document on a line of its own, written as soon as it is mapped, so memory stays bounded on a corpus",
        escapes_controls: true,
        warning: None,
        write: |out, maps, _| {
            maps.iter()
                .try_for_each(|m| json::write_line(out, std::slice::from_ref(m)))
        },
    },
    Format {
        name: "dot",
        help: "Graphviz DOT",
        family: "Graphviz DOT",
        read_by: "Graphviz",
        holds: "each node's kind and the start of its text wrapped to 28 characters a line, 3 lines at most, then an ellipsis; no edge labels (supports are solid, attacks dashed, orange and ending in a bar, a thesis restated is joined to the first statement by a grey dotted line); argmap's layers, wide ones folded into rows of at most 6, so the bundled essay draws at 1,041 x 763 pt: one A3 landscape page at 100%",
        escapes_controls: false,
        warning: None,
        write: |out, maps, _| dot::write(out, maps),
    },
    Format {
        name: "mermaid",
        help: "Mermaid flowchart (renders on GitHub)",
        family: "Mermaid",
        read_by: "GitHub, the Mermaid CLI",
        holds: "the same labels and rows as `dot`, black text (at least 6:1 on every fill), one subgraph per document; `graph` warns when the chart passes Mermaid's 50,000-character limit (about a dozen essays of the bundled size): export fewer documents at a time",
        escapes_controls: false,
        warning: Some(mermaid_size_warning),
        write: |out, maps, _| mermaid::write(out, maps),
    },
    Format {
        name: "aif",
        help: "Argument Interchange Format JSON, as AIFdb and OVA read it",
        family: "AIF",
        read_by: "AIFdb, OVA",
        holds: "an I-node per statement with its exact text, an RA-node (`Default Inference`) per support and a CA-node (`Default Conflict`) per attack, an MA-node (`Default Rephrase`) per restatement of the thesis, edges premise → scheme node → conclusion (`formEdgeID: null`), `locutions: []`, a `timestamp` on every node (the time of writing, or `SOURCE_DATE_EPOCH`). Ids are numbers written as strings, unique across documents. An `OVA` block places every node where argmap's layout draws it. AIF has no place for a role or an id, so an `argmap` block maps each I-node to its document, id and kind",
        escapes_controls: false,
        warning: None,
        write: |out, maps, cx| aif::write_with(out, maps, &aif_options(cx, false)),
    },
    Format {
        name: "xaif",
        help: "The same graph as xAIF (`{\"AIF\": ..., \"OVA\": ..., \"text\": ...}`), as OVA3 and ARG-tech's argument-mining tools read it",
        family: "AIF",
        read_by: "OVA3, ARG-tech's argument-mining modules",
        holds: "the same graph under `\"AIF\"` (with empty `participants` and `schemefulfillments`), the `OVA` layout block, and `\"text\": {\"txt\": ...}` holding the statements in reading order",
        escapes_controls: false,
        warning: None,
        write: |out, maps, cx| aif::write_with(out, maps, &aif_options(cx, true)),
    },
    Format {
        name: "argdown",
        help: "An Argdown document, for the Argdown tools",
        family: "Argdown",
        read_by: "the Argdown CLI, editor and sandbox",
        holds: "a `# path` section per document, each statement defined once as `[id]: text #kind`, and `+`/`-` relation trees under it; front matter colours the kind tags with argmap's palette",
        escapes_controls: false,
        warning: None,
        write: |out, maps, _| argdown::write(out, maps),
    },
    Format {
        name: "graphml",
        help: "GraphML, for yEd, Gephi and draw.io",
        family: "GraphML",
        read_by: "yEd, Gephi, draw.io, networkx",
        holds: "node attributes `kind`, `text`, `argmap_id`, `document`, `label`, `confidence`, `origin`, edge attribute `kind`; yEd's graphics add the palette, the shapes and argmap's layered layout, so the file opens in yEd already drawn. `label` is the very text of yEd's label (the kind, then the start of the text wrapped), since networkx's `read_graphml` reads yEd's label into `label`",
        escapes_controls: false,
        warning: None,
        write: |out, maps, _| graphml::write(out, maps),
    },
];

/// The format with this `--format` name.
pub fn get(name: &str) -> Option<&'static Format> {
    ALL.iter().find(|f| f.name == name)
}

/// The families of [`ALL`], each once and in order, as a list in prose:
/// "JSON, Graphviz DOT, ... or GraphML".
pub fn families() -> String {
    let mut names: Vec<&str> = Vec::new();
    for format in ALL {
        if !names.contains(&format.family) {
            names.push(format.family);
        }
    }
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// AIF's options at the time of writing.
fn aif_options(cx: &Context, xaif: bool) -> aif::Options {
    aif::Options {
        timestamp: aif::timestamp(cx.seconds),
        xaif,
    }
}

/// Mermaid refuses to draw a chart longer than [`mermaid::MAX_TEXT_SIZE`].
fn mermaid_size_warning(chart: &[u8]) -> Option<String> {
    // Mermaid counts a JavaScript string's length: UTF-16 units.
    let size = std::str::from_utf8(chart).map_or(chart.len(), |s| s.encode_utf16().count());
    (size > mermaid::MAX_TEXT_SIZE).then(|| {
        format!(
            "the Mermaid chart is {size} characters; Mermaid draws at most {} by default (maxTextSize): export fewer documents at a time, e.g. one per file",
            mermaid::MAX_TEXT_SIZE
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_lowercase_and_help_has_no_final_period() {
        for (i, format) in ALL.iter().enumerate() {
            assert!(
                format
                    .name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
                "{}",
                format.name
            );
            assert!(
                ALL[..i].iter().all(|f| f.name != format.name),
                "{}",
                format.name
            );
            assert!(!format.help.ends_with('.'), "{}", format.name);
            assert!(!format.read_by.is_empty() && !format.holds.is_empty());
            assert!(std::ptr::eq(get(format.name).unwrap(), format));
        }
    }

    #[test]
    fn families_are_listed_once_each() {
        let list = families();
        for format in ALL {
            assert_eq!(list.matches(format.family).count(), 1, "{list}");
        }
    }

    #[test]
    fn aif_at_second_zero_is_stamped_with_the_epoch() {
        assert_eq!(aif::timestamp(0), aif::EPOCH);
    }
}
