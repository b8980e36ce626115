// The `ccmlint/certificate` request: the certificate summary editor in VS Code asks the server to read a
// certificate file and judge it for each ConfigMgr role, so the checks live in one place (../inspect).
// Only the file the client names is read, at most 1 MiB; a PKCS#12 file is recognised, never opened.
import * as fs from 'node:fs';
import { inspectCertificate, serialiseReport, type SerialisedReport } from '../inspect/cert-roles';
import { filePath } from './server';

export const CERTIFICATE_REQUEST = 'ccmlint/certificate';
const MAX_BYTES = 1024 * 1024;

export interface CertificateParams {
  uri: string;
}

export type CertificateResponse = { kind: 'error'; note: string } | SerialisedReport;

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
  return serialiseReport(inspectCertificate(bytes, now));
}
