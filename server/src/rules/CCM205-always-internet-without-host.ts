import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM205',
    name: 'always-internet-without-host',
    severity: 'error',
    description: 'CCMALWAYSINF=1 without CCMHOSTNAME.',
    fixable: 'snippet',
  },
  checkLine(ctx) {
    const inf = ctx.get('CCMALWAYSINF');
    if (!inf || ctx.literal('CCMALWAYSINF') !== '1' || ctx.has('CCMHOSTNAME')) return;
    ctx.reportSetting(inf, 'CCMALWAYSINF=1 makes the client talk only to internet management points, but CCMHOSTNAME does not say which one; the client stays unmanaged.', {
      fixes: [{ title: 'Add CCMHOSTNAME', kind: 'snippet', edits: [ctx.append('CCMHOSTNAME=${1:mp.contoso.com}')] }],
    });
  },
};
