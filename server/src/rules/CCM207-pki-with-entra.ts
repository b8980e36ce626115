import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM207',
    name: 'pki-with-entra',
    severity: 'information',
    description: '/UsePKICert together with the Entra ID properties.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'offer',
  },
  checkLine(ctx) {
    const pki = ctx.get('/UsePKICert');
    if (!pki || !(ctx.has('AADCLIENTAPPID') || ctx.has('AADRESOURCEURI'))) return;
    ctx.reportSetting(pki, 'With /UsePKICert the client does not get its Entra ID onboarding data from the gateway, so the AAD properties may not be used as intended. Leave /UsePKICert out for Entra ID authentication.', {
      fixes: [{ title: 'Remove /UsePKICert', kind: 'offer', edits: [ctx.removeSetting(pki)] }],
    });
  },
};
