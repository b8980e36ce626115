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
    for (const [re, plain] of REPLACEMENTS) {
      for (const m of ctx.text.matchAll(re)) {
        const what = m[0].startsWith('&') ? `the HTML entity ${m[0]}` : `the typographic quote ${m[0]}`;
        ctx.report(m.index!, m.index! + m[0].length, `The command line contains ${what}, probably pasted from a web page; ccmsetup needs a plain ${plain}.`, {
          fixes: [{ title: `Replace with ${plain}`, kind: 'auto', edits: [ctx.replace(m.index!, m.index! + m[0].length, plain)] }],
        });
      }
    }
  },
};
