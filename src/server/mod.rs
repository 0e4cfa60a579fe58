//! The language server: the Language Server Protocol on a connection, so
//! that the argument's structure, its findings and quick fixes show in the
//! editor as the essay is typed. `argmap server` runs [`serve`] on standard
//! input and output; tests and benches run it on an in-memory connection.
//!
//! One thread answers messages in order; the work per message is small (a
//! ten-page essay is read, mapped and linted in a few milliseconds), so
//! there is nothing to gain from a pool and much to lose in ordering. Edits
//! are debounced: diagnostics are published once no message has come for
//! [`Settings::debounce`], from the latest text. A request cancelled before
//! it is reached is answered `RequestCancelled` without work, and a panic
//! in one request is answered with an error and leaves the server running.

pub mod actions;
pub mod completion;
pub mod diagnostics;
pub mod hover;
pub mod navigation;
pub mod position;
pub mod refs;
pub mod state;
pub mod symbols;
pub mod tokens;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::*;
use serde::de::DeserializeOwned;
use serde_json::Value;
use state::{Analysis, Configs};
use std::collections::{HashMap, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// How long the server waits after the last edit before it publishes diagnostics.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(10);

/// What the server is started with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `--config`: one argmap.toml for every file instead of the nearest one.
    pub config: Option<PathBuf>,
    /// Quiet time after an edit before diagnostics are published; the
    /// client may set it in `initializationOptions.debounceMs`.
    pub debounce: Duration,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            config: None,
            debounce: DEFAULT_DEBOUNCE,
        }
    }
}

/// Serve LSP on a connection: the initialize handshake, then messages
/// until `exit` or until the client goes away.
pub fn serve(connection: Connection, mut settings: Settings) -> anyhow::Result<bool> {
    let (id, params) = connection.initialize_start().map_err(|e| {
        anyhow::anyhow!(
            "no LSP `initialize` request on standard input ({e}); `argmap server` is \
             started by an editor (see the README's \"In the editor\")"
        )
    })?;
    let init: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    if let Some(ms) = init
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("debounceMs"))
        .and_then(Value::as_u64)
    {
        settings.debounce = Duration::from_millis(ms);
    }
    let result = InitializeResult {
        capabilities: capabilities(),
        server_info: Some(ServerInfo {
            name: "argmap".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    };
    connection.initialize_finish(id, serde_json::to_value(result)?)?;
    let mut server = Server {
        configs: Configs::new(settings.config.clone()),
        settings,
        connection,
        docs: HashMap::new(),
        queue: VecDeque::new(),
        shutdown: false,
        reported_config_errors: Vec::new(),
    };
    server.run()
}

/// What the server offers.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                work_done_progress_options: WorkDoneProgressOptions::default(),
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::new("refactor.rewrite.argmap"),
                CodeActionKind::new(actions::ANNOTATE_KIND),
            ]),
            ..CodeActionOptions::default()
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some([":", " ", "=", ",", "#", "-"].map(str::to_string).to_vec()),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        ..ServerCapabilities::default()
    }
}

/// An open essay.
struct OpenDocument {
    uri: Uri,
    version: i32,
    text: String,
    /// The analysis of `text`, once made.
    analysis: Option<Rc<Analysis>>,
    /// When the text changed without diagnostics published since.
    dirty_since: Option<Instant>,
}

struct Server {
    settings: Settings,
    connection: Connection,
    configs: Configs,
    docs: HashMap<Uri, OpenDocument>,
    /// Messages received but not yet handled (read ahead to see cancellations).
    queue: VecDeque<Message>,
    shutdown: bool,
    /// Configuration errors already shown, so that each is shown once.
    reported_config_errors: Vec<String>,
}

/// A request that failed: its error code and message.
type Failure = (ErrorCode, String);

impl Server {
    fn run(&mut self) -> anyhow::Result<bool> {
        loop {
            // Due diagnostics go out even while requests keep coming (a
            // client hovering as the mouse moves): only edits delay them.
            if self.next_deadline().is_some_and(|d| d <= Instant::now()) {
                self.publish_due();
            }
            let message = match self.queue.pop_front() {
                Some(m) => m,
                None => match self.next_deadline() {
                    Some(deadline) => {
                        let wait = deadline.saturating_duration_since(Instant::now());
                        match self.connection.receiver.recv_timeout(wait) {
                            Ok(m) => m,
                            Err(e) if e.is_timeout() => {
                                self.publish_due();
                                continue;
                            }
                            Err(_) => return Ok(false),
                        }
                    }
                    None => match self.connection.receiver.recv() {
                        Ok(m) => m,
                        Err(_) => return Ok(false),
                    },
                },
            };
            // Read what else has arrived, so that a cancellation or a newer
            // edit behind this message is seen before work is done.
            while let Ok(m) = self.connection.receiver.try_recv() {
                self.queue.push_back(m);
            }
            match message {
                Message::Request(request) => self.on_request(request),
                Message::Notification(n) if n.method == note::Exit::METHOD => {
                    return Ok(self.shutdown)
                }
                Message::Notification(n) => {
                    let method = n.method.clone();
                    if catch_unwind(AssertUnwindSafe(|| self.on_notification(n))).is_err() {
                        self.log(
                            MessageType::ERROR,
                            format!("argmap: internal error in {method}"),
                        );
                    }
                }
                Message::Response(_) => {}
            }
        }
    }

    /// When the earliest pending diagnostics are due.
    fn next_deadline(&self) -> Option<Instant> {
        self.docs
            .values()
            .filter_map(|d| d.dirty_since)
            .min()
            .map(|t| t + self.settings.debounce)
    }

    /// Publish the diagnostics whose quiet time has passed.
    fn publish_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Uri> = self
            .docs
            .values()
            .filter(|d| {
                d.dirty_since
                    .is_some_and(|t| t + self.settings.debounce <= now)
            })
            .map(|d| d.uri.clone())
            .collect();
        for uri in due {
            if catch_unwind(AssertUnwindSafe(|| self.publish(&uri))).is_err() {
                self.log(
                    MessageType::ERROR,
                    format!("argmap: internal error analysing {}", uri.as_str()),
                );
                if let Some(d) = self.docs.get_mut(&uri) {
                    d.dirty_since = None;
                }
            }
        }
    }

    fn publish(&mut self, uri: &Uri) {
        let Some(analysis) = self.analysis(uri) else {
            return;
        };
        let Some(doc) = self.docs.get_mut(uri) else {
            return;
        };
        doc.dirty_since = None;
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics: diagnostics::diagnostics(&analysis, uri),
            version: Some(doc.version),
        };
        self.notify::<note::PublishDiagnostics>(params);
    }

    /// The analysis of an open document's current text, made if need be.
    fn analysis(&mut self, uri: &Uri) -> Option<Rc<Analysis>> {
        let doc = self.docs.get(uri)?;
        if let Some(a) = &doc.analysis {
            return Some(a.clone());
        }
        let path = state::uri_path(uri);
        let (linter, error) = self.configs.linter_for(path.as_deref());
        if let Some(error) = error {
            if !self.reported_config_errors.contains(&error) {
                self.reported_config_errors.push(error.clone());
                self.notify::<note::ShowMessage>(ShowMessageParams {
                    typ: MessageType::ERROR,
                    message: format!("argmap: {error}; using the default rule levels"),
                });
            }
        }
        let doc = self.docs.get_mut(uri)?;
        let analysis = Rc::new(Analysis::new(
            &state::display_path(uri),
            doc.text.clone(),
            &linter,
        ));
        doc.analysis = Some(analysis.clone());
        Some(analysis)
    }

    fn on_notification(&mut self, n: Notification) {
        match n.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                if let Some(p) = params::<DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    self.docs.insert(
                        d.uri.clone(),
                        OpenDocument {
                            uri: d.uri.clone(),
                            version: d.version,
                            text: d.text,
                            analysis: None,
                            dirty_since: None,
                        },
                    );
                    // Opening is not typing: diagnostics at once.
                    self.publish(&d.uri);
                }
            }
            note::DidChangeTextDocument::METHOD => {
                if let Some(p) = params::<DidChangeTextDocumentParams>(n.params) {
                    if let Some(doc) = self.docs.get_mut(&p.text_document.uri) {
                        // Full sync: the last change holds the whole text.
                        if let Some(change) = p.content_changes.into_iter().last() {
                            doc.text = change.text;
                            doc.version = p.text_document.version;
                            doc.analysis = None;
                            doc.dirty_since = Some(Instant::now());
                        }
                    }
                }
            }
            note::DidSaveTextDocument::METHOD => {
                if let Some(p) = params::<DidSaveTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if let Some(doc) = self.docs.get_mut(&uri) {
                        if let Some(text) = p.text {
                            doc.text = text;
                        }
                        // argmap.toml may have changed: analyse again.
                        doc.analysis = None;
                    }
                    self.publish(&uri);
                }
            }
            note::DidCloseTextDocument::METHOD => {
                if let Some(p) = params::<DidCloseTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    self.docs.remove(&uri);
                    self.notify::<note::PublishDiagnostics>(PublishDiagnosticsParams {
                        uri,
                        diagnostics: Vec::new(),
                        version: None,
                    });
                }
            }
            // Handled where the request it names is reached.
            note::Cancel::METHOD => {}
            _ => {}
        }
    }

    fn on_request(&mut self, request: Request) {
        let id = request.id.clone();
        if self.cancelled(&id) {
            self.respond(Response::new_err(
                id,
                ErrorCode::RequestCanceled as i32,
                "cancelled".to_string(),
            ));
            return;
        }
        let method = request.method.clone();
        let outcome = catch_unwind(AssertUnwindSafe(|| self.answer(request)));
        let response = match outcome {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err((code, message))) => Response::new_err(id, code as i32, message),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    format!("argmap: internal error in {method}: {what}"),
                )
            }
        };
        self.respond(response);
    }

    /// True when a `$/cancelRequest` for `id` is waiting in the queue.
    fn cancelled(&self, id: &RequestId) -> bool {
        self.queue.iter().any(|m| match m {
            Message::Notification(n) if n.method == note::Cancel::METHOD => {
                serde_json::from_value::<CancelParams>(n.params.clone())
                    .map(|p| match p.id {
                        NumberOrString::Number(n) => RequestId::from(n) == *id,
                        NumberOrString::String(s) => RequestId::from(s) == *id,
                    })
                    .unwrap_or(false)
            }
            _ => false,
        })
    }

    fn answer(&mut self, request: Request) -> Result<Value, Failure> {
        if self.shutdown && request.method != req::Shutdown::METHOD {
            return Err((
                ErrorCode::InvalidRequest,
                "the server is shutting down".into(),
            ));
        }
        let p = request.params;
        match request.method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                Ok(Value::Null)
            }
            req::HoverRequest::METHOD => {
                let p: HoverParams = parse(p)?;
                let (a, offset) = self.at(&p.text_document_position_params)?;
                json(hover::hover(&a, offset))
            }
            req::DocumentSymbolRequest::METHOD => {
                let p: DocumentSymbolParams = parse(p)?;
                let a = self.open(&p.text_document.uri)?;
                json(DocumentSymbolResponse::Nested(symbols::outline(&a)))
            }
            req::SemanticTokensFullRequest::METHOD => {
                let p: SemanticTokensParams = parse(p)?;
                let a = self.open(&p.text_document.uri)?;
                json(SemanticTokensResult::Tokens(SemanticTokens {
                    result_id: None,
                    data: tokens::tokens(&a),
                }))
            }
            req::CodeActionRequest::METHOD => {
                let p: CodeActionParams = parse(p)?;
                let uri = p.text_document.uri;
                let a = self.open(&uri)?;
                let start = a.lines.offset(a.text(), p.range.start);
                let end = a.lines.offset(a.text(), p.range.end).max(start);
                let found = actions::actions(&a, &uri, start..end, &p.context.diagnostics);
                let only = p.context.only.unwrap_or_default();
                let response: CodeActionResponse = found
                    .into_iter()
                    .filter(|c| {
                        only.is_empty()
                            || c.kind.as_ref().is_some_and(|k| {
                                only.iter().any(|o| {
                                    k.as_str() == o.as_str()
                                        || k.as_str().starts_with(&format!("{}.", o.as_str()))
                                })
                            })
                    })
                    .map(CodeActionOrCommand::CodeAction)
                    .collect();
                json(response)
            }
            req::Completion::METHOD => {
                let p: CompletionParams = parse(p)?;
                let (a, offset) = self.at(&p.text_document_position)?;
                json(CompletionResponse::Array(completion::complete(&a, offset)))
            }
            req::GotoDefinition::METHOD => {
                let p: GotoDefinitionParams = parse(p)?;
                let uri = p.text_document_position_params.text_document.uri.clone();
                let (a, offset) = self.at(&p.text_document_position_params)?;
                json(navigation::definition(&a, &uri, offset).map(GotoDefinitionResponse::Scalar))
            }
            req::References::METHOD => {
                let p: ReferenceParams = parse(p)?;
                let uri = p.text_document_position.text_document.uri.clone();
                let (a, offset) = self.at(&p.text_document_position)?;
                json(navigation::references(
                    &a,
                    &uri,
                    offset,
                    p.context.include_declaration,
                ))
            }
            req::PrepareRenameRequest::METHOD => {
                let p: TextDocumentPositionParams = parse(p)?;
                let (a, offset) = self.at(&p)?;
                let tokens = refs::id_tokens(&a);
                json(navigation::id_at(&a, &tokens, offset).map(|(id, range)| {
                    PrepareRenameResponse::RangeWithPlaceholder {
                        range,
                        placeholder: id,
                    }
                }))
            }
            req::Rename::METHOD => {
                let p: RenameParams = parse(p)?;
                let uri = p.text_document_position.text_document.uri.clone();
                let (a, offset) = self.at(&p.text_document_position)?;
                let edits = navigation::rename(&a, offset, &p.new_name)
                    .map_err(|e| (ErrorCode::InvalidParams, e.to_string()))?;
                json(WorkspaceEdit::new(HashMap::from([(uri, edits)])))
            }
            #[cfg(test)]
            "argmap/panic" => panic!("asked to"),
            other => Err((ErrorCode::MethodNotFound, format!("unknown method {other}"))),
        }
    }

    /// The analysis of an open document, or an error naming it.
    fn open(&mut self, uri: &Uri) -> Result<Rc<Analysis>, Failure> {
        self.analysis(uri).ok_or_else(|| {
            (
                ErrorCode::InvalidParams,
                format!("{} is not open", uri.as_str()),
            )
        })
    }

    /// The analysis and byte offset of a document position.
    fn at(&mut self, p: &TextDocumentPositionParams) -> Result<(Rc<Analysis>, usize), Failure> {
        let a = self.open(&p.text_document.uri)?;
        let offset = a.lines.offset(a.text(), p.position);
        Ok((a, offset))
    }

    fn respond(&self, response: Response) {
        // A closed connection ends the loop at the next receive.
        let _ = self.connection.sender.send(Message::Response(response));
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        let n = Notification::new(N::METHOD.to_string(), params);
        let _ = self.connection.sender.send(Message::Notification(n));
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify::<note::LogMessage>(LogMessageParams { typ, message });
    }
}

fn params<P: DeserializeOwned>(value: Value) -> Option<P> {
    serde_json::from_value(value).ok()
}

fn parse<P: DeserializeOwned>(value: Value) -> Result<P, Failure> {
    serde_json::from_value(value).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

fn json(value: impl serde::Serialize) -> Result<Value, Failure> {
    serde_json::to_value(value).map_err(|e| (ErrorCode::InternalError, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn start() -> (Connection, std::thread::JoinHandle<bool>) {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || serve(server, Settings::default()).unwrap());
        let init = Request::new(1.into(), "initialize".into(), json!({"capabilities": {}}));
        client.sender.send(init.into()).unwrap();
        let Message::Response(r) = client.receiver.recv().unwrap() else {
            panic!()
        };
        assert!(r.result.unwrap()["capabilities"]["hoverProvider"] == json!(true));
        client
            .sender
            .send(Notification::new("initialized".into(), json!({})).into())
            .unwrap();
        (client, handle)
    }

    fn response(client: &Connection) -> Response {
        loop {
            match client.receiver.recv().unwrap() {
                Message::Response(r) => return r,
                _ => continue,
            }
        }
    }

    #[test]
    fn a_panicking_request_is_answered_and_the_server_lives_on() {
        let (client, handle) = start();
        client
            .sender
            .send(Request::new(2.into(), "argmap/panic".into(), json!(null)).into())
            .unwrap();
        let r = response(&client);
        let error = r.error.expect("an error");
        assert_eq!(error.code, ErrorCode::InternalError as i32);
        assert!(error.message.contains("asked to"), "{}", error.message);
        client
            .sender
            .send(Request::new(3.into(), "shutdown".into(), json!(null)).into())
            .unwrap();
        assert_eq!(response(&client).id, 3.into());
        client
            .sender
            .send(Notification::new("exit".into(), json!(null)).into())
            .unwrap();
        assert!(handle.join().unwrap());
    }

    #[test]
    fn a_request_cancelled_before_it_is_reached_is_not_worked_on() {
        let (server, client) = Connection::memory();
        // Everything is queued before the server starts, so it reads the
        // cancellation ahead of the request it cancels.
        let uri = "file:///nowhere/t.md";
        let text = "Cities should plant more trees.\n";
        for m in [
            Request::new(1.into(), "initialize".into(), json!({"capabilities": {}})).into(),
            Notification::new("initialized".into(), json!({})).into(),
            Notification::new("textDocument/didOpen".into(), json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})).into(),
            Request::new(7.into(), "textDocument/documentSymbol".into(), json!({"textDocument": {"uri": uri}})).into(),
            Notification::new("$/cancelRequest".into(), json!({"id": 7})).into(),
            Request::new(8.into(), "textDocument/documentSymbol".into(), json!({"textDocument": {"uri": uri}})).into(),
        ] {
            let m: Message = m;
            client.sender.send(m).unwrap();
        }
        let handle = std::thread::spawn(move || serve(server, Settings::default()).unwrap());
        assert_eq!(response(&client).id, 1.into());
        let cancelled = response(&client);
        assert_eq!(cancelled.id, 7.into());
        assert_eq!(
            cancelled.error.unwrap().code,
            ErrorCode::RequestCanceled as i32
        );
        let answered = response(&client);
        assert_eq!(answered.id, 8.into());
        assert_eq!(answered.result.unwrap()[0]["detail"], "#thesis");
        drop(client);
        assert!(!handle.join().unwrap());
    }
}
