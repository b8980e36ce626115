// The ccmlint command line, run as users run it: the bundled dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const BAD = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS="CN=Root" SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\r\n';
const WARN_ONLY = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"\r\n';
const COL = BAD.indexOf('WINSPROMISCUOUS') + 1;
const CLEAN = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS="CN=Root"\r\n';

test('text output: location, severity, rule, message, the line with a caret underline, a summary; exit 1 on errors', () => {
  const dir = workspace({ 'deploy/install.cmd': `@echo off\r\n${BAD}` });
  const r = run(['deploy'], { cwd: dir });
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], `deploy/install.cmd:2:${COL}  error  CCM301 wins-promiscuous  WINSPROMISCUOUS makes the client accept any management point it finds through WINS without checking it against the trusted root key, so anyone who can register a WINS name can hand it policy. Use NOWINS.`);
  assert.equal(lines[1], `    ${BAD.trimEnd()}`);
  assert.equal(lines[2], `    ${' '.repeat(COL - 1)}${'^'.repeat('WINSPROMISCUOUS'.length)}`);
  assert.match(r.stdout, /1 problem \(1 error, 0 warnings, 0 information, 0 hints\) in 1 file\.\n1 can be fixed with --fix\.\n$/);
});

test('exit codes: 0 when clean or only warnings, --max-warnings turns warnings into a failure', () => {
  const dir = workspace({ 'a.cmd': CLEAN, 'b.cmd': WARN_ONLY });
  assert.equal(run(['a.cmd'], { cwd: dir }).code, 0);
  assert.match(run(['a.cmd'], { cwd: dir }).stdout, /1 file checked, no problems found\./);
  assert.equal(run(['b.cmd'], { cwd: dir }).code, 0);
  assert.equal(run(['b.cmd', '--max-warnings', '0'], { cwd: dir }).code, 1);
  assert.equal(run(['b.cmd', '--max-warnings=1'], { cwd: dir }).code, 0);
});

test('JSON output has the documented keys, 1-based and end-exclusive', () => {
  const dir = workspace({ 'x.ccmsetup': BAD });
  const r = run(['--format', 'json', 'x.ccmsetup'], { cwd: dir });
  const out = JSON.parse(r.stdout);
  assert.equal(out.length, 1);
  const f = out[0];
  assert.deepEqual(
    { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, rule: f.rule, name: f.name, severity: f.severity, fixable: f.fixable },
    { file: 'x.ccmsetup', line: 1, column: COL, endLine: 1, endColumn: COL + 15, rule: 'CCM301', name: 'wins-promiscuous', severity: 'error', fixable: true },
  );
  assert.equal(BAD.slice(f.column - 1, f.endColumn - 1), 'WINSPROMISCUOUS');
  assert.equal(typeof f.message, 'string');
});

test('SARIF output validates against the SARIF 2.1.0 schema and lists every rule', async () => {
  const dir = workspace({ 'deploy/install.ps1': `& ccmsetup.exe /mp:http://mp1 /NoCRLCheck SMSSITECODE=AUTO\r\n`, 'deploy/ts.xml': '<variable name="SMSClientInstallProperties">SMSDIRECTORYLOOKUP=WINSPROMISCUOUS</variable>' });
  const r = run(['--format', 'sarif', 'deploy'], { cwd: dir });
  const sarif = JSON.parse(r.stdout);
  const Ajv = require('ajv-draft-04');
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  const driver = sarif.runs[0].tool.driver;
  const { RULES } = require('../../server/src/rules');
  assert.deepEqual(driver.rules.map((x: { id: string }) => x.id), RULES.map((x: { meta: { id: string } }) => x.meta.id));
  assert.match(driver.rules[0].helpUri, /docs\/rules\/CCM000\.md$/);
  const results = sarif.runs[0].results;
  assert.ok(results.some((x: { ruleId: string; level: string }) => x.ruleId === 'CCM301' && x.level === 'error'));
  const loc = results[0].locations[0].physicalLocation;
  assert.match(loc.artifactLocation.uri, /^deploy\/(install\.ps1|ts\.xml)$/);
  assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
});

test('--fix rewrites in place atomically, keeps UTF-16 LE with BOM and CRLF, and reports what remains', () => {
  const text = `@echo off\r\n${BAD.replace('/UsePKICert', '/UsePKICert /NoCRLCheck')}`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const dir = workspace({ 'install.cmd': utf16 });
  const r = run(['--fix', 'install.cmd'], { cwd: dir });
  const after = fs.readFileSync(path.join(dir, 'install.cmd'));
  assert.deepEqual([...after.subarray(0, 2)], [0xff, 0xfe]);
  const decoded = after.subarray(2).toString('utf16le');
  assert.equal(decoded, text.replace('WINSPROMISCUOUS', 'NOWINS'));
  assert.match(r.stderr, /install\.cmd: applied 1 fix/);
  assert.match(r.stdout, /CCM303/, 'the offered-only fix for /NoCRLCheck is not applied and is still reported');
  assert.equal(r.code, 0);
  assert.deepEqual(fs.readdirSync(dir), ['install.cmd'], 'no temporary file is left behind');
});

test('UTF-8 with BOM and LF survive --fix', () => {
  const dir = workspace({ 'a.ccmsetup': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ccmsetup.exe /mp=mp1 SMSSITECODE=P01\n# done\n')]) });
  run(['--fix', 'a.ccmsetup'], { cwd: dir });
  assert.equal(fs.readFileSync(path.join(dir, 'a.ccmsetup')).toString('latin1'), '\xef\xbb\xbfccmsetup.exe /mp:mp1 SMSSITECODE=P01\n# done\n');
});

test('--rule and .ccmlintrc.json set severities; an invalid config is an error naming the key, and linting goes on', () => {
  const dir = workspace({ 'b.cmd': WARN_ONLY, '.ccmlintrc.json': JSON.stringify({ rules: { CCM303: 'error', CCM999: 'off' } }) });
  const r = run(['b.cmd', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /"rules\.CCM999": unknown rule id "CCM999"/);
  assert.deepEqual(JSON.parse(r.stdout).map((f: { rule: string; severity: string }) => [f.rule, f.severity]), [['CCM303', 'error']]);
  const off = run(['b.cmd', '--rule', 'CCM303=off', '--config', path.join(dir, 'none.json')], { cwd: dir });
  assert.equal(off.code, 2);
  assert.match(off.stderr, /configuration file not found/);
  const ok = workspace({ 'b.cmd': WARN_ONLY });
  assert.match(run(['b.cmd', '--rule', 'CCM303=off'], { cwd: ok }).stdout, /no problems found/);
  assert.equal(run(['b.cmd', '--rule', 'CCM303=loud'], { cwd: ok }).code, 2);
});

test('usage errors say what was wrong and what is accepted', () => {
  const r = run(['--format', 'xml', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown format "xml"; accepted: text, json, sarif/);
  assert.match(run([]).stderr, /give at least one file, directory or glob/);
  assert.match(run(['--bogus']).stderr, /unknown option "--bogus"/);
  assert.equal(run(['does-not-exist.cmd']).code, 2);
  assert.match(run(['--help']).stdout, /Usage: ccmlint/);
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('directories are walked for script types, node_modules and .git skipped, globs and excludes honoured', () => {
  const dir = workspace({
    'a/install.cmd': BAD,
    'a/notes.txt': BAD,
    'a/node_modules/x.cmd': BAD,
    '.git/hooks/y.cmd': BAD,
    'b/repair.ps1': `& ccmsetup.exe SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSSITECODE=P01\n`,
    'b/skip.ps1': `& ccmsetup.exe SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSSITECODE=P01\n`,
  });
  const files = (args: string[]) => [...new Set(JSON.parse(run([...args, '--format', 'json'], { cwd: dir }).stdout).map((f: { file: string }) => f.file))].sort();
  assert.deepEqual(files(['.']), ['a/install.cmd', 'b/repair.ps1', 'b/skip.ps1']);
  assert.deepEqual(files(['.', '--exclude', '**/skip.ps1']), ['a/install.cmd', 'b/repair.ps1']);
  assert.deepEqual(files(['**/*.ps1']), ['b/repair.ps1', 'b/skip.ps1']);
});

test('binary and unreadable files are reported and skipped; the rest is still linted', () => {
  const dir = workspace({ 'bin.cmd': Buffer.from([0x4d, 0x5a, 0x00, 0x00, 0x01]), 'ok.cmd': BAD });
  const r = run(['.'], { cwd: dir });
  assert.match(r.stderr, /bin\.cmd: skipped, binary file/);
  assert.match(r.stdout, new RegExp(`ok\\.cmd:1:${COL}`));
  assert.equal(r.code, 1);
});

test('--stdin with --stdin-filename picks the language', () => {
  const r = run(['--stdin', '--stdin-filename', 'deploy/install.ps1', '--format', 'json'], { input: "Start-Process ccmsetup.exe -ArgumentList 'SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS'\n" });
  assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string; rule: string }) => [f.file, f.rule]), [['deploy/install.ps1', 'CCM301']]);
  assert.equal(r.code, 1);
});
