// Re-locating after an edit. The language server analyses a document again on every change, and a
// change almost always stays inside one statement. The batch and PowerShell locators remember where the
// statements of a script start at top level (boundaries: a line start outside any string, group or
// continuation) and what the script's variables held; after an edit only the statements around the
// changed text are located again, and everything after them is the old result moved by the length
// difference. Whenever the edit could reach further (it opens a string that runs on, or it assigns a
// variable that later statements read) the locator says so and the caller locates the whole text.
import { verbatim, type MappedText } from '../text/mapped-text';
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
  // whole blocks first (string comparison is a memory compare in the engine), then character by character
  const BLOCK = 512;
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const b = before.length;
  const a = after.length;
  while (tail + BLOCK <= max - start && before.slice(b - tail - BLOCK, b - tail) === after.slice(a - tail - BLOCK, a - tail)) tail += BLOCK;
  while (tail < max - start && before.charCodeAt(b - 1 - tail) === after.charCodeAt(a - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail, delta: after.length - before.length };
}

/** Where locating again after an edit starts, and how to tell the new text is back in step with the old. */
export interface EditWindow {
  change: Change;
  /** The statement start (boundary) at or before the change: the window starts there. */
  start: number;
  /**
   * True for a boundary `b` of the new text past the change, and past `reach`, that was a boundary of the old
   * text too: the text from there on is the same and the locator's state there is clean, so the old result
   * holds from there (moved by the length difference).
   */
  inStep(b: number, reach?: number): boolean;
}

/** The edit window for `source` after `prevSource`, whose statements started at `boundaries`; undefined if equal. */
export function editWindow(prevSource: string, source: string, boundaries: Int32Array): EditWindow | undefined {
  const change = changeBetween(prevSource, source);
  if (!change) return undefined;
  const { start: p, oldEnd, newEnd, delta } = change;
  const first = lastAtOrBefore(boundaries, p);
  return {
    change,
    start: first >= 0 ? boundaries[first] : 0,
    inStep: (b, reach = newEnd) => b >= reach && b >= newEnd && b > p && b - delta >= oldEnd && includesSorted(boundaries, b - delta),
  };
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
  if (m.origin !== undefined) {
    if (m.origin >= from) return verbatim(m.text, m.origin + delta);
    if (m.endOffset <= from) return m;
  }
  // a text moved by an earlier edit is written out first, so that texts never stack up edit after edit
  const base = m instanceof ShiftedText ? { text: m.text, starts: m.starts, ends: m.ends, endOffset: m.endOffset } : m;
  return new ShiftedText(base, from, delta);
}

/** A mapped text moved by an edit before it; its offset arrays are made when someone reads them. */
export class ShiftedText implements MappedText {
  private s: Int32Array | undefined;
  private e: Int32Array | undefined;
  constructor(
    readonly base: MappedText,
    private readonly from: number,
    private readonly delta: number,
  ) {}
  get text(): string {
    return this.base.text;
  }
  get endOffset(): number {
    return this.move(this.base.endOffset);
  }
  private move(o: number): number {
    return o >= this.from ? o + this.delta : o;
  }
  get starts(): Int32Array {
    if (!this.s) this.s = this.base.starts.map((o) => this.move(o));
    return this.s;
  }
  get ends(): Int32Array {
    if (!this.e) this.e = this.base.ends.map((o) => this.move(o));
    return this.e;
  }
  /** True when every offset moves alike (all after the edit), so the shape of the mapping is the base's. */
  get uniform(): boolean {
    const b = this.base;
    for (let i = 0; i < b.text.length; i++) if (b.starts[i] < this.from && b.starts[i] >= 0) return false;
    return true;
  }
}

const range = <T extends { start: number; end: number }>(r: T, delta: number): T => ({ ...r, start: r.start + delta, end: r.end + delta });

export function shiftRegion(r: Region, from: number, delta: number): Region {
  const text = shiftText(r.text, from, delta);
  const moved: Region = { ...r, text, statement: range(r.statement, delta) };
  // moved whole, the command line looks the same to the rules: it keeps its cache key
  if (text instanceof ShiftedText && !text.uniform) delete moved.cacheKey;
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
