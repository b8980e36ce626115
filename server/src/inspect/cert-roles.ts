// What a certificate file is, and how well it fits each ConfigMgr role it could play: the site server
// signing certificate (SMSSIGNCERT), a client authentication certificate, or the web server certificate
// of an HTTPS site system (management point, distribution point). Pure code over bytes: the hover, the
// certificate summary editor (through the language server) and the CLI share it.
// Requirements follow Microsoft's "PKI certificate requirements" page: client authentication EKU
// 1.3.6.1.5.5.7.3.2 with Digital Signature and Key Encipherment; server authentication EKU 1.3.6.1.5.5.7.3.1
// with the site system's FQDN in the subject or SAN; SHA-2 signatures everywhere (Windows doesn't trust SHA-1).
import { isPkcs12, summariseCertificate, type CertificateSummary } from './der';

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface RoleCheck {
  /** What is checked, e.g. "Signature algorithm". */
  label: string;
  status: CheckStatus;
  /** Why it passes or fails, in a sentence. */
  why: string;
}

export type CertificateRole = 'signing' | 'clientAuth' | 'webServer';

export interface RoleReport {
  role: CertificateRole;
  title: string;
  /** The worst status of its checks. */
  verdict: CheckStatus;
  checks: RoleCheck[];
}

export type CertificateReport =
  | {
      kind: 'certificate';
      summary: CertificateSummary;
      expired: boolean;
      notYetValid: boolean;
      /** Problems that matter whatever the role (the CCM323 findings and more). */
      findings: string[];
      roles: RoleReport[];
    }
  | { kind: 'pkcs12'; note: string }
  | { kind: 'invalid'; note: string };

export const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';
export const SERVER_AUTH_OID = '1.3.6.1.5.5.7.3.1';
export const DOCUMENT_SIGNING_OID = '1.3.6.1.4.1.311.10.3.12';
const ANY_PURPOSE_OID = '2.5.29.37.0';

export const PKCS12_NOTE =
  'This is a PKCS#12 (.pfx) file: it can hold a private key. It is not read further and no password is asked for. Do not distribute it with install scripts; hand out the certificate alone (.cer) instead.';
export const INVALID_NOTE = 'Not a certificate: the file is neither a DER (.cer) nor a PEM X.509 certificate, or it is damaged.';

const day = (d: Date) => d.toISOString().slice(0, 10);
const WORST: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** The checks every role shares: signature hash, validity, key size. */
function commonChecks(s: CertificateSummary, now: Date, minRsa: number): RoleCheck[] {
  const checks: RoleCheck[] = [];
  checks.push(
    s.weakSignature
      ? { label: 'Signature algorithm', status: 'fail', why: `Signed with ${s.signatureAlgorithm}; Windows no longer trusts SHA-1 (or MD5) signed certificates. Issue a SHA-2 one.` }
      : { label: 'Signature algorithm', status: 'pass', why: `Signed with ${s.signatureAlgorithm}.` },
  );
  checks.push(validityCheck(s, now));
  if (s.keyType === 'RSA') {
    checks.push(
      s.keyBits === undefined
        ? { label: 'Key size', status: 'warn', why: 'The RSA key size could not be read.' }
        : s.keyBits < minRsa
          ? { label: 'Key size', status: 'fail', why: `A ${s.keyBits}-bit RSA key is too weak; use at least ${minRsa} bits.` }
          : { label: 'Key size', status: 'pass', why: `${s.keyBits}-bit RSA key.` },
    );
  } else if (s.keyType === 'EC') {
    checks.push({ label: 'Key size', status: 'pass', why: `Elliptic-curve key${s.curve ? ` (${s.curve})` : ''}.` });
  } else {
    checks.push({ label: 'Key size', status: 'warn', why: 'The key is neither RSA nor elliptic-curve; check that ConfigMgr supports it.' });
  }
  return checks;
}

function validityCheck(s: CertificateSummary, now: Date): RoleCheck {
  const t = now.getTime();
  if (s.notAfter && s.notAfter.getTime() < t) return { label: 'Validity', status: 'fail', why: `Expired on ${day(s.notAfter)}.` };
  if (s.notBefore && s.notBefore.getTime() > t) return { label: 'Validity', status: 'fail', why: `Not valid before ${day(s.notBefore)}.` };
  if (!s.notAfter) return { label: 'Validity', status: 'warn', why: 'The validity period could not be read.' };
  const days = Math.floor((s.notAfter.getTime() - t) / 86_400_000);
  if (days < 30) return { label: 'Validity', status: 'warn', why: `Expires in ${days} day${days === 1 ? '' : 's'} (${day(s.notAfter)}); plan the renewal.` };
  return { label: 'Validity', status: 'pass', why: `Valid until ${day(s.notAfter)}.` };
}

function hasEku(s: CertificateSummary, id: string): boolean {
  return !!s.enhancedKeyUsages?.some((e) => e.oid === id || e.oid === ANY_PURPOSE_OID);
}

function ekuCheck(s: CertificateSummary, id: string, name: string): RoleCheck {
  if (!s.enhancedKeyUsages) {
    return { label: `${name} EKU`, status: 'warn', why: `The certificate has no enhanced key usage extension, so Windows allows any purpose; ConfigMgr expects ${name} (${id}) to be listed.` };
  }
  return hasEku(s, id)
    ? { label: `${name} EKU`, status: 'pass', why: `Lists ${name} (${id}).` }
    : { label: `${name} EKU`, status: 'fail', why: `${name} (${id}) is not among its enhanced key usages.` };
}

function verdict(checks: RoleCheck[]): CheckStatus {
  return checks.reduce<CheckStatus>((w, c) => (WORST[c.status] > WORST[w] ? c.status : w), 'pass');
}

function role(r: CertificateRole, title: string, checks: RoleCheck[]): RoleReport {
  return { role: r, title, checks, verdict: verdict(checks) };
}

function signingRole(s: CertificateSummary, now: Date): RoleReport {
  const checks = commonChecks(s, now, 2048);
  const cn = /(?:^|, )CN=([^,]*)/.exec(s.subject)?.[1] ?? '';
  checks.push(
    /^Site Server$/i.test(cn) || /site code of this site server is/i.test(s.subject)
      ? { label: 'Subject', status: 'pass', why: `${s.subject}: the name ConfigMgr gives its site server signing certificate.` }
      : { label: 'Subject', status: 'warn', why: `${s.subject || '(empty)'}: ConfigMgr's own signing certificate is named "Site Server"; check that this is the certificate from the site server's SMS store.` },
  );
  if (s.enhancedKeyUsages && !hasEku(s, DOCUMENT_SIGNING_OID)) {
    checks.push({ label: 'Document Signing EKU', status: 'warn', why: `Its enhanced key usages don't include Document Signing (${DOCUMENT_SIGNING_OID}), which a policy-signing certificate issued by a PKI needs.` });
  }
  checks.push({ label: 'Private key', status: 'pass', why: 'A certificate file holds only the public key, which is what SMSSIGNCERT should name.' });
  return role('signing', 'Site server signing certificate (SMSSIGNCERT)', checks);
}

function clientRole(s: CertificateSummary, now: Date): RoleReport {
  const checks = commonChecks(s, now, 2048);
  checks.push(ekuCheck(s, CLIENT_AUTH_OID, 'Client Authentication'));
  if (!s.keyUsage) {
    checks.push({ label: 'Key usage', status: 'warn', why: 'No key usage extension; the Workstation Authentication template sets Digital Signature and Key Encipherment.' });
  } else {
    const missing = ['Digital Signature', 'Key Encipherment'].filter((k) => !s.keyUsage!.includes(k));
    checks.push(
      missing.length === 0
        ? { label: 'Key usage', status: 'pass', why: 'Has Digital Signature and Key Encipherment.' }
        : { label: 'Key usage', status: 'fail', why: `Lacks ${missing.join(' and ')}.` },
    );
  }
  const unique = s.subject.length > 0 || s.dnsNames.length > 0;
  checks.push(
    unique
      ? { label: 'Subject or SAN', status: 'pass', why: s.dnsNames.length ? `Names ${s.dnsNames[0]} (ConfigMgr uses the first SAN value).` : `Subject ${s.subject}.` }
      : { label: 'Subject or SAN', status: 'fail', why: 'Neither the subject nor a subject alternative name identifies the computer.' },
  );
  if (s.isCA) checks.push({ label: 'End-entity', status: 'fail', why: 'This is a CA certificate, not a computer certificate.' });
  return role('clientAuth', 'Client authentication certificate', checks);
}

function webRole(s: CertificateSummary, now: Date): RoleReport {
  const checks = commonChecks(s, now, 2048);
  checks.push(ekuCheck(s, SERVER_AUTH_OID, 'Server Authentication'));
  const cn = /(?:^|, )CN=([^,]*)/.exec(s.subject)?.[1];
  if (s.dnsNames.length > 0) {
    checks.push({ label: 'Server names', status: 'pass', why: `Subject alternative names: ${s.dnsNames.join(', ')}. Clients must reach the site system by one of these.` });
  } else if (cn) {
    checks.push({ label: 'Server names', status: 'warn', why: `No DNS names in a subject alternative name; only the subject CN=${cn}. Add the intranet and internet FQDNs as DNS names.` });
  } else {
    checks.push({ label: 'Server names', status: 'fail', why: 'Neither a DNS subject alternative name nor a subject CN names the server.' });
  }
  if (s.isCA) checks.push({ label: 'End-entity', status: 'fail', why: 'This is a CA certificate, not a web server certificate.' });
  return role('webServer', 'Web server certificate (HTTPS management point, distribution point)', checks);
}

/** Reads a certificate file (DER or PEM) and judges it for each role. Never throws. */
export function inspectCertificate(bytes: Uint8Array, now: Date = new Date()): CertificateReport {
  try {
    if (isPkcs12(bytes)) return { kind: 'pkcs12', note: PKCS12_NOTE };
    const s = summariseCertificate(bytes);
    if (!s) return { kind: 'invalid', note: INVALID_NOTE };
    const expired = !!s.notAfter && s.notAfter.getTime() < now.getTime();
    const notYetValid = !!s.notBefore && s.notBefore.getTime() > now.getTime();
    const findings: string[] = [];
    if (expired) findings.push(`Expired on ${day(s.notAfter!)}.`);
    if (notYetValid) findings.push(`Not valid before ${day(s.notBefore!)}.`);
    if (s.weakSignature) findings.push(`Signed with ${s.signatureAlgorithm}, which Windows no longer trusts.`);
    if (s.keyType === 'RSA' && s.keyBits !== undefined && s.keyBits < 2048) findings.push(`The ${s.keyBits}-bit RSA key is under 2048 bits.`);
    return { kind: 'certificate', summary: s, expired, notYetValid, findings, roles: [signingRole(s, now), clientRole(s, now), webRole(s, now)] };
  } catch {
    return { kind: 'invalid', note: INVALID_NOTE };
  }
}

/** Key type and size in words: "RSA 2048 bits", "EC P-256". */
export function keyDescription(s: CertificateSummary): string {
  if (s.keyType === 'RSA') return `RSA${s.keyBits !== undefined ? ` ${s.keyBits} bits` : ''}`;
  if (s.keyType === 'EC') return `EC${s.curve ? ` ${s.curve}` : ''}${s.keyBits ? ` (${s.keyBits} bits)` : ''}`;
  return 'other';
}

/** The report as plain JSON data: dates as ISO strings, the key in words (for the LSP request and the CLI). */
export function serialiseReport(report: CertificateReport) {
  if (report.kind !== 'certificate') return report;
  const s = report.summary;
  return { ...report, summary: { ...s, notBefore: s.notBefore?.toISOString(), notAfter: s.notAfter?.toISOString(), key: keyDescription(s) } };
}

export type SerialisedReport = ReturnType<typeof serialiseReport>;
