// Configuration, suppression directives, fix-all and the promise never to throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { fixAll, applyEdits } from '../../server/src/analyse/apply-fixes';
import { parseConfig } from '../../server/src/analyse/config';
import { RULE_IDS } from '../../server/src/rules';
import { seen, rules, withConfig } from '../support/helpers';

test('configuration: severities, off, site code and environment; invalid entries name their key', () => {
  const { config, errors } = parseConfig(
    { rules: { CCM303: 'off', ccm311: 'error', CCM999: 'off', CCM304: 'loud' }, siteCode: 'p01', environment: { adPublished: false, enhancedHTTP: true, httpsOnly: 'yes' }, colour: 1 },
    RULE_IDS,
  );
  assert.deepEqual(config, { rules: { CCM303: 'off', CCM311: 'error' }, siteCode: 'P01', environment: { adPublished: false } });
  assert.deepEqual(errors.map((e) => e.key), ['rules.CCM999', 'rules.CCM304', 'environment.enhancedHTTP', 'environment.httpsOnly', 'colour']);
  assert.match(errors[1].message, /invalid value "loud"; accepted: "error", "warning", "information", "hint", "off"/);
  assert.deepEqual(parseConfig([], RULE_IDS).errors.map((e) => e.key), ['']);
});

test('rules set off are not run, severities are overridden', () => {
  const line = 'ccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"';
  assert.deepEqual(rules(line), ['CCM303']);
  assert.deepEqual(rules(line, 'ccmsetup', withConfig({ rules: { CCM303: 'off' } })), []);
  assert.deepEqual(seen(line, 'ccmsetup', withConfig({ rules: { CCM303: 'error' } })).map((f) => f.severity), ['error']);
});

test('disable-next-line covers the next statement, including its continuation lines', () => {
  const script = [
    '@echo off',
    'REM ccmlint-disable-next-line CCM303 -- our CRL is not reachable from the DMZ',
    'ccmsetup.exe /mp:https://mp1 /UsePKICert ^',
    '  /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"',
    'ccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"',
  ].join('\r\n');
  const f = seen(script, 'batch');
  assert.deepEqual(f.map((x) => [x.rule, x.text]), [['CCM303', '/NoCRLCheck']]);
  assert.ok(f[0].start > script.lastIndexOf('\r\n'), 'only the second command line is reported');
});

test('disable-next-line before a multi-line PowerShell assignment covers the whole statement', () => {
  const ps = "# ccmlint-disable-next-line CCM303 -- DMZ clients cannot reach the CRL\r\n$ccmArgs = @(\r\n  '/mp:https://mp1'\r\n  '/UsePKICert'\r\n  '/NoCRLCheck'\r\n  'SMSSITECODE=P01'\r\n  'CCMCERTISSUERS=CN=Root'\r\n)\r\nStart-Process ccmsetup.exe -ArgumentList $ccmArgs";
  assert.deepEqual(rules(ps, 'powershell'), []);
});

test('disable and enable regions, directives without ids, in every host comment syntax', () => {
  const ps = '# ccmlint-disable CCM303\r\n& ccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"\r\n# ccmlint-enable CCM303\r\n& ccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"';
  assert.deepEqual(rules(ps, 'powershell'), ['CCM303']);
  const tcf = '[Client Install]\r\n; ccmlint-disable-next-line\r\nInstall=INSTALL=ALL SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS CCMLOGLEVEL=0';
  assert.deepEqual(rules(tcf, 'tcf'), []);
  const xml = '<!-- ccmlint-disable-next-line CCM301 -->\n<variable name="SMSClientInstallProperties">SMSDIRECTORYLOOKUP=WINSPROMISCUOUS</variable>';
  assert.deepEqual(rules(xml, 'xml'), []);
  const plain = '# ccmlint-disable-next-line CCM301\nSMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS';
  assert.deepEqual(rules(plain, 'ccmsetup'), []);
});

test('CCM000: a directive, or an id in it, that suppresses nothing is reported', () => {
  const script = 'REM ccmlint-disable-next-line CCM303, CCM301 -- old\r\nccmsetup.exe /mp:https://mp1 /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"';
  assert.deepEqual(seen(script, 'batch').map((f) => [f.rule, f.text, f.severity]), [['CCM000', 'CCM301', 'hint']]);
  assert.deepEqual(seen('REM ccmlint-disable-next-line\r\necho hi', 'batch').map((f) => [f.rule, f.text]), [['CCM000', 'ccmlint-disable-next-line']]);
  assert.deepEqual(rules('REM ccmlint-disable-next-line\r\necho hi', 'batch', withConfig({ rules: { CCM000: 'off' } })), []);
});

test('fix-all applies only safe fixes and keeps everything else', () => {
  const line = 'ccmsetup.exe /mp=mp1.contoso.com SMSCACHSIZE=100 SMSSITECODE:P01 /NoCRLCheck SMSDIRECTORYLOOKUP=WINSPROMISCUOUS CCMLOGLEVEL=0';
  const { text, applied } = fixAll(line, 'ccmsetup');
  assert.equal(text, 'ccmsetup.exe /mp:mp1.contoso.com /NoCRLCheck SMSCACHESIZE=100 SMSSITECODE=P01 SMSDIRECTORYLOOKUP=NOWINS');
  assert.ok(applied >= 5);
  assert.equal(fixAll(text, 'ccmsetup').applied, 0, 'a second run has nothing left to do');
});

test('fixes inside a PowerShell double-quoted string are written with backtick escapes', () => {
  const ps = 'Start-Process ccmsetup.exe -ArgumentList "/UsePKICert CCMCERTSEL=SubjectStr:Contoso Corp SMSSITECODE=P01"';
  const f = analyse(ps, 'powershell').findings.find((x) => x.rule === 'CCM005')!;
  assert.equal(applyEdits(ps, f.fixes[0].edits), 'Start-Process ccmsetup.exe -ArgumentList "/UsePKICert CCMCERTSEL=`"SubjectStr:Contoso Corp`" SMSSITECODE=P01"');
  const xml = '<variable name="SMSClientInstallProperties">CCMCERTSEL=SubjectStr:Contoso Corp</variable>';
  const g = analyse(xml, 'xml').findings.find((x) => x.rule === 'CCM005')!;
  assert.equal(applyEdits(xml, g.fixes[0].edits), '<variable name="SMSClientInstallProperties">CCMCERTSEL=&quot;SubjectStr:Contoso Corp&quot;</variable>');
});

test('fixes inside a CCMSETUPCMD value write quotes the way msiexec reads them', () => {
  const cmd = 'msiexec /i ccmsetup.msi CCMSETUPCMD="/UsePKICert CCMCERTSEL=SubjectStr:Contoso Corp SMSSITECODE=P01"';
  const f = analyse(cmd, 'batch').findings.find((x) => x.rule === 'CCM005')!;
  assert.equal(applyEdits(cmd, f.fixes[0].edits), 'msiexec /i ccmsetup.msi CCMSETUPCMD="/UsePKICert CCMCERTSEL=""SubjectStr:Contoso Corp"" SMSSITECODE=P01"');
});

test('no fix edits across an escape or a joined array boundary', () => {
  // the value spans a caret continuation: the quoting fix would swallow the line break, so it is not offered
  const script = 'ccmsetup.exe CCMCERTSEL=SubjectStr:Contoso ^\r\nCorp';
  const f = analyse(script, 'batch').findings.find((x) => x.rule === 'CCM005')!;
  assert.deepEqual(f.fixes, []);
  for (const x of analyse(script, 'batch').findings) for (const fix of x.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= script.length);
});

test('findings on a bare ccmsetup.exe point at the executable', () => {
  assert.deepEqual(seen('@echo off\r\nccmsetup.exe', 'batch').map((f) => [f.rule, f.text, f.severity]), [['CCM310', 'ccmsetup.exe', 'hint']]);
});

test('never throws, every range inside the document, on hostile input', () => {
  const inputs = [
    '\u0000'.repeat(100),
    '"'.repeat(1000),
    '^'.repeat(1000) + '\r\nccmsetup.exe ^',
    '`'.repeat(1000),
    'ccmsetup.exe ' + '/'.repeat(500),
    'ccmsetup.exe ' + '='.repeat(500),
    '\uD800ccmsetup.exe /mp:\uDFFF',
    'Start-Process ccmsetup.exe -ArgumentList ' + '@('.repeat(300),
    'ccmsetup.exe ' + '<'.repeat(300) + '>'.repeat(300),
    '$x = ' + '$('.repeat(300),
    '<variable name="SMSClientInstallProperties">' + '&amp;'.repeat(300),
    '[Client Install]\nInstall=INSTALL=ALL ' + '"'.repeat(301),
  ];
  for (const text of inputs) {
    for (const host of ['batch', 'powershell', 'tcf', 'xml', 'ccmsetup'] as const) {
      const { findings } = analyse(text, host);
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${host}: ${f.rule} ${f.start}-${f.end}`);
        assert.ok(!f.message.startsWith('internal error'), `${host}: ${f.message}`);
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length);
      }
    }
  }
});
