// A small DER reader: enough X.509 to summarise a certificate (subject, issuer, validity, signature
// algorithm, key type and size) and enough PKCS#12 to recognise a .pfx whatever its file name.
// Pure code over bytes, so the core stays free of Node APIs. Malformed input returns undefined.

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

const text = (b: Uint8Array, n: Node) => new TextDecoder().decode(b.subarray(n.start, n.end));

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

export interface CertificateSummary {
  subject: string;
  issuer: string;
  notBefore?: Date;
  notAfter?: Date;
  signatureAlgorithm: string;
  /** True for SHA-1 or MD5 signatures. */
  weakSignature: boolean;
  keyType: 'RSA' | 'EC' | 'other';
  /** RSA modulus size in bits (undefined for other key types). */
  keyBits?: number;
}

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
    const [, , issuer, validity, subject, spki] = fields;
    if (!issuer || !validity || !subject || !spki) return undefined;
    const [nb, na] = children(b, validity);
    const algOid = oid(b, children(b, sigAlg)[0]);
    const signatureAlgorithm = SIGNATURE_ALGORITHMS[algOid] ?? algOid;
    const [keyAlg, keyBitsNode] = children(b, spki);
    const keyOid = oid(b, children(b, keyAlg)[0]);
    let keyType: CertificateSummary['keyType'] = 'other';
    let keyBits: number | undefined;
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
    } else if (keyOid === '1.2.840.10045.2.1') keyType = 'EC';
    return {
      subject: name(b, subject),
      issuer: name(b, issuer),
      notBefore: nb ? time(b, nb) : undefined,
      notAfter: na ? time(b, na) : undefined,
      signatureAlgorithm,
      weakSignature: /sha1|md5/i.test(signatureAlgorithm),
      keyType,
      keyBits,
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
