import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM004',
    name: 'space-after-separator',
    severity: 'warning',
    description: 'Whitespace right after : or = that makes the value a separate token.',
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      const gap = s.spaceAfterSeparator;
      if (!gap) continue;
      const name = s.info?.name ?? s.name;
      ctx.report(s.separatorStart, s.rawValueEnd, `The space after "${ctx.text[s.separatorStart]}" separates ${name} from its value; ccmsetup may read an empty value and a stray word. Remove the space.`, {
        // only when the space follows the separator itself: in "/retry:" Corp a quote closes the token first,
        // and joining the words would glue the value to the quoted token
        fixes: gap.start === s.separatorStart + 1 ? [{ title: 'Remove the space after the separator', kind: 'auto', edits: [ctx.replace(gap.start, gap.end, '')] }] : [],
      });
    }
  },
};
