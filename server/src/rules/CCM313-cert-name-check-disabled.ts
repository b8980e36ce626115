import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM313',
    name: 'cert-name-check-disabled',
    severity: 'warning',
    description: 'CCMCERTNAMECHECK=0 turns off the check that the client certificate names this computer.',
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.all('CCMCERTNAMECHECK')) {
      if (s.dynamic || (s.value ?? '').trim() !== '0') continue;
      ctx.reportSetting(s, 'CCMCERTNAMECHECK=0 lets the client present any client-authentication certificate that chains to a trusted CA, even one issued to another computer or shared between machines. Leave the subject name check on.', {
        fixes: [{ title: 'Remove CCMCERTNAMECHECK=0', kind: 'auto', edits: [ctx.removeSetting(s)] }],
      });
    }
  },
};
