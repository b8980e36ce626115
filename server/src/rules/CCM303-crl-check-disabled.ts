import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM303',
    name: 'crl-check-disabled',
    severity: 'warning',
    description: '/NoCRLCheck: the client stops checking whether site system certificates were revoked.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'offer',
  },
  checkLine(ctx) {
    for (const s of ctx.all('/NoCRLCheck')) {
      ctx.reportSetting(s, '/NoCRLCheck turns off revocation checking, so a stolen or revoked management point certificate keeps working. Publish the CRL where clients (running as LOCAL SYSTEM) can reach it, then remove /NoCRLCheck.', {
        fixes: [{ title: 'Remove /NoCRLCheck (after publishing the CRL)', kind: 'offer', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
