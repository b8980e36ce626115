// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns when no VS Code can be
// downloaded. It takes the same Electron-style arguments
//   --extensionDevelopmentPath=<dir> (repeatable) --extensionTestsPath=<module> [--disable-extensions] [folder]
// and runs the suite in code-server instead: the real VS Code workbench in headless Chromium, with the extension
// and the test module in code-server's Node extension host. Exit code: the suite's (0 passed, 1 failed), or
// 2 harness error, 3 timeout, 130 interrupted.
//
// Why it looks like this (see README.md):
// - code-server ignores extensionDevelopmentPath/extensionTestsPath as server flags. The workbench reads them from
//   the ?payload= URL parameter, but only when the server runs with `enable-smoke-test-driver`, and then calls
//   window.codeAutomationExit(code) when the test module's run() has settled.
// - Everything code-server writes (user data, extensions, HOME, sockets in TMPDIR) goes into one temp folder that is
//   deleted at the end; the server runs in its own process group, which is killed as a whole, because its extension
//   hosts would otherwise outlive it.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureTools, node24Env, paths, SetupError } from './install.mjs';

const EXIT = { harness: 2, timeout: 3, interrupted: 130 };
const TIMEOUT_S = Number(process.env.CODE_SHIM_TIMEOUT || 180);
const VERBOSE = process.env.CODE_SHIM_VERBOSE === '1';
const KEEP = process.env.CODE_SHIM_KEEP === '1';
const t0 = Date.now();
const say = (msg) => console.log(`[code-shim ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

class HarnessError extends Error {}

/** The subset of VS Code's command line that runTests() produces; other flags (--no-sandbox, --user-data-dir=...) do not apply. */
function parseArgs(argv) {
  const args = { dev: [], tests: undefined, folder: undefined, disableExtensions: false };
  for (const a of argv) {
    const eq = a.indexOf('=');
    const [name, value] = a.startsWith('--') && eq > 0 ? [a.slice(2, eq), a.slice(eq + 1)] : [a, undefined];
    if (name === 'extensionDevelopmentPath') args.dev.push(path.resolve(value));
    else if (name === 'extensionTestsPath') args.tests = path.resolve(value);
    else if (a === '--disable-extensions') args.disableExtensions = true;
    else if (!a.startsWith('-') && !args.folder) args.folder = path.resolve(a);
    else if (VERBOSE) say(`ignoring argument ${a}`);
  }
  if (!args.dev.length || !args.tests) throw new HarnessError('usage: code-shim --extensionDevelopmentPath=<dir> --extensionTestsPath=<module> [folder or .code-workspace]');
  return args;
}

// Offline, the built-in chat/agent features only retry sign-ins and fill the log; CODE_SHIM_SETTINGS can override.
const DEFAULT_SETTINGS = { 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none' };

/** User settings: the defaults plus CODE_SHIM_SETTINGS (a JSON object), so that a suite can start with settings in place. */
function userSettings() {
  const text = process.env.CODE_SHIM_SETTINGS;
  if (!text) return DEFAULT_SETTINGS;
  let settings;
  try {
    settings = JSON.parse(text);
  } catch (e) {
    throw new HarnessError(`CODE_SHIM_SETTINGS is not JSON: ${e.message}`);
  }
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) throw new HarnessError('CODE_SHIM_SETTINGS must be a JSON object such as {"editor.tabSize": 2}');
  return { ...DEFAULT_SETTINGS, ...settings };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The environment of everything we start: HOME, XDG_* and TMPDIR inside the temp folder, so nothing lands in the real home. */
function sandboxEnv(dir) {
  const env = { ...process.env };
  // From a VS Code terminal, VSCODE_IPC_HOOK_CLI makes code-server hand the folder to that VS Code instead of starting.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  const home = path.join(dir, 'home');
  const tmp = path.join(dir, 'tmp');
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    // VS Code leaves vscode-ipc-*.sock / vscode-git-*.sock behind in TMPDIR when it is killed.
    TMPDIR: tmp,
    XDG_RUNTIME_DIR: tmp,
  });
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(tmp, { recursive: true, mode: 0o700 });
  return env;
}

/** Starts code-server in its own process group (detached = setsid) and returns at once; see waitUntilReady. */
function startServer(dir, env, port) {
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings(), null, 2));
  // An explicit config file: without one, code-server writes a password-auth config.yaml into $XDG_CONFIG_HOME.
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = path.join(dir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const server = spawn(paths.node, [
    path.join(paths.codeServer, 'out', 'node', 'entry.js'),
    '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userData, '--extensions-dir', path.join(dir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    // The extension host waits this long for a browser that went away (3 hours by default).
    '--reconnection-grace-time', '1',
    // Safety net if this process is SIGKILLed before its cleanup: with no browser connected, the server exits by itself.
    '--idle-timeout-seconds', '90', // (code-server requires more than 60)
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    // No extension gallery (open-vsx.org): unreachable offline, and a suite must not depend on it anyway.
    env: node24Env({ EXTENSIONS_GALLERY: '{}', ...env }),
    detached: true,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  server.logFile = logFile;
  return server;
}

/** /healthz answers as soon as the HTTP server listens (well under a second). */
async function waitUntilReady(server, port) {
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new HarnessError(`code-server exited early (${server.signalCode ?? `code ${server.exitCode}`})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A workspace URL whose payload makes the workbench run the tests; the paths are URIs on the server ("vscode-remote"). */
function workbenchUrl(port, args) {
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${pathToFileURL(p).pathname}`;
  const payload = [...args.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(args.tests)]];
  if (args.disableExtensions) payload.push(['disableExtensions', 'true']);
  let url = `http://${authority}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (args.folder) url += `&${args.folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(args.folder)}`;
  return url;
}

/** Opens the workbench and resolves with the code the workbench reports when the test module has finished. */
async function runInBrowser(dir, env, url, onContext) {
  const { chromium } = createRequire(import.meta.url)(paths.playwright);
  const context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
    executablePath: paths.chromium,
    headless: true,
    env,
    // Playwright's own Ctrl-C handler would exit the process before our cleanup has killed code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  onContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  let settle;
  const result = new Promise((resolve, reject) => (settle = { resolve, reject }));
  result.catch(() => {}); // if goto() throws, nobody awaits it, and the page closing later must not crash the process
  // Both hooks must exist before the workbench loads. In test mode the workbench sends its log, including the
  // extension host's console, to codeAutomationLog, and its result to codeAutomationExit.
  await page.exposeFunction('codeAutomationLog', (type, args) => relay(type, args));
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    saveLogs(logs);
    settle.resolve(code);
  });
  // Anything else the page prints only in verbose mode: offline it is mostly network noise.
  page.on('console', (m) => VERBOSE && console.log(`[browser ${m.type()}] ${m.text().replace(/%c/g, '')}`));
  page.on('pageerror', (e) => VERBOSE && console.log(`[browser pageerror] ${e.message}`));
  page.on('crash', () => settle.reject(new HarnessError('the browser page crashed')));
  page.on('close', () => settle.reject(new HarnessError('the browser page closed before the tests finished')));
  if (VERBOSE) say(`open ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return result;
}

// The workbench's own start-up chatter, which reaches codeAutomationLog exactly like the suite's console output does
// (it carries no source label), and offline-only errors. Dropped unless CODE_SHIM_VERBOSE=1.
const CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost[^\]]*|AccountPolicyGate|ChatModelSelection)\]/,
  /^(Updating|Ignoring fetching) additional builtin extensions/,
  /^Timed out waiting for authentication provider 'github'/,
];

function relay(type, args) {
  const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  if (!VERBOSE && CHATTER.some((re) => re.test(text))) return;
  // All on stdout, errors included: two pipes would reorder a failure's lines against the steps around it.
  console.log(type === 'error' || type === 'warn' ? `[${type}] ${text}` : text);
}

/** CODE_SHIM_LOGS=<dir>: keep the workbench's log files (window, extension host, ...) that it hands over at exit. */
function saveLogs(logs) {
  const dir = process.env.CODE_SHIM_LOGS;
  if (!dir || !Array.isArray(logs)) return;
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
}

function logTail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function main() {
  let dir, server, context, cleaning;
  const cleanup = async () => {
    if (cleaning) return cleaning;
    cleaning = (async () => {
      await Promise.race([context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      if (server?.pid) {
        const gone = new Promise((r) => (server.exitCode !== null || server.signalCode !== null ? r() : server.once('exit', r)));
        killGroup(server.pid, 'SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        killGroup(server.pid, 'SIGKILL'); // children that ignored SIGTERM or outlived the server
      }
      if (dir && !KEEP) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      else if (dir) say(`kept ${dir}`);
    })();
    return cleaning;
  };
  // The first reason to stop wins (a timeout closes the page, which would otherwise report a second, wrong error).
  let finishing;
  const finish = (code, message) => {
    finishing ??= (async () => {
      if (message) console.error(`[code-shim] ${message}`);
      await cleanup();
      process.exit(code);
    })();
    return finishing;
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(EXIT.interrupted, `interrupted by ${sig}`));
  // Last resort for any exit path that skipped cleanup (process.exit elsewhere, an uncaught error): synchronous only.
  process.on('exit', () => {
    if (server?.pid) killGroup(server.pid, 'SIGKILL');
    if (dir && !KEEP) fs.rmSync(dir, { recursive: true, force: true });
  });

  try {
    const args = parseArgs(process.argv.slice(2));
    if (!(TIMEOUT_S > 0)) throw new HarnessError(`CODE_SHIM_TIMEOUT=${process.env.CODE_SHIM_TIMEOUT}: not a number of seconds`);
    ensureTools({ quiet: true });
    const timer = setTimeout(() => {
      finish(EXIT.timeout, `timed out after ${TIMEOUT_S} s (CODE_SHIM_TIMEOUT); last server log lines:\n${server ? logTail(server.logFile) : ''}`);
    }, TIMEOUT_S * 1000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-code-shim-'));
    const env = sandboxEnv(dir);
    const port = await freePort();
    say(`code-server on 127.0.0.1:${port}; extension ${args.dev.join(', ')}; tests ${args.tests}; folder ${args.folder ?? '(none)'}`);
    server = startServer(dir, env, port);
    await waitUntilReady(server, port);
    say('server ready; starting the workbench in headless Chromium');
    const code = await runInBrowser(dir, env, workbenchUrl(port, args), (c) => (context = c));
    clearTimeout(timer);
    say(`tests finished with exit code ${code}`);
    await finish(typeof code === 'number' ? code : EXIT.harness);
  } catch (e) {
    const detail = server ? `\nlast server log lines:\n${logTail(server.logFile)}` : '';
    await finish(EXIT.harness, `harness error: ${e instanceof HarnessError || e instanceof SetupError ? e.message : e.stack ?? e}${detail}`);
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the whole group is gone already
  }
}

await main();
