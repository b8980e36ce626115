import type { DraftEdit, DraftFix, LineContext } from './context';
import { isQuoteChar } from '../parse/tokens';
import type { Rule } from './rule';

const REPLACEMENTS: [RegExp, string][] = [
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2018\u2019\u201A\u201B]/g, "'"],
  [/&quot;|&#34;|&#x22;/gi, '"'],
  [/&apos;|&#39;|&#x27;/gi, "'"],
  [/&lt;|&#60;/gi, '<'],
  [/&gt;|&#62;/gi, '>'],
  [/&amp;|&#38;/gi, '&'],
  [/&#47;/g, '/'],
  [/&#124;/g, '|'],
];

/** Any character that can start one of the above: most lines have none and are skipped at once. */
const SUSPECT_RE = /[\u2018-\u201F\u2033&]/;

/** Everything that is, or becomes, a double quote: ccmsetup pairs them in order. */
const DOUBLE_QUOTE_RE = /["\u201C-\u201F\u2033]|&quot;|&#34;|&#x22;/gi;

/**
 * The typographic double quotes and the double-quote entities of the line, each paired in order with the
 * next of its own kind: `partner[i]` is the offset of the other quote of the pair of the quote at i (-1:
 * unpaired), `length[i]` the length of the quote written at i (1, or 5 and 6 for entities). Typographic
 * quotes are quotes to ccmsetup already, so replacing a pair changes nothing for it; an entity pair becomes a
 * real pair of quotes, so it is only paired when no quote of another kind lies between (it would interleave).
 */
function pairDoubleQuotes(text: string): { partner: Int32Array; length: Uint8Array } {
  const partner = new Int32Array(text.length).fill(-1);
  const length = new Uint8Array(text.length);
  // quotes ccmsetup reads (plain and typographic) before each offset
  const quotesBefore = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) quotesBefore[i + 1] = quotesBefore[i] + (isQuoteChar(text[i]) ? 1 : 0);
  let openSmart = -1;
  let openEntity = -1;
  for (const m of text.matchAll(DOUBLE_QUOTE_RE)) {
    const at = m.index!;
    length[at] = m[0].length;
    if (m[0] === '"') continue;
    if (m[0].length === 1) {
      if (openSmart < 0) openSmart = at;
      else {
        partner[openSmart] = at;
        partner[at] = openSmart;
        openSmart = -1;
      }
    } else if (openEntity < 0) openEntity = at;
    else {
      if (quotesBefore[at] === quotesBefore[openEntity]) {
        partner[openEntity] = at;
        partner[at] = openEntity;
      }
      openEntity = -1;
    }
  }
  return { partner, length };
}

/** Inside a plain double-quoted part of the decoded line (where cmd reads & | < > literally). */
function insideQuotes(ctx: LineContext, offset: number): boolean {
  // the quotes before each offset, counted once per line (a line can hold thousands of entities)
  let counts = quoteCounts.get(ctx);
  if (!counts) {
    counts = new Uint32Array(ctx.text.length + 1);
    for (let i = 0; i < ctx.text.length; i++) counts[i + 1] = counts[i] + (ctx.text[i] === '"' ? 1 : 0);
    quoteCounts.set(ctx, counts);
  }
  return counts[offset] % 2 === 1;
}
const quoteCounts = new WeakMap<LineContext, Uint32Array>();

/**
 * The edit writing `plain` over [start, end) so the host passes it on as that character, or undefined when
 * that is not safe: in a batch command, & | < > outside quotes get a caret; in PowerShell bare words the
 * characters PowerShell would read itself get a backtick.
 */
function plainEdit(ctx: LineContext, start: number, end: number, plain: string): DraftEdit | undefined {
  const quoting = ctx.region.quotingAt ? ctx.region.quotingAt(start) : ctx.region.quoting;
  if (quoting !== 'raw') return ctx.replace(start, end, plain);
  if (ctx.host === 'batch' && /[&|<>]/.test(plain) && !insideQuotes(ctx, start)) return { start, end, text: `^${plain}`, raw: true };
  if (ctx.host === 'powershell' && /["'&|<>]/.test(plain)) return { start, end, text: `\`${plain}`, raw: true };
  return ctx.replace(start, end, plain);
}

/**
 * In a batch command a real quote also changes how cmd reads the line: between two quotes carets, & | < >
 * and parentheses are literal. Replacing a pair of typographic quotes is safe when the text between them
 * is written as is (no carets or continuations) and holds none of those characters. Only pairs of two
 * typographic quotes or entities are replaced.
 */
function batchKeepsMeaning(ctx: LineContext, pair: { at: number; len: number }[]): boolean {
  const [a, b] = pair;
  // in PowerShell a typographic quote is left in the command line only inside a string of the other kind;
  // a real quote in an argument with spaces changes how PowerShell passes that argument on
  if (ctx.host === 'powershell') {
    const setting = ctx.settings.find((x) => x.start <= a.at && a.at < x.end);
    const from = Math.min(a.at, setting?.start ?? a.at);
    const to = Math.max(b.at + b.len, setting?.end ?? 0);
    return !/\s/.test(ctx.text.slice(from, to));
  }
  if (ctx.host !== 'batch') return true;
  const end = b.at + b.len;
  return ctx.verbatim(a.at, end) && !/[&|<>^()]/.test(ctx.text.slice(a.at, end));
}

export const rule: Rule = {
  meta: {
    id: 'CCM011',
    name: 'smart-quote',
    severity: 'error',
    description: 'Typographic quotes or HTML entities in a command line, usually pasted from a web page.',
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  // typographic quotes around a CCMSETUPCMD value: the locator read them as quotes, msiexec will not
  checkDocument(ctx) {
    for (const note of ctx.located.notes) {
      if (note.kind !== 'smart-quote') continue;
      ctx.report(note.start, note.end, `The command line contains the typographic quote ${ctx.text.slice(note.start, note.end)}, probably pasted from a web page; msiexec needs a plain ".`, {
        fixes: [{ title: 'Replace with "', kind: 'auto', edits: [{ start: note.start, end: note.end, text: '"' }] }],
      });
    }
  },
  checkLine(ctx) {
    if (!SUSPECT_RE.test(ctx.text)) return;
    const pairs = pairDoubleQuotes(ctx.text);
    const sharedFixes = new Map<number, DraftFix>();
    for (const [re, plain] of REPLACEMENTS) {
      for (const m of ctx.text.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        const what = m[0].startsWith('&') ? `the HTML entity ${m[0]}` : `the typographic quote ${m[0]}`;
        let edits: (DraftEdit | undefined)[];
        if (plain === '"') {
          // a double quote is replaced together with its partner (both typographic: both at once), so the
          // line's quotes stay paired; one left unpaired would open a quote that swallows the rest
          const other = pairs.partner[start];
          if (other < 0) edits = [undefined];
          else if (sharedFixes.has(Math.min(start, other))) edits = sharedFixes.get(Math.min(start, other))!.edits;
          else {
            const [a, b] = other < start ? [other, start] : [start, other];
            const pair = [
              { at: a, len: pairs.length[a] },
              { at: b, len: pairs.length[b] },
            ];
            edits = batchKeepsMeaning(ctx, pair) ? pair.map((q) => plainEdit(ctx, q.at, q.at + q.len, '"')) : [undefined];
          }
        } else edits = [plainEdit(ctx, start, end, plain)];
        const ok = edits.every((e): e is DraftEdit => e !== undefined);
        // both quotes of a pair share one fix (mapped once)
        const other = plain === '"' ? pairs.partner[start] : -1;
        let fix = other >= 0 ? sharedFixes.get(Math.min(start, other)) : undefined;
        if (!fix && ok) {
          fix = { title: edits.length > 1 ? 'Replace both quotes with "' : `Replace with ${plain}`, kind: 'auto', edits: edits as DraftEdit[] };
          if (other >= 0) {
            fix.shared = true;
            sharedFixes.set(Math.min(start, other), fix);
          }
        }
        ctx.report(start, end, `The command line contains ${what}, probably pasted from a web page; ccmsetup needs a plain ${plain}.`, {
          fixes: ok && fix ? [fix] : [],
        });
      }
    }
  },
};
