import type { Rule } from './rule';

const RESERVED = ['AUX', 'CON', 'NUL', 'PRN', 'SMS', 'ENV'];

export const rule: Rule = {
  meta: {
    id: 'CCM106',
    name: 'reserved-site-code',
    severity: 'error',
    description: 'SMSSITECODE is one of the names ConfigMgr reserves (AUX, CON, NUL, PRN, SMS, ENV).',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSSITECODE')) {
      if (s.dynamic || !s.value || !RESERVED.includes(s.value.trim().toUpperCase())) continue;
      ctx.report(s.valueStart, s.valueEnd, `${s.value.trim().toUpperCase()} is a reserved name that no ConfigMgr site can have, so the client can never be assigned. Use the code of a primary site.`);
    }
  },
};
