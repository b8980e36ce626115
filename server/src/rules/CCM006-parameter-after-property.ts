import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM006',
    name: 'parameter-after-property',
    severity: 'information',
    description: 'A ccmsetup parameter written after the first Client.msi property.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile'],
  checkLine(ctx) {
    const first = ctx.firstPropertyStart();
    if (first === undefined) return;
    const settings = ctx.settings;
    settings.forEach((s, i) => {
      if (s.start < first || s.kind !== 'parameter' || !ctx.text.startsWith('/', s.start)) return;
      const token = ctx.text.slice(s.start, s.end);
      const message = `${token.split(':')[0]} comes after a Client.msi property; Microsoft documents ccmsetup parameters before the properties.`;
      // no move when it would change how the rest of the line reads: a quote opened in the parameter and
      // never closed would swallow the properties, and after a property with an empty value (NAME= /p x)
      // the next word would become that property's value
      const prev = settings[i - 1];
      const unclosed = ctx.line.unclosedQuotes.some((q) => q >= s.start && q < s.end);
      const emptyBefore = prev !== undefined && prev.separator !== '' && prev.rawValueStart === prev.rawValueEnd && prev.end <= s.start;
      if (unclosed || emptyBefore) {
        ctx.reportSetting(s, message);
        return;
      }
      ctx.reportSetting(s, message, {
        fixes: [
          {
            title: `Move ${token.split(':')[0]} before the properties`,
            kind: 'auto',
            edits: [ctx.insert(first, `${token} `), ctx.removeSetting(s)],
          },
        ],
      });
    });
  },
};
