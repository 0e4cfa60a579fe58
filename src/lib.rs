//! argmap: turn an essay into a typed argument map and lint it for completeness.
//!
//! Data flows one way: [`input`] (bytes or a file -> text) -> [`document`]
//! (text -> blocks -> sentences) -> [`extract`] (sentences -> roles ->
//! relations) -> [`graph`] (the typed map) -> [`lint`] (findings) and
//! [`render`] (bytes in every format). [`config`] holds the settings of
//! `argmap.toml`, [`eval`] scores maps against gold annotations, and
//! [`server`] serves the same analysis to editors over the Language Server
//! Protocol.
//!
//! The library reads what it is handed (bytes, a path, a directory, a
//! connection) and writes to the writer it is handed. Choosing what a run
//! reads (command-line paths, standard input, the bundled essay), replacing
//! files and spreading a corpus over threads belong to the `argmap` binary.
//!
//! ```
//! use argmap::document::SourceFormat;
//! use argmap::{extract, input, lint::Linter, render::json};
//!
//! let bytes = b"Cities should plant trees. Trees cool streets.".to_vec();
//! let doc = input::from_bytes("essay.md", bytes, SourceFormat::Markdown)?;
//! let built = extract::build(&doc, extract::Options::default());
//! let report = Linter::default().lint_with_issues(&doc, &built.map, &built.issues);
//! let mut out = Vec::new();
//! json::write_map(&mut out, std::slice::from_ref(&built.map))?;
//! assert!(built.map.thesis().is_some() && report.findings.len() < 10);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod config;
pub mod document;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod input;
pub mod lint;
pub mod render;
pub mod server;
pub mod text;
