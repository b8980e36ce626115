import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM302',
    name: 'wins-fallback',
    severity: 'information',
    description: 'SMSDIRECTORYLOOKUP=WINSSECURE: the client may still fall back to WINS to find a management point.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSDIRECTORYLOOKUP')) {
      if (s.dynamic || (s.value ?? '').trim().toUpperCase() !== 'WINSSECURE') continue;
      ctx.report(s.valueStart, s.valueEnd, 'WINSSECURE keeps WINS as a fallback for finding management points; WINS is deprecated and spoofable. NOWINS limits the client to Active Directory and DNS.', {
        fixes: [{ title: 'Use SMSDIRECTORYLOOKUP=NOWINS', kind: 'auto', edits: [ctx.replace(s.valueStart, s.valueEnd, 'NOWINS')] }],
      });
    }
  },
};
