import { suggestProperty } from '../knowledge';
import type { Rule } from './rule';

/** Names people write for a property that has another name. */
const MEANT: Record<string, string> = {
  MP: 'SMSMP (the management point the installed client uses) or /mp: (where ccmsetup downloads from)',
  SITECODE: 'SMSSITECODE',
  RESETINFORMATIONKEY: 'RESETKEYINFORMATION',
  CCMLOGGINGENABLED: 'CCMENABLELOGGING',
};

export const rule: Rule = {
  meta: {
    id: 'CCM102',
    name: 'unknown-property',
    severity: 'warning',
    description: 'A NAME=value that is not a documented Client.msi property; Client.msi ignores it silently.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (s.kind !== 'property' || s.shape !== 'ok') continue;
      if (s.info?.status === 'undocumented') {
        ctx.report(s.nameStart, s.nameEnd, `${s.info.name} is not documented by Microsoft as an installation property; check that it does what you expect.`, { severity: 'information' });
        continue;
      }
      if (s.info) continue;
      const upper = s.name.toUpperCase();
      const meantText = MEANT[upper];
      const meant = meantText ? undefined : suggestProperty(s.name);
      const hint = meantText ? ` Did you mean ${meantText}?` : meant ? ` Did you mean ${meant}?` : '';
      ctx.report(s.nameStart, s.nameEnd, `${s.name} is not a Client.msi property, so the installer ignores it without a word.${hint}`, {
        fixes: meant
          ? [{ title: `Change to ${meant}`, kind: 'auto', edits: [ctx.replace(s.nameStart, s.nameEnd, meant)] }]
          : MEANT[upper] && !MEANT[upper].includes(' ')
            ? [{ title: `Change to ${MEANT[upper]}`, kind: 'auto', edits: [ctx.replace(s.nameStart, s.nameEnd, MEANT[upper])] }]
            : [],
      });
    }
  },
};
