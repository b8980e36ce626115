// Test certificates, made fresh with openssl for each run (no key is ever committed).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileAccess } from '../../server/src/rules/context';

export interface TestCerts {
  dir: string;
  /** RSA 2048, SHA-256, valid for ten years. */
  good: string;
  /** RSA 2048, signed with SHA-1. */
  sha1: string;
  /** RSA 1024, SHA-256. */
  rsa1024: string;
  /** Valid for one day from now (expired when the test says it is 2040). */
  shortLived: string;
  /** A PKCS#12 bundle (certificate and private key) saved under a .cer name. */
  pfxAsCer: string;
  /** good.cer as PEM text. */
  goodPem: string;
  /** sha1.cer as PEM text. */
  sha1Pem: string;
  /** Client authentication: EKU 1.3.6.1.5.5.7.3.2, Digital Signature + Key Encipherment, CN=PC01.contoso.com. */
  clientAuth: string;
  /** Web server: EKU 1.3.6.1.5.5.7.3.1, SAN DNS mp01.contoso.com and mp01, CN=mp01.contoso.com. */
  webServer: string;
  /** EC P-256 with Document Signing only, CN=Site Server. */
  ecSigning: string;
}

let cached: TestCerts | undefined;

/** Removes the generated folder; call from an `after` hook of a test file that used testCerts(). */
export function removeTestCerts(): void {
  if (cached) fs.rmSync(cached.dir, { recursive: true, force: true });
  cached = undefined;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'pipe' });
}

export function testCerts(): TestCerts {
  if (cached) return cached;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-certs-'));
  // test processes share the certificates for their whole run; the folder goes when the process does
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const cert = (name: string, bits: number, digest: string, days: number, subj = '/CN=Site Server', ext: string[] = [], key = `rsa:${bits}`) => {
    const keyArgs = key.startsWith('ec:') ? ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${key.slice(3)}`] : ['-newkey', key];
    const extArgs = ext.flatMap((e) => ['-addext', e]);
    openssl(['req', '-x509', ...keyArgs, '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, `-${digest}`, '-days', String(days), '-subj', subj, ...extArgs], dir);
    openssl(['x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.cer`], dir);
  };
  cert('good', 2048, 'sha256', 3650);
  cert('sha1', 2048, 'sha1', 3650);
  cert('rsa1024', 1024, 'sha256', 3650);
  cert('short-lived', 2048, 'sha256', 1);
  cert('client-auth', 2048, 'sha256', 365, '/CN=PC01.contoso.com', ['basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment', 'extendedKeyUsage=clientAuth']);
  cert('web-server', 2048, 'sha256', 365, '/CN=mp01.contoso.com', ['basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment', 'extendedKeyUsage=serverAuth', 'subjectAltName=DNS:mp01.contoso.com,DNS:mp01']);
  cert('ec-signing', 0, 'sha256', 365, '/CN=Site Server', ['extendedKeyUsage=1.3.6.1.4.1.311.10.3.12'], 'ec:P-256');
  openssl(['pkcs12', '-export', '-in', 'good.pem', '-inkey', 'good.key', '-out', 'pfx-as.cer', '-passout', 'pass:test-only'], dir);
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.key')) fs.rmSync(path.join(dir, f));
  cached = {
    dir,
    good: path.join(dir, 'good.cer'),
    sha1: path.join(dir, 'sha1.cer'),
    rsa1024: path.join(dir, 'rsa1024.cer'),
    shortLived: path.join(dir, 'short-lived.cer'),
    pfxAsCer: path.join(dir, 'pfx-as.cer'),
    goodPem: path.join(dir, 'good.pem'),
    sha1Pem: path.join(dir, 'sha1.pem'),
    clientAuth: path.join(dir, 'client-auth.cer'),
    webServer: path.join(dir, 'web-server.cer'),
    ecSigning: path.join(dir, 'ec-signing.cer'),
  };
  return cached;
}

/**
 * A FileAccess that serves the generated certificates by file name, whatever folder the command line
 * names (`SMSSIGNCERT=%~dp0sha1.cer`, `SMSSIGNCERT=C:\keys\sha1.cer`).
 */
export function certFileAccess(): FileAccess {
  const certs = testCerts();
  return {
    read(written: string) {
      const name = written.split(/[\\/]/).pop() ?? '';
      const file = path.join(certs.dir, name);
      return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    },
  };
}
