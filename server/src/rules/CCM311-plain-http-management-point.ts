import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM311',
    name: 'plain-http-management-point',
    severity: 'warning',
    description: 'An explicit http:// management point in /mp, SMSMP or SMSMPLIST.',
    fixable: 'offer',
  },
  checkLine(ctx) {
    if (ctx.env.enhancedHttp) return;
    for (const mp of ctx.managementPoints()) {
      if (mp.setting.dynamic || !/^http:\/\//i.test(mp.value)) continue;
      ctx.report(mp.start, mp.end, `${mp.setting.info?.name ?? mp.setting.name} names a plain-HTTP management point. Since version 2403 HTTP without Enhanced HTTP is unsupported, and plain HTTP gives the client no way to verify the server. Use https:// (or enable Enhanced HTTP and say so in .ccmlintrc.json).`, {
        severity: ctx.env.httpsOnly ? 'error' : undefined,
        fixes: [{ title: 'Use https://', kind: 'offer', edits: [ctx.replace(mp.start, mp.start + 7, 'https://')] }],
      });
    }
  },
};
