import { outsideWindows } from './paths';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM316',
    name: 'writable-cache-dir',
    severity: 'warning',
    description: 'SMSCACHEDIR set to an absolute path outside the Windows folder.',
    fixable: 'offer',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSCACHEDIR')) {
      if (!s.value || !outsideWindows(s.value)) continue;
      ctx.report(s.valueStart, s.valueEnd, 'The client runs installers from its cache as SYSTEM; a cache folder outside %WinDir% usually inherits permissions that let ordinary users change files there, and swap an installer for their own code. Keep the default %WinDir%\\ccmcache, or lock the folder\'s permissions down.', {
        fixes: [{ title: 'Remove SMSCACHEDIR (use the default %WinDir%\\ccmcache)', kind: 'offer', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
