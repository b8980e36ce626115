import type { Setting } from '../parse/command-line';
import type { LineContext } from './context';
import type { Rule } from './rule';

/** PKI in sight: /UsePKICert, an https:// (or unknown) management point, CCMHOSTNAME, or an HTTPS-only site. */
function pkiInSight(ctx: LineContext): boolean {
  // a /config file or a client push string: /UsePKICert is on the ccmsetup line that reads the file, or push takes
  // PKI from the site's settings, so neither can be judged here
  if (ctx.region.kind === 'configFile' || ctx.region.kind === 'push') return true;
  if (ctx.has('/UsePKICert') || ctx.has('CCMHOSTNAME') || ctx.env.httpsOnly) return true;
  if (ctx.managementPoints().some((mp) => /^https:\/\//i.test(mp.value))) return true;
  return ctx.all('/mp').some((s) => s.dynamic);
}

const isPath = (v: string) => /^([A-Za-z]:|\\\\|%[^%]+%\\)/.test(v) || v.includes('\\');

export const rule: Rule = {
  meta: {
    id: 'CCM108',
    name: 'no-effect',
    severity: 'information',
    description: 'A setting that does nothing on this command line.',
    fixable: 'none',
    tags: ['unnecessary'],
  },
  checkLine(ctx) {
    const reassign = ctx.get('SITEREASSIGN');
    // an absent SMSSITECODE behaves like AUTO, so only an explicit code makes SITEREASSIGN idle
    if (reassign && ctx.literal('SITEREASSIGN') === 'TRUE' && ctx.siteCode() === 'set') {
      ctx.reportSetting(reassign, 'SITEREASSIGN=TRUE only matters with SMSSITECODE=AUTO, which this command line does not set.');
    }
    const debug = ctx.get('CCMDEBUGLOGGING');
    if (debug && ctx.literal('CCMDEBUGLOGGING') === '1' && ctx.literal('CCMENABLELOGGING') === 'FALSE') {
      ctx.reportSetting(debug, 'CCMDEBUGLOGGING=1 has no effect while CCMENABLELOGGING=FALSE turns client logging off.');
    }
    const dir = ctx.get('SMSCACHEDIR');
    const flags = ctx.get('SMSCACHEFLAGS');
    if (dir && flags && dir.value && !dir.dynamic && isPath(dir.value) && flags.value && !flags.dynamic) {
      const ignored = flags.value.split(/[;,]/).map((f) => f.trim().toUpperCase()).filter((f) => ['MAXDRIVE', 'MAXDRIVESPACE', 'NTFSONLY'].includes(f));
      if (ignored.length) {
        ctx.report(flags.valueStart, flags.valueEnd, `${ignored.join(', ')} ${ignored.length > 1 ? 'are' : 'is'} ignored because SMSCACHEDIR names a full path.`);
      }
    }
    if (!pkiInSight(ctx)) {
      const pkiOnly: Setting[] = ['CCMCERTSEL', 'CCMCERTSTORE', 'CCMFIRSTCERT', '/NoCRLCheck'].flatMap((n) => ctx.all(n));
      for (const s of pkiOnly) {
        ctx.reportSetting(s, `${s.info?.name ?? s.name} only affects PKI certificates, and nothing on this command line uses one (no /UsePKICert, no https:// management point, no CCMHOSTNAME).`);
      }
    }
  },
};
