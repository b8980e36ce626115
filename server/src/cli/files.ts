// Which files to lint: explicit files, directories walked for the supported extensions, and globs
// (`deploy/**/*.ps1`). node_modules and .git are never entered. --include/--exclude filter the walk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FILE_EXTENSIONS } from '../locate';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Converts a glob (*, **, ?, {a,b}) into an anchored regular expression over '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/\\/g, '/');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        re += g[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
        i += g[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + g.slice(i + 1, close).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
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
  const includes = opts.include.map(globToRegExp);
  const excludes = opts.exclude.map(globToRegExp);
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
      const re = globToRegExp(path.resolve(cwd, arg).split(path.sep).join('/'));
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
