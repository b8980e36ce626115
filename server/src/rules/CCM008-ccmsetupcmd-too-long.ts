import type { Rule } from './rule';

const LIMIT = 1024;

export const rule: Rule = {
  meta: {
    id: 'CCM008',
    name: 'ccmsetupcmd-too-long',
    severity: 'error',
    description: 'A CCMSETUPCMD value longer than the 1024 characters Intune accepts.',
    fixable: 'none',
    hosts: ['batch', 'powershell', 'ccmsetup'],
  },
  checkDocument(ctx) {
    for (const note of ctx.located.notes) {
      if (note.kind !== 'ccmsetupcmd-value' || note.length <= LIMIT) continue;
      ctx.report(note.start, note.end, `The CCMSETUPCMD value is ${note.length} characters long; Intune accepts at most ${LIMIT}, and a longer command line makes the install fail. Drop settings the site publishes anyway, or shorten long values.`);
    }
  },
};
