// Regression tests for the robustness defects (B1-B16 in the robustness suites): the exact text after each
// fix, the glob matcher, and the helpers that replaced quadratic regular expressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob } from '../../server/src/cli/files';
import { baseName } from '../../server/src/locate/dispatch';
import { joinWithSemicolons } from '../../server/src/rules/CCM010-list-separator';
import { applyFix, only } from '../support/helpers';

test('B12: compileGlob matches like the glob syntax says (*, **, **/, ?, {a,b}, case, backslashes)', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.cmd', 'install.cmd', true],
    ['**/*.cmd', 'a/b/install.CMD', true],
    ['**/*.cmd', 'a/b/install.cmd.txt', false],
    ['*.cmd', 'a/install.cmd', false],
    ['a/*/c', 'a/b/c', true],
    ['a/*/c', 'a/b/x/c', false],
    ['a/**/c', 'a/c', true],
    ['a/**/c', 'a/b/x/c', true],
    ['a/**/c', 'a/bc', false],
    ['a**c', 'a/b/c', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/x/deploy/y/z.ps1', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/deploy/z.bat', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/deploy/z.txt', false],
    ['*.{c*d,bat}', 'x.cmd', true],
    ['*.{c*d,bat}', 'x.c/d', false],
    ['*.{c?d,bat}', 'x.cmd', true],
    ['?.cmd', 'ab.cmd', false],
    ['?.cmd', 'a.cmd', true],
    ['{a.cmd', '{a.cmd', true],
    ['a\\b\\*.ps1', 'a/b/c.ps1', true],
    ['*a*a*b', 'xaxaxb', true],
    ['*a*a*b', 'xaxb', false],
    ['', '', true],
    ['', 'x', false],
  ];
  for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob).test(path), expected, `${glob} on ${path}`);
});

test("B14: baseName trims ' and ) around a program name without a regular expression", () => {
  assert.equal(baseName("'C:\\x\\CCMSetup.exe'"), 'ccmsetup.exe');
  assert.equal(baseName('ccmsetup.exe))'), 'ccmsetup.exe');
  assert.equal(baseName("''''"), '');
  assert.equal(baseName('"%~dp0CCMSetup.exe"'), 'ccmsetup.exe');
});

test('B15: CCM010 joins list entries with ; and drops the blanks around each comma', () => {
  assert.equal(joinWithSemicolons('a , b,c'), 'a;b;c');
  assert.equal(joinWithSemicolons(' a,\tb '), ' a;b ');
  assert.equal(joinWithSemicolons(','), ';');
  assert.equal(applyFix('SMSMPLIST="mp1 , mp2,mp3"', 'CCM010'), 'SMSMPLIST="mp1;mp2;mp3"');
});

test('B11: CCM103 reports every earlier repeat of a setting and the fix removes it', () => {
  const line = 'SMSSITECODE=P01 SMSSITECODE=P02 SMSSITECODE=P03';
  assert.deepEqual(only('CCM103', line).map((f) => f.text), ['SMSSITECODE=P01', 'SMSSITECODE=P02']);
  assert.equal(applyFix(line, 'CCM103'), 'SMSSITECODE=P02 SMSSITECODE=P03');
});
