// The site's trust anchors as the site server writes them in mobileclient.tcf (\bin\<platform> on the
// site server): an ini-like file whose entries include `SMSPublicRootKey=<hex>` (the trusted root key,
// for SMSPUBLICROOTKEY) and `CertificateIssuers=<list>` (the certificate issuers list, for CCMCERTISSUERS).
// Pure text parsing; the language server and the CLI find the file.

export interface SiteTrust {
  /** The trusted root key, as written (a hexadecimal string). */
  rootKey?: string;
  /** The certificate issuers list, without surrounding quotes. */
  issuers?: string;
  /** Where it was read (shown in messages), e.g. `keys/mobileclient.tcf`. */
  source?: string;
}

const MAX_LINE = 20000;

/** Reads SMSPublicRootKey and CertificateIssuers (or CCMCERTISSUERS) from the text of a mobileclient.tcf. */
export function parseMobileClientTcf(text: string, source?: string): SiteTrust {
  const out: SiteTrust = { source };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.length > MAX_LINE) continue;
    const line = raw.trim();
    if (line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim().toLowerCase();
    const value = unquote(line.slice(eq + 1).trim());
    if (value.length === 0) continue;
    if (key === 'smspublicrootkey' && out.rootKey === undefined) out.rootKey = value;
    else if ((key === 'certificateissuers' || key === 'ccmcertissuers') && out.issuers === undefined) out.issuers = value;
  }
  return out;
}

function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

/** A root key compared without case or whitespace. */
export function sameRootKey(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return n(a) === n(b);
}

/** `CN = Root` -> `CN=Root` (spaces around the first = dropped). */
function attribute(part: string): string {
  const p = part.trim();
  const eq = p.indexOf('=');
  return eq < 0 ? p : `${p.slice(0, eq).trim()}=${p.slice(eq + 1).trim()}`;
}

/** An issuers list compared root by root and attribute by attribute, ignoring the spacing around separators (values stay case-sensitive). */
export function sameIssuers(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .split('|')
      .map((root) => root.split(/[;,]/).map(attribute).filter((p) => p.length > 0).join(';'))
      .join('|');
  return n(a) === n(b);
}
