//! argmap: turn an essay into a typed argument map and lint it for completeness.
//!
//! Data flows one way: [`document`] (bytes -> blocks -> sentences) ->
//! [`extract`] (sentences -> roles -> relations) -> [`graph`] (the typed map)
//! -> [`lint`] and [`render`]. The `argmap` binary wires these together;
//! [`server`] serves the same analysis to editors over the Language Server Protocol.

pub mod atomic;
pub mod config;
pub mod document;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod input;
pub mod lint;
pub mod parallel;
pub mod pipeline;
pub mod render;
pub mod server;
pub mod text;
