import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM315',
    name: 'missing-issuers-list',
    severity: 'information',
    description: '/UsePKICert without CCMCERTISSUERS: a first install skips the issuers check.',
    hosts: ['batch', 'powershell', 'ccmsetup'],
    fixable: 'snippet',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'configFile'],
  checkLine(ctx) {
    const pki = ctx.get('/UsePKICert');
    if (!pki || ctx.has('CCMCERTISSUERS')) return;
    ctx.reportSetting(pki, 'Until it is assigned to a site, a new client without CCMCERTISSUERS does not check which CA issued its certificate, so any client-authentication certificate may be picked. Copy the CertificateIssuers value from the site\'s mobileclient.tcf into CCMCERTISSUERS.', {
      fixes: [{ title: ctx.options.siteTrust?.issuers ? 'Add CCMCERTISSUERS from mobileclient.tcf' : 'Add CCMCERTISSUERS', kind: 'snippet', edits: [ctx.append(`CCMCERTISSUERS="${ctx.issuersPlaceholder(1)}"`)] }],
    });
  },
};
