import { outsideWindows } from './paths';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM317',
    name: 'writable-install-dir',
    severity: 'warning',
    description: 'CCMINSTALLDIR set to an absolute path outside the Windows folder.',
    fixable: 'offer',
  },
  checkLine(ctx) {
    for (const s of ctx.all('CCMINSTALLDIR')) {
      if (!s.value || !outsideWindows(s.value)) continue;
      ctx.report(s.valueStart, s.valueEnd, 'The client agent runs as SYSTEM from this folder; outside %WinDir% it may inherit permissions that let users plant DLLs or replace binaries. Keep the default %WinDir%\\CCM, or lock the folder\'s permissions down.', {
        fixes: [{ title: 'Remove CCMINSTALLDIR (use the default %WinDir%\\CCM)', kind: 'offer', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
