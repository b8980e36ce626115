import { sameIssuers, sameRootKey } from '../inspect/site-trust';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM325',
    name: 'trust-anchor-mismatch',
    severity: 'warning',
    description: 'SMSPUBLICROOTKEY or CCMCERTISSUERS differs from the site\'s mobileclient.tcf found in the workspace.',
    fixable: 'offer',
  },
  checkLine(ctx) {
    const site = ctx.options.siteTrust;
    if (!site) return;
    const from = site.source ? `the site's ${site.source}` : 'the site\'s mobileclient.tcf';
    if (site.rootKey) {
      for (const s of ctx.all('SMSPUBLICROOTKEY')) {
        if (!s.value || s.dynamic || s.value.trim() === '' || sameRootKey(s.value, site.rootKey)) continue;
        ctx.report(s.valueStart, s.valueEnd, `This trusted root key is not the one in ${from}. A client given the wrong key rejects the site's own management points (or trusts a different hierarchy). Copy the SMSPublicRootKey value from the site's file.`, {
          fixes: [{ title: 'Use the trusted root key from mobileclient.tcf', kind: 'offer', edits: [ctx.replace(s.valueStart, s.valueEnd, site.rootKey)] }],
        });
      }
    }
    if (site.issuers) {
      for (const s of ctx.all('CCMCERTISSUERS')) {
        if (!s.value || s.dynamic || s.value.trim() === '' || sameIssuers(s.value, site.issuers)) continue;
        ctx.report(s.valueStart, s.valueEnd, `This certificate issuers list differs from the CertificateIssuers entry in ${from}: the client may skip a valid certificate or select one the management point refuses. Copy the list from the site's file.`, {
          fixes: [{ title: 'Use the issuers list from mobileclient.tcf', kind: 'offer', edits: [ctx.replace(s.valueStart, s.valueEnd, site.issuers)] }],
        });
      }
    }
  },
};
