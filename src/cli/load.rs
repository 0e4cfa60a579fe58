//! Inputs and configuration for a command: which essays, read and mapped.

use super::args::Inputs;
use anyhow::Context;
use argmap::config::Config;
use argmap::document::Document;
use argmap::graph::DocumentMap;
use argmap::input;
use std::path::{Path, PathBuf};

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

/// Read the essays named by `inputs`, or the configured or embedded default.
pub fn documents(inputs: &Inputs, config: &Config) -> anyhow::Result<Vec<Document>> {
    let mut paths: Vec<PathBuf> = inputs.paths.clone();
    if paths.is_empty() {
        let cwd = std::env::current_dir().unwrap_or_default();
        // Show configured paths relative to where the user stands.
        paths = config
            .default_paths()
            .into_iter()
            .map(|p| p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(p))
            .collect();
        if paths.is_empty() {
            return Ok(vec![input::embedded()]);
        }
    }
    let files = input::expand(&paths, &|p| config.keeps(p))?;
    let mut docs = Vec::with_capacity(files.len());
    for file in &files {
        docs.push(input::read(file)?);
    }
    Ok(docs)
}

/// Read and map the essays.
pub fn maps(inputs: &Inputs, config_path: Option<&Path>) -> anyhow::Result<Vec<DocumentMap>> {
    let config = config(config_path)?;
    let docs = documents(inputs, &config)?;
    let options = argmap::extract::Options {
        annotations: !inputs.no_annotations,
    };
    Ok(docs
        .iter()
        .map(|d| argmap::extract::build(d, options).map)
        .collect())
}
