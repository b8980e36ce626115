// Re-locating after an edit. The language server analyses a document again on every change, and a
// change almost always stays inside one statement. The batch and PowerShell locators remember where the
// statements of a script start at top level (boundaries: a line start outside any string, group or
// continuation) and what the script's variables held; after an edit only the statements around the
// changed text are located again, and everything after them is the old result moved by the length
// difference. Whenever the edit could reach further (it opens a string that runs on, or it assigns a
// variable that later statements read) the locator says so and the caller locates the whole text.
import { MappedTextBuilder, startOf, endOf, type MappedText } from '../text/mapped-text';
import type { Comment, HostNote, Located, Region } from './region';

/** The text that changed between two versions: [start, oldEnd) became [start, newEnd). */
export interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

/** The changed span of two texts (longest common prefix and suffix); undefined when they are equal. */
export function changeBetween(before: string, after: string): Change | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail, delta: after.length - before.length };
}

/** Index of the last value <= x in an ascending array, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function includesSorted(sorted: ArrayLike<number>, x: number): boolean {
  const i = lastAtOrBefore(sorted, x);
  return i >= 0 && sorted[i] === x;
}

/** Moves every source offset at or after `from` by `delta` (offsets before it stay: they are before the edit). */
export function shiftText(m: MappedText, from: number, delta: number): MappedText {
  const move = (o: number) => (o >= from ? o + delta : o);
  const n = m.text.length;
  if (m.origin !== undefined) {
    if (m.origin >= from) return new MappedTextBuilder().copy(m.text, m.origin + delta).build(m.endOffset + delta);
    if (m.endOffset <= from) return m;
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = move(startOf(m, i));
    ends[i] = move(endOf(m, i));
  }
  return { text: m.text, starts, ends, endOffset: move(m.endOffset) };
}

const range = <T extends { start: number; end: number }>(r: T, delta: number): T => ({ ...r, start: r.start + delta, end: r.end + delta });

export function shiftRegion(r: Region, from: number, delta: number): Region {
  const moved: Region = { ...r, text: shiftText(r.text, from, delta), statement: range(r.statement, delta) };
  if (r.executable) moved.executable = range(r.executable, delta);
  return moved;
}

export function shiftComment(c: Comment, delta: number): Comment {
  return { ...c, start: c.start + delta, end: c.end + delta, lineStart: c.lineStart + delta };
}

export function shiftNote(n: HostNote, delta: number): HostNote {
  return { ...n, start: n.start + delta, end: n.end + delta };
}

/** Where the statement that made each note starts: for the old result, the window, and (set by splice) the new one. */
export interface NoteOwners {
  prev: number[];
  win: number[];
  next?: number[];
}

/**
 * The old result with the window [windowStart, oldWindowEnd) replaced by what was located in the new
 * window, and everything after it moved by delta. Items are kept in document order.
 */
export function splice(prev: Located, win: Located, windowStart: number, oldWindowEnd: number, delta: number, owners: NoteOwners): Located {
  const before = <T>(items: T[], at: (t: T, i: number) => number) => items.filter((t, i) => at(t, i) < windowStart);
  const after = <T>(items: T[], at: (t: T, i: number) => number) => items.filter((t, i) => at(t, i) >= oldWindowEnd);
  const located: Located = {
    host: prev.host,
    regions: [...before(prev.regions, (r) => r.statement.start), ...win.regions, ...after(prev.regions, (r) => r.statement.start).map((r) => shiftRegion(r, oldWindowEnd, delta))],
    comments: [...before(prev.comments, (c) => c.lineStart), ...win.comments, ...after(prev.comments, (c) => c.lineStart).map((c) => shiftComment(c, delta))],
    // a note belongs to the statement that made it, which may lie far from the text it points at (a
    // CCMSETUPCMD value assigned to a variable above the msiexec call)
    notes: [...before(prev.notes, (_, i) => owners.prev[i]), ...win.notes, ...after(prev.notes, (_, i) => owners.prev[i]).map((n) => shiftNote(n, delta))],
  };
  owners.next = [...owners.prev.filter((o) => o < windowStart), ...owners.win, ...owners.prev.filter((o) => o >= oldWindowEnd).map((o) => o + delta)];
  if (prev.statements || win.statements) {
    located.statements = [
      ...before(prev.statements ?? [], (s) => s.start),
      ...(win.statements ?? []),
      ...after(prev.statements ?? [], (s) => s.start).map((s) => range(s, delta)),
    ];
  }
  return located;
}

/** New boundaries: the old ones up to the window start, the window's own, the old ones after it moved. */
export function spliceBoundaries(old: Int32Array, windowStart: number, win: number[], oldWindowEnd: number, delta: number): Int32Array {
  const a = lastAtOrBefore(old, windowStart) + 1;
  const b = lastAtOrBefore(old, oldWindowEnd) + 1;
  const out = new Int32Array(a + win.length + (old.length - b));
  out.set(old.subarray(0, a), 0);
  out.set(win, a);
  for (let i = b; i < old.length; i++) out[a + win.length + i - b] = old[i] + delta;
  return out;
}
