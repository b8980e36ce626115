import { findProperty, suggestProperty } from '../knowledge';
import { valueFits } from './rename';
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
      // the rename is offered when one name is meant and the value is right for it
      const target = meant ?? (meantText && !meantText.includes(' ') ? meantText : undefined);
      ctx.report(s.nameStart, s.nameEnd, `${s.name} is not a Client.msi property, so the installer ignores it without a word.${hint}`, {
        fixes: target && valueFits(s, findProperty(target)) ? [{ title: `Change to ${target}`, kind: 'auto', edits: [ctx.replace(s.nameStart, s.nameEnd, target)] }] : [],
      });
    }
  },
};
