import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM001',
    name: 'unterminated-quote',
    severity: 'error',
    description: 'A double quote opened in the command line is never closed.',
    fixable: 'none',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const q of ctx.line.unclosedQuotes) {
      ctx.report(q, ctx.text.length, 'This quote is never closed, so everything after it is read as one value. Add the closing quote where the value ends.');
    }
  },
};
