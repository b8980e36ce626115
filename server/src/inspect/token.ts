// Reads (never verifies, never sends) a bulk registration token: a JWT whose payload says its type,
// issuer, audience and lifetime. Used to tell an expired token or Microsoft's documentation sample
// from a live credential.

export interface TokenInfo {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
  expires?: Date;
  notBefore?: Date;
  /** The sample token printed in Microsoft's documentation. */
  isDocumentationSample: boolean;
}

// Identifiers of the documentation's sample: its signing certificate thumbprint and unique id.
const SAMPLE_X5T = 'OSo8vNgyVWQR9CaXyOiZpqe09W4';
const SAMPLE_PAYLOAD_PREFIX = 'eyJTQ0NNVG9rZW5DYXRlZ29yeSI6IlN7Q01QcmVBdXRoVG9rZW4i';

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const json = new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    const v = JSON.parse(json);
    return typeof v === 'object' && v !== null ? v : undefined;
  } catch {
    return undefined;
  }
}

export function readToken(token: string): TokenInfo {
  const [h, p] = token.trim().split('.');
  const header = h ? decodePart(h) : undefined;
  const payload = p ? decodePart(p) : undefined;
  const seconds = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000) : undefined);
  return {
    header,
    payload,
    expires: seconds(payload?.exp),
    notBefore: seconds(payload?.nbf),
    isDocumentationSample: header?.x5t === SAMPLE_X5T || (p ?? '').startsWith(SAMPLE_PAYLOAD_PREFIX),
  };
}
