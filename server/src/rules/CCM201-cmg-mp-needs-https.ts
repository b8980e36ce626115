import { LineContext } from './context';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM201',
    name: 'cmg-mp-needs-https',
    severity: 'error',
    description: 'A /mp cloud management gateway URL without https://.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const mp of ctx.managementPoints()) {
      if (mp.setting.key !== '/mp' || mp.setting.dynamic || !LineContext.isGatewayUrl(mp.value) || /^https:\/\//i.test(mp.value)) continue;
      const scheme = /^http:\/\//i.exec(mp.value);
      ctx.report(mp.start, mp.end, 'A cloud management gateway given to /mp must start with https://; without it ccmsetup cannot reach the gateway.', {
        // a value with a quote in it ("https://gw inside /mp:...) is not a URL the scheme can be put in front of
        fixes: /["\u201C-\u201F\u2033]/.test(mp.value)
          ? []
          : [{ title: 'Use https://', kind: 'auto', edits: [scheme ? ctx.replace(mp.start, mp.start + scheme[0].length, 'https://') : ctx.insert(mp.start, 'https://')] }],
      });
    }
  },
};
