import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM322',
    name: 'smb-content-source',
    severity: 'hint',
    description: '/source on a UNC share: SMB content is neither encrypted nor authenticated unless the share requires signing.',
    hosts: ['batch', 'powershell', 'xml', 'ccmsetup'],
    fixable: 'none',
  },
  checkLine(ctx) {
    for (const s of ctx.all('/source')) {
      if (!s.value || !/^\s*\\\\/.test(s.value)) continue;
      ctx.report(s.valueStart, s.valueEnd, 'ccmsetup copies the client files from this share over SMB; make sure the share requires SMB signing and only administrators can write to it, or the installer can be swapped on the way.');
    }
  },
};
