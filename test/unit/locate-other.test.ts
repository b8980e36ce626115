import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate, hostForFile } from '../../server/src/locate';
import { regions, texts } from '../support/regions';

test('host language from the file name', () => {
  assert.equal(hostForFile('deploy/Install.CMD'), 'batch');
  assert.equal(hostForFile('x.bat'), 'batch');
  assert.equal(hostForFile('a.psm1'), 'powershell');
  assert.equal(hostForFile('mobileclient.tcf'), 'tcf');
  assert.equal(hostForFile('ts.xml'), 'xml');
  assert.equal(hostForFile('scratch.ccmsetup'), 'ccmsetup');
  assert.equal(hostForFile('readme.md'), undefined);
});

test('tcf: the Install=INSTALL=ALL line of [Client Install] is a config-file command line', () => {
  const src = '; made by hand\r\n[Client Install]\r\nInstall=INSTALL=ALL SMSSITECODE=P01 SMSCACHESIZE=100\r\n[Other]\r\nInstall=INSTALL=ALL IGNORED=1';
  assert.deepEqual(regions(src, 'tcf'), [{ kind: 'configFile', text: ' SMSSITECODE=P01 SMSCACHESIZE=100' }]);
  const located = locate(src, 'tcf');
  assert.deepEqual(located.notes, []);
  assert.deepEqual(located.comments.map((c) => c.text), [' made by hand']);
});

test('tcf: structure problems are noted, mobileclient.tcf keys are not command lines', () => {
  assert.deepEqual(locate('[Site]\nSMSPublicRootKey=0602\nCertificateIssuers=CN=Root', 'tcf').notes.map((n) => n.kind), ['tcf-missing-section']);
  assert.deepEqual(locate('[Client Install]\nInstall=SMSSITECODE=P01', 'tcf').notes.map((n) => n.kind), ['tcf-bad-install']);
  assert.deepEqual(locate('[Client Install]\n; nothing yet\n', 'tcf').notes.map((n) => n.kind), ['tcf-missing-install']);
  assert.deepEqual(locate('[Client Install]\r\nInstall=INSTALL=ALL\r\n', 'tcf').regions.map((r) => r.text.text), ['']);
});

test('xml: SMSClientInstallProperties of the Setup Windows and ConfigMgr step, entities decoded', () => {
  const src = `<sequence><step type="SMS_TaskSequence_SetupWindowsAndSMSAction" name="Setup Windows and ConfigMgr">
<defaultVarList><variable name="SMSClientInstallProperties" property="ClientInstallProperties">SMSCACHESIZE=10240 CCMCERTSEL=&quot;SubjectStr:contoso.com&quot;</variable></defaultVarList></step></sequence>`;
  assert.deepEqual(regions(src, 'xml'), [{ kind: 'taskSequence', text: 'SMSCACHESIZE=10240 CCMCERTSEL="SubjectStr:contoso.com"' }]);
  const r = locate(src, 'xml').regions[0];
  const q = r.text.text.indexOf('"');
  assert.equal(src.slice(r.text.starts[q], r.text.ends[q]), '&quot;');
});

test('xml: a Set Task Sequence Variable step that sets SMSClientInstallProperties', () => {
  const src = `<step type="SMS_TaskSequence_SetVariableAction"><defaultVarList>
<variable name="VariableName" property="VariableName">SMSClientInstallProperties</variable>
<variable name="VariableValue" property="VariableValue">SMSSITECODE=P01 FSP=fsp1</variable>
</defaultVarList></step>
<step type="SMS_TaskSequence_SetVariableAction"><defaultVarList>
<variable name="VariableName" property="VariableName">OSDComputerName</variable>
<variable name="VariableValue" property="VariableValue">PC01</variable></defaultVarList></step>`;
  assert.deepEqual(texts(src, 'xml'), ['SMSSITECODE=P01 FSP=fsp1']);
});

test('xml: comments are not command lines but carry directives', () => {
  const src = '<!-- <variable name="SMSClientInstallProperties">SMSSITECODE=OLD</variable> -->\n<variable name="SMSClientInstallProperties"><![CDATA[SMSSITECODE=P01 A=<b>]]></variable>';
  assert.deepEqual(texts(src, 'xml'), ['SMSSITECODE=P01 A=<b>']);
  assert.equal(locate(src, 'xml').comments.length, 1);
});

test('plain ccmsetup language: every non-comment line, with or without ccmsetup.exe', () => {
  const src = '# scratch\nccmsetup.exe /mp:mp1 SMSSITECODE=P01\n\n  SMSSITECODE=P02 /logon\nccmsetup.msi CCMSETUPCMD="SMSSITECODE=P03"\nCCMSETUPCMD="SMSSITECODE=P04"\ncmhttpsreadiness /Store:My';
  assert.deepEqual(regions(src, 'ccmsetup'), [
    { kind: 'ccmsetup', text: '/mp:mp1 SMSSITECODE=P01' },
    { kind: 'ccmsetup', text: 'SMSSITECODE=P02 /logon' },
    { kind: 'ccmsetupcmd', text: 'SMSSITECODE=P03' },
    { kind: 'ccmsetupcmd', text: 'SMSSITECODE=P04' },
    { kind: 'readiness', text: '/Store:My' },
  ]);
});
