// Self-test suite that must fail (on purpose): one step expects a message the extension never reports, so the
// run ends with exit code 1 and runTests() rejects. Another step passes, to show a mixed report.
const assert = require('assert');
const vscode = require('vscode');
const { diagnostics, runSteps } = require('./util');

exports.run = async function run() {
  let doc;
  await runSteps('fail suite', [
    ['opens the sample file', async () => {
      await vscode.extensions.getExtension('ccmlint-harness.ccmsample').activate();
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'hello.ccmsample');
      doc = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(doc.languageId, 'ccmsample');
    }],
    ['expects a message the extension does not report (deliberate failure)', async () => {
      const [d] = await diagnostics(doc.uri, 1);
      assert.strictEqual(d.message, 'this message does not exist');
    }],
  ]);
};
