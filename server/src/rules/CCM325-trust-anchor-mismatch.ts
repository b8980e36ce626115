import { sameIssuers, sameRootKey } from '../inspect/site-trust';
import { scriptFolderFile } from './paths';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM325',
    name: 'trust-anchor-mismatch',
    severity: 'warning',
    description: 'SMSPUBLICROOTKEY (or the key in the SMSROOTKEYPATH file) or CCMCERTISSUERS differs from the site\'s mobileclient.tcf found in the workspace.',
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
    if (site.rootKey) {
      // SMSROOTKEYPATH names a text file holding the key: compare it when the file can be read
      for (const s of ctx.all('SMSROOTKEYPATH')) {
        if (!s.value) continue;
        const path = s.dynamic ? scriptFolderFile(s.value) : s.value.trim();
        const bytes = path ? ctx.options.files?.read(path, ctx.options.fileName) : undefined;
        const key = bytes ? keyFileText(bytes) : undefined;
        if (!key || sameRootKey(key, site.rootKey)) continue;
        ctx.report(s.valueStart, s.valueEnd, `The trusted root key in this file is not the one in ${from}. A client given the wrong key rejects the site's own management points (or trusts a different hierarchy). Write the SMSPublicRootKey value from the site's file into it.`);
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

/** The key in a root key file (ANSI/UTF-8, or UTF-16 with a byte order mark); undefined when it holds no hex key. */
function keyFileText(b: Uint8Array): string | undefined {
  if (b.length > 64 * 1024) return undefined;
  const utf16 = b[0] === 0xff && b[1] === 0xfe;
  const text = utf16 ? new TextDecoder('utf-16le').decode(b.subarray(2)) : new TextDecoder().decode(b).replace(/^\uFEFF/, '');
  const key = text.trim();
  return key.length > 0 && /^[0-9A-Fa-f\s]+$/.test(key) ? key : undefined;
}
