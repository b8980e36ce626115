// JSON output: one object per finding, 1-based positions, end exclusive.
import { LineIndex } from '../text/positions';
import type { FileResult } from './format-text';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  name: string;
  severity: string;
  message: string;
  fixable: boolean;
  fixes: { title: string; kind: string; edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[] }[];
}

export function toJson(results: FileResult[]): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const r of results) {
    const index = new LineIndex(r.text);
    const pos = (o: number) => {
      const p = index.position(o);
      return { line: p.line + 1, column: p.character + 1 };
    };
    for (const f of r.findings) {
      const s = pos(f.start);
      const e = pos(f.end);
      out.push({
        file: r.path,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        rule: f.rule,
        name: f.name,
        severity: f.severity,
        message: f.message,
        fixable: f.fixes.some((x) => x.kind === 'auto'),
        fixes: f.fixes.map((x) => ({
          title: x.title,
          kind: x.kind,
          edits: x.edits.map((ed) => {
            const a = pos(ed.start);
            const b = pos(ed.end);
            return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: ed.newText };
          }),
        })),
      });
    }
  }
  return out;
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(toJson(results), null, 2) + '\n';
}
