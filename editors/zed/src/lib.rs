//! A Zed extension that runs `argmap server` for Markdown files, found on
//! the `PATH` of the worktree's shell.

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Argmap;

impl zed::Extension for Argmap {
    fn new() -> Self {
        Argmap
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("argmap")
            .ok_or("argmap is not on PATH (cargo install --path . in argmap's repository)")?;
        Ok(zed::Command {
            command,
            args: vec!["server".to_string()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Argmap);
