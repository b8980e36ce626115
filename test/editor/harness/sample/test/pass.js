// Self-test suite that must pass: the extension activates in a Node extension host, puts a diagnostic on "bad",
// follows edits, and hovers with the greeting from the user settings (the self-test passes sample/settings.json).
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { diagnostics, hoverText, runSteps } = require('./util');

const EXTENSION_ID = 'ccmlint-harness.ccmsample';

exports.run = async function run() {
  let api, doc;
  await runSteps('pass suite', [
    ['activates in a Node extension host', async () => {
      // The test module starts before language activation has finished: activate explicitly.
      api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
      assert.match(api.node, /^v\d+\./);
      console.log(`    extension host: node ${api.node}`);
    }],
    ['opens the workspace folder', () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      assert.deepStrictEqual(folders.map((f) => path.basename(f.uri.fsPath)), ['workspace']);
    }],
    ['reports a warning on "bad"', async () => {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'hello.ccmsample');
      doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(doc.languageId, 'ccmsample');
      const [d] = await diagnostics(doc.uri, 1);
      assert.strictEqual(d.message, "'bad' is not allowed here");
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [1, 13, 16]);
    }],
    ['follows an edit (not saved)', async () => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), 'bad ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const list = await diagnostics(doc.uri, 2);
      assert.deepStrictEqual(list.map((d) => d.range.start.line).sort(), [0, 1]);
    }],
    ['hovers with the greeting from the user settings', async () => {
      const setting = vscode.workspace.getConfiguration('ccmsample').inspect('greeting');
      assert.strictEqual(setting.globalValue, 'hi from user settings', 'run the suite with --settings sample/settings.json');
      assert.strictEqual(await hoverText(doc.uri, new vscode.Position(0, 6)), 'hi from user settings: hello');
    }],
  ]);
};
