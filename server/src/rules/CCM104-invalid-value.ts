import { validateValue } from '../knowledge/grammars';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM104',
    name: 'invalid-value',
    severity: 'error',
    description: 'A literal value outside the documented type, keyword list, range or grammar.',
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (!s.info || s.value === undefined || s.dynamic || s.value.trim() === '' || s.info.value.type === 'none') continue;
      const verdict = validateValue(s.info.value, s.value);
      if (verdict.ok) continue;
      const name = s.info.name;
      ctx.report(s.valueStart, s.valueEnd, `${name} value "${s.value}" ${verdict.problem}.`, {
        fixes:
          verdict.suggestion !== undefined
            ? [{ title: `Change to ${verdict.suggestion}`, kind: 'auto', edits: [ctx.replace(s.valueStart, s.valueEnd, verdict.suggestion)] }]
            : [],
      });
    }
  },
};
