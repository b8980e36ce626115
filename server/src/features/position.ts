// What is at a document offset: which command line (region), which setting, and which part of it (program
// word, name, separator, value and the part of the value), or which comment, directive or rule id.
// Regions hold decoded text whose characters map to document offsets; this module provides the reverse map
// (document offset -> decoded offset), robust to escapes, joins, zero-width synthetic characters and
// regions pieced together from several places of the document.
import type { Analysis, AnalysedLine } from '../analyse/analyse';
import type { Directive } from '../analyse/suppression';
import type { Comment, Region } from '../locate/region';
import type { Setting } from '../parse/command-line';
import type { RawToken } from '../parse/tokens';
import type { ValueGrammar } from '../knowledge/types';
import { toSource, type MappedText } from '../text/mapped-text';
import type { OffsetRange } from './types';

// ---- reverse mapping --------------------------------------------------------------------------------

/** Decoded indices that have a document position, sorted by their start offset (then by index). */
const orderCache = new WeakMap<MappedText, Int32Array>();

function orderOf(m: MappedText): Int32Array {
  const cached = orderCache.get(m);
  if (cached) return cached;
  const idx: number[] = [];
  let sorted = true;
  let last = -1;
  const n = Math.min(m.text.length, m.starts.length, m.ends.length);
  for (let i = 0; i < n; i++) {
    const s = m.starts[i];
    if (s < 0 || m.ends[i] < s) continue;
    if (s < last) sorted = false;
    last = s;
    idx.push(i);
  }
  if (!sorted) idx.sort((a, b) => m.starts[a] - m.starts[b] || a - b);
  const order = Int32Array.from(idx);
  orderCache.set(m, order);
  return order;
}

/** First position in `order` whose start is >= offset. */
function lowerBound(m: MappedText, order: Int32Array, offset: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.starts[order[mid]] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The widest escape or entity a locator decodes (`&#x10FFFF;`); bounds the backward scan. */
const MAX_SOURCE_WIDTH = 16;

/** The decoded character whose document text covers `offset` (start <= offset < end), or -1. */
export function decodedCharAt(m: MappedText, offset: number): number {
  const order = orderOf(m);
  let p = lowerBound(m, order, offset + 1) - 1;
  while (p >= 0) {
    const i = order[p];
    if (m.starts[i] < offset - MAX_SOURCE_WIDTH) break;
    if (m.ends[i] > offset && m.ends[i] > m.starts[i]) return i;
    p--;
  }
  return -1;
}

/** Whitespace and line continuations (batch `^`, PowerShell backtick) that a locator leaves out of the decoded text. */
function isContinuationGap(text: string, from: number, to: number): boolean {
  if (to - from > 256) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if ((c === 94 /* ^ */ || c === 96) /* ` */ && i + 1 < to && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    return false;
  }
  return true;
}

export interface DecodedCaret {
  /** Caret in the decoded text (0..length). */
  pos: number;
  /** Whitespace or a line continuation lies between the previous decoded character and the caret. */
  gapBefore: boolean;
  /** Whitespace or a line continuation lies between the caret and the next decoded character. */
  gapAfter: boolean;
}

/**
 * The decoded caret for the document caret `offset`, or undefined when the caret is not at a place of
 * this command line (outside it, inside an escape sequence, or in host syntax between its pieces).
 */
export function decodedCaretAt(region: Region, text: string, offset: number): DecodedCaret | undefined {
  const m = region.text;
  const n = m.text.length;
  const order = orderOf(m);
  const q = lowerBound(m, order, offset);
  if (q < order.length && m.starts[order[q]] === offset) {
    let k = order[q];
    // a zero-width joining space belongs before the piece that starts here
    while (k < n && m.starts[k] === offset && m.ends[k] === offset && /\s/.test(m.text[k])) k++;
    const prev = q > 0 ? order[q - 1] : -1;
    const gapBefore = prev >= 0 ? m.ends[prev] < offset && prev === k - 1 : false;
    return { pos: k, gapBefore, gapAfter: false };
  }
  const p = q - 1;
  if (p >= 0) {
    const i = order[p];
    if (m.ends[i] === offset) return { pos: i + 1, gapBefore: false, gapAfter: q < order.length && m.starts[order[q]] > offset };
    if (m.ends[i] > offset) return undefined; // inside an escape such as `" or &quot;
    if (!isContinuationGap(text, m.ends[i], offset)) return undefined;
    const next = q < order.length ? m.starts[order[q]] : -1;
    if (next >= 0 && !isContinuationGap(text, offset, next)) return undefined;
    return { pos: i + 1, gapBefore: true, gapAfter: next > offset };
  }
  // before the first character: after the program word and some whitespace, or an empty command line
  const firstStart = order.length > 0 ? m.starts[order[0]] : m.endOffset;
  if (region.executable) {
    const e = region.executable.end;
    if (offset <= e || !isContinuationGap(text, e, offset)) return undefined;
    if (offset > firstStart || !isContinuationGap(text, offset, Math.max(offset, firstStart))) return undefined;
    return { pos: 0, gapBefore: true, gapAfter: offset < firstStart };
  }
  return n === 0 && offset === m.endOffset ? { pos: 0, gapBefore: false, gapAfter: false } : undefined;
}

/** The decoded caret (0..length) for the document caret `offset`, or -1 (see decodedCaretAt). */
export function decodedCaret(region: Region, text: string, offset: number): number {
  return decodedCaretAt(region, text, offset)?.pos ?? -1;
}

/** Document range of decoded [start, end) (an empty range maps to an insertion point). */
export function docRange(m: MappedText, start: number, end: number): OffsetRange {
  const s = Math.max(0, Math.min(start, m.text.length));
  const e = Math.max(s, Math.min(end, m.text.length));
  return toSource(m, s, e);
}

// ---- the parts of a value ------------------------------------------------------------------------------

export type ValuePartKind = 'whole' | 'entry' | 'letter' | 'certKeyword' | 'certAttribute' | 'certCriteria';

export interface ValuePart {
  kind: ValuePartKind;
  /** Decoded range of the part, untrimmed (an entry runs from after one `;` to the next). */
  start: number;
  end: number;
  /** Decoded range and text without surrounding whitespace. */
  textStart: number;
  textEnd: number;
  text: string;
  /** Index of the entry in a `;` list, of the letter, or 0. */
  index: number;
}

function part(kind: ValuePartKind, src: string, start: number, end: number, index: number): ValuePart {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(src[a])) a++;
  while (b > a && /\s/.test(src[b - 1])) b--;
  return { kind, start, end, textStart: a, textEnd: b, text: src.slice(a, b), index };
}

/** Splits a value (decoded [start, end), quotes excluded) into the parts its grammar has. */
export function valueParts(grammar: ValueGrammar | undefined, src: string, start: number, end: number): ValuePart[] {
  const type = grammar?.type;
  if (type === 'list' || type === 'cacheFlags' || type === 'accounts') {
    const parts: ValuePart[] = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || src[i] === ';') {
        parts.push(part('entry', src, from, i, parts.length));
        from = i + 1;
      }
    }
    return parts;
  }
  if (type === 'configSource') {
    const parts: ValuePart[] = [];
    for (let i = start; i < end; i++) parts.push(part('letter', src, i, i + 1, i - start));
    return parts;
  }
  if (type === 'certSelection') {
    const colon = src.indexOf(':', start);
    if (colon < 0 || colon >= end) return [part('certKeyword', src, start, end, 0)];
    const keyword = part('certKeyword', src, start, colon, 0);
    if (keyword.text.toLowerCase() !== 'subjectattr') return [keyword, part('certCriteria', src, colon + 1, end, 1)];
    const eq = src.indexOf('=', colon + 1);
    if (eq < 0 || eq >= end) return [keyword, part('certAttribute', src, colon + 1, end, 1)];
    return [keyword, part('certAttribute', src, colon + 1, eq, 1), part('certCriteria', src, eq + 1, end, 2)];
  }
  return [part('whole', src, start, end, 0)];
}

// ---- what is at an offset --------------------------------------------------------------------------------

export type PartKind =
  | 'program' // the program word (ccmsetup.exe, cmHttpsReadiness.exe)
  | 'name' // a parameter or property name, with its slash
  | 'separator' // the : or =
  | 'value' // the value of a setting (see valuePart)
  | 'ccmsetupcmd' // the CCMSETUPCMD name of a ccmsetup.msi command line
  | 'directive' // the ccmlint-disable... keyword of a suppression comment
  | 'ruleId' // a rule id (CCM303) in a comment
  | 'comment' // elsewhere in a comment
  | 'between' // inside a command line, between tokens
  | 'none';

export interface PositionInfo {
  kind: PartKind;
  /** Document range of the word or part at the offset. */
  range?: OffsetRange;
  line?: AnalysedLine;
  lineIndex?: number;
  /** The decoded character (mode 'char') or caret (mode 'caret') in the line's text. */
  pos?: number;
  /** The raw token at the position, when there is one. */
  token?: RawToken;
  setting?: Setting;
  /** For 'value': the part of the value at the position, when the position is inside the quotes. */
  valuePart?: ValuePart;
  /** All parts of the value (for 'value'). */
  valueParts?: ValuePart[];
  comment?: Comment;
  ruleId?: string;
  directive?: Directive;
}

/** Start of the name with its slash or dash (after the opening quote of a wholly quoted token). */
export function nameHeadStart(s: Setting): number {
  return s.wholeQuoted ? s.start + 1 : s.start;
}

function tokenAt(tokens: RawToken[], pos: number, caret: boolean): RawToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const t = tokens[found];
  return pos < t.end || (caret && pos === t.end) ? t : undefined;
}

function settingAt(settings: Setting[], pos: number, caret: boolean): Setting | undefined {
  for (const s of settings) {
    if (s.start > pos) break;
    if (pos < s.end || (caret && pos === s.end)) return s;
  }
  return undefined;
}

/** The grammar of a setting's value (undefined when the setting is unknown). */
export function grammarOf(s: Setting): ValueGrammar | undefined {
  return s.info?.value;
}

function inSetting(info: PositionInfo, s: Setting, pos: number, caret: boolean, src: string): PositionInfo {
  const m = info.line!.region.text;
  const head = nameHeadStart(s);
  const nameEnd = s.nameEnd;
  const inName = caret ? pos >= s.start && pos <= nameEnd : pos >= head && pos < nameEnd;
  if (inName) {
    return { ...info, kind: 'name', setting: s, range: docRange(m, head, nameEnd) };
  }
  if (s.separator && !caret && pos === s.separatorStart) {
    return { ...info, kind: 'separator', setting: s, range: docRange(m, pos, pos + 1) };
  }
  const valueFrom = s.separator ? s.separatorStart + 1 : s.rawValueStart;
  const inValue = s.separator !== '' && (caret ? pos >= valueFrom && pos <= s.rawValueEnd : pos >= s.rawValueStart && pos < s.rawValueEnd);
  if (!inValue) return { ...info, kind: 'none', setting: s };
  const parts = valueParts(grammarOf(s), src, s.valueStart, s.valueEnd);
  const result: PositionInfo = { ...info, kind: 'value', setting: s, valueParts: parts, range: docRange(m, s.rawValueStart, s.rawValueEnd) };
  if (pos >= s.valueStart && (caret ? pos <= s.valueEnd : pos < s.valueEnd)) {
    const p = parts.find((x) => (caret ? pos >= x.start && pos <= x.end : pos >= x.start && pos < x.end));
    if (p) result.valuePart = p;
  }
  return result;
}

function inLine(analysis: Analysis, lineIndex: number, pos: number, caret: DecodedCaret | undefined): PositionInfo {
  const line = analysis.lines[lineIndex];
  const src = line.region.text.text;
  const info: PositionInfo = { kind: 'between', line, lineIndex, pos };
  let token = tokenAt(line.parsed.tokens, pos, !!caret);
  // a caret separated from a token by whitespace the decoded text leaves out is not in that token
  if (token && caret && ((caret.gapBefore && pos === token.end) || (caret.gapAfter && pos === token.start))) token = undefined;
  if (token) info.token = token;
  if (!token && caret) return info;
  const s = settingAt(line.parsed.settings, pos, !!caret);
  if (s) return inSetting(info, s, pos, !!caret, src);
  if (token) return { ...info, kind: 'none' };
  return info;
}

// ---- comments, directives and the CCMSETUPCMD name --------------------------------------------------------

const commentCache = new WeakMap<Analysis, Comment[]>();

function commentAt(analysis: Analysis, offset: number, caret: boolean): Comment | undefined {
  let sorted = commentCache.get(analysis);
  if (!sorted) {
    sorted = [...analysis.located.comments].sort((a, b) => a.start - b.start);
    commentCache.set(analysis, sorted);
  }
  // the last comment starting at or before the offset (comments never overlap)
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const c = sorted[i];
    if (offset >= c.start && (offset < c.end || (caret && offset === c.end))) return c;
  }
  return undefined;
}

const WORD_CHAR = /[A-Za-z0-9_-]/;

function inComment(analysis: Analysis, text: string, c: Comment, offset: number, caret: boolean): PositionInfo {
  // a character position must be on the word; a caret may also sit just after it
  if (!caret && !WORD_CHAR.test(text[offset] ?? '')) return { kind: 'comment', comment: c };
  let a = offset;
  let b = offset;
  while (a > c.start && WORD_CHAR.test(text[a - 1])) a--;
  while (b < c.end && WORD_CHAR.test(text[b])) b++;
  const word = text.slice(a, b);
  const id = /^CCM\d{3}$/i.exec(word);
  if (id) {
    const directive = analysis.directives.find((d) => d.ids.some((x) => x.start === a));
    return { kind: 'ruleId', comment: c, ruleId: word.toUpperCase(), range: { start: a, end: b }, directive };
  }
  const kw = /^ccmlint-(disable-next-line|disable|enable)$/i.exec(word);
  if (kw) {
    const directive = analysis.directives.find((d) => d.start === a);
    return { kind: 'directive', comment: c, range: { start: a, end: b }, directive };
  }
  return { kind: 'comment', comment: c };
}

const bootstrapCache = new WeakMap<Analysis, OffsetRange[]>();

/** Document ranges of the CCMSETUPCMD names whose values became ccmsetupcmd regions. */
export function ccmsetupcmdNames(analysis: Analysis, text: string): OffsetRange[] {
  const hit = bootstrapCache.get(analysis);
  if (hit) return hit;
  const out: OffsetRange[] = [];
  for (const note of analysis.located.notes) {
    if (note.kind !== 'ccmsetupcmd-value') continue;
    const from = Math.max(0, note.start - 20);
    const before = text.slice(from, Math.min(note.start, text.length));
    const m = /CCMSETUPCMD=(?:`?["\u201C\u201D\u201E]|&quot;)?$/i.exec(before);
    if (!m) continue;
    const start = from + m.index;
    out.push({ start, end: start + 'CCMSETUPCMD'.length });
  }
  bootstrapCache.set(analysis, out);
  return out;
}

/**
 * What is at a document offset. Mode 'char' looks at the character after the offset (hover); mode 'caret'
 * looks at the caret position between characters (completion, signature help). Never throws.
 */
export function positionAt(analysis: Analysis, text: string, offset: number, mode: 'char' | 'caret' = 'char'): PositionInfo {
  if (!Number.isFinite(offset) || offset < 0 || offset > text.length) return { kind: 'none' };
  const caret = mode === 'caret';
  const c = commentAt(analysis, offset, caret);
  if (c) return inComment(analysis, text, c, offset, caret);
  for (const r of ccmsetupcmdNames(analysis, text)) {
    if (offset >= r.start && (offset < r.end || (caret && offset === r.end))) return { kind: 'ccmsetupcmd', range: r };
  }
  for (const li of candidateLines(analysis, text, offset)) {
    const region = analysis.lines[li].region;
    const exe = region.executable;
    if (exe && offset >= exe.start && (offset < exe.end || (caret && offset === exe.end))) {
      return { kind: 'program', range: { start: exe.start, end: exe.end }, line: analysis.lines[li], lineIndex: li };
    }
    if (caret) {
      const k = decodedCaretAt(region, text, offset);
      if (k) return inLine(analysis, li, k.pos, k);
    } else {
      const i = decodedCharAt(region.text, offset);
      if (i >= 0) return inLine(analysis, li, i, undefined);
    }
  }
  return { kind: 'none' };
}

// ---- which command lines can hold an offset -------------------------------------------------------------------

interface SpanIndex {
  /** Line indices sorted by the start of their document span. */
  byStart: number[];
  lo: number[];
  hi: number[];
  /** Largest `hi` among byStart[0..i]. */
  maxHi: number[];
}

const spanCache = new WeakMap<Analysis, SpanIndex>();

/** The document span a line's text, program word and trailing whitespace cover (computed once per analysis). */
function spanIndex(analysis: Analysis, text: string): SpanIndex {
  const hit = spanCache.get(analysis);
  if (hit) return hit;
  const lo: number[] = [];
  const hi: number[] = [];
  for (const { region } of analysis.lines) {
    const m = region.text;
    const order = orderOf(m);
    let a = Math.max(0, m.endOffset);
    let b = Math.max(0, m.endOffset);
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      if (m.starts[i] < a) a = m.starts[i];
      if (m.ends[i] > b) b = m.ends[i];
    }
    if (order.length > 0) a = Math.min(a, m.starts[order[0]]);
    if (region.executable) {
      a = Math.min(a, region.executable.start);
      b = Math.max(b, region.executable.end);
    }
    // a caret may follow the command line after whitespace and continuations
    let e = b;
    while (e < text.length && e - b <= 256 && (text[e] === ' ' || text[e] === '\t' || text[e] === '\u00a0' || text[e] === '^' || text[e] === '`' || text[e] === '\r' || text[e] === '\n')) e++;
    lo.push(a);
    hi.push(e);
  }
  const byStart = lo.map((_, i) => i).sort((x, y) => lo[x] - lo[y] || x - y);
  const maxHi: number[] = [];
  let max = -1;
  for (const li of byStart) {
    max = Math.max(max, hi[li]);
    maxHi.push(max);
  }
  const index = { byStart, lo, hi, maxHi };
  spanCache.set(analysis, index);
  return index;
}

/** Lines whose span holds the offset, in line order. */
function candidateLines(analysis: Analysis, text: string, offset: number): number[] {
  const { byStart, lo, hi, maxHi } = spanIndex(analysis, text);
  let l = 0;
  let h = byStart.length - 1;
  let found = -1;
  while (l <= h) {
    const mid = (l + h) >> 1;
    if (lo[byStart[mid]] <= offset) {
      found = mid;
      l = mid + 1;
    } else h = mid - 1;
  }
  const out: number[] = [];
  for (let j = found; j >= 0 && maxHi[j] >= offset; j--) {
    const li = byStart[j];
    if (hi[li] >= offset) out.push(li);
  }
  return out.length > 1 ? out.sort((x, y) => x - y) : out;
}

/** The region of a line, for callers that only need it. */
export function regionOf(info: PositionInfo): Region | undefined {
  return info.line?.region;
}
