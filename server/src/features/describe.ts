// Documentation of settings, values, rules and programs, built from the knowledge base and the rule
// metadata. Hover, completion (resolve) and signature help all render from here, so the same setting
// reads the same everywhere.
import type { Config } from '../analyse/config';
import { findReadinessParameter, findSetting } from '../knowledge';
import { PREREQUISITE_FILES } from '../knowledge/prerequisites';
export { PREREQUISITE_FILES };
import { CACHE_FLAGS, CERT_ATTRIBUTES, CERT_SELECTION_KEYWORDS, CONFIG_SOURCE_LETTERS } from '../knowledge/grammars';
import { CCMSETUP_PARAMETERS_SECTION, CERT_ATTRIBUTES_SECTION, HTTPS_READINESS_SECTION, PREREQUISITES_PAGE } from '../knowledge/links';
import type { ReadinessParameterInfo, SettingInfo, ValueGrammar } from '../knowledge/types';
import { ruleDocsUrl } from '../project';
import type { RuleMeta } from '../rules';
import { Doc, bold, cat, code, joinInline, lit, md, type Inline } from './render';
import type { ValuePartKind } from './position';

// ---- deprecation, from the knowledge base ------------------------------------------------------------------

/** A value that is still parsed but was removed and is insecure (marked deprecated in the knowledge base). */
export function isDeprecatedValue(setting: string, value: string): boolean {
  const grammar = findSetting(setting)?.value;
  return grammar?.type === 'enum' && grammar.values.some((v) => v.deprecated && v.value.toLowerCase() === value.toLowerCase());
}

export function isDeprecatedSetting(info: SettingInfo): boolean {
  return info.status === 'obsolete';
}

// ---- settings ----------------------------------------------------------------------------------------------

function kindLabel(info: SettingInfo): string {
  if (info.status === 'passthrough') return 'Windows Installer property';
  if (info.name === 'CCMSETUPCMD') return 'ccmsetup.msi property';
  return info.kind === 'parameter' ? 'ccmsetup.exe parameter' : 'Client.msi property';
}

/** The status callout: obsolete, hidden, undocumented, internal or passed through to msiexec. */
export function statusNote(info: SettingInfo): Inline | undefined {
  switch (info.status) {
    case 'obsolete':
      return cat(bold('Obsolete.'), ' ', info.replacement ? cat('Use ', code(info.replacement), ' instead.') : 'Current clients ignore it.');
    case 'hidden':
      return cat(bold('Hidden.'), ' No longer in Microsoft\'s current reference, but clients still read it.');
    case 'undocumented':
      return cat(bold('Undocumented.'), ' Microsoft doesn\'t document it; what it does is not known for certain.');
    case 'internal':
      return cat(bold('Internal.'), ' Not in Microsoft\'s reference: a switch Configuration Manager\'s own command lines use. It may change without notice.');
    case 'passthrough':
      return cat(bold('Passed through.'), ' Not a Configuration Manager property: ccmsetup hands it to Windows Installer.');
    default:
      return undefined;
  }
}

/** The setting's default (in words) starts with this value: `NORMAL`, `1`, `WINSSECURE`. */
export function isDefaultValue(info: SettingInfo | undefined, value: string): boolean {
  if (!info?.default) return false;
  const d = info.default.trim();
  return d.toLowerCase().startsWith(value.toLowerCase()) && !/[A-Za-z0-9]/.test(d[value.length] ?? '');
}

/** The allowed values of a grammar as bullets (keywords with their meaning), or undefined for free values. */
export function allowedValueBullets(grammar: ValueGrammar, info?: SettingInfo): Inline[] | undefined {
  const mark = (v: string) => {
    const notes: string[] = [];
    if (isDefaultValue(info, v)) notes.push('default');
    if (info && isDeprecatedValue(info.name, v)) notes.push('deprecated');
    return notes.length ? ` (${notes.join(', ')})` : '';
  };
  switch (grammar.type) {
    case 'enum':
    case 'zeroOne':
      return grammar.values.map((v) => cat(code(v.value), mark(v.value), ': ', md(v.description)));
    case 'boolean':
      return [cat(code('TRUE'), mark('TRUE'), ': switches it on.'), cat(code('FALSE'), mark('FALSE'), ': switches it off.')];
    case 'siteCode':
      return [cat('A three-character site code of A-Z and 0-9 naming a primary site.'), cat(code('AUTO'), ': find the site in Active Directory or through a management point.')];
    case 'certSelection':
      return CERT_SELECTION_KEYWORDS.map((k) => cat(code(`${k.keyword}:`), ' ', md(k.description)));
    case 'cacheFlags':
      return CACHE_FLAGS.map((f) => cat(code(f.flag), ': ', md(f.description)));
    case 'configSource':
      return CONFIG_SOURCE_LETTERS.map((l) => cat(code(l.letter), ': ', md(l.description)));
    case 'list':
      return info?.name === '/skipprereq' ? PREREQUISITE_FILES.map((p) => cat(code(p.file), ': ', p.description)) : undefined;
    default:
      return undefined;
  }
}

/** Full documentation of a parameter or property (hover on the name, resolved completion items). */
export function settingDoc(info: SettingInfo): Doc {
  const doc = new Doc();
  doc.para(bold(info.name), ` · ${kindLabel(info)}`);
  doc.para(code(info.syntax));
  const status = statusNote(info);
  if (status) doc.para(status);
  doc.para(md(info.summary));
  if (info.description && info.description !== info.summary) doc.para(md(info.description));
  if (info.default) doc.para(bold('Default:'), ' ', md(info.default));
  const values = allowedValueBullets(info.value, info);
  if (values && values.length) {
    doc.para(bold(info.name === '/skipprereq' ? 'Known prerequisite files:' : 'Allowed values:'));
    doc.bullets(values);
  }
  if (info.security) doc.section('Security', md(info.security));
  if (info.since) doc.para(bold('Version:'), ' ', md(info.since));
  doc.link('Microsoft documentation', info.docs);
  return doc;
}

/** Documentation of a cmHttpsReadiness.exe option. */
export function readinessDoc(r: ReadinessParameterInfo): Doc {
  const doc = new Doc();
  doc.para(bold(r.name), ' · CMHttpsReadiness.exe option');
  doc.para(code(r.syntax));
  doc.para(md(r.summary));
  const same = r.sameAs ? findSetting(r.sameAs) : undefined;
  if (same) {
    doc.para('Takes the same value as the Client.msi property ', code(same.name), ': ', md(same.summary));
    const values = allowedValueBullets(r.value, same);
    if (values && values.length) {
      doc.para(bold('Allowed values:'));
      doc.bullets(values);
    }
  }
  doc.link('Microsoft documentation', r.docs);
  return doc;
}

// ---- values ------------------------------------------------------------------------------------------------

const PREREQ_INDEX = new Map(PREREQUISITE_FILES.map((p) => [p.file.toLowerCase(), p]));
const KEYWORD_INDEX = new Map(CERT_SELECTION_KEYWORDS.map((k) => [k.keyword.toLowerCase(), k]));
const ATTRIBUTE_INDEX = new Map<string, (typeof CERT_ATTRIBUTES)[number]>();
for (const a of CERT_ATTRIBUTES) {
  ATTRIBUTE_INDEX.set(a.oid, a);
  for (const n of a.names) ATTRIBUTE_INDEX.set(n.toLowerCase(), a);
}
const FLAG_INDEX = new Map(CACHE_FLAGS.map((f) => [f.flag.toLowerCase(), f]));
const LETTER_INDEX = new Map(CONFIG_SOURCE_LETTERS.map((l) => [l.letter.toLowerCase(), l]));

export function certAttribute(name: string) {
  return ATTRIBUTE_INDEX.get(/^[0-9.]+$/.test(name) ? name : name.toLowerCase());
}

export function prerequisiteFile(name: string) {
  return PREREQ_INDEX.get(name.toLowerCase());
}

export const AUTO_SITE_TEXT =
  'The client looks up its site in Active Directory or asks a management point. On an upgrade it only takes effect with ' +
  '`SITEREASSIGN=TRUE`. Where the client can\'t read the site from Active Directory and has no pre-provisioned trusted root ' +
  'key or PKI, it trusts the first management point it reaches.';

/** What one value (or part of a value) means, or undefined when it is no keyword this linter knows. */
export function valueDoc(
  info: SettingInfo | undefined,
  grammar: ValueGrammar | undefined,
  part: ValuePartKind,
  value: string,
  config?: Config,
): Doc | undefined {
  if (!grammar) return undefined;
  const v = value.trim();
  if (v.length === 0) return undefined;
  const owner = info ? info.name : undefined;
  /** "**NOWINS** · `SMSDIRECTORYLOOKUP` value (the default)" */
  const title = (shown: string, what: string, notes?: Inline) =>
    new Doc().para(bold(shown), ' · ', owner ? cat(code(owner), ' ') : '', what, notes);
  switch (grammar.type) {
    case 'enum':
    case 'zeroOne': {
      const e = grammar.values.find((x) => x.value.toLowerCase() === v.toLowerCase());
      if (!e) return undefined;
      const deprecated = owner ? isDeprecatedValue(owner, e.value) : false;
      const notes = cat(isDefaultValue(info, e.value) ? ' (the default)' : '', deprecated ? cat(' · ', bold('deprecated and insecure')) : '');
      return title(e.value, 'value', notes).para(md(e.description));
    }
    case 'boolean': {
      const upper = v.toUpperCase();
      if (upper !== 'TRUE' && upper !== 'FALSE') return undefined;
      const doc = title(upper, 'value', lit(isDefaultValue(info, upper) ? ' (the default)' : ''));
      doc.para(upper === 'TRUE' ? 'Switches this setting on' : 'Switches this setting off', info ? cat(': ', md(info.summary)) : '.');
      if (info?.default && !isDefaultValue(info, upper)) doc.para(bold('Default:'), ' ', md(info.default));
      return doc;
    }
    case 'siteCode': {
      if (/^auto$/i.test(v)) return title('AUTO', 'keyword').para('Automatic site assignment. ', md(AUTO_SITE_TEXT));
      if (!/^[A-Za-z0-9]{3}$/.test(v)) return undefined;
      const doc = title(v.toUpperCase(), 'site code').para('The primary site the client is assigned to.');
      if (config?.siteCode && config.siteCode.toUpperCase() !== v.toUpperCase()) {
        doc.para('The configured site code is ', code(config.siteCode), '.');
      }
      return doc;
    }
    case 'certSelection': {
      if (part === 'certKeyword') {
        const k = KEYWORD_INDEX.get(v.toLowerCase());
        if (!k) return undefined;
        return title(`${k.keyword}:`, 'certificate selection keyword').para(md(k.description));
      }
      if (part === 'certAttribute') {
        const a = certAttribute(v);
        if (!a) return undefined;
        const names = a.names.length ? cat('short names ', joinInline(a.names.map((n) => code(n)), ', ')) : lit('no short name');
        return title(v, 'certificate attribute')
          .para(md(a.description), ': OID ', code(a.oid), ', ', names, '.')
          .link('Supported attributes', CERT_ATTRIBUTES_SECTION);
      }
      return undefined;
    }
    case 'cacheFlags': {
      const f = FLAG_INDEX.get(v.toLowerCase());
      return f ? title(f.flag, 'cache flag').para(md(f.description)) : undefined;
    }
    case 'configSource': {
      const l = LETTER_INDEX.get(v.toLowerCase());
      if (!l || v.length !== 1) return undefined;
      return title(l.letter, 'configuration source')
        .para(md(l.description))
        .para('The letters are read in order; the default is ', code('PU'), '.');
    }
    case 'list': {
      if (owner === '/skipprereq') {
        const p = prerequisiteFile(v);
        if (!p) return undefined;
        return title(p.file, 'client prerequisite')
          .para(p.description, ' With ', code('/skipprereq'), ' ccmsetup doesn\'t install it; features that need it may not work.')
          .link('Client prerequisites', PREREQUISITES_PAGE);
      }
      return valueDoc(info, grammar.of, part, v, config);
    }
    default:
      return undefined;
  }
}

// ---- grammar in words (signature help) ---------------------------------------------------------------------

export function grammarInWords(g: ValueGrammar, info?: SettingInfo): Inline {
  switch (g.type) {
    case 'none':
      return lit('Takes no value.');
    case 'enum':
      return cat('One of ', joinInline(g.values.map((v) => code(v.value)), ', '), g.values.some((v) => /[A-Za-z]/.test(v.value)) ? ' (any case).' : '.');
    case 'boolean':
      return cat(code('TRUE'), ' or ', code('FALSE'), ' (any case).');
    case 'zeroOne':
      return cat(code('0'), ' or ', code('1'), '. ', joinInline(g.values.map((v) => cat(code(v.value), ': ', md(v.description))), ' '));
    case 'integer': {
      const unit = g.unit ? ` (${g.unit})` : '';
      if (g.min !== undefined && g.max !== undefined) return lit(`A whole number${unit} from ${g.min} to ${g.max}.`);
      if (g.min !== undefined) return lit(`A whole number${unit}, at least ${g.min}.`);
      return lit(`A whole number${unit}.`);
    }
    case 'siteCode':
      return cat('A three-character code of A-Z and 0-9 naming a primary site, or ', code('AUTO'), '.');
    case 'guid':
      return cat('A GUID such as ', code('7506ee10-f7ec-415a-b415-cd3d58790d97'), '.');
    case 'path':
      return lit(info?.repeatable ? 'A local or UNC path; quote it if it has spaces. Repeat the parameter for fallback locations.' : 'A local or UNC path; quote it if it has spaces.');
    case 'host':
      return cat('A server name or FQDN, without a scheme; a cloud management gateway is ', code('<CMG host>/CCM_Proxy_MutualAuth/<id>'), '.');
    case 'managementPoint':
      return cat(
        'A management point: a server name or FQDN, prefixed with ',
        code('https://'),
        ' when it accepts only HTTPS, or a cloud management gateway URL ',
        code('https://<CMG host>/CCM_Proxy_MutualAuth/<id>'),
        '.',
      );
    case 'url':
      return cat('A URI such as ', code('https://contososerver'), '.');
    case 'list': {
      const inner = info?.name === '/skipprereq' ? lit('a prerequisite file name such as wimgapi.msi.') : lowerFirst(grammarInWords(g.of));
      return cat('One or more entries separated by ', code(';'), ', each ', inner);
    }
    case 'certSelection':
      return cat(
        code('Subject:<text>'),
        ' (exact match in the subject or SAN), ',
        code('SubjectStr:<text>'),
        ' (substring match) or ',
        code('SubjectAttr:<OID or attribute> = <value>'),
        '. Quote the whole value.',
      );
    case 'certIssuers':
      return cat('Root CA subjects as attribute=value pairs (', code('CN=Contoso Root CA; O=Contoso'), '), several roots separated by ', code('|'), '; matched case-sensitively. Quote the value.');
    case 'cacheFlags':
      return cat('Flags joined with ', code(';'), ': ', joinInline(CACHE_FLAGS.map((f) => code(f.flag)), ', '), '.');
    case 'configSource':
      return cat('Letters ', joinInline(CONFIG_SOURCE_LETTERS.map((l) => code(l.letter)), ', '), ' in search order, each at most once (default ', code('PU'), ').');
    case 'token':
      return cat('A bulk registration token from ', code('BulkRegistrationTokenTool.exe /new'), ': three base64url parts separated by dots.');
    case 'deploymentId':
      return cat('A task sequence deployment ID such as ', code('PRI20001'), '.');
    case 'rootKey':
      return cat('The ', code('SMSPublicRootKey'), ' value from mobileclient.tcf, a long hexadecimal string.');
    case 'accounts':
      return cat('Windows accounts or groups separated by ', code(';'), '; quote the value if a name has spaces.');
    case 'text':
      return lit('Free text; quote it if it has spaces.');
  }
}

function lowerFirst(i: Inline): Inline {
  const f = (s: string) => (/^[A-Z](?![A-Z0-9])/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
  return { md: f(i.md), plain: f(i.plain) };
}

// ---- rules and programs ------------------------------------------------------------------------------------

export function ruleDoc(meta: RuleMeta, config?: Config): Doc {
  const doc = new Doc();
  const configured = config?.rules[meta.id];
  let severity: Inline = lit(meta.severity);
  if (configured === 'off') severity = lit(`off in the configuration (default ${meta.severity})`);
  else if (configured && configured !== meta.severity) severity = lit(`${configured} (configured; default ${meta.severity})`);
  doc.para(bold(meta.id), ' ', code(meta.name), ' · ', severity);
  doc.para(md(meta.description));
  if (meta.fixable !== 'none') doc.para(meta.fixable === 'auto' ? 'Has an automatic fix.' : 'Offers a fix.');
  doc.link('Rule documentation', ruleDocsUrl(meta.id));
  return doc;
}

export function directiveDoc(keyword: string): Doc {
  const k = keyword.toLowerCase();
  const doc = new Doc();
  doc.para(bold(keyword), ' · ccmlint suppression directive');
  if (k === 'ccmlint-disable-next-line') {
    doc.para('Suppresses the listed rules (all rules without ids) on the next line, or on the whole statement that starts there. Add the reason after ', code('--'), '.');
  } else if (k === 'ccmlint-disable') {
    doc.para('Suppresses the listed rules (all rules without ids) from here to a matching ', code('ccmlint-enable'), ' or the end of the file.');
  } else {
    doc.para('Ends a ', code('ccmlint-disable'), ' region for the listed rules (all rules without ids).');
  }
  doc.para('A directive that suppresses nothing is reported as ', code('CCM000'), '.');
  return doc;
}

export function programDoc(kind: 'ccmsetup' | 'readiness'): Doc {
  const doc = new Doc();
  if (kind === 'readiness') {
    doc.para(bold('CMHttpsReadiness.exe'), ' · HTTPS readiness assessment tool');
    doc.para(
      'Installed with the client in ',
      code('%WinDir%\\CCM'),
      '. It checks whether the device has a certificate the client could use for HTTPS communication, using the same ' +
        'selection options as the client: ',
      code('/Store'),
      ', ',
      code('/Issuers'),
      ', ',
      code('/Criteria'),
      ' and ',
      code('/SelectFirstCert'),
      ' mirror ',
      code('CCMCERTSTORE'),
      ', ',
      code('CCMCERTISSUERS'),
      ', ',
      code('CCMCERTSEL'),
      ' and ',
      code('CCMFIRSTCERT'),
      '.',
    );
    doc.link('Microsoft documentation', HTTPS_READINESS_SECTION);
    return doc;
  }
  doc.para(bold('ccmsetup.exe'), ' · Configuration Manager client installer');
  doc.para(
    'Downloads the client files (from a ',
    code('/source'),
    ' path, or from a distribution or management point found through ',
    code('/mp'),
    ', Active Directory or DNS), installs the prerequisites and then runs client.msi with the Client.msi properties of ' +
      'this command line. Write the ',
    code('/parameters'),
    ' first and the ',
    code('PROPERTIES'),
    ' after them. By default it runs as a Local System service and returns at once; it logs to ',
    code('%WinDir%\\ccmsetup\\Logs\\ccmsetup.log'),
    '.',
  );
  doc.link('Microsoft documentation', CCMSETUP_PARAMETERS_SECTION);
  return doc;
}

/** The documentation for a readiness option or a setting by name, as completion data refers to them. */
export function docForSettingName(name: string, readiness: boolean): Doc | undefined {
  if (readiness) {
    const r = findReadinessParameter(name);
    return r ? readinessDoc(r) : undefined;
  }
  const info = findSetting(name);
  return info ? settingDoc(info) : undefined;
}
