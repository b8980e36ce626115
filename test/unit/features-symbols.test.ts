// Document symbols (one per command line, one child per setting) and links from suppression directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { defaultConfig } from '../../server/src/analyse/config';
import { documentLinks } from '../../server/src/features/links';
import { documentSymbols } from '../../server/src/features/symbols';
import type { SymbolEntry } from '../../server/src/features/types';
import type { HostLanguage } from '../../server/src/locate/region';

function symbols(text: string, host: HostLanguage, options = {}) {
  return documentSymbols(analyse(text, host, options), text);
}

/** name | detail | covered text | selected text, with children indented. */
function outline(text: string, list: SymbolEntry[], indent = ''): string[] {
  return list.flatMap((s) => [
    `${indent}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''} | ${text.slice(s.range.start, s.range.end)} | ${text.slice(s.selectionRange.start, s.selectionRange.end)}`,
    ...outline(text, s.children, indent + '  '),
  ]);
}

test('a batch script: the command line with its settings, the site code and management point as detail', () => {
  const text = '@echo off\r\nREM install\r\n"%~dp0ccmsetup.exe" /mp:https://mp1.contoso.com;https://mp2 /UsePKICert ^\r\n  SMSSITECODE=P01 /foo\r\n';
  assert.deepEqual(outline(text, symbols(text, 'batch')), [
    'command ccmsetup.exe (site P01 · MP https://mp1.contoso.com) | "%~dp0ccmsetup.exe" /mp:https://mp1.contoso.com;https://mp2 /UsePKICert ^\r\n  SMSSITECODE=P01 /foo | "%~dp0ccmsetup.exe"',
    '  parameter /mp:https://mp1.contoso.com;https://mp2 | /mp:https://mp1.contoso.com;https://mp2 | /mp',
    '  parameter /UsePKICert | /UsePKICert | /UsePKICert',
    '  property SMSSITECODE=P01 | SMSSITECODE=P01 | SMSSITECODE',
    '  parameter /foo (unknown parameter) | /foo | /foo',
  ]);
});

test('every region kind has its own name; values are shortened and tokens masked', () => {
  const ps = "Start-Process ccmsetup.exe -ArgumentList '/regtoken:eyJ0eXAiOiJKV1Qi.eyJUeXBlIjoiQnVsa1JlZ2lzdHJhdGlvbiJ9.c2lnbmF0dXJl', 'SMSCACHEDIR=C:\\a\\very\\long\\folder\\name\\that\\goes\\on\\and\\on'";
  const [cmd] = symbols(ps, 'powershell');
  assert.deepEqual(cmd.children.map((c) => c.name), ['/regtoken:eyJ0eXAi…', 'SMSCACHEDIR=C:\\a\\very\\long\\folder\\name\\that\\goes\\on…']);
  const names = (text: string, host: HostLanguage, options = {}) => symbols(text, host, options).map((s) => s.name);
  assert.deepEqual(names('msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x SMSSITECODE=P01"', 'batch'), ['CCMSETUPCMD']);
  assert.deepEqual(names('[Client Install]\r\nInstall=INSTALL=ALL SMSSITECODE=P01', 'tcf'), ['/config Install=']);
  assert.deepEqual(names('<variable name="SMSClientInstallProperties">SMSSITECODE=P01</variable>', 'xml'), ['Task sequence properties']);
  assert.deepEqual(names('cmhttpsreadiness.exe /Store:ConfigMgr', 'ccmsetup'), ['cmHttpsReadiness.exe']);
  assert.deepEqual(names('SMSSITECODE=P01', 'ccmsetup', { config: { ...defaultConfig(), environment: { pushContext: true } } }), ['Client push properties']);
});

test('selection ranges: the program word, the CCMSETUPCMD name, else the first setting; always inside the range', () => {
  const msi = 'msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x SMSSITECODE=P01"';
  assert.deepEqual(outline(msi, symbols(msi, 'batch')), [
    'command CCMSETUPCMD (site P01 · MP x) | msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x SMSSITECODE=P01" | CCMSETUPCMD',
    '  parameter /mp:x | /mp:x | /mp',
    '  property SMSSITECODE=P01 | SMSSITECODE=P01 | SMSSITECODE',
  ]);
  const tcf = '[Client Install]\r\nInstall=INSTALL=ALL  SMSSITECODE=P01 /source:x';
  assert.deepEqual(outline(tcf, symbols(tcf, 'tcf')), [
    'command /config Install= (site P01 · source x) | Install=INSTALL=ALL  SMSSITECODE=P01 /source:x | SMSSITECODE',
    '  property SMSSITECODE=P01 | SMSSITECODE=P01 | SMSSITECODE',
    '  parameter /source:x | /source:x | /source',
  ]);
  // a command line assembled from an earlier assignment: its settings lie outside the statement
  const ps = '$a = "/mp:mp1 SMSSITECODE=P01"\r\n& ccmsetup.exe $a';
  const [cmd] = symbols(ps, 'powershell');
  assert.equal(ps.slice(cmd.range.start, cmd.range.end), '& ccmsetup.exe $a');
  assert.equal(ps.slice(cmd.selectionRange.start, cmd.selectionRange.end), 'ccmsetup.exe');
  for (const s of [cmd, ...cmd.children]) assert.ok(s.selectionRange.start >= s.range.start && s.selectionRange.end <= s.range.end);
});

test('no command line, no symbols; a bare program word has no children', () => {
  assert.deepEqual(symbols('', 'ccmsetup'), []);
  assert.deepEqual(symbols('REM nothing here\r\necho hi', 'batch'), []);
  assert.deepEqual(outline('ccmsetup.exe', symbols('ccmsetup.exe', 'ccmsetup')), ['command ccmsetup.exe | ccmsetup.exe | ccmsetup.exe']);
});

test('links: every known rule id of a suppression directive opens its documentation', () => {
  const text = 'REM ccmlint-disable-next-line CCM303, ccm301 CCM999 -- DMZ (see CCM311)\r\nccmsetup.exe /NoCRLCheck';
  const links = documentLinks(analyse(text, 'batch'), text);
  assert.deepEqual(
    links.map((l) => [text.slice(l.range.start, l.range.end), l.target, l.tooltip]),
    [
      ['CCM303', 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM303.md', 'CCM303 crl-check-disabled: open the rule documentation'],
      ['ccm301', 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM301.md', 'CCM301 wins-promiscuous: open the rule documentation'],
    ],
  );
  const ps = '<# ccmlint-disable CCM303 #>\r\n& ccmsetup.exe /NoCRLCheck\r\n# ccmlint-enable CCM303';
  assert.deepEqual(documentLinks(analyse(ps, 'powershell'), ps).map((l) => l.range), [{ start: 19, end: 25 }, { start: 75, end: 81 }]);
  const xml = '<!-- ccmlint-disable-next-line CCM301 -->\n<variable name="SMSClientInstallProperties">SMSDIRECTORYLOOKUP=WINSPROMISCUOUS</variable>';
  assert.equal(documentLinks(analyse(xml, 'xml'), xml).length, 1);
  assert.deepEqual(documentLinks(analyse('', 'batch'), ''), []);
});
