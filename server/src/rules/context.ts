// What a rule sees: one parsed command line (LineContext) or the whole document (DocumentContext),
// with helpers to ask about settings and to build fixes. Rules work in decoded command-line offsets;
// the analyser maps findings and edits back to the document.
import type { Config, Environment } from '../analyse/config';
import type { FixKind, Severity, Tag } from '../analyse/finding';
import type { Located, Region, HostLanguage } from '../locate/region';
import type { ParsedLine, Setting } from '../parse/command-line';
import type { RuleMeta } from './rule';
import { isVerbatim } from '../text/mapped-text';
import type { LineCache } from '../analyse/line-cache';
import type { SiteTrust } from '../inspect/site-trust';

/** An edit in the coordinates of the context that made it. */
export interface DraftEdit {
  start: number;
  end: number;
  text: string;
  /** Host-native text (a variable reference such as $env:X): inserted as is, never re-quoted. */
  raw?: boolean;
  /** The edit would change how the rest of the line reads: a fix with such an edit is not offered. */
  unsafe?: boolean;
}

export interface DraftFix {
  title: string;
  kind: FixKind;
  edits: DraftEdit[];
  /** The same fix object is given to several findings (mapped once for all of them). */
  shared?: boolean;
}

export interface ReportOptions {
  severity?: Severity;
  fixes?: DraftFix[];
  tags?: Tag[];
}

export interface DraftFinding {
  meta: RuleMeta;
  start: number;
  end: number;
  message: string;
  severity: Severity;
  fixes: DraftFix[];
  tags: Tag[];
}

/** Reads a file the command line names, for rules that look at certificates. Never required. */
export interface FileAccess {
  /** Resolves `path` as written on the command line (relative to the document) and reads it, or undefined. */
  read(path: string, documentPath?: string): Uint8Array | undefined;
}

export interface AnalyseOptions {
  config?: Config;
  /** Path of the document, to resolve relative file references. */
  fileName?: string;
  files?: FileAccess;
  /** The current time, for token expiry (tests pass a fixed date). */
  now?: Date;
  /** Line-rule results kept from earlier analyses of the same document (the language server's). */
  cache?: LineCache;
  /** The previous analysis of the same document and its text: only what an edit touched is located again. */
  previous?: { text: string; analysis: { located: Located } };
  /** The site's trusted root key and issuers list, from a mobileclient.tcf the front end found. */
  siteTrust?: SiteTrust;
}

const lower = (s: string) => s.toLowerCase();
/** Text inside a snippet placeholder: $, } and \ are escaped. */
const snippetText = (s: string) => s.replace(/[$}\\]/g, (c) => `\\${c}`);
const NONE: Setting[] = [];

function draftFinding(meta: RuleMeta, start: number, end: number, message: string, opts: ReportOptions): DraftFinding {
  return { meta, start, end, message, severity: opts.severity ?? meta.severity, fixes: opts.fixes ?? [], tags: opts.tags ?? meta.tags ?? [] };
}

export class LineContext {
  /** Set by the analyser before each rule runs. */
  rule!: RuleMeta;
  readonly findings: DraftFinding[] = [];

  constructor(
    readonly region: Region,
    readonly line: ParsedLine,
    readonly options: AnalyseOptions,
    readonly host: HostLanguage,
  ) {}

  get text(): string {
    return this.region.text.text;
  }

  get settings(): Setting[] {
    return this.line.settings;
  }

  get env(): Environment {
    return this.options.config?.environment ?? {};
  }

  private byKey: Map<string, Setting[]> | undefined;

  /** Every setting with this name (`/mp`, `SMSSITECODE`; case-insensitive), in order. */
  all(name: string): Setting[] {
    if (!this.byKey) {
      // built once per command line: every rule asks for settings by name
      this.byKey = new Map();
      for (const s of this.line.settings) {
        const k = lower(s.key);
        const list = this.byKey.get(k);
        if (list) list.push(s);
        else this.byKey.set(k, [s]);
      }
    }
    return this.byKey.get(lower(name)) ?? NONE;
  }

  /** The setting with this name that takes effect: the last one (an earlier repeat has no effect, CCM103). */
  get(name: string): Setting | undefined {
    const list = this.all(name);
    return list[list.length - 1];
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** The literal value of the first setting with this name, upper-cased; undefined if absent or unknown. */
  literal(name: string): string | undefined {
    const s = this.get(name);
    return s && !s.dynamic && s.value !== undefined ? s.value.toUpperCase() : undefined;
  }

  /** How SMSSITECODE stands: absent, AUTO, a literal code, or an unknown value (a variable). */
  siteCode(): 'absent' | 'auto' | 'set' | 'unknown' {
    const s = this.get('SMSSITECODE');
    if (!s) return 'absent';
    if (s.dynamic) return 'unknown';
    if ((s.value ?? '').toUpperCase() === 'AUTO') return 'auto';
    return 'set';
  }

  /** Management point values from /mp, SMSMP and SMSMPLIST, each with its decoded range. */
  managementPoints(): { setting: Setting; value: string; start: number; end: number }[] {
    const out: { setting: Setting; value: string; start: number; end: number }[] = [];
    for (const s of this.settings) {
      const k = lower(s.key);
      if (!['/mp', 'smsmp', 'smsmplist'].includes(k) || s.value === undefined) continue;
      let offset = s.valueStart;
      const raw = this.text.slice(s.valueStart, s.valueEnd);
      for (const part of raw.split(/[;,]/)) {
        const lead = part.length - part.trimStart().length;
        const v = part.trim();
        if (v) out.push({ setting: s, value: v, start: offset + lead, end: offset + lead + v.length });
        offset += part.length + 1;
      }
    }
    return out;
  }

  /** A /mp value that is a cloud management gateway URL. */
  static isGatewayUrl(value: string): boolean {
    return /CCM_Proxy_|\.cloudapp\./i.test(value);
  }

  /** Internet client: CCMALWAYSINF=1, CCMHOSTNAME, /regtoken, or a /mp gateway URL (rules.md). */
  isInternetClient(): boolean {
    if (this.literal('CCMALWAYSINF') === '1') return true;
    if (this.has('CCMHOSTNAME') || this.has('/regtoken')) return true;
    return this.all('/mp').some((s) => s.value !== undefined && LineContext.isGatewayUrl(s.value));
  }

  /** The command line installs nothing: /uninstall, or a repair of an installed client. */
  isRemovalOrRepair(): boolean {
    return this.has('/uninstall') || this.has('/remediate') || this.has('REINSTALL') || this.has('/?');
  }

  /** The start of the first well-formed Client.msi property, where parameters must go before. */
  firstPropertyStart(): number | undefined {
    return this.settings.find((s) => s.kind === 'property' && s.shape === 'ok')?.start;
  }

  /** A `${n:...}` snippet placeholder for a site code, filled with the configured default when there is one. */
  siteCodePlaceholder(n: number): string {
    return `\${${n}:${this.options.config?.siteCode ?? 'siteCode'}}`;
  }

  /** A snippet placeholder for the trusted root key: the site's key from mobileclient.tcf when one was found. */
  rootKeyPlaceholder(n: number): string {
    return `\${${n}:${snippetText(this.options.siteTrust?.rootKey ?? 'key')}}`;
  }

  /** A snippet placeholder for the issuers list: the site's list from mobileclient.tcf when one was found. */
  issuersPlaceholder(n: number): string {
    return `\${${n}:${snippetText(this.options.siteTrust?.issuers ?? 'CN=Contoso Root CA; O=Contoso')}}`;
  }

  /** True when decoded [start, end) is written verbatim in the document (no escapes, continuations or joins). */
  verbatim(start: number, end: number): boolean {
    return isVerbatim(this.region.text, start, end);
  }

  // ---- edits -------------------------------------------------------------------------------

  replace(start: number, end: number, text: string): DraftEdit {
    return { start, end, text };
  }

  insert(at: number, text: string): DraftEdit {
    return { start: at, end: at, text };
  }

  /**
   * Removes a setting with the whitespace that separates it from its neighbour. After a setting with an
   * empty value (NAME= X next), the next word would become that value: such a removal is marked unsafe.
   */
  removeSetting(s: { start: number; end: number }): DraftEdit {
    const edit = this.removeRange(s);
    // the setting before this one (settings are in order: a binary search, as rules remove many)
    const settings = this.line.settings;
    let lo = 0;
    let hi = settings.length - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (settings[mid].start < s.start) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const prev = before >= 0 ? settings[before] : undefined;
    const emptyBefore = prev !== undefined && prev.separator !== '' && prev.rawValueStart === prev.rawValueEnd;
    const tokens = this.line.tokens;
    if (emptyBefore && tokens.length > 0 && tokens[tokens.length - 1].start >= s.end) edit.unsafe = true;
    // its stray words would be left to another setting, or read as settings themselves
    if ('strays' in s && (s as Setting).strays.length > 0) edit.unsafe = true;
    return edit;
  }

  private removeRange(s: { start: number; end: number }): DraftEdit {
    const t = this.text;
    let start = s.start;
    let end = s.end;
    while (end < t.length && /[ \t]/.test(t[end])) end++;
    if (end === t.length || !/[ \t]/.test(t[end - 1] ?? '')) {
      // last on the line: take the whitespace before it instead
      end = s.end;
      while (start > 0 && /[ \t]/.test(t[start - 1])) start--;
    }
    return { start, end, text: '' };
  }

  /**
   * Where an unclosed quote starts to swallow the rest of the line: the start of the setting (or token)
   * that opens it.
   * Text inserted after it would become part of that quoted value.
   */
  private openQuoteTokenStart(): number | undefined {
    const open = this.line.unclosedQuotes[0];
    if (open === undefined) return undefined;
    // the whole setting (NAME= "value...: its value can be a token of its own), with the stray words that
    // follow it (a quote opened in one of them): words moved away from their setting would change owner
    const setting = this.line.settings.find((s) => s.start <= open && open < Math.max(s.end, s.strays[s.strays.length - 1]?.end ?? 0));
    return setting?.start ?? this.line.tokens.find((t) => t.start <= open && open < t.end)?.start ?? open;
  }

  /** Inserts a parameter before the first property (ccmsetup wants parameters first), or appends it. */
  insertParameter(token: string): DraftEdit {
    const at = this.firstPropertyStart();
    const open = this.openQuoteTokenStart();
    if (at !== undefined && (open === undefined || at <= open)) return this.insert(at, `${token} `);
    return this.append(token);
  }

  /** Appends a token at the end of the command line (before an unclosed quote, which would swallow it). */
  append(token: string): DraftEdit {
    const open = this.openQuoteTokenStart();
    if (open !== undefined) return this.insert(open, `${token} `);
    const t = this.text;
    let end = t.length;
    while (end > 0 && /\s/.test(t[end - 1])) end--;
    return this.insert(end, end > 0 ? ` ${token}` : token);
  }

  report(start: number, end: number, message: string, opts: ReportOptions = {}): void {
    const fixes = opts.fixes?.some((f) => f.edits.some((e) => e.unsafe)) ? opts.fixes.filter((f) => !f.edits.some((e) => e.unsafe)) : opts.fixes;
    this.findings.push(draftFinding(this.rule, start, end, message, fixes === opts.fixes ? opts : { ...opts, fixes }));
  }

  /** Reports on a whole setting (its token). */
  reportSetting(s: Setting, message: string, opts: ReportOptions = {}): void {
    this.report(s.start, s.end, message, opts);
  }
}

export class DocumentContext {
  rule!: RuleMeta;
  readonly findings: DraftFinding[] = [];

  constructor(
    readonly text: string,
    readonly located: Located,
    readonly options: AnalyseOptions,
  ) {}

  get host(): HostLanguage {
    return this.located.host;
  }

  get env(): Environment {
    return this.options.config?.environment ?? {};
  }

  /** True when an offset lies inside a comment of the host file. */
  inComment(offset: number): boolean {
    return this.located.comments.some((c) => c.lineStart <= offset && offset <= c.end);
  }

  report(start: number, end: number, message: string, opts: ReportOptions = {}): void {
    this.findings.push(draftFinding(this.rule, start, end, message, opts));
  }
}
