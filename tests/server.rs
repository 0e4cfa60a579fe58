//! `argmap server`: the real binary driven over stdio with JSON-RPC, as an
//! editor drives it, checking what each answer says.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

/// Longest wait for one message (debug builds on a loaded machine are slow).
const WAIT: Duration = Duration::from_secs(60);

/// A JSON-RPC client of a running `argmap server`.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Notifications received while waiting for something else.
    notifications: Vec<Value>,
    next_id: i64,
}

impl Client {
    /// Start the server in `dir` and initialize it.
    fn start(dir: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_argmap"))
            .arg("server")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_frame(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            notifications: Vec::new(),
            next_id: 0,
        };
        let init = client.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        );
        assert_eq!(init["serverInfo"]["name"], "argmap");
        let caps = &init["capabilities"];
        assert_eq!(caps["textDocumentSync"]["change"], 1, "full sync");
        assert_eq!(
            caps["semanticTokensProvider"]["legend"]["tokenTypes"],
            json!(["thesis", "claim", "evidence", "recommendation", "objection"])
        );
        assert_eq!(caps["renameProvider"]["prepareProvider"], true);
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request and return its whole response.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.messages.recv_timeout(WAIT).expect("a response");
            if m["id"] == id {
                return m;
            }
            self.notifications.push(m);
        }
    }

    /// Send a request and return its result, failing on an error.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.call(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The next `publishDiagnostics` for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        if let Some(i) = self.notifications.iter().position(|n| {
            n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
        }) {
            return self.notifications.remove(i)["params"].clone();
        }
        loop {
            let m = self.messages.recv_timeout(WAIT).expect("diagnostics");
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"].clone();
            }
            self.notifications.push(m);
        }
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    /// `shutdown`, then `exit`: the server must end with status 0.
    fn finish(mut self) {
        assert_eq!(self.request("shutdown", json!(null)), Value::Null);
        self.notify("exit", json!(null));
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

/// One `Content-Length` framed message.
fn read_frame(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

/// Apply LSP text edits (line/UTF-16 positions; these texts are ASCII).
fn apply(text: &str, edits: &Value) -> String {
    let lines: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |p: &Value| {
        lines[p["line"].as_u64().unwrap() as usize] + p["character"].as_u64().unwrap() as usize
    };
    let mut edits: Vec<(usize, usize, String)> = edits
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    edits.sort();
    let mut out = String::new();
    let mut at = 0;
    for (start, end, new) in edits {
        out.push_str(&text[at..start]);
        out.push_str(&new);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

const ESSAY: &str = "Cities should plant more trees.\n\nTrees make streets pleasant.\n\nTrees cool streets in summer. In 2021, shaded streets in Paris were 4 degrees cooler.\n";

#[test]
fn an_editor_session_gets_real_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my essay.md");
    std::fs::write(&path, ESSAY).unwrap();
    let uri = uri_of(&path);
    let mut c = Client::start(dir.path());

    // didOpen: the unsupported claim on line 3, with everything an editor shows.
    c.open(&uri, ESSAY);
    let d = c.diagnostics(&uri);
    assert_eq!(d["version"], 1);
    let diags = d["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{d}");
    let am002 = &diags[0];
    assert_eq!(am002["code"], "AM002");
    assert_eq!(am002["severity"], 2);
    assert_eq!(am002["source"], "argmap");
    assert_eq!(
        am002["range"],
        json!({"start": pos(2, 0), "end": pos(2, 28)})
    );
    assert_eq!(
        am002["codeDescription"]["href"],
        "https://docs.rs/essay-argmap/latest/argmap/lint/rules/unsupported_claim/struct.UnsupportedClaim.html"
    );
    assert!(am002["message"]
        .as_str()
        .unwrap()
        .starts_with("claim `trees-make-streets-pleasant` has no supporting evidence"));
    assert_eq!(
        am002["relatedInformation"][0]["message"],
        "this supports `thesis`"
    );
    assert_eq!(am002["relatedInformation"][0]["location"]["uri"], uri);

    // didChange: evidence for the claim; the warning goes.
    let changed = ESSAY.replace(
        "pleasant.\n",
        "pleasant. A 2019 survey found that 80% of residents prefer tree-lined streets.\n",
    );
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": changed}]}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(d["version"], 2);
    assert_eq!(d["diagnostics"], json!([]), "{d}");
    // And back, for the requests below.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": ESSAY}]}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(d["diagnostics"][0]["code"], "AM002");

    // Debounce: a burst of keystrokes, one write, gets one publication, of
    // the last text.
    let mut burst = String::new();
    for version in 10..15 {
        let text = format!("{ESSAY}{}", "x".repeat(version - 9));
        let body = json!({"jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}})
        .to_string();
        burst.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    }
    burst.push_str(&{
        let body = json!({"jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": {"textDocument": {"uri": uri, "version": 15}, "contentChanges": [{"text": ESSAY}]}})
        .to_string();
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    });
    c.stdin.write_all(burst.as_bytes()).unwrap();
    c.stdin.flush().unwrap();
    let d = c.diagnostics(&uri);
    assert_eq!(d["version"], 15, "{d}");

    let doc = json!({"uri": uri});
    // hover on "Trees cool ...": role, cues, id and edges both ways.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": doc, "position": pos(4, 3)}),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("**claim** `#trees-cool-streets-summer` (guessed, confidence "),
        "{text}"
    );
    assert!(
        text.contains("\n- supports thesis `#thesis`: \"Cities should plant more trees.\""),
        "{text}"
    );
    assert!(
        text.contains("\n- supported by evidence `#shaded-streets-paris-4`"),
        "{text}"
    );
    assert_eq!(
        hover["range"],
        json!({"start": pos(4, 0), "end": pos(4, 29)})
    );

    // documentSymbol: the map as an outline.
    let symbols = c.request("textDocument/documentSymbol", json!({"textDocument": doc}));
    assert_eq!(symbols.as_array().unwrap().len(), 1, "{symbols}");
    let thesis = &symbols[0];
    assert_eq!(thesis["name"], "thesis: Cities should plant more trees.");
    assert_eq!(thesis["detail"], "#thesis");
    let claims: Vec<&str> = thesis["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["detail"].as_str().unwrap())
        .collect();
    assert_eq!(
        claims,
        vec!["#trees-make-streets-pleasant", "#trees-cool-streets-summer"]
    );
    assert_eq!(
        thesis["children"][1]["children"][0]["detail"],
        "#shaded-streets-paris-4"
    );

    // semanticTokens: one token per sentence, typed by role.
    let tokens = c.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": doc}),
    );
    assert_eq!(
        tokens["data"],
        // The last token is the evidence's proposition, after "In 2021, ".
        json!([0, 0, 31, 0, 0, 2, 0, 28, 1, 0, 2, 0, 29, 1, 0, 0, 39, 46, 2, 0])
    );

    // codeAction on the unsupported claim: mark it, suppress it, annotate all.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": doc, "range": {"start": pos(2, 2), "end": pos(2, 2)},
               "context": {"diagnostics": [d["diagnostics"][0]]}}),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    for wanted in [
        "Mark as evidence",
        "Give this node the id #trees-make-streets-pleasant",
        "Suppress AM002 (unsupported-claim) here, with a reason",
        "Annotate the whole document with argmap's map",
    ] {
        assert!(titles.contains(&wanted), "{wanted} not in {titles:?}");
    }
    let action = |title: &str| {
        actions
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == title)
            .unwrap()
            .clone()
    };
    let mark = action("Mark as evidence");
    assert_eq!(
        apply(ESSAY, &mark["edit"]["changes"][&uri]),
        ESSAY.replace("pleasant.", "pleasant. <!-- argmap: evidence -->")
    );
    let suppress = action("Suppress AM002 (unsupported-claim) here, with a reason");
    assert_eq!(suppress["kind"], "quickfix");
    assert_eq!(suppress["diagnostics"][0]["code"], "AM002");
    let suppressed = apply(ESSAY, &suppress["edit"]["changes"][&uri]);
    assert!(
        suppressed.contains("<!-- argmap-disable-next-line unsupported-claim -- "),
        "{suppressed}"
    );
    let annotate = action("Annotate the whole document with argmap's map");
    assert_eq!(annotate["kind"], "source.argmap.annotate");
    let annotated = apply(ESSAY, &annotate["edit"]["changes"][&uri]);
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_argmap"))
        .args(["annotate"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(annotated, String::from_utf8(cli.stdout).unwrap());
    // `only` narrows to the kinds asked for.
    let only = c.request(
        "textDocument/codeAction",
        json!({"textDocument": doc, "range": {"start": pos(2, 2), "end": pos(2, 2)},
               "context": {"diagnostics": [], "only": ["quickfix"]}}),
    );
    assert!(
        only.as_array()
            .unwrap()
            .iter()
            .all(|a| a["kind"] == "quickfix"),
        "{only}"
    );

    // Completion, definition, references and rename in an annotated text.
    let annotated_text = "We must act. <!-- argmap: thesis #act -->\n\nParks help cities. <!-- argmap: claim supports=act -->\n\nParis has 400 parks. <!-- argmap: evidence supports= -->\n";
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 4}, "contentChanges": [{"text": annotated_text}]}),
    );
    let completion = c.request(
        "textDocument/completion",
        json!({"textDocument": doc, "position": pos(4, 52)}),
    );
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, vec!["act", "parks-help-cities"]);
    assert_eq!(completion[0]["detail"], "thesis: We must act.");
    let roles = c.request(
        "textDocument/completion",
        json!({"textDocument": doc, "position": pos(2, 33)}),
    );
    // After the "c" of "claim": roles starting so, replacing what is typed.
    assert_eq!(roles.as_array().unwrap().len(), 1, "{roles}");
    assert_eq!(roles[0]["label"], "claim");
    assert_eq!(
        roles[0]["textEdit"]["range"],
        json!({"start": pos(2, 32), "end": pos(2, 33)})
    );

    let definition = c.request(
        "textDocument/definition",
        json!({"textDocument": doc, "position": pos(2, 49)}),
    );
    assert_eq!(
        definition["range"],
        json!({"start": pos(0, 0), "end": pos(0, 12)})
    );
    let references = c.request(
        "textDocument/references",
        json!({"textDocument": doc, "position": pos(0, 3), "context": {"includeDeclaration": true}}),
    );
    let at: Vec<Value> = references
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["range"]["start"].clone())
        .collect();
    assert_eq!(at, vec![pos(0, 34), pos(2, 47)]);

    let prepared = c.request(
        "textDocument/prepareRename",
        json!({"textDocument": doc, "position": pos(2, 49)}),
    );
    assert_eq!(prepared["placeholder"], "act");
    let rename = c.request(
        "textDocument/rename",
        json!({"textDocument": doc, "position": pos(2, 49), "newName": "plant-now"}),
    );
    assert_eq!(
        apply(annotated_text, &rename["changes"][&uri]),
        annotated_text
            .replace("#act", "#plant-now")
            .replace("=act", "=plant-now")
    );
    let refused = c.call(
        "textDocument/rename",
        json!({"textDocument": doc, "position": pos(2, 49), "newName": "Not An Id"}),
    );
    assert_eq!(refused["error"]["code"], -32602);
    assert!(refused["error"]["message"]
        .as_str()
        .unwrap()
        .contains("is not an id"));

    // A request about a file that is not open is an error, not a crash.
    let closed = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.md"}, "position": pos(0, 0)}),
    );
    assert_eq!(closed["error"]["code"], -32602);
    c.finish();
}

#[test]
fn the_nearest_argmap_toml_sets_levels_and_a_broken_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("essays");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(
        dir.path().join("argmap.toml"),
        "[rules]\nunsupported-claim = \"error\"\n",
    )
    .unwrap();
    let path = sub.join("a.md");
    std::fs::write(&path, ESSAY).unwrap();
    let uri = uri_of(&path);
    let mut c = Client::start(dir.path());
    c.open(&uri, ESSAY);
    let d = c.diagnostics(&uri);
    assert_eq!(d["diagnostics"][0]["severity"], 1, "{d}");

    // Broken on disk: saving re-reads it, says so once, and lints with the defaults.
    std::fs::write(
        dir.path().join("argmap.toml"),
        "[rules]\nno-such-rule = \"error\"\n",
    )
    .unwrap();
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(d["diagnostics"][0]["severity"], 2, "{d}");
    let shown = c
        .notifications
        .iter()
        .find(|n| n["method"] == "window/showMessage")
        .expect("the error is shown");
    assert!(shown["params"]["message"]
        .as_str()
        .unwrap()
        .contains("unknown rule `no-such-rule`"));
    c.finish();
}

/// Every essay in the fuzz corpus and the bundled corpus: the server's
/// diagnostics are the CLI's findings, and every request on it answers.
#[test]
fn the_server_survives_the_fuzz_corpus_and_agrees_with_the_cli() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "tests/fuzz-corpus",
        "tests/fuzz-corpus/regressions",
        "corpus",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() && path.file_name().unwrap() != "README.md" {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 15, "{files:?}");
    let mut c = Client::start(root);
    for path in &files {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let uri = uri_of(path);
        c.open(&uri, &text);
        let d = c.diagnostics(&uri);
        let got: Vec<(String, u64)> = d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap().to_string(),
                    d["range"]["start"]["line"].as_u64().unwrap() + 1,
                )
            })
            .collect();
        // The CLI on the same bytes (lossily decoded as the editor would).
        let copy = tempfile::Builder::new()
            .suffix(&format!(".{}", path.extension().unwrap().to_str().unwrap()))
            .tempfile_in(path.parent().unwrap())
            .unwrap();
        std::fs::write(copy.path(), &text).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_argmap"))
            .args(["lint", "--output-format", "json"])
            .arg(copy.path())
            .output()
            .unwrap();
        let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
        let want: Vec<(String, u64)> = cli["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap().to_string(),
                    f["span"]["line"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(got, want, "{}", path.display());

        let doc = json!({"uri": uri});
        let lines = text.lines().count() as u32 + 1;
        for line in (0..lines).step_by(3) {
            for character in [0, 5, 40] {
                let at = json!({"textDocument": doc, "position": pos(line, character)});
                for method in [
                    "textDocument/hover",
                    "textDocument/completion",
                    "textDocument/definition",
                    "textDocument/prepareRename",
                ] {
                    let r = c.call(method, at.clone());
                    assert!(
                        r.get("error").is_none(),
                        "{method} on {}: {r}",
                        path.display()
                    );
                }
                let r = c.call(
                    "textDocument/references",
                    json!({"textDocument": doc, "position": pos(line, character), "context": {"includeDeclaration": true}}),
                );
                assert!(r.get("error").is_none(), "{r}");
            }
        }
        for method in [
            "textDocument/documentSymbol",
            "textDocument/semanticTokens/full",
        ] {
            let r = c.call(method, json!({"textDocument": doc}));
            assert!(
                r.get("error").is_none(),
                "{method} on {}: {r}",
                path.display()
            );
        }
        let r = c.call(
            "textDocument/codeAction",
            json!({"textDocument": doc, "range": {"start": pos(0, 0), "end": pos(lines, 0)}, "context": {"diagnostics": []}}),
        );
        assert!(r.get("error").is_none(), "{r}");
        c.notify("textDocument/didClose", json!({"textDocument": doc}));
        assert_eq!(c.diagnostics(&uri)["diagnostics"], json!([]));
    }
    c.finish();
}

#[test]
fn a_client_that_goes_away_without_shutdown_ends_the_server_with_status_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Client::start(dir.path());
    c.notify("exit", json!(null));
    let status = c.child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

/// The README's Neovim lines are the file the Neovim check runs with, so
/// what users copy is what was tested.
#[test]
fn the_readme_gives_the_neovim_configuration_that_is_tested() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lua = std::fs::read_to_string(root.join("editors/neovim/argmap.lua")).unwrap();
    assert!(
        readme.contains(&format!("```lua\n{lua}```")),
        "README and editors/neovim/argmap.lua differ"
    );
}

/// Input that is not LSP: a one-line error and exit status 2, like any bad input.
#[test]
fn input_that_is_not_lsp_is_a_one_line_error() {
    for (input, needle) in [
        ("", "no LSP `initialize` request on standard input"),
        ("garbage\r\n\r\n", "malformed header"),
        ("Content-Length: 5\r\n\r\nhello", "malformed LSP payload"),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_argmap"))
            .arg("server")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("argmap: error: ") && stderr.contains(needle),
            "{stderr}"
        );
    }
}
