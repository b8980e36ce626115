// "Explain this command line": a plain-data model of one command line that the editor renders as a
// webview and the CLI prints. It lists every setting (written, defaulted or unknown) with its meaning and
// effective value, lays out how the client will find and trust its management point as a chain of steps
// (each ok, weak, broken or off, with the reason and the rule ids behind it), and the findings on that line.
// Pure: text and analysis in, data out. Facts come from the knowledge base and the rule findings, so the
// view never says something the linter does not.
import type { AnalysedLine, Analysis } from '../analyse/analyse';
import type { Environment } from '../analyse/config';
import type { Finding, Severity } from '../analyse/finding';
import { findSetting, suggestParameter, suggestProperty } from '../knowledge';
import type { SettingInfo } from '../knowledge/types';
import type { Region, RegionKind } from '../locate/region';
import type { Setting } from '../parse/command-line';
import { ruleDocsUrl } from '../project';
import { LineContext } from '../rules/context';
import { toSource } from '../text/mapped-text';
import { LineIndex } from '../text/positions';

export type StepStatus = 'ok' | 'weak' | 'broken' | 'off';
export type StepId = 'mp' | 'trust' | 'signing' | 'auth' | 'crl' | 'internet';

export interface ExplainRange {
  start: number;
  end: number;
  /** 0-based line and character of start and end (UTF-16), for clients that want positions. */
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface ExplainSetting {
  /** Canonical name when known (`/mp`, `SMSSITECODE`), else the name as written. */
  name: string;
  kind: 'parameter' | 'property';
  /** written: on the command line; default: not written, the installer's default applies; unknown: written but not a known name. */
  state: 'written' | 'default' | 'unknown';
  /** The token as written (written and unknown settings only). */
  written?: string;
  /** What the installer will use: the value as written, `on` for a flag, the default in words, or why it is not known. */
  value: string;
  /** The value comes from a variable or placeholder, so it is only known when the script runs. */
  dynamic?: boolean;
  /** One sentence on what the setting does (from the knowledge base). */
  meaning: string;
  /** What the chosen keyword means, for enumerated values. */
  valueMeaning?: string;
  /** Documented, hidden, obsolete, undocumented, internal or passed through to msiexec. */
  status?: SettingInfo['status'];
  /** For unknown names: the one known name it is probably a typo of. */
  suggestion?: string;
  /** Why a security reviewer should look at it (written settings only). */
  security?: string;
  docs?: string;
  range?: ExplainRange;
}

export interface ChainStep {
  id: StepId;
  title: string;
  /** Short answer: which source, anchor or certificate is used. */
  summary: string;
  status: StepStatus;
  /** Why the step has this status, in a sentence or two. */
  reason: string;
  /** Settings on the command line that decide this step (canonical names). */
  settings: string[];
  /** Rule ids of the findings that judged this step. */
  rules: string[];
}

export interface ExplainFinding {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  docs: string;
  range: ExplainRange;
  /** The text the finding points at. */
  text: string;
}

export interface ExplainModel {
  /** 1-based position of this command line among the document's command lines, and how many there are. */
  index: number;
  count: number;
  kind: RegionKind;
  /** What kind of command line it is, in words. */
  kindLabel: string;
  /** The command line as the installer receives it (host quoting and continuations removed). */
  commandLine: string;
  /** The whole statement in the document. */
  range: ExplainRange;
  /** An uninstall or repair line: installation defaults and the trust chain mostly don't apply. */
  removalOrRepair: boolean;
  internetClient: boolean;
  settings: ExplainSetting[];
  chain: ChainStep[];
  findings: ExplainFinding[];
  /** Why the chain or the defaults are left out, when they are (a readiness check installs nothing). */
  note?: string;
  /** Counts per status over the chain, for a one-line summary. */
  verdict: { ok: number; weak: number; broken: number; off: number };
}

export interface ExplainOptions {
  environment?: Environment;
}

const KIND_LABEL: Record<RegionKind, string> = {
  ccmsetup: 'ccmsetup.exe command line',
  ccmsetupcmd: 'CCMSETUPCMD value of a ccmsetup.msi install',
  push: 'client push installation properties',
  taskSequence: 'task sequence installation properties',
  configFile: 'installation properties of a /config file',
  readiness: 'cmHttpsReadiness.exe command line',
};

/**
 * Settings shown with their defaults when a command line leaves them out, in display order. The default
 * text itself comes from the knowledge base (each entry's `default`), so it is written once.
 */
export const DEFAULTED_SETTINGS: readonly string[] = [
  'SMSSITECODE',
  '/UsePKICert',
  '/NoCRLCheck',
  'SMSDIRECTORYLOOKUP',
  'DNSSUFFIX',
  'SMSPUBLICROOTKEY',
  'SMSSIGNCERT',
  'CCMALWAYSINF',
  'CCMHTTPPORT',
  'CCMHTTPSPORT',
  'CCMCERTSTORE',
  'CCMCERTSEL',
  'CCMCERTISSUERS',
  'CCMCERTNAMECHECK',
  'SMSCACHESIZE',
  'SMSCACHEDIR',
  'SMSCACHEFLAGS',
  'CCMINSTALLDIR',
  'SMSCONFIGSOURCE',
  'CCMENABLELOGGING',
  'CCMLOGLEVEL',
  'CCMLOGMAXSIZE',
  'CCMLOGMAXHISTORY',
  'CCMDEBUGLOGGING',
  'CCMEVALINTERVAL',
  'CCMEVALHOUR',
  '/BITSPriority',
  '/downloadtimeout',
  '/retry',
  '/noservice',
  '/AlwaysExcludeUpgrade',
  '/forcereboot',
];

/** Which rules judge which step; `on` limits a rule to findings that sit on one of these settings. */
const STEP_RULES: Record<StepId, { rule: string; on?: string[] }[]> = {
  mp: [{ rule: 'CCM301' }, { rule: 'CCM302' }, { rule: 'CCM311' }, { rule: 'CCM010', on: ['/mp', 'SMSMPLIST'] }],
  trust: [
    { rule: 'CCM304' },
    { rule: 'CCM305' },
    { rule: 'CCM310' },
    { rule: 'CCM109', on: ['SMSPUBLICROOTKEY', 'SMSROOTKEYPATH'] },
    { rule: 'CCM308', on: ['SMSROOTKEYPATH'] },
    { rule: 'CCM309', on: ['SMSROOTKEYPATH'] },
    { rule: 'CCM106' },
  ],
  signing: [
    { rule: 'CCM306' },
    { rule: 'CCM307' },
    { rule: 'CCM323' },
    { rule: 'CCM308', on: ['SMSSIGNCERT'] },
    { rule: 'CCM309', on: ['SMSSIGNCERT'] },
  ],
  auth: [{ rule: 'CCM204' }, { rule: 'CCM207' }, { rule: 'CCM313' }, { rule: 'CCM314' }, { rule: 'CCM315' }],
  crl: [{ rule: 'CCM303' }],
  internet: [{ rule: 'CCM201' }, { rule: 'CCM202' }, { rule: 'CCM203' }, { rule: 'CCM205' }, { rule: 'CCM206' }, { rule: 'CCM312' }],
};

/** What the model shows instead of a literal registration token. */
export const HIDDEN = '<token hidden>';

const STATUS_ORDER: StepStatus[] = ['off', 'ok', 'weak', 'broken'];
const worse = (a: StepStatus, b: StepStatus): StepStatus => (STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b);

/**
 * Where a command line's text sits in the document: its statement, plus every stretch of source its decoded text
 * comes from (a PowerShell argument array may be defined lines above the call that uses it). Stretches closer than
 * a few characters (quotes, commas, a line break) are joined.
 */
function sourceSpans(region: Region): { start: number; end: number }[] {
  const cached = spanCache.get(region);
  if (cached) return cached;
  const m = region.text;
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < m.text.length; i++) {
    const start = m.starts[i];
    const end = m.ends[i];
    const last = spans[spans.length - 1];
    if (last && start >= last.start && start - last.end <= 8) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  spans.push(region.statement);
  spanCache.set(region, spans);
  return spans;
}
const spanCache = new WeakMap<Region, { start: number; end: number }[]>();

/** True when the document range [start, end] lies inside the command line's statement or its source text. */
function covers(region: Region, start: number, end: number): boolean {
  return sourceSpans(region).some((sp) => sp.start <= start && end <= sp.end);
}

/** The command line at a document offset (the one whose statement holds it), else the first one. */
export function lineAt(analysis: Analysis, offset: number | undefined): { line: AnalysedLine; index: number } | undefined {
  const lines = analysis.lines;
  if (lines.length === 0) return undefined;
  if (offset !== undefined) {
    const i = lines.findIndex((l) => covers(l.region, offset, offset));
    if (i >= 0) return { line: lines[i], index: i };
  }
  return { line: lines[0], index: 0 };
}

/** The command line that covers a 0-based document line, or undefined. */
export function lineOnRow(analysis: Analysis, text: string, row: number): { line: AnalysedLine; index: number } | undefined {
  const index = new LineIndex(text);
  const i = analysis.lines.findIndex((l) => sourceSpans(l.region).some((sp) => index.position(sp.start).line <= row && row <= index.position(sp.end).line));
  return i >= 0 ? { line: analysis.lines[i], index: i } : undefined;
}

/** Explains the command line under `offset` (or the first one); undefined when the document has none. */
export function explain(analysis: Analysis, text: string, offset?: number, options: ExplainOptions = {}): ExplainModel | undefined {
  const at = lineAt(analysis, offset);
  return at ? explainLine(analysis, text, at.line, at.index, options) : undefined;
}

export function explainLine(analysis: Analysis, text: string, line: AnalysedLine, index: number, options: ExplainOptions = {}): ExplainModel {
  const positions = new LineIndex(text);
  const range = (start: number, end: number): ExplainRange => {
    const s = positions.position(start);
    const e = positions.position(end);
    return { start, end, startLine: s.line, startCharacter: s.character, endLine: e.line, endCharacter: e.character };
  };
  const region = line.region;
  const ctx = new LineContext(region, line.parsed, { config: { rules: {}, environment: options.environment ?? {} } }, analysis.located.host);
  const settingRange = (s: Setting) => {
    const r = toSource(region.text, s.start, s.end);
    return range(r.start, r.end);
  };

  // a literal registration token is a bearer credential: the model never carries it
  const secrets = ctx.all('/regtoken').filter((s) => s.value && s.value.trim() && !s.dynamic);
  // every form the value takes: as the installer reads it, as written in the document, and without its quotes
  const secretForms = secrets
    .flatMap((s) => {
      const src = toSource(region.text, s.valueStart, s.valueEnd);
      return [s.value!, ctx.text.slice(s.valueStart, s.valueEnd), text.slice(src.start, src.end)];
    })
    .map((v) => v.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim())
    .filter((v) => v.length > 0)
    .sort((a, b) => b.length - a.length);
  const hide = (t: string) => secretForms.reduce((acc, secret) => acc.split(secret).join(HIDDEN), t);
  let commandLine = region.text.text;
  for (const s of [...secrets].sort((a, b) => b.valueStart - a.valueStart)) commandLine = commandLine.slice(0, s.valueStart) + HIDDEN + commandLine.slice(s.valueEnd);
  commandLine = hide(commandLine);
  const program = region.executable ? text.slice(region.executable.start, region.executable.end) : '';

  // findings inside this statement
  const statement = region.statement;
  const own = analysis.findings.filter((f) => f.rule !== 'CCM000' && covers(region, f.start, f.end));
  const findings: ExplainFinding[] = own.map((f) => ({
    rule: f.rule,
    name: f.name,
    severity: f.severity,
    message: hide(f.message),
    docs: ruleDocsUrl(f.rule),
    range: range(f.start, f.end),
    text: hide(text.slice(f.start, f.end)),
  }));

  const settings = describeSettings(ctx, settingRange).map((s) =>
    secrets.some((sec) => s.range && settingRange(sec).start === s.range.start)
      ? { ...s, written: hide(s.written ?? ''), value: `a literal token ${HIDDEN}` }
      : secretForms.length && s.written
        ? { ...s, written: hide(s.written), value: hide(s.value) }
        : s,
  );
  const readiness = region.kind === 'readiness';
  const removalOrRepair = ctx.isRemovalOrRepair();
  const internetClient = !readiness && ctx.isInternetClient();
  const chain = readiness ? [] : buildChain(ctx, own, (s) => settingRange(s), options.environment ?? {});
  const verdict = { ok: 0, weak: 0, broken: 0, off: 0 };
  for (const step of chain) verdict[step.status]++;
  return {
    index: index + 1,
    count: analysis.lines.length,
    kind: region.kind,
    kindLabel: KIND_LABEL[region.kind],
    commandLine: `${program ? `${program} ` : ''}${commandLine.trim()}`,
    range: range(statement.start, statement.end),
    removalOrRepair,
    internetClient,
    settings: removalOrRepair || readiness ? settings.filter((s) => s.state !== 'default') : settings,
    chain,
    findings,
    note: readiness
      ? 'cmHttpsReadiness.exe only checks which client certificate the client could use; it installs nothing, so there is no management point chain and no installation defaults.'
      : undefined,
    verdict,
  };
}

// ---- settings ------------------------------------------------------------------------------------------------

function enumMeaning(info: SettingInfo | undefined, value: string): string | undefined {
  const g = info?.value;
  if (!g || (g.type !== 'enum' && g.type !== 'zeroOne')) return undefined;
  return g.values.find((v) => v.value.toLowerCase() === value.toLowerCase())?.description;
}

function describeSettings(ctx: LineContext, rangeOf: (s: Setting) => ExplainRange): ExplainSetting[] {
  const out: ExplainSetting[] = [];
  const written = new Set<string>();
  for (const s of ctx.settings) {
    const info = s.info;
    written.add(s.key.toLowerCase());
    const token = ctx.text.slice(s.start, s.end);
    let value: string;
    if (s.value === undefined) value = info?.value.type === 'none' || !info ? 'on' : 'no value';
    else if (s.dynamic) value = `${s.value} (known only when the script runs)`;
    else if (s.value === '') value = 'empty';
    else value = s.value;
    if (!info) {
      const suggestion = s.kind === 'parameter' ? suggestParameter(s.name) : suggestProperty(s.name);
      out.push({
        name: s.key,
        kind: s.kind,
        state: 'unknown',
        written: token,
        value,
        dynamic: s.dynamic || undefined,
        meaning: s.kind === 'parameter' ? 'Not a ccmsetup.exe parameter: ccmsetup does not know it.' : 'Not a Client.msi property: the installer does not use it.',
        suggestion: suggestion ? (s.kind === 'parameter' ? `/${suggestion.replace(/^\//, '')}` : suggestion) : undefined,
        range: rangeOf(s),
      });
      continue;
    }
    out.push({
      name: info.name,
      kind: info.kind,
      state: 'written',
      written: token,
      value,
      dynamic: s.dynamic || undefined,
      meaning: info.summary,
      valueMeaning: s.value !== undefined && !s.dynamic ? enumMeaning(info, s.value) : undefined,
      status: info.status,
      security: info.security ? plain(info.security) : undefined,
      docs: info.docs,
      range: rangeOf(s),
    });
  }
  for (const name of DEFAULTED_SETTINGS) {
    if (written.has(name.toLowerCase())) continue;
    // /service writes the default of /noservice out
    if (name === '/noservice' && written.has('/service')) continue;
    const info = findSetting(name);
    if (!info?.default) continue;
    out.push({
      name: info.name,
      kind: info.kind,
      state: 'default',
      value: plain(info.default),
      meaning: info.summary,
      status: info.status,
      docs: info.docs,
    });
  }
  return out;
}

/** Markdown from the knowledge base as plain text (the view and the terminal show it as is). */
function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1');
}

// ---- the chain -----------------------------------------------------------------------------------------------

const isHttps = (v: string) => /^https:\/\//i.test(v);
const isHttp = (v: string) => /^http:\/\//i.test(v);

function buildChain(ctx: LineContext, findings: Finding[], rangeOf: (s: Setting) => ExplainRange, env: Environment): ChainStep[] {
  const onSettings = (names: string[]) => names.flatMap((n) => ctx.all(n)).map((s) => rangeOf(s));
  const rulesFor = (id: StepId): Finding[] =>
    findings.filter((f) =>
      STEP_RULES[id].some((r) => r.rule === f.rule && (!r.on || onSettings(r.on).some((rg) => f.start >= rg.start && f.end <= rg.end))),
    );
  const step = (id: StepId, title: string, summary: string, status: StepStatus, reason: string, settings: string[]): ChainStep => {
    const judged = rulesFor(id);
    let s = status;
    for (const f of judged) s = worse(s, f.severity === 'error' ? 'broken' : 'weak');
    const written = settings.filter((n) => ctx.has(n)).map((n) => ctx.get(n)!.info?.name ?? n);
    return { id, title, summary, status: s, reason, settings: [...new Set(written)], rules: [...new Set(judged.map((f) => f.rule))].sort() };
  };

  const mps = ctx.managementPoints();
  const https = mps.some((m) => isHttps(m.value));
  const pki = ctx.has('/UsePKICert');
  const entra = ctx.has('AADCLIENTAPPID') && ctx.has('AADRESOURCEURI');
  const token = ctx.has('/regtoken');
  const internet = ctx.isInternetClient();
  const host = ctx.get('CCMHOSTNAME');
  const siteValue = ctx.get('SMSSITECODE')?.value;
  // an empty SMSSITECODE= assigns nothing (CCM003 reports it)
  const site = ctx.siteCode() === 'set' && !siteValue?.trim() ? 'absent' : ctx.siteCode();
  const lookup = ctx.literal('SMSDIRECTORYLOOKUP');
  const chain: ChainStep[] = [];

  // 1. where the management point comes from
  {
    const sources: string[] = [];
    const explicit = mps.map((m) => `${m.setting.info?.name ?? m.setting.key} ${m.value}`);
    if (explicit.length) sources.push(explicit.join(', '));
    if (host && host.value) sources.push(`CCMHOSTNAME ${host.value} (internet)`);
    sources.push('AD DS');
    const suffix = ctx.get('DNSSUFFIX')?.value;
    sources.push(suffix ? `DNS in ${suffix}` : "DNS in the client's domain");
    const alwaysInternet = ctx.literal('CCMALWAYSINF') === '1';
    if (alwaysInternet) sources.splice(sources.length - 2, 2);
    const wins = lookup === 'NOWINS' || (internet && lookup !== 'WINSPROMISCUOUS') ? undefined : lookup === 'WINSPROMISCUOUS' ? 'WINS, unchecked' : 'WINS (HTTP only)';
    if (wins) sources.push(wins);
    let status: StepStatus = 'ok';
    let reason: string;
    if (lookup === 'WINSPROMISCUOUS') {
      status = 'broken';
      reason = 'SMSDIRECTORYLOOKUP=WINSPROMISCUOUS lets the client take a management point from WINS without checking it, so anyone who can register a WINS name can serve it policy.';
    } else if (mps.some((m) => isHttp(m.value))) {
      status = 'weak';
      reason = 'A management point is named with http://: plain HTTP has been deprecated since version 2103 unless the site uses Enhanced HTTP.';
    } else if (lookup === 'WINSSECURE') {
      status = 'weak';
      reason = 'WINS stays on as a fallback (WINSSECURE). A management point found there is checked against the trusted root key, but the lookup itself is easy to spoof; NOWINS removes it.';
    } else if (alwaysInternet) {
      reason = 'CCMALWAYSINF=1: the client only talks to internet-facing management points and gateways, starting with CCMHOSTNAME, and never looks in AD DS or DNS.';
    } else if (explicit.length || host) {
      reason =
        'The initial management point list starts with the management points written here, then adds those published in AD DS and, failing that, DNS. ' +
        'Once connected, the client keeps the list the management point sends back. (/mp is mainly where ccmsetup downloads from; SMSMP and SMSMPLIST are the documented way to set the management points the installed client uses.)';
    } else {
      reason = 'No management point is written: ccmsetup and the client look in AD DS (schema extended, site publishing) and then in DNS (published SRV records). Without either, installation can\'t find a management point.';
    }
    if (lookup === undefined && !internet && status === 'ok') reason += ' WINS is no longer documented; older clients default to WINSSECURE for HTTP management points.';
    chain.push(step('mp', 'Management point source', sources.join(' → '), status, reason, ['/mp', 'SMSMP', 'SMSMPLIST', 'DNSSUFFIX', 'SMSDIRECTORYLOOKUP', 'CCMHOSTNAME']));
  }

  // 2. what the client trusts the management point with
  {
    const key = ctx.get('SMSPUBLICROOTKEY') ?? ctx.get('SMSROOTKEYPATH');
    const both = ctx.has('SMSPUBLICROOTKEY') && ctx.has('SMSROOTKEYPATH');
    const reset = ctx.literal('RESETKEYINFORMATION') === 'TRUE';
    let summary: string;
    let status: StepStatus;
    let reason: string;
    if (key && (site === 'absent' || site === 'auto')) {
      summary = `${key.info?.name ?? key.key} without a site code`;
      status = 'broken';
      reason = 'Microsoft requires an explicit SMSSITECODE with the trusted root key. Without it the client falls back to automatic site assignment, and the key may not keep it away from a rogue management point.';
    } else if (both) {
      summary = 'SMSPUBLICROOTKEY and SMSROOTKEYPATH together';
      status = 'broken';
      reason = 'Two sources for the same trusted root key contradict each other; keep one.';
    } else if (key) {
      const fromFile = key.info?.name === 'SMSROOTKEYPATH';
      summary = fromFile ? `Trusted root key from the file ${key.value ?? ''}`.trim() : `Trusted root key written here, site ${siteValue}`;
      status = 'ok';
      reason = fromFile
        ? 'The key is read from a file at install time: the trust is as good as that file and the path to it.'
        : 'The trusted root key is pre-provisioned, so the client accepts only management points signed by this hierarchy.';
    } else if (pki && (https || internet)) {
      summary = 'PKI: the management point\'s certificate must chain to a trusted root CA';
      status = 'ok';
      reason = 'With a PKI client certificate and HTTPS, the connection is mutually authenticated; no pre-provisioned key is needed.';
    } else if (internet && (site === 'set' || site === 'unknown')) {
      summary = 'HTTPS certificate of the gateway or internet management point';
      status = 'ok';
      reason = 'An internet client only talks HTTPS to internet-facing management points and gateways, whose server certificate it checks; it can\'t read the key from AD DS, which is why the signing certificate step matters.';
    } else if (internet) {
      summary = 'Internet client without a site code';
      status = 'broken';
      reason = 'An internet client must be assigned to an explicit site; AUTO can\'t work through a gateway or internet management point (CCM203, in the gateway step).';
    } else if (https) {
      summary = 'HTTPS server certificate of the management point';
      status = 'ok';
      reason = 'The management point is reached over HTTPS, so its server certificate is checked, as long as the client can authenticate (see Client authentication); without that it falls back to HTTP.';
    } else if (reset) {
      summary = 'Key removed (RESETKEYINFORMATION=TRUE), nothing to replace it';
      status = 'weak';
      reason = 'The stored trusted root key is deleted and no new one is given: unless AD DS supplies it, the client trusts the first management point it reaches.';
    } else if (site === 'set' || site === 'unknown') {
      summary = `From AD DS for site ${siteValue ?? ''}`.trim();
      status = env.adPublished === false ? 'weak' : 'ok';
      reason =
        env.adPublished === false
          ? 'The site does not publish to AD DS (environment adPublished: false), so the client takes the key from the first management point it reaches.'
          : 'The client reads the trusted root key of its assigned site from AD DS. If it can\'t (schema not extended, another forest, workgroup), it trusts the first management point it reaches.';
    } else {
      summary = 'Trusts the first management point it reaches';
      status = env.adPublished === true ? 'ok' : 'weak';
      reason =
        env.adPublished === true
          ? 'No key on the command line, but the site publishes to AD DS (environment adPublished: true), where the client reads it.'
          : `No trusted root key, no PKI, no https management point, and the site code is ${site === 'auto' ? 'AUTO' : 'left out (AUTO)'}: unless the client can read the key from AD DS, it takes it from the first management point it contacts, which may be a rogue one.`;
    }
    chain.push(step('trust', 'Trust anchor', summary, status, reason, ['SMSPUBLICROOTKEY', 'SMSROOTKEYPATH', 'SMSSITECODE', 'RESETKEYINFORMATION']));
  }

  // 3. the certificate that policy signatures are checked with
  {
    const cert = ctx.get('SMSSIGNCERT');
    let summary: string;
    let status: StepStatus = 'ok';
    let reason: string;
    if (cert) {
      summary = `Pinned from ${cert.value ?? 'the file named here'}`;
      reason = 'The site server signing certificate is installed from this file, so a compromised or rogue management point can\'t swap it.';
    } else if (internet) {
      summary = 'Downloaded from the management point';
      status = 'weak';
      reason = 'An internet client can\'t read AD DS, so it takes the signing certificate from the first management point or gateway it reaches; pin it with SMSSIGNCERT.';
    } else {
      summary = 'From AD DS, else from the management point';
      reason = 'Not written: the client reads the signing certificate from AD DS, or downloads it from the management point it trusts (see the trust anchor).';
    }
    chain.push(step('signing', 'Policy signing certificate', summary, status, reason, ['SMSSIGNCERT']));
  }

  // 4. how the client authenticates to the management point
  {
    let summary: string;
    let status: StepStatus = 'ok';
    let reason: string;
    const sel = ctx.get('CCMCERTSEL')?.value;
    const issuers = ctx.has('CCMCERTISSUERS');
    if (pki) {
      summary = `PKI client certificate${sel ? ` chosen by ${sel}` : ' (default selection)'}${issuers ? ', issuers list set' : ''}`;
      reason = issuers
        ? 'The client presents a PKI client-authentication certificate that chains to one of the listed root CAs.'
        : 'The client presents a PKI client-authentication certificate. Without CCMCERTISSUERS a first install accepts a certificate from any trusted root CA until the site sends its list.';
    } else if (entra) {
      summary = 'Microsoft Entra ID (AADCLIENTAPPID, AADRESOURCEURI)';
      reason = 'The device authenticates with its Entra identity through the cloud management gateway.';
    } else if (token) {
      summary = 'Bulk registration token (/regtoken)';
      reason = 'The token registers the device once; afterwards it gets a unique token of its own.';
    } else if (host) {
      summary = 'Microsoft Entra ID (Entra-joined device)';
      reason = 'With CCMHOSTNAME and no PKI certificate, an Entra-joined device authenticates with its Entra identity; other devices need /UsePKICert or /regtoken.';
    } else if (https) {
      summary = 'None: https management point without a client certificate';
      status = 'weak';
      reason = 'Without /UsePKICert (or a valid certificate) the client drops every HTTPS management point and talks HTTP with a self-signed certificate.';
    } else {
      summary = 'Self-signed certificate over HTTP';
      reason = env.enhancedHttp
        ? 'The client uses a self-signed certificate; the site uses Enhanced HTTP (environment), which protects the traffic.'
        : 'The client uses a self-signed certificate over HTTP. That is only supported when the site uses Enhanced HTTP (HTTP alone is deprecated since 2103).';
    }
    chain.push(step('auth', 'Client authentication (PKI)', summary, status, reason, ['/UsePKICert', 'CCMCERTSEL', 'CCMCERTISSUERS', 'CCMCERTSTORE', 'CCMFIRSTCERT', 'CCMCERTNAMECHECK', 'AADCLIENTAPPID', 'AADRESOURCEURI', 'AADTENANTID']));
  }

  // 5. certificate revocation
  {
    const noCrl = ctx.has('/NoCRLCheck');
    const certificates = pki || https || !!host;
    let summary: string;
    let status: StepStatus;
    let reason: string;
    if (!certificates) {
      summary = noCrl ? 'Not used (/NoCRLCheck has no effect here)' : 'Not used';
      status = 'off';
      reason = 'No PKI certificate is in use on this command line, so there is no revocation list to check.';
    } else if (noCrl) {
      summary = 'Off (/NoCRLCheck)';
      status = 'weak';
      reason = 'Revoked certificates are still accepted. Publish the CRL where clients can reach it and remove /NoCRLCheck.';
    } else {
      summary = 'On (default)';
      status = 'ok';
      reason = 'The client checks certificate revocation lists; they must be reachable, or the chain counts as revoked.';
    }
    chain.push(step('crl', 'Revocation check (CRL)', summary, status, reason, ['/NoCRLCheck']));
  }

  // 6. internet and cloud management gateway
  {
    let summary: string;
    let status: StepStatus;
    let reason: string;
    if (!internet) {
      summary = 'Intranet only';
      status = 'off';
      reason = 'No CCMHOSTNAME, /regtoken, CCMALWAYSINF=1 or gateway /mp: the client is managed on the intranet.';
    } else {
      const parts: string[] = [];
      if (host) parts.push(`CCMHOSTNAME ${host.value ?? ''}`.trim());
      if (token) parts.push('/regtoken');
      if (ctx.literal('CCMALWAYSINF') === '1') parts.push('always on the internet');
      const gateway = ctx.all('/mp').find((s) => s.value && LineContext.isGatewayUrl(s.value));
      if (gateway) parts.push(`gateway /mp ${gateway.value}`);
      summary = parts.join(', ');
      status = 'ok';
      reason = site === 'set' || site === 'unknown' ? `Internet client assigned to site ${siteValue}.` : 'Internet client: it needs an explicit SMSSITECODE.';
    }
    chain.push(step('internet', 'Internet / cloud management gateway', summary, status, reason, ['CCMHOSTNAME', '/regtoken', 'CCMALWAYSINF', 'SMSSITECODE']));
  }
  return chain;
}

// ---- text rendering (the CLI) ---------------------------------------------------------------------------------

const STATUS_LABEL: Record<StepStatus, string> = { ok: 'OK', weak: 'WEAK', broken: 'BROKEN', off: 'OFF' };

/** The model as text for a terminal: the command line, the trust chain as a vertical diagram, settings, findings. */
export function explainToText(model: ExplainModel, file?: string): string {
  const out: string[] = [];
  const where = file ? `${file}:${model.range.startLine + 1}` : `line ${model.range.startLine + 1}`;
  out.push(`Command line ${model.index} of ${model.count} (${where}, ${model.kindLabel})`);
  out.push(`  ${model.commandLine}`);
  out.push('');
  const v = model.verdict;
  if (model.note) out.push(model.note, '');
  if (model.chain.length) out.push(`How the client finds and trusts its management point: ${v.ok} ok, ${v.weak} weak, ${v.broken} broken, ${v.off} not used`);
  model.chain.forEach((s, i) => {
    const label = `[${STATUS_LABEL[s.status]}]`.padEnd(9);
    out.push(`  ${label}${s.title}: ${s.summary}`);
    out.push(`           ${s.reason}${s.rules.length ? ` (${s.rules.join(', ')})` : ''}`);
    if (i < model.chain.length - 1) out.push('      |');
  });
  if (model.chain.length) out.push('');
  const written = model.settings.filter((s) => s.state !== 'default');
  const defaults = model.settings.filter((s) => s.state === 'default');
  const width = Math.min(24, Math.max(10, ...model.settings.map((s) => s.name.length)));
  out.push(`Written (${written.length})`);
  for (const s of written) {
    const mark = s.state === 'unknown' ? `UNKNOWN${s.suggestion ? ` (did you mean ${s.suggestion}?)` : ''}` : s.meaning;
    out.push(`  ${s.name.padEnd(width)}  = ${s.value}`);
    out.push(`  ${''.padEnd(width)}    ${mark}${s.valueMeaning ? ` ${s.valueMeaning}` : ''}`);
  }
  if (defaults.length) {
    out.push('');
    out.push(`Not written: the defaults apply (${defaults.length})`);
    for (const s of defaults) out.push(`  ${s.name.padEnd(width)}  = ${s.value}`);
  }
  out.push('');
  out.push(`Findings (${model.findings.length})`);
  if (model.findings.length === 0) out.push('  none');
  for (const f of model.findings) {
    out.push(`  ${f.range.startLine + 1}:${f.range.startCharacter + 1}  ${f.severity}  ${f.rule} ${f.name}  ${f.message}`);
    out.push(`      ${f.docs}`);
  }
  return out.join('\n') + '\n';
}
