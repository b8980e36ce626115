// The language server (dist/server.js over stdio, driven by vscode-languageserver-protocol like
// test/lsp/protocol.test.ts) survives bad requests and bad documents: positions past the end and negative,
// unknown documents, a change to a document that was never opened, invalid settings, cancelled requests,
// parameters of the wrong type, unknown methods, a 5 MB document and a deeply nested PowerShell script.
// After each, the process is still running and answers a hover on a known document correctly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  HoverRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { EDITOR_CAPABILITIES, startLspSession, type LspSession } from '../support/lsp-session';

const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-robust-'));
const uriOf = (name: string) => pathToFileURL(path.join(WORKSPACE, name)).toString();

let session: LspSession;
let proc: ChildProcessWithoutNullStreams;
let conn: ProtocolConnection;
const stderr = () => session.stderr();

/** The next diagnostics published for `uri` (for `version`, when given). */
function nextDiagnostics(uri: string, timeoutMs = 30_000, version?: number): Promise<PublishDiagnosticsParams> {
  return session.diagnostics(uri, { timeoutMs, accept: (p) => version === undefined || p.version === version });
}

/** A request that must be answered (with a result or an error) within the time limit. */
async function answered<T>(p: Promise<T>, what: string, timeoutMs = 30_000): Promise<{ result?: T; error?: Error }> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms (server ${proc.exitCode === null ? 'running' : `exited with ${proc.exitCode}`}); stderr: ${stderr().slice(-2000)}`)), timeoutMs);
  });
  try {
    return { result: await Promise.race([p, limit]) };
  } catch (err) {
    if ((err as Error).message.includes('no answer within')) throw err;
    return { error: err as Error };
  } finally {
    clearTimeout(timer);
  }
}

const REF = uriOf('reference.ccmsetup');
const REF_TEXT = '# the document every test hovers on afterwards\nccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01\n';
const SITE_AT = REF_TEXT.split('\n')[1].indexOf('SMSSITECODE');

/** The server is alive and answers a hover on the reference document with the right range and text. */
async function hoverStillWorks(after: string): Promise<void> {
  await settle();
  assert.equal(proc.exitCode, null, `the server exited after ${after}; stderr: ${stderr().slice(-2000)}`);
  const { result, error } = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri: REF }, position: { line: 1, character: SITE_AT + 3 } }), `hover after ${after}`);
  assert.equal(error, undefined, `hover after ${after} failed: ${error?.message}`);
  const hover = result as Hover | null;
  assert.ok(hover, `no hover after ${after}`);
  assert.match(JSON.stringify(hover.contents), /SMSSITECODE/);
  assert.deepEqual(hover.range, { start: { line: 1, character: SITE_AT }, end: { line: 1, character: SITE_AT + 'SMSSITECODE'.length } });
}

/** Starts the server, initializes it and opens the reference document. */
async function startServer(): Promise<void> {
  session = await startLspSession(WORKSPACE, EDITOR_CAPABILITIES);
  proc = session.proc;
  conn = session.conn;
  const pending = nextDiagnostics(REF);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: REF, languageId: 'ccmsetup', version: 1, text: REF_TEXT } });
  await pending;
  await hoverStillWorks('start-up');
}

/** Each test starts from a running server: one that an earlier test took down is started again. */
async function ensureServer(): Promise<void> {
  if (proc?.exitCode === null && proc.signalCode === null) return;
  await session?.stop();
  await startServer();
}

/** Lets the server's debounced analysis (150 ms) run, so a crash in it shows up in the test that caused it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

before(startServer);

after(async () => {
  await session.stop();
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
});

test('positions past the end of the document and negative positions', async () => {
  await ensureServer();
  const positions = [
    { line: 9999, character: 9999 },
    { line: 1, character: 99999 },
    { line: 2, character: 0 }, // the empty last line
    { line: 3, character: 0 },
    { line: -1, character: 0 },
    { line: 0, character: -5 },
    { line: -2147483648, character: -2147483648 },
    { line: 2147483647, character: 2147483647 },
  ];
  for (const position of positions) {
    const where = JSON.stringify(position);
    await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri: REF }, position }), `hover at ${where}`);
    await answered(conn.sendRequest(CompletionRequest.type, { textDocument: { uri: REF }, position }), `completion at ${where}`);
    await answered(conn.sendRequest(SignatureHelpRequest.type, { textDocument: { uri: REF }, position }), `signature help at ${where}`);
    await answered(conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: REF }, range: { start: position, end: position }, context: { diagnostics: [] } }), `code actions at ${where}`);
  }
  // a hover past the end is no hover (the position is not clamped onto the last line)
  const far = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri: REF }, position: { line: 9999, character: 9999 } }), 'hover far away');
  assert.equal(far.result ?? null, null);
  await answered(
    conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: REF }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
    'code actions for a reversed range',
  );
  await hoverStillWorks('positions outside the document');
});

test('requests for documents that were never opened', async () => {
  await ensureServer();
  for (const uri of [uriOf('never-opened.cmd'), 'untitled:Untitled-1', 'file:///', 'not a uri at all', '']) {
    const hover = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), `hover on ${uri}`);
    assert.equal(hover.result ?? null, null, `hover on ${JSON.stringify(uri)}`);
    await answered(conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), `completion on ${uri}`);
    await answered(conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), `symbols of ${uri}`);
    await answered(conn.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } }), `links of ${uri}`);
    await answered(conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), `semantic tokens of ${uri}`);
    const actions = await answered(
      conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }),
      `fix-all of ${uri}`,
    );
    assert.deepEqual(actions.result ?? [], []);
  }
  await hoverStillWorks('requests for unknown documents');
});

test('changes and closes for documents that were never opened, and out-of-range edits', async () => {
  await ensureServer();
  const ghost = uriOf('ghost.cmd');
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: ghost, version: 7 },
    contentChanges: [{ range: { start: { line: 3, character: 1 }, end: { line: 9, character: 2 } }, text: 'ccmsetup.exe /mp:x' }],
  });
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: ghost, version: 8 }, contentChanges: [{ text: 'whole text' }] });
  await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf('ghost-2.ps1') } });
  const hover = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), 'hover on the ghost');
  assert.equal(hover.result ?? null, null, 'a change does not open a document');

  // an open document: edits past its end, reversed ranges, an older version, then a good edit
  const uri = uriOf('edited.cmd');
  const text = '@echo off\nccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01\n';
  let pending = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bat', version: 1, text } });
  await pending;
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }, text: ' SMSCACHESIZE=100' },
      { range: { start: { line: 1, character: 40 }, end: { line: 0, character: 2 } }, text: '' },
      { range: { start: { line: -1, character: -1 }, end: { line: 1, character: 1e9 } }, text: 'ccmsetup.exe SMSSITECODE=P01' },
    ],
  });
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'older version' }] });
  await hoverStillWorks('edits outside an open document');
  pending = nextDiagnostics(uri, 30_000, 10);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 10 }, contentChanges: [{ text: 'ccmsetup.exe SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSSITECODE=P01\n' }] });
  const p = await pending;
  assert.deepEqual(p.diagnostics.map((d) => d.code).filter((c) => c === 'CCM301'), ['CCM301'], 'the document is analysed again after the bad edits');
  await hoverStillWorks('a good edit after bad ones');
});

test('invalid settings through workspace/didChangeConfiguration', async () => {
  await ensureServer();
  const uri = uriOf('settings.ccmsetup');
  const pendingOpen = nextDiagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ccmsetup', version: 1, text: 'ccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01\n' } });
  await pendingOpen;
  const proto = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
  const bad: unknown[] = [
    null,
    'garbage',
    42,
    [],
    { ccmlint: null },
    { ccmlint: 'everything off' },
    { ccmlint: { rules: 'loud', siteCode: 42, environment: [] } },
    { ccmlint: { rules: { CCM303: { severity: 'off' }, CCM999: 'off', ccm000: 7 }, siteCode: 'TOO LONG', environment: { httpsOnly: 'yes', adPublished: null } } },
    { ccmlint: { rules: proto, environment: proto, siteCode: proto } },
    { ccmlint: { rules: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`CCM${i}`, 'error'])) } },
  ];
  for (const settings of bad) {
    await conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
    await hoverStillWorks(`settings ${JSON.stringify(settings).slice(0, 60)}`);
  }
  // valid settings still apply afterwards: CCM303 off, then back on
  let pending = nextDiagnostics(uri);
  await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { ccmlint: { rules: { CCM303: 'off' } } } });
  let p = await pending;
  while (p.diagnostics.some((d) => d.code === 'CCM303')) p = await nextDiagnostics(uri); // runs queued by the bad settings
  pending = nextDiagnostics(uri);
  await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { ccmlint: {} } });
  p = await pending;
  while (!p.diagnostics.some((d) => d.code === 'CCM303')) p = await nextDiagnostics(uri);
  await hoverStillWorks('valid settings after invalid ones');
});

test('cancelled requests and cancellations of requests that do not exist', async () => {
  await ensureServer();
  for (let i = 0; i < 20; i++) {
    const source = new CancellationTokenSource();
    const request = conn.sendRequest(HoverRequest.type, { textDocument: { uri: REF }, position: { line: 1, character: SITE_AT + 1 } }, source.token);
    source.cancel();
    await answered(request, 'a cancelled hover'); // a result or a RequestCancelled error, but an answer
    const source2 = new CancellationTokenSource();
    const fixAll = conn.sendRequest(
      CodeActionRequest.type,
      { textDocument: { uri: REF }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } },
      source2.token,
    );
    setImmediate(() => source2.cancel());
    await answered(fixAll, 'a cancelled fix-all');
  }
  for (const id of [123456, 'no-such-request', null, -1]) await conn.sendNotification('$/cancelRequest', { id });
  await conn.sendNotification('$/cancelRequest', null);
  await conn.sendNotification('$/cancelRequest', 'nonsense');
  await hoverStillWorks('cancelled requests');
});

test('requests with parameters of the wrong type, and unknown methods', async () => {
  await ensureServer();
  const calls: [string, unknown][] = [
    ['textDocument/hover', null],
    ['textDocument/hover', 'nope'],
    ['textDocument/hover', { textDocument: 'nope', position: 'x' }],
    ['textDocument/hover', { textDocument: { uri: 5 }, position: { line: 'a', character: null } }],
    ['textDocument/hover', { textDocument: { uri: REF }, position: { line: '1', character: '3' } }],
    ['textDocument/hover', { textDocument: { uri: REF }, position: { line: 0.5, character: NaN } }],
    ['textDocument/hover', { textDocument: { uri: REF } }],
    ['textDocument/completion', { textDocument: { uri: REF }, position: [1, 2] }],
    ['textDocument/signatureHelp', { textDocument: { uri: REF }, position: { line: 1 } }],
    ['textDocument/codeAction', { textDocument: { uri: REF } }],
    ['textDocument/codeAction', { textDocument: { uri: REF }, range: 'all', context: null }],
    ['textDocument/codeAction', { textDocument: { uri: REF }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: 'x', only: 'source.fixAll' } }],
    ['textDocument/documentSymbol', []],
    ['textDocument/documentLink', { textDocument: null }],
    ['textDocument/semanticTokens/full', { textDocument: { uri: { toString: 1 } } }],
    ['completionItem/resolve', { label: 'x', data: { uri: REF, entry: 'not an entry' } }],
    ['completionItem/resolve', { label: 'x', data: { uri: 7, entry: { kind: 'setting', data: 'setting:NOPE', label: 1 } } }],
    ['completionItem/resolve', null],
    ['ccmlint/lintFiles', { uris: 'file:///x.cmd' }],
    ['ccmlint/lintFiles', { uris: [5, null, {}, uriOf('missing.cmd'), uriOf('missing.txt'), 'http://example.invalid/x.cmd'] }],
    ['ccmlint/lintFiles', null],
    ['ccmlint/doesNotExist', {}],
    ['workspace/executeCommand', { command: 'ccmlint.nothing', arguments: [1, 2] }],
    ['textDocument/formatting', { textDocument: { uri: REF }, options: {} }],
  ];
  for (const [method, params] of calls) {
    await answered(conn.sendRequest(method, params), `${method} ${JSON.stringify(params)?.slice(0, 60)}`);
    assert.equal(proc.exitCode, null, `the server exited after ${method} ${JSON.stringify(params)}`);
  }
  for (const [method, params] of [
    ['textDocument/didOpen', null],
    ['textDocument/didChange', { textDocument: null, contentChanges: 'x' }],
    ['textDocument/didClose', {}],
    ['workspace/didChangeWatchedFiles', { changes: 'none' }],
    ['ccmlint/unknownNotification', [1, 2, 3]],
  ] as [string, unknown][]) {
    await conn.sendNotification(method, params);
  }
  await hoverStillWorks('requests with parameters of the wrong type');
});

// B17: the server process exited (the debounced analysis threw TypeError in a timer) until 0c1be1b
test(
  'didOpen with a text, language id or uri that is not a string',
  async () => {
    await ensureServer();
    const cases: unknown[] = [
      { uri: uriOf('bad-text.cmd'), languageId: 'bat', version: 1, text: 42 },
      { uri: uriOf('bad-language.cmd'), languageId: 5, version: 1, text: 'ccmsetup.exe /mp:x' },
      { uri: 5, languageId: 'bat', version: 1, text: 'ccmsetup.exe /mp:x' },
    ];
    for (const textDocument of cases) {
      await ensureServer();
      await conn.sendNotification('textDocument/didOpen', { textDocument });
      await hoverStillWorks(`didOpen ${JSON.stringify(textDocument)}`);
    }
  },
);

const LINE = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTSEL="SubjectAttr:OU = Computers" SMSCACHEFLAGS=NTFSONLY;COMPRESS\r\n';

test('a 5 MB document is analysed, answers a hover, and takes an edit', async () => {
  await ensureServer();
  const uri = uriOf('huge.cmd');
  const text = '@echo off\r\n' + LINE.repeat(Math.ceil(5_000_000 / LINE.length));
  assert.ok(text.length >= 5_000_000);
  const lines = text.split('\r\n').length;
  let pending = nextDiagnostics(uri, 120_000);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bat', version: 1, text } });
  const p = await pending;
  assert.equal(p.version, 1);
  assert.ok(p.diagnostics.length >= lines - 3, `a finding per command line (CCM315): ${p.diagnostics.length}`);
  const mid = Math.floor(lines / 2);
  const at = LINE.indexOf('SMSSITECODE') + 2;
  const { result } = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: mid, character: at } }), 'hover in the huge document', 60_000);
  assert.match(JSON.stringify((result as Hover | null)?.contents), /SMSSITECODE/);
  pending = nextDiagnostics(uri, 120_000, 2);
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: 'ccmsetup.exe SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSSITECODE=P01\r\n' }],
  });
  const q = await pending;
  assert.ok(q.diagnostics.some((d) => d.code === 'CCM301' && d.range.start.line === mid), 'the edit is analysed');
  await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  await hoverStillWorks('a 5 MB document');
});

// analyse threw RangeError (stack overflow in the PowerShell locator) on such a script until ef23bc0
test('a deeply nested PowerShell script is analysed and answers', async () => {
  await ensureServer();
  const uri = uriOf('nested.ps1');
  const text = `& ccmsetup.exe /mp:http://mp1 SMSSITECODE=P01 /source:${'$('.repeat(10_000)}x${')'.repeat(10_000)}\r\n`;
  const pending = nextDiagnostics(uri, 30_000);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'powershell', version: 1, text } });
  try {
    const p = await pending;
    assert.ok(p.diagnostics.some((d) => d.code === 'CCM311'), 'the command line before the nesting is analysed (plain-HTTP management point)');
    const hover = await answered(conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: text.indexOf('SMSSITECODE') + 2 } }), 'hover in the nested script');
    assert.equal(hover.error, undefined, `hover in the nested script failed: ${hover.error?.message}`);
    assert.match(JSON.stringify((hover.result as Hover | null)?.contents), /SMSSITECODE/);
  } finally {
    await conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }
  await hoverStillWorks('a deeply nested PowerShell script');
});

test('the server is still running and answering at the end', async () => {
  await ensureServer();
  await hoverStillWorks('all of the above');
});
