//! Handlers of `lint`, `rules` and `explain`.

use super::args::{ExplainArgs, Inputs, LintArgs, LintFormat, ListFormat, RulesArgs};
use super::load::{self, Source};
use super::output::with_stdout;
use argmap::config::{Config, Level};
use argmap::document::Document;
use argmap::input;
use argmap::lint::{did_you_mean, rules, FileReport, Linter};
use argmap::parallel;
use argmap::render::{diagnostics, findings_json, sarif};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Exit status when findings fail the run.
const EXIT_FINDINGS: u8 = 1;

/// Configurations by the file they were read from (`None`: defaults), so
/// that each `argmap.toml` is read and checked once.
#[derive(Default)]
pub(super) struct Configs {
    explicit: Option<(Arc<Config>, Arc<Linter>)>,
    found: HashMap<Option<PathBuf>, (Arc<Config>, Arc<Linter>)>,
}

impl Configs {
    pub(super) fn new(explicit: Option<&Path>) -> anyhow::Result<Configs> {
        let mut configs = Configs::default();
        if let Some(path) = explicit {
            let config = Config::load(path)?;
            let linter = Linter::from_config(&config)?;
            configs.explicit = Some((Arc::new(config), Arc::new(linter)));
        }
        Ok(configs)
    }

    /// The configuration that governs files in `dir`: `--config`, else the
    /// nearest argmap.toml in `dir` or above, else defaults.
    fn for_dir(&mut self, dir: &Path) -> anyhow::Result<(Arc<Config>, Arc<Linter>)> {
        if let Some(explicit) = &self.explicit {
            return Ok(explicit.clone());
        }
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let source = Config::find(&dir);
        if let Some(found) = self.found.get(&source) {
            return Ok(found.clone());
        }
        let config = match &source {
            Some(path) => Config::load(path)?,
            None => Config::default(),
        };
        let linter = Linter::from_config(&config)?;
        let entry = (Arc::new(config), Arc::new(linter));
        self.found.insert(source, entry.clone());
        Ok(entry)
    }
}

/// The directory whose configuration governs `path`.
fn governing_dir(path: &Path) -> PathBuf {
    if path.is_dir() {
        return path.to_path_buf();
    }
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The essays to lint (not yet read), each with the linter its configuration sets up.
pub(super) fn documents(
    inputs: &Inputs,
    configs: &mut Configs,
) -> anyhow::Result<Vec<(Source, Arc<Linter>)>> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut paths = inputs.paths.clone();
    if paths.is_empty() {
        let (config, linter) = configs.for_dir(&cwd)?;
        paths = config
            .default_paths()
            .into_iter()
            .map(|p| p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(p))
            .collect();
        if paths.is_empty() {
            return Ok(vec![(Source::Embedded, linter)]);
        }
    }
    let mut docs = Vec::new();
    for path in &paths {
        if path.as_os_str() == "-" {
            let (_, linter) = configs.for_dir(&cwd)?;
            docs.push((Source::Stdin, linter));
            continue;
        }
        let (walk_config, _) = configs.for_dir(&governing_dir(path))?;
        let keep = |p: &Path| walk_config.keeps(&std::path::absolute(p).unwrap_or_default());
        for file in input::expand(std::slice::from_ref(path), &keep)? {
            let (_, linter) = configs.for_dir(&governing_dir(&file))?;
            docs.push((Source::File(file), linter));
        }
    }
    Ok(docs)
}

/// `argmap lint`
pub fn lint(args: LintArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut configs = Configs::new(config)?;
    let sources = documents(&args.inputs, &mut configs)?;
    let options = load::options(&args.inputs);
    let format = args.output_format;
    let styled = !matches!(
        anstream::AutoStream::choice(&io::stdout()),
        anstream::ColorChoice::Never
    );
    // Each file is read, mapped, linted and its findings written to a buffer
    // on a worker thread; the document is dropped there, so a corpus run
    // holds only reports and finding text, never all the essays.
    let per_file = !args.statistics
        && matches!(
            format,
            LintFormat::Full | LintFormat::Concise | LintFormat::Github
        );
    let mut reports: Vec<FileReport> = Vec::with_capacity(sources.len());
    let mut listing: Vec<u8> = Vec::new();
    parallel::ordered(
        &sources,
        load::jobs(),
        |(source, linter)| -> anyhow::Result<(FileReport, Vec<u8>)> {
            let doc = source.read()?;
            let built = argmap::extract::build(&doc, options);
            let report = linter.lint_with_issues(&doc, &built.map, &built.issues);
            let mut text = Vec::new();
            if per_file {
                write_file_findings(&mut text, format, &doc, &report, styled)?;
            }
            Ok((report, text))
        },
        |(report, text)| {
            listing.extend_from_slice(&text);
            reports.push(report);
            Ok(())
        },
    )?;
    with_stdout(|out| {
        if args.statistics {
            let rows = diagnostics::statistics(&reports);
            if format == LintFormat::Json {
                findings_json::write_statistics(out, &rows)?;
            } else {
                diagnostics::write_statistics(out, &reports)?;
            }
        } else {
            match format {
                LintFormat::Json => findings_json::write(out, &reports)?,
                LintFormat::Sarif => write_sarif(out, &reports)?,
                _ => out.write_all(&listing)?,
            }
        }
        if matches!(format, LintFormat::Full | LintFormat::Concise) {
            let listed = !args.statistics && reports.iter().any(|r| !r.findings.is_empty());
            if listed && format == LintFormat::Concise {
                writeln!(out)?;
            }
            diagnostics::write_summary(out, &reports)?;
        }
        Ok(())
    })?;
    if !matches!(format, LintFormat::Full | LintFormat::Concise) {
        let mut err = anstream::stderr();
        diagnostics::write_summary(&mut err, &reports)?;
    }
    let count = |level| reports.iter().map(|r| r.count(level)).sum::<usize>();
    let failed = count(Level::Error) > 0 || (args.deny_warnings && count(Level::Warning) > 0);
    Ok(if failed {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// SARIF with repository-relative paths.
fn write_sarif(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let relative: Vec<FileReport> = reports
        .iter()
        .map(|r| FileReport {
            path: repo_relative(&r.path),
            ..r.clone()
        })
        .collect();
    sarif::write(out, &relative)
}

/// One file's findings in a per-finding format (full, concise, github).
fn write_file_findings(
    out: &mut dyn Write,
    format: LintFormat,
    doc: &Document,
    report: &FileReport,
    styled: bool,
) -> io::Result<()> {
    for finding in &report.findings {
        match format {
            LintFormat::Full => diagnostics::write_full(out, doc, finding, styled)?,
            LintFormat::Concise => diagnostics::write_concise(out, &report.path, finding)?,
            _ => diagnostics::write_github(out, &report.path, finding)?,
        }
    }
    Ok(())
}

/// A path relative to the current directory when it lies below it, so that
/// SARIF locations are repository-relative when run from the repository root.
fn repo_relative(path: &str) -> String {
    let p = Path::new(path);
    if p.is_absolute() {
        if let Ok(cwd) = std::env::current_dir() {
            if let Ok(rest) = p.strip_prefix(&cwd) {
                return rest.display().to_string();
            }
        }
    }
    path.to_string()
}

/// `argmap rules`
pub fn rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    with_stdout(|out| match args.format {
        ListFormat::Text => {
            let name_width = rules::ALL
                .iter()
                .map(|r| r.meta().name.len())
                .max()
                .unwrap_or(4);
            writeln!(
                out,
                "{:<5}  {:<name_width$}  {:<7}  summary",
                "code", "name", "default"
            )?;
            for rule in rules::ALL {
                let m = rule.meta();
                writeln!(
                    out,
                    "{:<5}  {:<name_width$}  {:<7}  {}",
                    m.code,
                    m.name,
                    m.default_level.name(),
                    m.summary
                )?;
            }
            Ok(())
        }
        ListFormat::Json => {
            let entries: Vec<_> = rules::ALL
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "code": m.code,
                        "name": m.name,
                        "default_level": m.default_level,
                        "summary": m.summary,
                    })
                })
                .collect();
            argmap::render::json::write_wrapped(out, "rules", &entries)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `argmap explain`
pub fn explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let Some(rule) = rules::lookup(&args.rule) else {
        anyhow::bail!("unknown rule `{}`{}", args.rule, did_you_mean(&args.rule));
    };
    let m = rule.meta();
    with_stdout(|out| {
        writeln!(
            out,
            "# {} ({})\n\nDefault level: {}\n\n{}",
            m.name,
            m.code,
            m.default_level.name(),
            m.doc()
        )
    })?;
    Ok(ExitCode::SUCCESS)
}
