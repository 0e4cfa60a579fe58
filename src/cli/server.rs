//! `argmap server`: the language server on stdio.

use super::args::ServerArgs;
use argmap::server::{self, Settings};
use std::path::Path;
use std::process::ExitCode;

/// Serve until the editor says `exit`: status 0 after a `shutdown`
/// request, 1 without one, as the protocol asks.
pub fn server(_args: ServerArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let settings = Settings {
        config: config.map(Path::to_path_buf),
        ..Settings::default()
    };
    let clean = server::run_stdio(settings)?;
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
