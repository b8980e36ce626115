// The `ccmlint/certificate` request: the certificate summary editor in VS Code asks the server to read a
// certificate file and judge it for each ConfigMgr role, so the checks live in one place (../inspect).
// Only the file the client names is read, at most 1 MiB; a PKCS#12 file is recognised, never opened.
import * as fs from 'node:fs';
import { inspectCertificate, keyDescription, type CertificateReport } from '../inspect/cert-roles';
import { filePath } from './server';

export const CERTIFICATE_REQUEST = 'ccmlint/certificate';
const MAX_BYTES = 1024 * 1024;

export interface CertificateParams {
  uri: string;
}

/** The report with dates as ISO strings and the key in words, ready to send as JSON. */
export type CertificateResponse =
  | { kind: 'error'; note: string }
  | (Exclude<CertificateReport, { kind: 'certificate' }>)
  | (Omit<Extract<CertificateReport, { kind: 'certificate' }>, 'summary'> & {
      summary: Omit<Extract<CertificateReport, { kind: 'certificate' }>['summary'], 'notBefore' | 'notAfter'> & { notBefore?: string; notAfter?: string; key: string };
    });

export function certificateResponse(params: CertificateParams, now = new Date()): CertificateResponse {
  const file = typeof params?.uri === 'string' ? filePath(params.uri) : undefined;
  if (!file) return { kind: 'error', note: 'Only files on this computer can be read.' };
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { kind: 'error', note: 'This is not a file.' };
    if (stat.size > MAX_BYTES) return { kind: 'error', note: 'The file is larger than 1 MiB, too large for a certificate.' };
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { kind: 'error', note: `The file cannot be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}.` };
  }
  const report = inspectCertificate(bytes, now);
  if (report.kind !== 'certificate') return report;
  const s = report.summary;
  return { ...report, summary: { ...s, notBefore: s.notBefore?.toISOString(), notAfter: s.notAfter?.toISOString(), key: keyDescription(s) } };
}
