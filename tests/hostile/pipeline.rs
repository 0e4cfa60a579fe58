//! The whole pipeline on arbitrary bytes in one call: decode, parse, extract
//! and link (with and without author annotations), lint with every rule on,
//! and write every export. The fuzz, property and adversarial tests drive
//! it. It is test support, not library API: a library user calls the stages
//! themselves (ARCHITECTURE.md, "The library and the binary").
//!
//! `run("essay.md", bytes)` gives a [`Run`] whose `outputs` hold one entry
//! per name of [`exports`] (`every_export_is_written` below).

use argmap::config::Level;
use argmap::document::{Document, SourceFormat};
use argmap::extract::{self, Built, Options};
use argmap::graph::{DocumentMap, NodeIndex};
use argmap::input::{self, InputError};
use argmap::lint::{rules, FileReport, Linter};
use argmap::render::{
    annotate, diagnostics, findings_json, format, html, json, sarif, text, FORMATS,
};
use std::io::{self, Write};

/// The outputs [`run`] writes after the map formats of
/// [`FORMATS`], by name, in the order of [`Run::outputs`].
///
/// A format added to the registry is exported by [`run`] with no change
/// here. When a renderer of something else (a page, findings, a listing)
/// is added to [`argmap::render`], add it here and in [`run_document`]; the
/// tests check that each name is present and that the machine-readable ones
/// parse in their own format.
pub const OTHER_EXPORTS: &[&str] = &[
    // The page (`argmap render`).
    "html",
    // The map written back into the essay (`argmap annotate`).
    "annotate",
    // Lint findings (`argmap lint --output-format ...`).
    "lint-full",
    "lint-full-styled",
    "lint-concise",
    "lint-github",
    "lint-json",
    "lint-sarif",
    "lint-statistics",
    "lint-statistics-json",
    "lint-summary",
    // Listings (`claims`, `evidence`, `recommendations`, `show`, `stats`).
    "claims-text",
    "claims-json",
    "trees-text",
    "trees-json",
    "show-text",
    "show-json",
    "stats-text",
    "stats-json",
    // What the heuristics alone say (`--no-annotations`).
    "heuristic-json",
    "heuristic-annotate",
];

/// Every output [`run`] writes, by name, in the order of [`Run::outputs`]:
/// each format of [`FORMATS`] (`argmap graph --format ...`), then
/// [`OTHER_EXPORTS`].
pub fn exports() -> Vec<&'static str> {
    let formats = FORMATS.iter().map(|f| f.name);
    formats.chain(OTHER_EXPORTS.iter().copied()).collect()
}

/// Nodes whose tree and detail are written (each costs a walk of the map).
const DETAILED_NODES: usize = 32;

/// What one run produced.
#[derive(Debug)]
pub struct Run {
    /// The parsed essay.
    pub doc: Document,
    /// Its map with the author's annotations read, and the annotation problems.
    pub built: Built,
    /// Its map from the heuristics alone.
    pub heuristic: Built,
    /// The lint report of `built`, every rule on.
    pub report: FileReport,
    /// Each export of [`exports`]: (name, bytes).
    pub outputs: Vec<(&'static str, Vec<u8>)>,
}

impl Run {
    /// The bytes of one export.
    pub fn output(&self, name: &str) -> Option<&[u8]> {
        self.outputs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| b.as_slice())
    }
}

/// Why a run failed.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The bytes are not an essay argmap reads (see [`input::decode`]).
    #[error(transparent)]
    Input(#[from] InputError),
    /// A renderer failed while writing to memory: a bug.
    #[error("{format}: writing failed: {error}")]
    Render {
        /// The export.
        format: &'static str,
        /// What it said.
        error: io::Error,
    },
}

/// Run the pipeline on `bytes` read from `path` (its ending picks Markdown
/// or text, as for a file).
pub fn run(path: &str, bytes: &[u8]) -> Result<Run, PipelineError> {
    let text = input::decode(path, bytes.to_vec())?;
    let doc = Document::parse(path, text, SourceFormat::from_path(path));
    run_document(doc)
}

/// Every rule on: the rules that are off by default run as warnings.
pub fn all_rules() -> Linter {
    let mut linter = Linter::default();
    for rule in rules::ALL {
        let meta = rule.meta();
        if linter.level(meta.code) == Level::Off {
            linter.set_level(meta.code, Level::Warning);
        }
    }
    linter
}

/// Run everything after parsing on a parsed document.
pub fn run_document(doc: Document) -> Result<Run, PipelineError> {
    let built = extract::build(&doc, Options::default());
    let heuristic = extract::build(
        &doc,
        Options {
            annotations: false,
            ..Options::default()
        },
    );
    let report = all_rules().lint_with_issues(&doc, &built.map, &built.issues);
    let mut outputs = Vec::with_capacity(FORMATS.len() + OTHER_EXPORTS.len());
    {
        let maps = std::slice::from_ref(&built.map);
        let reports = std::slice::from_ref(&report);
        let mut put = |format: &'static str,
                       write: &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>|
         -> Result<(), PipelineError> {
            let mut bytes = Vec::new();
            write(&mut bytes).map_err(|error| PipelineError::Render { format, error })?;
            outputs.push((format, bytes));
            Ok(())
        };
        // At second 0, so that the output does not depend on the clock.
        let cx = format::Context::default();
        for format in FORMATS {
            put(format.name, &mut |o| (format.write)(o, maps, &cx))?;
        }
        put("html", &mut |o| {
            let page = html::Page {
                doc: &doc,
                map: &built.map,
                report: &report,
            };
            html::write(o, &[page])
        })?;
        put("annotate", &mut |o| {
            o.write_all(annotate::annotate(&doc, &built.map).as_bytes())
        })?;
        for (format, styled) in [("lint-full", false), ("lint-full-styled", true)] {
            put(format, &mut |o| {
                for f in &report.findings {
                    diagnostics::write_full(o, &doc, f, styled)?;
                }
                diagnostics::write_summary(o, reports)
            })?;
        }
        put("lint-concise", &mut |o| {
            for f in &report.findings {
                diagnostics::write_concise(o, &report.path, f)?;
            }
            Ok(())
        })?;
        put("lint-github", &mut |o| {
            for f in &report.findings {
                diagnostics::write_github(o, &report.path, f)?;
            }
            Ok(())
        })?;
        put("lint-json", &mut |o| findings_json::write(o, reports))?;
        put("lint-sarif", &mut |o| sarif::write(o, reports, None))?;
        put("lint-statistics", &mut |o| {
            diagnostics::write_statistics(o, reports)
        })?;
        put("lint-statistics-json", &mut |o| {
            findings_json::write_statistics(o, &diagnostics::statistics(reports))
        })?;
        put("lint-summary", &mut |o| {
            diagnostics::write_summary(o, reports)
        })?;
        write_listings(&built.map, &mut put)?;
        put("heuristic-json", &mut |o| {
            json::write_map(o, std::slice::from_ref(&heuristic.map))
        })?;
        put("heuristic-annotate", &mut |o| {
            o.write_all(annotate::annotate(&doc, &heuristic.map).as_bytes())
        })?;
    }
    debug_assert_eq!(
        outputs.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        exports()
    );
    Ok(Run {
        doc,
        built,
        heuristic,
        report,
        outputs,
    })
}

type Put<'p> = dyn FnMut(&'static str, &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>) -> Result<(), PipelineError>
    + 'p;

/// The listings of the query commands, for the claims and the first nodes.
fn write_listings(map: &DocumentMap, put: &mut Put<'_>) -> Result<(), PipelineError> {
    let claims: Vec<(&DocumentMap, NodeIndex)> = map
        .indexes()
        .filter(|&i| map.node(i).kind.is_claim_like())
        .map(|i| (map, i))
        .collect();
    put("claims-text", &mut |o| text::write_list(o, &claims, 80))?;
    put("claims-json", &mut |o| {
        let nodes: Vec<_> = claims
            .iter()
            .map(|(m, i)| json::NodeEntry::new(m.node(*i), 0))
            .collect();
        json::write_wrapped(o, "nodes", &nodes)
    })?;
    let detailed: Vec<NodeIndex> = map.indexes().take(DETAILED_NODES).collect();
    let trees: Vec<_> = detailed
        .iter()
        .map(|&i| (i, map.support_tree(i, 3)))
        .collect();
    put("trees-text", &mut |o| {
        for (root, tree) in &trees {
            text::write_tree(o, map, *root, tree)?;
        }
        Ok(())
    })?;
    put("trees-json", &mut |o| {
        let entries: Vec<_> = trees
            .iter()
            .map(|(root, tree)| json::tree_entry(map, 0, *root, tree))
            .collect();
        json::write_wrapped(o, "trees", &entries)
    })?;
    put("show-text", &mut |o| {
        for &i in &detailed {
            text::write_node(o, map, i)?;
        }
        Ok(())
    })?;
    put("show-json", &mut |o| {
        let nodes: Vec<_> = detailed
            .iter()
            .map(|&i| json::node_detail(map, 0, i))
            .collect();
        json::write_wrapped(o, "nodes", &nodes)
    })?;
    put("stats-text", &mut |o| {
        text::write_stats(o, std::slice::from_ref(map))
    })?;
    put("stats-json", &mut |o| {
        json::write_wrapped(o, "documents", &[json::stats_entry(map)])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_export_is_written() {
        let run = run(
            "e.md",
            "# Parks\n\nCities should plant parks.\n\nParks help. A 2019 study found 3 parks.\n"
                .as_bytes(),
        )
        .unwrap();
        let names: Vec<&str> = run.outputs.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, exports());
        for (name, bytes) in &run.outputs {
            if !name.starts_with("lint-") {
                assert!(!bytes.is_empty(), "{name} is empty");
            }
        }
    }

    #[test]
    fn bad_bytes_are_an_input_error() {
        assert!(matches!(
            run("e.md", b"a\xffb"),
            Err(PipelineError::Input(InputError::InvalidUtf8 {
                offset: 1,
                ..
            }))
        ));
    }
}
