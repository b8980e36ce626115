// No regular expression in server/src may backtrack catastrophically. The patterns are collected with the
// TypeScript parser (regex literals and new RegExp with patterns worked out from literals), and each is run
// on adversarial inputs built from its own repeated parts (long runs of the characters it repeats, alone,
// cycled and interleaved, after its literal prefix, with a tail that does not match). The same inputs are
// then analysed inside each host's documents, and the CLI's glob patterns are matched against long paths.
// Everything runs in a worker thread with a deadline.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { HostLanguage } from '../../server/src/locate/region';
import { globToRegExp } from '../../server/src/cli/files';
import { HOSTS } from '../support/robustness-generators';
import { adversarialInputs, findRegexes } from '../support/robustness-regexes';
import { WorkerPool } from '../support/robustness-runner';
import type { AnalyseResult } from '../support/robustness-worker';

const pool = new WorkerPool(2);
after(() => pool.close());

const GLOBS = ['**/*.cmd', '**/**/**/**/*.ps1', 'scripts/**/deploy/**/*.{cmd,bat,ps1}', '*a*a*a*a*a*a*b', '**a**b**c**d'];
// new RegExp(`^${re}$`) in cli/files.ts: the glob patterns, tested one by one below
const isGlobTemplate = (f: { substituted?: string[] }) => !!f.substituted?.includes('re');
const { found, unresolved } = findRegexes({
  // the XML locator asks for these attributes; the CLI builds patterns from globs
  name: ['name', 'property'],
  re: GLOBS.map((g) => globToRegExp(g).source.slice(1, -1)),
});

test('every regular expression in server/src is found (literals and new RegExp)', () => {
  assert.deepEqual(unresolved, [], 'a new RegExp whose pattern these tests cannot work out');
  assert.ok(found.length > 150, `only ${found.length} regular expressions found`);
  for (const f of found) assert.doesNotThrow(() => new RegExp(f.source, f.flags), f.where);
});

const REGEX_N = 20_000;
const QUADRATIC_N = 40_000; // the known-quadratic patterns, long enough to fail every time
const REGEX_LIMIT_MS = 100;
type RegexResult = { label: string; worstMs: number; worstInput: string };

/** Patterns (by source) known to take time in the square of the input on runs of what they repeat. */
const QUADRATIC: Record<string, string> = {
  '[)]+$': "B14: baseName's /[)]+$/ (locate/dispatch.ts) is unanchored on the left: a word of 100,000 ')' after ccmsetup.exe takes about 25 s to analyse in batch",
  '\\s*,\\s*': "B15: CCM010's fix builds its text with /\\s*,\\s*/g, which rescans every run of spaces that no comma follows (quadratic in the length of the run)",
};

test(`no regular expression backtracks: ${REGEX_N.toLocaleString('en')}-character adversarial inputs each match in under ${REGEX_LIMIT_MS} ms`, async () => {
  const items = found
    .filter((f) => !isGlobTemplate(f) && !QUADRATIC[f.source])
    .map((f) => ({ label: `${f.where} /${f.source}/${f.flags}`, source: f.source, flags: f.flags, inputs: adversarialInputs(f.source, f.flags, REGEX_N) }));
  const results = await pool.run<RegexResult[]>({ type: 'regex', items }, 30_000);
  const slow = results.filter((r) => r.worstMs > REGEX_LIMIT_MS).map((r) => `${r.label}: ${r.worstMs.toFixed(0)} ms on ${r.worstInput}`);
  assert.deepEqual(slow, []);
});

for (const [source, bug] of Object.entries(QUADRATIC)) {
  test(`regular expression /${source}/ matches adversarial inputs in under ${REGEX_LIMIT_MS} ms`, { todo: bug }, async () => {
    const f = found.find((x) => x.source === source);
    assert.ok(f, `no regular expression /${source}/ in server/src any more`);
    const items = [{ label: f.where, source: f.source, flags: f.flags, inputs: adversarialInputs(f.source, f.flags, QUADRATIC_N) }];
    const [r] = await pool.run<RegexResult[]>({ type: 'regex', items, stopAboveMs: REGEX_LIMIT_MS }, 10_000);
    assert.ok(r.worstMs <= REGEX_LIMIT_MS, `/${f.source}/${f.flags} took ${r.worstMs.toFixed(0)} ms on ${r.worstInput}`);
  });
}

// globs from --include/--exclude become regular expressions too (cli/files.ts globToRegExp)
const GLOB_BACKTRACKS =
  'B12: globToRegExp turns each ** into (?:[^/]*/)* or .* and each * into [^/]*, so a glob with several of them backtracks polynomially on a deep or long path that does not match (minutes for 400 path segments)';
const GLOB_TODO: Record<string, string> = { '**/**/**/**/*.ps1': GLOB_BACKTRACKS, '*a*a*a*a*a*a*b': GLOB_BACKTRACKS, '**a**b**c**d': GLOB_BACKTRACKS };
const PATHS = ['a/'.repeat(400) + 'x.txt', 'a'.repeat(4000) + 'c', 'scripts/' + 'deploy/'.repeat(400) + 'x.txt', 'ab'.repeat(2000)];

for (const g of GLOBS) {
  test(`glob ${g}: long paths that do not match are rejected in under ${REGEX_LIMIT_MS} ms`, GLOB_TODO[g] ? { todo: GLOB_TODO[g] } : {}, async () => {
    const re = globToRegExp(g);
    const [r] = await pool.run<RegexResult[]>({ type: 'regex', items: [{ label: g, source: re.source, flags: re.flags, inputs: PATHS }] }, 800);
    assert.ok(r.worstMs <= REGEX_LIMIT_MS, `/${re.source}/ took ${r.worstMs.toFixed(0)} ms on ${r.worstInput}`);
  });
}

// the same inputs where the modules meet them: in each host's command lines, comments and values
const MODULE_N = 2_000;
const BUDGET_US_PER_CHAR = 3;
const LINE_PREFIX: Record<HostLanguage, (s: string) => string> = {
  batch: (s) => `ccmsetup.exe ${s}`,
  powershell: (s) => `& ccmsetup.exe ${s}`,
  tcf: (s) => `Install=INSTALL=ALL ${s}`,
  xml: (s) => `<variable name="SMSClientInstallProperties">${s}</variable>`,
  ccmsetup: (s) => s,
};

test(`the analysis stays linear on the adversarial inputs of every pattern (${MODULE_N.toLocaleString('en')} characters each, every host)`, { concurrency: 2 }, async (t) => {
  const inputs = [...new Set(found.flatMap((f) => adversarialInputs(f.source, f.flags, MODULE_N)))];
  await Promise.all(
    HOSTS.map((host) =>
      t.test(host, async () => {
        const text = (host === 'tcf' ? '[Client Install]\n' : '') + inputs.map(LINE_PREFIX[host]).join('\n');
        const budget = 1500 + (text.length * BUDGET_US_PER_CHAR) / 1000;
        const [r] = await pool.run<(AnalyseResult & { label: string })[]>({ type: 'texts', items: [{ label: host, host, text }] }, budget * 1.2 + 500);
        assert.deepEqual(r.problems, []);
        assert.ok(r.ms <= budget, `${inputs.length} adversarial lines (${text.length} characters) in ${host} took ${r.ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`);
      }),
    ),
  );
});
