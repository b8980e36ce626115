// Suppression directives in host comments:
//   ccmlint-disable-next-line CCM303 -- reason   (the next line, or the whole statement that starts there)
//   ccmlint-disable CCM303 / ccmlint-enable CCM303  (a region, or the rest of the file)
// Without ids a directive covers every rule. A directive that suppresses nothing is reported (CCM000).
import type { Located } from '../locate/region';
import type { LineIndex } from '../text/positions';

export interface DirectiveId {
  id: string;
  start: number;
  end: number;
}

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Document range of the directive text (from ccmlint- to the end of the ids). */
  start: number;
  end: number;
  ids: DirectiveId[];
  /** Document line of the comment. */
  line: number;
}

const DIRECTIVE_RE = /\bccmlint-(disable-next-line|disable|enable)\b/i;
const ID_RE = /\bCCM\d{3}\b/gi;

export function parseDirectives(located: Located, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const c of located.comments) {
    const m = DIRECTIVE_RE.exec(c.text);
    if (!m) continue;
    const afterKeyword = m.index + m[0].length;
    const dash = c.text.indexOf('--', afterKeyword);
    const idsText = c.text.slice(afterKeyword, dash >= 0 ? dash : c.text.length);
    const ids: DirectiveId[] = [];
    for (const idm of idsText.matchAll(ID_RE)) {
      const s = c.start + afterKeyword + idm.index!;
      ids.push({ id: idm[0].toUpperCase(), start: s, end: s + idm[0].length });
    }
    const start = c.start + m.index;
    const end = ids.length > 0 ? ids[ids.length - 1].end : c.start + afterKeyword;
    out.push({ kind: m[1].toLowerCase() as Directive['kind'], start, end, ids, line: lines.position(c.start).line });
  }
  return out;
}

export interface Suppressible {
  rule: string;
  start: number;
}

/**
 * Splits findings into kept and suppressed, and returns the directives (and ids) that suppressed nothing.
 * `statementEndLine(line)` gives the last line of a statement starting on `line` (for multi-line commands).
 */
export function applyDirectives<T extends Suppressible>(
  findings: T[],
  directives: Directive[],
  lines: LineIndex,
  statementEndLine: (line: number) => number,
): { kept: T[]; unused: { directive: Directive; id?: DirectiveId }[] } {
  // Each finding looks up only the directives that can concern it, so the work grows with findings plus
  // directives (not their product): next-line directives by the lines they cover, region directives in one
  // sweep over the findings in document order.
  if (directives.length === 0) return { kept: findings, unused: [] };
  const used = new Set<string>(); // `${directiveIndex}:${id or *}`
  // next-line directives (by index) for each line they cover
  const nextLine = new Map<number, number[]>();
  // region directives by position; the last (by index) covering directive before a finding decides
  const regions: number[] = [];
  directives.forEach((d, k) => {
    if (d.kind !== 'disable-next-line') {
      regions.push(k);
      return;
    }
    const first = d.line + 1;
    const last = Math.max(first, statementEndLine(first));
    for (let l = first; l <= last; l++) {
      const list = nextLine.get(l);
      if (list) list.push(k);
      else nextLine.set(l, [k]);
    }
  });
  regions.sort((a, b) => directives[a].start - directives[b].start || a - b);
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].start - findings[b].start || a - b);
  const suppressed = new Array<boolean>(findings.length).fill(false);
  // the highest index of a region directive seen so far that covers each rule id (and all rules: '*')
  const lastRegion = new Map<string, number>();
  let r = 0;
  for (const i of order) {
    const f = findings[i];
    while (r < regions.length && directives[regions[r]].start <= f.start) {
      const k = regions[r++];
      const d = directives[k];
      const keys = d.ids.length === 0 ? ['*'] : d.ids.map((x) => x.id);
      for (const key of keys) if ((lastRegion.get(key) ?? -1) < k) lastRegion.set(key, k);
    }
    let suppressedBy: string | undefined;
    for (const k of nextLine.size > 0 ? (nextLine.get(lines.position(f.start).line) ?? []) : []) {
      const d = directives[k];
      const hit = d.ids.length === 0 ? '*' : d.ids.find((x) => x.id === f.rule)?.id;
      if (hit) {
        suppressedBy = `${k}:${hit}`;
        break;
      }
    }
    let regionState: string | undefined;
    const k = Math.max(lastRegion.get(f.rule) ?? -1, lastRegion.get('*') ?? -1);
    if (k >= 0) {
      const d = directives[k];
      regionState = d.kind === 'disable' ? `${k}:${d.ids.length === 0 ? '*' : f.rule}` : undefined;
    }
    const by = suppressedBy ?? regionState;
    if (by) {
      used.add(by);
      suppressed[i] = true;
    }
  }
  const kept = findings.filter((_, i) => !suppressed[i]);
  const unused: { directive: Directive; id?: DirectiveId }[] = [];
  directives.forEach((d, k) => {
    if (d.kind === 'enable') return;
    if (d.ids.length === 0) {
      if (!used.has(`${k}:*`)) unused.push({ directive: d });
      return;
    }
    for (const id of d.ids) if (!used.has(`${k}:${id.id}`)) unused.push({ directive: d, id });
  });
  return { kept, unused };
}
