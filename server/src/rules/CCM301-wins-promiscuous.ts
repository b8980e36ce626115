import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM301',
    name: 'wins-promiscuous',
    severity: 'error',
    description: 'SMSDIRECTORYLOOKUP=WINSPROMISCUOUS: management points found through WINS are trusted without a certificate check.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSDIRECTORYLOOKUP')) {
      if (s.dynamic || (s.value ?? '').trim().toUpperCase() !== 'WINSPROMISCUOUS') continue;
      ctx.report(s.valueStart, s.valueEnd, 'WINSPROMISCUOUS makes the client accept any management point it finds through WINS without checking it against the trusted root key, so anyone who can register a WINS name can hand it policy. Use NOWINS.', {
        fixes: [{ title: 'Use SMSDIRECTORYLOOKUP=NOWINS', kind: 'auto', edits: [ctx.replace(s.valueStart, s.valueEnd, 'NOWINS')] }],
      });
    }
  },
};
