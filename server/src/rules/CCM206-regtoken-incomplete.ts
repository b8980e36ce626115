import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM206',
    name: 'regtoken-incomplete',
    severity: 'warning',
    description: '/regtoken without CCMHOSTNAME, or without an SMSSITECODE other than AUTO.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'snippet',
  },
  checkLine(ctx) {
    const token = ctx.get('/regtoken');
    if (!token) return;
    const missing: string[] = [];
    const additions: string[] = [];
    if (!ctx.has('CCMHOSTNAME')) {
      missing.push('CCMHOSTNAME (the gateway)');
      additions.push('CCMHOSTNAME=${1:contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500}');
    }
    // CCM203 already reports a missing or AUTO site code on every token install; say it here only when it is off
    // (a task sequence step and client push assign the site themselves)
    const site = ctx.siteCode();
    const assignsItself = ctx.region.kind === 'taskSequence' || ctx.region.kind === 'push';
    if ((site === 'absent' || site === 'auto') && !assignsItself && ctx.options.config?.rules.CCM203 === 'off') {
      missing.push('SMSSITECODE=<site code>');
      if (site === 'absent') additions.push(`SMSSITECODE=${ctx.siteCodePlaceholder(2)}`);
    }
    if (missing.length === 0) return;
    ctx.report(token.start, token.nameEnd, `A token install also needs ${missing.join(' and ')}; without it the device cannot register through the gateway and stays unmanaged.`, {
      fixes: additions.length ? [{ title: 'Add the missing settings', kind: 'snippet', edits: [ctx.append(additions.join(' '))] }] : [],
    });
  },
};
