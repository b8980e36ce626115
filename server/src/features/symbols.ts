// Document symbols: one symbol per command line, with one child per setting.
import type { Analysis } from '../analyse/analyse';
import type { RegionKind } from '../locate/region';
import type { Setting } from '../parse/command-line';
import { ccmsetupcmdNames, docRange, nameHeadStart } from './position';
import type { OffsetRange, SymbolEntry } from './types';

const REGION_NAMES: Record<RegionKind, string> = {
  ccmsetup: 'ccmsetup.exe',
  ccmsetupcmd: 'CCMSETUPCMD',
  push: 'Client push properties',
  taskSequence: 'Task sequence properties',
  configFile: '/config Install=',
  readiness: 'cmHttpsReadiness.exe',
};

const MAX_VALUE = 40;

function shorten(value: string, secret: boolean): string {
  const v = value.replace(/\s+/g, ' ');
  if (secret && v.length > 8) return v.slice(0, 8) + '…';
  return v.length > MAX_VALUE ? v.slice(0, MAX_VALUE - 1) + '…' : v;
}

function settingName(s: Setting): string {
  const name = s.info ? s.info.name : s.kind === 'parameter' ? '/' + s.name : s.name;
  if (!s.separator) return name || s.key || '?';
  const secret = s.info?.value.type === 'token' || s.info?.value.type === 'rootKey';
  return `${name || '?'}${s.separator}${shorten(s.value ?? '', secret)}`;
}

const within = (inner: OffsetRange, outer: OffsetRange) => inner.start >= outer.start && inner.end <= outer.end;

/** Document symbols of every command line, in document order. */
export function documentSymbols(analysis: Analysis, text: string): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  const clamp = (r: OffsetRange): OffsetRange => {
    const start = Math.max(0, Math.min(r.start, text.length));
    return { start, end: Math.max(start, Math.min(r.end, text.length)) };
  };
  const bootstrap = ccmsetupcmdNames(analysis, text);
  for (const { region, parsed } of analysis.lines) {
    const m = region.text;
    const children: SymbolEntry[] = [];
    for (const s of parsed.settings) {
      const range = clamp(docRange(m, s.start, s.end));
      const name = clamp(docRange(m, nameHeadStart(s), s.nameEnd));
      const child: SymbolEntry = {
        name: settingName(s),
        kind: s.kind,
        range,
        selectionRange: within(name, range) ? name : { start: range.start, end: range.start },
        children: [],
      };
      if (!s.info) child.detail = `unknown ${s.kind}`;
      children.push(child);
    }
    const range = clamp(region.statement);
    let selection: OffsetRange | undefined = region.executable ? clamp(region.executable) : undefined;
    if (!selection && region.kind === 'ccmsetupcmd') selection = bootstrap.find((r) => within(r, range));
    if (!selection && children.length > 0) selection = children[0].selectionRange;
    if (!selection || !within(selection, range)) selection = { start: range.start, end: range.start };
    const entry: SymbolEntry = {
      name: REGION_NAMES[region.kind],
      kind: 'command',
      range,
      selectionRange: selection,
      children,
    };
    const detail = summary(parsed.settings);
    if (detail) entry.detail = detail;
    out.push(entry);
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return out;
}

/** "site P01 · MP https://mp01.contoso.com": what the command line assigns, at a glance. */
function summary(settings: Setting[]): string | undefined {
  const find = (name: string) => settings.find((s) => s.info?.name === name && s.value !== undefined && s.value.length > 0);
  const parts: string[] = [];
  const site = find('SMSSITECODE');
  if (site) parts.push(`site ${shorten(site.value!, false)}`);
  const mp = find('/mp') ?? find('SMSMP') ?? find('SMSMPLIST') ?? find('CCMHOSTNAME');
  if (mp) parts.push(`MP ${shorten(mp.value!.split(';')[0], false)}`);
  else {
    const source = find('/source');
    if (source) parts.push(`source ${shorten(source.value!, false)}`);
  }
  return parts.length ? parts.join(' · ') : undefined;
}
