// Editor benchmark suite (plain JavaScript, so it needs no compile step): run inside VS Code's extension host by
//   node test/editor/harness/run.mjs --extension . --tests <abs path of this file> --workspace <folder with install.cmd>
// as scripts/bench/editor.mjs does. It measures, with Date.now() in the extension host:
//   activation: around vscode.extensions.getExtension('ccmlint.ccmlint').activate() (the extension starts the
//               language server in activate(), so this includes the server's start and initialize);
//   first diagnostics: from opening install.cmd until its first ccmlint diagnostics arrive (this includes the
//               server's 150 ms debounce after didOpen).
// It logs human-readable lines prefixed "[bench]" and one machine-readable "BENCH_EDITOR {json}" line.
// Not named *.test.js: scripts/test.mjs must not pick it up, and it is never compiled (tsconfig takes .ts only).
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'ccmlint.ccmlint';

/** Resolves when `uri` has at least one ccmlint diagnostic; rejects after `ms` (event-driven, no sleeping). */
function firstDiagnostics(uri, ms) {
  return new Promise((resolve, reject) => {
    let sub;
    const check = () => {
      const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ccmlint');
      if (list.length > 0) {
        clearTimeout(timer);
        sub.dispose();
        resolve(list);
      }
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no ccmlint diagnostics on ${uri.fsPath} within ${ms} ms`));
    }, ms);
    sub = vscode.languages.onDidChangeDiagnostics(check);
    check();
  });
}

exports.run = async function run() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  const wasActive = ext.isActive;

  const beforeActivate = Date.now();
  await ext.activate();
  const activated = Date.now();

  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the benchmark suite needs a workspace folder');
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'install.cmd'));
  const beforeOpen = Date.now();
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const diags = await firstDiagnostics(uri, 30000);
  const diagnosed = Date.now();

  const result = {
    wasActive,
    activateMs: activated - beforeActivate,
    openToDiagnosticsMs: diagnosed - beforeOpen,
    activateToDiagnosticsMs: diagnosed - beforeActivate,
    diagnostics: diags.length,
  };
  console.log(`[bench] extension was ${wasActive ? 'already' : 'not yet'} active when run() started`);
  console.log(`[bench] activate(): ${result.activateMs} ms`);
  console.log(`[bench] open install.cmd -> first ${result.diagnostics} ccmlint diagnostic(s): ${result.openToDiagnosticsMs} ms (includes the server's 150 ms debounce)`);
  console.log(`[bench] activate() start -> first diagnostics: ${result.activateToDiagnosticsMs} ms`);
  console.log(`BENCH_EDITOR ${JSON.stringify(result)}`);
};
