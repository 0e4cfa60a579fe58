// Starts `argmap server` for Markdown and text files and hands it to VS
// Code's language client: diagnostics, hover, outline, role colouring,
// quick fixes, completion, go to definition and rename of ids.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const command = vscode.workspace.getConfiguration("argmap").get("path") || "argmap";
  client = new LanguageClient(
    "argmap",
    "argmap",
    { command, args: ["server"] },
    {
      documentSelector: [
        { language: "markdown" },
        { language: "plaintext" },
      ],
    },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
