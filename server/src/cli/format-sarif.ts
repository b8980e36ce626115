// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps): every rule in the tool driver, every finding
// a result with its physical location. Paths are relative to the working directory (%SRCROOT%).
import { RULES } from '../rules';
import { TOOL_NAME, VERSION, HOMEPAGE, ruleDocsUrl } from '../project';
import { LineIndex } from '../text/positions';
import type { Severity } from '../analyse/finding';
import type { FileResult } from './format-text';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: FileResult[]): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            informationUri: HOMEPAGE,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.name,
              shortDescription: { text: r.meta.description },
              helpUri: ruleDocsUrl(r.meta.id),
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { severity: r.meta.severity, fixable: r.meta.fixable, tags: ['configmgr', r.meta.id.startsWith('CCM3') ? 'security' : 'correctness'] },
            })),
          },
        },
        results: results.flatMap((r) => {
          const index = new LineIndex(r.text);
          return r.findings.map((f) => {
            const s = index.position(f.start);
            const e = index.position(f.end);
            return {
              ruleId: f.rule,
              ruleIndex: ruleIndex.get(f.rule) ?? -1,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(r.path.replace(/\\/g, '/')), uriBaseId: '%SRCROOT%' },
                    region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
                  },
                },
              ],
              properties: { severity: f.severity },
            };
          });
        }),
      },
    ],
  };
}

export function formatSarif(results: FileResult[]): string {
  return JSON.stringify(toSarif(results), null, 2) + '\n';
}
