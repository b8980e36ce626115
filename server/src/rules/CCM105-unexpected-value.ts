import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM105',
    name: 'unexpected-value',
    severity: 'error',
    description: 'A value on a parameter that takes none, or no value on one that needs one.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (s.kind !== 'parameter' || !s.info || s.shape === 'property-as-parameter') continue;
      const takesNone = s.info.value.type === 'none';
      if (takesNone && s.separator) {
        ctx.report(s.separatorStart, s.rawValueEnd, `${s.info.name} takes no value; ccmsetup does not understand "${ctx.text.slice(s.separatorStart, s.rawValueEnd)}". Write ${s.info.name} on its own.`, {
          // without its slash (?:) the token left would be a stray word: CCM002 writes the slash first
          fixes: s.shape === 'ok' ? [{ title: `Remove the value of ${s.info.name}`, kind: 'auto', edits: [ctx.replace(s.separatorStart, s.rawValueEnd, '')] }] : [],
        });
      } else if (!takesNone && !s.separator && !s.info.valueOptional) {
        ctx.reportSetting(s, `${s.info.name} needs a value: ${s.info.syntax}.`);
      }
    }
  },
};
