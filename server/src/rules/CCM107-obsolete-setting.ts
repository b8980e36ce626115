import { findProperty } from '../knowledge';
import { valueFits } from './rename';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM107',
    name: 'obsolete-setting',
    severity: 'warning',
    description: 'A setting that was replaced or removed: /native, SMSSLP, AADTENANTNAME, UPGRADETOLATEST as a property.',
    fixable: 'auto',
    tags: ['deprecated'],
  },
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (!s.info) continue;
      if (s.info.status !== 'obsolete') continue;
      const replacement = s.info.replacement;
      const written = s.kind === 'parameter' ? `/${s.name}` : s.name;
      if (!replacement) {
        ctx.report(s.nameStart, s.nameEnd, `${written} is obsolete: ${s.info.summary.replace(/\.$/, '')}. Current clients ignore it; remove it.`);
        continue;
      }
      const replacementIsParameter = replacement.startsWith('/');
      // /native -> /UsePKICert and UPGRADETOLATEST -> /UpgradeToLatest replace the whole token;
      // SMSSLP=x -> SMSMP=x keeps the value
      const keepValue = !replacementIsParameter && s.separator !== '';
      ctx.report(keepValue ? s.nameStart : s.start, keepValue ? s.nameEnd : s.end, `${written} is obsolete; use ${replacement} instead.${s.info.since ? ` (${s.info.since})` : ''}`, {
        // a kept value must be valid for the replacement (SMSSLP=x to SMSMP=x: x must be a management point)
        fixes:
          keepValue && !valueFits(s, findProperty(replacement))
            ? []
            : [
                {
                  title: `Replace with ${replacement}`,
                  kind: 'auto',
                  edits: [keepValue ? ctx.replace(s.nameStart, s.nameEnd, replacement) : ctx.replace(s.start, s.end, replacement)],
                },
              ],
      });
    }
  },
};
