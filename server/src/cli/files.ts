// Which files to lint: explicit files, directories walked for the supported extensions, and globs
// (`deploy/**/*.ps1`). node_modules and .git are never entered. --include/--exclude filter the walk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FILE_EXTENSIONS } from '../locate';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** A compiled glob over '/'-separated paths: `test` says whether a whole path matches (case-insensitive). */
export interface GlobMatcher {
  readonly glob: string;
  test(path: string): boolean;
}

interface GlobState {
  /** States reached without reading a character. */
  eps: number[];
  /** States reached by reading one character that passes `on`. */
  moves: { on: (c: string) => boolean; to: number }[];
}

const notSlash = (c: string) => c !== '/';
const anyChar = () => true;

/**
 * Compiles a glob (`*` any run within a path segment, `**` any run, `**` followed by `/` any number of
 * whole folders, `?` one character other than `/`, `{a,b}` alternatives) into a state machine that is
 * run on all its states at once: matching takes time proportional to the path times the glob, whatever
 * the pattern (a regular expression with several `*` backtracks polynomially on a long path that fails).
 */
export function compileGlob(glob: string): GlobMatcher {
  const g = glob.replace(/\\/g, '/').toLowerCase();
  const states: GlobState[] = [];
  const state = () => states.push({ eps: [], moves: [] }) - 1;
  /** Appends the pattern g[from, to) after state `at`; returns the state where it ends. */
  const build = (from: number, to: number, at: number, inBraces: boolean): number => {
    let cur = at;
    for (let i = from; i < to; i++) {
      const c = g[i];
      const next = state();
      if (c === '*' && !inBraces && g[i + 1] === '*' && g[i + 2] === '/') {
        // **/ : nothing, or any text that ends with /
        const inside = state();
        states[cur].eps.push(next, inside);
        states[inside].moves.push({ on: anyChar, to: inside }, { on: (x) => x === '/', to: next });
        i += 2;
      } else if (c === '*') {
        // ** : any text; * : any text within one path segment
        const deep = !inBraces && g[i + 1] === '*';
        const loop = state();
        states[cur].eps.push(loop);
        states[loop].eps.push(next);
        states[loop].moves.push({ on: deep ? anyChar : notSlash, to: loop });
        if (deep) i += 1;
      } else if (c === '?') states[cur].moves.push({ on: notSlash, to: next });
      else if (c === '{' && !inBraces && g.indexOf('}', i) > 0) {
        const close = g.indexOf('}', i);
        let partStart = i + 1;
        for (let j = i + 1; j <= close; j++) {
          if (j < close && g[j] !== ',') continue;
          const alt = state();
          states[cur].eps.push(alt);
          states[build(partStart, j, alt, true)].eps.push(next);
          partStart = j + 1;
        }
        i = close;
      } else states[cur].moves.push({ on: (x) => x === c, to: next });
      cur = next;
    }
    return cur;
  };
  const start = state();
  const end = build(0, g.length, start, false);
  const seen = new Int32Array(states.length).fill(-1);
  const stack: number[] = [];
  /** Adds s and every state reachable from it without reading, stamped with generation `gen`. */
  const close = (s: number, gen: number, into: number[]) => {
    stack.push(s);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (seen[x] === gen) continue;
      seen[x] = gen;
      into.push(x);
      for (const y of states[x].eps) if (seen[y] !== gen) stack.push(y);
    }
  };
  return {
    glob,
    test(path: string): boolean {
      const p = path.toLowerCase();
      seen.fill(-1);
      let current: number[] = [];
      let next: number[] = [];
      close(start, 0, current);
      for (let i = 0; i < p.length && current.length > 0; i++) {
        const c = p[i];
        next.length = 0;
        for (const s of current) for (const m of states[s].moves) if (seen[m.to] !== i + 1 && m.on(c)) close(m.to, i + 1, next);
        [current, next] = [next, current];
      }
      return current.includes(end);
    },
  };
}

const isGlob = (p: string) => /[*?{]/.test(p);

export interface WalkOptions {
  include: string[];
  exclude: string[];
}

export interface FileList {
  files: string[];
  /** Arguments that matched nothing, with the reason. */
  missing: { arg: string; reason: string }[];
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out);
    } else if (e.isFile()) out.push(full);
  }
}

export function collectFiles(args: string[], opts: WalkOptions, cwd = process.cwd()): FileList {
  const out = new Set<string>();
  const missing: FileList['missing'] = [];
  const includes = opts.include.map(compileGlob);
  const excludes = opts.exclude.map(compileGlob);
  const rel = (f: string) => path.relative(cwd, f).split(path.sep).join('/');
  const wanted = (f: string) => {
    const r = rel(f);
    const base = path.basename(f);
    if (excludes.some((x) => x.test(r) || x.test(base))) return false;
    if (includes.length > 0) return includes.some((x) => x.test(r) || x.test(base));
    return FILE_EXTENSIONS.includes(path.extname(f).toLowerCase());
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (isGlob(arg)) {
      const parts = arg.replace(/\\/g, '/').split('/');
      const fixed: string[] = [];
      for (const p of parts) {
        if (isGlob(p)) break;
        fixed.push(p);
      }
      const root = path.resolve(cwd, fixed.join('/') || '.');
      const re = compileGlob(path.resolve(cwd, arg).split(path.sep).join('/'));
      const found: string[] = [];
      walk(root, found);
      const matched = found.filter((f) => re.test(f.split(path.sep).join('/')) && !excludes.some((x) => x.test(rel(f))));
      if (matched.length === 0) missing.push({ arg, reason: 'no file matches this pattern' });
      matched.forEach((f) => out.add(f));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push({ arg, reason: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(abs, found);
      found.filter(wanted).forEach((f) => out.add(f));
    } else out.add(abs);
  }
  return { files: [...out], missing };
}
