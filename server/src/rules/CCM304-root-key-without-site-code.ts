import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM304',
    name: 'root-key-without-site-code',
    severity: 'error',
    description: 'SMSPUBLICROOTKEY or SMSROOTKEYPATH with SMSSITECODE absent or AUTO.',
    hosts: ['batch', 'powershell', 'tcf', 'ccmsetup'],
    fixable: 'snippet',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'configFile'],
  checkLine(ctx) {
    const key = ctx.get('SMSPUBLICROOTKEY') ?? ctx.get('SMSROOTKEYPATH');
    if (!key) return;
    const state = ctx.siteCode();
    if (state === 'set' || state === 'unknown') return;
    const site = ctx.get('SMSSITECODE');
    const placeholder = ctx.siteCodePlaceholder(1);
    const edit = state === 'auto' && site ? ctx.replace(site.valueStart, site.valueEnd, placeholder) : ctx.append(`SMSSITECODE=${placeholder}`);
    ctx.report(key.nameStart, key.nameEnd, `${key.info?.name ?? key.name} pre-provisions the trusted root key, which Microsoft requires to go with an explicit SMSSITECODE=<site code>; with ${state === 'auto' ? 'AUTO' : 'no site code'} the client falls back to automatic assignment and the key may not protect it from a rogue management point.`, {
      fixes: [{ title: 'Set the site code', kind: 'snippet', edits: [edit] }],
    });
  },
};
