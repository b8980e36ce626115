// Shared by scripts/vsix-check.mjs and scripts/screenshots.mjs: build the .vsix, install it into a throwaway
// code-server (like a user would, with --install-extension; no extensionDevelopmentPath), open a workspace in
// headless Chromium, and drive the workbench through its DOM. The tools come from the editor-test harness
// (test/editor/harness/install.mjs: Node 24, code-server, playwright-core in .vscode-test/).
//
// Why it is written this way:
// - Everything code-server writes (user data, extensions, HOME, XDG dirs, sockets in TMPDIR) goes into one temp
//   folder that close() deletes; the server runs in its own process group (detached), killed as a whole, because
//   its extension host and our language server would otherwise outlive it.
// - Every wait is on the DOM (Playwright's waitFor/waitForFunction) with a deadline: no fixed sleeps.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureTools, node24Env, paths, REPO } from '../harness/install.mjs';

export { REPO };
const t0 = Date.now();
export const elapsed = () => (Date.now() - t0) / 1000;
export const say = (msg) => console.log(`[vsix ${elapsed().toFixed(1)}s] ${msg}`);

/** Runs a command to completion; throws with its output if it fails. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', ...options });
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

/**
 * `npm run build`, then `vsce package --no-dependencies` into outDir. vsce only warns (it still packages) about a
 * missing LICENSE, repository, template README and the like: any WARNING line fails here, so they get fixed.
 */
export function buildVsix(outDir) {
  run('npm', ['run', 'build', '--silent']);
  const vsix = path.join(outDir, 'ccmlint.vsix');
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix]);
  const warnings = out.split('\n').filter((l) => /\bWARNING\b/.test(l));
  if (warnings.length) throw new Error(`vsce package warned:\n${warnings.join('\n')}`);
  return vsix;
}

/** User settings: a quiet workbench (no chat, tips, welcome page, update checks), sized for screenshots. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.hover.delay': 200,
  'editor.lightbulb.enabled': 'on',
  'git.enabled': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already
  }
}

/**
 * Starts a session: temp folder, the .vsix installed, code-server listening, Chromium on the workbench with
 * `workspace` (copied, so that edits stay in the temp folder). close() undoes all of it.
 */
export async function startSession({ vsix, workspace, viewport = { width: 1280, height: 800 }, settings = {} }) {
  ensureTools({ quiet: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-vsix-'));
  const s = { dir, server: undefined, context: undefined, page: undefined, closed: false };
  s.close = async () => {
    if (s.closed) return;
    s.closed = true;
    await Promise.race([s.context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (s.server?.pid) {
      const gone = new Promise((r) => (s.server.exitCode !== null || s.server.signalCode !== null ? r() : s.server.once('exit', r)));
      killGroup(s.server.pid, 'SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
      killGroup(s.server.pid, 'SIGKILL'); // extension host / language server that ignored SIGTERM
    }
    s.logs = extensionLogs(s.userData ?? path.join(dir, 'none')); // read before the folder goes
    if (process.env.CCMLINT_VSIX_KEEP === '1') say(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  // Synchronous last resort if the process exits without close() (uncaught error, process.exit).
  process.once('exit', () => s.server?.pid && !s.closed && killGroup(s.server.pid, 'SIGKILL'));
  try {
    // HOME, XDG_* and TMPDIR inside the temp folder; VSCODE_* would make code-server talk to a surrounding VS Code.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'));
    const home = path.join(dir, 'home'), tmp = path.join(dir, 'tmp');
    Object.assign(env, {
      HOME: home, TMPDIR: tmp, XDG_RUNTIME_DIR: tmp, XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local', 'share'), XDG_STATE_HOME: path.join(home, '.local', 'state'), XDG_CACHE_HOME: path.join(home, '.cache'),
      EXTENSIONS_GALLERY: '{}', // no marketplace (offline; and nothing but the .vsix should be installed)
    });
    fs.mkdirSync(home, { recursive: true });
    fs.mkdirSync(tmp, { recursive: true, mode: 0o700 });
    const serverEnv = node24Env(env);
    s.userData = path.join(dir, 'user-data');
    s.extensions = path.join(dir, 'extensions');
    fs.mkdirSync(path.join(s.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(s.userData, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
    const config = path.join(dir, 'config.yaml'); // without one, code-server writes a password-auth config into HOME
    fs.writeFileSync(config, 'auth: none\ncert: false\n');
    const entry = path.join(paths.codeServer, 'out', 'node', 'entry.js');
    const common = ['--config', config, '--user-data-dir', s.userData, '--extensions-dir', s.extensions];

    // 1. Install the .vsix exactly as a user would, and make sure code-server lists it.
    say(`installing ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KB)`);
    run(paths.node, [entry, ...common, '--install-extension', vsix], { env: serverEnv });
    const listed = run(paths.node, [entry, ...common, '--list-extensions', '--show-versions'], { env: serverEnv });
    if (!/^ccmlint\.ccmlint@/m.test(listed)) throw new Error(`--list-extensions does not list ccmlint.ccmlint:\n${listed}`);
    s.installed = listed.match(/^ccmlint\.ccmlint@\S+/m)[0];

    // 2. Copy the workspace into the temp folder.
    s.workspace = path.join(dir, 'workspace');
    fs.cpSync(workspace, s.workspace, { recursive: true });

    // 3. code-server on a free port, its own process group; no --vscode-option, no extensionDevelopmentPath.
    const port = await freePort();
    const log = fs.openSync(path.join(dir, 'server.log'), 'a');
    s.server = spawn(paths.node, [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--reconnection-grace-time', '1', // the extension host would wait 3 hours for a vanished browser
      '--idle-timeout-seconds', '90', // if we are SIGKILLed before close(), the server stops itself
    ], { env: serverEnv, detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    for (const deadline = Date.now() + 30_000; ;) {
      if (s.server.exitCode !== null) throw new Error(`code-server exited (${s.server.exitCode}):\n${fs.readFileSync(path.join(dir, 'server.log'), 'utf8')}`);
      if (Date.now() > deadline) throw new Error('code-server did not answer /healthz within 30 s');
      if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100)); // polling a socket: there is no event to wait on
    }

    // 4. Headless Chromium on the workbench (flags as in test/editor/harness/code-shim.mjs).
    const { chromium } = createRequire(import.meta.url)(paths.playwright);
    s.context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
      executablePath: paths.chromium, headless: true, env, viewport, deviceScaleFactor: 1,
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    s.page = s.context.pages()[0] ?? (await s.context.newPage());
    s.pageErrors = [];
    s.page.on('pageerror', (e) => s.pageErrors.push(e.message));
    await s.page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(s.workspace)}`, { waitUntil: 'domcontentloaded' });
    await s.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    say(`workbench up (${s.installed})`);
    return s;
  } catch (e) {
    await s.close();
    throw e;
  }
}

/** Opens a workspace file with Quick Open (Ctrl+P), like a user; resolves when its editor shows text. */
export async function openFile(page, name, timeout = 30_000) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout });
  await input.fill(name);
  // The file search finishes after typing: wait for the row with the exact name before accepting.
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ timeout });
}

/** Error, warning and info counts of the status bar's Problems item ("$(error) 5 $(warning) 2 $(info) 2"). */
export async function problemCounts(page) {
  const text = await page.locator('[id="status.problems"]').innerText();
  const [errors = 0, warnings = 0, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings, infos, total: errors + warnings + infos };
}

/** Waits until the Problems item shows `total` markers (the language server has published its diagnostics). */
export async function waitForProblems(page, total, timeout = 60_000) {
  const shown = async () => (await problemCounts(page).catch(() => ({ total: 'no' }))).total;
  await page.waitForFunction(
    (want) => {
      const el = document.getElementById('status.problems');
      const n = (el?.textContent.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
      return want === undefined ? n > 0 : n === want;
    },
    total,
    { timeout },
  ).catch(async (e) => {
    throw new Error(`the status bar shows ${await shown()} problems after ${timeout / 1000} s, expected ${total ?? 'some'} (${e.message.split('\n')[0]})`);
  });
  return problemCounts(page);
}

/**
 * Moves the mouse onto the `nth` squiggle of `kind` (error, warning, info) and resolves with the hover's text.
 * Squiggles are decorations in the editor's overlay layer; the editor computes the hover from the mouse position.
 */
export async function hoverSquiggle(page, kind = 'error', nth = 0, timeout = 15_000) {
  const squiggle = page.locator(`.editor-instance .monaco-editor .view-overlays .squiggly-${kind}`).nth(nth);
  await squiggle.waitFor({ timeout });
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout });
  // The hover fills in as its providers answer: wait for the diagnostic part (it names the rule).
  await page.waitForFunction(() => /CCM\d{3}/.test(document.querySelector('.monaco-hover:not(.hidden) .monaco-hover-content')?.textContent ?? ''), null, { timeout });
  return { text: await hover.innerText(), box };
}

/** Text of the extension's "ccmlint" output channel log and any error lines of the extension host log. */
export function extensionLogs(userData) {
  const found = { output: '', exthostErrors: [] };
  const walk = (d) => (fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)])) : []);
  for (const f of walk(path.join(userData, 'logs'))) {
    if (/ccmlint\.log$/.test(f)) found.output += fs.readFileSync(f, 'utf8');
    if (/exthost\.log$/.test(f)) found.exthostErrors.push(...fs.readFileSync(f, 'utf8').split('\n').filter((l) => /\[error\]/.test(l) && /ccmlint/i.test(l)));
  }
  return found;
}

/**
 * Screen box of `needle` on editor line `line` (1-based, must be visible): lets a script point the mouse at a token
 * like a user does, instead of Go to Line (which scrolls the view a few pixels when it previews the line).
 */
export async function textBox(page, line, needle) {
  const box = await page.evaluate(([line, needle]) => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(line));
    if (!number) return undefined;
    const top = number.getBoundingClientRect().top;
    const row = [...editor.querySelectorAll('.view-lines .view-line')].find((e) => Math.abs(e.getBoundingClientRect().top - top) < 2);
    const at = row?.textContent.replace(/\u00a0/g, ' ').indexOf(needle) ?? -1;
    if (at < 0) return undefined;
    // Walk the line's text nodes (one per token span) to the needle's first and last character.
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node, seen = 0; (node = walker.nextNode()); seen += node.length) {
      if (at >= seen && at < seen + node.length) range.setStart(node, at - seen);
      if (at + needle.length > seen && at + needle.length <= seen + node.length) range.setEnd(node, at + needle.length - seen);
    }
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, [line, needle]);
  if (!box) throw new Error(`"${needle}" is not visible on line ${line}`);
  return box;
}
