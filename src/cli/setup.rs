//! Commands that set argmap up rather than read essays: `init`, `schema`,
//! `completions` and `man`.

use super::args::{Cli, CompletionsArgs, InitArgs};
use super::output::with_stdout;
use anyhow::Context;
use clap::CommandFactory;
use std::process::ExitCode;

/// What `argmap init` writes: every setting, commented, at its default.
pub const INIT_TOML: &str = r#"# argmap.toml: settings of argmap (https://crates.io/crates/essay-argmap).
# Found from each essay's directory upward, or named with `--config FILE`.
# Editors validate this file with the schema `argmap schema` prints.

# What `argmap lint` (and the query commands) read when given no PATH,
# relative to this file. Empty: `argmap lint` walks the current directory.
paths = []

# Globs, relative to this file, of the files read when a directory is walked.
# Empty: every .md, .markdown and .txt file (.gitignore is honoured).
include = []

# Globs of files to skip when a directory is walked.
exclude = []

# Rule levels by code or name: "error" (fails the run), "warning" (fails it
# with --deny-warnings), "info" (reported, never fails) or "off".
# `argmap rules` lists the rules; `argmap explain CODE` documents one.
[rules]
# AM002 = "error"                 # every claim needs evidence
# unsourced-statistic = "warning" # figures need a link or a footnote
# orphan-evidence = "off"

[thresholds]
# Evidence items each claim needs, directly or through sub-claims.
min-evidence-per-claim = 1
"#;

/// `argmap init`
pub fn init(args: InitArgs) -> anyhow::Result<ExitCode> {
    if args.file.exists() && !args.force {
        anyhow::bail!(
            "{}: already exists; pass --force to replace it",
            args.file.display()
        );
    }
    super::atomic::write(&args.file, |w| w.write_all(INIT_TOML.as_bytes()))
        .with_context(|| format!("{}: cannot write", args.file.display()))?;
    eprintln!("argmap: wrote {}", args.file.display());
    Ok(ExitCode::SUCCESS)
}

/// `argmap schema`
pub fn schema() -> anyhow::Result<ExitCode> {
    with_stdout(|out| writeln!(out, "{}", argmap::config::schema_json()))?;
    Ok(ExitCode::SUCCESS)
}

/// `argmap completions SHELL`
pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    // Generated into memory: clap_complete panics when its writer fails,
    // and a closed pipe must end the run quietly.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "argmap", &mut script);
    with_stdout(|out| out.write_all(&script))?;
    Ok(ExitCode::SUCCESS)
}

/// `argmap man`
pub fn man() -> anyhow::Result<ExitCode> {
    let page = clap_mangen::Man::new(Cli::command());
    with_stdout(|out| page.render(out))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_init_file_parses_to_the_defaults() {
        let config = argmap::config::Config::parse(INIT_TOML, std::path::Path::new("argmap.toml"))
            .expect("argmap init writes a valid file");
        assert!(config.paths.is_empty() && config.include.is_empty());
        assert!(config.rules.is_empty());
        assert_eq!(config.thresholds.min_evidence_per_claim, 1);
    }
}
