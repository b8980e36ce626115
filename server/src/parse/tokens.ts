// Splits one decoded command line into whitespace-separated tokens the way ccmsetup and msiexec do:
// double quotes group text with spaces, and so do placeholders (`<Site Code>`) and template
// expressions (`{{ site }}`, `$( ... )`, `${ ... }`), which stay one unknown value.
// One pass, no backtracking.

export interface RawToken {
  start: number;
  end: number;
  text: string;
  /** Offset of a quote that was opened in this token and never closed. */
  unclosedQuote?: number;
}

const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033']);

export function isQuoteChar(ch: string): boolean {
  return DOUBLE_QUOTES.has(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** Index just past a group that starts at i (placeholder or template), or -1 if none starts there. */
function groupEnd(text: string, i: number): number {
  const ch = text[i];
  if (ch === '<') {
    // a placeholder: <...> without nested brackets, short, on one line
    for (let j = i + 1; j < text.length && j < i + 120; j++) {
      const c = text[j];
      if (c === '>') return j > i + 1 ? j + 1 : -1;
      if (c === '<' || c === '\n' || c === '"') return -1;
    }
    return -1;
  }
  if (ch === '{' && text[i + 1] === '{') {
    const j = text.indexOf('}}', i + 2);
    return j >= 0 && j - i < 200 ? j + 2 : -1;
  }
  if (ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
    const open = text[i + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < text.length && j < i + 400; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) return j + 1;
    }
    return -1;
  }
  return -1;
}

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let quoteAt = -1;
    while (i < n) {
      const ch = text[i];
      if (quoteAt < 0 && isSpace(text.charCodeAt(i))) break;
      if (DOUBLE_QUOTES.has(ch)) {
        quoteAt = quoteAt < 0 ? i : -1;
        i++;
        continue;
      }
      if (quoteAt < 0) {
        const g = groupEnd(text, i);
        if (g > 0) {
          i = g;
          continue;
        }
      }
      i++;
    }
    const tok: RawToken = { start, end: i, text: text.slice(start, i) };
    if (quoteAt >= 0) tok.unclosedQuote = quoteAt;
    tokens.push(tok);
  }
  return tokens;
}
