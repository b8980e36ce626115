// The harness's own test: through run.mjs (so through runTests() and the shim), the passing sample suite must
// exit 0 and the failing one must make runTests() reject (exit code 1). `node test/editor/harness/sample/selftest.mjs`
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE = path.dirname(fileURLToPath(import.meta.url));
const RUN = path.join(SAMPLE, '..', 'run.mjs');

function run(suite, expected, extra = []) {
  const t0 = Date.now();
  const args = [RUN, '--extension', SAMPLE, '--tests', path.join(SAMPLE, 'test', suite), '--workspace', path.join(SAMPLE, 'workspace'), ...extra];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  const ok = r.status === expected;
  console.log(`[selftest] ${suite}: exit code ${r.status} (expected ${expected}) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${ok ? 'ok' : 'WRONG'}`);
  return ok;
}

const results = [run('pass.js', 0, ['--settings', path.join(SAMPLE, 'settings.json')]), run('fail.js', 1)];
process.exitCode = results.every(Boolean) ? 0 : 1;
console.log(`[selftest] ${process.exitCode ? 'FAILED' : 'passed'}`);
