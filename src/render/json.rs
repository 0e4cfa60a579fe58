//! JSON output: the map contract (its types are in [`crate::graph::contract`]),
//! and the node lists, trees and counts of the query commands.

use super::Maps;
use crate::graph::{DocumentMap, EdgeKind, NodeKind};
use serde::Serialize;

// The contract's types, where the commands that write JSON look for them.
pub use crate::graph::contract::{MapEntry, NodeEntry, SCHEMA_VERSION};

/// Write maps as one line of compact JSON (the `jsonl` format: one line per document).
///
/// Byte for byte what serde_json writes for the contract's [`MapEntry`], but
/// written by hand into a buffer: this is the corpus run's hot path, where
/// serde_json's per-token writes and byte-at-a-time string escaper make a
/// whole `graph --format jsonl` run 7-8% more instructions (callgrind, one
/// thread, a generated corpus and one long essay) and the writer alone
/// 1.7 times slower. Tests hold the bytes equal to serde_json's: the unit
/// tests below, over every fixture and fuzz-corpus essay (`tests/graph.rs`),
/// and over every fuzz, property and adversarial input
/// (`tests/hostile/formats.rs`). The buffer goes to `out` every 64 KiB, so
/// a huge document's line is never held whole.
pub fn write_line<W: std::io::Write + ?Sized>(out: &mut W, maps: &Maps) -> std::io::Result<()> {
    let mut buf = Vec::with_capacity(FLUSH_AT + 4096);
    compact::write(&mut buf, maps, FLUSH_AT, &mut |buf| {
        out.write_all(buf)?;
        buf.clear();
        Ok(())
    })?;
    buf.push(b'\n');
    out.write_all(&buf)
}

/// Append maps as one line of compact JSON to `buf` (see [`write_line`]).
pub fn push_line(buf: &mut Vec<u8>, maps: &Maps) {
    // Never flushed, so never fails.
    let _ = compact::write(buf, maps, usize::MAX, &mut |_| Ok(()));
    buf.push(b'\n');
}

/// How much compact JSON [`write_line`] gathers before writing it out.
const FLUSH_AT: usize = 64 * 1024;

/// The compact writer behind [`write_line`].
mod compact {
    use super::{Maps, SCHEMA_VERSION};
    use crate::document::Span;
    use crate::graph::{CueKind, DocumentMap, Edge, Node};
    use serde_json::ser::{CompactFormatter, Formatter};
    use std::io;

    /// Called with the buffer when it is full enough to write out.
    pub(super) type Flush<'f> = dyn FnMut(&mut Vec<u8>) -> io::Result<()> + 'f;

    /// The whole map, calling `flush` whenever `buf` holds `limit` bytes or more.
    pub(super) fn write(
        buf: &mut Vec<u8>,
        maps: &Maps,
        limit: usize,
        flush: &mut Flush,
    ) -> io::Result<()> {
        buf.extend_from_slice(b"{\"schema_version\":");
        uint(buf, u64::from(SCHEMA_VERSION));
        buf.extend_from_slice(b",\"documents\":");
        array(buf, maps.iter(), limit, flush, |buf, map| {
            buf.extend_from_slice(b"{\"path\":");
            string(buf, &map.path);
            buf.push(b'}');
        })?;
        buf.extend_from_slice(b",\"nodes\":");
        let nodes = maps
            .iter()
            .enumerate()
            .flat_map(|(d, map)| map.nodes().iter().map(move |n| (d, map, n)));
        array(buf, nodes, limit, flush, |buf, (d, _, n)| node(buf, n, d))?;
        buf.extend_from_slice(b",\"edges\":");
        let edges = maps
            .iter()
            .enumerate()
            .flat_map(|(d, map)| map.edges().iter().map(move |e| (d, map, e)));
        array(buf, edges, limit, flush, |buf, (d, map, e)| {
            edge(buf, map, e, d)
        })?;
        buf.push(b'}');
        Ok(())
    }

    /// A JSON array of `items`, each written by `write`, flushing between
    /// items whenever `buf` holds `limit` bytes or more.
    fn array<T>(
        buf: &mut Vec<u8>,
        items: impl Iterator<Item = T>,
        limit: usize,
        flush: &mut Flush,
        mut write: impl FnMut(&mut Vec<u8>, T),
    ) -> io::Result<()> {
        buf.push(b'[');
        for (i, item) in items.enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            write(buf, item);
            if buf.len() >= limit {
                flush(buf)?;
            }
        }
        buf.push(b']');
        Ok(())
    }

    fn node(buf: &mut Vec<u8>, n: &Node, d: usize) {
        buf.extend_from_slice(b"{\"id\":");
        string(buf, &n.id);
        buf.extend_from_slice(b",\"kind\":\"");
        buf.extend_from_slice(n.kind.name().as_bytes());
        buf.extend_from_slice(b"\",\"text\":");
        string(buf, &n.text);
        buf.extend_from_slice(b",\"document\":");
        uint(buf, d as u64);
        buf.extend_from_slice(b",\"span\":");
        span(buf, &n.span);
        buf.extend_from_slice(b",\"cues\":[");
        for (i, c) in n.cues.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            // `name:detail`, escaped piece by piece (escaping is per
            // character) rather than formatted into a string first.
            let (name, detail) = c.pieces();
            buf.push(b'"');
            if c.kind == CueKind::Recorded {
                // A recorded cue's name is text read from a map file.
                escaped(buf, name);
            } else {
                // Any other kind's name is a fixed word with nothing to
                // escape (a test holds it): copied without a look.
                buf.extend_from_slice(name.as_bytes());
            }
            if let Some(detail) = detail {
                buf.push(b':');
                escaped(buf, detail);
            }
            buf.push(b'"');
        }
        buf.extend_from_slice(b"],\"confidence\":");
        if n.confidence.is_finite() {
            // serde_json's own float formatting, so the digits are the same.
            let _ = CompactFormatter.write_f32(buf, n.confidence);
        } else {
            buf.extend_from_slice(b"null");
        }
        buf.extend_from_slice(b",\"origin\":\"");
        buf.extend_from_slice(n.origin.name().as_bytes());
        buf.extend_from_slice(b"\"}");
    }

    fn span(buf: &mut Vec<u8>, s: &Span) {
        let fields: [(&[u8], usize); 6] = [
            (b"{\"start\":", s.start),
            (b",\"end\":", s.end),
            (b",\"line\":", s.line),
            (b",\"column\":", s.column),
            (b",\"end_line\":", s.end_line),
            (b",\"end_column\":", s.end_column),
        ];
        for (key, value) in fields {
            buf.extend_from_slice(key);
            uint(buf, value as u64);
        }
        buf.push(b'}');
    }

    fn edge(buf: &mut Vec<u8>, map: &DocumentMap, e: &Edge, d: usize) {
        buf.extend_from_slice(b"{\"from\":");
        string(buf, &map.node(e.from).id);
        buf.extend_from_slice(b",\"to\":");
        string(buf, &map.node(e.to).id);
        buf.extend_from_slice(b",\"kind\":\"");
        buf.extend_from_slice(e.kind.name().as_bytes());
        buf.extend_from_slice(b"\",\"document\":");
        uint(buf, d as u64);
        buf.push(b'}');
    }

    fn uint(buf: &mut Vec<u8>, v: u64) {
        // serde_json's own integer writer (itoa: two digits a step).
        let _ = CompactFormatter.write_u64(buf, v);
    }

    /// A JSON string, escaped exactly as serde_json does: `"`, `\\` and
    /// control characters only; everything else, non-ASCII included, as is.
    pub(super) fn string(buf: &mut Vec<u8>, s: &str) {
        buf.push(b'"');
        escaped(buf, s);
        buf.push(b'"');
    }

    /// The body of a JSON string, without its quotes.
    fn escaped(buf: &mut Vec<u8>, s: &str) {
        let bytes = s.as_bytes();
        // Almost every string needs no escape: then it is one test a word
        // and one copy.
        if !any_needs_escape(bytes) {
            buf.extend_from_slice(bytes);
            return;
        }
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none of them needs escaping.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                if !needs_escape(word) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            i += 1;
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            let i = i - 1;
            buf.extend_from_slice(&bytes[start..i]);
            start = i + 1;
            match b {
                b'"' => buf.extend_from_slice(b"\\\""),
                b'\\' => buf.extend_from_slice(b"\\\\"),
                b'\n' => buf.extend_from_slice(b"\\n"),
                b'\r' => buf.extend_from_slice(b"\\r"),
                b'\t' => buf.extend_from_slice(b"\\t"),
                0x08 => buf.extend_from_slice(b"\\b"),
                0x0c => buf.extend_from_slice(b"\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    buf.extend_from_slice(b"\\u00");
                    buf.push(HEX[usize::from(b >> 4)]);
                    buf.push(HEX[usize::from(b & 0xf)]);
                }
            }
        }
        buf.extend_from_slice(&bytes[start..]);
    }

    /// True when some byte of `bytes` is a control character, `"` or `\\`.
    pub(super) fn any_needs_escape(bytes: &[u8]) -> bool {
        let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let mut chunks = bytes.chunks_exact(8);
        // No exit at the first hit: strings almost never need an escape.
        let mut found = 0;
        for chunk in &mut chunks {
            found |= escape_bits(word(chunk));
        }
        found |= match bytes.len() {
            // The last eight bytes, some of them read again.
            8.. => escape_bits(word(&bytes[bytes.len() - 8..])),
            _ => u64::from(
                chunks
                    .remainder()
                    .iter()
                    .any(|&b| b < 0x20 || b == b'"' || b == b'\\'),
            ),
        };
        found != 0
    }

    /// True when some byte of `word` is a control character, `"` or `\\`.
    fn needs_escape(word: u64) -> bool {
        escape_bits(word) != 0
    }

    /// Not zero when some byte of `word` is a control character, `"` or
    /// `\\` (the classic zero-byte tests; exact for "is there any").
    fn escape_bits(word: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
        let zero_in = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        below_space
            | zero_in(word ^ (ONES * u64::from(b'"')))
            | zero_in(word ^ (ONES * u64::from(b'\\')))
    }
}

/// Write the whole map as pretty JSON.
pub fn write_map(out: &mut dyn std::io::Write, maps: &Maps) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &MapEntry::new(maps))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    #[test]
    fn contract_fields_are_present() {
        let doc = Document::parse(
            "e.md",
            "Cities must plant trees. Trees cool streets by 3 degrees.",
            SourceFormat::Markdown,
        );
        let maps = vec![crate::extract::build_map(&doc)];
        let mut out = Vec::new();
        write_map(&mut out, &maps).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["schema_version"], 2);
        assert_eq!(v["documents"][0]["path"], "e.md");
        let node = &v["nodes"][0];
        for key in [
            "id",
            "kind",
            "text",
            "document",
            "span",
            "cues",
            "confidence",
            "origin",
        ] {
            assert!(!node[key].is_null(), "missing {key}");
        }
        assert_eq!(node["span"]["start"], 0);
        assert_eq!(node["span"]["line"], 1);
        assert_eq!(v["edges"][0]["kind"], "supports");
        assert_eq!(v["edges"][0]["to"], "thesis");
    }
}

/// A node and the tree of what bears on it, for `evidence` and `recommendations`.
#[derive(Debug, Serialize)]
pub struct TreeEntry<'a> {
    /// The root node.
    pub node: NodeEntry<'a>,
    /// What bears on it, depth-first.
    pub tree: Vec<TreeItemEntry<'a>>,
}

/// One premise in a tree.
#[derive(Debug, Serialize)]
pub struct TreeItemEntry<'a> {
    /// 1 for direct premises.
    pub depth: usize,
    /// The edge from this premise to its parent.
    pub edge: EdgeKind,
    /// The premise.
    pub node: NodeEntry<'a>,
}

/// Build a tree entry.
pub fn tree_entry<'a>(
    map: &'a DocumentMap,
    d: usize,
    root: crate::graph::NodeIndex,
    tree: &[crate::graph::EvidenceItem],
) -> TreeEntry<'a> {
    TreeEntry {
        node: NodeEntry::new(map.node(root), d),
        tree: tree
            .iter()
            .map(|i| TreeItemEntry {
                depth: i.depth,
                edge: i.edge,
                node: NodeEntry::new(map.node(i.node), d),
            })
            .collect(),
    }
}

/// One node with its neighbours, for `show`.
#[derive(Debug, Serialize)]
pub struct NodeDetail<'a> {
    /// The node.
    #[serde(flatten)]
    pub node: NodeEntry<'a>,
    /// Path of its document.
    pub path: &'a str,
    /// Ids it supports.
    pub supports: Vec<&'a str>,
    /// Ids it attacks.
    pub attacks: Vec<&'a str>,
    /// Ids that support it.
    pub supported_by: Vec<&'a str>,
    /// Ids that attack it.
    pub attacked_by: Vec<&'a str>,
}

/// Build the detail of one node.
pub fn node_detail(map: &DocumentMap, d: usize, index: crate::graph::NodeIndex) -> NodeDetail<'_> {
    let out = |k: EdgeKind| {
        map.outgoing(index)
            .filter(|e| e.kind == k)
            .map(|e| map.node(e.to).id.as_str())
            .collect()
    };
    let inc = |k: EdgeKind| {
        map.incoming(index)
            .filter(|e| e.kind == k)
            .map(|e| map.node(e.from).id.as_str())
            .collect()
    };
    NodeDetail {
        node: NodeEntry::new(map.node(index), d),
        path: &map.path,
        supports: out(EdgeKind::Supports),
        attacks: out(EdgeKind::Attacks),
        supported_by: inc(EdgeKind::Supports),
        attacked_by: inc(EdgeKind::Attacks),
    }
}

/// Counts for one document, for `stats`.
#[derive(Debug, Serialize)]
pub struct StatsEntry<'a> {
    /// The document's path.
    pub path: &'a str,
    /// Node counts by kind name.
    pub nodes: std::collections::BTreeMap<&'static str, usize>,
    /// Edge counts by kind name.
    pub edges: std::collections::BTreeMap<&'static str, usize>,
}

/// Build the stats of one document.
pub fn stats_entry(map: &DocumentMap) -> StatsEntry<'_> {
    StatsEntry {
        path: &map.path,
        nodes: NodeKind::ALL
            .iter()
            .map(|&k| (k.name(), map.count(k)))
            .collect(),
        edges: EdgeKind::ALL
            .iter()
            .map(|&k| (k.name(), map.count_edges(k)))
            .collect(),
    }
}

/// Write any serialisable value wrapped with the schema version under `key`.
pub fn write_wrapped<T: Serialize>(
    out: &mut dyn std::io::Write,
    key: &str,
    value: &T,
) -> std::io::Result<()> {
    let wrapped = serde_json::json!({ "schema_version": SCHEMA_VERSION, key: value });
    serde_json::to_writer_pretty(&mut *out, &wrapped)?;
    writeln!(out)
}

#[cfg(test)]
mod compact_tests {
    use super::*;
    use crate::document::{Document, SourceFormat};

    /// The hand-written line must be what serde_json writes for the same value.
    fn assert_same_as_serde(maps: &Maps) {
        let mut expected = serde_json::to_vec(&MapEntry::new(maps)).unwrap();
        expected.push(b'\n');
        let mut pushed = Vec::new();
        push_line(&mut pushed, maps);
        assert_eq!(
            String::from_utf8_lossy(&pushed),
            String::from_utf8_lossy(&expected)
        );
        let mut written = Vec::new();
        write_line(&mut written, maps).unwrap();
        assert_eq!(written, expected);
    }

    #[test]
    fn compact_line_matches_serde_json() {
        let essay = include_str!("../../corpus/nato-partnerships.md");
        let a = crate::extract::build_map(&Document::parse(
            "a \"q\".md",
            essay,
            SourceFormat::Markdown,
        ));
        let b = crate::extract::build_map(&Document::parse(
            "b\\\u{1}.md",
            "Cities must plant \"trees\"\t now.\u{7f} Trees cool streets by 3 degrees \\ \u{1f} é 𝔘.\n\n\
             <!-- argmap: claim #c supports thesis -->However, some say costs rise.",
            SourceFormat::Markdown,
        ));
        assert!(a.nodes().len() > 20 && !b.edges().is_empty());
        assert_same_as_serde(std::slice::from_ref(&a));
        assert_same_as_serde(std::slice::from_ref(&b));
        // Recorded cues (read back from a map file) are text: escaped.
        let mut recorded = crate::graph::MapBuilder::new("r.md");
        for node in b.nodes() {
            let mut node = node.clone();
            node.cues
                .push(crate::graph::Cue::recorded("say \"no\"\\\n\u{1}:x"));
            node.cues.push(crate::graph::Cue::recorded("modal:should"));
            recorded.node(node);
        }
        assert_same_as_serde(&[recorded.build()]);
        assert_same_as_serde(&[a, b]);
        assert_same_as_serde(&[]);
        // Long enough that write_line flushes in 64 KiB pieces on the way.
        let long = crate::extract::build_map(&Document::parse(
            "long.md",
            essay.repeat(12),
            SourceFormat::Markdown,
        ));
        let mut line = Vec::new();
        push_line(&mut line, std::slice::from_ref(&long));
        assert!(line.len() > 3 * FLUSH_AT, "{} bytes", line.len());
        assert_same_as_serde(std::slice::from_ref(&long));
    }

    /// The writer copies the name of every kind but `Recorded` unescaped.
    #[test]
    fn cue_kind_names_need_no_escape() {
        for &kind in crate::graph::CueKind::ALL {
            let name = kind.name();
            assert!(!compact::any_needs_escape(name.as_bytes()), "{kind:?}");
            assert_eq!(serde_json::to_string(name).unwrap(), format!("\"{name}\""));
        }
    }

    proptest::proptest! {
        /// The word-at-a-time test against its definition, at every length
        /// and offset (bytes near the three kinds that need an escape).
        #[test]
        fn the_escape_test_agrees_with_a_byte_scan(bytes in proptest::collection::vec(
            proptest::prop_oneof![
                20 => proptest::sample::select(vec![b' ', b'!', b'#', b'[', b']', b'a', 0x7f, 0x80, 0xe9, 0xff]),
                1 => proptest::sample::select(vec![0u8, 0x1f, b'"', b'\\']),
            ],
            0..40,
        )) {
            let plain = bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            proptest::prop_assert_eq!(compact::any_needs_escape(&bytes), plain);
        }
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_does() {
        let all: String = (0u8..0x80)
            .map(char::from)
            .chain(['é', '\u{2028}'])
            .collect();
        let mut buf = Vec::new();
        compact::string(&mut buf, &all);
        assert_eq!(buf, serde_json::to_vec(&all).unwrap());
        // Every offset in and around the eight-byte steps, each kind of escape.
        for special in [
            '"', '\\', '\n', '\u{0}', '\u{1f}', ' ', '~', '\u{7f}', 'é', '\u{80}',
        ] {
            for before in 0..20 {
                for after in [0, 1, 7, 8, 9] {
                    let s = format!("{}{special}{}", "x".repeat(before), "ü".repeat(after));
                    buf.clear();
                    compact::string(&mut buf, &s);
                    assert_eq!(buf, serde_json::to_vec(&s).unwrap(), "{s:?}");
                }
            }
        }
    }
}
