//! Handler of `argmap eval`: read gold set by set, map each text, score,
//! report. A gold file that cannot be read is named on stderr and the rest
//! are scored; the run then exits 1.

use super::args::{EvalArgs, EvalFormat};
use super::error_line;
use super::output::with_stdout;
use argmap::eval::{self, GoldText, Report};
use argmap::extract::weights::Weights;
use argmap::extract::Options;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

/// Exit code when some gold files could not be read (the rest were scored).
pub const EXIT_BAD_GOLD: u8 = 1;

/// `argmap eval`
pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    if args.print_weights {
        // In table order; an f32 prints as its shortest form, a JSON number.
        let entries: Vec<String> = Weights::shipped()
            .entries()
            .map(|(w, value)| format!("  \"{}\": {value}", w.key()))
            .collect();
        with_stdout(|out| writeln!(out, "{{\n{}\n}}", entries.join(",\n")))?;
        return Ok(ExitCode::SUCCESS);
    }
    let options = Options {
        weights: match &args.weights {
            // Read once per run; the table lives as long as the process.
            Some(path) => Box::leak(Box::new(read_weights(path)?)),
            None => Weights::shipped(),
        },
        ..Options::default()
    };
    // A GOLD that does not exist or holds no gold is a usage error: found
    // before anything is scored.
    let mut sets = Vec::with_capacity(args.gold.len());
    for path in &args.gold {
        let files = eval::load::expand(std::slice::from_ref(path))?;
        sets.push((path.display().to_string(), files));
    }
    let splits = args
        .split
        .iter()
        .map(|f| Ok((f.display().to_string(), eval::load::read_split(f)?)))
        .collect::<anyhow::Result<Vec<_>>>()?;

    let mut failed = 0;
    let mut texts: Vec<(String, Vec<GoldText>)> = Vec::with_capacity(sets.len());
    for (name, files) in sets {
        let mut read = Vec::new();
        for file in files {
            match eval::load::read_gold(&file) {
                Ok(golds) => read.extend(golds),
                Err(e) => {
                    error_line(&e.to_string());
                    failed += 1;
                }
            }
        }
        texts.push((name, read));
    }
    if !splits.is_empty() {
        texts = split(texts, splits)?;
    }

    let classing = if args.by_kind {
        eval::Classing::Kinds
    } else {
        eval::Classing::Levels
    };
    let scored = texts
        .into_iter()
        .map(|(name, golds)| {
            let scores = golds
                .iter()
                .map(|gold| eval::score_classed(gold, &gold.predict_with(options), classing))
                .collect();
            (name, scores)
        })
        .collect();
    let report = Report::new(scored);
    with_stdout(|out| match args.format {
        EvalFormat::Text => report.write_text(out, args.per_text),
        EvalFormat::Json => report.write_json(out, args.per_text),
    })?;
    if failed > 0 {
        error_line(&format!(
            "{failed} gold file{} could not be read; the others were scored",
            if failed == 1 { "" } else { "s" }
        ));
        return Ok(ExitCode::from(EXIT_BAD_GOLD));
    }
    Ok(ExitCode::SUCCESS)
}

/// The weights file of `--weights`, as a full table.
fn read_weights(path: &Path) -> anyhow::Result<Weights> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    Weights::with_overrides(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// The texts regrouped into the sets the split files list. An id that names
/// no text read is an error (a split made for other gold).
fn split(
    sets: Vec<(String, Vec<GoldText>)>,
    splits: Vec<(String, Vec<(usize, String)>)>,
) -> anyhow::Result<Vec<(String, Vec<GoldText>)>> {
    let mut by_id: HashMap<String, GoldText> = HashMap::new();
    for gold in sets.into_iter().flat_map(|(_, texts)| texts) {
        by_id.insert(gold.id(), gold);
    }
    let mut out = Vec::with_capacity(splits.len());
    for (name, ids) in splits {
        let mut texts = Vec::with_capacity(ids.len());
        for (line, id) in ids {
            let gold = by_id
                .get(&id)
                .ok_or_else(|| anyhow::anyhow!("{name}:{line}: no gold text {id} in GOLD"))?;
            texts.push(gold.clone());
        }
        out.push((name, texts));
    }
    Ok(out)
}
