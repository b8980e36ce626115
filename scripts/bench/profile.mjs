// CPU profile of the core analysis: runs core.mjs --profile under `node --cpu-prof` and summarises the
// .cpuprofile by self time (time spent in a function's own code, not in what it calls), which is where an
// optimisation has to happen. Positions in out/*.js are mapped back to the TypeScript sources through the
// source maps tsc writes, so the summary names server/src/... lines.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const maps = new Map();
function sourceMapOf(file) {
  if (!maps.has(file)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/** "server/src/x.ts:123" for a call frame in out/, else a short form of its URL. */
function where(frame) {
  if (!frame.url) return '';
  let file;
  try {
    file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  } catch {
    return frame.url;
  }
  const rel = path.relative(ROOT, file);
  if (rel.startsWith('out' + path.sep)) {
    const entry = sourceMapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && entry.originalSource) {
      const src = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
      return `${path.relative(ROOT, src)}:${entry.originalLine + 1}`;
    }
    return `${rel}:${frame.lineNumber + 1}`;
  }
  if (rel.startsWith('node_modules' + path.sep) || rel.startsWith('scripts' + path.sep)) return `${rel}:${frame.lineNumber + 1}`;
  return file.startsWith('node:') ? file : path.basename(file);
}

const generated = new Map();
/** "server/src/x.ts:123  <source text>" for line `line` (1-based) of a generated out/ file. */
function sourceLine(file, line) {
  if (!generated.has(file)) generated.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []);
  const js = generated.get(file)[line - 1] ?? '';
  // positionTicks carry no column: look the line up at its first non-blank character
  const entry = sourceMapOf(file)?.findEntry(line - 1, Math.max(0, js.search(/\S/)));
  if (!entry?.originalSource) return { at: `${path.relative(ROOT, file)}:${line}`, text: js.trim() };
  const src = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
  if (!generated.has(src)) generated.set(src, fs.existsSync(src) ? fs.readFileSync(src, 'utf8').split('\n') : []);
  return { at: `${path.relative(ROOT, src)}:${entry.originalLine + 1}`, text: (generated.get(src)[entry.originalLine] ?? '').trim() };
}

/**
 * Self time per function (name + place), in ms and as a share of all samples, and for the linter's own
 * functions the lines that took most of it (V8's positionTicks). Those lines matter because V8 inlines: the
 * self time of a function includes the small functions it inlined, charged to the line of the call.
 */
export function summarise(profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const lineTicks = new Map();
  for (const n of profile.nodes) {
    if (!n.positionTicks || !n.callFrame.url.includes('/out/')) continue;
    const key = `${n.callFrame.functionName || '(anonymous)'}\t${where(n.callFrame)}`;
    const m = lineTicks.get(key) ?? new Map();
    // ticks of code inlined from other files can carry line numbers of those files; keeping only lines at or
    // after the function's own first line drops most of them (the rest is charged to the call's line anyway)
    for (const t of n.positionTicks) if (t.line > n.callFrame.lineNumber) m.set(t.line, (m.get(t.line) ?? 0) + t.ticks);
    lineTicks.set(key, m);
    m.file = fileURLToPath(n.callFrame.url);
  }
  let total = 0;
  // timeDeltas[i] is the time before sample i: charge it to the node sampled
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || dt < 0) continue;
    total += dt;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'}\t${where(f)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const rows = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  // scripts/bench (generating the workload) is not the linter: report it but keep it out of the top list
  const linter = rows.filter(([k]) => !k.includes('scripts/bench/'));
  const perFile = new Map();
  for (const [k, v] of rows) {
    const file = k.split('\t')[1].replace(/:\d+$/, '') || k.split('\t')[0];
    perFile.set(file, (perFile.get(file) ?? 0) + v);
  }
  return {
    totalMs: total,
    top: linter.slice(0, top).map(([k, v]) => {
      const [fn, at] = k.split('\t');
      const ticks = lineTicks.get(k);
      let lines = [];
      if (ticks) {
        const sum = [...ticks.values()].reduce((a, b) => a + b, 0);
        lines = [...ticks.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([line, n]) => ({ ...sourceLine(ticks.file, line), share: n / sum }));
      }
      return { function: fn, where: at, selfMs: v, share: v / total, lines };
    }),
    files: [...perFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([file, v]) => ({ file, selfMs: v, share: v / total })),
  };
}

/** Profiles the analysis of the 1 MB workload of `host`; returns the summary. */
export function profileCore(host) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bench-prof-'));
  try {
    const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', path.join(ROOT, 'scripts', 'bench', 'core.mjs'), '--profile', host], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`profiling ${host} failed: ${r.stderr}`);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
    return summarise(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// standalone: node scripts/bench/profile.mjs [batch|powershell]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = profileCore(process.argv[2] ?? 'powershell');
  console.log(`total ${s.totalMs.toFixed(0)} ms sampled`);
  for (const t of s.top) {
    console.log(`${t.selfMs.toFixed(0).padStart(6)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.function}  ${t.where}`);
    for (const l of t.lines) console.log(`                 ${(l.share * 100).toFixed(0).padStart(3)}% at ${l.at}  ${l.text.slice(0, 100)}`);
  }
  console.log('by file:');
  for (const f of s.files) console.log(`${f.selfMs.toFixed(0).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.file}`);
}
