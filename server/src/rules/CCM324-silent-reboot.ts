import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM324',
    name: 'silent-reboot',
    severity: 'information',
    description: 'CCMALLOWSILENTREBOOT or /forcereboot: the computer restarts even with a user signed in.',
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of [...ctx.all('CCMALLOWSILENTREBOOT'), ...ctx.all('/forcereboot')]) {
      ctx.reportSetting(s, `${s.info?.name ?? s.name} restarts the computer when the install needs it, without warning and even while someone is working on it; unsaved work is lost. Schedule the install for when that is acceptable.`);
    }
  },
};
