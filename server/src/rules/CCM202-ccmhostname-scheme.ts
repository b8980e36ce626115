import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM202',
    name: 'ccmhostname-scheme',
    severity: 'error',
    description: 'CCMHOSTNAME starting with http:// or https://.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.all('CCMHOSTNAME')) {
      if (s.dynamic || !s.value) continue;
      const raw = ctx.text.slice(s.valueStart, s.valueEnd);
      const scheme = /^\s*https?:\/\//i.exec(raw);
      if (!scheme) continue;
      ctx.report(s.valueStart, s.valueStart + scheme[0].length, `CCMHOSTNAME takes the server or gateway name without a scheme; with "${scheme[0].trim()}" the client cannot find its internet management point. (Only /mp takes the https:// URL.)`, {
        // nothing but the scheme: removing it would leave an empty value (CCM003)
        fixes:
          s.valueStart + scheme[0].length < s.valueEnd
            ? [{ title: `Remove ${scheme[0].trim()}`, kind: 'auto', edits: [ctx.replace(s.valueStart, s.valueStart + scheme[0].length, '')] }]
            : [],
      });
    }
  },
};
