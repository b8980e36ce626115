// Every rule has a bad and a good fixture in every host language it applies to
// (test/fixtures/rules/<id>/bad.<ext>, good.<ext>): the bad one shows the rule, the good one does not,
// and a good fixture has no error-level finding at all (it is a realistic, correct script).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import type { HostLanguage } from '../../server/src/locate/region';
import { RULES } from '../../server/src/rules';
import { certFileAccess } from '../support/certs';
import { siteTrustFor } from '../../server/src/cli/site-trust';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules');
const EXT: Record<HostLanguage, string> = { batch: 'cmd', powershell: 'ps1', tcf: 'tcf', xml: 'xml', ccmsetup: 'ccmsetup' };
const ALL_HOSTS: HostLanguage[] = ['batch', 'powershell', 'tcf', 'xml', 'ccmsetup'];
const files = certFileAccess();
const now = new Date('2026-06-01T00:00:00Z');

for (const rule of RULES) {
  const id = rule.meta.id;
  for (const host of rule.meta.hosts ?? ALL_HOSTS) {
    for (const kind of ['bad', 'good'] as const) {
      const file = path.join(FIXTURES, id, `${kind}.${EXT[host]}`);
      test(`${id} ${kind}.${EXT[host]}`, () => {
        assert.ok(fs.existsSync(file), `missing fixture ${path.relative(process.cwd(), file)}`);
        const text = fs.readFileSync(file, 'utf8');
        // a mobileclient.tcf next to the fixtures is the site's file (CCM325)
        const siteTrust = siteTrustFor(file, path.dirname(file));
        const findings = analyse(text, host, { fileName: file, files, now, siteTrust }).findings;
        const mine = findings.filter((f) => f.rule === id);
        if (kind === 'bad') {
          assert.ok(mine.length > 0, `${id} is not reported in ${kind}.${EXT[host]}`);
        } else {
          assert.deepEqual(mine.map((f) => text.slice(f.start, f.end)), [], `${id} is reported in ${kind}.${EXT[host]}`);
          const errors = findings.filter((f) => f.severity === 'error');
          assert.deepEqual(errors.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), [], 'a good fixture has no errors');
        }
      });
    }
  }
}

test('no fixture folder belongs to an unknown rule', () => {
  const known = new Set(RULES.map((r) => r.meta.id));
  for (const dir of fs.readdirSync(FIXTURES)) assert.ok(known.has(dir), `fixtures for unknown rule ${dir}`);
});
