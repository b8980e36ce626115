// Code actions for the findings in a range: the rule's own fixes, "disable CCMxxx for this line",
// "disable CCMxxx for this file" (never above @echo off, #Requires or an XML declaration), and
// "show documentation". Offsets in, offsets out; the language server turns them into LSP objects.
import type { Analysis } from '../analyse/analyse';
import type { Finding, FixKind, TextEdit } from '../analyse/finding';
import type { HostLanguage } from '../locate/region';
import { LineIndex } from '../text/positions';

export interface ActionEntry {
  title: string;
  kind: 'quickfix' | 'disable' | 'docs';
  /** For quick fixes: how safe the edit is (auto fixes are preferred). */
  fixKind?: FixKind;
  preferred?: boolean;
  edits?: TextEdit[];
  /** The finding this action answers. */
  finding: Finding;
  /** For 'docs': the rule id. */
  rule?: string;
}

/** The comment a host writes a directive in, around `body`. */
export function commentLine(host: HostLanguage, body: string): string {
  switch (host) {
    case 'batch':
      return `REM ${body}`;
    case 'tcf':
      return `; ${body}`;
    case 'xml':
      return `<!-- ${body} -->`;
    default:
      return `# ${body}`;
  }
}

const eolOf = (text: string) => (/\r\n/.test(text) ? '\r\n' : '\n');

/** First line a file-wide directive may go on: after @echo off, #Requires, shebangs and XML declarations. */
function fileDirectiveLine(text: string, lines: LineIndex, host: HostLanguage): number {
  let line = 0;
  while (line < lines.lineCount) {
    const t = lines.lineText(line).trim();
    const header =
      (host === 'batch' && /^@?echo\s+off$/i.test(t)) ||
      (host === 'powershell' && /^#requires\b/i.test(t)) ||
      /^#!/.test(t) ||
      (host === 'xml' && /^<\?xml\b/i.test(t));
    if (!header) break;
    line++;
  }
  return line;
}

function disableForLine(text: string, lines: LineIndex, analysis: Analysis, host: HostLanguage, f: Finding): TextEdit[] {
  // the statement the finding sits in starts on this line: a directive goes above the statement
  const region = analysis.located.regions.find((r) => r.statement.start <= f.start && f.start <= r.statement.end);
  const anchor = region ? Math.min(region.statement.start, f.start) : f.start;
  const line = lines.position(anchor).line;
  // an existing disable-next-line directive right above: add the id to it
  const existing = analysis.directives.find((d) => d.kind === 'disable-next-line' && d.line === line - 1);
  if (existing && existing.ids.length > 0) {
    if (existing.ids.some((i) => i.id === f.rule)) return [];
    return [{ start: existing.end, end: existing.end, newText: `, ${f.rule}` }];
  }
  const lineStart = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
  return [{ start: lineStart, end: lineStart, newText: `${indent}${commentLine(host, `ccmlint-disable-next-line ${f.rule}`)}${eolOf(text)}` }];
}

function disableForFile(text: string, lines: LineIndex, host: HostLanguage, f: Finding): TextEdit[] {
  const line = fileDirectiveLine(text, lines, host);
  const at = line < lines.lineCount ? lines.lineStart(line) : text.length;
  const lead = at === text.length && text.length > 0 && !/[\r\n]$/.test(text) ? eolOf(text) : '';
  return [{ start: at, end: at, newText: `${lead}${commentLine(host, `ccmlint-disable ${f.rule}`)}${eolOf(text)}` }];
}

/** Actions for the findings that overlap [start, end]. */
export function codeActions(analysis: Analysis, text: string, host: HostLanguage, start: number, end: number): ActionEntry[] {
  const lines = new LineIndex(text);
  const out: ActionEntry[] = [];
  const findings = analysis.findings.filter((f) => f.start <= end && start <= f.end);
  for (const f of findings) {
    f.fixes.forEach((fix, i) => {
      out.push({ title: fix.title, kind: 'quickfix', fixKind: fix.kind, preferred: fix.kind === 'auto' && i === 0, edits: fix.edits, finding: f });
    });
  }
  const seenRules = new Set<string>();
  for (const f of findings) {
    if (seenRules.has(f.rule) || f.rule === 'CCM000') continue;
    seenRules.add(f.rule);
    const lineEdits = disableForLine(text, lines, analysis, host, f);
    if (lineEdits.length) out.push({ title: `Disable ${f.rule} for this line`, kind: 'disable', edits: lineEdits, finding: f });
    out.push({ title: `Disable ${f.rule} for this file`, kind: 'disable', edits: disableForFile(text, lines, host, f), finding: f });
    out.push({ title: `Show documentation for ${f.rule} ${f.name}`, kind: 'docs', rule: f.rule, finding: f });
  }
  return out;
}

/** A minimal edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let s = 0;
  while (s < before.length && s < after.length && before[s] === after[s]) s++;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before[before.length - 1 - e] === after[after.length - 1 - e]) e++;
  return { start: s, end: before.length - e, newText: after.slice(s, after.length - e) };
}
