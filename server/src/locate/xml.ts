// Task sequence exports (.xml): the client installation properties of the Setup Windows and
// ConfigMgr step (the SMSClientInstallProperties variable, property ClientInstallProperties), and
// Set Task Sequence Variable steps that set SMSClientInstallProperties. Entities are decoded;
// <!-- comments --> carry suppression directives.
import { MappedTextBuilder, type MappedText } from '../text/mapped-text';
import type { Located } from './region';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML text content [start, end) with its entities and CDATA sections. */
export function decodeXmlText(src: string, start: number, end: number): MappedText {
  const b = new MappedTextBuilder();
  let i = start;
  while (i < end) {
    if (src.startsWith('<![CDATA[', i)) {
      const close = src.indexOf(']]>', i + 9);
      const stop = close < 0 || close > end ? end : close;
      b.copy(src.slice(i + 9, stop), i + 9);
      i = stop + 3;
      continue;
    }
    if (src[i] === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/.exec(src.slice(i, i + 12));
      if (m) {
        const ent = m[1];
        let ch: string | undefined;
        if (ent[0] === '#') {
          const code = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
          ch = code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
        } else ch = NAMED[ent];
        if (ch !== undefined && ch.length === 1) {
          b.add(ch, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    }
    b.add(src[i], i, i + 1);
    i++;
  }
  return b.build(end);
}

const TAG_RE = /<(\/?)([A-Za-z_][\w:.-]{0,100})([^<>]{0,4000}?)(\/?)>/g;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i');

function attr(attrs: string, name: string): string | undefined {
  const m = ATTR(name).exec(attrs);
  return m ? (m[2] ?? m[3]) : undefined;
}

export function locateXml(source: string): Located {
  const located: Located = { host: 'xml', regions: [], comments: [], notes: [] };
  // comments first, so tags inside them are ignored
  const commentRanges: [number, number][] = [];
  for (let i = source.indexOf('<!--'); i >= 0; i = source.indexOf('<!--', i + 4)) {
    const close = source.indexOf('-->', i + 4);
    const end = close < 0 ? source.length : close;
    located.comments.push({ start: i + 4, end, text: source.slice(i + 4, end), lineStart: i });
    commentRanges.push([i, close < 0 ? source.length : close + 3]);
    if (close < 0) break;
  }
  const inComment = (o: number) => commentRanges.some(([s, e]) => s <= o && o < e);

  let pendingSetVariable = false; // a Set Task Sequence Variable step named SMSClientInstallProperties
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(source); m; m = TAG_RE.exec(source)) {
    if (inComment(m.index) || m[1] === '/' || m[4] === '/') continue;
    const attrs = m[3];
    const name = attr(attrs, 'name') ?? '';
    const property = attr(attrs, 'property') ?? '';
    const contentStart = m.index + m[0].length;
    const close = source.indexOf('<', contentStart);
    // text content up to the next tag, CDATA included
    let contentEnd = close < 0 ? source.length : close;
    if (source.startsWith('<![CDATA[', contentEnd)) {
      const cd = source.indexOf(']]>', contentEnd);
      const next = cd < 0 ? -1 : source.indexOf('<', cd + 3);
      contentEnd = next < 0 ? source.length : next;
    }
    const isInstallProps = /^SMSClientInstallProperties$/i.test(name) || /^ClientInstallProperties$/i.test(property);
    const value = () => decodeXmlText(source, contentStart, contentEnd);
    if (/^OSDVariableName$/i.test(name) || /^VariableName$/i.test(property)) {
      pendingSetVariable = /^\s*SMSClientInstallProperties\s*$/i.test(value().text);
      continue;
    }
    const isSetValue = pendingSetVariable && (/^OSDVariableValue$/i.test(name) || /^VariableValue$/i.test(property));
    if (!isInstallProps && !isSetValue) continue;
    if (isSetValue) pendingSetVariable = false;
    const text = value();
    if (text.text.trim().length === 0) continue;
    located.regions.push({
      kind: 'taskSequence',
      text,
      quoting: 'xml',
      statement: { start: m.index, end: contentEnd },
    });
  }
  return located;
}
