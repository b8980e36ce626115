// The site's mobileclient.tcf: parsing, finding it (folder and parents, bounded workspace search),
// CCM325 trust-anchor-mismatch, the fixes that insert the site's root key and issuers list, and the
// CCM104 grammar for SMSPUBLICROOTKEY.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import { applyEdits } from '../../server/src/analyse/apply-fixes';
import { codeActions } from '../../server/src/features/code-actions';
import { hover } from '../../server/src/features/hover';
import { findSiteTrustFile, searchWorkspace, siteTrustFor } from '../../server/src/cli/site-trust';
import { parseMobileClientTcf, sameIssuers, sameRootKey, type SiteTrust } from '../../server/src/inspect/site-trust';
import type { HostLanguage } from '../../server/src/locate/region';

const KEY = '0602000000A40000525341310008000001000100' + 'C3'.repeat(256);
const OTHER = '0602000000A40000525341310008000001000100' + '5A'.repeat(256);
const ISSUERS = 'CN=Contoso Root CA; O=Contoso | CN=Contoso Issuing CA 2; O=Contoso';
const TCF = `; written for this test\r\n[Site]\r\nSiteCode=P01\r\nSMSPublicRootKey=${KEY}\r\nCertificateIssuers="${ISSUERS}"\r\n`;
const SITE: SiteTrust = { rootKey: KEY, issuers: ISSUERS, source: 'keys/mobileclient.tcf' };

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-trust-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('parseMobileClientTcf reads the root key and issuers; comments and other entries are ignored', () => {
  assert.deepEqual(parseMobileClientTcf(TCF, 'x.tcf'), { source: 'x.tcf', rootKey: KEY, issuers: ISSUERS });
  assert.deepEqual(parseMobileClientTcf(`;SMSPublicRootKey=AA\nCCMCERTISSUERS=CN=Root\nsmspublicrootkey = BB\n`), { source: undefined, rootKey: 'BB', issuers: 'CN=Root' });
  assert.deepEqual(parseMobileClientTcf('nothing here'), { source: undefined });
  assert.ok(sameRootKey(KEY.toLowerCase(), KEY));
  assert.ok(sameIssuers('CN=Contoso Root CA;O=Contoso|CN=Contoso Issuing CA 2, O=Contoso', ISSUERS));
  assert.ok(!sameIssuers('CN=contoso Root CA; O=Contoso | CN=Contoso Issuing CA 2; O=Contoso', ISSUERS));
});

test('finding mobileclient.tcf: the script folder and parents up to the root, or a bounded workspace search', () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'scripts', 'deep'), { recursive: true });
  fs.mkdirSync(path.join(root, 'site', 'bin'), { recursive: true });
  fs.mkdirSync(path.join(root, 'node_modules', 'x'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'x', 'mobileclient.tcf'), 'SMSPublicRootKey=00');
  const script = path.join(root, 'scripts', 'deep', 'install.cmd');
  assert.equal(findSiteTrustFile(script, root), undefined);
  assert.equal(searchWorkspace(root), undefined);
  fs.writeFileSync(path.join(root, 'site', 'bin', 'MobileClient.tcf'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TCF, 'utf16le')]));
  // the search result is cached for a while; a fresh root is searched again
  assert.deepEqual(siteTrustFor(script, path.join(root, 'scripts'), false), undefined);
  const root2 = tempDir();
  fs.cpSync(root, root2, { recursive: true });
  const script2 = path.join(root2, 'scripts', 'deep', 'install.cmd');
  assert.deepEqual(siteTrustFor(script2, root2, true), { source: 'site/bin/MobileClient.tcf', rootKey: KEY, issuers: ISSUERS });
  fs.writeFileSync(path.join(root2, 'scripts', 'mobileclient.tcf'), `SMSPublicRootKey=${OTHER}\n`);
  assert.equal(findSiteTrustFile(script2, root2), path.join(root2, 'scripts', 'mobileclient.tcf'));
  assert.deepEqual(siteTrustFor(script2, root2, true), { source: 'scripts/mobileclient.tcf', rootKey: OTHER });
});

function findings(text: string, host: HostLanguage = 'ccmsetup', siteTrust: SiteTrust | null = SITE) {
  return analyse(text, host, { siteTrust: siteTrust ?? undefined }).findings;
}

test('CCM325 reports a root key or issuers list that differs from the site file, with the exact replacement', () => {
  const text = `ccmsetup.exe /mp:https://mp1 /UsePKICert SMSSITECODE=P01 SMSPUBLICROOTKEY=${OTHER} CCMCERTISSUERS="CN=Fabrikam Root CA"`;
  const mine = findings(text).filter((f) => f.rule === 'CCM325');
  assert.deepEqual(mine.map((f) => [f.severity, text.slice(f.start, f.end)]), [
    ['warning', OTHER],
    ['warning', 'CN=Fabrikam Root CA'],
  ]);
  assert.match(mine[0].message, /^This trusted root key is not the one in the site's keys\/mobileclient\.tcf\./);
  const fixed = applyEdits(applyEdits(text, mine[1].fixes[0].edits), mine[0].fixes[0].edits);
  assert.equal(fixed, `ccmsetup.exe /mp:https://mp1 /UsePKICert SMSSITECODE=P01 SMSPUBLICROOTKEY=${KEY} CCMCERTISSUERS="${ISSUERS}"`);
  assert.deepEqual(mine.map((f) => f.fixes.map((x) => [x.title, x.kind])), [
    [['Use the trusted root key from mobileclient.tcf', 'offer']],
    [['Use the issuers list from mobileclient.tcf', 'offer']],
  ]);
  // the same values (key in lower case, issuers spaced differently), a variable, or no site file: quiet
  assert.deepEqual(findings(`ccmsetup.exe /UsePKICert SMSSITECODE=P01 SMSPUBLICROOTKEY=${KEY.toLowerCase()} CCMCERTISSUERS="CN=Contoso Root CA;O=Contoso|CN=Contoso Issuing CA 2;O=Contoso"`).filter((f) => f.rule === 'CCM325'), []);
  assert.deepEqual(findings('ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=%KEY%', 'batch').filter((f) => f.rule === 'CCM325'), []);
  assert.deepEqual(findings(text, 'ccmsetup', null).filter((f) => f.rule === 'CCM325'), []);
});

test('CCM325 in PowerShell and a task sequence: the replacement is encoded for the host', () => {
  const ps = `& .\\ccmsetup.exe /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS='CN=Old'`;
  const f = findings(ps, 'powershell').find((x) => x.rule === 'CCM325')!;
  assert.equal(applyEdits(ps, f.fixes[0].edits), `& .\\ccmsetup.exe /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS='${ISSUERS}'`);
  const xml = `<variable name="SMSClientInstallProperties">/UsePKICert SMSSITECODE=P01 CCMCERTISSUERS=&quot;CN=Old&quot;</variable>`;
  const g = findings(xml, 'xml').find((x) => x.rule === 'CCM325')!;
  assert.equal(applyEdits(xml, g.fixes[0].edits), `<variable name="SMSClientInstallProperties">/UsePKICert SMSSITECODE=P01 CCMCERTISSUERS=&quot;${ISSUERS}&quot;</variable>`);
});

test('code actions insert SMSPUBLICROOTKEY and CCMCERTISSUERS from the site file (CCM310, CCM305, CCM315)', () => {
  const text = 'ccmsetup.exe /mp:mp1.contoso.com';
  const a = analyse(text, 'ccmsetup', { siteTrust: SITE });
  const actions = codeActions(a, text, 'ccmsetup', 0, text.length).filter((x) => x.kind === 'quickfix');
  const ccm310 = actions.find((x) => x.finding.rule === 'CCM310')!;
  assert.equal(ccm310.title, "Add the site's trusted root key from mobileclient.tcf, and the site code");
  assert.deepEqual(ccm310.edits!.map((e) => e.newText), [` SMSPUBLICROOTKEY=\${1:${KEY}} SMSSITECODE=\${2:siteCode}`]);

  const reset = 'ccmsetup.exe SMSSITECODE=P01 RESETKEYINFORMATION=TRUE';
  const r = codeActions(analyse(reset, 'ccmsetup', { siteTrust: SITE }), reset, 'ccmsetup', 0, reset.length).find((x) => x.finding.rule === 'CCM305' && x.kind === 'quickfix')!;
  assert.equal(r.title, "Add the site's trusted root key from mobileclient.tcf");
  assert.deepEqual(r.edits!.map((e) => e.newText), [` SMSPUBLICROOTKEY=\${1:${KEY}}`]);

  const pki = 'ccmsetup.exe /mp:https://mp1 /UsePKICert SMSSITECODE=P01';
  const p = codeActions(analyse(pki, 'ccmsetup', { siteTrust: SITE }), pki, 'ccmsetup', 0, pki.length).find((x) => x.finding.rule === 'CCM315' && x.kind === 'quickfix')!;
  assert.equal(p.title, 'Add CCMCERTISSUERS from mobileclient.tcf');
  assert.deepEqual(p.edits!.map((e) => e.newText), [` CCMCERTISSUERS="\${1:${ISSUERS}}"`]);

  // without a site file, the placeholders stay
  const plain = codeActions(analyse(pki, 'ccmsetup'), pki, 'ccmsetup', 0, pki.length).find((x) => x.finding.rule === 'CCM315' && x.kind === 'quickfix')!;
  assert.deepEqual(plain.edits!.map((e) => e.newText), [' CCMCERTISSUERS="${1:CN=Contoso Root CA; O=Contoso}"']);
});

test('CCM104: SMSPUBLICROOTKEY must be hexadecimal with whole bytes', () => {
  const bad = (v: string) => findings(`ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=${v}`, 'ccmsetup', null).filter((f) => f.rule === 'CCM104').map((f) => f.message);
  assert.deepEqual(bad(KEY), []);
  assert.equal(bad('0602000000A4Z0').length, 1);
  assert.match(bad('0602000000A4Z0')[0], /not a trusted root key/);
  assert.match(bad('0602000000A')[0], /odd number of hexadecimal digits/);
  assert.deepEqual(bad('<key>'), []);
});

test('hover on SMSPUBLICROOTKEY says whether it matches the site file (and nothing without one)', () => {
  const at = (text: string, site?: SiteTrust) => hover(analyse(text, 'ccmsetup'), text, text.indexOf('=0602') + 5, { markdown: true, snippets: false, siteTrust: site });
  const same = at(`ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=${KEY}`, SITE);
  assert.equal(same?.contents, `**Trusted root key** · ${KEY.length} hexadecimal digits\n\nMatches the SMSPublicRootKey entry of the site's \`keys/mobileclient.tcf\`.`);
  const other = at(`ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=${OTHER}`, SITE);
  assert.equal(other?.contents, `**Trusted root key** · ${OTHER.length} hexadecimal digits\n\n**Differs** from the SMSPublicRootKey entry of the site's \`keys/mobileclient.tcf\` (CCM325).`);
  assert.equal(at(`ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=${KEY}`), undefined);
});

test('CCM325 compares the key in the SMSROOTKEYPATH file too (UTF-8 or UTF-16), when it can be read', () => {
  const files: Record<string, Uint8Array> = {
    'same.txt': new TextEncoder().encode(`${KEY}\r\n`),
    'other.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OTHER, 'utf16le')]),
    'notes.txt': new TextEncoder().encode('see the wiki'),
  };
  const access = { read: (p: string) => files[p.split(/[\\/]/).pop() ?? ''] };
  const run = (v: string) => {
    const text = `ccmsetup.exe SMSSITECODE=P01 SMSROOTKEYPATH=${v}`;
    return analyse(text, 'batch', { siteTrust: SITE, files: access, fileName: '/w/i.cmd' }).findings.filter((f) => f.rule === 'CCM325').map((f) => [text.slice(f.start, f.end), f.fixes.length]);
  };
  assert.deepEqual(run('C:\\Windows\\ccmsetup\\other.txt'), [['C:\\Windows\\ccmsetup\\other.txt', 0]]);
  assert.deepEqual(run('%~dp0other.txt'), [['%~dp0other.txt', 0]]);
  assert.deepEqual(run('C:\\Windows\\ccmsetup\\same.txt'), []);
  assert.deepEqual(run('C:\\Windows\\ccmsetup\\notes.txt'), []);
  assert.deepEqual(run('C:\\Windows\\ccmsetup\\missing.txt'), []);
});
