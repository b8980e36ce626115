// PowerShell scripts (.ps1, .psm1). A small tokenizer (strings, here-strings, comments, variables,
// groups, backtick escapes and continuations) and a statement walker that recognises the ways scripts
// start ccmsetup: bare and `&`/`.` calls, Start-Process (named, positional, splatted, arrays, joins),
// Invoke-Expression, cmd /c, psexec, PSADT Execute-Process, scheduled task actions, variables assigned a
// literal earlier, and the client push / task sequence cmdlets' -InstallationProperty strings.
import { MappedTextBuilder, startOf, subText, verbatim, type MappedText } from '../text/mapped-text';
import type { Comment, Located, Quoting, Region, RegionKind } from './region';
import { editWindow, lastAtOrBefore, shiftText, splice, spliceBoundaries, type NoteOwners } from './incremental';
import { baseName, dispatchBootstrap, dispatchCommandLine, type DispatchContext, CCMSETUP_EXE } from './dispatch';

type TokType = 'string' | 'word' | 'variable' | 'splat' | 'open' | 'close' | 'op' | 'nl';

/** How a token's decoded value is made from the source, when someone asks for it. */
const enum Decode {
  None, // not a string: the token stands verbatim (see textOf)
  Verbatim, // a string without escapes: its body as it is
  Double, // "..." with backtick escapes or doubled quotes
  Single, // '...' with doubled quotes
  HereDouble, // @"..."@ with backtick escapes
}

// Tokens are made for every word of a script, and most are never looked at (only statements that can start a
// program are): their text and decoded value are read from the source on first use.
class Tok {
  /** Whitespace (or a continuation) came before this token. */
  spaceBefore = false;
  private _text: string | undefined;
  private _value: MappedText | undefined;
  constructor(
    private readonly src: string,
    readonly type: TokType,
    readonly start: number,
    readonly end: number,
    /** How text inserted into the token must be written (strings and barewords). */
    readonly quoting: Quoting | undefined,
    text?: string,
    private readonly decode: Decode = Decode.None,
    private readonly bodyStart = 0,
    private readonly bodyEnd = 0,
  ) {
    this._text = text;
  }
  get text(): string {
    return (this._text ??= this.src.slice(this.start, this.end));
  }
  /** Decoded content of strings (other tokens are verbatim: see textOf). */
  get value(): MappedText | undefined {
    if (this.decode === Decode.None) return undefined;
    return (this._value ??= decodeBody(this.src, this.decode, this.bodyStart, this.bodyEnd));
  }
}

function decodeBody(src: string, decode: Decode, from: number, to: number): MappedText {
  switch (decode) {
    case Decode.Double:
      return decodeDouble(src, from, to);
    case Decode.Single:
      return decodeSingle(src, from, to);
    case Decode.HereDouble:
      return decodeHereDouble(src, from, to);
    default:
      return verbatim(src.slice(from, to), from);
  }
}

const OPEN_DQ = new Set(['"', '\u201C', '\u201D', '\u201E']);
const OPEN_SQ = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

/** Characters that end a bareword: whitespace and the characters that start something else. */
function endsWord(c: number): boolean {
  if (c < 128) return WORD_END[c] === 1;
  return c === 0xa0 || (c >= 0x201c && c <= 0x201e) || (c >= 0x2018 && c <= 0x201b) || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const WORD_END = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f;,|(){}"\'`$') WORD_END[ch.charCodeAt(0)] = 1;

/** Characters of a variable name after `$`: letters, digits, _, and the scope and special characters : ? ^ $. */
function inVariableName(c: number): boolean {
  return c < 128 && VAR_CHAR[c] === 1;
}
const VAR_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[\w:?^$]/.test(String.fromCharCode(c))) VAR_CHAR[c] = 1;

interface Tokens {
  toks: Tok[];
  /** Line starts after a line break outside any group: statements never run across these. */
  boundaries: number[];
  /** Where tokenizing stopped: the end of the text, or the boundary `stop` accepted. */
  end: number;
}

/** Tokens from `from` on, until the end or until `stop` accepts a boundary (locating a window again). */
function tokenizePs(src: string, comments: Comment[], from = 0, stop?: (boundary: number) => boolean): Tokens {
  const toks: Tok[] = [];
  const boundaries: number[] = [];
  const n = src.length;
  let i = from;
  let space = true;
  let depth = 0;
  const push = (t: Tok) => {
    t.spaceBefore = space;
    toks.push(t);
    space = false;
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\f' || c === '\u00a0') {
      i++;
      space = true;
      continue;
    }
    if (c === '`' && (src[i + 1] === '\n' || src[i + 1] === '\r')) {
      // line continuation
      i += src[i + 1] === '\r' && src[i + 2] === '\n' ? 3 : 2;
      space = true;
      continue;
    }
    if (c === '\r' || c === '\n') {
      const s = i;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      push(new Tok(src, 'nl', s, i, undefined, '\n'));
      space = true;
      if (depth === 0) {
        boundaries.push(i);
        if (stop?.(i)) return { toks, boundaries, end: i };
      }
      continue;
    }
    if (c === '<' && src[i + 1] === '#') {
      const e = src.indexOf('#>', i + 2);
      const end = e < 0 ? n : e + 2;
      comments.push({ start: i + 2, end: e < 0 ? n : e, text: src.slice(i + 2, e < 0 ? n : e), lineStart: i });
      i = end;
      space = true;
      continue;
    }
    if (c === '#' && space) {
      let e = i;
      while (e < n && src[e] !== '\n' && src[e] !== '\r') e++;
      comments.push({ start: i + 1, end: e, text: src.slice(i + 1, e), lineStart: i });
      i = e;
      continue;
    }
    if (c === '@' && (OPEN_DQ.has(src[i + 1]) || OPEN_SQ.has(src[i + 1])) && /^[ \t]*\r?\n/.test(src.slice(i + 2, i + 40))) {
      i = hereString(src, i, push);
      continue;
    }
    if (OPEN_DQ.has(c)) {
      i = doubleString(src, i, push);
      continue;
    }
    if (OPEN_SQ.has(c)) {
      i = singleString(src, i, push);
      continue;
    }
    if ((c === '@' || c === '$') && (src[i + 1] === '(' || src[i + 1] === '{') && !(c === '$' && src[i + 1] === '{')) {
      push(new Tok(src, 'open', i, i + 2, undefined));
      depth++;
      i += 2;
      continue;
    }
    if (c === '(' || c === '{') {
      push(new Tok(src, 'open', i, i + 1, undefined, c));
      depth++;
      i++;
      continue;
    }
    if (c === ')' || c === '}') {
      push(new Tok(src, 'close', i, i + 1, undefined, c));
      if (depth > 0) depth--;
      i++;
      continue;
    }
    if (c === '$') {
      let e = i + 1;
      if (src[e] === '{') {
        const close = src.indexOf('}', e);
        e = close < 0 ? n : close + 1;
      } else {
        while (e < n && inVariableName(src.charCodeAt(e))) e++;
      }
      push(new Tok(src, 'variable', i, e, 'raw'));
      i = e;
      continue;
    }
    if (c === '@' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      let e = i + 1;
      while (e < n && /\w/.test(src[e])) e++;
      push(new Tok(src, 'splat', i, e, undefined));
      i = e;
      continue;
    }
    if (c === ';' || c === ',' || c === '|') {
      const two = src.slice(i, i + 2);
      const len = two === '||' ? 2 : 1;
      push(new Tok(src, 'op', i, i + len, undefined, len === 1 ? c : '||'));
      i += len;
      continue;
    }
    if (c === '&' && src[i + 1] === '&') {
      push(new Tok(src, 'op', i, i + 2, undefined, '&&'));
      i += 2;
      continue;
    }
    if ((c === '&' || c === '=') && space) {
      push(new Tok(src, 'op', i, i + 1, undefined, c));
      i++;
      continue;
    }
    if (c === '+' && src[i + 1] === '=' && space) {
      push(new Tok(src, 'op', i, i + 2, undefined, '+='));
      i += 2;
      continue;
    }
    // a bareword: runs to whitespace or a character that starts something else
    let e = i;
    while (e < n && !endsWord(src.charCodeAt(e))) e++;
    if (e === i) e = i + 1; // a lone backtick or another odd character
    push(new Tok(src, 'word', i, e, 'raw'));
    i = e;
  }
  return { toks, boundaries, end: n };
}

type Push = (t: Tok) => void;

const isDq = (c: number) => c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
const isSq = (c: number) => c === 39 || (c >= 0x2018 && c <= 0x201b);

function doubleString(src: string, i: number, push: Push): number {
  const n = src.length;
  const start = i;
  let k = i + 1;
  let depth = 0; // inside $( ... ) of an expandable string, quotes belong to the expression
  let plain = true; // no escapes and no doubled quotes: the value is a verbatim slice
  while (k < n) {
    const c = src.charCodeAt(k);
    if (depth === 0 && isDq(c)) {
      if (k + 1 < n && isDq(src.charCodeAt(k + 1))) {
        plain = false;
        k += 2;
        continue;
      }
      break;
    }
    if (c === 96 /* ` */ && k + 1 < n) {
      plain = false;
      k += 2;
      continue;
    }
    if (c === 36 /* $ */ && src.charCodeAt(k + 1) === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && depth > 0) depth--;
    k++;
  }
  const end = Math.min(k + 1, n);
  push(new Tok(src, 'string', start, end, 'ps-double', undefined, plain ? Decode.Verbatim : Decode.Double, start + 1, k));
  return end;
}

/** The value of a double-quoted string with escapes or doubled quotes, body [from, to). */
function decodeDouble(src: string, from: number, to: number): MappedText {
  const b = new MappedTextBuilder();
  let depth = 0;
  let k = from;
  while (k < to) {
    const ch = src[k];
    if (depth === 0 && OPEN_DQ.has(ch) && k + 1 < to) {
      b.add('"', k, k + 2);
      k += 2;
      continue;
    }
    if (ch === '`' && k + 1 < src.length) {
      const next = src[k + 1];
      b.add(ESCAPES[next] ?? next, k, k + 2);
      k += 2;
      continue;
    }
    if (ch === '$' && src[k + 1] === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    b.add(ch, k, k + 1);
    k++;
  }
  return b.build(to);
}

function singleString(src: string, i: number, push: Push): number {
  const n = src.length;
  let k = i + 1;
  let plain = true;
  while (k < n) {
    if (isSq(src.charCodeAt(k))) {
      if (k + 1 < n && isSq(src.charCodeAt(k + 1))) {
        plain = false;
        k += 2;
        continue;
      }
      break;
    }
    k++;
  }
  const end = Math.min(k + 1, n);
  push(new Tok(src, 'string', i, end, 'ps-single', undefined, plain ? Decode.Verbatim : Decode.Single, i + 1, k));
  return end;
}

function decodeSingle(src: string, from: number, to: number): MappedText {
  const b = new MappedTextBuilder();
  for (let j = from; j < to; j++) {
    if (isSq(src.charCodeAt(j)) && j + 1 < to) {
      b.add("'", j, j + 2);
      j++;
    } else b.add(src[j], j, j + 1);
  }
  return b.build(to);
}

function hereString(src: string, i: number, push: Push): number {
  const double = OPEN_DQ.has(src[i + 1]);
  let k = src.indexOf('\n', i + 2) + 1;
  const bodyStart = k;
  // the terminator is "@ or '@ at the start of a line
  const re = double ? /\r?\n[ \t]*["\u201C-\u201E]@/g : /\r?\n[ \t]*['\u2018-\u201B]@/g;
  re.lastIndex = bodyStart - 1;
  const m = re.exec(src);
  const bodyEnd = m ? m.index : src.length;
  const end = m ? m.index + m[0].length : src.length;
  const quoting: Quoting = double ? 'ps-double' : 'ps-single';
  if (bodyEnd >= bodyStart && (!double || !src.slice(bodyStart, bodyEnd).includes('`'))) {
    push(new Tok(src, 'string', i, end, quoting, undefined, Decode.Verbatim, bodyStart, bodyEnd));
  } else {
    push(new Tok(src, 'string', i, end, quoting, undefined, Decode.HereDouble, bodyStart, bodyEnd));
  }
  return end;
}

function decodeHereDouble(src: string, bodyStart: number, bodyEnd: number): MappedText {
  const b = new MappedTextBuilder();
  for (let k = bodyStart; k < bodyEnd; k++) {
    if (src[k] === '`' && k + 1 < bodyEnd) {
      b.add(ESCAPES[src[k + 1]] ?? src[k + 1], k, k + 2);
      k++;
      continue;
    }
    b.add(src[k], k, k + 1);
  }
  return b.build(bodyEnd);
}

// ---- arguments and values ------------------------------------------------------------------------

/** A piece of an argument: decoded text with the quoting it was written in. */
interface Piece {
  text: MappedText;
  quoting: Quoting;
}

/** One command argument: adjacent tokens form one argument (`/source:"$dir"`). */
interface Arg {
  toks: Tok[];
  /** Index range in the token list (for groups: open to close inclusive). */
  first: number;
  last: number;
}

type Value =
  | { kind: 'text'; pieces: Piece[] }
  | { kind: 'array'; items: Piece[][] }
  | { kind: 'hash'; entries: Map<string, Value> }
  | { kind: 'unknown' };

const BOUNDARY = (t: Tok) => t.type === 'nl' || (t.type === 'op' && (t.text === ';' || t.text === '|' || t.text === '&&' || t.text === '||'));

/** Index of the token closing the group opened at `i`. */
function matchClose(toks: Tok[], i: number): number {
  let depth = 0;
  for (let k = i; k < toks.length; k++) {
    if (toks[k].type === 'open') depth++;
    else if (toks[k].type === 'close' && --depth === 0) return k;
  }
  return toks.length - 1;
}

/** The arguments of a statement from token `from` to its end. */
function collectArgs(toks: Tok[], from: number): { args: Arg[]; end: number } {
  const args: Arg[] = [];
  let k = from;
  while (k < toks.length) {
    const t = toks[k];
    if (BOUNDARY(t) || t.type === 'close') break;
    let last = t.type === 'open' ? matchClose(toks, k) : k;
    // glue adjacent tokens: /mp:$server, /source:"C:\x"
    while (last + 1 < toks.length && !toks[last + 1].spaceBefore && ['word', 'string', 'variable'].includes(toks[last + 1].type) && t.type !== 'open') {
      last++;
    }
    // a comma list in argument mode ('a', 'b') is one array argument
    while (toks[last + 1]?.type === 'op' && toks[last + 1].text === ',' && last + 2 < toks.length && !BOUNDARY(toks[last + 2])) {
      last += 2;
      if (toks[last].type === 'open') last = matchClose(toks, last);
    }
    args.push({ toks: toks.slice(k, last + 1), first: k, last });
    k = last + 1;
  }
  return { args, end: k };
}

/** Words, variables and operators stand verbatim in the source; strings carry their decoded value. */
function textOf(tok: Tok): Piece {
  return { text: tok.value ?? verbatim(tok.text, tok.start), quoting: tok.quoting ?? 'raw' };
}

interface ScopeLike {
  assign(name: string, at: number, value: Value, append: boolean): void;
  lookup(name: string, at: number): Value;
}

class Scope implements ScopeLike {
  /** Literal assignments seen so far: variable name (lower case) -> [source offset, value]. */
  private readonly vars = new Map<string, { at: number; value: Value; append?: boolean }[]>();
  /** Where each variable was read (a lookup or a += on it), for locating again after an edit. */
  private readonly reads = new Map<string, number[]>();

  assign(name: string, at: number, value: Value, append: boolean): void {
    const list = this.vars.get(name) ?? [];
    if (append) {
      const prev = this.lookup(name, at);
      if (prev.kind === 'text' && value.kind === 'text') value = { kind: 'text', pieces: [...prev.pieces, ...value.pieces] };
      else if (prev.kind === 'array' && value.kind === 'text') value = { kind: 'array', items: [...prev.items, value.pieces] };
      else value = { kind: 'unknown' };
    }
    list.push(append ? { at, value, append } : { at, value });
    this.vars.set(name, list);
  }

  lookup(name: string, at: number): Value {
    const seen = this.reads.get(name);
    if (seen) seen.push(at);
    else this.reads.set(name, [at]);
    const list = this.vars.get(name);
    if (!list) return { kind: 'unknown' };
    let best: Value = { kind: 'unknown' };
    for (const v of list) if (v.at < at) best = v.value;
    return best;
  }

  /** Names assigned in [start, end). */
  assignedIn(start: number, end: number): string[] {
    const out: string[] = [];
    for (const [name, list] of this.vars) if (list.some((v) => v.at >= start && v.at < end)) out.push(name);
    return out;
  }

  /**
   * The last place at or after `from` where one of these variables is read while it still holds what
   * was assigned before `from`, or -1. A later plain assignment ends that, unless its own statement
   * (up to the next boundary) reads the variable too, as `$a = @($a, 'x')` does.
   */
  lastReadFrom(names: Iterable<string>, from: number, boundaries: Int32Array): number {
    let last = -1;
    for (const name of names) {
      const reads = this.reads.get(name) ?? [];
      let until = Infinity;
      for (const v of this.vars.get(name) ?? []) {
        if (v.at < from || v.append) continue;
        const next = lastAtOrBefore(boundaries, v.at) + 1;
        const statementEnd = next < boundaries.length ? boundaries[next] : Infinity;
        if (!reads.some((r) => r >= v.at && r < statementEnd)) {
          until = v.at;
          break;
        }
      }
      for (const r of reads) if (r >= from && r < until && r > last) last = r;
    }
    return last;
  }

  /** A scope that holds only what was assigned and read before `at`: the window's statements add theirs. */
  before(at: number): Scope {
    const out = new Scope();
    for (const [name, list] of this.vars) {
      const kept = list.filter((v) => v.at < at);
      if (kept.length) out.vars.set(name, kept);
    }
    return out;
  }

  /**
   * The scope of the new text: this one's entries before the window, the window's own (from `win`, which
   * recorded only those), and this one's entries after the old window moved by delta.
   */
  spliced(win: Scope, windowStart: number, oldWindowEnd: number, delta: number): Scope {
    const out = new Scope();
    const names = new Set([...this.vars.keys(), ...win.vars.keys()]);
    for (const name of names) {
      const old = this.vars.get(name) ?? [];
      const list = [
        ...old.filter((v) => v.at < windowStart),
        ...(win.vars.get(name) ?? []).filter((v) => v.at >= windowStart),
        // an assignment before the window holds text of its own statement, which ends before the window too
        ...old.filter((v) => v.at >= oldWindowEnd).map((v) => ({ at: v.at + delta, value: shiftValue(v.value, oldWindowEnd, delta) })),
      ];
      if (list.length) out.vars.set(name, list);
    }
    const readNames = new Set([...this.reads.keys(), ...win.reads.keys()]);
    for (const name of readNames) {
      const old = this.reads.get(name) ?? [];
      const list = [...old.filter((r) => r < windowStart), ...(win.reads.get(name) ?? []), ...old.filter((r) => r >= oldWindowEnd).map((r) => r + delta)];
      if (list.length) out.reads.set(name, list);
    }
    return out;
  }
}

function shiftValue(v: Value, from: number, delta: number): Value {
  const pieces = (ps: Piece[]) => ps.map((p) => ({ text: shiftText(p.text, from, delta), quoting: p.quoting }));
  switch (v.kind) {
    case 'text':
      return { kind: 'text', pieces: pieces(v.pieces) };
    case 'array':
      return { kind: 'array', items: v.items.map(pieces) };
    case 'hash':
      return { kind: 'hash', entries: new Map([...v.entries].map(([k, e]) => [k, shiftValue(e, from, delta)])) };
    default:
      return v;
  }
}

const varName = (t: Tok) => t.text.replace(/^[$@]\{?/, '').replace(/\}$/, '').replace(/^(script|global|local|using|private):/i, '').toLowerCase();

/** The value of an argument, resolving variables assigned a literal earlier in the script. */
/** Values nested deeper than this are unknown: no real script nests that far, and hostile ones must not exhaust the stack. */
const MAX_NESTING = 64;
let nesting = 0;

function valueOf(arg: Arg, toks: Tok[], scope: ScopeLike): Value {
  if (nesting >= MAX_NESTING) return { kind: 'unknown' };
  nesting++;
  try {
    return valueOfArg(arg, toks, scope);
  } finally {
    nesting--;
  }
}

function valueOfArg(arg: Arg, toks: Tok[], scope: ScopeLike): Value {
  const first = arg.toks[0];
  let depth = 0;
  let topComma = false;
  for (const t of arg.toks) {
    if (t.type === 'open') depth++;
    else if (t.type === 'close') depth--;
    else if (depth === 0 && t.type === 'op' && t.text === ',') topComma = true;
  }
  if (topComma) {
    // 'a', 'b', $c: elements separated by commas (groups inside were skipped whole by collectArgs)
    const items: Piece[][] = [];
    let k = 0;
    while (k < arg.toks.length) {
      const t = arg.toks[k];
      if (t.type === 'op' && t.text === ',') {
        k++;
        continue;
      }
      const at = arg.first + k;
      const end = t.type === 'open' ? matchClose(toks, at) : at;
      const it = valueItems(valueOf({ toks: toks.slice(at, end + 1), first: at, last: end }, toks, scope));
      if (!it) return { kind: 'unknown' };
      items.push(...it);
      k += end - at + 1;
    }
    return { kind: 'array', items };
  }
  if (first.type === 'open') {
    const close = arg.last;
    const inner = toks.slice(arg.first + 1, close);
    if (first.text === '@{') return hashOf(inner, toks, arg.first + 1, scope);
    // @( 'a', 'b' ), ( 'a', 'b' ), ( @('a','b') -join ' ' ), ('one string')
    const items: Piece[][] = [];
    let k = 0;
    while (k < inner.length) {
      const t = inner[k];
      if (t.type === 'nl' || (t.type === 'op' && (t.text === ',' || t.text === ';'))) {
        k++;
        continue;
      }
      // ( @(...) -join ' ' ): the joined array is what ccmsetup gets
      if (t.type === 'word' && /^-join$/i.test(t.text)) break;
      if (t.type === 'open') {
        const c = matchClose(inner, k);
        const v = valueOf({ toks: inner.slice(k, c + 1), first: arg.first + 1 + k, last: arg.first + 1 + c }, toks, scope);
        if (v.kind === 'array') items.push(...v.items);
        else if (v.kind === 'text') items.push(v.pieces);
        else return { kind: 'unknown' };
        k = c + 1;
        continue;
      }
      if (t.type === 'string' || t.type === 'word') items.push([textOf(t)]);
      else if (t.type === 'variable') {
        const v = scope.lookup(varName(t), t.start);
        if (v.kind === 'text') items.push(v.pieces);
        else if (v.kind === 'array') items.push(...v.items);
        else items.push([textOf(t)]);
      } else return { kind: 'unknown' };
      k++;
    }
    if (first.text === '(' && items.length === 1) return { kind: 'text', pieces: items[0] };
    return { kind: 'array', items };
  }
  if (arg.toks.length === 1 && first.type === 'variable') {
    const v = scope.lookup(varName(first), first.start);
    if (v.kind !== 'unknown') return v;
    return { kind: 'text', pieces: [textOf(first)] };
  }
  // comma list in argument mode: 'a','b' -> an array
  return { kind: 'text', pieces: arg.toks.map(textOf) };
}

function hashOf(inner: Tok[], toks: Tok[], offset: number, scope: ScopeLike): Value {
  const entries = new Map<string, Value>();
  let k = 0;
  while (k < inner.length) {
    const key = inner[k];
    const eq = inner[k + 1];
    if ((key.type === 'word' || key.type === 'string') && eq && eq.type === 'op' && eq.text === '=') {
      const { args, end } = collectArgs(inner, k + 2);
      const keyText = (key.value?.text ?? key.text).toLowerCase();
      if (args.length > 0) {
        const shifted = args.map((a) => ({ ...a, first: a.first + offset, last: a.last + offset }));
        const v = shifted.length === 1 ? valueOf(shifted[0], toks, scope) : { kind: 'array' as const, items: shifted.map((a) => flatten(valueOf(a, toks, scope))) };
        entries.set(keyText, v);
      }
      k = Math.max(end, k + 3);
    } else {
      k++;
    }
  }
  return { kind: 'hash', entries };
}

function flatten(v: Value): Piece[] {
  if (v.kind === 'text') return v.pieces;
  if (v.kind === 'array') return v.items.flat();
  return [];
}

/** Joins pieces (and array items) with single spaces into one mapped command line. */
function join(items: Piece[][]): { text: MappedText; quotingAt: (o: number) => Quoting; quoting: Quoting } {
  const b = new MappedTextBuilder();
  const spans: { end: number; quoting: Quoting }[] = [];
  let endOffset = 0;
  b.reserve(items.reduce((n, pieces) => n + 1 + pieces.reduce((m, p) => m + p.text.text.length, 0), 0));
  items.forEach((pieces, idx) => {
    if (idx > 0 && b.length > 0) {
      const at = pieces[0]?.text.text.length ? startOf(pieces[0].text, 0) : endOffset;
      b.add(' ', at, at);
    }
    for (const p of pieces) {
      b.append(p.text);
      endOffset = p.text.endOffset;
      spans.push({ end: b.length, quoting: p.quoting });
    }
  });
  const quoting: Quoting = spans[0]?.quoting ?? 'raw';
  return { text: b.build(endOffset), quoting, quotingAt: quotingLookup(spans, quoting) };
}

// outside join(), so that the lookup a region keeps holds only its spans, not the builder
function quotingLookup(spans: { end: number; quoting: Quoting }[], quoting: Quoting): (o: number) => Quoting {
  if (spans.every((s) => s.quoting === quoting)) return () => quoting;
  return (o: number) => {
    for (const s of spans) if (o < s.end) return s.quoting;
    return spans[spans.length - 1]?.quoting ?? 'raw';
  };
}

function valueItems(v: Value): Piece[][] | undefined {
  if (v.kind === 'text') return [v.pieces];
  if (v.kind === 'array') return v.items;
  return undefined;
}

// ---- commands ----------------------------------------------------------------------------------

// module-level, not a closure inside locatePowerShell: a closure stored in every region would keep that
// function's whole scope (the token list of the script) alive as long as the analysis
const psEnvVar = (name: string) => `$env:${name}`;

const START_PROCESS = /^(start-process|start|saps)$/i;
/** Every command name the walker below acts on contains one of these: the rest is skipped before its arguments are read. */
const MAYBE_RELEVANT = /start|saps|execute-process|scheduledtaskaction|invoke-expression|iex|cmclientpush|cmtsstep|ccmsetup|msiexec|cmd|psexec|paexec|cmhttpsreadiness/i;
const SWITCHES = new Set(['wait', 'nonewwindow', 'passthru', 'usenewenvironment', 'loaduserprofile', 'whatif', 'confirm']);

/** Named and positional parameters of a cmdlet call. Keys are lower-case names without the dash. */
function bindParameters(args: Arg[]): { named: Map<string, Arg>; positional: Arg[]; splats: Tok[] } {
  const named = new Map<string, Arg>();
  const positional: Arg[] = [];
  const splats: Tok[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const t = a.toks[0];
    if (a.toks.length === 1 && t.type === 'splat') {
      splats.push(t);
      continue;
    }
    if (a.toks.length === 1 && t.type === 'word' && /^-[A-Za-z]/.test(t.text)) {
      const m = /^-([A-Za-z]+):?(.*)$/.exec(t.text)!;
      const name = m[1].toLowerCase();
      if (SWITCHES.has(name)) continue;
      if (k + 1 < args.length) named.set(name, args[++k]);
      continue;
    }
    positional.push(a);
  }
  return { named, positional, splats };
}

/** A named parameter by any of its names or unambiguous prefixes. */
function param(named: Map<string, Arg>, ...names: string[]): Arg | undefined {
  for (const [k, v] of named) if (names.some((n) => n.startsWith(k) && k.length >= 2)) return v;
  return undefined;
}

export function locatePowerShell(source: string): Located {
  const located: Located = { host: 'powershell', regions: [], comments: [], notes: [] };
  const { toks, boundaries } = tokenizePs(source, located.comments);
  const scope = new Scope();
  const noteOwners: number[] = [];
  walk(toks, located, scope, noteOwners);
  const memory: PsMemory = { boundaries: Int32Array.from(boundaries), scope, noteOwners };
  located.incremental = memory;
  return located;
}

/** What a PowerShell result keeps for locating again after an edit. */
interface PsMemory {
  boundaries: Int32Array;
  /** Every literal assignment of the script, by variable. */
  scope: Scope;
  /** For each note, where the statement that made it starts. */
  noteOwners: number[];
}

/** Windows larger than this are located whole: past it, splicing saves little. */
const MAX_WINDOW = 64 * 1024;

/** A window that keeps growing (each round takes in statements that read what it assigns) stops after this many rounds. */
const MAX_ROUNDS = 4;

/**
 * The result for `source` from the result for `prevSource`, locating only the statements the edit
 * touched and those that read variables they assign; undefined when that would cover too much of the
 * script (the caller then locates the whole text).
 */
export function relocatePowerShell(prevSource: string, prev: Located, source: string): Located | undefined {
  const memory = prev.incremental as PsMemory | undefined;
  if (!memory) return undefined;
  const window = editWindow(prevSource, source, memory.boundaries);
  if (!window) return prev;
  const { newEnd, delta } = window.change;
  const windowStart = window.start;
  let reach = newEnd; // the window must run at least this far (new offsets)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const win: Located = { host: 'powershell', regions: [], comments: [], notes: [] };
    // tokenize from the statement the edit starts in until the tokens are back in step with the old ones:
    // a boundary past the edit that was a boundary before it (same text from there on, same clean state)
    const { toks, boundaries, end } = tokenizePs(
      source,
      win.comments,
      windowStart,
      (b) => window.inStep(b, reach) || b - windowStart > MAX_WINDOW,
    );
    if (end - windowStart > MAX_WINDOW) return undefined;
    const oldWindowEnd = end - delta;
    const scope = memory.scope.before(windowStart);
    const owners: NoteOwners = { prev: memory.noteOwners, win: [] };
    walk(toks, win, scope, owners.win);
    // statements after the window that read a variable assigned in it (before or after the edit) see a
    // different value now: take them into the window and go round again
    const assigned = new Set([...memory.scope.assignedIn(windowStart, oldWindowEnd), ...scope.assignedIn(windowStart, end)]);
    const read = memory.scope.lastReadFrom(assigned, oldWindowEnd, memory.boundaries);
    if (read >= 0) {
      reach = read + delta + 1;
      continue;
    }
    const located = splice(prev, win, windowStart, oldWindowEnd, delta, owners);
    located.incremental = {
      boundaries: spliceBoundaries(memory.boundaries, windowStart, boundaries, oldWindowEnd, delta),
      scope: memory.scope.spliced(scope, windowStart, oldWindowEnd, delta),
      noteOwners: owners.next!,
    } satisfies PsMemory;
    return located;
  }
  return undefined;
}

function walk(toks: Tok[], located: Located, scope: ScopeLike, noteOwners: number[]): void {
  const statementRange = (from: number, end: number) => ({
    start: toks[from].start,
    end: toks[Math.max(from, Math.min(end, toks.length) - 1)].end,
  });

  const addRegion = (kind: RegionKind, items: Piece[][], statement: { start: number; end: number }, exe?: Tok) => {
    const j = join(items);
    const region: Region = {
      kind,
      text: trim(j.text),
      quoting: j.quoting,
      quotingAt: j.quotingAt,
      statement,
      envVar: psEnvVar,
    };
    if (exe) region.executable = { start: exe.start, end: exe.end };
    located.regions.push(region);
  };

  const dispatchCtx = (statement: { start: number; end: number }, quoting: Quoting): DispatchContext => ({
    quoting,
    envVar: psEnvVar,
    regions: located.regions,
    notes: located.notes,
    statement,
  });

  /** A program started with the given argument items (already resolved). */
  const program = (name: string, items: Piece[][], statement: { start: number; end: number }, exe?: Tok) => {
    const base = baseName(name);
    if (CCMSETUP_EXE.test(base) || /^cmhttpsreadiness(\.exe)?$/.test(base)) {
      addRegion(CCMSETUP_EXE.test(base) ? 'ccmsetup' : 'readiness', items, statement, exe);
      return;
    }
    if (/^(msiexec|cmd|psexec|psexec64|paexec)(\.exe)?$/.test(base) || /^ccmsetup\.msi$/.test(base)) {
      // hand the whole command to the cmd-syntax dispatcher, program word first
      const j = join([[{ text: literal(base), quoting: 'raw' }], ...items]);
      const ctx = dispatchCtx(statement, j.quoting);
      const before = located.regions.length;
      if (/^ccmsetup\.msi$/.test(base)) dispatchBootstrap(subFrom(j.text, base.length + 1), ctx);
      else dispatchCommandLine(j.text, ctx);
      for (const r of located.regions.slice(before)) r.quotingAt = shift(j.quotingAt, r.text, j.text);
    }
  };

  // notes made while a statement is handled belong to it (see NoteOwners)
  let owner = 0;
  const own = () => {
    while (noteOwners.length < located.notes.length) noteOwners.push(owner);
  };
  for (let i = 0; i < toks.length; i++) {
    own();
    owner = toks[i].start;
    const prev = toks[i - 1];
    const atStart = !prev || BOUNDARY(prev) || prev.type === 'open' || (prev.type === 'op' && prev.text === '=');
    if (!atStart) continue;
    const t = toks[i];

    // $name = <literal> / $name += <literal>
    if (t.type === 'variable' && toks[i + 1]?.type === 'op' && (toks[i + 1].text === '=' || toks[i + 1].text === '+=')) {
      const { args, end } = collectArgs(toks, i + 2);
      (located.statements ??= []).push(statementRange(i, end));
      if (args.length >= 1) {
        const items = args.length === 1 ? valueOf(args[0], toks, scope) : commaArray(args, toks, scope);
        scope.assign(varName(t), t.start, items, toks[i + 1].text === '+=');
      }
      continue;
    }

    let cmdTok = t;
    let argsFrom = i + 1;
    if (t.type === 'op' && t.text === '&') {
      cmdTok = toks[i + 1];
      argsFrom = i + 2;
      if (!cmdTok) continue;
    } else if (t.type === 'word' && t.text === '.' && toks[i + 1]) {
      cmdTok = toks[i + 1];
      argsFrom = i + 2;
    } else if (t.type !== 'word') {
      continue;
    }
    let name: string | undefined;
    if (cmdTok.type === 'word' || cmdTok.type === 'string') name = cmdTok.value?.text ?? cmdTok.text;
    else if (cmdTok.type === 'variable') {
      const v = scope.lookup(varName(cmdTok), cmdTok.start);
      if (v.kind === 'text') name = v.pieces.map((p) => p.text.text).join('');
    }
    if (!name || !MAYBE_RELEVANT.test(name)) continue;
    const { args, end } = collectArgs(toks, argsFrom);
    const statement = statementRange(i, end);
    const lower = name.toLowerCase();
    const base = baseName(name);

    if (START_PROCESS.test(lower) || /^execute-process$/i.test(lower) || /^new-scheduledtaskaction$/i.test(lower)) {
      const bound = bindParameters(args);
      let file: Value | undefined;
      let list: Value | undefined;
      const fileArg = param(bound.named, 'filepath', 'path', 'pspath', 'execute') ?? bound.positional[0];
      const listArg = param(bound.named, 'argumentlist', 'args', 'parameters', 'argument') ?? bound.positional[fileArg === bound.positional[0] ? 1 : 0];
      if (fileArg) file = valueOf(fileArg, toks, scope);
      if (listArg) list = valueOf(listArg, toks, scope);
      for (const s of bound.splats) {
        const h = scope.lookup(varName(s), s.start);
        if (h.kind === 'hash') {
          file ??= h.entries.get('filepath') ?? h.entries.get('path');
          list ??= h.entries.get('argumentlist') ?? h.entries.get('args');
        }
      }
      if (file?.kind !== 'text') continue;
      const fileName = file.pieces.map((p) => p.text.text).join('');
      const items = list ? valueItems(list) : [];
      if (!items) continue;
      program(fileName, items, statement, fileArg?.toks.length === 1 ? fileArg.toks[0] : undefined);
      continue;
    }

    if (/^(invoke-expression|iex)$/i.test(lower)) {
      const a = args[0];
      if (!a) continue;
      const v = valueOf(a, toks, scope);
      if (v.kind !== 'text') continue;
      const j = join([v.pieces]);
      // the string is a command line itself: & 'path\ccmsetup.exe' /mp:x ...
      let text = j.text;
      const amp = /^\s*[&.]\s+/.exec(text.text);
      if (amp) text = subFrom(text, amp[0].length);
      const ctx = dispatchCtx(statement, j.quoting);
      const before = located.regions.length;
      dispatchCommandLine(text, ctx);
      for (const r of located.regions.slice(before)) r.quotingAt = shift(j.quotingAt, r.text, j.text);
      continue;
    }

    if (/^(set-cmclientpushinstallation|new-cmtsstepsetupwindowsandconfigmgr|set-cmtsstepsetupwindowsandconfigmgr)$/i.test(lower)) {
      const bound = bindParameters(args);
      const prop = param(bound.named, 'installationproperty', 'installationproperties');
      if (!prop) continue;
      const v = valueOf(prop, toks, scope);
      const items = valueItems(v);
      if (!items) continue;
      addRegion(/push/i.test(lower) ? 'push' : 'taskSequence', items, statement);
      continue;
    }

    // a native program called by name or path: ccmsetup.exe, msiexec, cmd /c, psexec
    if (cmdTok.type === 'word' || cmdTok.type === 'string' || cmdTok.type === 'variable') {
      const items: Piece[][] = [];
      let unknown = false;
      for (const a of args) {
        const it = nativeArgument(a) ?? valueItems(valueOf(a, toks, scope));
        if (!it) {
          unknown = true;
          break;
        }
        items.push(...it);
      }
      if (unknown && !CCMSETUP_EXE.test(base)) continue;
      program(name, items, statement, cmdTok);
    }
  }
  own();
}

function commaArray(args: Arg[], toks: Tok[], scope: ScopeLike): Value {
  // `$a = 'x', 'y'` arrives as one glued arg per element
  const items: Piece[][] = [];
  for (const a of args) {
    if (a.toks.length === 1 && a.toks[0].type === 'op') continue;
    const it = valueItems(valueOf(a, toks, scope));
    if (!it) return { kind: 'unknown' };
    items.push(...it);
  }
  return { kind: 'array', items };
}

function literal(text: string): MappedText {
  return { text, starts: new Int32Array(text.length).fill(-1), ends: new Int32Array(text.length).fill(-1), endOffset: -1 };
}

function subFrom(m: MappedText, from: number): MappedText {
  return subText(m, Math.min(from, m.text.length), m.text.length);
}

function trim(m: MappedText): MappedText {
  let s = 0;
  let e = m.text.length;
  while (s < e && /\s/.test(m.text[s])) s++;
  while (e > s && /\s/.test(m.text[e - 1])) e--;
  return s === 0 && e === m.text.length ? m : subText(m, s, e);
}

/** Re-bases a quoting lookup from the joined text to a region cut out of it (matched by source offsets). */
function shift(quotingAt: (o: number) => Quoting, region: MappedText, whole: MappedText): (o: number) => Quoting {
  let table: Quoting[] | undefined; // worked out on first use, in one pass over both texts
  return (o: number) => {
    if (!table) {
      table = [];
      let ordered = true;
      for (let k = 1; k < whole.text.length && ordered; k++) ordered = startOf(whole, k) >= startOf(whole, k - 1);
      let k = 0;
      let last = -Infinity;
      for (let i = 0; i <= region.text.length; i++) {
        const src = i < region.text.length ? startOf(region, i) : region.endOffset;
        // the first character of the whole text at or after src (searched afresh where offsets go back)
        if (!ordered || src < last) k = 0;
        last = src;
        while (k < whole.text.length && startOf(whole, k) < src) k++;
        table.push(quotingAt(k));
      }
    }
    return table[Math.min(Math.max(o, 0), table.length - 1)];
  };
}

/**
 * A native program gets a string argument as one argv element: PowerShell quotes it when it holds
 * spaces, and keeps a string glued to a bareword (`CCMCERTISSUERS="CN=Root CA; O=Contoso"`) in one
 * piece. Put the quotes back so the command line parses the way ccmsetup receives it. A string that
 * already holds double quotes is passed as written, which is how scripts hand msiexec values with spaces.
 */
function nativeArgument(arg: Arg): Piece[][] | undefined {
  const strings = arg.toks.filter((t) => t.type === 'string');
  if (strings.length === 0 || arg.toks.some((t) => t.type === 'open' || t.type === 'op')) return undefined;
  // 'CCMADMINS="a b"': a string that carries its own quotes is passed as written (the usual idiom)
  if (strings.some((t) => (t.value?.text ?? '').includes('"'))) return undefined;
  const single = arg.toks.length === 1;
  if (single && !/\s/.test(strings[0].value?.text ?? '')) return undefined;
  const pieces: Piece[] = [];
  for (const t of arg.toks) {
    if (t.type !== 'string') {
      pieces.push(textOf(t));
      continue;
    }
    const quoting = t.quoting ?? 'raw';
    const content = textOf(t);
    pieces.push({ text: quoteChar(t.start, t.text[0] === '"'), quoting }, content, { text: quoteChar(t.end - 1, t.text[t.text.length - 1] === '"'), quoting });
  }
  return [pieces];
}

/** A double quote standing for the string delimiter at `at`: mapped to it when it is one, else zero-width. */
function quoteChar(at: number, isDoubleQuote: boolean): MappedText {
  return new MappedTextBuilder().add('"', at, isDoubleQuote ? at + 1 : at).build(isDoubleQuote ? at + 1 : at);
}
