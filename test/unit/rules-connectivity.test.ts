// CCM2xx: site assignment and connectivity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, applyFix, withConfig } from '../support/helpers';

const CMG = 'CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72186325152220500';

test('CCM201 a gateway URL in /mp needs https://', () => {
  const line = `ccmsetup.exe /mp:${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01`;
  assert.deepEqual(only('CCM201', line).map((f) => [f.text, f.severity]), [[CMG, 'error']]);
  assert.equal(applyFix(line, 'CCM201'), `ccmsetup.exe /mp:https://${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01`);
  assert.equal(applyFix(`ccmsetup.exe /mp:http://${CMG}`, 'CCM201'), `ccmsetup.exe /mp:https://${CMG}`);
  assert.deepEqual(only('CCM201', `ccmsetup.exe /mp:https://${CMG}`), []);
});

test('CCM202 CCMHOSTNAME without a scheme', () => {
  const line = `ccmsetup.exe CCMHOSTNAME=https://${CMG} SMSSITECODE=P01`;
  assert.deepEqual(only('CCM202', line).map((f) => f.text), ['https://']);
  assert.equal(applyFix(line, 'CCM202'), `ccmsetup.exe CCMHOSTNAME=${CMG} SMSSITECODE=P01`);
});

test('CCM203 internet clients need an explicit site code', () => {
  assert.deepEqual(only('CCM203', `ccmsetup.exe CCMHOSTNAME=${CMG}`).map((f) => f.text), [`CCMHOSTNAME=${CMG}`]);
  assert.equal(applyFix(`ccmsetup.exe CCMHOSTNAME=${CMG}`, 'CCM203'), `ccmsetup.exe CCMHOSTNAME=${CMG} SMSSITECODE=\${1:siteCode}`);
  assert.equal(applyFix(`ccmsetup.exe CCMHOSTNAME=${CMG}`, 'CCM203', 'ccmsetup', withConfig({ siteCode: 'P01' })), `ccmsetup.exe CCMHOSTNAME=${CMG} SMSSITECODE=\${1:P01}`);
  assert.deepEqual(only('CCM203', 'ccmsetup.exe CCMALWAYSINF=1 CCMHOSTNAME=mp1 SMSSITECODE=AUTO').map((f) => [f.text, f.fixes]), [['AUTO', ['snippet: Set the site code']]]);
  assert.deepEqual(only('CCM203', `ccmsetup.exe /mp:https://${CMG} SMSSITECODE=%SITE%`), []);
  assert.deepEqual(only('CCM203', 'ccmsetup.exe /mp:mp1 SMSSITECODE=AUTO'), []);
  // the task sequence step assigns the site itself
  const ts = `<variable name="SMSClientInstallProperties">CCMHOSTNAME=${CMG}</variable>`;
  assert.deepEqual(only('CCM203', ts, 'xml'), []);
});

test('CCM204 an https management point needs a way for the client to authenticate', () => {
  const line = 'ccmsetup.exe /mp:https://mp1.contoso.com SMSSITECODE=P01';
  assert.deepEqual(only('CCM204', line).map((f) => [f.text, f.severity, f.fixes]), [['https://mp1.contoso.com', 'warning', ['offer: Add /UsePKICert']]]);
  assert.equal(applyFix(line, 'CCM204'), 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01');
  assert.equal(applyFix('ccmsetup.exe SMSMP=https://mp1.contoso.com', 'CCM204'), 'ccmsetup.exe /UsePKICert SMSMP=https://mp1.contoso.com');
  for (const ok of [
    'ccmsetup.exe /mp:https://mp1 /UsePKICert SMSSITECODE=P01',
    'ccmsetup.exe /mp:https://mp1 AADCLIENTAPPID=7506ee10-f7ec-415a-b415-cd3d58790d97 AADRESOURCEURI=https://contososerver SMSSITECODE=P01',
    `ccmsetup.exe /mp:https://${CMG} CCMHOSTNAME=${CMG} SMSSITECODE=P01`,
  ]) {
    assert.deepEqual(only('CCM204', ok), [], ok);
  }
});

test('CCM205 always-internet clients need CCMHOSTNAME', () => {
  const line = 'ccmsetup.exe /UsePKICert CCMALWAYSINF=1 SMSSITECODE=P01';
  assert.deepEqual(only('CCM205', line).map((f) => f.text), ['CCMALWAYSINF=1']);
  assert.equal(applyFix(line, 'CCM205'), 'ccmsetup.exe /UsePKICert CCMALWAYSINF=1 SMSSITECODE=P01 CCMHOSTNAME=${1:mp.contoso.com}');
  assert.deepEqual(only('CCM205', 'ccmsetup.exe CCMALWAYSINF=0'), []);
});

test('CCM206 a token install needs CCMHOSTNAME (and a site code, reported by CCM203 unless it is off)', () => {
  assert.deepEqual(only('CCM206', `ccmsetup.exe /mp:https://${CMG} SMSSITECODE=P01 /regtoken:%TOKEN%`).map((f) => [f.text, f.message]), [
    ['/regtoken', 'A token install also needs CCMHOSTNAME (the gateway); without it the device cannot register through the gateway and stays unmanaged.'],
  ]);
  assert.deepEqual(only('CCM206', `ccmsetup.exe CCMHOSTNAME=${CMG} SMSSITECODE=P01 /regtoken:%TOKEN%`), []);
  const off = withConfig({ rules: { CCM203: 'off' } });
  assert.match(only('CCM206', `ccmsetup.exe CCMHOSTNAME=${CMG} /regtoken:%TOKEN%`, 'ccmsetup', off)[0].message, /SMSSITECODE=<site code>/);
});

test('CCM207 /UsePKICert with the Entra ID properties', () => {
  const line = 'ccmsetup.exe /mp:https://mp1 /UsePKICert CCMHOSTNAME=gw SMSSITECODE=P01 AADCLIENTAPPID=7506ee10-f7ec-415a-b415-cd3d58790d97 AADRESOURCEURI=https://contososerver';
  assert.deepEqual(only('CCM207', line).map((f) => [f.text, f.severity]), [['/UsePKICert', 'information']]);
  assert.equal(applyFix(line, 'CCM207'), line.replace(' /UsePKICert', ''));
});
