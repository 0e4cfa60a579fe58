//! `argmap server` on a ten-page essay (the bundled essay repeated to about
//! 5,000 words, 30 KB): the work a keystroke costs (read, map, lint, turn the
//! findings into diagnostics), and the whole round trip an editor sees, from
//! sending a `didChange` to receiving its `publishDiagnostics`, through the
//! real message loop with its debounce. The issue asks for the round trip
//! to stay within 30 ms.
//!
//! Run with `cargo bench --bench server`.

use argmap::lint::Linter;
use argmap::server::state::Analysis;
use argmap::server::{diagnostics, serve, Settings};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lsp_server::{Connection, Message, Notification, Request};
use serde_json::json;
use std::hint::black_box;
use std::str::FromStr;

/// The bundled essay.
const EMBEDDED_ESSAY: &str = include_str!("../corpus/nato-partnerships.md");

/// Words on a printed page of an essay.
const WORDS_PER_PAGE: usize = 500;

/// The bundled essay repeated to ten pages.
fn ten_pages() -> String {
    let words = EMBEDDED_ESSAY.split_whitespace().count();
    let copies = (10 * WORDS_PER_PAGE).div_ceil(words);
    vec![EMBEDDED_ESSAY; copies].join("\n\n")
}

fn keystroke(c: &mut Criterion) {
    let text = ten_pages();
    let mut group = c.benchmark_group("server ten pages");
    group.sample_size(30);
    group.throughput(Throughput::Bytes(text.len() as u64));
    let linter = Linter::default();
    let uri = lsp_types::Uri::from_str("file:///bench/essay.md").unwrap();
    group.bench_function("analysis and diagnostics", |b| {
        b.iter(|| {
            let a = Analysis::new("/bench/essay.md", black_box(text.clone()), &linter);
            diagnostics::diagnostics(&a, &uri).len()
        })
    });

    // The real loop, over an in-memory connection.
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || serve(server, Settings::default()));
    let init = Request::new(1.into(), "initialize".into(), json!({"capabilities": {}}));
    client.sender.send(init.into()).unwrap();
    let _ = client.receiver.recv().unwrap();
    let send = |method: &str, params: serde_json::Value| {
        let n = Notification::new(method.to_string(), params);
        client.sender.send(Message::Notification(n)).unwrap();
    };
    let diagnostics_received = || loop {
        if let Message::Notification(n) = client.receiver.recv().unwrap() {
            if n.method == "textDocument/publishDiagnostics" {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    };
    send("initialized", json!({}));
    send(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "file:///bench/essay.md", "languageId": "markdown", "version": 0, "text": text}}),
    );
    assert!(diagnostics_received() > 0);
    let mut version = 0;
    // Two texts that differ by a keystroke, in turn.
    let typed = format!("{text}x");
    group.bench_function("didChange to publishDiagnostics", |b| {
        b.iter(|| {
            version += 1;
            let now = if version % 2 == 0 { &text } else { &typed };
            send(
                "textDocument/didChange",
                json!({"textDocument": {"uri": "file:///bench/essay.md", "version": version}, "contentChanges": [{"text": now}]}),
            );
            diagnostics_received()
        })
    });
    group.finish();
    client
        .sender
        .send(Request::new(2.into(), "shutdown".into(), json!(null)).into())
        .unwrap();
    send("exit", json!(null));
    drop(client);
    let _ = thread.join();
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
