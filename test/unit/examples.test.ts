// The bundled examples show every rule, and linting them never fails internally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import { hostForFile } from '../../server/src/locate';
import { nodeFileAccess } from '../../server/src/cli/file-access';
import { siteTrustFor } from '../../server/src/cli/site-trust';
import { RULES } from '../../server/src/rules';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test('examples/ together show every rule', () => {
  const seen = new Set<string>();
  for (const file of files(EXAMPLES)) {
    const host = hostForFile(file);
    if (!host) continue;
    const siteTrust = siteTrustFor(file, EXAMPLES);
    for (const f of analyse(fs.readFileSync(file, 'utf8'), host, { fileName: file, files: nodeFileAccess, siteTrust }).findings) {
      assert.ok(!f.message.startsWith('internal error'), `${file}: ${f.message}`);
      seen.add(f.rule);
    }
  }
  assert.deepEqual(RULES.map((r) => r.meta.id).filter((id) => !seen.has(id)), []);
});
