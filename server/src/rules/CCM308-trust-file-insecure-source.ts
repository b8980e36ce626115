import type { Rule } from './rule';

const USER_WRITABLE = /^(%temp%|%tmp%|\$env:te?mp|[a-z]:[\\/](temp|tmp|users[\\/]public|windows[\\/]temp)([\\/]|$)|%public%)|[\\/]downloads([\\/]|$)/i;

export const rule: Rule = {
  meta: {
    id: 'CCM308',
    name: 'trust-file-insecure-source',
    severity: 'warning',
    description: 'SMSSIGNCERT or SMSROOTKEYPATH read from a URL, a user-writable folder, or (information) a UNC path.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of [...ctx.all('SMSSIGNCERT'), ...ctx.all('SMSROOTKEYPATH')]) {
      if (!s.value) continue;
      const v = s.value.trim();
      const name = s.info?.name ?? s.name;
      if (/^https?:\/\//i.test(v)) {
        ctx.report(s.valueStart, s.valueEnd, `${name} points at a URL; a file that anchors the client's trust must come from a protected local path or share, not over the network where it can be swapped in transit.`);
      } else if (USER_WRITABLE.test(v)) {
        ctx.report(s.valueStart, s.valueEnd, `${name} is read from a folder ordinary users can write to; anyone who replaces the file there decides which site the client trusts. Keep it where only administrators can change it.`);
      } else if (/^\\\\/.test(v)) {
        ctx.report(s.valueStart, s.valueEnd, `${name} is read from a share; make sure the share is writable only by administrators and requires SMB signing, or an attacker on the network can swap the file.`, { severity: 'information' });
      }
    }
  },
};
