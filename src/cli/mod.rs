//! Command-line interface: clap definitions, one handler per subcommand,
//! and the mapping of errors to exit codes (0 ok, 1 findings, 2 bad input).

mod annotate;
mod args;
mod atomic;
mod eval;
mod input;
mod lint;
mod load;
mod output;
mod parallel;
mod query;
mod render;
mod server;
mod setup;

pub use args::Cli;
use args::Command;
use clap::Parser;
use std::io;
use std::process::ExitCode;

/// Exit code for usage and input errors.
pub const EXIT_INPUT: u8 = 2;

/// Parse arguments, run the command, and turn the outcome into an exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            let usage_error =
                e.use_stderr() && e.kind() != ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            if usage_error {
                // One line, like every other error: clap's own message
                // spans several (the usage, a tip, a pointer to --help).
                return report(anyhow::anyhow!(usage_line(&e)));
            }
            let code = if e.use_stderr() { EXIT_INPUT } else { 0 };
            // Help and version go to stdout; a closed pipe is not an error.
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    cli.color.write_global();
    load::set_jobs(cli.jobs.map(usize::from));
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => report(e),
    }
}

/// A clap usage error as one line: its message with the possible values or
/// tip it gives, and the usage of the command.
fn usage_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let mut message = String::new();
    let mut usage = None;
    for line in rendered.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(u) = line.strip_prefix("Usage: ") {
            usage = Some(u.to_string());
        } else if !line.starts_with("For more information") {
            if !message.is_empty() {
                message.push_str(if message.ends_with(':') { " " } else { "; " });
            }
            message.push_str(line.strip_prefix("error: ").unwrap_or(line));
        }
    }
    match usage {
        Some(u) => format!("{message} (usage: {u}; see --help)"),
        None => format!("{message} (see --help)"),
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let config = cli.config.as_deref();
    match cli.command {
        Command::Claims(a) => query::claims(a, config),
        Command::Evidence(a) => query::evidence(a, config),
        Command::Recommendations(a) => query::recommendations(a, config),
        Command::Show(a) => query::show(a, config),
        Command::Graph(a) => query::graph(a, config),
        Command::Stats(a) => query::stats(a, config),
        Command::Annotate(a) => annotate::annotate(a),
        Command::Render(a) => render::render(a, config),
        Command::Eval(a) => eval::eval(a),
        Command::Lint(a) => lint::lint(a, config),
        Command::Rules(a) => lint::rules(a),
        Command::Explain(a) => lint::explain(a),
        Command::Init(a) => setup::init(a),
        Command::Schema => setup::schema(),
        Command::Completions(a) => setup::completions(a),
        Command::Man => setup::man(),
        Command::Server(a) => server::server(a, config),
    }
}

/// Print an error as one line on stderr and pick the exit code. A closed
/// pipe (`argmap claims | head -1`) ends the run quietly.
fn report(e: anyhow::Error) -> ExitCode {
    if let Some(io) = e.downcast_ref::<io::Error>() {
        if io.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    error_line(&format!("{e:#}"));
    ExitCode::from(EXIT_INPUT)
}

/// Print `argmap: error: MESSAGE` as one line on stderr.
pub(crate) fn error_line(message: &str) {
    let message = message.replace('\n', " ");
    let mut stderr = anstream::stderr();
    let style = anstyle::Style::new()
        .fg_color(Some(anstyle::AnsiColor::Red.into()))
        .bold();
    let _ = io::Write::write_fmt(
        &mut stderr,
        format_args!("argmap: {style}error{style:#}: {message}\n"),
    );
}
