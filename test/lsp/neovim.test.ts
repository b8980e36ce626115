// Neovim's built-in LSP client against the bundled server over stdio (a second, independent client).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

test('Neovim gets diagnostics, hover and code actions from ccmsetup-language-server', () => {
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  assert.equal(nvim.status, 0, 'Neovim is needed for this test: apt-get install -y neovim');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-nvim-'));
  const file = path.join(dir, 'install.cmd');
  const line = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS="CN=Root" SMSDIRECTORYLOOKUP=WINSPROMISCUOUS';
  fs.writeFileSync(file, `@echo off\n${line}\n`);
  const r = spawnSync('nvim', ['--headless', '--clean', '-i', 'NONE', '-c', `luafile ${path.join(ROOT, 'test', 'lsp', 'neovim.lua')}`], {
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, XDG_DATA_HOME: dir, CCMLINT_FILE: file, CCMLINT_SERVER: path.join(ROOT, 'dist', 'server.js') },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const get = (kind: string) => lines.find((l) => l.kind === kind);
  const diags = get('diagnostics');
  assert.ok(diags?.received, `diagnostics arrived (stderr: ${r.stderr})`);
  assert.deepEqual(diags.items.map((d: { line: number; col: number; source: string }) => [d.line, d.col, d.source]), [[1, line.indexOf('WINSPROMISCUOUS'), 'ccmlint']]);
  assert.match(get('hover')?.text ?? '', /SMSSITECODE/);
  assert.ok(get('codeActions')?.titles.includes('Use SMSDIRECTORYLOOKUP=NOWINS'));
});
