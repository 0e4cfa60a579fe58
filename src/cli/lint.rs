//! Handlers of `lint`, `rules` and `explain`.

use super::args::{ExplainArgs, Inputs, LintArgs, LintFormat, ListFormat, RulesArgs};
use super::input;
use super::load::{self, Source};
use super::output::{with_raw_stdout, with_stdout};
use super::parallel;
use argmap::config::{Config, Level};
use argmap::document::Document;
use argmap::lint::{did_you_mean, rules, FileReport, Linter, Selection};
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
    selection: Selection,
}

impl Configs {
    pub(super) fn new(explicit: Option<&Path>) -> anyhow::Result<Configs> {
        Configs::with_selection(explicit, Selection::default())
    }

    /// Configurations whose linters then apply a command-line selection;
    /// a rule the selection names that does not exist is an error here,
    /// before any essay is read.
    pub(super) fn with_selection(
        explicit: Option<&Path>,
        selection: Selection,
    ) -> anyhow::Result<Configs> {
        Linter::default().select(&selection)?;
        let mut configs = Configs {
            selection,
            ..Configs::default()
        };
        if let Some(path) = explicit {
            let config = Config::load(path)?;
            let linter = configs.linter(&config)?;
            configs.explicit = Some((Arc::new(config), Arc::new(linter)));
        }
        Ok(configs)
    }

    fn linter(&self, config: &Config) -> anyhow::Result<Linter> {
        let mut linter = Linter::from_config(config)?;
        linter.select(&self.selection)?;
        Ok(linter)
    }

    /// The configuration file in use for the current directory, if any.
    fn in_use(&self, cwd: &Path) -> Option<PathBuf> {
        match &self.explicit {
            Some((config, _)) => config.source.clone(),
            None => Config::find(cwd),
        }
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
        let linter = self.linter(&config)?;
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

/// What a command reads when it is given no PATH and argmap.toml names no
/// `paths`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NoPath {
    /// The essay bundled with argmap (the query commands and `render`).
    Embedded,
    /// The essays under the current directory (`lint`), as ruff and
    /// markdownlint-cli2 do: a CI job must never pass on the wrong files.
    WalkCurrentDir,
}

/// The essays to lint (not yet read), each with the linter its
/// configuration sets up. `stdin_name` is `--stdin-filename`.
pub(super) fn documents(
    inputs: &Inputs,
    configs: &mut Configs,
    no_path: NoPath,
    stdin_name: Option<&Path>,
) -> anyhow::Result<Vec<(Source, Arc<Linter>)>> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut paths = inputs.paths.clone();
    if paths.is_empty() && stdin_name.is_some() {
        paths.push(PathBuf::from("-"));
    }
    if paths.is_empty() {
        let (config, linter) = configs.for_dir(&cwd)?;
        paths = super::load::configured_paths(&config, &cwd);
        if paths.is_empty() {
            match no_path {
                NoPath::Embedded => return Ok(vec![(Source::Embedded, linter)]),
                NoPath::WalkCurrentDir => return current_dir_essays(&config, configs),
            }
        }
    }
    let mut docs = Vec::new();
    for path in &paths {
        if path.as_os_str() == "-" {
            let source = match stdin_name {
                Some(name) => Source::StdinAs(name.to_path_buf()),
                None => Source::Stdin,
            };
            let dir = stdin_name.map_or_else(|| cwd.clone(), governing_dir);
            let (_, linter) = configs.for_dir(&dir)?;
            docs.push((source, linter));
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

/// The essays under the current directory, shown without a leading `./`;
/// none is not an error (the caller says there is nothing to lint).
fn current_dir_essays(
    config: &Config,
    configs: &mut Configs,
) -> anyhow::Result<Vec<(Source, Arc<Linter>)>> {
    let keep =
        |p: &Path| input::is_essay(p) && config.keeps(&std::path::absolute(p).unwrap_or_default());
    let mut docs = Vec::new();
    for file in input::walk(Path::new("."), keep)? {
        let file = file
            .strip_prefix(".")
            .map(Path::to_path_buf)
            .unwrap_or(file);
        let (_, linter) = configs.for_dir(&governing_dir(&file))?;
        docs.push((Source::File(file), linter));
    }
    Ok(docs)
}

/// What a lint run found, before it is written.
struct Collected {
    reports: Vec<FileReport>,
    /// Per-file findings already formatted (full, concise, github).
    listing: Vec<u8>,
    /// The directory SARIF paths are relative to.
    root: PathBuf,
}

/// `argmap lint`
pub fn lint(args: LintArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let format = args.output_format;
    let collected = match collect(&args, config) {
        Ok(c) => c,
        Err(e) if format == LintFormat::Sarif && !args.statistics => {
            // A log for `if: always()` upload steps, saying why it is empty;
            // the error still goes to stderr with exit code 2.
            with_raw_stdout(|out| sarif::write(out, &[], Some(&format!("{e:#}"))))?;
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    let Collected {
        mut reports,
        listing,
        root,
    } = collected;
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
                LintFormat::Sarif => write_sarif(out, &mut reports, &root)?,
                _ => out.write_all(&listing)?,
            }
        }
        if matches!(format, LintFormat::Full | LintFormat::Concise) && !args.quiet {
            let listed = !args.statistics && reports.iter().any(|r| !r.findings.is_empty());
            if listed && format == LintFormat::Concise {
                writeln!(out)?;
            }
            diagnostics::write_summary(out, &reports)?;
        }
        Ok(())
    })?;
    if !matches!(format, LintFormat::Full | LintFormat::Concise) && !args.quiet {
        let mut err = anstream::stderr();
        diagnostics::write_summary(&mut err, &reports)?;
    }
    let count = |level| reports.iter().map(|r| r.count(level)).sum::<usize>();
    let failed = count(Level::Error) > 0 || (args.deny_warnings && count(Level::Warning) > 0);
    Ok(if failed && !args.exit_zero {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

/// Find the essays, then read, map and lint each.
fn collect(args: &LintArgs, config: Option<&Path>) -> anyhow::Result<Collected> {
    let selection = Selection {
        select: args.select.clone(),
        extend_select: args.extend_select.clone(),
        ignore: args.ignore.clone(),
    };
    let mut configs = Configs::with_selection(config, selection)?;
    let stdin_name = args.stdin_filename.as_deref();
    if stdin_name.is_some() && args.inputs.paths.iter().any(|p| p.as_os_str() != "-") {
        anyhow::bail!("--stdin-filename names standard input: give no PATH, or `-`");
    }
    let sources = documents(
        &args.inputs,
        &mut configs,
        NoPath::WalkCurrentDir,
        stdin_name,
    )?;
    let cwd = std::env::current_dir().unwrap_or_default();
    let root = repository_root(&cwd, configs.in_use(&cwd).as_deref());
    if sources.is_empty() && !args.quiet {
        eprintln!(
            "argmap: nothing to lint: no .md, .markdown or .txt file under the current directory \
             (name files or directories, or set `paths` in argmap.toml)"
        );
    }
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
    let keep_suppressed = format == LintFormat::Sarif;
    let mut reports: Vec<FileReport> = Vec::with_capacity(sources.len());
    let mut listing: Vec<u8> = Vec::new();
    parallel::ordered(
        &sources,
        load::jobs(),
        |(source, linter)| -> anyhow::Result<(FileReport, Vec<u8>)> {
            let doc = source.read()?;
            let built = argmap::extract::build(&doc, options);
            let mut report = linter.lint_with_issues(&doc, &built.map, &built.issues);
            if !keep_suppressed {
                report.suppressed_findings = Vec::new();
            }
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
    Ok(Collected {
        reports,
        listing,
        root,
    })
}

/// The root SARIF paths are relative to: the git work tree around `cwd`,
/// else the directory of the argmap.toml in use, else `cwd`. Code scanning
/// resolves `%SRCROOT%` to the checkout, which is the repository root.
fn repository_root(cwd: &Path, config: Option<&Path>) -> PathBuf {
    if let Some(git) = cwd.ancestors().find(|dir| dir.join(".git").exists()) {
        return git.to_path_buf();
    }
    config
        .and_then(Path::parent)
        .map(|dir| std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf()))
        .unwrap_or_else(|| cwd.to_path_buf())
}

/// SARIF with paths relative to `root` (rewritten in place: the reports
/// are not copied, their findings being most of a large run's memory).
fn write_sarif(out: &mut dyn Write, reports: &mut [FileReport], root: &Path) -> io::Result<()> {
    let shown: Vec<String> = reports
        .iter_mut()
        .map(|r| {
            let relative = root_relative(&r.path, root);
            std::mem::replace(&mut r.path, relative)
        })
        .collect();
    let written = sarif::write(out, reports, None);
    // The summary on stderr names files as the user gave them.
    for (r, path) in reports.iter_mut().zip(shown) {
        r.path = path;
    }
    written
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

/// `path` (as shown, relative to the current directory or absolute)
/// relative to `root` when it lies below it; otherwise absolute.
fn root_relative(path: &str, root: &Path) -> String {
    if path.starts_with('<') {
        return path.to_string();
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path));
    // `..` resolved by name, so that `../docs/e.md` from `docs/` is `docs/e.md`.
    let mut absolute_clean = PathBuf::new();
    for part in absolute.components() {
        match part {
            std::path::Component::ParentDir => {
                absolute_clean.pop();
            }
            std::path::Component::CurDir => {}
            other => absolute_clean.push(other),
        }
    }
    let absolute = absolute_clean;
    match absolute.strip_prefix(root) {
        Ok(rest) => rest.display().to_string(),
        Err(_) => absolute.display().to_string(),
    }
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
