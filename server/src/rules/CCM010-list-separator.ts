import type { Rule } from './rule';

const LIST_GRAMMARS = new Set(['list', 'cacheFlags', 'accounts']);

/** `a , b,c` -> `a;b;c`: the blanks around each comma go (a split, not a regular expression: linear time). */
export function joinWithSemicolons(raw: string): string {
  const parts = raw.split(',');
  return parts.map((p, i) => (i > 0 ? p.trimStart() : p)).map((p, i) => (i < parts.length - 1 ? p.trimEnd() : p)).join(';');
}

export const rule: Rule = {
  meta: {
    id: 'CCM010',
    name: 'list-separator',
    severity: 'error',
    description: 'A list setting separated with commas where ccmsetup needs semicolons.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (!s.info || !LIST_GRAMMARS.has(s.info.value.type) || s.value === undefined || s.dynamic) continue;
      if (!s.value.includes(',')) continue;
      const raw = ctx.text.slice(s.valueStart, s.valueEnd);
      ctx.report(s.valueStart, s.valueEnd, `${s.info.name} separates its entries with ";", not ","; with a comma the whole list is read as one entry.`, {
        fixes: [{ title: 'Separate the entries with ;', kind: 'auto', edits: [ctx.replace(s.valueStart, s.valueEnd, joinWithSemicolons(raw))] }],
      });
    }
  },
};
