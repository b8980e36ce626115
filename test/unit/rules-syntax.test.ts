// CCM0xx: exact ranges, messages, fixes and the text after each fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, applyFix, rules } from '../support/helpers';

test('CCM001 unterminated quote: from the quote to the end of the line', () => {
  const line = 'ccmsetup.exe SMSSITECODE=P01 CCMCERTSEL="SubjectStr:contoso.com';
  assert.deepEqual(only('CCM001', line).map((f) => [f.text, f.severity]), [['"SubjectStr:contoso.com', 'error']]);
  assert.match(only('CCM001', line)[0].message, /never closed/);
});

test('CCM002 malformed settings and their fixes', () => {
  const cases: [string, string, string][] = [
    ['ccmsetup.exe /mp=mp1.contoso.com', '/mp=mp1.contoso.com', 'ccmsetup.exe /mp:mp1.contoso.com'],
    ['ccmsetup.exe /SMSSITECODE=P01', '/SMSSITECODE=P01', 'ccmsetup.exe SMSSITECODE=P01'],
    ['ccmsetup.exe /PATCH:"C:\\a.msp"', '/PATCH:"C:\\a.msp"', 'ccmsetup.exe PATCH="C:\\a.msp"'],
    ['ccmsetup.exe SMSSITECODE:FRS', 'SMSSITECODE:FRS', 'ccmsetup.exe SMSSITECODE=FRS'],
    ['ccmsetup.exe regtoken=abc.def.ghi', 'regtoken=abc.def.ghi', 'ccmsetup.exe /regtoken:abc.def.ghi'],
    ['ccmsetup.exe UsePKICert /mp:https://mp1', 'UsePKICert', 'ccmsetup.exe /UsePKICert /mp:https://mp1'],
    ['ccmsetup.exe -mp:mp1', '-mp:mp1', 'ccmsetup.exe /mp:mp1'],
    ['ccmsetup.exe /sitecode=PS1', '/sitecode=PS1', 'ccmsetup.exe SMSSITECODE=PS1'],
  ];
  for (const [line, covered, fixed] of cases) {
    assert.deepEqual(only('CCM002', line).map((f) => f.text), [covered], line);
    assert.equal(applyFix(line, 'CCM002'), fixed, line);
  }
  assert.equal(only('CCM002', 'ccmsetup.exe /mp=mp1')[0].message, 'ccmsetup parameters take their value after a colon: write /mp:mp1.');
  assert.equal(only('CCM002', 'ccmsetup.exe SMSSITECODE:FRS')[0].message, 'Client.msi properties take their value after an equals sign: write SMSSITECODE=FRS.');
  // one finding per token, and no unknown-parameter finding on top
  assert.deepEqual(rules('ccmsetup.exe /SMSSITECODE=P01 /mp:https://mp1 /UsePKICert'), ['CCM002', 'CCM315']);
});

test('CCM003 empty values', () => {
  assert.deepEqual(only('CCM003', 'ccmsetup.exe /mp: SMSSITECODE= SMSMPLIST=""').map((f) => f.text), ['/mp:', 'SMSSITECODE=', 'SMSMPLIST=""']);
  assert.equal(only('CCM003', 'ccmsetup.exe SMSSITECODE=')[0].message, 'SMSSITECODE has an empty value. Give it a value or remove it; an empty value can reset the setting or make ccmsetup stop.');
  assert.deepEqual(only('CCM003', 'ccmsetup.exe SMSSITECODE=%SITE% SMSMP=$mp'), []);
});

test('CCM004 space after the separator: removed by the fix', () => {
  const line = 'CCMSetup.exe /source: D:\\Clients /UsePKICert SMSSITECODE=P01';
  assert.deepEqual(only('CCM004', line).map((f) => [f.text, f.severity]), [[': D:\\Clients', 'warning']]);
  assert.equal(applyFix(line, 'CCM004'), 'CCMSetup.exe /source:D:\\Clients /UsePKICert SMSSITECODE=P01');
});

test('CCM005 stray words: quoted together with the value they continue', () => {
  const line = 'ccmsetup.exe /UsePKICert CCMCERTSEL=SubjectStr:Contoso Corp SMSSITECODE=P01';
  assert.deepEqual(only('CCM005', line).map((f) => f.text), ['Corp']);
  assert.equal(applyFix(line, 'CCM005'), 'ccmsetup.exe /UsePKICert CCMCERTSEL="SubjectStr:Contoso Corp" SMSSITECODE=P01');
  assert.deepEqual(only('CCM005', 'ccmsetup.exe junk /logon').map((f) => f.text), ['junk']);
  // a variable that may expand to settings is not a stray word
  assert.deepEqual(only('CCM005', 'ccmsetup.exe $arguments'), []);
  // a value that takes no spaces gets no quoting fix
  assert.deepEqual(only('CCM005', 'ccmsetup.exe SMSSITECODE=P01 P02')[0].fixes, []);
});

test('CCM006 parameter after property: moved before the first property', () => {
  const line = 'ccmsetup.exe SMSSITECODE=P01 /mp:https://mp1 /UsePKICert';
  assert.deepEqual(only('CCM006', line).map((f) => [f.text, f.severity]), [['/mp:https://mp1', 'information'], ['/UsePKICert', 'information']]);
  assert.equal(applyFix(line, 'CCM006'), 'ccmsetup.exe /mp:https://mp1 SMSSITECODE=P01 /UsePKICert');
  assert.equal(applyFix(line, 'CCM006', 'ccmsetup', {}, 1), 'ccmsetup.exe /UsePKICert SMSSITECODE=P01 /mp:https://mp1');
  assert.deepEqual(only('CCM006', 'ccmsetup.exe /mp:https://mp1 SMSSITECODE=P01'), []);
});

test('CCM007 client.msi installed directly', () => {
  const script = '@echo off\r\nmsiexec /i \\\\srv\\Client\\client.msi SMSSITECODE=P01 /qn';
  assert.deepEqual(only('CCM007', script, 'batch').map((f) => [f.text, f.severity]), [['msiexec /i \\\\srv\\Client\\client.msi', 'error']]);
});

test('CCM008 CCMSETUPCMD longer than 1024 characters', () => {
  const inner = '/mp:https://mp1.contoso.com SMSSITECODE=P01 CCMCERTISSUERS="' + 'CN=Contoso Root CA; '.repeat(50) + '"';
  // inside CCMSETUPCMD="...", msiexec reads a doubled quote as one
  const written = inner.replace(/"/g, '""');
  const script = `msiexec /i ccmsetup.msi CCMSETUPCMD="${written}"`;
  const f = only('CCM008', script, 'batch');
  assert.deepEqual(f.map((x) => x.text), [written]);
  assert.equal(f[0].message, `The CCMSETUPCMD value is ${inner.length} characters long; Intune accepts at most 1024, and a longer command line makes the install fail. Drop settings the site publishes anyway, or shorten long values.`);
  assert.deepEqual(only('CCM008', 'msiexec /i ccmsetup.msi CCMSETUPCMD="SMSSITECODE=P01"', 'batch'), []);
});

test('CCM009 /config file structure', () => {
  assert.deepEqual(only('CCM009', '[Client Install]\nInstall=SMSSITECODE=P01', 'tcf').map((f) => f.text), ['SMSSITECODE=P01']);
  assert.equal(applyFix('[Client Install]\nInstall=SMSSITECODE=P01', 'CCM009', 'tcf'), '[Client Install]\nInstall=INSTALL=ALL SMSSITECODE=P01');
  assert.deepEqual(only('CCM009', '[Site Info]\nSMSPublicRootKey=0602', 'tcf').map((f) => f.text), ['[Site Info]']);
  assert.deepEqual(only('CCM009', '; site settings\n[Site Info]', 'tcf').map((f) => f.text), ['[Site Info]']);
  assert.equal(applyFix('[Site Info]\nSMSPublicRootKey=0602', 'CCM009', 'tcf', { config: { rules: {}, siteCode: 'P01', environment: {} } }), '[Site Info]\nSMSPublicRootKey=0602\n[Client Install]\nInstall=INSTALL=ALL ${1:SMSSITECODE=P01}\n');
  assert.deepEqual(only('CCM009', '[Client Install]\nInstall=INSTALL=ALL SMSSITECODE=P01', 'tcf'), []);
});

test('CCM010 commas in lists become semicolons', () => {
  const line = 'ccmsetup.exe /mp:mp1.contoso.com,mp2.contoso.com /skipprereq:a.exe, b.exe SMSSITECODE=P01';
  assert.deepEqual(only('CCM010', line).map((f) => f.text), ['mp1.contoso.com,mp2.contoso.com', 'a.exe,']);
  assert.equal(applyFix('ccmsetup.exe SMSCACHEFLAGS=NTFSONLY,COMPRESS', 'CCM010'), 'ccmsetup.exe SMSCACHEFLAGS=NTFSONLY;COMPRESS');
  // CCMCERTISSUERS separates attributes with commas on purpose
  assert.deepEqual(only('CCM010', 'ccmsetup.exe CCMCERTISSUERS="CN=Root, O=Contoso"'), []);
});

test('CCM011 typographic quotes and HTML entities', () => {
  const line = 'ccmsetup.exe CCMCERTSEL=\u201CSubjectStr:contoso.com\u201D SMSSITECODE=P01';
  assert.deepEqual(only('CCM011', line).map((f) => f.text), ['\u201C', '\u201D']);
  // both quotes of a pair at once: one alone would leave an unclosed quote swallowing the rest (B5)
  assert.equal(applyFix(line, 'CCM011'), 'ccmsetup.exe CCMCERTSEL="SubjectStr:contoso.com" SMSSITECODE=P01');
  assert.equal(applyFix(line, 'CCM011', 'ccmsetup', {}, 1), 'ccmsetup.exe CCMCERTSEL="SubjectStr:contoso.com" SMSSITECODE=P01');
  assert.deepEqual(only('CCM011', 'ccmsetup.exe CCMADMINS=&quot;a;b&quot;').map((f) => f.text), ['&quot;', '&quot;']);
  // around a CCMSETUPCMD value the host itself reads them: msiexec does not
  const intune = 'msiexec /i ccmsetup.msi /qn CCMSETUPCMD=\u201DCCMHOSTNAME=gw SMSSiteCode=P01\u201D';
  assert.deepEqual(only('CCM011', intune, 'batch').map((f) => f.text), ['\u201D', '\u201D']);
  assert.equal(applyFix(intune, 'CCM011', 'batch'), 'msiexec /i ccmsetup.msi /qn CCMSETUPCMD="CCMHOSTNAME=gw SMSSiteCode=P01\u201D');
});
