// ccmsetup /config files (.tcf, the mobileclienttemplate.tcf format): an INI file whose
// [Client Install] section has Install=INSTALL=ALL followed by Client.msi properties.
// The site's mobileclient.tcf also carries SMSPublicRootKey= and CertificateIssuers= entries; they are
// known keys of other sections and are not command lines.
import { sliceOf } from '../text/mapped-text';
import type { Located } from './region';
import { physicalLines } from './lines';

export function locateTcf(source: string): Located {
  const located: Located = { host: 'tcf', regions: [], comments: [], notes: [] };
  let section = '';
  let sawSection = false;
  let sectionHeader = { start: 0, end: 0 };
  let sawInstall = false;
  const lines = physicalLines(source);
  for (const line of lines) {
    const lead = /^\s*/.exec(line.text)![0].length;
    const body = line.text.slice(lead);
    if (body.startsWith(';') || body.startsWith('#')) {
      const markerEnd = line.start + lead + 1;
      located.comments.push({ start: markerEnd, end: line.end, text: source.slice(markerEnd, line.end), lineStart: line.start });
      continue;
    }
    const header = /^\[([^\]]*)\]/.exec(body);
    if (header) {
      if (section === 'client install' && !sawInstall) {
        located.notes.push({ kind: 'tcf-missing-install', ...sectionHeader });
      }
      section = header[1].trim().toLowerCase();
      if (section === 'client install') {
        sawSection = true;
        sawInstall = false;
        sectionHeader = { start: line.start + lead, end: line.start + lead + header[0].length };
      }
      continue;
    }
    if (section !== 'client install') continue;
    const install = /^install\s*=\s*/i.exec(body);
    if (!install) continue;
    sawInstall = true;
    const valueStart = line.start + lead + install[0].length;
    const value = source.slice(valueStart, line.end);
    const all = /^INSTALL=ALL(?=\s|$)/i.exec(value);
    if (!all) {
      located.notes.push({ kind: 'tcf-bad-install', start: valueStart, end: line.end, value });
      continue;
    }
    located.regions.push({
      kind: 'configFile',
      text: sliceOf(source, valueStart + all[0].length, line.end),
      quoting: 'raw',
      statement: { start: line.start, end: line.end },
    });
  }
  if (section === 'client install' && !sawInstall) located.notes.push({ kind: 'tcf-missing-install', ...sectionHeader });
  if (!sawSection) {
    const first = lines.find((l) => l.text.trim().length > 0 && !/^\s*[;#]/.test(l.text)) ?? lines[0];
    located.notes.push({ kind: 'tcf-missing-section', start: first.start, end: first.end });
  }
  return located;
}
