//! Each stage of the pipeline on the bundled essay and on a large input
//! (the essay 100 times over), with pulldown-cmark's parse alone as the floor.
//!
//! Run with `cargo bench --bench pipeline`; `benches/corpus.sh` measures whole
//! runs of the binary on generated corpora.

use argmap::document::{Document, SourceFormat};
use argmap::extract::{self, cues, Options};
use argmap::lint::Linter;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// The bundled essay.
const EMBEDDED_ESSAY: &str = include_str!("../corpus/nato-partnerships.md");

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("essay", EMBEDDED_ESSAY.to_string()),
        ("essay-x100", EMBEDDED_ESSAY.repeat(100)),
    ]
}

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("stage");
    group.sample_size(20);
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let doc = Document::parse("bench.md", text.clone(), SourceFormat::Markdown);
        let built = extract::build(&doc, Options::default());

        group.bench_with_input(
            BenchmarkId::new("pulldown-cmark", name),
            &text,
            |b, text| {
                b.iter(|| {
                    pulldown_cmark::Parser::new(black_box(text))
                        .into_offset_iter()
                        .count()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("document (blocks, sentences)", name),
            &text,
            |b, text| {
                b.iter(|| {
                    Document::parse("bench.md", black_box(text.clone()), SourceFormat::Markdown)
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("cues", name), &doc, |b, doc| {
            b.iter(|| {
                (0..doc.sentences.len())
                    .map(|i| {
                        let weights = extract::weights::Weights::shipped();
                        cues::analyse(doc.plain(i), doc.sentences[i].has_link, weights)
                            .cues
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        let stages = extract::Stages::analyse(&doc, Options::default());
        group.bench_with_input(
            BenchmarkId::new("roles (layout, roles)", name),
            &stages,
            |b, stages| b.iter(|| black_box(stages).roles().units()),
        );
        let roles = stages.roles();
        group.bench_with_input(BenchmarkId::new("relations", name), &stages, |b, stages| {
            b.iter(|| roles.relations(black_box(stages)).len())
        });
        group.bench_with_input(
            BenchmarkId::new("extract (cues, roles, relations)", name),
            &doc,
            |b, doc| {
                b.iter(|| {
                    extract::extract(black_box(doc), Options::default())
                        .relations
                        .len()
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("build map (extract, ids, edges)", name),
            &doc,
            |b, doc| {
                b.iter(|| {
                    extract::build(black_box(doc), Options::default())
                        .map
                        .nodes()
                        .len()
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("lint", name), &doc, |b, doc| {
            let linter = Linter::default();
            b.iter(|| {
                linter
                    .lint_with_issues(doc, &built.map, &built.issues)
                    .findings
                    .len()
            })
        });
        group.bench_with_input(BenchmarkId::new("jsonl", name), &built.map, |b, map| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                argmap::render::json::push_line(&mut out, std::slice::from_ref(map));
                out.len()
            })
        });
        group.bench_with_input(
            BenchmarkId::new("json (pretty)", name),
            &built.map,
            |b, map| {
                b.iter(|| {
                    let mut out = Vec::with_capacity(1 << 20);
                    argmap::render::json::write_map(&mut out, std::slice::from_ref(map)).unwrap();
                    out.len()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
