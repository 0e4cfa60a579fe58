//! clap definitions: every flag and its help text.

use argmap::render::{Format, FORMATS};
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Turn an essay into a typed argument map (thesis, claims, evidence,
/// recommendations, objections) and query it.
///
/// With no PATH, the query commands read the `paths` of the nearest
/// argmap.toml, or else the essay bundled with argmap; `argmap lint` walks the
/// current directory instead. PATH may be a Markdown or text file, a
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

    /// Threads for reading, mapping and linting many files (default: all cores).
    #[arg(long, short = 'j', global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,

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
    /// Export the whole map in one of the formats of the registry.
    #[command(about = format!("Export the whole map as {}", Format::families()))]
    Graph(GraphArgs),
    /// Count nodes per kind and edges per type, per document.
    Stats(ListArgs),
    /// Write the map back into an essay as `<!-- argmap: ... -->` annotations.
    Annotate(AnnotateArgs),
    /// Write one self-contained HTML page: the essay with each sentence
    /// marked by its role, the map drawn as SVG, and the lint findings
    /// beside the sentences they concern.
    ///
    /// Up to 2 MB of essay text per page; more is refused with a message
    /// (use `argmap graph --format jsonl` for large inputs).
    Render(RenderArgs),
    /// Compare argmap's maps of annotated texts with their gold maps:
    /// precision, recall and F1 per role and for relations.
    ///
    /// Units and nodes are matched one to one (a maximum matching); a unit
    /// and a node match when they share at least half of each. Each GOLD (or
    /// each --split) is a set, scored on its own; with several, their scores
    /// are shown side by side with their mean.
    ///
    /// Exit status: 0 when every gold file was scored, 1 when some could not
    /// be read (each is named on stderr with its line; the rest are scored),
    /// 2 on a usage error (a GOLD that does not exist or holds no gold, a bad
    /// split file, an unknown flag).
    Eval(EvalArgs),
    /// Lint essays for argument completeness: a thesis, evidence under each
    /// claim, a reason for each recommendation, an answer to each objection.
    ///
    /// With no PATH, lint reads the `paths` of the nearest argmap.toml, or
    /// else walks the current directory for .md, .markdown and .txt files
    /// (honouring .gitignore); it never lints the bundled essay.
    ///
    /// Exit status: 0 when nothing is reported at level error, 1 when
    /// something is (or, with --deny-warnings, a warning is), 2 on a usage or
    /// input error (an unreadable file or directory, a bad argmap.toml).
    /// Rule levels come from the nearest argmap.toml above each essay, or
    /// from --config, then --select, --extend-select and --ignore.
    Lint(LintArgs),
    /// List the lint rules: code, name, default level and summary.
    Rules(RulesArgs),
    /// Print a lint rule's documentation: what it does, why, an example and
    /// how to fix it.
    Explain(ExplainArgs),
    /// Write a commented argmap.toml in the current directory (or FILE).
    Init(InitArgs),
    /// Print the JSON Schema of argmap.toml, for editors that validate it
    /// (also checked in as docs/argmap.schema.json).
    Schema,
    /// Print a shell completion script: bash, zsh, fish, powershell or elvish.
    ///
    /// bash: `argmap completions bash > ~/.local/share/bash-completion/completions/argmap`;
    /// zsh: `argmap completions zsh > ~/.zfunc/_argmap` (with ~/.zfunc in fpath);
    /// fish: `argmap completions fish > ~/.config/fish/completions/argmap.fish`.
    Completions(CompletionsArgs),
    /// Print the man page (roff): `argmap man > argmap.1; man ./argmap.1`.
    Man,
    /// Run the language server: the Language Server Protocol over standard
    /// input and output, for editors (diagnostics, hover, outline, role
    /// colouring, quick fixes, completion and rename of ids). Each essay is
    /// linted with the nearest argmap.toml above it, or with --config.
    Server(ServerArgs),
}

/// Arguments of `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it.
    #[arg(value_name = "FILE", default_value = "argmap.toml")]
    pub file: PathBuf,
    /// Replace a file that exists.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `server`.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// Accepted for editors that pass it (VS Code's clients do); stdio is
    /// the only transport.
    #[arg(long)]
    pub stdio: bool,
}

/// Arguments of `lint`.
#[derive(Debug, Args)]
pub struct LintArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// How to write findings.
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "full")]
    pub output_format: LintFormat,
    /// Print how many findings each rule reported instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Exit with status 1 when there are warnings, not only errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Exit with status 0 even when findings are reported (input errors
    /// still exit with 2).
    #[arg(long, conflicts_with = "deny_warnings")]
    pub exit_zero: bool,
    /// Print the findings and nothing else: no completeness lines, no totals.
    #[arg(short, long)]
    pub quiet: bool,
    /// Run only these rules (codes or names, comma-separated, or ALL),
    /// instead of those argmap.toml turns on. A rule that is off runs at its
    /// default level (warning for rules off by default).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Option<Vec<String>>,
    /// Run these rules as well as the selected or configured ones.
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub extend_select: Vec<String>,
    /// Do not run these rules (applied after --select and --extend-select).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Read the essay from standard input and report it under this name
    /// (for editors and tools that pipe a buffer): its ending chooses
    /// Markdown or text, and the argmap.toml above it applies. Reads
    /// standard input with no PATH or with `-`.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
}

/// Formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// rustc-style: the essay line and a caret under the sentence.
    Full,
    /// One line per finding: `path:line:col: level[CODE] message`.
    Concise,
    /// JSON for scripts (schema_version 2).
    Json,
    /// SARIF 2.1.0 for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
}

/// Arguments of `rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
}

/// Arguments of `explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule's code (AM002) or name (unsupported-claim).
    #[arg(value_name = "CODE|NAME")]
    pub rule: String,
}

/// Essays to read.
#[derive(Debug, Args)]
pub struct Inputs {
    /// Markdown or text files, directories, or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Ignore `<!-- argmap: ... -->` annotations: show what the heuristics alone say.
    #[arg(long)]
    pub no_annotations: bool,
}

/// Arguments of `annotate`.
#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// The essay to annotate (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace the file (atomically) instead of printing to stdout. A
    /// symlink is written through to its target; mode, owner and group are
    /// kept, and a file with several hard links is rewritten in place so
    /// that the links stay.
    #[arg(long)]
    pub write: bool,
    /// Ignore the essay's existing annotations: write what the heuristics alone say.
    #[arg(long)]
    pub no_annotations: bool,
}

/// Arguments of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Write the page to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT.html")]
    pub output: Option<PathBuf>,
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
    /// How many levels of sub-claims to follow (0: the root alone, with a
    /// count of the nodes that bear on it).
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
    /// With --format jsonl: on a file that cannot be read, write a line
    /// `{"schema_version": 2, "error": {"path": ..., "message": ...}}` in its
    /// place, go on with the rest, and exit with status 2 at the end.
    #[arg(long)]
    pub keep_going: bool,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold files or directories (walked for them): brat `.ann` and arggraph
    /// `.xml` files beside their `.txt`, or argmap JSON maps naming their texts.
    #[arg(value_name = "GOLD", required_unless_present = "print_weights")]
    pub gold: Vec<PathBuf>,
    /// Score the texts listed in FILE (one id a line: a text's file name
    /// without its ending, e.g. micro_b001; `#` starts a comment) as one
    /// set. Repeat for several sets; texts of GOLD in no split are not scored.
    #[arg(long, value_name = "FILE")]
    pub split: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: EvalFormat,
    /// Also report each text: in text, a line per text; in JSON, how every
    /// gold unit and relation fared.
    #[arg(long)]
    pub per_text: bool,
    /// Extract with other weights: a JSON object of `key: number` replacing
    /// entries of the shipped table (`--print-weights` lists them). For
    /// fitting the weights (scripts/fit_weights.py); the other commands
    /// always use the shipped table.
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
    /// Class brat units and nodes by their kind alone, not by their level
    /// (a claim under another claim stays a claim): the counting before
    /// levels, for comparing with numbers taken that way. Other formats'
    /// classes are kinds already.
    #[arg(long)]
    pub by_kind: bool,
    /// Print the shipped table of weights as JSON (`key: number`) and exit.
    #[arg(long, conflicts_with_all = ["gold", "split", "weights", "by_kind"])]
    pub print_weights: bool,
}

/// Formats of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned text for people.
    Text,
    /// JSON for scripts (schema_version 2).
    Json,
}

/// Formats of `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// Aligned text for people.
    Text,
    /// JSON for scripts (schema_version 2: a report per set, and their means).
    Json,
}

/// Formats of `graph`: those of the registry, [`argmap::render::FORMATS`],
/// with their help.
#[derive(Debug, Clone, Copy)]
pub struct GraphFormat(pub &'static Format);

impl ValueEnum for GraphFormat {
    fn value_variants<'a>() -> &'a [Self] {
        static VARIANTS: OnceLock<Vec<GraphFormat>> = OnceLock::new();
        VARIANTS.get_or_init(|| FORMATS.iter().map(GraphFormat).collect())
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.name).help(self.0.help))
    }
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
