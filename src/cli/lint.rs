//! Handlers of `lint`, `rules` and `explain`.

use super::args::{ExplainArgs, Inputs, LintArgs, LintFormat, ListFormat, RulesArgs};
use super::output::with_stdout;
use argmap::config::{Config, Level};
use argmap::document::Document;
use argmap::input;
use argmap::lint::{did_you_mean, rules, FileReport, Linter};
use argmap::render::{diagnostics, findings_json, sarif};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

/// Exit status when findings fail the run.
const EXIT_FINDINGS: u8 = 1;

/// Configurations by the file they were read from (`None`: defaults), so
/// that each `argmap.toml` is read and checked once.
#[derive(Default)]
struct Configs {
    explicit: Option<(Rc<Config>, Rc<Linter>)>,
    found: HashMap<Option<PathBuf>, (Rc<Config>, Rc<Linter>)>,
}

impl Configs {
    fn new(explicit: Option<&Path>) -> anyhow::Result<Configs> {
        let mut configs = Configs::default();
        if let Some(path) = explicit {
            let config = Config::load(path)?;
            let linter = Linter::from_config(&config)?;
            configs.explicit = Some((Rc::new(config), Rc::new(linter)));
        }
        Ok(configs)
    }

    /// The configuration that governs files in `dir`: `--config`, else the
    /// nearest argmap.toml in `dir` or above, else defaults.
    fn for_dir(&mut self, dir: &Path) -> anyhow::Result<(Rc<Config>, Rc<Linter>)> {
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
        let entry = (Rc::new(config), Rc::new(linter));
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

/// The essays to lint, each with the linter its configuration sets up.
fn documents(
    inputs: &Inputs,
    configs: &mut Configs,
) -> anyhow::Result<Vec<(Document, Rc<Linter>)>> {
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
            return Ok(vec![(input::embedded(), linter)]);
        }
    }
    let mut docs = Vec::new();
    for path in &paths {
        if path.as_os_str() == "-" {
            let (_, linter) = configs.for_dir(&cwd)?;
            docs.push((input::read_stdin()?, linter));
            continue;
        }
        let (walk_config, _) = configs.for_dir(&governing_dir(path))?;
        let keep = |p: &Path| walk_config.keeps(&std::path::absolute(p).unwrap_or_default());
        for file in input::expand(std::slice::from_ref(path), &keep)? {
            let (_, linter) = configs.for_dir(&governing_dir(&file))?;
            docs.push((input::read(&file)?, linter));
        }
    }
    Ok(docs)
}

/// `argmap lint`
pub fn lint(args: LintArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut configs = Configs::new(config)?;
    let docs = documents(&args.inputs, &mut configs)?;
    let options = argmap::extract::Options {
        annotations: !args.inputs.no_annotations,
    };
    let reports: Vec<FileReport> = docs
        .iter()
        .map(|(doc, linter)| {
            let built = argmap::extract::build(doc, options);
            linter.lint_with_issues(doc, &built.map, &built.issues)
        })
        .collect();
    let format = args.output_format;
    let styled = !matches!(
        anstream::AutoStream::choice(&io::stdout()),
        anstream::ColorChoice::Never
    );
    with_stdout(|out| {
        if args.statistics {
            let rows = diagnostics::statistics(&reports);
            if format == LintFormat::Json {
                findings_json::write_statistics(out, &rows)?;
            } else {
                diagnostics::write_statistics(out, &reports)?;
            }
        } else {
            write_findings(out, format, &docs, &reports, styled)?;
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

fn write_findings(
    out: &mut dyn Write,
    format: LintFormat,
    docs: &[(Document, Rc<Linter>)],
    reports: &[FileReport],
    styled: bool,
) -> io::Result<()> {
    match format {
        LintFormat::Json => findings_json::write(out, reports),
        LintFormat::Sarif => {
            let relative: Vec<FileReport> = reports
                .iter()
                .map(|r| FileReport {
                    path: repo_relative(&r.path),
                    ..r.clone()
                })
                .collect();
            sarif::write(out, &relative)
        }
        LintFormat::Full | LintFormat::Concise | LintFormat::Github => {
            for ((doc, _), report) in docs.iter().zip(reports) {
                for finding in &report.findings {
                    match format {
                        LintFormat::Full => diagnostics::write_full(out, doc, finding, styled)?,
                        LintFormat::Concise => {
                            diagnostics::write_concise(out, &report.path, finding)?
                        }
                        _ => diagnostics::write_github(out, &report.path, finding)?,
                    }
                }
            }
            Ok(())
        }
    }
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
