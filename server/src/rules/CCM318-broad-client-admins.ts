import type { Rule } from './rule';

const BROAD = /^(everyone|authenticated users|domain users|users|interactive)$/i;

export const rule: Rule = {
  meta: {
    id: 'CCM318',
    name: 'broad-client-admins',
    severity: 'warning',
    description: 'CCMADMINS naming Everyone, Authenticated Users, Domain Users, Users or INTERACTIVE.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('CCMADMINS')) {
      if (!s.value || s.dynamic) continue;
      let offset = s.valueStart;
      for (const part of ctx.text.slice(s.valueStart, s.valueEnd).split(/[;,]/)) {
        const account = part.trim();
        const bare = account.replace(/^.*\\/, '');
        if (BROAD.test(bare)) {
          const at = offset + part.indexOf(account);
          ctx.report(at, at + account.length, `CCMADMINS gives "${account}" access to the client's settings and policies on every device this installs; name a small administrators group instead.`);
        }
        offset += part.length + 1;
      }
    }
  },
};
