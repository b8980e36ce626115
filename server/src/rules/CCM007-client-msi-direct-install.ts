import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM007',
    name: 'client-msi-direct-install',
    severity: 'error',
    description: 'msiexec installing client.msi directly, which Microsoft does not support.',
    fixable: 'none',
    hosts: ['batch', 'powershell', 'ccmsetup'],
  },
  checkDocument(ctx) {
    for (const note of ctx.located.notes) {
      if (note.kind !== 'client-msi') continue;
      ctx.report(note.start, note.end, 'client.msi cannot be installed on its own: ccmsetup.exe installs it with its prerequisites. Run ccmsetup.exe with the same properties instead.');
    }
  },
};
