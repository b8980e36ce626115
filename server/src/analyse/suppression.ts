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
  const used = new Set<string>(); // `${directiveIndex}:${id or *}`
  const kept: T[] = [];
  for (const f of findings) {
    const line = lines.position(f.start).line;
    let suppressedBy: string | undefined;
    // a region directive: the last disable/enable before the finding decides, per id
    let regionState: string | undefined;
    directives.forEach((d, k) => {
      if (d.kind === 'disable-next-line') {
        if (suppressedBy) return;
        const first = d.line + 1;
        if (line < first || line > Math.max(first, statementEndLine(first))) return;
        const hit = d.ids.length === 0 ? '*' : d.ids.find((i) => i.id === f.rule)?.id;
        if (hit) suppressedBy = `${k}:${hit}`;
        return;
      }
      if (d.start > f.start) return;
      const covers = d.ids.length === 0 || d.ids.some((i) => i.id === f.rule);
      if (!covers) return;
      const hit = d.ids.length === 0 ? '*' : f.rule;
      regionState = d.kind === 'disable' ? `${k}:${hit}` : undefined;
    });
    const by = suppressedBy ?? regionState;
    if (by) used.add(by);
    else kept.push(f);
  }
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
