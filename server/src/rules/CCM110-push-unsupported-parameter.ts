import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM110',
    name: 'push-unsupported-parameter',
    severity: 'error',
    description: 'A ccmsetup parameter that client push does not accept.',
    fixable: 'auto',
    hosts: ['powershell'],
  },
  regions: ['push'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (s.kind !== 'parameter' || s.info?.pushAllowed) continue;
      const name = s.info?.name ?? `/${s.name}`;
      ctx.reportSetting(s, `Client push does not accept ${name}; it only passes /AllowMetered, /AlwaysExcludeUpgrade, /BITSPriority, /downloadtimeout, /ExcludeFeatures, /forceinstall, /forcereboot, /logon, /skipprereq and /UsePKICert. Push settings are also published to Active Directory, so the mistake spreads.`, {
        fixes: [{ title: `Remove ${name}`, kind: 'auto', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
