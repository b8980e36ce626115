// Semantic tokens: program word, names, separators, values by kind, comments; sorted, per line, real text only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { semanticTokens } from '../../server/src/features/semantic-tokens';
import type { SemanticToken } from '../../server/src/features/types';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/features/types';
import type { HostLanguage } from '../../server/src/locate/region';

function tokens(text: string, host: HostLanguage): string[] {
  const list = semanticTokens(analyse(text, host), text);
  assertWellFormed(text, list);
  return list.map((t) => `${text.slice(t.start, t.end)}:${t.type}${t.deprecated ? '~' : ''}`);
}

/** Sorted, non-overlapping, non-empty, inside the document, never across a line break, of a known type. */
function assertWellFormed(text: string, list: SemanticToken[]) {
  let last = 0;
  for (const t of list) {
    assert.ok(t.start >= last, `overlap or unsorted at ${t.start}`);
    assert.ok(t.end > t.start && t.end <= text.length, `bad extent ${t.start}-${t.end}`);
    assert.doesNotMatch(text.slice(t.start, t.end), /[\r\n]/);
    assert.ok(SEMANTIC_TOKEN_TYPES.includes(t.type));
    last = t.end;
  }
}

test('batch: comment, program word, names with their slash, separators, enum keywords, variables, deprecated settings', () => {
  const bat = '@echo off\r\n  REM ccmlint-disable-next-line CCM303\r\n"%~dp0ccmsetup.exe" /mp:x ^\r\n  /BITSPriority:high SMSSITECODE=%SITE% /native CCMDEBUGLOGGING=1 SMSCACHEDIR="C:\\A B" CCMLOGLEVEL=9';
  assert.deepEqual(tokens(bat, 'batch'), [
    'REM ccmlint-disable-next-line CCM303:comment',
    '"%~dp0ccmsetup.exe":keyword',
    '/mp:parameter',
    '::operator',
    'x:string',
    '/BITSPriority:parameter',
    '::operator',
    'high:enumMember',
    'SMSSITECODE:property',
    '=:operator',
    '%SITE%:variable',
    '/native:parameter~',
    'CCMDEBUGLOGGING:property',
    '=:operator',
    '1:enumMember',
    'SMSCACHEDIR:property',
    '=:operator',
    '"C:\\A B":string',
    'CCMLOGLEVEL:property',
    '=:operator',
    '9:string',
  ]);
  assert.deepEqual(tokens('ccmsetup.exe SMSSITECODE=auto /AlwaysExcludeUpgrade:FALSE SMSSLP=mp1', 'ccmsetup'), [
    'ccmsetup.exe:keyword',
    'SMSSITECODE:property',
    '=:operator',
    'auto:enumMember',
    '/AlwaysExcludeUpgrade:parameter',
    '::operator',
    'FALSE:enumMember',
    'SMSSLP:property~',
    '=:operator~',
    'mp1:string~',
  ]);
});

test('PowerShell: escapes stay in the value, synthetic quotes are skipped, multi-line values are split per line', () => {
  const ps = 'Start-Process ccmsetup.exe -ArgumentList "/mp:x CCMCERTSEL=`"Subject:x`"" # done';
  assert.deepEqual(tokens(ps, 'powershell'), ['ccmsetup.exe:keyword', '/mp:parameter', '::operator', 'x:string', 'CCMCERTSEL:property', '=:operator', '`"Subject:x`":string', '# done:comment']);
  const native = "& ccmsetup.exe '/source:C:\\Client Files' SMSSITECODE=P01";
  assert.deepEqual(tokens(native, 'powershell'), ['ccmsetup.exe:keyword', '/source:parameter', '::operator', 'C:\\Client Files:string', 'SMSSITECODE:property', '=:operator', 'P01:string']);
  const here = '$a = @"\r\n/UsePKICert CCMCERTSEL="SubjectStr:Contoso\r\nCorp"\r\n"@\r\nStart-Process ccmsetup.exe -ArgumentList $a <# end\r\nof file #>';
  assert.deepEqual(tokens(here, 'powershell'), [
    '/UsePKICert:parameter',
    'CCMCERTSEL:property',
    '=:operator',
    '"SubjectStr:Contoso:string',
    'Corp":string',
    'ccmsetup.exe:keyword',
    '<# end:comment',
    'of file #>:comment',
  ]);
});

test('XML entities, tcf files and the CCMSETUPCMD name', () => {
  const xml = '<!-- note -->\n<variable name="SMSClientInstallProperties">CCMCERTSEL=&quot;Subject:x&quot; SMSSITECODE=P01</variable>';
  assert.deepEqual(tokens(xml, 'xml'), ['<!-- note -->:comment', 'CCMCERTSEL:property', '=:operator', '&quot;Subject:x&quot;:string', 'SMSSITECODE:property', '=:operator', 'P01:string']);
  const tcf = '; client settings\r\n[Client Install]\r\nInstall=INSTALL=ALL SMSSITECODE=P01';
  assert.deepEqual(tokens(tcf, 'tcf'), ['; client settings:comment', 'SMSSITECODE:property', '=:operator', 'P01:string']);
  const msi = 'msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x CCMCERTSEL=""Subject:a b"""';
  assert.deepEqual(tokens(msi, 'batch'), ['CCMSETUPCMD:property', '=:operator', '/mp:parameter', '::operator', 'x:string', 'CCMCERTSEL:property', '=:operator', '""Subject:a b"":string']);
});

test('the same text used by two command lines is tokenized once', () => {
  const ps = '$a = "/mp:mp1 SMSSITECODE=P01"\r\n& ccmsetup.exe $a\r\n& ccmsetup.exe $a';
  assert.deepEqual(tokens(ps, 'powershell'), ['/mp:parameter', '::operator', 'mp1:string', 'SMSSITECODE:property', '=:operator', 'P01:string', 'ccmsetup.exe:keyword', 'ccmsetup.exe:keyword']);
});

test('empty documents and documents without command lines', () => {
  assert.deepEqual(tokens('', 'ccmsetup'), []);
  assert.deepEqual(tokens('echo hello', 'batch'), []);
  assert.deepEqual(tokens('# only a comment', 'ccmsetup'), ['# only a comment:comment']);
});
