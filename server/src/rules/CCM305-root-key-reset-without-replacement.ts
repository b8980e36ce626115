import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM305',
    name: 'root-key-reset-without-replacement',
    severity: 'warning',
    description: 'RESETKEYINFORMATION=TRUE without a new trusted root key on the same command line.',
    fixable: 'snippet',
  },
  checkLine(ctx) {
    const reset = ctx.get('RESETKEYINFORMATION');
    if (!reset || ctx.literal('RESETKEYINFORMATION') !== 'TRUE') return;
    if (ctx.has('SMSPUBLICROOTKEY') || ctx.has('SMSROOTKEYPATH')) return;
    const additions = [`SMSPUBLICROOTKEY=${ctx.rootKeyPlaceholder(1)}`];
    if (ctx.siteCode() === 'absent') additions.push(`SMSSITECODE=${ctx.siteCodePlaceholder(2)}`);
    ctx.reportSetting(reset, 'RESETKEYINFORMATION=TRUE deletes the trusted root key; unless Active Directory or client push supplies a new one, the client trusts the first management point that answers. Give the new key with SMSPUBLICROOTKEY (and SMSSITECODE), or drop the reset.', {
      fixes: [{ title: ctx.options.siteTrust?.rootKey ? 'Add the site\'s trusted root key from mobileclient.tcf' : 'Add the new trusted root key', kind: 'snippet', edits: [ctx.append(additions.join(' '))] }],
    });
  },
};
