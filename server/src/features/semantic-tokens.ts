// Semantic tokens: the program word, each setting's name, separator and value, the CCMSETUPCMD name, and
// comments. Tokens cover only document text a decoded character stands for (zero-width synthetic
// characters such as joining spaces are skipped), never span a line break, never overlap, and come sorted.
import type { Analysis } from '../analyse/analyse';
import type { Setting } from '../parse/command-line';
import type { MappedText } from '../text/mapped-text';
import { isDeprecatedSetting } from './describe';
import { ccmsetupcmdNames, nameHeadStart } from './position';
import type { SemanticToken, SemanticTokenType } from './types';

/** Document spans that decoded [a, b) stands for: contiguous runs of characters with a real extent. */
function spans(m: MappedText, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let cs = -1;
  let ce = -1;
  const end = Math.min(b, m.text.length);
  for (let i = Math.max(0, a); i < end; i++) {
    const s = m.starts[i];
    const e = m.ends[i];
    if (s < 0 || e <= s) continue;
    if (cs >= 0 && s === ce) {
      ce = e;
      continue;
    }
    if (cs >= 0) out.push([cs, ce]);
    cs = s;
    ce = e;
  }
  if (cs >= 0) out.push([cs, ce]);
  return out;
}

function valueType(s: Setting): SemanticTokenType {
  if (s.dynamic) return 'variable';
  const g = s.info?.value;
  const v = (s.value ?? '').trim();
  if (!g || v.length === 0) return 'string';
  switch (g.type) {
    case 'enum':
    case 'zeroOne':
      return g.values.some((x) => x.value.toLowerCase() === v.toLowerCase()) ? 'enumMember' : 'string';
    case 'boolean':
      return /^(true|false)$/i.test(v) ? 'enumMember' : 'string';
    case 'siteCode':
      return /^auto$/i.test(v) ? 'enumMember' : 'string';
    default:
      return 'string';
  }
}

/** All semantic tokens of the document, sorted by offset. */
export function semanticTokens(analysis: Analysis, text: string): SemanticToken[] {
  const raw: SemanticToken[] = [];
  const n = text.length;
  const add = (start: number, end: number, type: SemanticTokenType, deprecated = false) => {
    let s = Math.max(0, start);
    const e = Math.min(n, end);
    // split at line breaks, leaving the breaks out
    for (let i = s; i <= e; i++) {
      if (i === e || text[i] === '\n' || text[i] === '\r') {
        if (i > s) raw.push(deprecated ? { start: s, end: i, type, deprecated: true } : { start: s, end: i, type });
        s = i + 1;
      }
    }
  };
  const addDecoded = (m: MappedText, a: number, b: number, type: SemanticTokenType, deprecated = false) => {
    for (const [s, e] of spans(m, a, b)) add(s, e, type, deprecated);
  };

  for (const c of analysis.located.comments) {
    // from the comment marker (REM, ::, #, ;, <!--, <#) to the end, closing marker included
    let start = c.lineStart;
    while (start < c.start && (text[start] === ' ' || text[start] === '\t')) start++;
    if (start > c.start || start < 0) start = c.start;
    let end = c.end;
    if (text.startsWith('-->', end)) end += 3;
    else if (text.startsWith('#>', end)) end += 2;
    add(start, end, 'comment');
  }

  for (const r of ccmsetupcmdNames(analysis, text)) {
    add(r.start, r.end, 'property');
    if (text[r.end] === '=') add(r.end, r.end + 1, 'operator');
  }

  for (const { region, parsed } of analysis.lines) {
    const m = region.text;
    if (region.executable) add(region.executable.start, region.executable.end, 'keyword');
    for (const s of parsed.settings) {
      const deprecated = !!s.info && isDeprecatedSetting(s.info);
      addDecoded(m, nameHeadStart(s), s.nameEnd, s.kind === 'parameter' ? 'parameter' : 'property', deprecated);
      if (!s.separator) continue;
      addDecoded(m, s.separatorStart, s.separatorStart + 1, 'operator', deprecated);
      if (s.rawValueEnd > s.rawValueStart) addDecoded(m, s.rawValueStart, s.rawValueEnd, valueType(s), deprecated);
    }
  }

  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: SemanticToken[] = [];
  let last = 0;
  for (const t of raw) {
    if (t.end <= last) continue;
    if (t.start < last) t.start = last;
    if (t.end <= t.start) continue;
    out.push(t);
    last = t.end;
  }
  return out;
}
