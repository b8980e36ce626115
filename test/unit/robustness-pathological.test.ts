// Pathological inputs: a 10 MB single line, 100,000 quotes, carets and backticks, deep nesting, NUL bytes,
// lone surrogates and more, in every host language, each analysed in a worker thread with a deadline (so
// a hang, a stack overflow or an exhausted heap fails one test instead of the run) and within a time
// budget linear in its size. How the time grows with the input is in robustness-linear.test.ts, regular
// expressions are in robustness-regex.test.ts.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { HostLanguage } from '../../server/src/locate/region';
import { HOSTS } from '../support/robustness-generators';
import { WorkerPool } from '../support/robustness-runner';
import type { AnalyseResult } from '../support/robustness-worker';

// one worker at a time: two 10 MB analyses side by side are slower than one after the other (memory bound)
const pool = new WorkerPool(1);
after(() => pool.close());

/** Microseconds per character a linear analysis may take, plus a fixed allowance, for the budget. */
const BUDGET_US_PER_CHAR = 1.5;
const BUDGET_FIXED_MS = 1500;



const FULL: { family: string; size: number; todo?: Partial<Record<HostLanguage, string>> }[] = [
  { family: 'long line, one value', size: 10_000_000 },
  { family: 'quotes', size: 100_000 },
  { family: 'smart quotes', size: 100_000 },
  { family: 'carets', size: 100_000 },
  { family: 'caret continuations', size: 100_000 },
  { family: 'backticks', size: 100_000 },
  { family: 'backtick continuations', size: 100_000 },
  // PowerShell threw RangeError (stack overflow) from about 6,300 levels until ef23bc0
  { family: 'nested subexpressions', size: 40_000 }, // 10,000 levels of $(
  { family: 'nested strings', size: 60_000 }, // 10,000 levels of "$("
  { family: 'nested arrays and script blocks', size: 60_000 }, // 10,000 levels of @({
  { family: 'unclosed groups', size: 100_000 },
  { family: 'NUL bytes', size: 100_000 },
  { family: 'lone surrogates', size: 100_000 },
  { family: 'XML entities', size: 100_000 },
  { family: 'comment and directive markers', size: 100_000 },
  { family: 'many short lines', size: 300_000 }, // in XML the lines are one command line (1 MB of them: see B11 in robustness-linear)
];

for (const { family, size, todo } of FULL) {
  test(`pathological input: ${family} (${size.toLocaleString('en')} characters)`, async (t) => {
    await Promise.all(
      HOSTS.map((host) =>
        t.test(host, todo?.[host] ? { todo: todo[host] } : {}, async () => {
            const budget = BUDGET_FIXED_MS + (size * BUDGET_US_PER_CHAR) / 1000;
            // a run that is not done after its budget (and some slack) is stopped: the budget is what fails it
            const r = await pool.run<AnalyseResult>({ type: 'analyse', family, size, host }, budget * 1.2 + 500);
            assert.deepEqual(r.problems, [], `${family} in ${host}`);
            assert.ok(r.ms <= budget, `${family} in ${host}: ${r.length} characters took ${r.ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`);
        }),
      ),
    );
  });
}

