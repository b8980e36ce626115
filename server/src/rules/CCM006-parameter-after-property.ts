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
    for (const s of ctx.settings) {
      if (s.start < first || s.kind !== 'parameter' || !ctx.text.startsWith('/', s.start)) continue;
      const token = ctx.text.slice(s.start, s.end);
      ctx.reportSetting(s, `${token.split(':')[0]} comes after a Client.msi property; Microsoft documents ccmsetup parameters before the properties.`, {
        fixes: [
          {
            title: `Move ${token.split(':')[0]} before the properties`,
            kind: 'auto',
            edits: [ctx.insert(first, `${token} `), ctx.removeSetting(s)],
          },
        ],
      });
    }
  },
};
