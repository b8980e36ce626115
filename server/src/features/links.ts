// Document links: each rule id in a suppression directive opens that rule's documentation page.
import type { Analysis } from '../analyse/analyse';
import { ruleDocsUrl } from '../project';
import { ruleById } from '../rules';
import type { LinkEntry } from './types';

/** Links for the rule ids of every suppression directive (ids this linter knows), in document order. */
export function documentLinks(analysis: Analysis, text: string): LinkEntry[] {
  const out: LinkEntry[] = [];
  for (const d of analysis.directives) {
    for (const id of d.ids) {
      const rule = ruleById(id.id);
      if (!rule || id.start < 0 || id.end > text.length || id.end <= id.start) continue;
      out.push({
        range: { start: id.start, end: id.end },
        target: ruleDocsUrl(rule.meta.id),
        tooltip: `${rule.meta.id} ${rule.meta.name}: open the rule documentation`,
      });
    }
  }
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}
