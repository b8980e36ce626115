// `ccmlint --certificate <file>`: the certificate summary and role checks of the editor's summary view,
// on the command line (text or JSON). Reads the one file named; a PKCS#12 file is recognised, never opened.
import * as fs from 'node:fs';
import { inspectCertificate, serialiseReport } from '../inspect/cert-roles';
import { certificateDoc } from '../features/file-docs';

const MAX_BYTES = 1024 * 1024;
const MARK = { pass: 'pass', warn: 'check', fail: 'FAIL' } as const;

/** The report and the exit code: 0 a sound certificate, 1 one with findings, 2 not a readable certificate. */
export function certificateCommand(file: string, format: 'text' | 'json' | 'sarif', now = new Date()): { output: string; code: number } {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(file).size > MAX_BYTES) return { output: `${file}: larger than 1 MiB, not a certificate\n`, code: 2 };
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { output: `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})\n`, code: 2 };
  }
  const report = inspectCertificate(bytes, now);
  const code = report.kind !== 'certificate' ? 2 : report.findings.length > 0 ? 1 : 0;
  if (format === 'json') return { output: `${JSON.stringify({ file, ...serialiseReport(report) }, null, 2)}\n`, code };
  let out = `${certificateDoc(report, file).render(false)}\n`;
  if (report.kind === 'certificate') {
    for (const role of report.roles) {
      out += `\n${role.title}: ${MARK[role.verdict]}\n`;
      for (const c of role.checks) out += `  ${MARK[c.status].padEnd(5)}  ${c.label}: ${c.why}\n`;
    }
  }
  return { output: out, code };
}
