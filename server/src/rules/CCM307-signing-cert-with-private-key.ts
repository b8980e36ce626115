import { isPkcs12 } from '../inspect/der';
import { scriptFolderFile } from './paths';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM307',
    name: 'signing-cert-with-private-key',
    severity: 'error',
    description: 'SMSSIGNCERT names a .pfx or .p12 file, or a file that is PKCS#12.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSSIGNCERT')) {
      if (!s.value) continue;
      // a variable is unknown, except the script's own folder (%~dp0, $PSScriptRoot): that file can be read
      const path = s.dynamic ? scriptFolderFile(s.value) : s.value.trim();
      if (path === undefined) continue;
      const byName = /\.(pfx|p12)$/i.test(path);
      const bytes = byName ? undefined : ctx.options.files?.read(path, ctx.options.fileName);
      if (!byName && !(bytes && isPkcs12(bytes))) continue;
      ctx.report(s.valueStart, s.valueEnd, `${byName ? 'This is a .pfx/.p12 file' : 'This file is a PKCS#12 (.pfx) file'}: it can hold the private key that signs all client policy. Export the site server signing certificate without its private key (.cer), and if this file has been copied around, consider the key exposed.`);
    }
  },
};
