// CCM3xx: security.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, applyFix, withConfig, rules } from '../support/helpers';
import { certFileAccess } from '../support/certs';

const CMG = 'CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72186325152220500';
const PKI = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS="CN=Contoso Root CA"';

test('CCM301 and CCM302 WINS lookup modes become NOWINS', () => {
  const line = 'CCMSetup.exe SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS';
  assert.deepEqual(only('CCM301', line).map((f) => [f.text, f.severity]), [['WINSPROMISCUOUS', 'error']]);
  assert.equal(applyFix(line, 'CCM301'), 'CCMSetup.exe SMSSITECODE=P01 SMSDIRECTORYLOOKUP=NOWINS');
  assert.deepEqual(only('CCM302', 'ccmsetup.exe SMSDIRECTORYLOOKUP=winssecure').map((f) => [f.text, f.severity]), [['winssecure', 'information']]);
  assert.deepEqual(rules('CCMSetup.exe SMSDIRECTORYLOOKUP=NOWINS SMSSITECODE=P01'), []);
});

test('CCM303 /NoCRLCheck: the fix is offered, never automatic', () => {
  const line = `${PKI} /NoCRLCheck`;
  const f = only('CCM303', line);
  assert.deepEqual(f.map((x) => [x.text, x.severity, x.fixes]), [['/NoCRLCheck', 'warning', ['offer: Remove /NoCRLCheck (after publishing the CRL)']]]);
  assert.match(f[0].message, /Publish the CRL/);
  assert.equal(applyFix(line, 'CCM303'), PKI);
});

test('CCM304 a trusted root key needs an explicit site code', () => {
  assert.deepEqual(only('CCM304', 'ccmsetup.exe SMSPUBLICROOTKEY=0602000000A40000 SMSSITECODE=AUTO').map((f) => f.text), ['SMSPUBLICROOTKEY']);
  assert.equal(applyFix('ccmsetup.exe SMSROOTKEYPATH=C:\\Windows\\trk.txt', 'CCM304'), 'ccmsetup.exe SMSROOTKEYPATH=C:\\Windows\\trk.txt SMSSITECODE=${1:siteCode}');
  assert.equal(applyFix('ccmsetup.exe SMSPUBLICROOTKEY=0602 SMSSITECODE=AUTO', 'CCM304'), 'ccmsetup.exe SMSPUBLICROOTKEY=0602 SMSSITECODE=${1:siteCode}');
  assert.deepEqual(only('CCM304', 'ccmsetup.exe SMSPUBLICROOTKEY=0602 SMSSITECODE=P01'), []);
});

test('CCM305 a key reset without a new key', () => {
  const line = 'ccmsetup.exe /forceinstall RESETKEYINFORMATION=TRUE';
  assert.deepEqual(only('CCM305', line).map((f) => [f.text, f.severity]), [['RESETKEYINFORMATION=TRUE', 'warning']]);
  assert.equal(applyFix(line, 'CCM305'), 'ccmsetup.exe /forceinstall RESETKEYINFORMATION=TRUE SMSPUBLICROOTKEY=${1:key} SMSSITECODE=${2:siteCode}');
  assert.deepEqual(only('CCM305', 'ccmsetup.exe RESETKEYINFORMATION=TRUE SMSPUBLICROOTKEY=0602 SMSSITECODE=P01'), []);
});

test('CCM306 internet clients without the signing certificate', () => {
  const line = `ccmsetup.exe /mp:https://${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01`;
  assert.deepEqual(only('CCM306', line).map((f) => f.text), [`CCMHOSTNAME=${CMG}`]);
  assert.deepEqual(only('CCM306', `${line} SMSSIGNCERT=C:\\Windows\\ccmsetup\\sign.cer`), []);
});

test('CCM307 a signing certificate with its private key, by name or by content', () => {
  assert.deepEqual(only('CCM307', 'ccmsetup.exe SMSSIGNCERT=C:\\keys\\site-signing.pfx').map((f) => [f.text, f.severity]), [['C:\\keys\\site-signing.pfx', 'error']]);
  const files = certFileAccess();
  // %~dp0 is the script's own folder, so the file can be read
  assert.deepEqual(only('CCM307', 'ccmsetup.exe SMSSIGNCERT=%~dp0pfx-as.cer', 'batch', { files, fileName: '/x/install.cmd' }).map((f) => f.text), ['%~dp0pfx-as.cer']);
  assert.deepEqual(only('CCM307', 'ccmsetup.exe SMSSIGNCERT=C:\\Windows\\ccmsetup\\pfx-as.cer', 'batch', { files }).map((f) => f.text), ['C:\\Windows\\ccmsetup\\pfx-as.cer']);
  assert.deepEqual(only('CCM307', 'ccmsetup.exe SMSSIGNCERT=C:\\Windows\\ccmsetup\\good.cer', 'batch', { files }), []);
});

test('CCM308 trust files from URLs, user-writable folders and shares', () => {
  const f = only('CCM308', 'ccmsetup.exe SMSSIGNCERT=http://web/sign.cer SMSROOTKEYPATH=C:\\Temp\\trk.txt SMSSITECODE=P01');
  assert.deepEqual(f.map((x) => [x.text, x.severity]), [['http://web/sign.cer', 'warning'], ['C:\\Temp\\trk.txt', 'warning']]);
  assert.deepEqual(only('CCM308', 'ccmsetup.exe SMSSIGNCERT=\\\\srv\\keys\\sign.cer').map((x) => x.severity), ['information']);
  assert.deepEqual(only('CCM308', 'ccmsetup.exe SMSSIGNCERT=%TEMP%\\sign.cer').map((x) => x.severity), ['warning']);
  assert.deepEqual(only('CCM308', 'ccmsetup.exe SMSSIGNCERT=C:\\Windows\\ccmsetup\\sign.cer'), []);
  assert.deepEqual(only('CCM308', 'ccmsetup.exe SMSSIGNCERT=C:/Temp/sign.cer').map((x) => x.severity), ['warning']);
});

test('CCM309 trust files need a full path', () => {
  assert.deepEqual(only('CCM309', 'CCMSetup.exe /source: D:\\Clients /UsePKICert CCMHOSTNAME=server1.contoso.com SMSSIGNCERT=siteserver.cer SMSSITECODE=ABC').map((f) => f.text), ['siteserver.cer']);
  assert.deepEqual(only('CCM309', 'ccmsetup.exe SMSSIGNCERT=%~dp0sign.cer SMSROOTKEYPATH=\\\\srv\\k\\trk'), []);
  assert.deepEqual(only('CCM309', 'ccmsetup.exe SMSSIGNCERT=C:/Windows/ccmsetup/sign.cer'), []);
});

test('CCM310 first management point trust: hint, warning or off by environment', () => {
  const line = 'ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=AUTO';
  assert.deepEqual(only('CCM310', line).map((f) => [f.text, f.severity]), [['SMSSITECODE=AUTO', 'hint']]);
  assert.deepEqual(only('CCM310', line, 'ccmsetup', withConfig({ environment: { adPublished: false } })).map((f) => f.severity), ['warning']);
  assert.deepEqual(only('CCM310', line, 'ccmsetup', withConfig({ environment: { adPublished: true } })), []);
  assert.deepEqual(only('CCM310', 'ccmsetup.exe /mp:mp1.contoso.com').map((f) => f.text), ['/mp:mp1.contoso.com']);
  for (const ok of ['ccmsetup.exe /uninstall', 'ccmsetup.exe /mp:mp1 SMSSITECODE=P01', 'ccmsetup.exe /mp:mp1 SMSSITECODE=$site', 'ccmsetup.exe /mp:https://mp1 /UsePKICert', 'ccmsetup.exe SMSPUBLICROOTKEY=0602 SMSSITECODE=AUTO', 'ccmsetup.exe REINSTALL=ALL', 'ccmsetup.exe SMSSITECODE:P01']) {
    assert.deepEqual(only('CCM310', ok), [], ok);
  }
});

test('CCM311 plain HTTP management points, by environment', () => {
  const line = 'ccmsetup.exe /mp:http://mp1.contoso.com SMSMPLIST=https://mp2;http://mp3 SMSSITECODE=P01';
  assert.deepEqual(only('CCM311', line).map((f) => [f.text, f.severity]), [['http://mp1.contoso.com', 'warning'], ['http://mp3', 'warning']]);
  assert.equal(applyFix(line, 'CCM311'), 'ccmsetup.exe /mp:https://mp1.contoso.com SMSMPLIST=https://mp2;http://mp3 SMSSITECODE=P01');
  assert.deepEqual(only('CCM311', line, 'ccmsetup', withConfig({ environment: { enhancedHttp: true } })), []);
  assert.deepEqual(only('CCM311', line, 'ccmsetup', withConfig({ environment: { httpsOnly: true } })).map((f) => f.severity), ['error', 'error']);
});

function jwt(payload: object): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64(payload)}.c2lnbmF0dXJlLW5vdC1yZWFs`;
}

test('CCM312 registration tokens: live, expired, the documentation sample; replaced by a variable', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const live = jwt({ Type: 'BulkRegistration', aud: 'urn:sccm:service', exp: Date.UTC(2030, 0, 1) / 1000 });
  const expired = jwt({ Type: 'BulkRegistration', exp: Date.UTC(2024, 0, 1) / 1000 });
  const line = (t: string) => `ccmsetup.exe /mp:https://${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01 /regtoken:${t}`;
  assert.deepEqual(only('CCM312', line(live), 'batch', { now }).map((f) => [f.text, f.severity]), [[live, 'warning']]);
  assert.deepEqual(only('CCM312', line(expired), 'batch', { now }).map((f) => [f.severity, f.message.slice(0, 48)]), [['information', 'This registration token expired on 2024-01-01, s']]);
  const sample = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik9Tbzh2Tmd5VldRUjlDYVh5T2lacHFlMDlXNCJ9.eyJTQ0NNVG9rZW5DYXRlZ29yeSI6IlN7Q01QcmVBdXRoVG9rZW4iLCJBdXRob3JpdHkiOiJTQ0NNIn0.ZUJkxCX6lxHUZhMH';
  assert.deepEqual(only('CCM312', line(sample), 'batch', { now }).map((f) => f.severity), ['hint']);
  assert.equal(applyFix(line(live), 'CCM312', 'batch', { now }), line('%CCM_REGTOKEN%'));
  const ps = `& ccmsetup.exe /mp:https://${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01 /regtoken:${live}`;
  assert.equal(applyFix(ps, 'CCM312', 'powershell', { now }), ps.replace(live, '$env:CCM_REGTOKEN'));
  // a single-quoted PowerShell string cannot expand a variable: no fix is offered
  const single = `Start-Process ccmsetup.exe -ArgumentList '/regtoken:${live} CCMHOSTNAME=${CMG} SMSSITECODE=P01'`;
  assert.deepEqual(only('CCM312', single, 'powershell', { now })[0].fixes, []);
  assert.deepEqual(only('CCM312', line('%CCM_REGTOKEN%'), 'batch', { now }), []);
});

test('CCM313 CCMCERTNAMECHECK=0 is removed', () => {
  assert.equal(applyFix(`${PKI} CCMCERTNAMECHECK=0`, 'CCM313'), PKI);
  assert.deepEqual(only('CCM313', `${PKI} CCMCERTNAMECHECK=1`), []);
});

test('CCM314 partial subject match', () => {
  assert.deepEqual(only('CCM314', `${PKI} CCMCERTSEL="SubjectStr:contoso.com"`).map((f) => [f.text, f.severity]), [['SubjectStr:contoso.com', 'information']]);
  assert.deepEqual(only('CCM314', `${PKI} CCMCERTSEL="SubjectAttr:OU = Computers"`), []);
});

test('CCM315 /UsePKICert without an issuers list', () => {
  const line = 'ccmsetup.exe /mp:https://mp1 /UsePKICert SMSSITECODE=P01';
  assert.deepEqual(only('CCM315', line).map((f) => [f.text, f.severity]), [['/UsePKICert', 'information']]);
  assert.equal(applyFix(line, 'CCM315'), `${line} CCMCERTISSUERS="\${1:CN=Contoso Root CA; O=Contoso}"`);
  assert.deepEqual(only('CCM315', PKI), []);
});

test('CCM316 and CCM317 folders outside %WinDir%', () => {
  assert.deepEqual(only('CCM316', 'ccmsetup.exe SMSCACHEDIR="C:\\Temp" SMSSITECODE=P01').map((f) => f.text), ['C:\\Temp']);
  assert.equal(applyFix('ccmsetup.exe SMSCACHEDIR="C:\\Temp" SMSSITECODE=P01', 'CCM316'), 'ccmsetup.exe SMSSITECODE=P01');
  for (const ok of ['SMSCACHEDIR=Cache', 'SMSCACHEDIR=C:\\Windows\\ccmcache', 'SMSCACHEDIR=%WinDir%\\ccmcache', 'SMSCACHEDIR=%CACHE%']) {
    assert.deepEqual(only('CCM316', `ccmsetup.exe ${ok}`), [], ok);
  }
  assert.deepEqual(only('CCM317', 'ccmsetup.exe CCMINSTALLDIR="C:\\ConfigMgr"').map((f) => f.text), ['C:\\ConfigMgr']);
  assert.deepEqual(only('CCM317', 'ccmsetup.exe CCMINSTALLDIR=C:\\Windows\\CCM'), []);
});

test('CCM318 broad client administrators', () => {
  const line = 'ccmsetup.exe CCMADMINS="CONTOSO\\CM Admins;NT AUTHORITY\\Authenticated Users;Everyone"';
  assert.deepEqual(only('CCM318', line).map((f) => f.text), ['NT AUTHORITY\\Authenticated Users', 'Everyone']);
  assert.deepEqual(only('CCM318', 'ccmsetup.exe CCMADMINS="domain\\account1;domain\\group1"'), []);
});

test('CCM319 verbose logging is removed by the fix', () => {
  assert.deepEqual(only('CCM319', 'ccmsetup.exe CCMDEBUGLOGGING=1 CCMLOGLEVEL=0').map((f) => f.text), ['CCMDEBUGLOGGING=1', 'CCMLOGLEVEL=0']);
  assert.equal(applyFix('ccmsetup.exe SMSSITECODE=P01 CCMLOGLEVEL=0', 'CCM319'), 'ccmsetup.exe SMSSITECODE=P01');
  assert.deepEqual(only('CCM319', 'ccmsetup.exe CCMLOGLEVEL=1 CCMDEBUGLOGGING=0'), []);
});

test('CCM320 excluded from upgrades', () => {
  assert.deepEqual(only('CCM320', 'CCMSetup.exe /AlwaysExcludeUpgrade:TRUE').map((f) => [f.text, f.fixes]), [['/AlwaysExcludeUpgrade:TRUE', ['offer: Remove /AlwaysExcludeUpgrade:TRUE']]]);
  assert.deepEqual(only('CCM320', 'CCMSetup.exe /AlwaysExcludeUpgrade:FALSE'), []);
});

test('CCM321 plaintext credentials in scripts that install the client', () => {
  const ps = [
    "$domainPassword = 'Not-A-Real-Pass1'",
    "$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\\svc', (ConvertTo-SecureString 'Fake-Pass2' -AsPlainText -Force))",
    "'Fake-Pass3' | ConvertTo-SecureString -AsPlainText -Force",
    'Add-Computer -DomainName contoso.com -GuestPassword FakePass4',
    '# $old = "ignored-in-comment"',
    '$secret = Read-Host -AsSecureString',
    'Start-Process ccmsetup.exe -ArgumentList "/mp:https://mp1 /UsePKICert SMSSITECODE=P01"',
  ].join('\r\n');
  assert.deepEqual(only('CCM321', ps, 'powershell').map((f) => f.text), ['Not-A-Real-Pass1', 'Fake-Pass2', 'Fake-Pass3', 'FakePass4']);
  const cmd = 'net use \\\\srv\\Client /user:CONTOSO\\svc FakePass5\r\nset ADMIN_PASSWORD=FakePass6\r\npsexec \\\\pc01 -u CONTOSO\\svc -p FakePass7 cmd /c "ccmsetup.exe /logon"\r\nnet use \\\\srv\\x /user:CONTOSO\\svc *';
  assert.deepEqual(only('CCM321', cmd, 'batch').map((f) => f.text), ['FakePass5', 'FakePass6', 'FakePass7']);
  assert.ok(only('CCM321', cmd, 'batch').every((f) => !f.message.includes('FakePass')), 'the message never repeats the secret');
  // a script that does not install the client is not judged
  assert.deepEqual(only('CCM321', 'net use \\\\srv\\x /user:CONTOSO\\svc FakePass5', 'batch'), []);
  const xml = '<variable name="OSDJoinPassword" property="DomainPassword">FakePass8</variable><variable name="OSDLocalAdminPassword">%TSVAR%</variable>';
  assert.deepEqual(only('CCM321', xml, 'xml').map((f) => f.text), ['FakePass8']);
});

test('CCM322 SMB content source', () => {
  assert.deepEqual(only('CCM322', 'ccmsetup.exe /source:"\\\\server\\share"').map((f) => [f.text, f.severity]), [['\\\\server\\share', 'hint']]);
  assert.deepEqual(only('CCM322', 'ccmsetup.exe /source:C:\\Client'), []);
});

test('CCM323 weak signing certificates read from the workspace', () => {
  const files = certFileAccess();
  const at = (name: string, now = new Date('2026-06-01T00:00:00Z')) => only('CCM323', `ccmsetup.exe SMSSIGNCERT=C:\\Windows\\ccmsetup\\${name}`, 'ccmsetup', { files, now });
  assert.match(at('sha1.cer')[0].message, /is signed with sha1WithRSAEncryption/);
  assert.match(at('rsa1024.cer')[0].message, /has a 1024-bit RSA key/);
  assert.match(at('short-lived.cer', new Date('2040-01-01T00:00:00Z'))[0].message, /expired on/);
  assert.deepEqual(at('good.cer'), []);
  assert.deepEqual(at('missing.cer'), []);
});

test('CCM324 silent restarts', () => {
  assert.deepEqual(only('CCM324', 'CCMSetup.exe CCMALLOWSILENTREBOOT /forcereboot').map((f) => f.text).sort(), ['/forcereboot', 'CCMALLOWSILENTREBOOT']);
});
