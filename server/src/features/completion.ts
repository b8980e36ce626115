// Completion: parameter and property names where a token starts or inside a name, and the allowed values
// after NAME= or /name: (and after ; in lists). Items carry a one-line detail; resolveCompletion adds the
// full documentation. Inserted text is written the way the host passes it through (backtick escapes in a
// PowerShell string, &quot; in XML), and snippet syntax is used only when the client supports it.
import type { Analysis } from '../analyse/analyse';
import { encodeForHost } from '../analyse/analyse';
import { PARAMETERS, PROPERTIES, READINESS_PARAMETERS, findReadinessParameter, findSetting } from '../knowledge';
import { CACHE_FLAGS, CERT_ATTRIBUTES, CERT_SELECTION_KEYWORDS, CONFIG_SOURCE_LETTERS } from '../knowledge/grammars';
import type { ReadinessParameterInfo, SettingInfo, ValueGrammar } from '../knowledge/types';
import type { Quoting, RegionKind } from '../locate/region';
import type { Setting } from '../parse/command-line';
import {
  AUTO_SITE_TEXT,
  PREREQUISITE_FILES,
  docForSettingName,
  isDeprecatedSetting,
  isDefaultValue,
  isDeprecatedValue,
  valueDoc,
} from './describe';
import { docRange, nameHeadStart, positionAt, type PositionInfo, type ValuePart, type ValuePartKind } from './position';
import { toPlain } from './render';
import type { CompletionEntry, CompletionKind, FeatureOptions, OffsetRange } from './types';

// ---- name candidates, computed once per region class ----------------------------------------------------------

interface NameCandidate {
  label: string;
  kind: 'parameter' | 'property';
  detail: string;
  sortText: string;
  deprecated: boolean;
  /** Written with a separator and a value (`/mp:`, `SMSSITECODE=`). */
  takesValue: boolean;
  /** The value should be quoted (certificate selection): with snippets the cursor goes between the quotes. */
  quoteValue: boolean;
  repeatable: boolean;
  data: string;
}

type NameClass = 'full' | 'push' | 'configFile' | 'readiness';

function nameClass(kind: RegionKind): NameClass {
  if (kind === 'readiness') return 'readiness';
  if (kind === 'push') return 'push';
  if (kind === 'configFile') return 'configFile';
  return 'full';
}

const STATUS_RANK: Record<SettingInfo['status'], number> = {
  documented: 0,
  passthrough: 1,
  hidden: 2,
  obsolete: 3,
  undocumented: 4,
  internal: 4,
};

function fromSetting(info: SettingInfo): NameCandidate {
  const deprecated = isDeprecatedSetting(info);
  const rank = deprecated ? 3 : STATUS_RANK[info.status];
  const takesValue = info.value.type !== 'none' && !info.valueOptional;
  return {
    label: info.name,
    kind: info.kind,
    detail: toPlain(info.summary),
    sortText: `${rank}${info.kind === 'parameter' ? 0 : 1}_${info.name.replace(/^\//, '').toLowerCase()}`,
    deprecated,
    takesValue,
    quoteValue: info.value.type === 'certSelection' || info.value.type === 'certIssuers',
    repeatable: !!info.repeatable,
    data: JSON.stringify(['setting', info.name]),
  };
}

function fromReadiness(r: ReadinessParameterInfo): NameCandidate {
  return {
    label: r.name,
    kind: 'parameter',
    detail: toPlain(r.summary),
    sortText: `00_${r.name.replace(/^\//, '').toLowerCase()}`,
    deprecated: false,
    takesValue: r.value.type !== 'none',
    quoteValue: r.value.type === 'certSelection' || r.value.type === 'certIssuers',
    repeatable: false,
    data: JSON.stringify(['readiness', r.name]),
  };
}

const candidateCache = new Map<NameClass, NameCandidate[]>();

function candidates(cls: NameClass): NameCandidate[] {
  const hit = candidateCache.get(cls);
  if (hit) return hit;
  let list: NameCandidate[];
  const properties = PROPERTIES.filter((p) => p.name !== 'CCMSETUPCMD').map(fromSetting);
  if (cls === 'readiness') list = READINESS_PARAMETERS.map(fromReadiness);
  else if (cls === 'configFile') list = properties;
  else if (cls === 'push') list = [...PARAMETERS.filter((p) => p.pushAllowed).map(fromSetting), ...properties];
  else list = [...PARAMETERS.map(fromSetting), ...properties];
  list.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  candidateCache.set(cls, list);
  return list;
}

// ---- writing inserted text ------------------------------------------------------------------------------------------

/** A piece of inserted text: literal text, or a snippet tab stop. */
type Piece = string | { stop: number };

/** How inserted text must be written: the host's quoting, and msiexec's doubled quotes inside CCMSETUPCMD="...". */
interface Writing {
  quoting: Quoting;
  doubleQuotes: boolean;
}

const RAW: Writing = { quoting: 'raw', doubleQuotes: false };

function build(pieces: Piece[], w: Writing, snippet: boolean): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p !== 'string') {
      if (snippet) out += `$${p.stop}`;
      continue;
    }
    const enc = encodeForHost(w.doubleQuotes ? p.replace(/"/g, '""') : p, w.quoting, false);
    out += snippet ? enc.replace(/[$}\\]/g, '\\$&') : enc;
  }
  return out;
}

function quotingAt(info: PositionInfo, at: number): Writing {
  const region = info.line?.region;
  if (!region) return RAW;
  let quoting = region.quoting;
  try {
    if (region.quotingAt) quoting = region.quotingAt(Math.max(0, at));
  } catch {
    // keep the region's quoting
  }
  return { quoting, doubleQuotes: region.kind === 'ccmsetupcmd' };
}

/** A document range for decoded [a, b) that an editor can replace: one line, containing the caret. */
function editRange(info: PositionInfo, text: string, a: number, b: number, offset: number): OffsetRange | undefined {
  const m = info.line!.region.text;
  const r = a === b ? { start: offset, end: offset } : docRange(m, a, b);
  if (r.start > offset || r.end < offset || r.start < 0 || r.end > text.length) return undefined;
  const covered = text.slice(r.start, r.end);
  if (covered.includes('\n') || covered.includes('\r')) return undefined;
  return r;
}

// ---- names ------------------------------------------------------------------------------------------------------------

interface NameContext {
  cls: NameClass;
  range: OffsetRange;
  typed: string;
  /** Keys already on the line (other than the one being edited). */
  present: Set<string>;
  /** The setting being edited already has its separator: insert the name alone. */
  hasSeparator: boolean;
  /** An existing token starts at the caret: insert a new token before it. */
  before: boolean;
  quoting: Writing;
}

const keyOf = (name: string) => name.replace(/^[/-]/, '').toLowerCase();

function nameEntries(ctx: NameContext, opts: FeatureOptions): CompletionEntry[] {
  const onlyParameters = ctx.typed.startsWith('/') || ctx.typed.startsWith('-');
  const out: CompletionEntry[] = [];
  for (const c of candidates(ctx.cls)) {
    if (onlyParameters && c.kind !== 'parameter') continue;
    if (!c.repeatable && ctx.present.has(keyOf(c.label) + ':' + c.kind)) continue;
    const sep = c.kind === 'parameter' ? ':' : '=';
    let pieces: Piece[];
    let snippet = false;
    let retrigger = false;
    if (ctx.hasSeparator || !c.takesValue) {
      pieces = [c.label];
    } else if (c.quoteValue && opts.snippets) {
      pieces = [c.label + sep + '"', { stop: 1 }, '"'];
      snippet = true;
      retrigger = true;
    } else {
      pieces = [c.label + sep];
      retrigger = true;
    }
    if (ctx.before) {
      // keep the token that follows: a space after the new one, and the cursor at its value
      if (retrigger && opts.snippets) {
        if (!snippet) pieces.push({ stop: 0 });
        snippet = true;
      } else retrigger = false;
      pieces.push(' ');
    }
    const entry: CompletionEntry = {
      label: c.label,
      kind: c.kind,
      detail: c.detail,
      insertText: build(pieces, ctx.quoting, snippet),
      range: { ...ctx.range },
      sortText: c.sortText,
      data: c.data,
    };
    if (snippet) entry.isSnippet = true;
    if (retrigger) entry.retrigger = true;
    if (c.deprecated) entry.deprecated = true;
    out.push(entry);
  }
  return out;
}

function presentKeys(settings: Setting[], except?: Setting): Set<string> {
  const present = new Set<string>();
  for (const s of settings) {
    if (s === except) continue;
    const name = s.info ? s.info.name : s.name;
    present.add(keyOf(name) + ':' + (s.info ? s.info.kind : s.kind));
  }
  return present;
}

const NAME_WORD = /^[/-]?[A-Za-z0-9_?]*$/;

function namesAt(info: PositionInfo, text: string, offset: number, opts: FeatureOptions): CompletionEntry[] {
  const line = info.line!;
  const region = line.region;
  const src = region.text.text;
  const k = info.pos!;
  const cls = nameClass(region.kind);
  let range: OffsetRange | undefined;
  let typed = '';
  let hasSeparator = false;
  let before = false;
  let editing: Setting | undefined;
  let quoting: Writing;
  if (info.kind === 'between') {
    // a new token: the caret must follow whitespace, or the start of the command line after host syntax
    if (k === 0 && offset > 0 && /[\w.\\/:=%@-]/.test(text[offset - 1])) return [];
    range = { start: offset, end: offset };
    quoting = quotingAt(info, k - 1);
  } else {
    const s = info.kind === 'name' ? info.setting : undefined;
    const start = s ? s.start : info.token!.start;
    if (k === start && k < (s ? s.end : info.token!.end)) {
      // at the start of an existing token: insert a new one before it
      before = true;
      if (k === 0 && offset > 0 && /[\w.\\/:=%@-]/.test(text[offset - 1])) return [];
      range = { start: offset, end: offset };
      quoting = quotingAt(info, k);
    } else if (s) {
      editing = s;
      const head = nameHeadStart(s);
      typed = src.slice(head, k);
      hasSeparator = s.separator !== '';
      range = editRange(info, text, head, s.nameEnd, offset);
      quoting = quotingAt(info, head);
    } else {
      const t = info.token!;
      if (!NAME_WORD.test(t.text)) return [];
      typed = src.slice(t.start, k);
      range = editRange(info, text, t.start, t.end, offset);
      quoting = quotingAt(info, t.start);
    }
  }
  if (!range) return [];
  const present = presentKeys(line.parsed.settings, editing);
  return nameEntries({ cls, range, typed, present, hasSeparator, before, quoting }, opts);
}

// ---- values -----------------------------------------------------------------------------------------------------------

interface ValueChoice {
  label: string;
  /** The text that goes into the value (before quoting and host encoding); defaults to label. */
  value?: string;
  kind: CompletionKind;
  detail: string;
  deprecated?: boolean;
  retrigger?: boolean;
  /** Value part the description is looked up as (for resolveCompletion). */
  part: ValuePartKind;
}

function firstSentence(s: string): string {
  const plain = toPlain(s);
  const m = /^(.{12,}?[.:;])(\s|$)/.exec(plain);
  return m ? m[1] : plain;
}

function withDefault(info: SettingInfo | undefined, value: string, detail: string): string {
  return isDefaultValue(info, value) ? `Default. ${detail}` : detail;
}

function wholeChoices(info: SettingInfo | undefined, grammar: ValueGrammar, opts: FeatureOptions): ValueChoice[] {
  const owner = info?.name ?? '';
  switch (grammar.type) {
    case 'enum':
    case 'zeroOne': {
      const ok = grammar.values.filter((v) => !isDeprecatedValue(owner, v.value));
      const old = grammar.values.filter((v) => isDeprecatedValue(owner, v.value));
      return [
        ...ok.map((v) => ({ label: v.value, kind: 'value' as const, detail: withDefault(info, v.value, firstSentence(v.description)), part: 'whole' as const })),
        ...old.map((v) => ({ label: v.value, kind: 'value' as const, detail: `Deprecated and insecure. ${firstSentence(v.description)}`, deprecated: true, part: 'whole' as const })),
      ];
    }
    case 'boolean':
      return [
        { label: 'TRUE', kind: 'value', detail: withDefault(info, 'TRUE', 'Switches it on.'), part: 'whole' },
        { label: 'FALSE', kind: 'value', detail: withDefault(info, 'FALSE', 'Switches it off.'), part: 'whole' },
      ];
    case 'siteCode': {
      const out: ValueChoice[] = [];
      const configured = opts.config?.siteCode;
      if (configured && /^[A-Za-z0-9]{3}$/.test(configured)) {
        out.push({ label: configured.toUpperCase(), kind: 'value', detail: 'The site code from the ccmlint configuration.', part: 'whole' });
      }
      out.push({ label: 'AUTO', kind: 'keyword', detail: `Automatic site assignment. ${firstSentence(AUTO_SITE_TEXT)} Needs trust through AD, a pre-provisioned key or PKI.`, part: 'whole' });
      return out;
    }
    case 'managementPoint':
      return [{ label: 'https://', kind: 'keyword', detail: 'HTTPS management point (or a cloud management gateway URL).', part: 'whole' }];
    default:
      return [];
  }
}

function entryChoices(info: SettingInfo | undefined, grammar: ValueGrammar, parts: ValuePart[], current: ValuePart, opts: FeatureOptions): ValueChoice[] {
  const others = new Set(parts.filter((p) => p !== current).map((p) => p.text.toLowerCase()));
  if (grammar.type === 'cacheFlags') {
    const percent = ['percentdiskspace', 'percentfreediskspace'].some((f) => others.has(f));
    return CACHE_FLAGS.filter((f) => !others.has(f.flag.toLowerCase()) && !(percent && f.flag.startsWith('PERCENT'))).map((f) => ({
      label: f.flag,
      kind: 'value' as const,
      detail: firstSentence(f.description),
      part: 'entry' as const,
    }));
  }
  if (grammar.type === 'list') {
    if (info?.name === '/skipprereq') {
      return PREREQUISITE_FILES.filter((p) => !others.has(p.file.toLowerCase())).map((p) => ({
        label: p.file,
        kind: 'value' as const,
        detail: firstSentence(p.description),
        part: 'entry' as const,
      }));
    }
    if (grammar.of.type === 'managementPoint') {
      if (/^https?:/i.test(current.text)) return [];
      return wholeChoices(info, grammar.of, opts).map((c) => ({ ...c, part: 'entry' as const }));
    }
    return wholeChoices(info, grammar.of, opts).map((c) => ({ ...c, part: 'entry' as const }));
  }
  return [];
}

const KEYWORD_DETAIL: Record<string, string> = {
  Subject: 'Exact match in the subject name or SAN.',
  SubjectStr: 'Substring match in the subject name or SAN.',
  SubjectAttr: 'Match one subject attribute by OID or short name.',
};

interface ValueEdit {
  choices: ValueChoice[];
  /** Decoded range replaced. */
  a: number;
  b: number;
  /** Wrap a value in quotes (an unquoted value that needs them). */
  openQuote?: boolean;
}

function valuesAt(info: PositionInfo, text: string, offset: number, opts: FeatureOptions): CompletionEntry[] {
  const s = info.setting!;
  const part = info.valuePart;
  const line = info.line!;
  const src = line.region.text.text;
  const k = info.pos!;
  if (!s.info || !part || s.dynamic) return [];
  const readiness = line.region.kind === 'readiness';
  const grammar = s.info.value;
  // the value descriptions of a readiness option come from the property it mirrors
  const owner = readiness ? sameAs(s.info.name) ?? s.info : s.info;
  const parts = info.valueParts ?? [part];
  const a = Math.min(part.textStart, k);
  const b = Math.max(part.textEnd, k);
  let edit: ValueEdit | undefined;

  switch (grammar.type) {
    case 'managementPoint':
      if (/^https?:/i.test(part.text)) return [];
      edit = { choices: wholeChoices(owner, grammar, opts), a, b };
      break;
    case 'enum':
    case 'zeroOne':
    case 'boolean':
    case 'siteCode':
      edit = { choices: wholeChoices(owner, grammar, opts), a, b };
      break;
    case 'list':
    case 'cacheFlags':
      edit = { choices: entryChoices(owner, grammar, parts, part, opts), a, b };
      break;
    case 'configSource': {
      const used = new Set(src.slice(s.valueStart, s.valueEnd).toUpperCase());
      const choices = CONFIG_SOURCE_LETTERS.filter((l) => !used.has(l.letter)).map((l) => ({
        label: l.letter,
        kind: 'value' as const,
        detail: firstSentence(l.description),
        part: 'letter' as const,
      }));
      edit = { choices, a: k, b: k };
      break;
    }
    case 'certSelection': {
      if (part.kind === 'certKeyword') {
        const hasColon = part.end < s.valueEnd && src[part.end] === ':';
        const choices = CERT_SELECTION_KEYWORDS.map((kw) => ({
          label: `${kw.keyword}:`,
          value: hasColon ? kw.keyword : `${kw.keyword}:`,
          kind: 'keyword' as const,
          detail: KEYWORD_DETAIL[kw.keyword] ?? firstSentence(kw.description),
          retrigger: !hasColon && kw.keyword === 'SubjectAttr',
          part: 'certKeyword' as const,
        }));
        // an unquoted value gets its opening quote (the criteria usually hold spaces)
        edit = { choices, a, b, openQuote: !s.quoted && !hasColon && part.index === 0 };
      } else if (part.kind === 'certAttribute') {
        const hasEq = part.end < s.valueEnd && src[part.end] === '=';
        const spaced = s.quoted;
        const choices: ValueChoice[] = [];
        for (const attr of CERT_ATTRIBUTES) {
          for (const name of [...attr.names, attr.oid]) {
            choices.push({
              label: name,
              value: hasEq ? name : `${name}${spaced ? ' = ' : '='}`,
              kind: 'value',
              detail: name === attr.oid ? `OID: ${attr.description}` : `${attr.description} (${attr.oid})`,
              part: 'certAttribute',
            });
          }
        }
        edit = { choices, a, b };
      }
      break;
    }
    default:
      break;
  }
  if (!edit || edit.choices.length === 0) return [];
  const range = editRange(info, text, edit.a, edit.b, offset);
  if (!range) return [];
  const quoting = quotingAt(info, edit.a === edit.b ? edit.a - 1 : edit.a);
  const settingName = s.info.name;
  return edit.choices.map((c, i) => {
    const value = c.value ?? c.label;
    let pieces: Piece[];
    let snippet = false;
    if (edit!.openQuote) {
      if (opts.snippets) {
        pieces = ['"' + value, { stop: 1 }, '"'];
        snippet = true;
      } else pieces = ['"' + value];
    } else if (!s.quoted && /\s/.test(value) && part.start === s.valueStart && part.end === s.valueEnd) {
      // a value with spaces on its own is written quoted
      pieces = ['"' + value + '"'];
    } else pieces = [value];
    const entry: CompletionEntry = {
      label: c.label,
      kind: c.kind,
      detail: c.detail,
      insertText: build(pieces, quoting, snippet),
      range: { ...range },
      sortText: `${c.deprecated ? 1 : 0}${String(i).padStart(3, '0')}`,
      data: JSON.stringify(['value', settingName, c.part, c.label, readiness ? 1 : 0]),
    };
    if (snippet) entry.isSnippet = true;
    if (c.retrigger) entry.retrigger = true;
    if (c.deprecated) entry.deprecated = true;
    if (/^(?:"|`"|&quot;)/.test(entry.insertText)) {
      entry.filterText = c.label;
    }
    return entry;
  });
}

function sameAs(name: string): SettingInfo | undefined {
  const r = findReadinessParameter(name);
  return r?.sameAs ? findSetting(r.sameAs) : undefined;
}

// ---- the plain ccmsetup language: a blank line is a command line waiting to be written -------------------------------

function blankPlainLine(analysis: Analysis, text: string, offset: number, opts: FeatureOptions): CompletionEntry[] {
  if (analysis.located.host !== 'ccmsetup') return [];
  let a = offset;
  let b = offset;
  while (a > 0 && text[a - 1] !== '\n' && text[a - 1] !== '\r') a--;
  while (b < text.length && text[b] !== '\n' && text[b] !== '\r') b++;
  if (!/^[ \t]*$/.test(text.slice(a, b))) return [];
  const cls: NameClass = opts.config?.environment?.pushContext ? 'push' : 'full';
  return nameEntries(
    { cls, range: { start: offset, end: offset }, typed: '', present: new Set(), hasSeparator: false, before: false, quoting: RAW },
    opts,
  );
}

/** Completion items at a document offset (a caret). Outside any command line: none. Never throws. */
export function complete(analysis: Analysis, text: string, offset: number, opts: FeatureOptions): CompletionEntry[] {
  const info = positionAt(analysis, text, offset, 'caret');
  switch (info.kind) {
    case 'value':
      return valuesAt(info, text, offset, opts);
    case 'name':
    case 'between':
      return namesAt(info, text, offset, opts);
    case 'none':
      if (info.line && info.token && !info.setting) return namesAt(info, text, offset, opts);
      if (!info.line) return blankPlainLine(analysis, text, offset, opts);
      return [];
    default:
      return [];
  }
}

/** Fills in the documentation of an item from complete(), as Markdown or plain text. */
export function resolveCompletion(entry: CompletionEntry, opts: FeatureOptions): CompletionEntry {
  if (!entry.data) return entry;
  let data: unknown;
  try {
    data = JSON.parse(entry.data);
  } catch {
    return entry;
  }
  if (!Array.isArray(data) || typeof data[0] !== 'string' || typeof data[1] !== 'string') return entry;
  let doc;
  if (data[0] === 'setting' || data[0] === 'readiness') {
    doc = docForSettingName(data[1], data[0] === 'readiness');
  } else if (data[0] === 'value' && typeof data[2] === 'string' && typeof data[3] === 'string') {
    const readiness = data[4] === 1;
    const r = readiness ? findReadinessParameter(data[1]) : undefined;
    const info = readiness ? sameAs(data[1]) : findSetting(data[1]);
    const grammar = readiness ? r?.value : info?.value;
    const value = data[2] === 'certKeyword' ? data[3].replace(/:$/, '') : data[3];
    doc = valueDoc(info, grammar, data[2] as ValuePartKind, value, opts.config);
  }
  if (!doc || doc.empty) return entry;
  return { ...entry, documentation: doc.render(opts.markdown) };
}
