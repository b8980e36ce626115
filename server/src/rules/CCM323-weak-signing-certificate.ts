import { summariseCertificate } from '../inspect/der';
import { scriptFolderFile } from './paths';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM323',
    name: 'weak-signing-certificate',
    severity: 'information',
    description: 'SMSSIGNCERT names a readable certificate that is expired, SHA-1 signed or has an RSA key under 2048 bits.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('SMSSIGNCERT')) {
      if (!s.value) continue;
      // a variable is unknown, except the script's own folder (%~dp0, $PSScriptRoot): that file can be read
      const path = s.dynamic ? scriptFolderFile(s.value) : s.value.trim();
      if (path === undefined || /\.(pfx|p12)$/i.test(path)) continue;
      const bytes = ctx.options.files?.read(path, ctx.options.fileName);
      const cert = bytes ? summariseCertificate(bytes) : undefined;
      if (!cert) continue;
      const now = ctx.options.now ?? new Date();
      const problems: string[] = [];
      if (cert.notAfter && cert.notAfter.getTime() < now.getTime()) problems.push(`expired on ${cert.notAfter.toISOString().slice(0, 10)}`);
      if (cert.weakSignature) problems.push(`is signed with ${cert.signatureAlgorithm}, which Windows no longer trusts`);
      if (cert.keyType === 'RSA' && cert.keyBits !== undefined && cert.keyBits < 2048) problems.push(`has a ${cert.keyBits}-bit RSA key (under 2048)`);
      if (problems.length === 0) continue;
      ctx.report(s.valueStart, s.valueEnd, `The signing certificate in this file (${cert.subject}) ${problems.join(', ')}. Renew the site server signing certificate and export the new one.`);
    }
  },
};
