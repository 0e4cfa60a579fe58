//! Handlers of the map commands: claims, evidence, recommendations, show,
//! graph and stats.

use super::args::{EvidenceArgs, GraphArgs, ListArgs, ListFormat, ShowArgs, TreeArgs};
use super::load;
use super::output::{with_raw_stdout, with_stdout};
use argmap::graph::{DocumentMap, NodeIndex, NodeKind};
use argmap::render::{format, json, text};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Width of text excerpts in listings.
const EXCERPT: usize = 80;

/// `argmap claims`
pub fn claims(args: ListArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let maps = load::maps(&args.inputs, config)?;
    let items: Vec<(&DocumentMap, NodeIndex)> = maps
        .iter()
        .flat_map(|m| {
            m.indexes()
                .filter(|&i| m.node(i).kind.is_claim_like())
                .map(move |i| (m, i))
        })
        .collect();
    with_stdout(|out| match args.format {
        ListFormat::Text => text::write_list(out, &items, EXCERPT),
        ListFormat::Json => {
            let nodes: Vec<_> = items
                .iter()
                .map(|(m, i)| json::NodeEntry::new(m.node(*i), doc_index(&maps, m)))
                .collect();
            json::write_wrapped(out, "nodes", &nodes)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The position of a map in the list (maps are distinct values).
fn doc_index(maps: &[DocumentMap], map: &DocumentMap) -> usize {
    maps.iter().position(|m| std::ptr::eq(m, map)).unwrap_or(0)
}

/// Nodes matching `query` in all maps; an error naming the nearest ids if none.
fn resolve<'m>(
    maps: &'m [DocumentMap],
    query: &str,
    accept: &dyn Fn(NodeKind) -> bool,
) -> anyhow::Result<Vec<(usize, &'m DocumentMap, NodeIndex)>> {
    let found: Vec<_> = maps
        .iter()
        .enumerate()
        .flat_map(|(d, m)| {
            m.find(query, accept)
                .into_iter()
                .map(move |q| (d, m, q.index))
        })
        .collect();
    if found.is_empty() {
        let mut near: Vec<&str> = maps.iter().flat_map(|m| m.suggest(query, 3)).collect();
        near.truncate(3);
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!(" (nearest ids: {})", near.join(", "))
        };
        anyhow::bail!("no node matches {query:?}{hint}");
    }
    Ok(found)
}

/// `argmap evidence --claim`
pub fn evidence(args: EvidenceArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let maps = load::maps(&args.tree.inputs, config)?;
    // Claims first; a query that names no claim may still name another kind.
    let roots = resolve(&maps, &args.claim, &|k| k.is_claim_like())
        .or_else(|_| resolve(&maps, &args.claim, &|k| k != NodeKind::Evidence))?;
    if roots.len() > 1 {
        eprintln!(
            "argmap: {} nodes match {:?}; showing each (name one by its id to narrow)",
            roots.len(),
            args.claim
        );
    }
    trees(&roots, args.tree.depth, args.tree.format)
}

/// `argmap recommendations`
pub fn recommendations(args: TreeArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let maps = load::maps(&args.inputs, config)?;
    let roots: Vec<_> = maps
        .iter()
        .enumerate()
        .flat_map(|(d, m)| {
            m.indexes()
                .filter(|&i| m.node(i).kind == NodeKind::Recommendation)
                .map(move |i| (d, m, i))
        })
        .collect();
    trees(&roots, args.depth, args.format)
}

fn trees(
    roots: &[(usize, &DocumentMap, NodeIndex)],
    depth: usize,
    format: ListFormat,
) -> anyhow::Result<ExitCode> {
    with_stdout(|out| match format {
        ListFormat::Text => {
            for (k, (_, map, root)) in roots.iter().enumerate() {
                if k > 0 {
                    writeln!(out)?;
                }
                text::write_tree(out, map, *root, &map.support_tree(*root, depth))?;
            }
            Ok(())
        }
        ListFormat::Json => {
            let entries: Vec<_> = roots
                .iter()
                .map(|(d, map, root)| {
                    json::tree_entry(map, *d, *root, &map.support_tree(*root, depth))
                })
                .collect();
            json::write_wrapped(out, "trees", &entries)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `argmap show`
pub fn show(args: ShowArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let maps = load::maps(&args.inputs, config)?;
    let found = resolve(&maps, &args.id, &|_| true)?;
    if found.len() > 1 {
        eprintln!(
            "argmap: {} nodes match {:?}; showing each (name one by its id to narrow)",
            found.len(),
            args.id
        );
    }
    with_stdout(|out| match args.format {
        ListFormat::Text => {
            for (k, (_, map, index)) in found.iter().enumerate() {
                if k > 0 {
                    writeln!(out)?;
                }
                text::write_node(out, map, *index)?;
            }
            Ok(())
        }
        ListFormat::Json => {
            let nodes: Vec<_> = found
                .iter()
                .map(|(d, m, i)| json::node_detail(m, *d, *i))
                .collect();
            json::write_wrapped(out, "nodes", &nodes)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `argmap graph`
pub fn graph(args: GraphArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let format = args.format.0;
    // jsonl alone is streamed, by its own path below; every other format
    // is written whole, by its entry in the registry.
    let jsonl = format.name == "jsonl";
    if args.keep_going && !jsonl {
        anyhow::bail!("--keep-going works with --format jsonl only");
    }
    if jsonl {
        // Streamed: each document's line is written once it and those
        // before it are mapped, and then dropped.
        // An ordinary document's line is serialised on the worker, so the
        // writer only copies bytes; a huge one is streamed by the writer
        // instead, so its JSON is never held in memory whole.
        const BUFFERED_NODES: usize = 2_000;
        let mut out = super::output::raw_stdout();
        // Each worker's outcome: a line made there, a map too large to
        // buffer, or (with --keep-going) a file that could not be read.
        enum Line {
            Made(Vec<u8>),
            Large(argmap::graph::DocumentMap),
            Failed(Vec<u8>, String),
        }
        let keep_going = args.keep_going;
        let mut failed: Vec<String> = Vec::new();
        load::for_each_mapped_or_failed(
            &args.inputs,
            config,
            |read| {
                let map = match read {
                    Ok(map) => map,
                    Err((source, e)) if keep_going => {
                        // schema_version first, as in every other line.
                        let line = format!(
                            "{{\"schema_version\":{},\"error\":{{\"path\":{},\"message\":{}}}}}\n",
                            argmap::render::json::SCHEMA_VERSION,
                            serde_json::to_string(&source.name())?,
                            serde_json::to_string(&e.to_string())?
                        )
                        .into_bytes();
                        return Ok(Line::Failed(line, e.to_string()));
                    }
                    Err((_, e)) => return Err(e.into()),
                };
                if map.nodes().len() > BUFFERED_NODES {
                    return Ok(Line::Large(map));
                }
                // Sized from the map (a node's JSON is its text and some
                // 300 bytes), so that the line is not copied as it grows.
                let size = map
                    .nodes()
                    .iter()
                    .map(|n| n.text.len() + 320)
                    .sum::<usize>()
                    + map.edges().len() * 80
                    + 256;
                let mut line = Vec::with_capacity(size);
                json::push_line(&mut line, std::slice::from_ref(&map));
                Ok(Line::Made(line))
            },
            |line| {
                match line {
                    // Written past the buffer, which every line leaves empty:
                    // copying a line made on another core into it first
                    // reads that core's cache, a cost two threads paid.
                    Line::Made(bytes) => out.get_mut().write_all(&bytes)?,
                    Line::Failed(bytes, message) => {
                        failed.push(message);
                        out.get_mut().write_all(&bytes)?
                    }
                    Line::Large(map) => json::write_line(&mut out, std::slice::from_ref(&map))?,
                }
                out.flush()?;
                Ok(())
            },
        )?;
        if let Some(first) = failed.first() {
            let more = match failed.len() {
                1 => String::new(),
                n => format!(" (and {} more; see the error lines)", n - 1),
            };
            anyhow::bail!("{first}{more}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let maps = load::maps(&args.inputs, config)?;
    let cx = format::Context {
        seconds: time_of_writing(),
    };
    let write = |out: &mut dyn Write| (format.write)(out, &maps, &cx);
    if let Some(warning) = format.warning {
        // Written whole first, to warn before the output (a chart too
        // large for Mermaid to draw).
        let mut bytes = Vec::new();
        write(&mut bytes)?;
        if let Some(message) = warning(&bytes) {
            eprintln!("argmap: warning: {message}");
        }
        with_stdout(|out| out.write_all(&bytes))?;
    } else if format.escapes_controls {
        with_raw_stdout(write)?;
    } else {
        with_stdout(write)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The time of writing in seconds since the Unix epoch, or
/// `SOURCE_DATE_EPOCH` when it is set (reproducible builds' convention).
fn time_of_writing() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}

/// `argmap stats`
pub fn stats(args: ListArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let maps = load::maps(&args.inputs, config)?;
    with_stdout(|out| match args.format {
        ListFormat::Text => text::write_stats(out, &maps),
        ListFormat::Json => {
            let entries: Vec<_> = maps.iter().map(json::stats_entry).collect();
            json::write_wrapped(out, "documents", &entries)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}
