import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM003',
    name: 'empty-value',
    severity: 'error',
    description: 'A setting with nothing (or only empty quotes) after its separator.',
    fixable: 'none',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      const takesValue = !s.info || s.info.value.type !== 'none';
      if (!takesValue) continue;
      const name = s.info?.name ?? (s.kind === 'parameter' ? `/${s.name}` : s.name);
      if (s.separator && (s.value ?? '').trim() === '' && !s.dynamic) {
        ctx.reportSetting(s, `${name} has an empty value. Give it a value or remove it; an empty value can reset the setting or make ccmsetup stop.`);
      } else if (!s.separator && s.kind === 'property' && s.info && s.info.value.type !== 'none') {
        ctx.reportSetting(s, `${s.info.name} needs a value: ${s.info.syntax}.`);
      }
    }
  },
};
