// `npm run bench`: ccmlint's performance figures, each with its target and whether it was met.
//
//   npm run build && npx tsc -p . && npm run bench        (the benchmark uses dist/ and out/ as they are)
//   node scripts/bench.mjs [--quick] [--only core,lsp,cli,editor,package] [--no-write] [--no-profile]
//
// Sections (helpers in scripts/bench/):
//   core     core analysis of 1 MB batch and PowerShell scripts against a bare line scan, dockerfile-utils as a
//            peer, scaling over 0.1/1/10 MB                                          (bench/core.mjs, own process)
//   lsp      dist/server.js over stdio through vscode-languageserver-protocol: start to initialize, completion
//            and hover latency and didChange to diagnostics on a 20,000-line script, memory   (bench/lsp.mjs)
//   cli      dist/cli.js on 10,000 generated files against only reading them                  (bench/cli.mjs)
//   editor   extension activation and first diagnostics in VS Code (the editor-test harness) (bench/editor.mjs)
//   package  size of the .vsix                                                             (bench/editor.mjs)
// Every workload is generated at run time from a fixed seed (bench/workloads.mjs): nothing large lives in the
// repository and every run lints the same bytes. Times are medians over repetitions; every ratio compares two
// things measured alternately in the same run, because this kind of machine (2 cores, shared) is noisy.
// Where a core target is missed, the core analysis is profiled (node --cpu-prof, bench/profile.mjs).
//
// It prints a table (figure, measured, target, met) and writes it, with the machine and the command, into the
// generated block of BENCHMARKS.md (between the bench:begin/bench:end markers; the rest of the file is prose).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { runCli } from './bench/cli.mjs';
import { runEditor, runPackage } from './bench/editor.mjs';
import { DEBOUNCE_MS, runLsp } from './bench/lsp.mjs';
import { profileCore } from './bench/profile.mjs';
import { mb, mbps, ms, ratio } from './bench/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// read when the LSP figures are written (after the preflight below made sure out/ exists)
const serverNodeOptions = () => createRequire(import.meta.url)(path.join(ROOT, 'out', 'server', 'src', 'project.js')).SERVER_NODE_OPTIONS;
const SECTIONS = ['core', 'lsp', 'cli', 'editor', 'package'];
const say = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const pct = (share) => `${(share * 100).toFixed(0)}%`;

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false }, // fewer repetitions and a smaller tree: for trying the script, not for figures
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
});
const only = opts.only ? opts.only.split(',').map((s) => s.trim()) : SECTIONS;
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);

// ---- preflight: the benchmark measures the built artefacts, it does not build them ---------------------

const NEED = {
  'out/server/src/analyse/analyse.js': 'npx tsc -p .',
  'dist/server.js': 'npm run build',
  'dist/cli.js': 'npm run build',
  'dist/extension.js': 'npm run build',
};
const missing = Object.entries(NEED).filter(([f]) => !fs.existsSync(path.join(ROOT, f)));
if (missing.length) {
  console.error(`bench: missing ${missing.map(([f]) => f).join(', ')}; run ${[...new Set(missing.map(([, c]) => c))].join(' && ')} first`);
  process.exit(2);
}

// ---- machine facts --------------------------------------------------------------------------------------

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.availableParallelism?.() ?? os.cpus().length,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  commit: git('rev-parse', '--short', 'HEAD'),
  // the built code may come from uncommitted sources: say so, the figures belong to what was built
  dirty: git('status', '--porcelain', '--', 'server', 'client').split('\n').filter(Boolean).length,
};
const command = `npm run build && npx tsc -p . && ${opts.quick || opts.only || opts['no-profile'] ? `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}` : 'npm run bench'}`;
say(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.load}; commit ${machine.commit}${machine.dirty ? ` + ${machine.dirty} changed file(s) in server/ client/` : ''}`);

// ---- the sections ---------------------------------------------------------------------------------------

const rows = [];
const notes = [];
/** A row of the table; `met` is true/false, or null where there is no target. */
const row = (figure, measured, target, met) => rows.push({ figure, measured, target: target ?? '—', met: met === null || met === undefined ? 'n/a' : met ? 'yes' : 'no' });
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
let core;

if (only.includes('core')) {
  say('core analysis, peer and scaling (own process)...');
  const env = { ...process.env, BENCH_CORE_REPS: opts.quick ? '3' : '7', BENCH_SCALE_REPS: opts.quick ? '1' : '3' };
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'core.mjs')], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`scripts/bench/core.mjs failed with exit code ${r.status}`);
  core = JSON.parse(r.stdout.trim().split('\n').at(-1));
  for (const host of ['batch', 'powershell']) {
    const w = core.workloads[host];
    const c = core.core[host];
    const name = host === 'batch' ? 'batch' : 'PowerShell';
    row(
      `Core analysis, ${mb(w.bytes)} ${name} (${w.commands} command lines, ${w.findings} findings) vs bare scan`,
      `${ms(c.analyseMs)} vs ${ms(c.scanMs)}: ${ratio(c.ratio)}`,
      '≤ 10x',
      c.ratio <= 10,
    );
  }
  if (core.peer.error) {
    row('Throughput vs dockerfile-utils validate()', `not measured: ${core.peer.error}`, '≥ 10x', false);
  } else {
    for (const host of ['batch', 'powershell']) {
      const c = core.core[host];
      const x = c.bytesPerSecond / core.peer.bytesPerSecond;
      row(
        `Throughput, ${host === 'batch' ? 'batch' : 'PowerShell'} vs dockerfile-utils on a ${mb(core.peer.bytes)} Dockerfile`,
        `${mbps(c.bytesPerSecond)} vs ${mbps(core.peer.bytesPerSecond)}: ${ratio(x)}`,
        '≥ 10x',
        x >= 10,
      );
    }
  }
  for (const host of ['batch', 'powershell']) {
    const s = core.scaling[host];
    const name = host === 'batch' ? 'batch' : 'PowerShell';
    row(`Scaling, ${name} 0.1 → 1 MB`, `${ms(s.ms[0.1])} → ${ms(s.ms[1])}: ${ratio(s.step1)}`, '≤ 11x', s.step1 <= 11);
    row(`Scaling, ${name} 1 → 10 MB`, `${ms(s.ms[1])} → ${ms(s.ms[10])}: ${ratio(s.step10)}`, '≤ 11x', s.step10 <= 11);
  }
  const w = core.workloads;
  notes.push(
    `Core workloads (generated, seeded): batch ${w.batch.bytes} bytes, ${w.batch.lines} lines, ${w.batch.commands} command lines (${w.batch.withMistake} with a planted mistake), ${w.batch.findings} findings; ` +
      `PowerShell ${w.powershell.bytes} bytes, ${w.powershell.lines} lines, ${w.powershell.commands} command lines (${w.powershell.withMistake} with a mistake), ${w.powershell.findings} findings` +
      (w.dockerfile ? `; Dockerfile ${w.dockerfile.bytes} bytes, ${w.dockerfile.lines} lines, ${w.dockerfile.diagnostics} diagnostics from dockerfile-utils.` : '.'),
    `Core times are medians of ${core.reps} repetitions in one process (batch, PowerShell and dockerfile-utils in a rotating order; each analysis right after its own bare scan, which is the median of 7 runs); the ratio is the median of the per-pair ratios. Scaling: medians of ${opts.quick ? 1 : 3} runs at 10 MB, ${opts.quick ? 5 : 15} at 1 MB and ${opts.quick ? 15 : 45} at 0.1 MB (each size block after one untimed run), normalised to exact tenfold sizes.`,
    `GC pauses (main thread, from V8's gc performance entries) take ${pct(core.core.batch.gcShare)} of the 1 MB batch analysis and ${pct(core.core.powershell.gcShare)} of the PowerShell one; at 0.1 / 1 / 10 MB: batch ${['0.1', '1', '10'].map((k) => pct(core.scaling.batch.gcShare[k])).join(' / ')}, PowerShell ${['0.1', '1', '10'].map((k) => pct(core.scaling.powershell.gcShare[k])).join(' / ')}.`,
  );
  say(`core done (${elapsed()})`);
}

if (only.includes('lsp')) {
  say('language server over stdio...');
  const l = await runLsp({ quick: opts.quick });
  row('LSP: server start → initialize result', `${ms(l.start.medianMs)} (median of ${l.start.samples.length}; max ${ms(l.start.maxMs)})`, '< 150 ms', l.start.medianMs < 150);
  const lat = l.latency;
  const p = (x) => `${x.p50.toFixed(2)} / ${x.p95.toFixed(2)} / ${x.p99.toFixed(2)} ms`;
  row(`LSP completion p50/p95/p99, ${lat.lines}-line PowerShell (n=${lat.completion.n})`, p(lat.completion), 'p95 < 10 ms', lat.completion.p95 < 10);
  row(`LSP hover p50/p95/p99, same script (n=${lat.hover.n})`, p(lat.hover), 'p95 < 10 ms', lat.hover.p95 < 10);
  row(
    `LSP didChange → diagnostics minus ${DEBOUNCE_MS} ms debounce, p50/p95/p99 (n=${lat.diagnostics.n})`,
    `${lat.diagnostics.p50.toFixed(0)} / ${lat.diagnostics.p95.toFixed(0)} / ${lat.diagnostics.p99.toFixed(0)} ms`,
    'p95 < 50 ms',
    lat.diagnostics.p95 < 50,
  );
  for (const m of l.memory) {
    row(`LSP server memory (VmRSS) with the 1 MB ${m.host === 'batch' ? 'batch' : 'PowerShell'} file open`, `${mb(m.open.rss)} (idle ${mb(m.idle.rss)}, peak ${mb(m.open.hwm)})`, '< 100 MB', m.open.rss < 100e6);
  }
  notes.push(
    `LSP: a fresh server process per start (\`node ${serverNodeOptions().join(' ')} dist/server.js --stdio\`, the Node options the VS Code extension passes); Node alone starts and exits in a median ${ms(l.start.bareNodeMs)} here. The ${lat.lines}-line script is ${mb(lat.bytes)}; its first diagnostics came ${ms(lat.openMs)} after didOpen. Completion and hover alternate at ${lat.completion.n} positions (after ${opts.quick ? 20 : 60} warm-up pairs): inside setting names, after ':' or '=', at the end of the last value, and anywhere in the file; ${lat.completion.answered} completions and ${lat.hover.answered} hovers had content. ` +
      `Diagnostics: a site code changed and changed back at ${lat.diagnostics.n / 2} places, timed from sending didChange to receiving publishDiagnostics for that version, minus the ${DEBOUNCE_MS} ms debounce; the server's own ccmlint/status put its part (analysis, conversion of ${lat.diagnostics.count} findings, sending) at a median ${ms(lat.diagnostics.serverMedianMs)}, and analyse() of the same text in the benchmark's process takes ${ms(lat.diagnostics.analyseMedianMs)}. Memory: MB = 10^6 bytes, read from /proc/<pid>/status after the diagnostics of the opened file were published.`,
  );
  say(`lsp done (${elapsed()})`);
}

if (only.includes('cli')) {
  say('CLI on a generated tree...');
  const c = runCli({ files: opts.quick ? 2000 : 10_000, reps: opts.quick ? 1 : 3 });
  row(`CLI, ${c.files.toLocaleString('en-US')} files (${mb(c.bytes)}): files per second`, `${c.filesPerSecond.toFixed(0)} files/s (${ms(c.lintMs)})`, null, null);
  row('CLI: MB per second', mbps(c.bytesPerSecond), null, null);
  row('CLI time vs only reading the same files (Node script)', `${ms(c.lintMs)} vs ${ms(c.readMs)}: ${ratio(c.ratio)}`, null, null);
  notes.push(`CLI: node dist/cli.js . --output <file> in the tree (default text format), ${c.findings} findings; medians of ${c.samples.lint.length} runs, alternating with scripts/bench/read-all.mjs, both fresh processes.`);
  say(`cli done (${elapsed()})`);
}

if (only.includes('editor') && process.env.CCMLINT_SKIP_EDITOR_TESTS === '1') {
  // as with npm test: machines without the editor tools (.vscode-test/, chromium) can leave this out
  row('Editor: extension activation (activate())', 'skipped (CCMLINT_SKIP_EDITOR_TESTS=1)', null, null);
} else if (only.includes('editor')) {
  say('editor: activation through the editor-test harness (code-server offline)...');
  const e = runEditor();
  if (e.error) {
    row('Editor: extension activation (activate())', `not measured: ${e.error}`, null, null);
  } else {
    row('Editor: extension activation (activate(), starts the server)', `${e.activateMs} ms${e.wasActive ? ' (was already active)' : ''}`, null, null);
    row('Editor: open a file → first diagnostics', `${e.openToDiagnosticsMs} ms (incl. ${DEBOUNCE_MS} ms debounce)`, null, null);
    notes.push(`Editor suite (test/bench/activation-suite.js) logged:\n${e.suiteLines.map((l) => `    ${l}`).join('\n')}`);
  }
  say(`editor done (${elapsed()})`);
}

if (only.includes('package')) {
  say('packaging the .vsix...');
  const v = runPackage();
  row('.vsix size', v.error ? `not measured: ${v.error}` : `${(v.bytes / 1024).toFixed(1)} KB (${v.how})`, null, null);
  say(`package done (${elapsed()})`);
}

// ---- profile where core targets are missed ----------------------------------------------------------------

let profiles;
const coreMissed = core && rows.some((r) => r.met === 'no' && /^(Core|Throughput|Scaling)/.test(r.figure));
if (coreMissed && !opts['no-profile']) {
  say('core targets missed: profiling the core analysis (node --cpu-prof)...');
  profiles = {};
  for (const host of ['batch', 'powershell']) profiles[host] = profileCore(host);
  say(`profiles done (${elapsed()})`);
}

// ---- report ----------------------------------------------------------------------------------------------

const HEAD = ['Figure', 'Measured', 'Target', 'Met'];
const cells = rows.map((r) => [r.figure, r.measured, r.target, r.met]);
const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join('  ');
console.log(`\n${line(HEAD)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}\n`);
for (const n of notes) console.log(`${n}\n`);

function profileMarkdown(p) {
  const out = [];
  for (const [host, s] of Object.entries(p)) {
    out.push(
      `Top self time, 1 MB ${host === 'batch' ? 'batch' : 'PowerShell'} (8 analyses, ${s.totalMs.toFixed(0)} ms sampled); the hottest line is where most of a function's own samples fell:`,
      '',
      '| Self ms | Share | Function | Where | Hottest line |',
      '|---:|---:|---|---|---|',
    );
    for (const t of s.top.slice(0, 12)) {
      const l = t.lines[0];
      const code = l ? l.text.slice(0, 70).replace(/\|/g, '\\|') : '';
      const hot = l ? `${(l.share * 100).toFixed(0)}% at ${l.at.replace(/^server\/src\//, '')} ${code.includes('`') ? `\`\` ${code} \`\`` : `\`${code}\``}` : '';
      out.push(`| ${t.selfMs.toFixed(0)} | ${(t.share * 100).toFixed(1)}% | ${t.function} | ${t.where} | ${hot} |`);
    }
    out.push('', `By file: ${s.files.slice(0, 6).map((f) => `${f.file} ${(f.share * 100).toFixed(0)}%`).join(', ')}`, '');
  }
  return out.join('\n');
}

if (profiles) {
  for (const [host, s] of Object.entries(profiles)) {
    console.log(`Profile, 1 MB ${host}: top self time`);
    for (const t of s.top.slice(0, 10)) {
      console.log(`  ${t.selfMs.toFixed(0).padStart(6)} ms ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.function}  ${t.where}`);
      if (t.lines[0]) console.log(`                   ${(t.lines[0].share * 100).toFixed(0)}% at ${t.lines[0].at}  ${t.lines[0].text.slice(0, 90)}`);
    }
  }
  console.log('');
}

const missed = rows.filter((r) => r.met === 'no').length;
const withTarget = rows.filter((r) => r.met !== 'n/a').length;
console.log(`${withTarget - missed} of ${withTarget} targets met (${elapsed()} in all).`);

if (!opts['no-write']) {
  const md = [
    '<!-- bench:begin (generated by scripts/bench.mjs; edit outside these markers) -->',
    `Last run: ${machine.date}, commit ${machine.commit}${machine.dirty ? ` with ${machine.dirty} uncommitted file(s) in server/ and client/` : ''}.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os}, Node ${machine.node}; load average (1, 5, 15 min) ${machine.load} at the start, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end.`,
    '',
    'Command:',
    '',
    '```sh',
    command,
    '```',
    '',
    '| Figure | Measured | Target | Met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.figure} | ${r.measured} | ${r.target} | ${r.met} |`),
    '',
    `${withTarget - missed} of ${withTarget} targets met; the whole run took ${elapsed()}.`,
    '',
    ...notes.map((n) => `${n.replace(/\n {4}/g, '\n    ')}\n`),
    ...(profiles ? ['### Profile of this run (core analysis, self time)', '', profileMarkdown(profiles)] : []),
    '<!-- bench:end -->',
  ].join('\n');
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const block = /<!-- bench:begin[\s\S]*?<!-- bench:end -->/;
  const next = block.test(old) ? old.replace(block, () => md) : `# Benchmarks\n\n## Latest results\n\n${md}\n${old ? `\n${old}` : ''}`;
  fs.writeFileSync(file, next);
  say(`wrote the results into ${path.relative(process.cwd(), file) || file}`);
}
