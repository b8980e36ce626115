import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM319',
    name: 'verbose-client-logging',
    severity: 'information',
    description: 'CCMDEBUGLOGGING=1 or CCMLOGLEVEL=0: verbose logs that local users can read.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    const checks: [string, string][] = [
      ['CCMDEBUGLOGGING', '1'],
      ['CCMLOGLEVEL', '0'],
    ];
    for (const [name, value] of checks) {
      for (const s of ctx.all(name)) {
        if (s.dynamic || (s.value ?? '').trim() !== value) continue;
        ctx.reportSetting(s, `${name}=${value} turns on verbose client logging; the Users group can read client logs, and verbose ones reveal site servers, deployments and state to a local attacker. Use it only while troubleshooting.`, {
          fixes: [{ title: `Remove ${name}=${value}`, kind: 'auto', edits: [ctx.removeSetting(s)] }],
        });
      }
    }
  },
};
