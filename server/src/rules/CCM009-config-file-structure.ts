import type { Rule } from './rule';

/** A mobileclient.tcf with an SMSPublicRootKey entry: the site server's file, not a /config file. */
function isSiteFile(fileName: string | undefined, text: string): boolean {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  return base.toLowerCase() === 'mobileclient.tcf' && text.split('\n').some((l) => l.trimStart().toLowerCase().startsWith('smspublicrootkey'));
}

export const rule: Rule = {
  meta: {
    id: 'CCM009',
    name: 'config-file-structure',
    severity: 'error',
    description: 'A ccmsetup /config file without a [Client Install] section whose Install= line starts with INSTALL=ALL.',
    fixable: 'snippet',
    hosts: ['tcf'],
  },
  checkDocument(ctx) {
    if (ctx.host !== 'tcf') return;
    for (const note of ctx.located.notes) {
      if (note.kind === 'tcf-missing-section') {
        // the site's own mobileclient.tcf (kept for CCM325) holds trust anchors, not installation properties
        if (isSiteFile(ctx.options.fileName, ctx.text)) continue;
        const end = ctx.text.length;
        const nl = /\r\n/.test(ctx.text) ? '\r\n' : '\n';
        const lead = end > 0 && !/[\r\n]$/.test(ctx.text) ? nl : '';
        ctx.report(note.start, note.end, 'This /config file has no [Client Install] section, so ccmsetup finds no installation properties in it.', {
          fixes: [
            {
              title: 'Add a [Client Install] section',
              kind: 'snippet',
              edits: [{ start: end, end, text: `${lead}[Client Install]${nl}Install=INSTALL=ALL \${1:SMSSITECODE=${ctx.options.config?.siteCode ?? 'P01'}}${nl}` }],
            },
          ],
        });
      } else if (note.kind === 'tcf-missing-install') {
        // the new line goes after the whole header line: anything after ] (a comment) stays where it is
        let at = note.end;
        while (at < ctx.text.length && ctx.text[at] !== '\n' && ctx.text[at] !== '\r') at++;
        ctx.report(note.start, note.end, 'The [Client Install] section has no Install= line; the properties go on a line that starts Install=INSTALL=ALL.', {
          fixes: [
            {
              title: 'Add the Install=INSTALL=ALL line',
              kind: 'snippet',
              edits: [{ start: at, end: at, text: `${/\r\n/.test(ctx.text) ? '\r\n' : '\n'}Install=INSTALL=ALL \${1:SMSSITECODE=${ctx.options.config?.siteCode ?? 'P01'}}` }],
            },
          ],
        });
      } else if (note.kind === 'tcf-bad-install') {
        ctx.report(note.start, note.end, 'The Install= line must start with INSTALL=ALL; ccmsetup reads the properties only after it.', {
          fixes: [{ title: 'Start the line with INSTALL=ALL', kind: 'snippet', edits: [{ start: note.start, end: note.start, text: 'INSTALL=ALL ' }] }],
        });
      }
    }
  },
};
