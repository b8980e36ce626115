// Linear time: for each family of pathological input (see robustness-pathological.ts), doubling the input
// at most roughly doubles the analysis time. The size n is grown until one run takes at least 50 ms, then
// the median of three runs at n and at 2n are compared, allowing a factor of 3 for noise (known failures,
// marked todo, take one run each). Runs happen one at a time in a worker thread (with a collected heap
// before each), so a runaway case is stopped.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { HostLanguage } from '../../server/src/locate/region';
import { TaskRunner } from '../support/robustness-runner';
import type { DoubleResult } from '../support/robustness-worker';
import { applyDirectives, type Directive } from '../../server/src/analyse/suppression';
import { LineIndex } from '../../server/src/text/positions';

const runner = new TaskRunner();
after(() => runner.close());

const MIN_MS = 50;
const MAX_SIZE = 16_000_000;
const FACTOR = 3;


const PAIRS: { family: string; hosts: HostLanguage[]; todo?: Partial<Record<HostLanguage, string>>; minMs?: number }[] = [
  // batch has a step in its time between 400 KB and 800 KB (heap sizing), so measure from 150 ms on
  { family: 'long line, one value', hosts: ['batch', 'powershell'], minMs: 150 },
  { family: 'long line, repeated settings', hosts: ['batch', 'ccmsetup'] },
  // B11: CCM103 copied the list of earlier settings for every repeat ([...list, s]) until the robust branch;
  // the quadratic part only dominated from about 100 ms on
  { family: 'one setting repeated', hosts: ['ccmsetup'], minMs: 120 },
  { family: 'quotes', hosts: ['batch', 'powershell'] },
  { family: 'carets', hosts: ['batch'] },
  { family: 'caret continuations', hosts: ['batch'] },
  { family: 'backticks', hosts: ['powershell'] },
  { family: 'backtick continuations', hosts: ['powershell'] },
  // quadratic in the nesting depth until ef23bc0
  { family: 'nested subexpressions', hosts: ['powershell'] },
  { family: 'nested arrays and script blocks', hosts: ['powershell'] },
  { family: 'unclosed groups', hosts: ['ccmsetup'] },
  { family: 'NUL bytes', hosts: ['batch'] },
  { family: 'lone surrogates', hosts: ['xml'] },
  { family: 'XML entities', hosts: ['xml'] },
  { family: 'many short lines', hosts: ['xml'] },
  // the batch comment pattern was quadratic on leading blanks until e27e56d
  { family: 'indented line', hosts: ['batch'] },
];

for (const { family, hosts, todo, minMs } of PAIRS) {
  for (const host of hosts) {
    test(`doubling the input at most roughly doubles the time: ${family} (${host})`, todo?.[host] ? { todo: todo[host] } : {}, async () => {
      const r = await runner.run<DoubleResult>({ type: 'double', family, host, minMs: minMs ?? MIN_MS, maxSize: MAX_SIZE, runs: todo?.[host] ? 1 : 3 }, 30_000);
      const what = `n=${r.n}: ${r.msN.toFixed(1)} ms, 2n: ${r.ms2N.toFixed(1)} ms (runs ${r.samplesN.map((x) => x.toFixed(0)).join('/')} and ${r.samples2N.map((x) => x.toFixed(0)).join('/')})`;
      // below a few milliseconds the ratio is noise: such a family is fast at the largest size tried
      assert.ok(r.ms2N <= FACTOR * r.msN || r.ms2N < 5, `${family} in ${host}: ${what}`);
    });
  }
}

// Suppression directives on their own: in a script the rest of the analysis hides a quadratic part until
// a few hundred kilobytes, so applyDirectives is measured directly on k findings and k directives. B16: it
// checked every finding against every directive (a 400 KB batch script with a directive above each of its
// 7,400 command lines took 6 s to analyse, a 5 MB one a minute).
test('doubling the findings and directives at most roughly doubles the time of applyDirectives', () => {
  const run = (k: number) => {
    const text = 'REM ccmlint-disable-next-line CCM303\nccmsetup.exe x\n'.repeat(k);
    const index = new LineIndex(text);
    const directives: Directive[] = [];
    const findings: { rule: string; start: number }[] = [];
    for (let i = 0, at = 0; i < k; i++, at += 52) {
      directives.push({ kind: 'disable-next-line', start: at + 4, end: at + 36, ids: [{ id: 'CCM303', start: at + 30, end: at + 36 }], line: 2 * i });
      findings.push({ rule: 'CCM005', start: at + 50 });
    }
    const started = performance.now();
    applyDirectives(findings, directives, index, (l) => l);
    return performance.now() - started;
  };
  let k = 250;
  while (k < 1_000_000 && run(k) < MIN_MS) k *= 2;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
  const t = median([run(k), run(k), run(k)]);
  const t2 = median([run(2 * k), run(2 * k), run(2 * k)]);
  assert.ok(t2 <= FACTOR * t, `k=${k}: ${t.toFixed(1)} ms, 2k: ${t2.toFixed(1)} ms`);
});
