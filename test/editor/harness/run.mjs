// Runs one editor test suite (a module exporting `run()`, executed inside VS Code's extension host) through
// @vscode/test-electron's runTests(), in one of two ways:
//   offline (default): VS Code cannot be downloaded here, so runTests() starts code-shim.sh instead, which runs the
//                      suite in code-server (the same workbench and Node extension host) in headless Chromium.
//   CCMLINT_EDITOR_TESTS=download: runTests() downloads VS Code (CCMLINT_VSCODE_VERSION, default stable) and runs it.
// The suite itself is the same in both. Exit code: 0 passed, 1 failed, 2 harness error.
//
//   node test/editor/harness/run.mjs --extension <dir> --tests <module> --workspace <folder> [--settings <json file>]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CACHE, ensureTools, SetupError } from './install.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TEST_ELECTRON = '@vscode/test-electron@2.5.2'; // the newest that supports Node 20 (3.x needs Node >= 22)
const say = (msg) => console.log(`[editor-harness] ${msg}`);

class HarnessError extends Error {}

function options() {
  const { values } = parseArgs({
    options: { extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' }, settings: { type: 'string' } },
  });
  const need = (name, test, what) => {
    if (!values[name]) throw new HarnessError(`missing --${name}\nusage: node test/editor/harness/run.mjs --extension <dir> --tests <module> --workspace <folder> [--settings <json file>]`);
    const abs = path.resolve(values[name]);
    if (!test(abs)) throw new HarnessError(`--${name} ${abs}: ${what}`);
    return abs;
  };
  const isFile = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile();
  const isDir = (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory();
  return {
    extension: need('extension', (p) => isFile(path.join(p, 'package.json')), 'not an extension folder (no package.json)'),
    // Like require(): the module may be named without its .js, or be a folder with an index.js.
    tests: need('tests', (p) => isFile(p) || isFile(`${p}.js`) || isFile(path.join(p, 'index.js')), 'no such test module'),
    workspace: need('workspace', (p) => isDir(p) || (isFile(p) && p.endsWith('.code-workspace')), 'not a folder or .code-workspace file'),
    settings: values.settings && readSettings(path.resolve(values.settings)),
  };
}

function readSettings(file) {
  let settings;
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new HarnessError(`--settings ${file}: ${e.message} (plain JSON, no comments)`);
  }
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) throw new HarnessError(`--settings ${file}: not a JSON object`);
  return settings;
}

async function loadTestElectron() {
  try {
    return await import('@vscode/test-electron');
  } catch (e) {
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new HarnessError(`@vscode/test-electron is not installed: npm install --save-dev ${TEST_ELECTRON}`);
  }
}

async function main() {
  const opts = options();
  const { runTests, TestRunFailedError } = await loadTestElectron();
  const download = process.env.CCMLINT_EDITOR_TESTS === 'download';
  if (process.env.CCMLINT_EDITOR_TESTS && !download) throw new HarnessError(`CCMLINT_EDITOR_TESTS=${process.env.CCMLINT_EDITOR_TESTS}: only "download" (or unset, for offline) is known`);

  // A fresh profile per run, so no state leaks between runs; user settings go where VS Code reads them.
  // (The shim keeps its own profile and takes the settings from CODE_SHIM_SETTINGS.)
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-editor-'));
  if (opts.settings) {
    fs.mkdirSync(path.join(profile, 'User'));
    fs.writeFileSync(path.join(profile, 'User', 'settings.json'), JSON.stringify(opts.settings, null, 2));
  }
  const common = {
    extensionDevelopmentPath: opts.extension,
    extensionTestsPath: opts.tests,
    launchArgs: [opts.workspace, '--disable-extensions', `--user-data-dir=${profile}`, `--extensions-dir=${path.join(CACHE, 'extensions')}`],
  };
  try {
    if (download) {
      say(`downloading VS Code ${process.env.CCMLINT_VSCODE_VERSION || 'stable'} into ${CACHE} (CCMLINT_EDITOR_TESTS=download)`);
      await runTests({ ...common, version: process.env.CCMLINT_VSCODE_VERSION || undefined, cachePath: CACHE }).catch((e) => {
        throw e instanceof TestRunFailedError ? e : new HarnessError(`${e.message} (no internet? leave CCMLINT_EDITOR_TESTS unset to run offline in code-server)`);
      });
    } else {
      say('offline: running the suite in code-server through code-shim.sh (CCMLINT_EDITOR_TESTS=download uses a downloaded VS Code)');
      ensureTools({ quiet: true });
      await runTests({
        ...common,
        vscodeExecutablePath: path.join(HERE, 'code-shim.sh'),
        extensionTestsEnv: { CODE_SHIM_NODE: process.execPath, ...(opts.settings && { CODE_SHIM_SETTINGS: JSON.stringify(opts.settings) }) },
      });
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await main();
  say('editor tests passed');
} catch (e) {
  // runTests() rejects with a TestRunFailedError carrying the exit code of VS Code (or of the shim):
  // 1 is a failing suite, anything else (a signal, the shim's 2/3/130) a harness or editor problem.
  if (e?.constructor?.name === 'TestRunFailedError') {
    const failed = e.code === 1;
    console.error(failed ? '[editor-harness] editor tests FAILED (see the output above)' : `[editor-harness] ERROR: the editor or the harness failed: ${e.message} (see the output above)`);
    process.exitCode = failed ? 1 : 2;
  } else {
    console.error(`[editor-harness] ERROR: ${e instanceof HarnessError || e instanceof SetupError ? e.message : (e?.stack ?? e)}`);
    process.exitCode = 2;
  }
}
