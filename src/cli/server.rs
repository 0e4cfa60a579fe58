//! `argmap server`: the language server on stdio.

use super::args::ServerArgs;
use argmap::server::{self, Settings};
use lsp_server::Connection;
use std::path::Path;
use std::process::ExitCode;

/// Serve until the editor says `exit`: status 0 after a `shutdown`
/// request, 1 without one, as the protocol asks.
pub fn server(_args: ServerArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        config: config.map(Path::to_path_buf),
        ..Settings::default()
    };
    let clean = run_stdio(settings)?;
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Serve LSP on standard input and output until the client says `exit`.
/// Returns whether the client asked for `shutdown` first (the exit code
/// the protocol wants is 0 then, else 1).
fn run_stdio(settings: Settings) -> anyhow::Result<bool> {
    let (connection, io_threads) = Connection::stdio();
    let outcome = server::serve(connection, settings);
    // The reader thread knows why the input ended (say, a malformed
    // header), which says more than the closed channel the loop saw.
    match io_threads.join() {
        Err(e) => Err(anyhow::anyhow!(
            "cannot read LSP messages on standard input: {e}"
        )),
        Ok(()) => outcome,
    }
}
