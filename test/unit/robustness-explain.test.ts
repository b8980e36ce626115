// Robustness of the explain model (fast-check, fixed seed): on generated and mutated scripts of every host
// language, at any offset, explain never throws, always picks a command line when there is one, keeps its
// ranges inside the document, counts the chain right, and never carries a literal registration token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse } from '../../server/src/analyse/analyse';
import { explain, explainToText, HIDDEN } from '../../server/src/features/explain';
import { renderExplainHtml } from '../../client/src/explain-html';
import { HOSTS, documents } from '../support/robustness-generators';

const SEED = 20261122;

for (const host of HOSTS) {
  test(`explain never throws and stays consistent (${host})`, () => {
    fc.assert(
      fc.property(documents(host), fc.nat(), (text, at) => {
        const analysis = analyse(text, host);
        const offset = text.length ? at % (text.length + 1) : 0;
        const m = explain(analysis, text, offset);
        if (analysis.lines.length === 0) return m === undefined;
        assert.ok(m);
        assert.ok(m.index >= 1 && m.index <= m.count && m.count === analysis.lines.length);
        const ranges = [m.range, ...m.settings.flatMap((s) => (s.range ? [s.range] : [])), ...m.findings.map((f) => f.range)];
        for (const r of ranges) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, JSON.stringify(r));
        const v = m.verdict;
        assert.equal(v.ok + v.weak + v.broken + v.off, m.chain.length);
        assert.ok(m.chain.length === 0 || m.chain.length === 6);
        const tokens = analysis.lines[m.index - 1].parsed.settings.filter((x) => x.key === '/regtoken' && !x.dynamic && (x.value ?? '').trim().length >= 8);
        for (const t of tokens) assert.ok(!JSON.stringify(m).includes(t.value!), `token ${t.value} leaked`);
        const bare = m.settings.find((x) => x.name === '/regtoken' && x.state === 'written' && tokens.length === 0);
        if (bare) assert.ok(!bare.value.includes(HIDDEN), 'only a literal token is hidden');
        explainToText(m, 'f');
        renderExplainHtml(m, { nonce: 'n' });
        return true;
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
}
