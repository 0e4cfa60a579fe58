//! Print the map of a file with every node's cues and edges (a debugging aid).
use argmap::document::{Document, SourceFormat};
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let doc = Document::parse(path.clone(), text, SourceFormat::from_path(&path));
    if std::env::var_os("DUMP_SENTENCES").is_some() {
        for (i, s) in doc.sentences.iter().enumerate() {
            let a = argmap::extract::cues::analyse(
                doc.plain(i),
                s.has_link,
                argmap::extract::weights::Weights::shipped(),
            );
            println!("s{i} b{} {:?} {:?}", s.block, doc.plain(i), a.non_argument);
        }
    }
    let map = argmap::extract::build_map(&doc);
    for n in map.nodes() {
        println!(
            "{:<14} {:<28} {:.2} {}\n    cues: {}",
            n.kind.name(),
            n.id,
            n.confidence,
            n.text.chars().take(90).collect::<String>(),
            n.cues
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
        for e in map.outgoing(map.by_id(&n.id).unwrap()) {
            println!("    -> {} {}", e.kind.name(), map.node(e.to).id);
        }
    }
}
