// No regular expression in server/src may backtrack catastrophically. The patterns are collected with the
// TypeScript parser (regex literals and new RegExp with patterns worked out from literals), and each is run
// on adversarial inputs built from its own repeated parts (long runs of the characters it repeats, alone,
// cycled and interleaved, after its literal prefix, with a tail that does not match). The same inputs are
// then analysed inside each host's documents, and the CLI's glob patterns are matched against long paths.
// Everything runs in a worker thread with a deadline.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { HostLanguage } from '../../server/src/locate/region';
import { HOSTS } from '../support/robustness-generators';
import { adversarialInputs, findRegexes } from '../support/robustness-regexes';
import { WorkerPool } from '../support/robustness-runner';
import type { AnalyseResult } from '../support/robustness-worker';

const pool = new WorkerPool(2);
after(() => pool.close());

const GLOBS = ['**/*.cmd', '**/**/**/**/*.ps1', 'scripts/**/deploy/**/*.{cmd,bat,ps1}', '*a*a*a*a*a*a*b', '**a**b**c**d'];
const { found, unresolved } = findRegexes({
  // the XML locator asks for these attributes
  name: ['name', 'property'],
});

test('every regular expression in server/src is found (literals and new RegExp)', () => {
  assert.deepEqual(unresolved, [], 'a new RegExp whose pattern these tests cannot work out');
  assert.ok(found.length > 150, `only ${found.length} regular expressions found`);
  for (const f of found) assert.doesNotThrow(() => new RegExp(f.source, f.flags), f.where);
});

const REGEX_N = 20_000;
const REGEX_LIMIT_MS = 100;
type RegexResult = { label: string; worstMs: number; worstInput: string };

// B14 (baseName's /[)]+$/ and /'+$/ in locate/dispatch.ts) and B15 (CCM010's /\s*,\s*/g) were quadratic
// on long runs; both are plain loops now, and the analysis of such runs is timed here
test(`long runs of ) and ' after a program name, and of blanks in a list value, are analysed in linear time`, async () => {
  const n = 100_000;
  const items = [
    { label: 'ccmsetup.exe )))...', host: 'batch' as HostLanguage, text: `ccmsetup.exe${')'.repeat(n)}x /mp:a` },
    { label: "ccmsetup.exe '''...", host: 'powershell' as HostLanguage, text: `& 'ccmsetup.exe${"'".repeat(n)}x' /mp:a` },
    { label: '/mp:a,   ...   b', host: 'ccmsetup' as HostLanguage, text: `/mp:"a,${' '.repeat(n)}x${' '.repeat(n)},b"` },
  ];
  const results = await pool.run<(AnalyseResult & { label: string })[]>({ type: 'texts', items }, 5_000);
  for (const r of results) {
    assert.deepEqual(r.problems, [], r.label);
    assert.ok(r.ms < 500, `${r.label} (${r.length} characters) took ${r.ms.toFixed(0)} ms`);
  }
});

// globs from --include/--exclude and glob arguments: compileGlob (cli/files.ts) runs a state machine on all
// its states at once. B12: it used to build a regular expression ((?:[^/]*/)* for **, [^/]* for *) that
// backtracked polynomially on a deep or long path that does not match (minutes for 400 path segments).
const PATHS = ['a/'.repeat(400) + 'x.txt', 'a'.repeat(4000) + 'c', 'scripts/' + 'deploy/'.repeat(400) + 'x.txt', 'ab'.repeat(2000)];

for (const g of GLOBS) {
  test(`glob ${g}: long paths are matched or rejected in under ${REGEX_LIMIT_MS} ms`, async () => {
    const [r] = await pool.run<(RegexResult & { matched: boolean[] })[]>({ type: 'glob', items: [{ label: g, glob: g, inputs: PATHS }] }, 800);
    // only 'abab...ab' matches, and only *a*a*a*a*a*a*b
    assert.deepEqual(r.matched, [false, false, false, g === '*a*a*a*a*a*a*b']);
    assert.ok(r.worstMs <= REGEX_LIMIT_MS, `${g} took ${r.worstMs.toFixed(0)} ms on ${r.worstInput}`);
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
