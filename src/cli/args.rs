//! clap definitions: every flag and its help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn an essay into a typed argument map (thesis, claims, evidence,
/// recommendations, objections) and query it.
///
/// With no PATH, argmap reads the `paths` of the nearest argmap.toml, or else
/// the essay bundled with it. PATH may be a Markdown or text file, a
/// directory (walked, honouring .gitignore), or `-` for standard input.
#[derive(Debug, Parser)]
#[command(name = "argmap", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    /// When to use colour: auto (only on a terminal, honouring NO_COLOR), always, never.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

    /// Read settings from this file instead of the nearest argmap.toml.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the thesis and claims: kind, id, file:line and text.
    Claims(ListArgs),
    /// Show the evidence under a claim, as a tree through sub-claims.
    Evidence(EvidenceArgs),
    /// List each recommendation with the claims and evidence that justify it.
    Recommendations(TreeArgs),
    /// Show one node in full: text, kind, cues, confidence and its edges.
    Show(ShowArgs),
    /// Export the whole map as JSON, Graphviz DOT or Mermaid.
    Graph(GraphArgs),
    /// Count nodes per kind and edges per type, per document.
    Stats(ListArgs),
}

/// Essays to read.
#[derive(Debug, Args)]
pub struct Inputs {
    /// Markdown or text files, directories, or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Arguments of listing commands.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

/// Arguments of `evidence`.
#[derive(Debug, Args)]
pub struct EvidenceArgs {
    /// The claim: its id, or words of its text (case-insensitive, stemmed).
    #[arg(long, value_name = "ID|QUERY")]
    pub claim: String,
    #[command(flatten)]
    pub tree: TreeArgs,
}

/// Arguments of commands that print support trees.
#[derive(Debug, Args)]
pub struct TreeArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// How many levels of sub-claims to follow.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub depth: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

/// Arguments of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The node: its id, or words of its text.
    #[arg(value_name = "ID|QUERY")]
    pub id: String,
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

/// Arguments of `graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: GraphFormat,
}

/// Formats of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned text for people.
    Text,
    /// JSON for scripts (schema_version 1).
    Json,
}

/// Formats of `graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// The JSON contract (schema_version 1).
    Json,
    /// Graphviz DOT.
    Dot,
    /// Mermaid flowchart (renders on GitHub).
    Mermaid,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour only on a terminal, and not when NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Make this the choice of every output stream.
    pub fn write_global(self) {
        let choice = match self {
            ColorChoice::Auto => anstream::ColorChoice::Auto,
            ColorChoice::Always => anstream::ColorChoice::Always,
            ColorChoice::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
