// Path mappings: a Windows path on a command line (`\\srv\keys\site.cer`, `D:\Keys\site.cer`) names a
// file on another machine. A mapping says which workspace folder holds a copy, so the certificate rules
// and the hover can read it. Matching ignores case and treats / and \ alike; the longest prefix wins.
import type { PathMapping } from './config';

export interface MappedPath {
  mapping: PathMapping;
  /** The path below the mapped prefix, as folder/file segments (never `..`). */
  segments: string[];
}

function normalise(p: string): string {
  return p.trim().replace(/^"|"$/g, '').replace(/\//g, '\\').toLowerCase();
}

function prefixOf(m: PathMapping): string {
  const p = normalise(m.from);
  return p.endsWith('\\') ? p : `${p}\\`;
}

/** The mapping that covers a written path, with the rest of the path; undefined when none does. */
export function mapPath(written: string, mappings: readonly PathMapping[] | undefined): MappedPath | undefined {
  if (!mappings || mappings.length === 0) return undefined;
  const value = written.trim().replace(/^"|"$/g, '');
  const lower = normalise(value);
  let best: { m: PathMapping; len: number } | undefined;
  for (const m of mappings) {
    const prefix = prefixOf(m);
    if (lower.startsWith(prefix) && (!best || prefix.length > best.len)) best = { m, len: prefix.length };
  }
  if (!best) return undefined;
  const segments = value.slice(best.len).split(/[\\/]+/).filter((s) => s.length > 0);
  if (segments.length === 0 || segments.some((s) => s === '..' || s === '.')) return undefined;
  return { mapping: best.m, segments };
}
