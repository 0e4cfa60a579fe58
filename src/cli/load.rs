//! Inputs and configuration for a command: which essays, read and mapped.

use super::args::Inputs;
use super::input;
use super::parallel;
use anyhow::Context;
use argmap::config::Config;
use argmap::document::Document;
use argmap::graph::DocumentMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The configuration that governs a run: `--config`, else the nearest
/// argmap.toml above the current directory, else defaults.
pub fn config(explicit: Option<&Path>) -> anyhow::Result<Config> {
    if let Some(path) = explicit {
        return Ok(Config::load(path)?);
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    match Config::find(&cwd) {
        Some(path) => Ok(Config::load(&path)?),
        None => Ok(Config::default()),
    }
}

/// Threads for corpus work, set once from `--jobs`.
static JOBS: OnceLock<usize> = OnceLock::new();

/// Record `--jobs` (or the default: all cores).
pub fn set_jobs(jobs: Option<usize>) {
    let _ = JOBS.set(jobs.unwrap_or_else(parallel::default_jobs));
}

/// The number of threads for corpus work.
pub fn jobs() -> usize {
    JOBS.get().copied().unwrap_or(1)
}

/// Where an essay comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// Standard input, shown under a file's name (`--stdin-filename`).
    StdinAs(PathBuf),
    /// The essay built into the binary.
    Embedded,
}

impl Source {
    /// The name shown for it.
    pub fn name(&self) -> String {
        match self {
            Source::File(path) | Source::StdinAs(path) => path.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
            Source::Embedded => input::EMBEDDED_NAME.to_string(),
        }
    }

    /// Read and parse the essay.
    pub fn read(&self) -> Result<Document, input::InputError> {
        match self {
            Source::File(path) => input::read_file(path),
            Source::Stdin => input::read_stdin(),
            Source::StdinAs(name) => input::read_stdin_as(Some(&name.display().to_string())),
            Source::Embedded => Ok(input::embedded()),
        }
    }
}

/// The `paths` of `config`, shown relative to `cwd` (where the user stands)
/// where they lie under it.
pub fn configured_paths(config: &Config, cwd: &Path) -> Vec<PathBuf> {
    config
        .default_paths()
        .into_iter()
        .map(|p| p.strip_prefix(cwd).map(Path::to_path_buf).unwrap_or(p))
        .collect()
}

/// The essays named by `inputs`, or the configured or embedded default,
/// without reading them: directories are walked, files are not opened.
pub fn sources(inputs: &Inputs, config: &Config) -> anyhow::Result<Vec<Source>> {
    let mut paths: Vec<PathBuf> = inputs.paths.clone();
    if paths.is_empty() {
        let cwd = std::env::current_dir().unwrap_or_default();
        paths = configured_paths(config, &cwd);
        if paths.is_empty() {
            return Ok(vec![Source::Embedded]);
        }
    }
    let files = input::expand(&paths, &|p| config.keeps(p))?;
    Ok(files
        .into_iter()
        .map(|f| {
            if f.as_os_str() == "-" {
                Source::Stdin
            } else {
                Source::File(f)
            }
        })
        .collect())
}

/// The extraction options `inputs` ask for.
pub fn options(inputs: &Inputs) -> argmap::extract::Options {
    argmap::extract::Options {
        annotations: !inputs.no_annotations,
        ..argmap::extract::Options::default()
    }
}

/// Read and map every essay on [`jobs`] threads, handing each map to `sink`
/// in input order as soon as it and those before it are ready.
pub fn for_each_map(
    inputs: &Inputs,
    config_path: Option<&Path>,
    sink: impl FnMut(DocumentMap) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_mapped(inputs, config_path, Ok, sink)
}

/// Like [`for_each_map`], with `finish` run on the worker thread too (say,
/// to serialise the map), so that only its result reaches the serial `sink`.
pub fn for_each_mapped<R: Send>(
    inputs: &Inputs,
    config_path: Option<&Path>,
    finish: impl Fn(DocumentMap) -> anyhow::Result<R> + Sync,
    sink: impl FnMut(R) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_mapped_or_failed(
        inputs,
        config_path,
        |read| match read {
            Ok(map) => finish(map),
            Err((_, e)) => Err(e.into()),
        },
        sink,
    )
}

/// Like [`for_each_mapped`], with a file that cannot be read handed to
/// `finish` (with its source) instead of stopping the run, for
/// `--keep-going`.
pub fn for_each_mapped_or_failed<R: Send>(
    inputs: &Inputs,
    config_path: Option<&Path>,
    finish: impl Fn(Result<DocumentMap, (&Source, input::InputError)>) -> anyhow::Result<R> + Sync,
    mut sink: impl FnMut(R) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let config = config(config_path)?;
    let sources = sources(inputs, &config)?;
    let options = options(inputs);
    parallel::ordered(
        &sources,
        jobs(),
        |source| -> anyhow::Result<R> {
            match source.read() {
                Ok(doc) => finish(Ok(argmap::extract::build(&doc, options).map)),
                Err(e) => finish(Err((source, e))),
            }
        },
        &mut sink,
    )
}

/// Read and map the essays.
pub fn maps(inputs: &Inputs, config_path: Option<&Path>) -> anyhow::Result<Vec<DocumentMap>> {
    let mut maps = Vec::new();
    for_each_map(inputs, config_path, |map| {
        maps.push(map);
        Ok(())
    })?;
    Ok(maps)
}
