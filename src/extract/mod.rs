//! Stage 2: sentences -> roles (with the cues that fired) -> relations.
//!
//! [`extract`] reads a parsed [`Document`] and returns [`Extraction`]: one
//! [`Unit`] per argumentative sentence and the [`Relation`]s between them.
//! [`build_map`] turns that into a checked [`DocumentMap`].

pub mod cues;
mod layout;
pub mod lexicon;
mod relations;
mod roles;

use crate::document::Document;
use crate::graph::{DocumentMap, EdgeKind, MapBuilder, Node, NodeKind, Origin};
pub use layout::{Layout, Paragraph, Section};

/// One argumentative sentence and the role it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: usize,
    /// The role.
    pub kind: NodeKind,
    /// Names of the cues that decided it.
    pub cues: Vec<String>,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// A directed relation between two units (indexes into [`Extraction::units`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// The premise.
    pub from: usize,
    /// What it bears on.
    pub to: usize,
    /// Support or attack.
    pub kind: EdgeKind,
    /// The cue that linked them, e.g. `structure:topic-sentence`.
    pub cue: String,
}

/// The result of extraction for one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Argumentative sentences in reading order.
    pub units: Vec<Unit>,
    /// Relations between units.
    pub relations: Vec<Relation>,
}

/// Find the roles and relations of a document's sentences.
pub fn extract(doc: &Document) -> Extraction {
    let analyses: Vec<cues::Analysis> = doc
        .sentences
        .iter()
        .map(|s| cues::analyse(&s.plain, s.has_link))
        .collect();
    let layout = Layout::of(doc, &analyses);
    let decided = roles::assign(doc, &layout, &analyses);
    let relations = relations::link(&layout, &analyses, &decided);
    Extraction {
        units: decided.units,
        relations,
    }
}

/// Extract a document and build its checked argument map.
pub fn build_map(doc: &Document) -> DocumentMap {
    let extraction = extract(doc);
    let mut builder = MapBuilder::new(doc.path.clone());
    for unit in &extraction.units {
        builder.node(Node {
            id: String::new(),
            kind: unit.kind,
            text: doc.sentence_text(unit.sentence).to_string(),
            span: doc.sentences[unit.sentence].span,
            cues: unit.cues.clone(),
            confidence: unit.confidence,
            origin: Origin::Heuristic,
            sentence: unit.sentence,
        });
    }
    for r in &extraction.relations {
        // Relations only name units that exist; a failure here is a bug in
        // the linker, and dropping the edge keeps the map valid.
        let _ = builder.edge(r.from, r.to, r.kind);
    }
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    fn map_of(text: &str) -> DocumentMap {
        build_map(&Document::parse("t.md", text, SourceFormat::Markdown))
    }

    fn kinds(map: &DocumentMap) -> Vec<(NodeKind, String)> {
        map.nodes()
            .iter()
            .map(|n| (n.kind, n.text.chars().take(24).collect()))
            .collect()
    }

    const ESSAY: &str = "# Parks for All\n\n\
Cities keep growing. Some planners want more roads. Instead of building roads, cities should invest in public parks.\n\n\
Parks make residents healthier. A 2019 survey of 3,000 adults found that people near parks walk 40 minutes more each week. Doctors in Oslo now prescribe walks in green spaces.\n\n\
Critics argue that parks are too expensive. However, parks raise nearby property values, which repays their cost. In Leeds, values near new parks rose by 8 percent.\n\n\
In conclusion, public parks are a proven way to make cities healthier, and councils should fund them.\n";

    #[test]
    fn a_small_essay_maps_as_a_reader_would() {
        let map = map_of(ESSAY);
        let k = kinds(&map);
        use NodeKind::*;
        assert_eq!(
            k.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            vec![Thesis, Claim, Evidence, Evidence, Objection, Claim, Evidence, Claim],
            "{k:?}"
        );
        let thesis = map.thesis().unwrap();
        assert!(map
            .node(thesis)
            .text
            .starts_with("Instead of building roads"));
        let edge = |from: &str, to: &str| {
            let f = map
                .nodes()
                .iter()
                .position(|n| n.text.starts_with(from))
                .unwrap();
            let t = map
                .nodes()
                .iter()
                .position(|n| n.text.starts_with(to))
                .unwrap();
            map.edges()
                .iter()
                .find(|e| e.from.get() == f && e.to.get() == t)
                .map(|e| e.kind)
        };
        assert_eq!(edge("Parks make", "Instead"), Some(EdgeKind::Supports));
        assert_eq!(
            edge("A 2019 survey", "Parks make"),
            Some(EdgeKind::Supports)
        );
        assert_eq!(edge("Critics argue", "Instead"), Some(EdgeKind::Attacks));
        assert_eq!(
            edge("However, parks", "Critics argue"),
            Some(EdgeKind::Attacks)
        );
        assert_eq!(edge("In Leeds", "However, parks"), Some(EdgeKind::Supports));
        assert_eq!(edge("In conclusion", "Instead"), Some(EdgeKind::Supports));
    }

    #[test]
    fn background_and_headings_are_no_nodes() {
        let map = map_of(ESSAY);
        assert!(map
            .nodes()
            .iter()
            .all(|n| !n.text.starts_with("Cities keep growing")));
        assert!(map.nodes().iter().all(|n| n.text != "Parks for All"));
    }

    #[test]
    fn every_node_explains_itself() {
        let map = map_of(ESSAY);
        for n in map.nodes() {
            assert!(!n.cues.is_empty(), "{} has no cues", n.id);
            assert!((0.0..=1.0).contains(&n.confidence));
        }
    }

    #[test]
    fn a_single_paragraph_still_has_a_thesis() {
        let map = map_of("Yes, sorting rubbish is annoying. But it saves resources. We should all sort our rubbish!");
        let thesis = map.thesis().unwrap();
        assert!(map.node(thesis).text.starts_with("We should"));
        assert_eq!(map.nodes()[0].kind, NodeKind::Objection);
    }

    #[test]
    fn empty_document_is_an_empty_map() {
        assert!(map_of("").nodes().is_empty());
    }
}
