//! Command-line interface: clap definitions, one handler per subcommand,
//! and the mapping of errors to exit codes (0 ok, 1 findings, 2 bad input).

mod annotate;
mod args;
mod eval;
mod lint;
mod load;
mod output;
mod query;
mod render;

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
    let message = format!("{e:#}").replace('\n', " ");
    let mut stderr = anstream::stderr();
    let style = anstyle::Style::new()
        .fg_color(Some(anstyle::AnsiColor::Red.into()))
        .bold();
    let _ = io::Write::write_fmt(
        &mut stderr,
        format_args!("argmap: {style}error{style:#}: {message}\n"),
    );
    ExitCode::from(EXIT_INPUT)
}
