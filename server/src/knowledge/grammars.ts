// Validators for each value grammar of the knowledge base. A validator judges a literal value (quotes
// already removed) and says what is wrong in a few words, with the one valid value meant when it is
// unambiguous (a case slip or a known typo), so CCM104 can offer it as a fix.
import { suggest } from './index';
import type { ValueGrammar } from './types';

export type Verdict = { ok: true } | { ok: false; problem: string; suggestion?: string };

const OK: Verdict = { ok: true };
const bad = (problem: string, suggestion?: string): Verdict => ({ ok: false, problem, suggestion });

/** Supported certificate attributes for SubjectAttr: OIDs and their DN short names. */
export const CERT_ATTRIBUTES: readonly { oid: string; names: string[]; description: string }[] = [
  { oid: '0.9.2342.19200300.100.1.25', names: ['DC'], description: 'Domain component' },
  { oid: '1.2.840.113549.1.9.1', names: ['E', 'E-mail'], description: 'Email address' },
  { oid: '2.5.4.3', names: ['CN'], description: 'Common name' },
  { oid: '2.5.4.4', names: ['SN'], description: 'Subject name (surname)' },
  { oid: '2.5.4.5', names: ['SERIALNUMBER'], description: 'Serial number' },
  { oid: '2.5.4.6', names: ['C'], description: 'Country code' },
  { oid: '2.5.4.7', names: ['L'], description: 'Locality' },
  { oid: '2.5.4.8', names: ['S', 'ST'], description: 'State or province name' },
  { oid: '2.5.4.9', names: ['STREET'], description: 'Street address' },
  { oid: '2.5.4.10', names: ['O'], description: 'Organization name' },
  { oid: '2.5.4.11', names: ['OU'], description: 'Organizational unit' },
  { oid: '2.5.4.12', names: ['T', 'Title'], description: 'Title' },
  { oid: '2.5.4.42', names: ['G', 'GN', 'GivenName'], description: 'Given name' },
  { oid: '2.5.4.43', names: ['I', 'Initials'], description: 'Initials' },
  { oid: '2.5.29.17', names: [], description: 'Subject alternative name' },
];

export const CERT_SELECTION_KEYWORDS: readonly { keyword: string; description: string }[] = [
  { keyword: 'Subject', description: 'Exact match of the whole string in the subject name (case-sensitive) or the subject alternative name.' },
  { keyword: 'SubjectStr', description: 'Partial (substring) match in the subject name or the subject alternative name, case-insensitive.' },
  { keyword: 'SubjectAttr', description: 'Match of one subject attribute, named by OID or short name: SubjectAttr:OU = Computers.' },
];

export const CACHE_FLAGS: readonly { flag: string; description: string }[] = [
  { flag: 'PERCENTDISKSPACE', description: 'SMSCACHESIZE is a percentage of the total disk space.' },
  { flag: 'PERCENTFREEDISKSPACE', description: 'SMSCACHESIZE is a percentage of the free disk space.' },
  { flag: 'MAXDRIVE', description: 'Put the cache on the largest available disk (ignored when SMSCACHEDIR is a path).' },
  { flag: 'MAXDRIVESPACE', description: 'Put the cache on the disk with the most free space (ignored when SMSCACHEDIR is a path).' },
  { flag: 'NTFSONLY', description: 'Only use NTFS-formatted disks (ignored when SMSCACHEDIR is a path).' },
  { flag: 'COMPRESS', description: 'Keep the cache compressed.' },
  { flag: 'FAILIFNOSPACE', description: 'Remove the client if there is not enough space for the cache.' },
];

export const CONFIG_SOURCE_LETTERS: readonly { letter: string; description: string }[] = [
  { letter: 'R', description: 'Registry: settings provisioned by Group Policy.' },
  { letter: 'P', description: 'The installation properties on the command line.' },
  { letter: 'M', description: 'The existing settings of an older client being upgraded.' },
  { letter: 'U', description: 'Upgrade the installed client with its assigned site code.' },
];

const HOST_RE = /^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$/;
const CMG_PATH_RE = /^\/CCM_Proxy_(MutualAuth|ServerAuth)\/\d+$/i;
const GUID_RE = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

function validateHost(v: string, allowCmgPath: boolean): Verdict {
  if (/^https?:\/\//i.test(v)) return OK; // a scheme is judged by CCM202 (CCMHOSTNAME)
  const slash = v.indexOf('/');
  const host = slash >= 0 ? v.slice(0, slash) : v;
  const path = slash >= 0 ? v.slice(slash) : '';
  const hostOnly = host.replace(/:\d{1,5}$/, '');
  if (!HOST_RE.test(hostOnly)) return bad('not a server name or FQDN');
  if (path && !(allowCmgPath && CMG_PATH_RE.test(path))) return bad('has a path; only a cloud management gateway name may (host/CCM_Proxy_MutualAuth/<id>)');
  return OK;
}

function validateManagementPoint(v: string): Verdict {
  const m = /^(https?):\/\/(.*)$/i.exec(v);
  const rest = m ? m[2] : v;
  if (rest.length === 0) return bad('names no server');
  const slash = rest.indexOf('/');
  const host = (slash >= 0 ? rest.slice(0, slash) : rest).replace(/:\d{1,5}$/, '');
  if (!HOST_RE.test(host)) return bad('not a server name, FQDN or https:// URL');
  return OK;
}

function validateCertSelection(v: string): Verdict {
  const m = /^([A-Za-z]+)\s*:(.*)$/s.exec(v);
  if (!m) return bad('must start with Subject:, SubjectStr: or SubjectAttr:');
  const keyword = CERT_SELECTION_KEYWORDS.find((k) => k.keyword.toLowerCase() === m[1].toLowerCase());
  if (!keyword) {
    const s = suggest(m[1], CERT_SELECTION_KEYWORDS.map((k) => k.keyword));
    return bad(`"${m[1]}" is not a selection keyword (Subject, SubjectStr or SubjectAttr)`, s ? `${s}:${m[2]}` : undefined);
  }
  const criteria = m[2].trim();
  if (criteria.length === 0) return bad(`${keyword.keyword}: needs the text to match`);
  if (keyword.keyword === 'SubjectAttr') {
    const a = /^([A-Za-z][A-Za-z-]*|[0-9]+(?:\.[0-9]+)+)\s*=\s*(.*)$/s.exec(criteria);
    if (!a) return bad('SubjectAttr: needs <OID or attribute name> = <value>, for example SubjectAttr:OU = Computers');
    const known = CERT_ATTRIBUTES.some((x) => x.oid === a[1] || x.names.some((nm) => nm.toLowerCase() === a[1].toLowerCase()));
    if (!known) return bad(`"${a[1]}" is not a supported certificate attribute (OU, CN, O, DC, 2.5.4.11, ...)`);
    if (a[2].trim().length === 0) return bad('SubjectAttr: needs a value after =');
  }
  return OK;
}

function validateCertIssuers(v: string): Verdict {
  const roots = v.split('|');
  for (const root of roots) {
    const parts = root.split(/[;,]/).map((p) => p.trim());
    if (parts.every((p) => p.length === 0)) return bad('has an empty root CA between | separators');
    const first = parts.find((p) => p.length > 0)!;
    if (!/^[A-Za-z][A-Za-z0-9.-]*\s*=\s*\S/.test(first)) {
      return bad(`"${first}" is not an attribute=value pair such as CN=Contoso Root CA`);
    }
    // later parts may be the continuation of a value that holds a comma (O=Contoso, Ltd)
  }
  return OK;
}

/** Judges a literal value against a grammar. Values with variables never reach this. */
export function validateValue(grammar: ValueGrammar, value: string): Verdict {
  const v = value.trim();
  switch (grammar.type) {
    case 'none':
    case 'text':
    case 'path':
      return OK;
    case 'rootKey': {
      // the key is a public key blob written as hexadecimal digits (two per byte)
      const k = v.replace(/\s+/g, '');
      if (!/^[0-9A-Fa-f]+$/.test(k)) return bad('is not a trusted root key: copy the hexadecimal SMSPublicRootKey value from mobileclient.tcf');
      if (k.length % 2 !== 0) return bad('has an odd number of hexadecimal digits, so part of the key is missing');
      return OK;
    }
    case 'enum': {
      if (grammar.values.some((e) => e.value.toLowerCase() === v.toLowerCase())) return OK;
      const s = suggest(v, grammar.values.map((e) => e.value));
      return bad(`must be one of ${grammar.values.map((e) => e.value).join(', ')}`, s);
    }
    case 'boolean': {
      if (/^(true|false)$/i.test(v)) return OK;
      const s = /^(1|yes|y|on|enabled?)$/i.test(v) ? 'TRUE' : /^(0|no|n|off|disabled?)$/i.test(v) ? 'FALSE' : suggest(v, ['TRUE', 'FALSE']);
      return bad('must be TRUE or FALSE', s);
    }
    case 'zeroOne': {
      if (v === '0' || v === '1') return OK;
      const s = /^(true|yes|on)$/i.test(v) ? '1' : /^(false|no|off)$/i.test(v) ? '0' : undefined;
      return bad('must be 0 or 1', s);
    }
    case 'integer': {
      if (!/^[0-9]+$/.test(v)) return bad(`must be a whole number${grammar.unit ? ` of ${grammar.unit}` : ''}`);
      const n = Number(v);
      if (grammar.min !== undefined && n < grammar.min) return bad(rangeText(grammar));
      if (grammar.max !== undefined && n > grammar.max) return bad(rangeText(grammar));
      return OK;
    }
    case 'siteCode':
      if (/^auto$/i.test(v) || /^[A-Za-z0-9]{3}$/.test(v)) return OK;
      return bad('must be AUTO or a three-character site code of A-Z and 0-9');
    case 'guid':
      return GUID_RE.test(v) ? OK : bad('must be a GUID such as 7506ee10-f7ec-415a-b415-cd3d58790d97');
    case 'host':
      return validateHost(v, true);
    case 'managementPoint':
      return validateManagementPoint(v);
    case 'url':
      return /^https?:\/\/\S+$/i.test(v) ? OK : bad('must be a URI such as https://contososerver');
    case 'list': {
      if (v.includes(',')) return OK; // a comma list is CCM010's finding
      const items = v.split(';');
      for (let k = 0; k < items.length; k++) {
        const item = items[k].trim();
        if (item.length === 0) {
          if (k === items.length - 1 && k > 0) continue; // a trailing ; is harmless
          return bad('has an empty entry between ; separators');
        }
        const r = validateValue(grammar.of, item);
        if (!r.ok) return bad(`entry "${item}" ${r.problem}`);
      }
      return OK;
    }
    case 'certSelection':
      return validateCertSelection(v);
    case 'certIssuers':
      return validateCertIssuers(v);
    case 'cacheFlags': {
      if (v.includes(',')) return OK; // CCM010
      for (const flag of v.split(';').map((f) => f.trim())) {
        if (flag.length === 0) continue;
        if (!CACHE_FLAGS.some((f) => f.flag.toLowerCase() === flag.toLowerCase())) {
          const s = suggest(flag, CACHE_FLAGS.map((f) => f.flag));
          return bad(`"${flag}" is not a cache flag (${CACHE_FLAGS.map((f) => f.flag).join(', ')})`, s ? v.replace(flag, s) : undefined);
        }
      }
      return OK;
    }
    case 'configSource': {
      if (!/^[RPMU]+$/i.test(v)) return bad('must be letters from R, P, M and U (for example PU or RP)');
      if (new Set(v.toUpperCase()).size !== v.length) return bad('names a letter twice');
      return OK;
    }
    case 'token':
      return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(v)
        ? OK
        : bad('is not a bulk registration token (three base64url parts separated by dots)');
    case 'deploymentId':
      return /^[A-Za-z0-9]{3}[0-9A-Fa-f]{5}$/.test(v) ? OK : bad('must be a task sequence deployment ID such as PRI20001');
    case 'accounts':
      return v.split(';').some((a) => a.trim().length > 0) ? OK : bad('names no account');
  }
}

function rangeText(g: { min?: number; max?: number; unit?: string }): string {
  const unit = g.unit ? ` ${g.unit}` : '';
  if (g.min !== undefined && g.max !== undefined) return `must be between ${g.min} and ${g.max}${unit}`;
  if (g.min !== undefined) return `must be at least ${g.min}${unit}`;
  return `must be at most ${g.max}${unit}`;
}
