// Every rule has a docs page with the sections a reviewer needs, the rules table lists every rule with
// the same facts as the rule's metadata, and the "Right" example on each page does not trigger its rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import type { HostLanguage } from '../../server/src/locate/region';
import { RULES } from '../../server/src/rules';

const DOCS = path.join(__dirname, '..', '..', '..', 'docs', 'rules');
const SECTIONS = ['## Why it matters', '## Wrong', '## Right', '## Fix', '## How to suppress', '## Sources'];
const FENCE_HOST: Record<string, HostLanguage> = { bat: 'batch', cmd: 'batch', powershell: 'powershell', ps1: 'powershell', ini: 'tcf', xml: 'xml', text: 'ccmsetup' };

function codeBlocks(section: string): { lang: string; code: string }[] {
  return [...section.matchAll(/```(\w*)\r?\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
}

function section(page: string, heading: string): string {
  const start = page.indexOf(heading);
  if (start < 0) return '';
  const next = page.indexOf('\n## ', start + heading.length);
  return page.slice(start, next < 0 ? page.length : next);
}

for (const rule of RULES) {
  const { id, name, severity, fixable } = rule.meta;
  test(`docs page for ${id}`, () => {
    const file = path.join(DOCS, `${id}.md`);
    assert.ok(fs.existsSync(file), `docs/rules/${id}.md is missing`);
    const page = fs.readFileSync(file, 'utf8');
    assert.equal(page.split('\n')[0].trim(), `# ${id} ${name}`);
    const table = /\|\s*Severity\s*\|\s*Fixable\s*\|\s*On by default\s*\|\s*\n\|[-|\s]+\|\s*\n\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|/.exec(page);
    assert.ok(table, `${id}.md has no metadata table`);
    assert.deepEqual([table[1], table[2], table[3]], [severity, fixable, 'yes']);
    let at = 0;
    for (const s of SECTIONS) {
      const i = page.indexOf(s);
      assert.ok(i > at, `${id}.md lacks "${s}" (or it is out of order)`);
      at = i;
    }
  });

  test(`${id}: the Right example does not trigger ${id}`, () => {
    const page = fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
    const blocks = codeBlocks(section(page, '## Right'));
    assert.ok(blocks.length > 0, `${id}.md has no code in its Right section`);
    for (const b of blocks) {
      const host = FENCE_HOST[b.lang] ?? 'ccmsetup';
      const found = analyse(b.code, host).findings.filter((f) => f.rule === id && id !== 'CCM000');
      assert.deepEqual(found.map((f) => b.code.slice(f.start, f.end)), [], `${id}.md Right (${b.lang}) triggers ${id}`);
    }
  });
}

test('docs/rules/README.md lists every rule with its metadata', () => {
  const readme = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
  assert.match(readme, /\| Id \| Name \| Severity \| On by default \| Fixable \|/);
  const rows = [...readme.matchAll(/^\|\s*\[(CCM\d{3})\]\((CCM\d{3})\.md\)\s*\|\s*([\w-]+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|/gm)];
  assert.deepEqual(
    rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]]),
    RULES.map((r) => [r.meta.id, r.meta.id, r.meta.name, r.meta.severity, 'yes', r.meta.fixable]),
  );
});

test('every page in docs/rules belongs to a rule', () => {
  const ids = new Set(RULES.map((r) => `${r.meta.id}.md`));
  for (const f of fs.readdirSync(DOCS)) if (f !== 'README.md') assert.ok(ids.has(f), `${f} documents no rule`);
});
