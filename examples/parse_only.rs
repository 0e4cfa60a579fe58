//! The floor for argmap's speed: pulldown-cmark's parse of the same files
//! with the same options and the offset iterator, nothing else. Prints
//! `bytes seconds` for the files under the given paths.

use std::time::Instant;

fn files(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            files(&e, out);
        }
    } else if path
        .extension()
        .is_some_and(|e| e == "md" || e == "txt" || e == "markdown")
    {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut list = Vec::new();
    for arg in std::env::args().skip(1) {
        files(std::path::Path::new(&arg), &mut list);
    }
    let mut options = pulldown_cmark::Options::empty();
    options.insert(pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    options.insert(pulldown_cmark::Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);
    options.insert(pulldown_cmark::Options::ENABLE_FOOTNOTES);
    options.insert(pulldown_cmark::Options::ENABLE_TABLES);
    options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let start = Instant::now();
    let (mut bytes, mut events) = (0usize, 0usize);
    for file in &list {
        let text = std::fs::read_to_string(file).unwrap();
        bytes += text.len();
        events += pulldown_cmark::Parser::new_ext(&text, options)
            .into_offset_iter()
            .count();
    }
    let seconds = start.elapsed().as_secs_f64();
    eprintln!("{} files, {events} events", list.len());
    println!("{bytes} {seconds:.4}");
}
