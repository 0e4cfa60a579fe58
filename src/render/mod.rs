//! Stage 5: the map as text, JSON, DOT, Mermaid, AIF, Argdown, GraphML and a
//! self-contained HTML page, and lint findings as diagnostics, JSON and
//! SARIF. One module per format; the map's export formats are listed once,
//! in [`FORMATS`].
//!
//! Renderers write to any [`std::io::Write`] and never fail on essay text:
//! every label is escaped for its format.

pub mod aif;
pub mod annotate;
pub mod argdown;
pub mod diagnostics;
pub mod dot;
pub mod drawing;
pub mod findings_json;
pub mod format;
pub mod graphml;
pub mod html;
pub mod json;
pub mod mermaid;
pub mod sarif;
pub mod style;
pub mod svg;
pub mod text;
pub mod xml;

use crate::graph::DocumentMap;
pub use format::Format;

/// Every export format of the map, in the order `argmap graph --help` lists
/// them: the one list that `--format` (its values and their help), the
/// README's table of exports and the pipeline's exports read. A name is
/// never reused for another format.
pub static FORMATS: &[Format] = &[
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
        warning: Some(mermaid::size_warning),
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
        write: |out, maps, cx| {
            let timestamp = aif::timestamp(cx.seconds);
            aif::write_with(out, maps, &aif::Options { timestamp, xaif: false })
        },
    },
    Format {
        name: "xaif",
        help: "The same graph as xAIF (`{\"AIF\": ..., \"OVA\": ..., \"text\": ...}`), as OVA3 and ARG-tech's argument-mining tools read it",
        family: "AIF",
        read_by: "OVA3, ARG-tech's argument-mining modules",
        holds: "the same graph under `\"AIF\"` (with empty `participants` and `schemefulfillments`), the `OVA` layout block, and `\"text\": {\"txt\": ...}` holding the statements in reading order",
        escapes_controls: false,
        warning: None,
        write: |out, maps, cx| {
            let timestamp = aif::timestamp(cx.seconds);
            aif::write_with(out, maps, &aif::Options { timestamp, xaif: true })
        },
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

/// A set of document maps, as the commands see it.
pub type Maps = [DocumentMap];

/// The first line of a node's text, shortened to `width` characters with an ellipsis.
pub fn first_line(text: &str, width: usize) -> String {
    let line = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    if line.chars().count() <= width {
        line
    } else {
        let mut short: String = line.chars().take(width.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_folds_and_shortens() {
        assert_eq!(first_line("a\n  b", 10), "a b");
        assert_eq!(first_line("abcdefghijk", 5), "abcd…");
    }
}
