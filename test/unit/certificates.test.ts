// Certificate files: the summary (checked against Node's own X509Certificate), role checks for the
// three ConfigMgr roles, bad input, the SMSSIGNCERT hover, CCM307/CCM323 with PEM files, and the
// /regtoken hover. Certificates are generated with openssl for each run and removed afterwards.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import { hover } from '../../server/src/features/hover';
import type { FeatureOptions } from '../../server/src/features/types';
import { summariseCertificate } from '../../server/src/inspect/der';
import { sha1Hex, sha256Hex } from '../../server/src/inspect/hash';
import { INVALID_NOTE, inspectCertificate, PKCS12_NOTE, serialiseReport, type CertificateReport } from '../../server/src/inspect/cert-roles';
import { renderCertificate, type CertificateResponse } from '../../client/src/certificate-html';
import type { HostLanguage } from '../../server/src/locate/region';
import { certFileAccess, removeTestCerts, testCerts } from '../support/certs';

after(removeTestCerts);

// an hour after the certificates were made (they start now; the short-lived one ends in a day)
const NOW = new Date(Date.now() + 3_600_000);
const read = (p: string) => new Uint8Array(fs.readFileSync(p));
const colonless = (s: string) => s.replace(/:/g, '');

function roles(r: CertificateReport) {
  assert.equal(r.kind, 'certificate');
  if (r.kind !== 'certificate') throw new Error('not a certificate');
  return Object.fromEntries(r.roles.map((x) => [x.role, { verdict: x.verdict, checks: Object.fromEntries(x.checks.map((c) => [c.label, c.status])) }]));
}

test('hashes match Node crypto for empty, short and multi-block input', () => {
  for (const input of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'q'.repeat(1000)]) {
    const b = new TextEncoder().encode(input);
    assert.equal(sha1Hex(b), crypto.createHash('sha1').update(b).digest('hex').toUpperCase(), `sha1 of ${input.length} bytes`);
    assert.equal(sha256Hex(b), crypto.createHash('sha256').update(b).digest('hex').toUpperCase(), `sha256 of ${input.length} bytes`);
  }
});

test('the summary of DER and PEM files agrees with Node X509Certificate', () => {
  const c = testCerts();
  for (const file of [c.good, c.goodPem, c.sha1, c.webServer, c.clientAuth]) {
    const node = new crypto.X509Certificate(fs.readFileSync(file));
    const s = summariseCertificate(read(file))!;
    assert.ok(s, file);
    assert.equal(s.sha1, colonless(node.fingerprint), file);
    assert.equal(s.sha256, colonless(node.fingerprint256), file);
    assert.equal(s.serialNumber.replace(/^0+/, ''), node.serialNumber.replace(/^0+/, ''), file);
    assert.equal(s.notAfter?.getTime(), new Date(node.validTo).getTime(), file);
    assert.equal(s.notBefore?.getTime(), new Date(node.validFrom).getTime(), file);
    assert.equal(s.keyBits, node.publicKey.asymmetricKeyDetails?.modulusLength, file);
  }
  // PEM and DER of the same certificate give the same summary
  assert.deepEqual(summariseCertificate(read(c.goodPem)), summariseCertificate(read(c.good)));
});

test('extensions: EKU names and OIDs, key usage, SAN DNS names, EC curve', () => {
  const c = testCerts();
  const web = summariseCertificate(read(c.webServer))!;
  assert.equal(web.subject, 'CN=mp01.contoso.com');
  assert.deepEqual(web.enhancedKeyUsages, [{ oid: '1.3.6.1.5.5.7.3.1', name: 'Server Authentication' }]);
  assert.deepEqual(web.dnsNames, ['mp01.contoso.com', 'mp01']);
  assert.deepEqual(web.keyUsage, ['Digital Signature', 'Key Encipherment']);
  assert.equal(web.isCA, false);
  const client = summariseCertificate(read(c.clientAuth))!;
  assert.deepEqual(client.enhancedKeyUsages, [{ oid: '1.3.6.1.5.5.7.3.2', name: 'Client Authentication' }]);
  const ec = summariseCertificate(read(c.ecSigning))!;
  assert.deepEqual([ec.keyType, ec.curve, ec.keyBits, ec.signatureAlgorithm], ['EC', 'P-256', 256, 'ecdsa-with-SHA256']);
  assert.deepEqual(ec.enhancedKeyUsages, [{ oid: '1.3.6.1.4.1.311.10.3.12', name: 'Document Signing' }]);
  const plain = summariseCertificate(read(c.good))!;
  assert.equal(plain.enhancedKeyUsages, undefined);
  assert.equal(plain.selfIssued, true);
});

test('role checks: a client authentication certificate passes as one and fails as a web server', () => {
  const r = roles(inspectCertificate(read(testCerts().clientAuth), NOW));
  assert.deepEqual(r.clientAuth, {
    verdict: 'pass',
    checks: { 'Signature algorithm': 'pass', Validity: 'pass', 'Key size': 'pass', 'Client Authentication EKU': 'pass', 'Key usage': 'pass', 'Subject or SAN': 'pass' },
  });
  assert.equal(r.webServer.verdict, 'fail');
  assert.equal(r.webServer.checks['Server Authentication EKU'], 'fail');
  assert.equal(r.webServer.checks['Server names'], 'warn');
});

test('role checks: a web server certificate lists its SAN DNS names', () => {
  const report = inspectCertificate(read(testCerts().webServer), NOW);
  const r = roles(report);
  assert.equal(r.webServer.verdict, 'pass');
  assert.equal(r.clientAuth.checks['Client Authentication EKU'], 'fail');
  const names = report.kind === 'certificate' ? report.roles.find((x) => x.role === 'webServer')!.checks.find((c) => c.label === 'Server names')!.why : '';
  assert.equal(names, 'Subject alternative names: mp01.contoso.com, mp01. Clients must reach the site system by one of these.');
});

test('role checks: the signing role, SHA-1, small keys and expiry fail with reasons', () => {
  const c = testCerts();
  assert.equal(roles(inspectCertificate(read(c.good), NOW)).signing.verdict, 'pass');
  assert.equal(roles(inspectCertificate(read(c.ecSigning), NOW)).signing.verdict, 'pass');
  const sha1 = inspectCertificate(read(c.sha1Pem), NOW);
  assert.equal(roles(sha1).signing.checks['Signature algorithm'], 'fail');
  assert.deepEqual(sha1.kind === 'certificate' && sha1.findings, ['Signed with sha1WithRSAEncryption, which Windows no longer trusts.']);
  const small = inspectCertificate(read(c.rsa1024), NOW);
  assert.equal(roles(small).clientAuth.checks['Key size'], 'fail');
  const later = new Date(Date.now() + 3 * 86_400_000);
  const expired = inspectCertificate(read(c.shortLived), later);
  assert.equal(expired.kind === 'certificate' && expired.expired, true);
  assert.equal(roles(expired).signing.checks.Validity, 'fail');
  // the web server check warns when a certificate has no EKU at all (any purpose)
  assert.equal(roles(inspectCertificate(read(c.good), NOW)).webServer.checks['Server Authentication EKU'], 'warn');
});

test('bad input: not a certificate, never a throw; PKCS#12 gets the private key note', () => {
  const samples = [new Uint8Array(), new Uint8Array([0x30]), new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), new TextEncoder().encode('-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----'), new TextEncoder().encode('hello')];
  const good = read(testCerts().good);
  samples.push(good.slice(0, good.length >> 1));
  for (const b of samples) assert.deepEqual(inspectCertificate(b, NOW), { kind: 'invalid', note: INVALID_NOTE });
  assert.deepEqual(inspectCertificate(read(testCerts().pfxAsCer), NOW), { kind: 'pkcs12', note: PKCS12_NOTE });
});

test('CCM307 fires for PKCS#12 content whatever the name; CCM323 works with PEM files', () => {
  const files = certFileAccess();
  const ids = (text: string) => analyse(text, 'ccmsetup', { fileName: '/x/a.ccmsetup', files, now: NOW }).findings.map((f) => f.rule).filter((r) => r === 'CCM307' || r === 'CCM323');
  assert.deepEqual(ids('ccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=C:\\k\\pfx-as.cer'), ['CCM307']);
  assert.deepEqual(ids('ccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=C:\\k\\sha1.pem'), ['CCM323']);
  assert.deepEqual(ids('ccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=C:\\k\\good.pem'), []);
});

// ---- hover -----------------------------------------------------------------------------------

const CARET = '‸';
function hoverAt(src: string, opts: Partial<FeatureOptions> = {}, host: HostLanguage = 'ccmsetup') {
  const offset = src.indexOf(CARET);
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const full: FeatureOptions = { markdown: true, snippets: false, files: certFileAccess(), fileName: '/w/install.ccmsetup', now: NOW, ...opts };
  const h = hover(analyse(text, host, { files: full.files, fileName: full.fileName, now: NOW }), text, offset, full);
  return h && { word: text.slice(h.range.start, h.range.end), contents: h.contents };
}

test('hover on the SMSSIGNCERT value shows the certificate summary and findings', () => {
  const c = testCerts();
  const node = new crypto.X509Certificate(fs.readFileSync(c.sha1));
  const h = hoverAt('ccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=C:\\Keys\\sh‸a1.cer');
  assert.equal(h?.word, 'C:\\Keys\\sha1.cer');
  const lines = h!.contents.split('\n');
  assert.equal(lines[0], '**Certificate file** · `C:\\Keys\\sha1.cer`');
  assert.ok(lines.includes('- **Subject:** CN=Site Server'), h!.contents);
  assert.ok(lines.includes('- **Issuer:** CN=Site Server (self-signed)'), h!.contents);
  assert.ok(lines.includes(`- **SHA-1 thumbprint:** \`${colonless(node.fingerprint)}\``), h!.contents);
  assert.ok(lines.includes(`- **SHA-256:** \`${colonless(node.fingerprint256)}\``), h!.contents);
  assert.ok(lines.includes('- **Key:** RSA 2048 bits'), h!.contents);
  assert.ok(lines.includes('- **Signature algorithm:** sha1WithRSAEncryption'), h!.contents);
  assert.ok(lines.includes('- **Enhanced key usage:** none listed (any purpose)'), h!.contents);
  assert.equal(lines[lines.length - 1], '**Findings:** Signed with sha1WithRSAEncryption, which Windows no longer trusts.');
});

test('hover: EKUs by name and OID, expired marker, plain text, and the script folder', () => {
  const web = hoverAt('ccmsetup.exe SMSSIGNCERT=%~dp0web-ser‸ver.cer', { markdown: false }, 'batch');
  assert.ok(web!.contents.includes('- Enhanced key usage: Server Authentication (1.3.6.1.5.5.7.3.1)'), web!.contents);
  assert.ok(web!.contents.includes('- DNS names: mp01.contoso.com, mp01'), web!.contents);
  assert.doesNotMatch(web!.contents, /\*\*|`/);
  const later = new Date(Date.now() + 3 * 86_400_000);
  const old = hoverAt('ccmsetup.exe SMSSIGNCERT=C:\\k\\short-li‸ved.cer', { now: later });
  assert.match(old!.contents, /^- \*\*Valid:\*\* .* · \*\*expired\*\*$/m);
});

test('hover: a PKCS#12 file, a broken file and an unmapped remote path say so', () => {
  assert.ok(hoverAt('ccmsetup.exe SMSSIGNCERT=C:\\k\\pfx-a‸s.cer')!.contents.endsWith(PKCS12_NOTE));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bad-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(`${dir}/broken.cer`, 'not a certificate');
  const files = { read: (p: string) => (p.endsWith('broken.cer') ? read(`${dir}/broken.cer`) : undefined) };
  assert.ok(hoverAt('ccmsetup.exe SMSSIGNCERT=C:\\k\\bro‸ken.cer', { files })!.contents.endsWith(INVALID_NOTE));
  const remote = hoverAt('ccmsetup.exe SMSSIGNCERT=\\\\srv\\keys\\mis‸sing.cer', { files });
  assert.match(remote!.contents, /is not read\. .*pathMappings/);
});

// ---- registration token ----------------------------------------------------------------------

function b64url(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

test('hover on a /regtoken literal decodes its claims and says whether it expired', () => {
  const iat = Date.UTC(2026, 4, 20, 8, 0) / 1000;
  const exp = iat + 3 * 86400;
  const token = `${b64url({ alg: 'RS256', typ: 'JWT', x5t: 'abc' })}.${b64url({ Type: 'BulkRegistration', iss: 'ConfigMgr', aud: 'https://ConfigMgrService', iat, nbf: iat, exp })}.c2lnbmF0dXJl`;
  const src = `ccmsetup.exe /mp:https://cmg.contoso.com/CCM_Proxy_MutualAuth/1 CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/1 SMSSITECODE=P01 /regtoken:${token.slice(0, 10)}‸${token.slice(10)}`;
  const valid = hoverAt(src, { now: new Date(Date.UTC(2026, 4, 21)) });
  assert.equal(valid?.word, token);
  assert.equal(
    valid!.contents,
    [
      '**Bulk registration token** · decoded here, not verified and never sent anywhere',
      [
        '- **Type:** BulkRegistration',
        '- **Issuer:** ConfigMgr',
        '- **Audience:** https://ConfigMgrService',
        '- **Issued:** 2026-05-20 08:00 UTC',
        '- **Expires:** 2026-05-23 08:00 UTC · still valid',
      ].join('\n'),
      'Until it expires, anyone holding this token can register devices with the site. Keep it out of scripts.',
    ].join('\n\n'),
  );
  const expired = hoverAt(src, { now: new Date(Date.UTC(2026, 5, 1)) });
  assert.match(expired!.contents, /- \*\*Expires:\*\* 2026-05-23 08:00 UTC · \*\*expired\*\*/);
  assert.match(expired!.contents, /The token has expired/);
  // CCM312 takes its level from the same decoding
  const f = analyse(src.replace(CARET, ''), 'ccmsetup', { now: new Date(Date.UTC(2026, 5, 1)) }).findings.find((x) => x.rule === 'CCM312');
  assert.equal(f?.severity, 'information');
});

// ---- CLI -------------------------------------------------------------------------------------

test('ccmlint --certificate: summary and role checks as text or JSON; exit 0 sound, 1 findings, 2 not a certificate', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(__dirname, '..', '..', '..', 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  const c = testCerts();
  const web = cli(['--certificate', c.webServer]);
  assert.equal(web.status, 0, web.stderr);
  const lines = web.stdout.split('\n');
  assert.equal(lines[0], `Certificate file · ${c.webServer}`);
  assert.ok(lines.includes('- Enhanced key usage: Server Authentication (1.3.6.1.5.5.7.3.1)'), web.stdout);
  assert.ok(lines.includes('Web server certificate (HTTPS management point, distribution point): pass'), web.stdout);
  assert.ok(lines.includes('  FAIL   Client Authentication EKU: Client Authentication (1.3.6.1.5.5.7.3.2) is not among its enhanced key usages.'), web.stdout);
  const sha1 = cli(['--certificate', c.sha1Pem, '--format', 'json']);
  assert.equal(sha1.status, 1);
  const json = JSON.parse(sha1.stdout);
  assert.deepEqual([json.file, json.kind, json.summary.key, json.findings], [c.sha1Pem, 'certificate', 'RSA 2048 bits', ['Signed with sha1WithRSAEncryption, which Windows no longer trusts.']]);
  const pfx = cli(['--certificate', c.pfxAsCer]);
  assert.equal(pfx.status, 2);
  assert.ok(pfx.stderr.endsWith(`${PKCS12_NOTE}\n`), pfx.stderr);
  assert.equal(cli(['--certificate', c.good, 'x.cmd']).status, 2);
});

// ---- summary editor HTML -----------------------------------------------------------------------

test('the summary editor HTML escapes what comes from the file and runs no script', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-html-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const key = path.join(dir, 'k.pem');
  const pem = path.join(dir, 'evil.pem');
  spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', pem, '-days', '5', '-subj', '/CN=<img src=x onerror=alert(1)>', '-addext', 'subjectAltName=DNS:"quoted"&amp'], { stdio: 'pipe' });
  fs.rmSync(key);
  const report = serialiseReport(inspectCertificate(read(pem), NOW));
  const html = renderCertificate('evil<b>.pem', report as CertificateResponse);
  assert.ok(!html.includes('<img'), 'no tag from the subject');
  assert.ok(html.includes('<th>Subject</th><td>CN=&lt;img src=x onerror=alert(1)&gt;</td>'), html);
  assert.ok(html.includes('<th>DNS names</th><td>quoted&amp;amp</td>'), html);
  assert.ok(html.includes('<h1>evil&lt;b&gt;.pem</h1>'));
  assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline';"`));
  assert.ok(!/<script/i.test(html));
  assert.deepEqual([...html.matchAll(/<h2 data-role="(\w+)">/g)].map((m) => m[1]), ['signing', 'clientAuth', 'webServer']);
  const pfx = renderCertificate('b.pfx', serialiseReport(inspectCertificate(read(testCerts().pfxAsCer), NOW)) as CertificateResponse);
  assert.ok(pfx.includes(`<p class="note pkcs12">${PKCS12_NOTE}</p>`), pfx);
});
