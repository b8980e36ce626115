// What a fix must know about the host document around it, so its edits stay right for the host: CDATA
// sections (no entities there), PowerShell strings and Start-Process argument lists that cannot take more
// words, and words the inserted text must not stick to. Used by mapFix in analyse.ts.
import type { HostLanguage, Quoting, Region } from '../locate/region';

/** The CDATA sections of the last document asked about: [contentStart, contentEnd] pairs, in order. */
let cdataCache: { text: string; ranges: number[] } | undefined;

/** True when a document offset lies inside a <![CDATA[ ... ]]> section, where XML entities are not decoded. */
export function insideCdata(source: string, offset: number): boolean {
  if (cdataCache?.text !== source) {
    // found once per document: a lookup per edit would scan back through the document every time
    const ranges: number[] = [];
    for (let i = source.indexOf('<![CDATA['); i >= 0; i = source.indexOf('<![CDATA[', i)) {
      const close = source.indexOf(']]>', i + 9);
      ranges.push(i + 9, close < 0 ? source.length : close);
      if (close < 0) break;
      i = close + 3;
    }
    cdataCache = { text: source, ranges };
  }
  const r = cdataCache.ranges;
  // the last section starting at or before the offset
  let lo = 0;
  let hi = r.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r[2 * mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset <= r[2 * found + 1];
}

/** The document, for the checks that look at the host text around a fix. */
export interface FixSource {
  text: string;
  host: HostLanguage;
}

export const WORD_BEFORE_RE = /[\w.%-]/;
const PS_CLOSING: Partial<Record<Quoting, RegExp>> = { 'ps-single': /['\u2018-\u201B]/, 'ps-double': /["\u201C-\u201E]/ };
const PS_START_PROCESS_RE = /(?:^|[\s=(;|{])(?:start-process|start|saps|execute-process|new-scheduledtaskaction)\s/i;

/**
 * True when text cannot be added at the end of the region: a PowerShell string that is never closed (the
 * text would land inside it), or a Start-Process whose argument list is one bare word (a second word is
 * not passed on to the program).
 */
export function closedEnd(region: Region, src: FixSource, at: number, quoting: Quoting): boolean {
  if (src.host !== 'powershell') return false;
  const closing = PS_CLOSING[quoting];
  if (closing) {
    // a string that is one of several arguments (& ccmsetup.exe /mp:x "/source:y"): text added inside it
    // becomes part of that one argument, which PowerShell passes on quoted
    const regionStart = region.text.text.length > 0 ? region.text.starts[0] : at;
    const between = src.text.slice(regionStart, at);
    if (quoting === 'ps-double' ? /(^|[^`])["\u201C-\u201E]/.test(between) : /['\u2018-\u201B]/.test(between)) return true;
    const c = src.text[at];
    if (c === undefined) return true;
    if (closing.test(c)) return false;
    // a here-string ends with its quote and @ at the start of a line
    return !/^\r?\n[ \t]*["'\u2018-\u201E]@/.test(src.text.slice(at, at + 64));
  }
  if (quoting !== 'raw') return false;
  const statementStart = region.statement.start;
  const head = src.text.slice(statementStart, region.executable?.start ?? at);
  return PS_START_PROCESS_RE.test(' ' + head);
}

/** True when the text before `end` is empty or blank (scans back to the first other character only). */
export function onlyBlanksBefore(text: string, end: number): boolean {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) if (!/\s/.test(text[i])) return false;
  return true;
}

/**
 * True when the command line is made of several PowerShell arguments and the quoting says a string:
 * words inserted into that string would become part of one argument, which PowerShell passes on quoted.
 */
export function oneOfSeveralStrings(region: Region, src: FixSource, quoting: Quoting): boolean {
  if (src.host !== 'powershell' || (quoting !== 'ps-double' && quoting !== 'ps-single')) return false;
  const m = region.text;
  if (m.text.length === 0) return false;
  // a quote of the string's kind inside the command line's span ends one string and starts another
  const inner = src.text.slice(m.starts[0], m.ends[m.text.length - 1]);
  return quoting === 'ps-double' ? /(^|[^`])["\u201C-\u201E]/.test(inner) : /['\u2018-\u201B]/.test(inner.replace(/''/g, ''));
}
