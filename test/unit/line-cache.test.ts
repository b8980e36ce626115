// The language server's line cache: an analysis that reuses the line-rule results of the previous one
// must report exactly what a fresh analysis reports, for every edit; lines whose rules read files are
// never reused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, type Analysis } from '../../server/src/analyse/analyse';
import { LineCache } from '../../server/src/analyse/line-cache';
import { hostForFile } from '../../server/src/locate';
import type { HostLanguage } from '../../server/src/locate/region';
import type { AnalyseOptions } from '../../server/src/rules/context';
import { certFileAccess, testCerts } from '../support/certs';

const ROOT = path.join(__dirname, '..', '..', '..');
const NOW = new Date('2026-06-01T00:00:00Z');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sample = [...files(path.join(ROOT, 'examples')), ...files(path.join(ROOT, 'test', 'fixtures', 'rules'))]
  .map((file) => ({ file, host: hostForFile(file) }))
  .filter((f): f is { file: string; host: HostLanguage } => !!f.host);

/** Findings without object identity, for comparing two analyses. */
const plain = (a: Analysis) => JSON.parse(JSON.stringify(a.findings));

/** Edits a user might make: change a character, insert one, delete a line, duplicate a line. */
function edits(text: string): string[] {
  const out: string[] = [];
  const at = (k: number) => Math.floor((text.length * k) / 7);
  for (let k = 1; k < 7; k++) {
    const i = at(k);
    out.push(text.slice(0, i) + 'X' + text.slice(i + 1));
    out.push(text.slice(0, i) + '"' + text.slice(i));
  }
  const lines = text.split('\n');
  if (lines.length > 2) {
    const mid = lines.length >> 1;
    out.push([...lines.slice(0, mid), ...lines.slice(mid + 1)].join('\n'));
    out.push([...lines.slice(0, mid + 1), ...lines.slice(mid)].join('\n'));
  }
  out.push(text.replace(/P01/g, 'P02'));
  out.push(text.replace(/WINSPROMISCUOUS/g, 'NOWINS'));
  return out;
}

test(`a cached analysis reports what a fresh one does, through a series of edits (${sample.length} files)`, () => {
  for (const { file, host } of sample) {
    const text = fs.readFileSync(file, 'utf8');
    const options: AnalyseOptions = { fileName: file, files: certFileAccess(), now: NOW };
    const cache = new LineCache();
    let previous = text;
    for (const next of [text, text, ...edits(text), text]) {
      const cached = analyse(next, host, { ...options, cache });
      const fresh = analyse(next, host, options);
      assert.deepEqual(plain(cached), plain(fresh), `${path.relative(ROOT, file)} after an edit of ${JSON.stringify(previous.slice(0, 40))}`);
      previous = next;
    }
  }
});

test('unchanged command lines are reused, changed ones analysed again', () => {
  const text = 'ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01\nccmsetup.exe SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSSITECODE=P01\n';
  const cache = new LineCache();
  const first = analyse(text, 'ccmsetup', { cache });
  assert.equal(cache.size, 2);
  const edited = text.replace('WINSPROMISCUOUS', 'NOWINS');
  const second = analyse(edited, 'ccmsetup', { cache });
  // the first line's parse is the very object of the first analysis, the second line's is new
  assert.equal(second.lines[0].parsed, first.lines[0].parsed);
  assert.notEqual(second.lines[1].parsed, first.lines[1].parsed);
  assert.deepEqual(second.findings.map((f) => f.rule), []);
  assert.deepEqual(first.findings.map((f) => [f.rule, text.slice(f.start, f.end)]), [['CCM301', 'WINSPROMISCUOUS']]);
  // only the lines of the current text stay
  assert.equal(cache.size, 2);
});

test('the same command line moved by an edit keeps its findings at its new place', () => {
  const line = 'ccmsetup.exe /NoCRLCheck SMSSITECODE=P01';
  const cache = new LineCache();
  analyse(`${line}\n`, 'ccmsetup', { cache });
  const moved = `REM a new first line\n${line}\n`;
  const f = analyse(moved, 'batch', { cache }).findings.filter((x) => x.rule === 'CCM303');
  assert.deepEqual(f.map((x) => moved.slice(x.start, x.end)), ['/NoCRLCheck']);
});

test('a different configuration is never answered from the cache', () => {
  const text = 'ccmsetup.exe /NoCRLCheck SMSSITECODE=P01\n';
  const cache = new LineCache();
  const has303 = (a: Analysis) => a.findings.some((f) => f.rule === 'CCM303');
  assert.equal(has303(analyse(text, 'ccmsetup', { cache })), true);
  assert.equal(has303(analyse(text, 'ccmsetup', { cache, config: { rules: { CCM303: 'off' }, environment: {} } })), false);
  assert.equal(has303(analyse(text, 'ccmsetup', { cache })), true);
});

test('command lines whose rules read a file are analysed afresh each time', () => {
  const certs = testCerts();
  let served: string | undefined = certs.sha1;
  const files = { read: () => (served ? fs.readFileSync(served) : undefined) };
  const text = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=C:\\keys\\sign.cer CCMCERTISSUERS="CN=Root"\n';
  const cache = new LineCache();
  const weak = analyse(text, 'ccmsetup', { cache, files }).findings.filter((f) => f.rule === 'CCM323');
  assert.equal(weak.length, 1);
  served = certs.good; // the file was renewed: same command line, new result
  assert.deepEqual(analyse(text, 'ccmsetup', { cache, files }).findings.filter((f) => f.rule === 'CCM323'), []);
});
