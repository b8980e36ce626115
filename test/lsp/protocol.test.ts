// The bundled language server (dist/server.js), started over stdio and driven by a real LSP client
// library (vscode-languageserver-protocol), as Neovim, Emacs or any other editor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  DocumentSymbolRequest,
  DocumentLinkRequest,
  SignatureHelpRequest,
  SemanticTokensRequest,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type CodeAction,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { EDITOR_CAPABILITIES, startLspSession, type LspSession } from '../support/lsp-session';

const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-lsp-'));
const uriOf = (name: string) => pathToFileURL(path.join(WORKSPACE, name)).toString();

let session: LspSession;
let conn: ProtocolConnection;

/** Resolves with the next diagnostics published for `uri` (event-driven, no sleeping). */
const nextDiagnostics = (uri: string) => session.diagnostics(uri);

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

before(async () => {
  fs.writeFileSync(path.join(WORKSPACE, '.ccmlintrc.json'), JSON.stringify({ siteCode: 'P01', rules: { CCM315: 'off' } }));
  session = await startLspSession(WORKSPACE, EDITOR_CAPABILITIES);
  conn = session.conn;
});

after(async () => {
  await session.stop();
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
});

test('initialize announces the server and its capabilities', () => {
  assert.equal(session.init.serverInfo?.name, 'ccmlint');
  const c = session.init.capabilities;
  assert.ok(c.codeActionProvider && c.completionProvider && c.hoverProvider && c.signatureHelpProvider && c.documentSymbolProvider && c.documentLinkProvider && c.semanticTokensProvider);
  assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2 });
});

const BATCH = '@echo off\nccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\n';

test('diagnostics: rule id, docs link, source, exact range; .ccmlintrc.json applies', async () => {
  const uri = uriOf('install.cmd');
  const pending = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bat', version: 1, text: BATCH } });
  const p = await pending;
  assert.equal(p.version, 1);
  assert.deepEqual(
    p.diagnostics.map((d) => ({ code: d.code, range: d.range, severity: d.severity, source: d.source, href: d.codeDescription?.href })),
    [{ code: 'CCM301', range: { start: { line: 1, character: 88 }, end: { line: 1, character: 103 } }, severity: 1, source: 'ccmlint', href: 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM301.md' }],
  );
});

test('code actions: the fix, disable for this line and file, show documentation; the edit gives the fixed text', async () => {
  const uri = uriOf('install.cmd');
  const actions = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 1, character: 90 }, end: { line: 1, character: 90 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.title), ['Use SMSDIRECTORYLOOKUP=NOWINS', 'Disable CCM301 for this line', 'Disable CCM301 for this file', 'Show documentation for CCM301 wins-promiscuous']);
  assert.equal(actions[0].isPreferred, true);
  assert.equal(applyEdits(BATCH, actions[0].edit!.changes![uri]), BATCH.replace('WINSPROMISCUOUS', 'NOWINS'));
  assert.equal(applyEdits(BATCH, actions[1].edit!.changes![uri]), BATCH.replace('ccmsetup.exe', 'REM ccmlint-disable-next-line CCM301\nccmsetup.exe'));
  assert.equal(applyEdits(BATCH, actions[2].edit!.changes![uri]), BATCH.replace('@echo off\n', '@echo off\nREM ccmlint-disable CCM301\n'));
  assert.deepEqual(actions[3].command?.arguments?.[0], 'CCM301');
});

test('fix-all applies only safe fixes', async () => {
  const uri = uriOf('fixall.ccmsetup');
  const text = 'ccmsetup.exe /mp=mp1.contoso.com /NoCRLCheck SMSSITECODE:P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\n';
  const pending = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccmsetup', version: 1, text } });
  await pending;
  const actions = (await conn.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.ccmlint']);
  assert.equal(applyEdits(text, actions[0].edit!.changes![uri]), 'ccmsetup.exe /mp:mp1.contoso.com /NoCRLCheck SMSSITECODE=P01 SMSDIRECTORYLOOKUP=NOWINS\n');
});

test('incremental changes re-analyse the document and drop stale runs', async () => {
  const uri = uriOf('install.cmd');
  const pending = nextDiagnostics(uri);
  // two quick edits: only the last version is published
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 88 }, end: { line: 1, character: 103 } }, text: 'WINSSECURE' }],
  });
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: { line: 1, character: 88 }, end: { line: 1, character: 98 } }, text: 'NOWINS' }],
  });
  const p = await pending;
  assert.equal(p.version, 3);
  assert.deepEqual(p.diagnostics, []);
});

test('linting the workspace counts the findings of open documents as well as those of files on disk', async () => {
  const onDisk = path.join(WORKSPACE, 'on-disk.ccmsetup');
  fs.writeFileSync(onDisk, 'ccmsetup.exe SMSSITECODE=P01 /NoCRLCheck\n');
  const uri = uriOf('open-one.ccmsetup');
  const pending = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccmsetup', version: 1, text: 'ccmsetup.exe SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\n' } });
  const openDiagnostics = (await pending).diagnostics.length;
  assert.ok(openDiagnostics >= 1);
  const diskPending = nextDiagnostics(pathToFileURL(onDisk).toString());
  const result = (await conn.sendRequest('ccmlint/lintFiles', { uris: [uri, pathToFileURL(onDisk).toString()] })) as { files: number; findings: number; skipped: string[] };
  const diskDiagnostics = (await diskPending).diagnostics.length;
  assert.deepEqual(result, { files: 2, findings: openDiagnostics + diskDiagnostics, skipped: [] });
});

test('completion, hover, signature help, symbols, links and semantic tokens answer', async () => {
  const uri = uriOf('scratch.ccmsetup');
  const text = '# ccmlint-disable-next-line CCM303\nccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 SMSCACHEFLAGS=\n';
  const pending = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccmsetup', version: 1, text } });
  await pending;
  const line = text.split('\n')[1];
  const completion = await conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: line.length } });
  const items = Array.isArray(completion) ? completion : completion?.items ?? [];
  assert.ok(items.some((i) => i.label === 'COMPRESS'), 'cache flags are offered after SMSCACHEFLAGS=');
  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: line.indexOf('SMSSITECODE') + 2 } });
  assert.match(JSON.stringify(hover?.contents), /SMSSITECODE/);
  const sig = await conn.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position: { line: 1, character: line.indexOf('mp1') } });
  assert.ok(sig && sig.signatures.length === 1 && sig.signatures[0].label.startsWith('/mp'));
  const symbols = await conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(symbols && symbols.length === 1);
  const links = await conn.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
  assert.deepEqual(links?.map((l) => l.target), ['https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM303.md']);
  const tokens = await conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  assert.ok(tokens && tokens.data.length > 0 && tokens.data.length % 5 === 0);
});

test('bad requests get an error or an empty answer, and the server keeps answering', async () => {
  const unknown = uriOf('never-opened.cmd');
  const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: unknown }, position: { line: 0, character: 0 } });
  assert.equal(hover, null);
  const uri = uriOf('install.cmd');
  const far = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9999, character: 9999 } });
  assert.equal(far, null);
  const actions = await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 50, character: 0 }, end: { line: 99, character: 5 } }, context: { diagnostics: [] } });
  assert.deepEqual(actions, []);
  const again = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
  assert.ok(again, 'still answering');
});
