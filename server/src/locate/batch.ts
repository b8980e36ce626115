// Batch files (.cmd, .bat): join caret continuations, skip REM and :: comments (keeping them for
// suppression directives), split a line into commands at unquoted & && || |, drop redirections, and
// hand each command to the dispatcher. Carets outside quotes escape the next character.
import { MappedTextBuilder, type MappedText } from '../text/mapped-text';
import type { Comment, Located } from './region';
import { dispatchCommandLine, subText, trimText, type DispatchContext } from './dispatch';
import { editWindow, splice, spliceBoundaries, type NoteOwners } from './incremental';

interface LogicalLine {
  start: number;
  end: number;
  /** Raw text of the first physical line (to recognise comments before decoding). */
  raw: string;
}

/**
 * Logical lines from `from` on: physical lines joined where a caret outside quotes ends the line. Nothing
 * is decoded yet. Stops early (after the line before it) at a line start `stop` accepts.
 */
function logicalLines(source: string, from = 0, stop?: (lineStart: number) => boolean): { lines: LogicalLine[]; end: number } {
  const lines: LogicalLine[] = [];
  const n = source.length;
  let i = from;
  if (i >= n) return { lines, end: n };
  for (;;) {
    const start = i;
    let inQuote = false;
    let firstLineEnd = -1;
    while (i < n && source[i] !== '\r' && source[i] !== '\n') {
      const ch = source[i];
      if (ch === '"') inQuote = !inQuote;
      if (ch === '^' && !inQuote) {
        const next = source[i + 1];
        if (next === '\r' || next === '\n' || next === undefined) {
          if (firstLineEnd < 0) firstLineEnd = i;
          i++;
          if (source[i] === '\r') i++;
          if (source[i] === '\n') i++;
          continue;
        }
        i += 2;
        continue;
      }
      i++;
    }
    lines.push({ start, end: i, raw: source.slice(start, firstLineEnd >= 0 ? firstLineEnd : i) });
    if (i >= n) return { lines, end: n };
    if (source[i] === '\r') i++;
    if (source[i] === '\n') i++;
    if (i >= n) return { lines, end: n };
    if (stop?.(i)) return { lines, end: i };
  }
}

/** The decoded text of a logical line: carets and continuations removed, everything else verbatim. */
function decodeLine(source: string, start: number, end: number): MappedText {
  const b = new MappedTextBuilder();
  b.reserve(end - start);
  let inQuote = false;
  let run = start; // start of the verbatim run not yet copied
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 34 /* " */) inQuote = !inQuote;
    else if (c === 94 /* ^ */ && !inQuote) {
      if (i > run) b.copy(source.slice(run, i), run);
      const next = source[i + 1];
      if (next === '\r' || next === '\n' || next === undefined) {
        // continuation: drop the caret and the line break, go on with the next line
        i++;
        if (source[i] === '\r') i++;
        if (source[i] === '\n') i++;
      } else {
        b.add(next, i, i + 2);
        i += 2;
      }
      run = i;
      continue;
    }
    i++;
  }
  if (end > run) b.copy(source.slice(run, end), run);
  return b.build(end);
}

/** Lines that can hold a command this linter reads; the rest of a script is never decoded. */
const RELEVANT_RE = /ccmsetup|msiexec|cmhttpsreadiness|^\s*@?set\s/i;
const PROGRAM_RE = /ccmsetup|msiexec|cmhttpsreadiness/i;

// one run of leading blanks, then an optional @ and its blanks: no two quantifiers compete for the same spaces
const COMMENT_RE = /^\s*(?:@\s*)?(?:(rem)(?=\s|$)|(::))/i;

/** Splits a decoded line into commands at unquoted &, &&, ||, | and removes redirections. */
function commands(line: MappedText): MappedText[] {
  const out: MappedText[] = [];
  const t = line.text;
  let inQuote = false;
  let segStart = 0;
  const keep: boolean[] = new Array(t.length).fill(true);
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    // an escaped character (^&) decodes from two source characters: it is literal
    const escaped = line.origin === undefined && line.ends[i] - line.starts[i] === 2;
    if (ch === '"') inQuote = !inQuote;
    if (inQuote || escaped) continue;
    if (ch === '&' || ch === '|') {
      out.push(cut(line, segStart, i, keep));
      if (t[i + 1] === ch) i++;
      segStart = i + 1;
    } else if (ch === '>' || (ch === '<' && !/^<[^<>\s"][^<>"]{0,118}>/.test(t.slice(i, i + 121)))) {
      // redirection: [n]> target, >> target, >&1, < input
      let s = i;
      if (s > 0 && /[0-9]/.test(t[s - 1]) && (s === 1 || /\s/.test(t[s - 2]))) s--;
      let e = i + 1;
      if (t[e] === '>') e++;
      if (t[e] === '&') e += 2;
      else {
        while (e < t.length && /\s/.test(t[e])) e++;
        let q = false;
        while (e < t.length && (q || !/[\s&|<>]/.test(t[e]))) {
          if (t[e] === '"') q = !q;
          e++;
        }
      }
      for (let k = s; k < e && k < t.length; k++) keep[k] = false;
      i = e - 1;
    } else if (ch === '<') {
      // a <placeholder>: skip over it so its > is not taken for a redirection
      i = t.indexOf('>', i);
    }
  }
  out.push(cut(line, segStart, t.length, keep));
  return out.filter((m) => m.text.trim().length > 0);
}

function cut(line: MappedText, start: number, end: number, keep: boolean[]): MappedText {
  let all = true;
  for (let i = start; i < end && all; i++) all = keep[i];
  if (all) return trimText(subText(line, start, end));
  const b = new MappedTextBuilder();
  for (let i = start; i < end; i++) if (keep[i]) b.add(line.text[i], line.starts[i], line.ends[i]);
  return trimText(b.build(end < line.text.length ? line.starts[end] : line.endOffset));
}

const SET_RE = /^\s*@?set\s+"?([A-Za-z_][\w.-]{0,60})=([^"\r\n]*)"?\s*$/i;

// module-level so that regions do not keep locateBatch's scope alive
const batchEnvVar = (name: string) => `%${name}%`;

/** A `set NAME=value` line: where it is, and whether the value names a program this linter reads. */
interface SetLine {
  at: number;
  name: string;
  value: string;
  program: boolean;
}

/** What a batch result keeps for locating again after an edit. */
interface BatchMemory {
  /** Start of every logical line. */
  boundaries: Int32Array;
  sets: SetLine[];
  /** For each note, the start of the line that made it (a note may sit at the very end of its line). */
  noteOwners: number[];
}

export function locateBatch(source: string): Located {
  const located: Located = { host: 'batch', regions: [], comments: [], notes: [] };
  const { lines } = logicalLines(source);
  const sets: SetLine[] = [];
  const noteOwners: number[] = [];
  locateLines(source, lines, located, sets, [], noteOwners);
  const memory: BatchMemory = { boundaries: Int32Array.from(lines, (l) => l.start), sets, noteOwners };
  located.incremental = memory;
  return located;
}

/**
 * The result for `source` from the result for `prevSource`, locating only the logical lines the edit
 * touched; undefined when the edit adds, removes or changes a `set` line (later lines may read it).
 */
export function relocateBatch(prevSource: string, prev: Located, source: string): Located | undefined {
  const memory = prev.incremental as BatchMemory | undefined;
  if (!memory) return undefined;
  const window = editWindow(prevSource, source, memory.boundaries);
  if (!window) return prev;
  const { delta } = window.change;
  const windowStart = window.start;
  // logical lines from the one the edit starts in, until a line start past the edit that was one before
  const { lines, end } = logicalLines(source, windowStart, (b) => window.inStep(b));
  const oldWindowEnd = end - delta;
  // a set line, before or after the edit, may change what later lines mean
  if (memory.sets.some((s) => s.at >= windowStart && s.at < oldWindowEnd)) return undefined;
  const win: Located = { host: 'batch', regions: [], comments: [], notes: [] };
  const before = memory.sets.filter((s) => s.at < windowStart);
  const added: SetLine[] = [];
  const owners: NoteOwners = { prev: memory.noteOwners, win: [] };
  locateLines(source, lines, win, added, before, owners.win);
  if (added.length > 0) return undefined;
  const located = splice(prev, win, windowStart, oldWindowEnd, delta, owners);
  const boundaries = lines.map((l) => l.start).filter((b) => b > windowStart);
  if (end < source.length) boundaries.push(end);
  located.incremental = {
    boundaries: spliceBoundaries(memory.boundaries, windowStart, boundaries, oldWindowEnd, delta),
    sets: [...before, ...memory.sets.filter((s) => s.at >= oldWindowEnd).map((s) => ({ ...s, at: s.at + delta }))],
    noteOwners: owners.next!,
  } satisfies BatchMemory;
  return located;
}

/** Locates the given logical lines; `sets` collects their set lines, `earlier` are those above them. */
function locateLines(source: string, lines: LogicalLine[], located: Located, sets: SetLine[], earlier: SetLine[], noteOwners: number[]): void {
  // `set SETUP=%~dp0ccmsetup.exe` then `"%SETUP%" /mp:...`: program paths kept in variables
  const variables = new Map<string, string>();
  let programVariables = false;
  for (const s of earlier) {
    variables.set(s.name, s.value);
    if (s.program) programVariables = true;
  }
  const expand = (word: string) => word.replace(/%([A-Za-z_][\w.-]{0,60})%/g, (m, name: string) => variables.get(name.toLowerCase()) ?? m);
  for (const line of lines) {
    const m = COMMENT_RE.exec(line.raw);
    if (m) {
      const markerEnd = line.start + m[0].length;
      const comment: Comment = {
        start: markerEnd,
        end: line.end,
        text: source.slice(markerEnd, line.end),
        lineStart: line.start,
      };
      located.comments.push(comment);
      continue;
    }
    if (/^\s*:/.test(line.raw)) continue; // a label
    const rawLine = source.slice(line.start, line.end);
    if (!RELEVANT_RE.test(rawLine) && !(programVariables && rawLine.includes('%'))) continue;
    const text = decodeLine(source, line.start, line.end);
    const set = SET_RE.exec(text.text);
    if (set) {
      const name = set[1].toLowerCase();
      const program = PROGRAM_RE.test(set[2]);
      variables.set(name, set[2]);
      if (program) programVariables = true;
      sets.push({ at: line.start, name, value: set[2], program });
      continue;
    }
    const ctx: DispatchContext = {
      quoting: 'raw',
      envVar: batchEnvVar,
      regions: located.regions,
      notes: located.notes,
      statement: { start: line.start, end: line.end },
      expand,
    };
    for (const cmd of commands(text)) dispatchCommandLine(cmd, ctx);
    while (noteOwners.length < located.notes.length) noteOwners.push(line.start);
  }
}

export { subText };
