//! What derives from the two registries, `lint::rules::ALL` and
//! `render::FORMATS`: the README's tables of rules and of export
//! formats (`UPDATE_README=1 cargo test --test registry` rewrites them), and
//! the values of `argmap graph --format`.

use argmap::lint::rules;
use argmap::render::{Format, FORMATS};
use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The rules table: code, name, default level and summary, in columns
/// padded to their widest cell.
fn rules_table() -> String {
    let rows: Vec<[String; 4]> = rules::ALL
        .iter()
        .map(|rule| {
            let m = rule.meta();
            [
                m.code.to_string(),
                format!("`{}`", m.name),
                m.default_level.name().to_string(),
                m.summary.to_string(),
            ]
        })
        .collect();
    let header = ["Code", "Name", "Default", "Summary"].map(String::from);
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String; 4]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!(" {cell:<w$} "))
            .collect();
        format!("|{}|\n", padded.join("|"))
    };
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(w + 2)).collect();
    let mut table = line(&header);
    table.push_str(&format!("|{}|\n", rule.join("|")));
    for row in &rows {
        table.push_str(&line(row));
    }
    table
}

/// The formats table: name, the tools that read it and what it holds.
fn formats_table() -> String {
    let cell = |text: &str| text.replace('|', "\\|");
    let mut table = String::from("| format | read by | what it holds |\n| --- | --- | --- |\n");
    for f in FORMATS {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            f.name,
            cell(f.read_by),
            cell(f.holds)
        ));
    }
    table
}

/// The one Markdown file (the README or a page of docs/) holding the
/// section between `<!-- NAME:start -->` and `<!-- NAME:end -->`.
fn file_with(name: &str) -> PathBuf {
    let start = format!("<!-- {name}:start -->");
    let mut candidates = vec![PathBuf::from("README.md")];
    if let Ok(entries) = std::fs::read_dir("docs") {
        let mut pages: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        pages.sort();
        candidates.extend(pages);
    }
    let holding: Vec<PathBuf> = candidates
        .into_iter()
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains(&start)))
        .collect();
    assert_eq!(
        holding.len(),
        1,
        "`{start}` should be in exactly one of README.md and docs/*.md: {holding:?}"
    );
    holding.into_iter().next().unwrap()
}

/// Compare the section `name` of its file with `table`; `UPDATE_README=1`
/// rewrites the section instead.
fn check_section(name: &str, table: &str) {
    let path = file_with(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        format!("<!-- {name}:start -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let from = text
        .find(&start)
        .expect("start marker on a line of its own")
        + start.len();
    let to = from
        + text[from..]
            .find(&end)
            .unwrap_or_else(|| panic!("{}: no `{end}`", path.display()));
    let expected = format!("\n{table}\n");
    if text[from..to] == expected {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{expected}{}", &text[..from], &text[to..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    let found = text[from..to].trim();
    let line = table
        .lines()
        .zip(found.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| table.lines().count().min(found.lines().count()));
    panic!(
        "{}: the table between `<!-- {name}:start -->` and `{end}` differs from the registry \
         from its line {}:\n  expected: {:?}\n  found:    {:?}\n\
         The table is generated: run `UPDATE_README=1 cargo test --test registry` and review the diff.",
        path.display(),
        line + 1,
        table.lines().nth(line),
        found.lines().nth(line)
    );
}

#[test]
fn readme_rules_table_is_rules_all() {
    check_section("rules-table", &rules_table());
}

#[test]
fn readme_formats_table_is_formats_all() {
    check_section("formats-table", &formats_table());
}

/// Every format of the registry is a value of `argmap graph --format`,
/// listed in `--help` with its help, and exports the bundled essay.
#[test]
fn every_format_is_a_value_of_graph_format() {
    let help = Command::cargo_bin("argmap")
        .unwrap()
        .args(["graph", "--help"])
        .output()
        .unwrap();
    // Words joined by single spaces, so that wrapped lines read as one.
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let help = words(&String::from_utf8(help.stdout).unwrap());
    for format in FORMATS {
        assert!(
            help.contains(&words(&format!("- {}: {}", format.name, format.help))),
            "`argmap graph --help` lacks {}: {help}",
            format.name
        );
        let out = Command::cargo_bin("argmap")
            .unwrap()
            .env("SOURCE_DATE_EPOCH", "0")
            .args(["graph", "--format", format.name])
            .arg(Path::new("corpus").join("nato-partnerships.md"))
            .output()
            .unwrap();
        assert!(
            out.status.success() && !out.stdout.is_empty(),
            "graph --format {}: {}",
            format.name,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(help.contains(&format!("Export the whole map as {}", Format::families())));
}
