import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM320',
    name: 'upgrade-excluded',
    severity: 'warning',
    description: '/AlwaysExcludeUpgrade:TRUE: the client never gets fixes by automatic upgrade.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'offer',
  },
  checkLine(ctx) {
    for (const s of ctx.all('/AlwaysExcludeUpgrade')) {
      if (s.dynamic || (s.value ?? '').trim().toUpperCase() !== 'TRUE') continue;
      ctx.reportSetting(s, '/AlwaysExcludeUpgrade:TRUE stamps the client so automatic client upgrade never updates it, and it keeps running old agent code, security fixes included. Microsoft reserves this for kiosk-like devices that cannot take regular updates.', {
        fixes: [{ title: 'Remove /AlwaysExcludeUpgrade:TRUE', kind: 'offer', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
