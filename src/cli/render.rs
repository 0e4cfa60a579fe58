//! `argmap render`: the essay, its map and its findings as one HTML page.

use super::args::RenderArgs;
use super::lint::{documents, Configs, NoPath};
use super::load;
use super::output::with_stdout;
use anyhow::Context;
use argmap::render::html::{self, Page};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// Write the page to `-o` (atomically) or to stdout. Findings come from
/// the same configuration `argmap lint` would use for each essay; they are
/// shown, never a reason to fail.
pub fn render(args: RenderArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut configs = Configs::new(config)?;
    let options = load::options(&args.inputs);
    let mut essays = Vec::new();
    for (source, linter) in documents(&args.inputs, &mut configs, NoPath::Embedded, None)? {
        let doc = source.read()?;
        let built = argmap::extract::build(&doc, options);
        let report = linter.lint_with_issues(&doc, &built.map, &built.issues);
        essays.push((doc, built.map, report));
    }
    let pages: Vec<Page> = essays
        .iter()
        .map(|(doc, map, report)| Page { doc, map, report })
        .collect();
    match &args.output {
        Some(path) => argmap::atomic::write(path, |file| {
            let mut out = BufWriter::new(file);
            html::write(&mut out, &pages)?;
            out.flush()
        })
        .with_context(|| format!("{}: cannot write", path.display()))?,
        None => with_stdout(|out| html::write(out, &pages))?,
    }
    Ok(ExitCode::SUCCESS)
}
