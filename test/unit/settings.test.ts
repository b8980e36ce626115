// The extension manifest, the server's settings and .ccmlintrc.json describe the same keys, and the
// file wins where both set something.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_KEYS, ENVIRONMENT_KEYS } from '../../server/src/analyse/config';
import { SEVERITIES } from '../../server/src/analyse/finding';
import { SERVER_SETTINGS, CLIENT_SETTINGS, effectiveConfig } from '../../server/src/lsp/settings';
import { hostFor } from '../../server/src/lsp/hosts';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties;

test('the manifest lists exactly the server and client settings', () => {
  assert.deepEqual(Object.keys(properties).sort(), [...SERVER_SETTINGS, ...CLIENT_SETTINGS].sort());
});

test('server settings are the .ccmlintrc.json keys, with the same values allowed', () => {
  assert.deepEqual(SERVER_SETTINGS.map((k) => k.replace(/^ccmlint\./, '')).sort(), [...CONFIG_KEYS].sort());
  assert.deepEqual(Object.keys(properties['ccmlint.environment'].properties).sort(), [...ENVIRONMENT_KEYS].sort());
  assert.deepEqual(properties['ccmlint.rules'].additionalProperties.enum, [...SEVERITIES, 'off']);
  for (const k of SERVER_SETTINGS) assert.equal(properties[k].scope, 'resource', k);
});

test('the workspace file wins over editor settings, key by key', () => {
  const { config, errors } = effectiveConfig(
    { rules: { CCM303: 'off', CCM316: 'error' }, siteCode: 'AAA', environment: { adPublished: true, httpsOnly: true } },
    { rules: { CCM303: 'warning' }, environment: { adPublished: false } },
  );
  assert.deepEqual(config, { rules: { CCM303: 'warning', CCM316: 'error' }, siteCode: 'AAA', environment: { adPublished: false, httpsOnly: true } });
  assert.deepEqual(errors, []);
  const bad = effectiveConfig({ siteCode: '', rules: { CCM999: 'off' } }, undefined, 'cannot read it as JSON: Unexpected token');
  assert.deepEqual(bad.errors.map((e) => [e.source, e.key]), [['settings', 'rules.CCM999'], ['.ccmlintrc.json', '']]);
});

test('host language from the language id, with other editors names and the file name as fallback', () => {
  assert.equal(hostFor('bat', 'file:///a/x.cmd'), 'batch');
  assert.equal(hostFor('dosbatch', 'file:///a/x.cmd'), 'batch');
  assert.equal(hostFor('ps1', 'file:///a/x.ps1'), 'powershell');
  assert.equal(hostFor('ccmsetup-tcf', 'untitled:Untitled-1'), 'tcf');
  assert.equal(hostFor('ini', 'file:///a/mobileclient.tcf'), 'tcf');
  assert.equal(hostFor('plaintext', 'file:///a/readme.txt'), undefined);
});
