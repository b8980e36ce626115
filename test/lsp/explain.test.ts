// The ccmlint/explain request, through the bundled server (dist/server.js) over stdio with a real LSP
// client library, as any editor would send it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { startLspSession, type LspSession } from '../support/lsp-session';
import type { ExplainModel } from '../../server/src/features/explain';

const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-explain-'));
const uriOf = (name: string) => pathToFileURL(path.join(WORKSPACE, name)).toString();
type Reply = (ExplainModel & { uri: string; version: number }) | null;

let session: LspSession;
let conn: ProtocolConnection;

before(async () => {
  // the environment says the site does not publish to AD DS: an explicit site code no longer anchors trust
  fs.writeFileSync(path.join(WORKSPACE, '.ccmlintrc.json'), JSON.stringify({ environment: { adPublished: false } }));
  session = await startLspSession(WORKSPACE);
  conn = session.conn;
});

after(async () => {
  await session.stop();
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
});

const TEXT = [
  '@echo off',
  'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=\\\\srv\\keys\\sign.cer',
  'echo next',
  'ccmsetup.exe /mp:mp2.contoso.com SMSSITECODE=P02 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSCACHSIZE=100',
  '',
].join('\r\n');

test('ccmlint/explain: the command line at the position, with chain, settings, defaults and findings', async () => {
  const uri = uriOf('install.cmd');
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bat', version: 1, text: TEXT } });
  const m = (await conn.sendRequest('ccmlint/explain', { textDocument: { uri }, position: { line: 3, character: 20 } })) as Reply;
  assert.ok(m);
  assert.equal(m.uri, uri);
  assert.equal(m.version, 1);
  assert.equal(m.index, 2);
  assert.equal(m.count, 2);
  assert.deepEqual(m.range, { start: TEXT.indexOf('ccmsetup.exe /mp:mp2'), end: TEXT.indexOf('\r\n', TEXT.indexOf('mp2')), startLine: 3, startCharacter: 0, endLine: 3, endCharacter: 99 });
  assert.deepEqual(
    m.chain.map((s) => [s.id, s.status, s.rules]),
    [
      ['mp', 'broken', ['CCM301']],
      ['trust', 'weak', []],
      ['signing', 'ok', []],
      ['auth', 'ok', []],
      ['crl', 'off', []],
      ['internet', 'off', []],
    ],
  );
  const typo = m.settings.find((s) => s.name === 'SMSCACHSIZE')!;
  assert.deepEqual([typo.state, typo.suggestion, typo.range?.startLine, typo.range?.startCharacter], ['unknown', 'SMSCACHESIZE', 3, 84]);
  assert.equal(m.settings.find((s) => s.name === 'SMSCACHESIZE')?.state, 'default');
  assert.deepEqual(m.findings.map((f) => [f.rule, f.severity, f.range.startLine, f.range.startCharacter]), [
    ['CCM301', 'error', 3, 68],
    ['CCM102', 'warning', 3, 84],
  ]);
});

test('ccmlint/explain: no position gives the first command line; a change is explained at its new version', async () => {
  const uri = uriOf('install.cmd');
  const first = (await conn.sendRequest('ccmlint/explain', { textDocument: { uri } })) as Reply;
  assert.equal(first?.index, 1);
  assert.deepEqual(first?.chain.map((s) => s.status), ['ok', 'ok', 'weak', 'weak', 'ok', 'off']);
  // fix the second line: WINSPROMISCUOUS -> NOWINS
  const at = TEXT.split('\r\n')[3].indexOf('WINSPROMISCUOUS');
  await conn.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: at }, end: { line: 3, character: at + 'WINSPROMISCUOUS'.length } }, text: 'NOWINS' }],
  });
  const after = (await conn.sendRequest('ccmlint/explain', { textDocument: { uri }, position: { line: 3, character: 0 } })) as Reply;
  assert.equal(after?.version, 2);
  assert.equal(after?.chain[0].status, 'ok');
  assert.equal(after?.settings.find((s) => s.name === 'SMSDIRECTORYLOOKUP')?.value, 'NOWINS');
});

test('ccmlint/explain: null for documents the server does not have or that hold no command line; bad params do not break it', async () => {
  assert.equal(await conn.sendRequest('ccmlint/explain', { textDocument: { uri: uriOf('missing.cmd') } }), null);
  const empty = uriOf('empty.ps1');
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: empty, languageId: 'powershell', version: 1, text: 'Write-Host "nothing"\n' } });
  assert.equal(await conn.sendRequest('ccmlint/explain', { textDocument: { uri: empty }, position: { line: 0, character: 0 } }), null);
  assert.equal(await conn.sendRequest('ccmlint/explain', {}), null);
  const still = (await conn.sendRequest('ccmlint/explain', { textDocument: { uri: uriOf('install.cmd') }, position: { line: 'x', character: null } })) as Reply;
  assert.equal(still?.index, 1, 'a malformed position falls back to the first command line');
});
