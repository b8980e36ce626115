// Applying fixes to text: the CLI's --fix and the editor's fix-all use the same code, so both make
// the same edits. Only 'auto' fixes are applied in bulk; overlapping fixes wait for the next pass.
import { analyse, type AnalyseOptions } from './analyse';
import type { Fix, TextEdit } from './finding';
import type { HostLanguage } from '../locate/region';

/** Applies non-overlapping edits (sorted or not) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) throw new Error('overlapping or out-of-range edit');
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Picks fixes whose edits do not touch each other, in document order. */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  const ordered = [...fixes].sort((a, b) => (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0));
  for (const fix of ordered) {
    // edits that touch (share an end point) also conflict: two insertions at one place are ambiguous
    const clash = fix.edits.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end));
    if (clash) continue;
    chosen.push(fix);
    taken.push(...fix.edits.map((e) => ({ start: e.start, end: e.end })));
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
}

/** Applies every safe ('auto') fix, re-analysing between passes until nothing more applies. */
export function fixAll(text: string, host: HostLanguage, options: AnalyseOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = analyse(current, host, options)
      .findings.map((f) => f.fixes.find((x) => x.kind === 'auto'))
      .filter((f): f is Fix => !!f);
    const chosen = compatibleFixes(fixes);
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen.flatMap((f) => f.edits));
    applied += chosen.length;
  }
  return { text: current, applied };
}
