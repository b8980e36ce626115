// The plain `ccmsetup` language (*.ccmsetup, or any document switched to it): every line that is not
// a comment is a command line, with or without the leading ccmsetup.exe. Lines starting with # are comments.
import { sliceOf } from '../text/mapped-text';
import type { Located } from './region';
import { dispatchBootstrap, dispatchCommandLine, isKnownProgram, type DispatchContext } from './dispatch';
import { physicalLines } from './lines';
import { tokenize } from '../parse/tokens';

export function locatePlain(source: string): Located {
  const located: Located = { host: 'ccmsetup', regions: [], comments: [], notes: [] };
  for (const line of physicalLines(source)) {
    const lead = /^\s*/.exec(line.text)![0].length;
    const body = line.text.slice(lead);
    if (body.length === 0) continue;
    if (body.startsWith('#')) {
      const markerEnd = line.start + lead + 1;
      located.comments.push({ start: markerEnd, end: line.end, text: source.slice(markerEnd, line.end), lineStart: line.start });
      continue;
    }
    const text = sliceOf(source, line.start + lead, line.end);
    const ctx: DispatchContext = {
      quoting: 'raw',
      regions: located.regions,
      notes: located.notes,
      statement: { start: line.start, end: line.end },
    };
    const first = tokenize(text.text)[0];
    if (first && isKnownProgram(first.text)) {
      dispatchCommandLine(text, ctx);
    } else if (/^CCMSETUPCMD=/i.test(body)) {
      dispatchBootstrap(text, ctx);
    } else {
      located.regions.push({ kind: 'ccmsetup', text, quoting: 'raw', statement: ctx.statement });
    }
  }
  return located;
}
