import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from '../../server/src/locate';
import { texts, regions } from '../support/regions';

test('plain, quoted, path-prefixed and %~dp0 invocations', () => {
  assert.deepEqual(texts('ccmsetup.exe /mp:mp1 SMSSITECODE=P01', 'batch'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('CCMSetup /logon', 'batch'), ['/logon']);
  assert.deepEqual(texts('"%~dp0ccmsetup.exe" /mp:mp1', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('\\\\srv\\SMS_P01\\Client\\ccmsetup.exe /source:"\\\\srv\\share"', 'batch'), ['/source:"\\\\srv\\share"']);
  assert.deepEqual(texts('"C:\\Program Files\\x\\CCMSetup.exe" /uninstall', 'batch'), ['/uninstall']);
  assert.deepEqual(texts('@ccmsetup.exe /uninstall', 'batch'), ['/uninstall']);
});

test('wrappers: call, start /wait with a title, cmd /c "...", psexec, if exist', () => {
  assert.deepEqual(texts('call ccmsetup.exe /logon', 'batch'), ['/logon']);
  assert.deepEqual(texts('start /wait "" "%~dp0ccmsetup.exe" /mp:mp1 SMSSITECODE=P01', 'batch'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('start /wait /b ccmsetup.exe /mp:mp1', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('cmd /c "ccmsetup.exe /mp:mp1 SMSSITECODE=P01"', 'batch'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('psexec \\\\pc01 -s -accepteula cmd /c "\\\\srv\\c$\\ccmsetup.exe /mp:mp1"', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('psexec.exe \\\\pc01 -u CONTOSO\\admin -s c:\\windows\\ccmsetup\\ccmsetup.exe /forceinstall', 'batch'), ['/forceinstall']);
  assert.deepEqual(texts('if exist "%~dp0ccmsetup.exe" "%~dp0ccmsetup.exe" /mp:mp1', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('if not exist C:\\Windows\\CCM\\CcmExec.exe (\r\n  ccmsetup.exe /mp:mp1\r\n)', 'batch'), ['/mp:mp1']);
});

test('a program path kept in a variable', () => {
  assert.deepEqual(texts('set SETUP=%~dp0ccmsetup.exe\r\n"%SETUP%" /mp:mp1 SMSSITECODE=P01', 'batch'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('set "SETUP=C:\\Windows\\ccmsetup\\ccmsetup.exe"\r\n%SETUP% /uninstall', 'batch'), ['/uninstall']);
  assert.deepEqual(texts('set OTHER=notepad.exe\r\n%OTHER% /mp:x', 'batch'), []);
});

test('caret continuations join lines and map back to both lines', () => {
  const src = 'ccmsetup.exe /mp:mp1 ^\r\n  SMSSITECODE=P01 ^\r\n  FSP=fsp1';
  assert.deepEqual(texts(src, 'batch'), ['/mp:mp1   SMSSITECODE=P01   FSP=fsp1']);
  const r = locate(src, 'batch').regions[0];
  const i = r.text.text.indexOf('FSP');
  assert.equal(src.slice(r.text.starts[i], r.text.starts[i] + 3), 'FSP');
  assert.deepEqual(r.statement, { start: 0, end: src.length });
});

test('carets escape characters outside quotes; & and | split commands; redirections are dropped', () => {
  assert.deepEqual(texts('ccmsetup.exe CCMADMINS=a^&b', 'batch'), ['CCMADMINS=a&b']);
  assert.deepEqual(texts('ccmsetup.exe /mp:mp1 && echo done', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('ccmsetup.exe /mp:mp1 > "%TEMP%\\out log.txt" 2>&1', 'batch'), ['/mp:mp1']);
  assert.deepEqual(texts('echo start & ccmsetup.exe /logon | more', 'batch'), ['/logon']);
  assert.deepEqual(texts('ccmsetup.exe SMSSITECODE=<Site Code>', 'batch'), ['SMSSITECODE=<Site Code>']);
});

test('comments, labels, echo and other programs are not command lines', () => {
  const located = locate('@echo off\r\nREM ccmsetup.exe /mp:old\r\n:: ccmsetup.exe /mp:old\r\n:install\r\necho Running ccmsetup.exe now\r\ncopy ccmsetup.exe C:\\temp\r\ntaskkill /im ccmsetup.exe', 'batch');
  assert.equal(located.regions.length, 0);
  assert.deepEqual(located.comments.map((c) => c.text), [' ccmsetup.exe /mp:old', ' ccmsetup.exe /mp:old']);
});

test('msiexec: ccmsetup.msi CCMSETUPCMD is a command line of its own; client.msi is noted', () => {
  assert.deepEqual(regions('msiexec /i ccmsetup.msi /qn CCMSETUPCMD="/mp:https://mp1 CCMHOSTNAME=mp1 SMSSITECODE=P01"', 'batch'), [
    { kind: 'ccmsetupcmd', text: '/mp:https://mp1 CCMHOSTNAME=mp1 SMSSITECODE=P01' },
  ]);
  assert.deepEqual(texts('msiexec.exe /i "%~dp0ccmsetup.msi" CCMSETUPCMD="/source:""C:\\a b"" SMSSITECODE=P01"', 'batch'), ['/source:"C:\\a b" SMSSITECODE=P01']);
  const located = locate('msiexec /i client.msi SMSSITECODE=P01 /qn', 'batch');
  assert.deepEqual(located.regions, []);
  assert.deepEqual(located.notes.map((n) => n.kind), ['client-msi']);
  assert.deepEqual(locate('msiexec /i other.msi /qn', 'batch').notes, []);
});

test('cmHttpsReadiness.exe arguments are a readiness region', () => {
  assert.deepEqual(regions('cmhttpsreadiness.exe /Store:ConfigMgr /Criteria:"SubjectStr:contoso.com"', 'batch'), [
    { kind: 'readiness', text: '/Store:ConfigMgr /Criteria:"SubjectStr:contoso.com"' },
  ]);
});

test('an empty file and a file of blank lines have no command lines', () => {
  assert.deepEqual(texts('', 'batch'), []);
  assert.deepEqual(texts('\r\n\r\n', 'batch'), []);
  assert.deepEqual(texts('ccmsetup.exe', 'batch'), ['']);
});
