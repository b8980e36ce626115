// Runs analyses and regular expressions for the pathological-input tests in a worker thread, so a run that
// hangs, recurses too deep or eats the heap can be stopped (Worker.terminate) without taking the test
// runner down. Messages: { id, task } in; { id, progress } and { id, result } or { id, error } out.
import { parentPort } from 'node:worker_threads';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyse } from '../../server/src/analyse/analyse';
import type { HostLanguage } from '../../server/src/locate/region';
import { FAMILIES, wrap } from './robustness-pathological';
import { compileGlob } from '../../server/src/cli/files';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

export type Task =
  | { type: 'analyse'; family: string; size: number; host: HostLanguage }
  | { type: 'double'; family: string; host: HostLanguage; minMs: number; maxSize: number; runs: number }
  | { type: 'regex'; items: { label: string; source: string; flags: string; inputs: string[] }[]; stopAboveMs?: number }
  | { type: 'glob'; items: { label: string; glob: string; inputs: string[] }[] }
  | { type: 'texts'; items: { label: string; host: HostLanguage; text: string }[] };

export interface AnalyseResult {
  length: number;
  ms: number;
  findings: number;
  /** Findings or fixes outside the document, or internal errors. */
  problems: string[];
}

export interface DoubleResult {
  n: number;
  msN: number;
  ms2N: number;
  samplesN: number[];
  samples2N: number[];
}

function check(text: string, host: HostLanguage): AnalyseResult {
  gc();
  const started = performance.now();
  const a = analyse(text, host);
  const ms = performance.now() - started;
  const problems: string[] = [];
  for (const f of a.findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) problems.push(`${f.rule} [${f.start},${f.end}) outside ${text.length}`);
    if (f.message.startsWith('internal error')) problems.push(f.message);
    for (const fix of f.fixes) for (const e of fix.edits) if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) problems.push(`${f.rule} fix edit [${e.start},${e.end}) outside ${text.length}`);
    if (problems.length > 5) break;
  }
  return { length: text.length, ms, findings: a.findings.length, problems };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(text: string, host: HostLanguage): number {
  gc();
  const started = performance.now();
  analyse(text, host);
  return performance.now() - started;
}

/**
 * Finds n where one run takes at least minMs (or n reaches maxSize): grows n from a small size, jumping by
 * the measured rate once a run takes a few milliseconds. Then takes the median of runs at n and at 2n.
 */
function double(family: string, host: HostLanguage, minMs: number, maxSize: number, runs: number): DoubleResult {
  const build = (n: number) => wrap(host, FAMILIES[family](n));
  let n = 1000;
  for (;;) {
    const t = time(build(n), host);
    if (t >= minMs || n >= maxSize) break;
    // below 5 ms grow fast; above, aim just past minMs assuming linear growth, at most doubling (a
    // superlinear family would otherwise overshoot into long runs)
    const factor = t >= 5 ? Math.min(2, Math.max(1.25, (minMs * 1.2) / t)) : 8;
    n = Math.min(maxSize, Math.ceil(n * factor));
  }
  const textN = build(n);
  const text2N = build(2 * n);
  const samplesN: number[] = [];
  const samples2N: number[] = [];
  for (let r = 0; r < runs; r++) {
    samplesN.push(time(textN, host));
    samples2N.push(time(text2N, host));
  }
  return { n, msN: median(samplesN), ms2N: median(samples2N), samplesN, samples2N };
}

function runRegexes(id: number, items: Extract<Task, { type: 'regex' }>['items'], stopAboveMs = Infinity) {
  const out: { label: string; worstMs: number; worstInput: string }[] = [];
  for (const item of items) {
    parentPort!.postMessage({ id, progress: item.label });
    const re = new RegExp(item.source, item.flags);
    let worstMs = 0;
    let worstInput = '';
    for (const input of item.inputs) {
      const started = performance.now();
      if (re.global) input.replace(re, '');
      else {
        re.lastIndex = 0;
        re.exec(input);
      }
      const ms = performance.now() - started;
      if (ms > worstMs) {
        worstMs = ms;
        worstInput = input;
      }
      if (ms > stopAboveMs) break; // one slow input is enough to report this pattern
    }
    out.push({ label: item.label, worstMs, worstInput: worstInput.length > 80 ? `${JSON.stringify(worstInput.slice(0, 40))}... (${worstInput.length} chars)` : JSON.stringify(worstInput) });
  }
  return out;
}

parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
  try {
    let result: unknown;
    switch (task.type) {
      case 'analyse':
        result = check(wrap(task.host, FAMILIES[task.family](task.size)), task.host);
        break;
      case 'double':
        result = double(task.family, task.host, task.minMs, task.maxSize, task.runs);
        break;
      case 'regex':
        result = runRegexes(id, task.items, task.stopAboveMs);
        break;
      case 'glob':
        // the CLI's glob matcher: the time to reject each path, and whether it matched
        result = task.items.map((item) => {
          const m = compileGlob(item.glob);
          let worstMs = 0;
          let worstInput = '';
          const matched: boolean[] = [];
          for (const input of item.inputs) {
            const started = performance.now();
            matched.push(m.test(input));
            const ms = performance.now() - started;
            if (ms > worstMs) [worstMs, worstInput] = [ms, input.length > 80 ? `${JSON.stringify(input.slice(0, 40))}... (${input.length} chars)` : JSON.stringify(input)];
          }
          return { label: item.label, worstMs, worstInput, matched };
        });
        break;
      case 'texts':
        result = task.items.map((item) => {
          parentPort!.postMessage({ id, progress: item.label });
          return { label: item.label, ...check(item.text, item.host) };
        });
        break;
    }
    parentPort!.postMessage({ id, result });
  } catch (err) {
    parentPort!.postMessage({ id, error: `${(err as Error).constructor.name}: ${(err as Error).message}` });
  }
});
