// Locating again after an edit (locate/incremental.ts): whatever the edit, the spliced result must be
// exactly what locating the whole new text gives, and so must the findings of the analysis built on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, type Analysis } from '../../server/src/analyse/analyse';
import { LineCache } from '../../server/src/analyse/line-cache';
import { locate } from '../../server/src/locate';
import { relocatePowerShell } from '../../server/src/locate/powershell';
import { relocateBatch } from '../../server/src/locate/batch';
import type { HostLanguage, Located } from '../../server/src/locate/region';
import { endOf, startOf } from '../../server/src/text/mapped-text';
import { documents, mutate } from '../support/robustness-generators';
import { powershellScriptForTests } from '../support/scripts';

/** Everything a Located says, as plain data (offset arrays and quoting lookups spelled out). */
function project(l: Located) {
  return {
    regions: l.regions.map((r) => ({
      kind: r.kind,
      text: r.text.text,
      starts: Array.from({ length: r.text.text.length }, (_, i) => startOf(r.text, i)),
      ends: Array.from({ length: r.text.text.length }, (_, i) => endOf(r.text, i)),
      endOffset: r.text.endOffset,
      quoting: r.quoting,
      quotingAt: r.quotingAt ? Array.from({ length: r.text.text.length + 1 }, (_, i) => r.quotingAt!(i)) : undefined,
      msiQuoted: r.msiQuoted,
      executable: r.executable,
      statement: r.statement,
      envVar: r.envVar?.('X'),
    })),
    comments: l.comments,
    notes: l.notes,
    statements: l.statements ?? [],
  };
}

const findings = (a: Analysis) => JSON.parse(JSON.stringify(a.findings));

const spliced: Record<string, number> = {};

function checkSteps(host: HostLanguage, steps: string[]): void {
  // as the language server does it: the previous analysis and the line cache together
  const cache = new LineCache();
  let prevText = steps[0];
  let prev = analyse(prevText, host, { cache });
  for (const text of steps.slice(1)) {
    const fresh = project(locate(text, host));
    // the locator's own answer, to count how often an edit is spliced rather than located whole
    const direct = host === 'powershell' ? relocatePowerShell(prevText, prev.located, text) : relocateBatch(prevText, prev.located, text);
    if (direct && direct !== prev.located) spliced[host] = (spliced[host] ?? 0) + 1;
    const next = analyse(text, host, { previous: { text: prevText, analysis: prev }, cache });
    assert.deepEqual(project(next.located), fresh, `located after ${JSON.stringify(prevText)} -> ${JSON.stringify(text)}`);
    assert.deepEqual(findings(next), findings(analyse(text, host)));
    prevText = text;
    prev = next;
  }
}

for (const host of ['powershell', 'batch'] as const) {
  test(`an analysis located again after edits equals a fresh one (${host}, random documents and edits)`, () => {
    const steps = documents(host).chain((d0) => mutate(d0).chain((d1) => mutate(d1).chain((d2) => mutate(d2).map((d3) => [d0, d1, d2, d3]))));
    fc.assert(
      fc.property(steps, (s) => checkSteps(host, s)),
      { numRuns: Number(process.env.RELOCATE_RUNS ?? 300), seed: process.env.RELOCATE_RUNS ? undefined : 4242 },
    );
    // the property must have exercised the splicing, not only the fallback
    assert.ok((spliced[host] ?? 0) >= Number(process.env.RELOCATE_RUNS ?? 300) / 3, `spliced ${spliced[host] ?? 0} of 900 edits`);
  });
}

test('an edit inside one PowerShell statement locates only that statement again', () => {
  const before = powershellScriptForTests();
  const at = before.lastIndexOf('SMSSITECODE=P01') + 'SMSSITECODE='.length;
  const after = before.slice(0, at) + 'P02' + before.slice(at + 3);
  const prev = locate(before, 'powershell');
  const next = relocatePowerShell(before, prev, after);
  assert.ok(next, 'the edit is spliced in');
  assert.deepEqual(project(next), project(locate(after, 'powershell')));
  // the regions before the edited statement are the very objects of the old result
  assert.equal(next.regions[0], prev.regions[0]);
});

test('an edit of an assignment also locates again the statements that read the variable', () => {
  const before = powershellScriptForTests();
  const prev = locate(before, 'powershell');
  const after = before.replace("'SMSSITECODE=P01'", "'SMSSITECODE=P02'");
  assert.notEqual(after, before);
  const next = relocatePowerShell(before, prev, after);
  assert.ok(next, 'spliced');
  assert.deepEqual(project(next), project(locate(after, 'powershell')));
  assert.ok(next.regions.some((r) => r.text.text.includes('SMSSITECODE=P02')), 'the Start-Process statement reads $InstallArgs');
  // a new assignment of a name that a later statement reads (unknown before) changes that statement too
  const added = before.replace('Write-Host "Installing"', '$Share = "\\\\cm02\\Client"');
  const again = relocatePowerShell(before, prev, added);
  assert.ok(again);
  assert.deepEqual(project(again), project(locate(added, 'powershell')));
  assert.ok(again.regions.some((r) => r.text.text.includes('mp1.contoso.com') && r.kind === 'ccmsetup'));
});

test('a variable assigned again later: reads after that are not affected, unless the new value reads the old', () => {
  const script = (first: string, second: string) =>
    [`$a = '${first}'`, '& ccmsetup.exe $a', 'Write-Host "x"', `$a = ${second}`, 'Write-Host "y"', '& ccmsetup.exe $a', ''].join('\n');
  for (const second of ["'SMSSITECODE=P09'", "@($a, 'SMSSITECODE=P09')"]) {
    const before = script('/mp:one', second);
    const after = script('/mp:two', second);
    const next = relocatePowerShell(before, locate(before, 'powershell'), after);
    assert.ok(next, second);
    assert.deepEqual(project(next), project(locate(after, 'powershell')), second);
  }
});

test('batch: an edit of one command line is spliced; an edit of a set line locates the whole script', () => {
  const before = ['@echo off', 'set SETUP=%~dp0ccmsetup.exe', 'REM install', '"%SETUP%" /mp:mp1 SMSSITECODE=P01 ^', '  /NoCRLCheck', 'echo done', ''].join('\r\n');
  const prev = locate(before, 'batch');
  const after = before.replace('SMSSITECODE=P01', 'SMSSITECODE=P02');
  const next = relocateBatch(before, prev, after);
  assert.ok(next);
  assert.deepEqual(project(next), project(locate(after, 'batch')));
  assert.deepEqual(next.regions.map((r) => r.text.text), ['/mp:mp1 SMSSITECODE=P02   /NoCRLCheck']);
  assert.equal(relocateBatch(before, prev, before.replace('%~dp0ccmsetup.exe', '%~dp0x.exe')), undefined);
});

test('an assignment read far away, or a string left open, is located whole', () => {
  const before = powershellScriptForTests();
  const far = before.replace('Write-Host "Done"', `${'Write-Host "filler line to push the read far away"\r\n'.repeat(2000)}& ccmsetup.exe $InstallArgs`);
  const prev = locate(far, 'powershell');
  assert.equal(relocatePowerShell(far, prev, far.replace("'SMSSITECODE=P01'", "'SMSSITECODE=P02'")), undefined);
  // an unclosed here-string swallows the rest: the tokens never get back in step, so the window runs to the end
  const open = far.replace('Write-Host "Installing"', '@"\nWrite-Host "Installing"');
  assert.equal(relocatePowerShell(far, prev, open), undefined);
});
