// Editor benchmarks: extension activation and first diagnostics in a real VS Code (the project's editor-test
// harness: code-server in headless Chromium offline), measured by test/bench/activation-suite.js; and the size
// of the packaged .vsix.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (msg) => process.stderr.write(`  [editor] ${msg}\n`);

const INSTALL_CMD = [
  '@echo off',
  'REM benchmark workspace: one command line with a finding (CCM301)',
  'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS',
  '',
].join('\r\n');

/** Runs the activation suite through the harness; returns the suite's figures, or { error } when it can't run. */
export function runEditor() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bench-editor-'));
  try {
    fs.writeFileSync(path.join(workspace, 'install.cmd'), INSTALL_CMD);
    const suite = path.join(ROOT, 'test', 'bench', 'activation-suite.js');
    const started = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'editor', 'harness', 'run.mjs'), '--extension', ROOT, '--tests', suite, '--workspace', workspace], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, CODE_SHIM_TIMEOUT: process.env.CODE_SHIM_TIMEOUT ?? '180' },
    });
    const wallMs = performance.now() - started;
    const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
    // print what the suite logged (its lines carry "[bench]"), not the harness's own chatter
    const suiteLines = output.split('\n').filter((l) => l.includes('[bench]'));
    for (const l of suiteLines) log(`suite: ${l.trim()}`);
    const json = /BENCH_EDITOR (\{.*\})/.exec(output);
    if (r.status !== 0 || !json) {
      const tail = output.trim().split('\n').slice(-15).join('\n    ');
      log(`the editor harness did not produce figures (exit code ${r.status ?? r.signal}):\n    ${tail}`);
      return { error: `editor harness exit code ${r.status ?? r.signal}`, wallMs };
    }
    return { ...JSON.parse(json[1]), suiteLines: suiteLines.map((l) => l.replace(/^.*?\[bench\]/, '[bench]').trim()), wallMs };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * The .vsix size: with `npm run package` when package.json has it (the project's own packaging, which builds
 * first), else `vsce package --no-dependencies` into a temp folder. The .vsix is removed afterwards unless one
 * was already there.
 */
export function runPackage() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  let file;
  let how;
  let cleanup = () => {};
  if (pkg.scripts?.package) {
    // the script's own output path (-o / --out), else vsce's default name
    const m = /(?:-o|--out)\s+(\S+)/.exec(pkg.scripts.package);
    file = path.resolve(ROOT, m ? m[1] : `${pkg.name}-${pkg.version}.vsix`);
    const existed = fs.existsSync(file);
    how = 'npm run package';
    const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) return { error: `npm run package failed (${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`, how };
    if (!existed) cleanup = () => fs.rmSync(file, { force: true });
  } else if (fs.existsSync(vsce)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bench-vsix-'));
    file = path.join(dir, 'ccmlint.vsix');
    how = 'vsce package --no-dependencies';
    const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', file], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
    if (r.status !== 0) return cleanup(), { error: `vsce package failed (${r.status})`, how };
  } else {
    return { error: 'packaging is not available yet (no "package" script and no @vscode/vsce)', how: 'none' };
  }
  try {
    const bytes = fs.statSync(file).size;
    log(`${how}: ${path.basename(file)} ${(bytes / 1024).toFixed(1)} KB`);
    return { bytes, how };
  } finally {
    cleanup();
  }
}
