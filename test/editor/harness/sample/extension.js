// Self-test extension of the editor harness: a warning on every "bad" and a hover that names the word under
// the cursor, prefixed with the `ccmsample.greeting` setting. VS Code activates it for the ccmsample language
// (activation events for contributed languages are implicit).
const vscode = require('vscode');

function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('ccmsample');
  const check = (doc) => {
    if (doc.languageId !== 'ccmsample') return;
    const found = [];
    for (const m of doc.getText().matchAll(/\bbad\b/g)) {
      const range = new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length));
      const d = new vscode.Diagnostic(range, "'bad' is not allowed here", vscode.DiagnosticSeverity.Warning);
      d.source = 'ccmsample';
      found.push(d);
    }
    diagnostics.set(doc.uri, found);
  };
  context.subscriptions.push(
    diagnostics,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
    vscode.languages.registerHoverProvider('ccmsample', {
      provideHover(doc, position) {
        const range = doc.getWordRangeAtPosition(position);
        if (!range) return undefined;
        const greeting = vscode.workspace.getConfiguration('ccmsample').get('greeting');
        return new vscode.Hover(`${greeting}: ${doc.getText(range)}`, range);
      },
    }),
  );
  vscode.workspace.textDocuments.forEach(check);
  // The tests read this to see where the extension host runs.
  return { node: process.version, execPath: process.execPath };
}

module.exports = { activate, deactivate() {} };
