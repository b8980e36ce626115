import assert from 'node:assert/strict';
import { locate } from '../../server/src/locate';
import type { HostLanguage, Located } from '../../server/src/locate/region';

/** Locates command lines and checks that every verbatim character maps back to the same source character. */
export function regions(text: string, host: HostLanguage): { kind: string; text: string }[] {
  const located: Located = locate(text, host);
  for (const r of located.regions) {
    const m = r.text;
    for (let i = 0; i < m.text.length; i++) {
      if (m.ends[i] - m.starts[i] === 1) assert.equal(text[m.starts[i]], m.text[i], `offset map of "${m.text}" at ${i}`);
      assert.ok(m.starts[i] <= m.ends[i] && m.ends[i] <= text.length, 'range inside the document');
    }
  }
  return located.regions.map((r) => ({ kind: r.kind, text: r.text.text }));
}

export function texts(text: string, host: HostLanguage): string[] {
  return regions(text, host).map((r) => r.text);
}
