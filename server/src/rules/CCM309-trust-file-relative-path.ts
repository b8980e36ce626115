import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM309',
    name: 'trust-file-relative-path',
    severity: 'warning',
    description: 'SMSSIGNCERT or SMSROOTKEYPATH that is not a full path.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of [...ctx.all('SMSSIGNCERT'), ...ctx.all('SMSROOTKEYPATH')]) {
      if (!s.value || s.dynamic) continue;
      const v = s.value.trim();
      if (/^([A-Za-z]:[\\/]|\\\\|https?:\/\/)/i.test(v) || v === '') continue;
      ctx.report(s.valueStart, s.valueEnd, `${s.info?.name ?? s.name} needs the full path and file name; "${v}" is resolved against whatever folder ccmsetup runs in (%WinDir%\\ccmsetup when it runs as a service), so the file found may not be the one you meant.`);
    }
  },
};
