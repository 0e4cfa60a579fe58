//! `argmap annotate`: the map written back into the essay.

use super::args::AnnotateArgs;
use super::input;
use super::output::with_stdout;
use anyhow::Context;
use argmap::extract::{build, Options};
use argmap::render::annotate::annotate as annotated_text;
use std::process::ExitCode;

/// Print the annotated essay, or replace the file with it.
pub fn annotate(args: AnnotateArgs) -> anyhow::Result<ExitCode> {
    let doc = input::read(&args.file)?;
    let options = Options {
        annotations: !args.no_annotations,
        ..Options::default()
    };
    let map = build(&doc, options).map;
    let text = annotated_text(&doc, &map);
    if args.write {
        if args.file.as_os_str() == "-" {
            anyhow::bail!("--write needs a file, not standard input");
        }
        if text != *doc.text {
            super::atomic::replace(&args.file, |w| w.write_all(text.as_bytes()))
                .with_context(|| format!("{}: cannot write", args.file.display()))?;
        }
    } else {
        with_stdout(|out| out.write_all(text.as_bytes()))?;
    }
    Ok(ExitCode::SUCCESS)
}
