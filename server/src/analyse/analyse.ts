// The pipeline: locate command lines in the host file, parse each, run the rules, map findings and
// fixes back to the document, then apply configuration and suppression directives.
import { locate, relocate } from '../locate';
import type { Located, Quoting, Region, RegionKind, HostLanguage } from '../locate/region';
import { parseCommandLine, type ParsedLine } from '../parse/command-line';
import { RULES, RULE_IDS, UNUSED_DIRECTIVE, type Rule } from '../rules';
import { DocumentContext, LineContext, type AnalyseOptions, type DraftFinding, type DraftFix } from '../rules/context';
import { isVerbatim, startOf, toSource } from '../text/mapped-text';
import { LineIndex } from '../text/positions';
import type { Finding, Fix, TextEdit } from './finding';
import { applyDirectives, parseDirectives, type Directive } from './suppression';
import { lineKey, trackedOptions } from './line-cache';
import { closedEnd, insideCdata, oneOfSeveralStrings, onlyBlanksBefore, WORD_BEFORE_RE, type FixSource } from './fix-context';

export interface AnalysedLine {
  region: Region;
  parsed: ParsedLine;
}

export interface Analysis {
  findings: Finding[];
  located: Located;
  lines: AnalysedLine[];
  directives: Directive[];
}

export type { AnalyseOptions };

// ---- writing inserted text the way the host passes it through ----------------------------------

const SNIPPET_PLACEHOLDER = /\$\{\d+(?::[^}]*)?\}|\$\d+/g;

function encodePlain(text: string, quoting: Quoting): string {
  switch (quoting) {
    case 'ps-double':
      return text.replace(/[`"$]/g, (c) => '`' + c);
    case 'ps-single':
      return text.replace(/'/g, "''");
    case 'xml':
      return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
    default:
      return text;
  }
}

/** Encodes text for the host; in snippets, the ${n:...} placeholders stay as they are. */
export function encodeForHost(text: string, quoting: Quoting, snippet: boolean): string {
  if (!snippet) return encodePlain(text, quoting);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SNIPPET_PLACEHOLDER)) {
    out += encodePlain(text.slice(last, m.index), quoting) + m[0];
    last = m.index! + m[0].length;
  }
  return out + encodePlain(text.slice(last), quoting);
}

/**
 * Maps a fix from decoded offsets to document edits; undefined when it would touch escapes or joins. A rule
 * can give two findings of one command line one fix (CCM011's pair of quotes): `mapped` holds those of the
 * command line being mapped (per command line: the line cache hands the same draft fixes to every copy of
 * an identical command line, and to later analyses).
 */
function mapFix(region: Region, draft: DraftFix, src: FixSource, mapped: Map<DraftFix, Fix | null>): Fix | undefined {
  if (!draft.shared) return mapFixOnce(region, draft, src);
  const known = mapped.get(draft);
  if (known !== undefined) return known ?? undefined;
  const fix = mapFixOnce(region, draft, src);
  mapped.set(draft, fix ?? null);
  return fix;
}

function mapFixOnce(region: Region, draft: DraftFix, src: FixSource): Fix | undefined {
  const m = region.text;
  const edits: TextEdit[] = [];
  const regionStart = m.text.length > 0 ? startOf(m, 0) : m.endOffset;
  // an unquoted CCMSETUPCMD=value: inserted text with spaces needs quotes around the whole value
  const unquotedMsiValue = !!region.msiQuoted && src.text[regionStart - 1] !== '"';
  let wrap = false;
  for (const e of draft.edits) {
    if (e.end > e.start && !isVerbatim(m, e.start, e.end)) return undefined;
    const r = toSource(m, e.start, e.end);
    // an empty command line after its program (& ccmsetup.exe): insertions go right after the program name
    if (m.text.length === 0 && region.executable && r.start < region.executable.end) r.start = r.end = region.executable.end;
    const quoting = region.quotingAt ? region.quotingAt(Math.max(0, e.start - (e.end > e.start ? 0 : 1))) : region.quoting;
    if (e.start === e.end && e.start >= m.text.length && e.text.length > 0 && closedEnd(region, src, r.start, quoting)) return undefined;
    if (e.start === e.end && /\s/.test(e.text) && oneOfSeveralStrings(region, src, quoting)) return undefined;
    // inside CCMSETUPCMD="..." msiexec reads "" as a quote; then the host's own quoting applies
    const msi = region.msiQuoted ? e.text.replace(/"/g, '""') : e.text;
    // CDATA keeps its text as written: no entities there
    const cdata = quoting === 'xml' && insideCdata(src.text, r.start);
    let newText = e.raw || cdata ? msi : encodeForHost(msi, quoting, draft.kind === 'snippet');
    // an insertion into an empty command line right after a word (ccmsetup.exe, INSTALL=ALL): keep them apart
    if (
      e.start === e.end &&
      newText.length > 0 &&
      !/^\s/.test(newText) &&
      onlyBlanksBefore(m.text, e.start) &&
      r.start > 0 &&
      (r.start === region.executable?.end || WORD_BEFORE_RE.test(src.text[r.start - 1]))
    ) {
      newText = ' ' + newText;
    }
    if (unquotedMsiValue && /\s/.test(e.text)) wrap = true;
    edits.push({ start: r.start, end: r.end, newText });
  }
  if (wrap) {
    const regionEnd = m.endOffset;
    const atStart = edits.find((x) => x.start === regionStart && x.end === regionStart);
    if (atStart) atStart.newText = '"' + atStart.newText;
    else edits.push({ start: regionStart, end: regionStart, newText: '"' });
    const atEnd = edits.find((x) => x.start === regionEnd && x.end === regionEnd);
    if (atEnd) atEnd.newText += '"';
    else edits.push({ start: regionEnd, end: regionEnd, newText: '"' });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return undefined;
  return { title: draft.title, kind: draft.kind, edits };
}

function toFinding(d: DraftFinding, start: number, end: number, fixes: Fix[]): Finding {
  return {
    rule: d.meta.id,
    name: d.meta.name,
    severity: d.severity,
    start,
    end,
    message: d.message,
    fixes,
    tags: d.tags,
  };
}

/** Analyses one document. Never throws: a rule that fails is reported as an internal error finding. */
export function analyse(text: string, host: HostLanguage, options: AnalyseOptions = {}): Analysis {
  const previous = options.previous;
  const located = previous ? relocate(previous.text, previous.analysis.located, text, host) : locate(text, host);
  const config = options.config;
  const env = config?.environment ?? {};
  const enabled = RULES.filter((r) => config?.rules[r.meta.id] !== 'off');
  const raw: Finding[] = [];
  const lines: AnalysedLine[] = [];
  // the line rules that apply to each kind of command line, worked out once per analysis
  const perKind = new Map<RegionKind, Rule[]>();
  const lineRules = (kind: RegionKind): Rule[] => {
    let list = perKind.get(kind);
    if (!list) {
      list = enabled.filter((r) => r.checkLine && (r.regions ? r.regions.includes(kind) : kind !== 'readiness'));
      perKind.set(kind, list);
    }
    return list;
  };

  const cache = options.cache;
  cache?.begin(options);
  for (let region of located.regions) {
    if (env.pushContext && region.kind === 'ccmsetup') region = { ...region, kind: 'push', cacheKey: undefined };
    const key = cache ? (region.cacheKey ??= lineKey(region, host)) : undefined;
    let line = key !== undefined ? cache!.get(key) : undefined;
    if (!line) {
      const parsed = parseCommandLine(region.text.text, { readiness: region.kind === 'readiness' });
      const seen = { other: false };
      const ctx = new LineContext(region, parsed, cache ? trackedOptions(options, seen) : options, host);
      for (const rule of lineRules(region.kind)) {
        ctx.rule = rule.meta;
        try {
          rule.checkLine!(ctx);
        } catch (err) {
          ctx.report(0, region.text.text.length, `internal error in ${rule.meta.id}: ${(err as Error).message}`, { severity: 'error' });
        }
      }
      line = { parsed, findings: ctx.findings };
      if (key !== undefined && !seen.other) cache!.set(key, line);
    }
    lines.push({ region, parsed: line.parsed });
    const mappedFixes = new Map<DraftFix, Fix | null>();
    for (const d of line.findings) {
      // an empty command line (a bare ccmsetup.exe): the finding goes on the program name
      const r = d.start === d.end && region.executable ? region.executable : toSource(region.text, d.start, d.end);
      const fixes = d.fixes.map((f) => mapFix(region, f, { text, host }, mappedFixes)).filter((f): f is Fix => !!f);
      raw.push(toFinding(d, r.start, r.end, fixes));
    }
  }

  cache?.end();
  const doc = new DocumentContext(text, located, options);
  for (const rule of enabled) {
    if (!rule.checkDocument) continue;
    doc.rule = rule.meta;
    try {
      rule.checkDocument(doc);
    } catch (err) {
      doc.report(0, 0, `internal error in ${rule.meta.id}: ${(err as Error).message}`, { severity: 'error' });
    }
  }
  for (const d of doc.findings) {
    const fixes = d.fixes.map((f) => ({
      title: f.title,
      kind: f.kind,
      edits: f.edits.map((e) => ({ start: e.start, end: e.end, newText: e.text })),
    }));
    raw.push(toFinding(d, d.start, d.end, fixes));
  }

  // configuration: severity overrides
  for (const f of raw) {
    const setting = config?.rules[f.rule];
    if (setting && setting !== 'off') f.severity = setting;
  }

  // suppression directives
  const index = new LineIndex(text);
  const directives = parseDirectives(located, index);
  const statementEnd = new Map<number, number>();
  // where each statement ends, for disable-next-line directives (none in most scripts)
  if (directives.length > 0) for (const statement of [...located.regions.map((r) => r.statement), ...(located.statements ?? [])]) {
    const first = index.position(statement.start).line;
    const last = index.position(statement.end).line;
    statementEnd.set(first, Math.max(last, statementEnd.get(first) ?? first));
  }
  const { kept, unused } = applyDirectives(dedupe(raw), directives, index, (l) => statementEnd.get(l) ?? l);
  const findings = kept;
  if (config?.rules[UNUSED_DIRECTIVE.id] !== 'off') {
    for (const u of unused) {
      const what = u.id ? `${u.id.id} is not reported here` : 'no finding is reported here';
      findings.push({
        rule: UNUSED_DIRECTIVE.id,
        name: UNUSED_DIRECTIVE.name,
        severity: (config?.rules[UNUSED_DIRECTIVE.id] as Finding['severity']) ?? UNUSED_DIRECTIVE.severity,
        start: u.id ? u.id.start : u.directive.start,
        end: u.id ? u.id.end : u.directive.end,
        message: `Unused suppression: ${what}, so this directive can go.`,
        fixes: [],
        tags: ['unnecessary'],
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { findings, located, lines, directives };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}:${f.start}:${f.end}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export { RULE_IDS };
