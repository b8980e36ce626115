// pathMappings: parsing and validation (by key), matching (case, slashes, longest prefix, no escaping
// the mapped folder), the merge of settings and .ccmlintrc.json, and the rules and the CLI reading a
// certificate through a mapping.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import { parseConfig } from '../../server/src/analyse/config';
import { mapPath } from '../../server/src/analyse/path-mapping';
import { fileAccessFor, resolveWrittenPath } from '../../server/src/cli/file-access';
import { effectiveConfig } from '../../server/src/lsp/settings';
import { RULE_IDS } from '../../server/src/rules';
import { removeTestCerts, testCerts } from '../support/certs';

after(removeTestCerts);

const ROOT = path.join(__dirname, '..', '..', '..');

function tempWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-map-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('parseConfig reads pathMappings with the base folder, and reports bad entries by key', () => {
  const { config, errors } = parseConfig({ pathMappings: { '\\\\srv\\keys\\': 'keys', 'D:/Keys': 'certs/site', 'keys\\': 'x', 'E:\\A\\': '', 'F:\\B\\': 3 } }, RULE_IDS, '/ws');
  assert.deepEqual(config.pathMappings, [
    { from: '\\\\srv\\keys\\', to: 'keys', base: '/ws' },
    { from: 'D:/Keys', to: 'certs/site', base: '/ws' },
  ]);
  assert.deepEqual(
    errors.map((e) => e.key),
    ['pathMappings.keys\\', 'pathMappings.E:\\A\\', 'pathMappings.F:\\B\\'],
  );
  assert.match(errors[0].message, /is not a Windows path prefix/);
  assert.deepEqual(parseConfig({ pathMappings: ['x'] }, RULE_IDS).errors.map((e) => e.key), ['pathMappings']);
});

test('mapPath: case-insensitive, either slash, longest prefix wins, never leaves the folder', () => {
  const m = [
    { from: '\\\\SRV\\Keys', to: 'keys' },
    { from: '\\\\srv\\keys\\site\\', to: 'site-keys' },
    { from: 'd:/keys/', to: 'd-keys' },
  ];
  assert.deepEqual(mapPath('\\\\srv\\KEYS\\sub\\a.cer', m), { mapping: m[0], segments: ['sub', 'a.cer'] });
  assert.deepEqual(mapPath('//srv/keys/site/a.cer', m), { mapping: m[1], segments: ['a.cer'] });
  assert.deepEqual(mapPath('D:\\Keys\\a.cer', m), { mapping: m[2], segments: ['a.cer'] });
  assert.deepEqual(mapPath('"D:\\Keys\\a.cer"', m), { mapping: m[2], segments: ['a.cer'] });
  assert.equal(mapPath('\\\\srv\\keysx\\a.cer', m), undefined);
  assert.equal(mapPath('\\\\srv\\keys\\..\\secret.cer', m), undefined);
  assert.equal(mapPath('\\\\srv\\keys\\', m), undefined);
  assert.equal(mapPath('C:\\Keys\\a.cer', m), undefined);
  assert.equal(resolveWrittenPath('\\\\srv\\keys\\sub\\a.cer', '/ws/scripts/i.cmd', [{ from: '\\\\srv\\keys\\', to: 'keys', base: '/ws' }]), '/ws/keys/sub/a.cer');
  // without a base, a relative folder starts at the script's folder
  assert.equal(resolveWrittenPath('D:\\Keys\\a.cer', '/ws/scripts/i.cmd', [{ from: 'D:\\Keys', to: '../keys' }]), '/ws/keys/a.cer');
});

test('settings and .ccmlintrc.json: both apply, the file wins for the same prefix, each with its own base', () => {
  const { config, errors } = effectiveConfig(
    { pathMappings: { '\\\\srv\\keys\\': 'from-settings', 'E:\\Certs\\': 'e' } },
    { pathMappings: { '\\\\SRV\\keys': 'from-file' } },
    undefined,
    { settings: '/ws', file: '/ws/cfg' },
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(config.pathMappings, [
    { from: '\\\\SRV\\keys', to: 'from-file', base: '/ws/cfg' },
    { from: 'E:\\Certs\\', to: 'e', base: '/ws' },
  ]);
  const bad = effectiveConfig({ pathMappings: { 'relative\\': 'x' } }, undefined);
  assert.deepEqual(bad.errors.map((e) => [e.source, e.key]), [['settings', 'pathMappings.relative\\']]);
});

test('CCM323 and CCM307 read the certificate through a mapping; without it they stay quiet', () => {
  const dir = tempWorkspace();
  fs.mkdirSync(path.join(dir, 'keys'));
  fs.copyFileSync(testCerts().sha1, path.join(dir, 'keys', 'SMS_Signing.cer'));
  fs.copyFileSync(testCerts().pfxAsCer, path.join(dir, 'keys', 'bundle.cer'));
  const { config } = parseConfig({ pathMappings: { '\\\\cm01\\Keys$\\': 'keys' } }, RULE_IDS, dir);
  const text = 'ccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=\\\\CM01\\keys$\\SMS_Signing.cer\nccmsetup.exe SMSSITECODE=P01 SMSSIGNCERT=\\\\cm01\\keys$\\bundle.cer\n';
  const fileName = path.join(dir, 'scripts', 'install.ccmsetup');
  const run = (files: ReturnType<typeof fileAccessFor>) =>
    analyse(text, 'ccmsetup', { config, fileName, files }).findings.filter((f) => f.rule === 'CCM323' || f.rule === 'CCM307').map((f) => [f.rule, text.slice(f.start, f.end)]);
  assert.deepEqual(run(fileAccessFor(config)), [
    ['CCM323', '\\\\CM01\\keys$\\SMS_Signing.cer'],
    ['CCM307', '\\\\cm01\\keys$\\bundle.cer'],
  ]);
  assert.deepEqual(run(fileAccessFor()), []);
});

test('the CLI applies pathMappings from --config, relative to the config file', () => {
  const dir = tempWorkspace();
  fs.mkdirSync(path.join(dir, 'cfg', 'keys'), { recursive: true });
  fs.copyFileSync(testCerts().sha1, path.join(dir, 'cfg', 'keys', 'site.cer'));
  fs.writeFileSync(path.join(dir, 'cfg', 'lint.json'), JSON.stringify({ pathMappings: { 'D:\\Keys\\': 'keys' } }));
  fs.writeFileSync(path.join(dir, 'install.ccmsetup'), 'ccmsetup.exe /UsePKICert CCMCERTISSUERS="CN=Root" SMSSITECODE=P01 SMSSIGNCERT=d:/keys/site.cer\n');
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const withMap = cli(['--config', path.join('cfg', 'lint.json'), '--format', 'json', 'install.ccmsetup']);
  assert.equal(withMap.stderr, '');
  const rules = (out: string) => (JSON.parse(out) as { rule: string }[]).map((f) => f.rule);
  assert.ok(rules(withMap.stdout).includes('CCM323'), withMap.stdout);
  const without = cli(['--format', 'json', 'install.ccmsetup']);
  assert.ok(!rules(without.stdout).includes('CCM323'), without.stdout);
});
