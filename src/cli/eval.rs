//! Handler of `argmap eval`: read gold, map each text, score, report.

use super::args::{EvalArgs, ListFormat};
use super::output::with_stdout;
use argmap::eval::{self, Report};
use std::process::ExitCode;

/// `argmap eval`
pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let golds = eval::load(&args.gold)?;
    let scores = golds
        .iter()
        .map(|gold| eval::score(gold, &gold.predict()))
        .collect();
    let report = Report::new(scores);
    with_stdout(|out| match args.format {
        ListFormat::Text => report.write_text(out, args.per_text),
        ListFormat::Json => report.write_json(out, args.per_text),
    })?;
    Ok(ExitCode::SUCCESS)
}
