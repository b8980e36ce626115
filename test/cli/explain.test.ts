// `ccmlint explain`, run as users run it: the bundled dist/cli.js in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-explain-cli-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const SCRIPT = [
  '@echo off',
  'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=\\\\srv\\keys\\sign.cer',
  'ccmsetup.exe /mp:mp2 SMSSITECODE=P02 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS',
  '',
].join('\r\n');

test('explain: text output of the first command line, the chain drawn top to bottom', () => {
  const dir = workspace({ 'install.cmd': SCRIPT });
  const r = run(['explain', 'install.cmd'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.deepEqual(lines.slice(0, 8), [
    'Command line 1 of 2 (install.cmd:2, ccmsetup.exe command line)',
    '  ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=\\\\srv\\keys\\sign.cer',
    '',
    'How the client finds and trusts its management point: 3 ok, 2 weak, 0 broken, 1 not used',
    "  [OK]     Management point source: /mp https://mp1.contoso.com → AD DS → DNS in the client's domain → WINS (HTTP only)",
    lines[5],
    '      |',
    "  [OK]     Trust anchor: PKI: the management point's certificate must chain to a trusted root CA",
  ]);
  assert.ok(lines.includes('  [WEAK]   Policy signing certificate: Pinned from \\\\srv\\keys\\sign.cer'));
  assert.ok(lines.includes('  [OFF]    Internet / cloud management gateway: Intranet only'));
  assert.ok(lines.includes('Written (4)'));
  assert.ok(lines.some((l) => /^ {2}SMSDIRECTORYLOOKUP +  = WINSSECURE$/.test(l)), 'the default WINS lookup');
  assert.ok(lines.includes('Findings (2)'));
});

test('explain --line N picks the command line on that line; --format json prints the model', () => {
  const dir = workspace({ 'install.cmd': SCRIPT });
  const r = run(['explain', 'install.cmd', '--line', '3', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  const m = JSON.parse(r.stdout);
  assert.equal(m.file, 'install.cmd');
  assert.equal(m.index, 2);
  assert.equal(m.range.startLine, 2);
  assert.deepEqual(m.chain.map((s: { id: string; status: string }) => `${s.id}:${s.status}`), ['mp:broken', 'trust:ok', 'signing:ok', 'auth:ok', 'crl:off', 'internet:off']);
  assert.deepEqual(m.findings.map((f: { rule: string }) => f.rule), ['CCM301']);
  const text = run(['explain', 'install.cmd', '--line=3'], dir);
  assert.match(text.stdout, /^Command line 2 of 2 \(install\.cmd:3, /);
  assert.match(text.stdout, /\n {2}\[BROKEN\] Management point source: .*WINS, unchecked\n/);
});

test('explain reads .ccmlintrc.json: rule severities and the environment change what it shows', () => {
  const dir = workspace({
    'install.cmd': 'ccmsetup.exe /mp:mp1 SMSSITECODE=P01\r\n',
    '.ccmlintrc.json': JSON.stringify({ environment: { adPublished: false } }),
  });
  const m = JSON.parse(run(['explain', 'install.cmd', '--format', 'json'], dir).stdout);
  assert.equal(m.chain[1].status, 'weak');
  assert.equal(m.chain[1].summary, 'From AD DS for site P01');
});

test('explain: usage errors and files without a command line exit with 2 and say why', () => {
  const dir = workspace({ 'install.cmd': SCRIPT, 'empty.cmd': '@echo off\r\necho hi\r\n' });
  const cases: [string[], RegExp][] = [
    [['explain'], /give the file to explain/],
    [['explain', 'install.cmd', '--line', '1'], /install\.cmd: no ccmsetup command line on line 1/],
    [['explain', 'install.cmd', '--line', '0'], /--line expects a line number from 1/],
    [['explain', 'install.cmd', '--format', 'sarif'], /unknown format "sarif"; accepted: text, json/],
    [['explain', 'empty.cmd'], /empty\.cmd: no ccmsetup command line found/],
    [['explain', 'missing.cmd'], /missing\.cmd: cannot read it \(ENOENT\)/],
    [['explain', 'notes.txt'], /not a file type ccmlint reads/],
    [['explain', 'a.cmd', 'b.cmd'], /give one file/],
  ];
  for (const [args, message] of cases) {
    const r = run(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
  const help = run(['explain', '--help'], dir);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: ccmlint explain <file> \[--line N\] \[--format text\|json\]/);
  assert.match(run(['--help'], dir).stdout, /ccmlint explain <file>/);
});
