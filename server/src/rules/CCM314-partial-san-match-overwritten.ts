import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM314',
    name: 'partial-san-match-overwritten',
    severity: 'information',
    description: 'CCMCERTSEL="SubjectStr:..." is replaced by site settings when the client reads AD or is push-installed.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('CCMCERTSEL')) {
      if (s.dynamic || !/^\s*SubjectStr\s*:/i.test(s.value ?? '')) continue;
      ctx.report(s.valueStart, s.valueEnd, 'A SubjectStr: partial match set through ccmsetup is overwritten by the site\'s certificate selection when the client reads Active Directory or is installed by client push, and a substring such as a domain suffix matches loosely. Prefer Subject: or SubjectAttr:, or set the criteria on the site.');
    }
  },
};
