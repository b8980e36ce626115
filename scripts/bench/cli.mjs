// CLI benchmark: dist/cli.js on a generated tree of script files, against a Node script that only reads the
// same files (scripts/bench/read-all.mjs). Both run as fresh processes, alternately, so both pay Node's start
// and both see the files in the page cache (the tree was just written); the ratio is what linting adds to
// reading.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeFiles } from './workloads.mjs';
import { median } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (msg) => process.stderr.write(`  [cli] ${msg}\n`);

function timed(args, cwd) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  return { elapsed, ...r };
}

export function runCli({ files = 10_000, reps = 3 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bench-tree-'));
  const report = path.join(os.tmpdir(), `ccmlint-bench-report-${process.pid}.txt`);
  try {
    // -- the tree
    let bytes = 0;
    const perExt = {};
    const made = new Set();
    for (const f of treeFiles(files)) {
      const full = path.join(dir, f.path);
      const parent = path.dirname(full);
      if (!made.has(parent)) fs.mkdirSync(parent, { recursive: true }), made.add(parent);
      fs.writeFileSync(full, f.text);
      const size = Buffer.byteLength(f.text);
      bytes += size;
      const ext = path.extname(f.path);
      perExt[ext] = (perExt[ext] ?? 0) + 1;
    }
    log(`tree: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${made.size} folders (${Object.entries(perExt).map(([e, n]) => `${n} ${e}`).join(', ')})`);

    // -- alternate: read-only baseline, then the CLI
    const read = [];
    const lint = [];
    let findings = 0;
    for (let rep = 0; rep < reps; rep++) {
      const r = timed([path.join(ROOT, 'scripts', 'bench', 'read-all.mjs'), '.'], dir);
      if (r.status !== 0) throw new Error(`read-all failed: ${r.stderr}`);
      const seen = JSON.parse(r.stdout);
      if (seen.files !== files) throw new Error(`read-all saw ${seen.files} files, expected ${files}`);
      read.push(r.elapsed);
      // exit code 1 = error-level findings (expected: a third of the command lines carry a mistake); 2 = trouble
      const c = timed([path.join(ROOT, 'dist', 'cli.js'), '.', '--output', report], dir);
      if (c.status !== 0 && c.status !== 1) throw new Error(`ccmlint exited with ${c.status}: ${c.stderr.slice(0, 2000)}`);
      if (c.stderr.trim()) log(`ccmlint stderr: ${c.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
      lint.push(c.elapsed);
      findings = (fs.readFileSync(report, 'utf8').match(/ CCM\d{3} /g) ?? []).length;
      log(`rep ${rep + 1}/${reps}: read ${r.elapsed.toFixed(0)} ms, ccmlint ${c.elapsed.toFixed(0)} ms (${findings} findings)`);
    }
    const lintMs = median(lint);
    const readMs = median(read);
    return { files, bytes, findings, lintMs, readMs, filesPerSecond: files / (lintMs / 1000), bytesPerSecond: bytes / (lintMs / 1000), ratio: median(lint.map((l, i) => l / read[i])), samples: { lint, read } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(report, { force: true });
  }
}
