import type { Setting } from '../parse/command-line';
import type { LineContext } from './context';
import type { Rule } from './rule';

/** The setting that makes this an internet client, for the finding's place. */
export function internetTrigger(ctx: LineContext): Setting | undefined {
  return (
    ctx.get('CCMHOSTNAME') ??
    (ctx.literal('CCMALWAYSINF') === '1' ? ctx.get('CCMALWAYSINF') : undefined) ??
    ctx.get('/regtoken') ??
    ctx.all('/mp').find((s) => s.value !== undefined && /CCM_Proxy_|\.cloudapp\./i.test(s.value))
  );
}

export const rule: Rule = {
  meta: {
    id: 'CCM203',
    name: 'internet-client-needs-site-code',
    severity: 'error',
    description: 'An internet client whose SMSSITECODE is absent or AUTO.',
    hosts: ['batch', 'powershell', 'tcf', 'ccmsetup'],
    fixable: 'snippet',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'configFile'],
  checkLine(ctx) {
    if (!ctx.isInternetClient()) return;
    const state = ctx.siteCode();
    if (state === 'set' || state === 'unknown') return;
    const site = ctx.get('SMSSITECODE');
    const placeholder = ctx.siteCodePlaceholder(1);
    if (state === 'auto' && site) {
      ctx.report(site.valueStart, site.valueEnd, 'An internet client cannot use automatic site assignment: it cannot read Active Directory to find its site. Give the site code.', {
        fixes: [{ title: 'Set the site code', kind: 'snippet', edits: [ctx.replace(site.valueStart, site.valueEnd, placeholder)] }],
      });
      return;
    }
    const trigger = internetTrigger(ctx)!;
    ctx.reportSetting(trigger, 'This is an internet client, and it needs SMSSITECODE=<site code>: it cannot find its site through Active Directory.', {
      fixes: [{ title: 'Add SMSSITECODE', kind: 'snippet', edits: [ctx.append(`SMSSITECODE=${placeholder}`)] }],
    });
  },
};
