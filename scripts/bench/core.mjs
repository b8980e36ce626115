// Core analysis benchmark, run in its own Node process by scripts/bench.mjs:
//   node scripts/bench/core.mjs                        measures; prints one JSON object on stdout
//   node --cpu-prof scripts/bench/core.mjs --profile powershell|batch [MB] [runs]
//                                                      only runs the analysis in a loop, for a CPU profile
//
// Why a separate process: the analysis, the bare scan and dockerfile-utils then share one clean heap and one
// JIT, and nothing else the orchestrator does (LSP client, child processes) competes inside it. Why these
// comparisons: on a noisy 2-core machine an absolute time says little; a ratio to a trivial scan of the same
// bytes, measured a moment before in the same process, cancels most of the machine's speed and load.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { batchScript, powershellScript, dockerfile } from './workloads.mjs';
import { median, timeOnce } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
// out/ (tsc, one module per source file) rather than the minified dist/ bundle: the same code, and a CPU
// profile of it names the real functions and files.
const { analyse } = require(path.join(ROOT, 'out', 'server', 'src', 'analyse', 'analyse.js'));

const log = (msg) => process.stderr.write(`  [core] ${msg}\n`);
const MB = 1_000_000;
/** UTF-8 bytes, as on disk (the scripts hold a few typographic quotes, so not quite their length). */
const bytesOf = (text) => Buffer.byteLength(text);

/** The baseline: split into lines and test each for ccmsetup with one regular expression. */
function bareScan(text) {
  const re = /ccmsetup/i;
  let hits = 0;
  for (const line of text.split(/\r?\n/)) if (re.test(line)) hits++;
  return hits;
}

const HOSTS = {
  batch: (bytes) => batchScript({ bytes, seed: 1 }),
  powershell: (bytes) => powershellScript({ bytes, seed: 2 }),
};

/**
 * One timed analysis. No forced GC before it: on this 2-core machine a gc() leaves V8's concurrent sweeper
 * threads running into the timed run and shrinks the young generation, which made 0.1 MB runs 2-5x slower
 * and far noisier than in a CLI or server that just keeps running. The steady state (garbage collected as
 * it goes, each run paying roughly for its own garbage) is what users get, so that is what is measured.
 */
async function timeAnalyse(text, host) {
  await settle(); // GC entries of earlier work are counted before we start
  const gcBefore = gcPauseMs;
  let findings = 0;
  const ms = timeOnce(() => {
    findings = analyse(text, host).findings.length;
  });
  if (findings === 0) throw new Error(`no findings in the ${host} workload: the benchmark would measure nothing`);
  await settle();
  return { ms, gcMs: gcPauseMs - gcBefore };
}

// Main-thread GC pauses, to tell the analysis' own work from the collector's (V8 reports each pause as a
// performance entry, delivered asynchronously: settle() lets them arrive before they are read).
let gcPauseMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauseMs += e.duration;
}).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The bare scan is ~1% of the analysis: take the median of several runs, so one GC pause doesn't skew a pair. */
function timeScan(text) {
  const runs = [];
  let sink = 0;
  for (let i = 0; i < 7; i++) runs.push(timeOnce(() => (sink += bareScan(text))));
  if (sink === 0) throw new Error('the bare scan found no ccmsetup');
  return median(runs);
}

/** For --cpu-prof: `runs` analyses of the `megabytes` MB workload of `host`, nothing else worth sampling. */
function profileLoop(host, megabytes = 1, runs = 8) {
  const w = HOSTS[host](megabytes * MB);
  for (let i = 0; i < runs; i++) analyse(w.text, host);
}

async function measure() {
  const reps = Number(process.env.BENCH_CORE_REPS ?? 7);
  const out = { reps, workloads: {}, core: {}, peer: {}, scaling: {} };

  // -- workloads: generated here, deterministic (seeded)
  const texts = {};
  for (const host of Object.keys(HOSTS)) {
    texts[host] = {};
    for (const size of [0.1, 1, 10]) {
      const w = HOSTS[host](size * MB);
      texts[host][size] = w.text;
      if (size === 1) {
        const a = analyse(w.text, host);
        out.workloads[host] = { bytes: bytesOf(w.text), lines: w.text.split('\n').length, commands: w.commands, withMistake: w.bad, regions: a.located.regions.length, findings: a.findings.length };
      }
    }
  }
  const docker = dockerfile({ bytes: MB, seed: 4 }).text;
  // the peer is a devDependency; without it the other figures are still worth having
  let validate;
  try {
    ({ validate } = require('dockerfile-utils'));
    out.workloads.dockerfile = { bytes: bytesOf(docker), lines: docker.split('\n').length, diagnostics: validate(docker).length };
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    log('dockerfile-utils is not installed (npm install --no-save dockerfile-utils): no peer comparison');
    out.peer = { error: 'dockerfile-utils is not installed' };
  }
  log(`workloads ready: ${JSON.stringify(out.workloads)}`);

  // -- warm-up: let the JIT compile the hot paths of all three before anything is timed
  for (let i = 0; i < 2; i++) {
    for (const host of Object.keys(HOSTS)) {
      await timeAnalyse(texts[host][1], host);
      timeScan(texts[host][1]);
    }
    if (validate) validate(docker);
  }

  // -- core ratio and peer: interleaved, so a change in machine load hits every subject alike, and in a rotating
  //    order, so the garbage one subject leaves behind (collected during the next one) is not always charged to
  //    the same neighbour
  const runs = { scan: { batch: [], powershell: [] }, analyse: { batch: [], powershell: [] }, gc: { batch: [], powershell: [] }, ratio: { batch: [], powershell: [] }, docker: [] };
  const subjects = [...Object.keys(HOSTS), ...(validate ? ['docker'] : [])];
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < subjects.length; k++) {
      const host = subjects[(k + rep) % subjects.length];
      if (host === 'docker') {
        runs.docker.push(timeOnce(() => validate(docker)));
        continue;
      }
      // the scan right before the analysis it is compared with: one pair, one moment of machine load
      const s = timeScan(texts[host][1]);
      const a = await timeAnalyse(texts[host][1], host);
      runs.scan[host].push(s);
      runs.analyse[host].push(a.ms);
      runs.gc[host].push(a.gcMs / a.ms);
      runs.ratio[host].push(a.ms / s);
    }
    log(`rep ${rep + 1}/${reps}: batch ${runs.analyse.batch.at(-1).toFixed(0)} ms (scan ${runs.scan.batch.at(-1).toFixed(1)}), powershell ${runs.analyse.powershell.at(-1).toFixed(0)} ms (scan ${runs.scan.powershell.at(-1).toFixed(1)})${validate ? `, dockerfile-utils ${runs.docker.at(-1).toFixed(0)} ms` : ''}`);
  }
  for (const host of Object.keys(HOSTS)) {
    const bytes = bytesOf(texts[host][1]);
    out.core[host] = {
      analyseMs: median(runs.analyse[host]),
      scanMs: median(runs.scan[host]),
      ratio: median(runs.ratio[host]),
      gcShare: median(runs.gc[host]),
      samples: runs.analyse[host],
      bytesPerSecond: bytes / (median(runs.analyse[host]) / 1000),
    };
  }
  if (validate) out.peer = { bytes: bytesOf(docker), validateMs: median(runs.docker), bytesPerSecond: bytesOf(docker) / (median(runs.docker) / 1000), samples: runs.docker };

  // -- scaling: 0.1, 1 and 10 MB in every repetition, so load changes hit all three sizes alike; the smaller
  //    sizes several times per repetition (they are quick, and noisier). Each block of runs of one size starts
  //    with an untimed run: the collector is still cleaning up after the previous size (a 10 MB analysis leaves
  //    hundreds of MB behind), and without it that cost lands on the first runs of the next size.
  const scaleReps = Number(process.env.BENCH_SCALE_REPS ?? 3);
  for (const host of Object.keys(HOSTS)) {
    const t = { 0.1: [], 1: [], 10: [] };
    const gc = { 0.1: [], 1: [], 10: [] };
    const block = async (size, count) => {
      await timeAnalyse(texts[host][size], host);
      for (let k = 0; k < count; k++) {
        const r = await timeAnalyse(texts[host][size], host);
        t[size].push(r.ms);
        gc[size].push(r.gcMs / r.ms);
      }
    };
    for (let rep = 0; rep < scaleReps; rep++) {
      await block(10, 1);
      await block(1, 5);
      await block(0.1, 15);
      log(`scaling ${host} rep ${rep + 1}/${scaleReps}: 10 MB ${t[10].at(-1).toFixed(0)} ms (GC ${(gc[10].at(-1) * 100).toFixed(0)}%), 1 MB ${t[1].at(-1).toFixed(0)} ms (GC ${(gc[1].at(-1) * 100).toFixed(0)}%), 0.1 MB ${t[0.1].at(-1).toFixed(1)} ms`);
    }
    const bytes = (size) => bytesOf(texts[host][size]);
    const m = (size) => median(t[size]);
    // the generated sizes differ from exact tenfold steps by a fraction of a percent: normalise to 10x the bytes
    out.scaling[host] = {
      ms: { 0.1: m(0.1), 1: m(1), 10: m(10) },
      bytes: { 0.1: bytes(0.1), 1: bytes(1), 10: bytes(10) },
      gcShare: { 0.1: median(gc[0.1]), 1: median(gc[1]), 10: median(gc[10]) },
      step1: (m(1) / m(0.1)) * ((10 * bytes(0.1)) / bytes(1)),
      step10: (m(10) / m(1)) * ((10 * bytes(1)) / bytes(10)),
    };
  }
  return out;
}

const args = process.argv.slice(2);
if (args[0] === '--profile') {
  const host = args[1] ?? 'powershell';
  if (!HOSTS[host]) throw new Error(`--profile batch|powershell, not ${host}`);
  profileLoop(host, Number(args[2] ?? 1), Number(args[3] ?? 8));
} else {
  process.stdout.write(JSON.stringify(await measure()) + '\n');
}
