import { findParameter, suggestParameter } from '../knowledge';
import { valueFits } from './rename';
import type { Rule } from './rule';

/** Switches of other installers that people pass to ccmsetup by habit. */
const OTHER_INSTALLERS: Record<string, string> = {
  s: 'a silent switch of other installers; ccmsetup runs without a user interface anyway',
  q: 'an msiexec switch; ccmsetup runs without a user interface anyway',
  qn: 'an msiexec switch; ccmsetup runs without a user interface anyway',
  qb: 'an msiexec switch; ccmsetup runs without a user interface anyway',
  quiet: 'an msiexec switch; ccmsetup runs without a user interface anyway',
  silent: 'a switch of other installers; ccmsetup runs without a user interface anyway',
  norestart: 'an msiexec switch; ccmsetup only restarts with /forcereboot',
  i: 'an msiexec switch; ccmsetup.exe installs the client without it',
};

export const rule: Rule = {
  meta: {
    id: 'CCM101',
    name: 'unknown-parameter',
    severity: 'error',
    description: 'A /parameter that ccmsetup does not have.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    const readiness = ctx.region.kind === 'readiness';
    const program = readiness ? 'cmHttpsReadiness.exe' : 'ccmsetup';
    for (const s of ctx.settings) {
      if (s.kind !== 'parameter' || (s.shape !== 'ok' && s.shape !== 'parameter-without-slash')) continue;
      if (s.info?.status === 'internal') {
        ctx.report(s.start, s.nameEnd, `/${s.name} is an undocumented switch that Microsoft's own tools pass to ccmsetup; its behaviour may change without notice.`, { severity: 'information' });
        continue;
      }
      if (s.info) continue;
      const other = OTHER_INSTALLERS[s.name.toLowerCase()];
      if (other) {
        ctx.report(s.start, s.end, `/${s.name} is not a ccmsetup parameter: it is ${other}. Remove it.`, {
          fixes: [{ title: `Remove /${s.name}`, kind: 'auto', edits: [ctx.removeSetting(s)] }],
        });
        continue;
      }
      const meant = readiness ? undefined : suggestParameter(s.name);
      ctx.report(s.nameStart - 1, s.nameEnd, `/${s.name} is not a ${program} parameter${meant ? `; did you mean ${meant}?` : '.'}`, {
        fixes: meant && valueFits(s, findParameter(meant)) ? [{ title: `Change to ${meant}`, kind: 'auto', edits: [ctx.replace(s.nameStart - 1, s.nameEnd, meant)] }] : [],
      });
    }
  },
};
