import { readToken } from '../inspect/token';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM312',
    name: 'embedded-registration-token',
    severity: 'warning',
    description: 'A literal bulk registration token in /regtoken.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'auto',
  },
  checkLine(ctx) {
    for (const s of ctx.all('/regtoken')) {
      if (!s.value || s.dynamic || s.value.trim().length < 20) continue;
      const info = readToken(s.value);
      const now = ctx.options.now ?? new Date();
      const quoting = ctx.region.quotingAt ? ctx.region.quotingAt(s.valueStart) : ctx.region.quoting;
      const variable = ctx.region.envVar && quoting !== 'ps-single' && quoting !== 'xml' ? ctx.region.envVar('CCM_REGTOKEN') : undefined;
      const fixes = variable
        ? [{ title: `Read the token from ${variable}`, kind: 'auto' as const, edits: [{ start: s.valueStart, end: s.valueEnd, text: variable, raw: true }] }]
        : [];
      if (info.isDocumentationSample) {
        ctx.report(s.valueStart, s.valueEnd, 'This is the sample token from Microsoft\'s documentation; it will not register a device. Create a token with BulkRegistrationTokenTool.exe /new and pass it in at run time.', { severity: 'hint', fixes });
      } else if (info.expires && info.expires.getTime() < now.getTime()) {
        ctx.report(s.valueStart, s.valueEnd, `This registration token expired on ${info.expires.toISOString().slice(0, 10)}, so installs with it fail. Pass a fresh token at run time instead of keeping one in the script.`, { severity: 'information', fixes });
      } else {
        ctx.report(s.valueStart, s.valueEnd, 'A bulk registration token is a bearer credential: until it expires, anyone who copies it from this script (or from the command line ccmsetup saves in the registry) can register devices with your site. Pass it in at run time from a secret store, and block the token in the console once the deployment is done.', { fixes });
      }
    }
  },
};
