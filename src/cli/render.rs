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

/// The most essay text one page shows. The page holds the essay, a box per
/// sentence of the argument and the findings: some 20 times the input (2.2 MB
/// of one-line essay made a 48 MB page in 13 s), so that 50 MB of input once
/// made a page of 1 GB. No reader follows a map of that size.
pub const MAX_PAGE_INPUT: usize = 2_000_000;

/// Write the page to `-o` (atomically) or to stdout. Findings come from
/// the same configuration `argmap lint` would use for each essay; they are
/// shown, never a reason to fail.
pub fn render(args: RenderArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut configs = Configs::new(config)?;
    let options = load::options(&args.inputs);
    let mut essays = Vec::new();
    let mut total = 0;
    for (source, linter) in documents(&args.inputs, &mut configs, NoPath::Embedded, None)? {
        let doc = source.read()?;
        total += doc.text.len();
        if total > MAX_PAGE_INPUT {
            anyhow::bail!(
                "{}: too large to render: the page is for essays up to {} MB in all, and this makes {:.1} MB \
                 (its map would be unreadable and the page many times larger); \
                 use `argmap graph --format jsonl` or `argmap lint` for large inputs",
                doc.path,
                MAX_PAGE_INPUT / 1_000_000,
                total as f64 / 1e6
            );
        }
        let built = argmap::extract::build(&doc, options);
        let report = linter.lint_with_issues(&doc, &built.map, &built.issues);
        essays.push((doc, built.map, report));
    }
    let pages: Vec<Page> = essays
        .iter()
        .map(|(doc, map, report)| Page { doc, map, report })
        .collect();
    match &args.output {
        Some(path) => super::atomic::write(path, |file| {
            let mut out = BufWriter::new(file);
            html::write(&mut out, &pages)?;
            out.flush()
        })
        .with_context(|| format!("{}: cannot write", path.display()))?,
        None => with_stdout(|out| html::write(out, &pages))?,
    }
    Ok(ExitCode::SUCCESS)
}
