// Hover text for values that stand for something the linter can read: the certificate file SMSSIGNCERT
// names, and a bulk registration token (decoded, never verified or sent anywhere).
import { keyDescription, type CertificateReport } from '../inspect/cert-roles';
import type { TokenInfo } from '../inspect/token';
import { sameRootKey, type SiteTrust } from '../inspect/site-trust';
import { bold, cat, code, Doc, lit, text, type Inline } from './render';

const day = (d: Date | undefined) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'unknown');

/** What the certificate file behind SMSSIGNCERT holds. `shown` is the path as written; `where` how it was found. */
export function certificateDoc(report: CertificateReport, shown: string, where?: string): Doc {
  const doc = new Doc();
  doc.para(bold('Certificate file'), ' · ', code(shown), where ? cat(' (', text(where), ')') : '');
  if (report.kind !== 'certificate') {
    doc.para(report.note);
    return doc;
  }
  const s = report.summary;
  const items: Inline[] = [
    cat(bold('Subject:'), ' ', text(s.subject || '(empty)')),
    cat(bold('Issuer:'), ' ', text(s.issuer || '(empty)'), s.selfIssued ? ' (self-signed)' : ''),
    cat(bold('Valid:'), ' ', day(s.notBefore), ' to ', day(s.notAfter), report.expired ? cat(' · ', bold('expired')) : report.notYetValid ? cat(' · ', bold('not yet valid')) : ''),
    cat(bold('SHA-1 thumbprint:'), ' ', code(s.sha1)),
    cat(bold('SHA-256:'), ' ', code(s.sha256)),
    cat(bold('Key:'), ' ', keyDescription(s)),
    cat(bold('Signature algorithm:'), ' ', text(s.signatureAlgorithm)),
    cat(
      bold('Enhanced key usage:'),
      ' ',
      s.enhancedKeyUsages === undefined
        ? lit('none listed (any purpose)')
        : s.enhancedKeyUsages.length === 0
          ? lit('empty')
          : cat(...s.enhancedKeyUsages.flatMap((e, i) => [i > 0 ? ', ' : '', e.name ? `${e.name} ` : '', cat('(', code(e.oid), ')')])),
    ),
  ];
  if (s.dnsNames.length) items.push(cat(bold('DNS names:'), ' ', text(s.dnsNames.join(', '))));
  doc.bullets(items);
  if (report.findings.length) doc.para(bold('Findings:'), ' ', report.findings.join(' '));
  else doc.para(bold('Findings:'), ' none: SHA-2 signed, in date, and the key is strong enough.');
  return doc;
}

/** The decoded claims of a registration token. */
export function tokenDoc(info: TokenInfo, now: Date): Doc {
  const doc = new Doc();
  doc.para(bold('Bulk registration token'), ' · decoded here, not verified and never sent anywhere');
  if (!info.payload) {
    doc.para('The value does not decode as a token (three base64url parts, the middle one JSON).');
    return doc;
  }
  const p = info.payload;
  const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') : undefined);
  const type = str(p.Type) ?? str(p.type) ?? str(p.SCCMTokenCategory) ?? str(info.header?.typ);
  const issued = typeof p.iat === 'number' && Number.isFinite(p.iat) ? new Date(p.iat * 1000) : info.notBefore;
  const expired = !!info.expires && info.expires.getTime() < now.getTime();
  const items: Inline[] = [
    cat(bold('Type:'), ' ', text(type ?? 'not stated')),
    cat(bold('Issuer:'), ' ', text(str(p.iss) ?? 'not stated')),
    cat(bold('Audience:'), ' ', text(str(p.aud) ?? 'not stated')),
    cat(bold('Issued:'), ' ', day(issued)),
    cat(bold('Expires:'), ' ', day(info.expires), expired ? cat(' · ', bold('expired')) : info.expires ? ' · still valid' : ''),
  ];
  doc.bullets(items);
  if (info.isDocumentationSample) doc.para('This is the sample token from Microsoft\'s documentation; it cannot register a device.');
  else if (expired) doc.para('The token has expired: ccmsetup cannot register the device with it.');
  else doc.para('Until it expires, anyone holding this token can register devices with the site. Keep it out of scripts.');
  return doc;
}

/** A trusted root key compared with the site's mobileclient.tcf; undefined when there is no site file to compare with. */
export function rootKeyDoc(value: string, site: SiteTrust | undefined): Doc | undefined {
  if (!site?.rootKey) return undefined;
  const digits = value.replace(/\s+/g, '').length;
  const where = site.source ?? 'mobileclient.tcf';
  const doc = new Doc().para(bold('Trusted root key'), ` · ${digits} hexadecimal digits`);
  if (sameRootKey(value, site.rootKey)) doc.para('Matches the SMSPublicRootKey entry of the site\'s ', code(where), '.');
  else doc.para(bold('Differs'), ' from the SMSPublicRootKey entry of the site\'s ', code(where), ' (CCM325).');
  return doc;
}
