import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM310',
    name: 'first-mp-trust',
    severity: 'hint',
    description: 'No trust anchor on the command line: the client may trust the first management point it reaches.',
    hosts: ['batch', 'powershell', 'tcf', 'ccmsetup'],
    fixable: 'snippet',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'configFile'],
  checkLine(ctx) {
    const ad = ctx.env.adPublished;
    if (ad === true || ctx.isRemovalOrRepair()) return;
    if (ctx.has('SMSPUBLICROOTKEY') || ctx.has('SMSROOTKEYPATH') || ctx.has('/UsePKICert')) return;
    if (ctx.managementPoints().some((mp) => /^https:\/\//i.test(mp.value))) return;
    const site = ctx.get('SMSSITECODE');
    // a site code that is given (even malformed or a variable) is an explicit assignment
    if (site && ctx.siteCode() !== 'auto') return;
    const additions = [`SMSPUBLICROOTKEY=${ctx.rootKeyPlaceholder(1)}`];
    const edits = [];
    if (site) edits.push(ctx.replace(site.valueStart, site.valueEnd, ctx.siteCodePlaceholder(2)));
    else additions.push(`SMSSITECODE=${ctx.siteCodePlaceholder(2)}`);
    edits.push(ctx.append(additions.join(' ')));
    const start = site ? site.start : 0;
    const end = site ? site.end : ctx.text.length;
    ctx.report(start, end, 'Nothing on this command line anchors trust (no trusted root key, no PKI, no https management point, no explicit site code): unless the client can read the site from Active Directory, it trusts the first management point it reaches, which may be a rogue one.', {
      severity: ad === false ? 'warning' : 'hint',
      fixes: [{ title: ctx.options.siteTrust?.rootKey ? 'Add the site\'s trusted root key from mobileclient.tcf, and the site code' : 'Add the trusted root key and site code', kind: 'snippet', edits }],
    });
  },
};
