import type { Rule } from './rule';

// Reported by the analyser itself after suppression directives are applied (analyse/suppression.ts).
export const rule: Rule = {
  meta: {
    id: 'CCM000',
    name: 'unused-directive',
    severity: 'hint',
    description: 'A ccmlint-disable directive that suppresses nothing.',
    fixable: 'none',
    tags: ['unnecessary'],
    hosts: ['batch', 'powershell', 'tcf', 'xml', 'ccmsetup'],
  },
};
