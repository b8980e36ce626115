// The default output: `path:line:col  severity  CCMxxx  message`, the source line with a caret
// underline, then a summary.
import type { Finding } from '../analyse/finding';
import { LineIndex } from '../text/positions';

export interface FileResult {
  /** Path as shown to the user (relative to the working directory). */
  path: string;
  text: string;
  findings: Finding[];
}

const COLORS = { error: 31, warning: 33, information: 36, hint: 90 } as const;

export function formatText(results: FileResult[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const index = new LineIndex(r.text);
    for (const f of r.findings) {
      counts[f.severity]++;
      if (f.fixes.some((x) => x.kind === 'auto')) fixable++;
      const s = index.position(f.start);
      const e = index.position(f.end);
      out.push(`${r.path}:${s.line + 1}:${s.character + 1}  ${paint(COLORS[f.severity], f.severity)}  ${f.rule} ${f.name}  ${f.message}`);
      const line = index.lineText(s.line).replace(/\t/g, ' ');
      const width = Math.max(1, (e.line === s.line ? e.character : line.length) - s.character);
      const shown = line.length > 200 ? line.slice(Math.max(0, s.character - 80), s.character + 120) : line;
      const offset = line.length > 200 ? Math.min(80, s.character) : s.character;
      out.push(`    ${shown}`);
      out.push(`    ${' '.repeat(offset)}${paint(COLORS[f.severity], '^'.repeat(Math.min(width, Math.max(1, shown.length - offset))))}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) {
    out.push(`${results.length} file${results.length === 1 ? '' : 's'} checked, no problems found.`);
  } else {
    out.push('');
    out.push(
      `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information} information, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}.`,
    );
    if (fixable > 0) out.push(`${fixable} can be fixed with --fix.`);
  }
  return out.join('\n') + '\n';
}
