import type { Rule } from './rule';

/** Obsolete settings the knowledge base does not mark obsolete (hidden in the docs) but the catalog retires. */
const RETIRED_HIDDEN: Record<string, string> = {
  AADTENANTNAME: 'AADTENANTNAME was only used by technical previews; AADTENANTID identifies the tenant.',
};

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
      const hidden = RETIRED_HIDDEN[s.info.name];
      if (hidden) {
        ctx.report(s.nameStart, s.nameEnd, hidden);
        continue;
      }
      if (s.info.status !== 'obsolete') continue;
      const replacement = s.info.replacement;
      const written = s.kind === 'parameter' ? `/${s.name}` : s.name;
      if (!replacement) {
        ctx.reportSetting(s, `${written} is obsolete and current clients ignore it.`);
        continue;
      }
      const replacementIsParameter = replacement.startsWith('/');
      // /native -> /UsePKICert and UPGRADETOLATEST -> /UpgradeToLatest replace the whole token;
      // SMSSLP=x -> SMSMP=x keeps the value
      const keepValue = !replacementIsParameter && s.separator !== '';
      ctx.report(keepValue ? s.nameStart : s.start, keepValue ? s.nameEnd : s.end, `${written} is obsolete; use ${replacement} instead.${s.info.since ? ` (${s.info.since})` : ''}`, {
        fixes: [
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
