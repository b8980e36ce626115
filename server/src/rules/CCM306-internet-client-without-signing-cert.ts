import { internetTrigger } from './CCM203-internet-client-needs-site-code';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM306',
    name: 'internet-client-without-signing-cert',
    severity: 'warning',
    description: 'An internet client without SMSSIGNCERT.',
    fixable: 'snippet',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'configFile', 'taskSequence'],
  checkLine(ctx) {
    if (!ctx.isInternetClient() || ctx.has('SMSSIGNCERT')) return;
    const trigger = internetTrigger(ctx)!;
    ctx.reportSetting(trigger, 'An internet client that is not given SMSSIGNCERT downloads the site server signing certificate from the first management point it reaches; a spoofed or compromised one can then sign the policy it gets. Install the exported .cer with SMSSIGNCERT.', {
      fixes: [{ title: 'Add SMSSIGNCERT', kind: 'snippet', edits: [ctx.append('SMSSIGNCERT=${1:C:\\\\path\\\\SiteServerSigning.cer}')] }],
    });
  },
};
