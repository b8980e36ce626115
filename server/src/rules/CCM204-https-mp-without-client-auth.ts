import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM204',
    name: 'https-mp-without-client-auth',
    severity: 'warning',
    description: 'An https management point and no way for the client to authenticate to it.',
    fixable: 'offer',
  },
  checkLine(ctx) {
    const https = ctx.managementPoints().find((mp) => /^https:\/\//i.test(mp.value));
    if (!https) return;
    const entra = ctx.has('AADCLIENTAPPID') && ctx.has('AADRESOURCEURI');
    if (ctx.has('/UsePKICert') || entra || ctx.has('/regtoken') || ctx.has('CCMHOSTNAME')) return;
    ctx.report(https.start, https.end, 'This management point uses HTTPS, but nothing here lets the client authenticate to it (/UsePKICert, Entra ID properties, /regtoken or CCMHOSTNAME). The client ignores HTTPS management points and falls back to HTTP, or never registers.', {
      fixes: [{ title: 'Add /UsePKICert', kind: 'offer', edits: [ctx.insertParameter('/UsePKICert')] }],
    });
  },
};
