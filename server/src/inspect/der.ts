// A small DER reader: enough X.509 to summarise a certificate (subject, issuer, validity, signature
// algorithm, key type and size) and enough PKCS#12 to recognise a .pfx whatever its file name.
// Pure code over bytes, so the core stays free of Node APIs. Malformed input returns undefined.
import { sha1Hex, sha256Hex } from './hash';

interface Node {
  tag: number;
  start: number; // content start
  end: number; // content end
  next: number; // offset after this element
}

function read(b: Uint8Array, at: number, limit = b.length): Node | undefined {
  if (at + 2 > limit) return undefined;
  const tag = b[at];
  let len = b[at + 1];
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) return undefined;
    len = 0;
    for (let k = 0; k < n; k++) len = len * 256 + b[p + k];
    p += n;
  }
  if (p + len > limit) return undefined;
  return { tag, start: p, end: p + len, next: p + len };
}

function children(b: Uint8Array, n: Node): Node[] {
  const out: Node[] = [];
  for (let p = n.start; p < n.end; ) {
    const c = read(b, p, n.end);
    if (!c) return out;
    out.push(c);
    p = c.next;
    if (out.length > 10000) break;
  }
  return out;
}

function oid(b: Uint8Array, n: Node): string {
  const parts: number[] = [];
  let v = 0;
  for (let p = n.start; p < n.end; p++) {
    v = v * 128 + (b[p] & 0x7f);
    if (!(b[p] & 0x80)) {
      if (parts.length === 0) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

const text = (b: Uint8Array, n: Node) =>
  n.tag === 0x1e ? new TextDecoder('utf-16be').decode(b.subarray(n.start, n.end)) : new TextDecoder().decode(b.subarray(n.start, n.end));

function time(b: Uint8Array, n: Node): Date | undefined {
  const s = text(b, n);
  const m = n.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s);
  if (!m) return undefined;
  let year = Number(m[1]);
  if (n.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

const NAME_ATTRS: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'S', '2.5.4.10': 'O', '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.25': 'DC', '1.2.840.113549.1.9.1': 'E',
};

function name(b: Uint8Array, n: Node): string {
  const parts: string[] = [];
  for (const rdn of children(b, n)) {
    for (const atv of children(b, rdn)) {
      const [type, value] = children(b, atv);
      if (!type || !value) continue;
      const t = oid(b, type);
      parts.push(`${NAME_ATTRS[t] ?? t}=${text(b, value)}`);
    }
  }
  return parts.join(', ');
}

export const SIGNATURE_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
};

/** Enhanced key usages a ConfigMgr administrator meets, by OID. */
export const KEY_PURPOSES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '1.3.6.1.4.1.311.10.3.12': 'Document Signing',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '2.5.29.37.0': 'Any Purpose',
};

const KEY_USAGE_BITS = ['Digital Signature', 'Non-Repudiation', 'Key Encipherment', 'Data Encipherment', 'Key Agreement', 'Certificate Signing', 'CRL Signing', 'Encipher Only', 'Decipher Only'];

const CURVES: Record<string, { name: string; bits: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
};

export interface CertificateSummary {
  subject: string;
  issuer: string;
  notBefore?: Date;
  notAfter?: Date;
  signatureAlgorithm: string;
  /** True for SHA-1 or MD5 signatures. */
  weakSignature: boolean;
  keyType: 'RSA' | 'EC' | 'other';
  /** RSA modulus size, or the curve size for EC keys (undefined when unknown). */
  keyBits?: number;
  /** The named curve of an EC key (P-256, or its OID). */
  curve?: string;
  /** Serial number in hex. */
  serialNumber: string;
  /** SHA-1 and SHA-256 of the DER bytes, upper-case hex (the SHA-1 one is what Windows calls the thumbprint). */
  sha1: string;
  sha256: string;
  /** Enhanced key usages; undefined when the certificate has no EKU extension (then it is valid for any purpose). */
  enhancedKeyUsages?: { oid: string; name?: string }[];
  /** Key usage bits by name; undefined when the extension is absent. */
  keyUsage?: string[];
  /** DNS names from the subject alternative name extension. */
  dnsNames: string[];
  /** The basic constraints extension says this is a CA certificate. */
  isCA: boolean;
  /** The issuer and the subject are the same name. */
  selfIssued: boolean;
}

function extensions(b: Uint8Array, ext: Node | undefined) {
  const out = { eku: undefined as { oid: string; name?: string }[] | undefined, keyUsage: undefined as string[] | undefined, dnsNames: [] as string[], isCA: false };
  if (!ext) return out;
  const list = children(b, ext)[0];
  if (!list) return out;
  for (const e of children(b, list)) {
    const parts = children(b, e);
    if (parts.length < 2 || parts[0].tag !== 0x06) continue;
    const id = oid(b, parts[0]);
    const value = parts[parts.length - 1];
    if (value.tag !== 0x04) continue;
    const inner = read(b, value.start, value.end);
    if (!inner) continue;
    if (id === '2.5.29.37') {
      out.eku = children(b, inner).filter((c) => c.tag === 0x06).map((c) => {
        const o = oid(b, c);
        return { oid: o, name: KEY_PURPOSES[o] };
      });
    } else if (id === '2.5.29.15' && inner.tag === 0x03) {
      const names: string[] = [];
      for (let bit = 0; bit < KEY_USAGE_BITS.length; bit++) {
        const byte = inner.start + 1 + (bit >> 3);
        if (byte < inner.end && b[byte] & (0x80 >> (bit & 7))) names.push(KEY_USAGE_BITS[bit]);
      }
      out.keyUsage = names;
    } else if (id === '2.5.29.17') {
      for (const g of children(b, inner)) if (g.tag === 0x82) out.dnsNames.push(text(b, g));
    } else if (id === '2.5.29.19') {
      const ca = children(b, inner)[0];
      out.isCA = !!ca && ca.tag === 0x01 && b[ca.start] !== 0;
    }
  }
  return out;
}

const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('').toUpperCase();

/** DER bytes of a certificate given as DER or as PEM text. */
export function certificateBytes(data: Uint8Array): Uint8Array {
  if (data[0] === 0x30) return data;
  const pem = new TextDecoder().decode(data);
  const m = /-----BEGIN CERTIFICATE-----([\s\S]{0,100000}?)-----END CERTIFICATE-----/.exec(pem);
  if (!m) return data;
  const bin = atob(m[1].replace(/\s+/g, ''));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Summarises an X.509 certificate, or undefined when the bytes are not one. */
export function summariseCertificate(data: Uint8Array): CertificateSummary | undefined {
  try {
    const b = certificateBytes(data);
    const cert = read(b, 0);
    if (!cert || cert.tag !== 0x30) return undefined;
    const [tbs, sigAlg] = children(b, cert);
    if (!tbs || !sigAlg) return undefined;
    let fields = children(b, tbs);
    if (fields[0]?.tag === 0xa0) fields = fields.slice(1); // explicit version
    const [serial, , issuer, validity, subject, spki] = fields;
    if (!serial || serial.tag !== 0x02 || !issuer || !validity || !subject || !spki) return undefined;
    const der = b.subarray(0, cert.next);
    const [nb, na] = children(b, validity);
    const algOid = oid(b, children(b, sigAlg)[0]);
    const signatureAlgorithm = SIGNATURE_ALGORITHMS[algOid] ?? algOid;
    const [keyAlg, keyBitsNode] = children(b, spki);
    const keyOid = oid(b, children(b, keyAlg)[0]);
    let keyType: CertificateSummary['keyType'] = 'other';
    let keyBits: number | undefined;
    let curve: string | undefined;
    if (keyOid === '1.2.840.113549.1.1.1') {
      keyType = 'RSA';
      // BIT STRING: one byte of unused bits, then RSAPublicKey ::= SEQUENCE { modulus INTEGER, exponent INTEGER }
      const rsa = read(b, keyBitsNode.start + 1, keyBitsNode.end);
      const modulus = rsa ? children(b, rsa)[0] : undefined;
      if (modulus) {
        let p = modulus.start;
        while (p < modulus.end && b[p] === 0) p++;
        keyBits = (modulus.end - p) * 8 - (p < modulus.end ? Math.clz32(b[p]) - 24 : 0);
      }
    } else if (keyOid === '1.2.840.10045.2.1') {
      keyType = 'EC';
      const param = children(b, keyAlg)[1];
      if (param?.tag === 0x06) {
        const c = oid(b, param);
        curve = CURVES[c]?.name ?? c;
        keyBits = CURVES[c]?.bits;
      }
    }
    const ext = extensions(b, fields.slice(6).find((f) => f.tag === 0xa3));
    const subjectName = name(b, subject);
    const issuerName = name(b, issuer);
    return {
      subject: subjectName,
      issuer: issuerName,
      notBefore: nb ? time(b, nb) : undefined,
      notAfter: na ? time(b, na) : undefined,
      signatureAlgorithm,
      weakSignature: /sha1|md5/i.test(signatureAlgorithm),
      keyType,
      keyBits,
      curve,
      serialNumber: toHex(b.subarray(serial.start, serial.end)),
      sha1: sha1Hex(der),
      sha256: sha256Hex(der),
      enhancedKeyUsages: ext.eku,
      keyUsage: ext.keyUsage,
      dnsNames: ext.dnsNames,
      isCA: ext.isCA,
      selfIssued: subjectName === issuerName,
    };
  } catch {
    return undefined;
  }
}

/** True when the bytes are a PKCS#12 (.pfx/.p12) file: SEQUENCE { INTEGER 3, ContentInfo { pkcs7 data|signedData } }. */
export function isPkcs12(b: Uint8Array): boolean {
  const top = read(b, 0);
  if (!top || top.tag !== 0x30) return false;
  const [version, authSafe] = children(b, top);
  if (!version || version.tag !== 0x02 || version.end - version.start !== 1 || b[version.start] !== 3) return false;
  if (!authSafe || authSafe.tag !== 0x30) return false;
  const type = children(b, authSafe)[0];
  if (!type || type.tag !== 0x06) return false;
  const o = oid(b, type);
  return o === '1.2.840.113549.1.7.1' || o === '1.2.840.113549.1.7.2';
}
