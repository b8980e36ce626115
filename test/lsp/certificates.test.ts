// The bundled language server over stdio, for the certificate features: the SMSSIGNCERT hover through a
// path mapping in .ccmlintrc.json, the ccmlint/certificate request behind the summary editor, and the
// site's mobileclient.tcf (CCM325 and the fix that inserts the site's root key).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification,
  CodeActionRequest,
  HoverRequest,
  type ProtocolConnection,
  type CodeAction,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startLspSession, type LspSession } from '../support/lsp-session';
import { removeTestCerts, testCerts } from '../support/certs';

const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-lsp-certs-'));
const uriOf = (name: string) => pathToFileURL(path.join(WORKSPACE, name)).toString();
const KEY = '0602000000A40000525341310008000001000100' + '7E'.repeat(256);

let session: LspSession;
let conn: ProtocolConnection;

before(async () => {
  const c = testCerts();
  fs.mkdirSync(path.join(WORKSPACE, 'site-keys'));
  fs.mkdirSync(path.join(WORKSPACE, 'scripts'));
  fs.copyFileSync(c.good, path.join(WORKSPACE, 'site-keys', 'SiteServerSigning.cer'));
  fs.copyFileSync(c.webServer, path.join(WORKSPACE, 'site-keys', 'mp01.cer'));
  fs.copyFileSync(c.pfxAsCer, path.join(WORKSPACE, 'site-keys', 'bundle.pfx'));
  fs.writeFileSync(path.join(WORKSPACE, 'site-keys', 'mobileclient.tcf'), `[Site]\r\nSMSPublicRootKey=${KEY}\r\n`);
  fs.writeFileSync(path.join(WORKSPACE, '.ccmlintrc.json'), JSON.stringify({ siteCode: 'P01', pathMappings: { '\\\\cm01\\SMS_P01\\Keys\\': 'site-keys' } }));
  session = await startLspSession(WORKSPACE, {
    textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
  });
  conn = session.conn;
});

after(async () => {
  await session.stop();
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
  removeTestCerts();
});

async function openDoc(name: string, languageId: string, text: string) {
  const uri = uriOf(name);
  const published = session.diagnostics(uri);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return { uri, diagnostics: await published };
}

test('hover on SMSSIGNCERT reads the certificate through the pathMappings of .ccmlintrc.json', async () => {
  const line = 'ccmsetup.exe /mp:https://mp01.contoso.com /UsePKICert CCMCERTISSUERS="CN=Root" SMSSITECODE=P01 SMSSIGNCERT=\\\\CM01\\sms_p01\\keys\\SiteServerSigning.cer';
  const { uri } = await openDoc('scripts/install.cmd', 'bat', `@echo off\r\n${line}\r\n`);
  const character = line.indexOf('SiteServerSigning');
  const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character } });
  assert.ok(h, 'a hover');
  const value = (h.contents as MarkupContent).value;
  const node = new crypto.X509Certificate(fs.readFileSync(testCerts().good));
  assert.equal(value.split('\n')[0], '**Certificate file** · `\\\\CM01\\sms_p01\\keys\\SiteServerSigning.cer`');
  assert.ok(value.includes('- **Subject:** CN=Site Server'), value);
  assert.ok(value.includes(`- **SHA-1 thumbprint:** \`${node.fingerprint.replace(/:/g, '')}\``), value);
  assert.ok(value.includes('- **Key:** RSA 2048 bits'), value);
  assert.deepEqual(h.range, { start: { line: 1, character: line.indexOf('\\\\CM01') }, end: { line: 1, character: line.length } });
});

test('the ccmlint/certificate request: summary and role verdicts, a PKCS#12 note, and a clear error', async () => {
  const web = await conn.sendRequest<{ kind: string; summary: { subject: string; dnsNames: string[]; key: string; notAfter: string }; roles: { role: string; verdict: string }[] }>('ccmlint/certificate', { uri: uriOf('site-keys/mp01.cer') });
  assert.equal(web.kind, 'certificate');
  assert.equal(web.summary.subject, 'CN=mp01.contoso.com');
  assert.deepEqual(web.summary.dnsNames, ['mp01.contoso.com', 'mp01']);
  assert.equal(web.summary.key, 'RSA 2048 bits');
  assert.match(web.summary.notAfter, /^\d{4}-\d{2}-\d{2}T/);
  assert.deepEqual(web.roles.map((r) => [r.role, r.verdict]), [['signing', 'warn'], ['clientAuth', 'fail'], ['webServer', 'pass']]);
  const pfx = await conn.sendRequest<{ kind: string; note: string }>('ccmlint/certificate', { uri: uriOf('site-keys/bundle.pfx') });
  assert.equal(pfx.kind, 'pkcs12');
  assert.match(pfx.note, /private key/);
  const missing = await conn.sendRequest<{ kind: string; note: string }>('ccmlint/certificate', { uri: uriOf('site-keys/none.cer') });
  assert.deepEqual(missing, { kind: 'error', note: 'The file cannot be read: ENOENT.' });
  const remote = await conn.sendRequest<{ kind: string }>('ccmlint/certificate', { uri: 'https://example.com/x.cer' });
  assert.equal(remote.kind, 'error');
});

test("the site's mobileclient.tcf: CCM325 on a different key, and CCM310's fix inserts the site's key", async () => {
  const other = '0602000000A40000525341310008000001000100' + '11'.repeat(256);
  const { uri, diagnostics: d } = await openDoc('site-keys/kiosk.ccmsetup', 'ccmsetup', `ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSPUBLICROOTKEY=${other}\nccmsetup.exe /mp:mp1.contoso.com\n`);
  const ccm325 = d.diagnostics.filter((x) => x.code === 'CCM325');
  assert.equal(ccm325.length, 1);
  assert.match(String(ccm325[0].message), /^This trusted root key is not the one in the site's site-keys\/mobileclient\.tcf\./);
  const trust = d.diagnostics.find((x) => x.code === 'CCM310')!;
  assert.ok(trust, d.diagnostics.map((x) => x.code).join(','));
  const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: trust.range, context: { diagnostics: [trust], only: ['quickfix'] } })) as CodeAction[];
  const add = actions.find((a) => a.title === "Add the site's trusted root key from mobileclient.tcf, and the site code");
  assert.ok(add, actions.map((a) => a.title).join(' | '));
  assert.deepEqual(add.edit!.changes![uri].map((e) => e.newText), [` SMSPUBLICROOTKEY=${KEY} SMSSITECODE=P01`]);
});
