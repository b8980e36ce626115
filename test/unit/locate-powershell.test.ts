import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from '../../server/src/locate';
import { texts, regions } from '../support/regions';

test('Start-Process with named parameters and one argument string', () => {
  assert.deepEqual(texts('Start-Process -FilePath "$PSScriptRoot\\ccmsetup.exe" -ArgumentList "/mp:mp1 SMSSITECODE=P01" -Wait', 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts("Start-Process -FilePath 'C:\\Windows\\ccmsetup\\ccmsetup.exe' -ArgumentList '/uninstall' -Wait -NoNewWindow", 'powershell'), ['/uninstall']);
  assert.deepEqual(texts('Start-Process -Wait -FilePath ccmsetup.exe -Args "/logon"', 'powershell'), ['/logon']);
});

test('Start-Process with positional arguments', () => {
  assert.deepEqual(texts('Start-Process .\\ccmsetup.exe "/mp:mp1 SMSSITECODE=P01"', 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('Start-Process -Wait C:\\Windows\\ccmsetup\\ccmsetup.exe /uninstall', 'powershell'), ['/uninstall']);
});

test('argument arrays, @() and -join are joined with spaces', () => {
  assert.deepEqual(texts("Start-Process ccmsetup.exe -ArgumentList '/mp:mp1', 'SMSSITECODE=P01' -Wait", 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts("Start-Process ccmsetup.exe -ArgumentList @('/mp:mp1', 'SMSSITECODE=P01')", 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  const src = "$a = @(\r\n  '/mp:mp1'\r\n  'SMSSITECODE=P01'\r\n)\r\nStart-Process ccmsetup.exe -ArgumentList ($a -join ' ')";
  assert.deepEqual(texts(src, 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
});

test('variables assigned a literal earlier are resolved; later assignments do not leak backwards', () => {
  const src = '$arguments = "/mp:mp1 SMSSITECODE=P01"\r\nStart-Process -FilePath ccmsetup.exe -ArgumentList $arguments\r\n$arguments = "/uninstall"';
  assert.deepEqual(texts(src, 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  const plus = '$a = "/mp:mp1"\r\n$a += " SMSSITECODE=P01"\r\n& ccmsetup.exe $a';
  assert.deepEqual(texts(plus, 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  const exe = '$exe = "$env:WINDIR\\ccmsetup\\ccmsetup.exe"\r\n& $exe /uninstall';
  assert.deepEqual(texts(exe, 'powershell'), ['/uninstall']);
});

test('splatting a hashtable', () => {
  const src = "$SetupArgs = @{\r\n  FilePath = \"$PSScriptRoot\\ccmsetup.exe\"\r\n  ArgumentList = '/mp:mp1 SMSSITECODE=P01'\r\n  Wait = $true\r\n}\r\nStart-Process @SetupArgs";
  assert.deepEqual(texts(src, 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
});

test('call operator, bare native calls and glued arguments', () => {
  assert.deepEqual(texts('& "$env:WINDIR\\ccmsetup\\ccmsetup.exe" /mp:mp1 SMSSITECODE=P01', 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('C:\\Windows\\ccmsetup\\ccmsetup.exe /forceinstall /mp:$mp SMSSITECODE=P01', 'powershell'), ['/forceinstall /mp:$mp SMSSITECODE=P01']);
  assert.deepEqual(texts('.\\ccmsetup.exe /source:"C:\\Client Files" SMSSITECODE=P01', 'powershell'), ['/source:"C:\\Client Files" SMSSITECODE=P01']);
  assert.deepEqual(texts(`& ccmsetup.exe 'CCMADMINS="CONTOSO\\CM Admins"' SMSSITECODE=P01`, 'powershell'), ['CCMADMINS="CONTOSO\\CM Admins" SMSSITECODE=P01']);
});

test('a native call gets quoted and glued string arguments as single arguments', () => {
  assert.deepEqual(texts('& ccmsetup.exe /UsePKICert CCMCERTISSUERS="CN=Contoso Root CA; O=Contoso" SMSSITECODE=P01', 'powershell'), ['/UsePKICert CCMCERTISSUERS="CN=Contoso Root CA; O=Contoso" SMSSITECODE=P01']);
  assert.deepEqual(texts("& ccmsetup.exe '/source:C:\\Client Files' SMSSITECODE=P01", 'powershell'), ['"/source:C:\\Client Files" SMSSITECODE=P01']);
  // Start-Process joins array elements with spaces and adds no quotes
  assert.deepEqual(texts("Start-Process ccmsetup.exe -ArgumentList '/source:C:\\Client', 'SMSSITECODE=P01'", 'powershell'), ['/source:C:\\Client SMSSITECODE=P01']);
});

test('backtick continuations and escapes', () => {
  const src = 'Start-Process ccmsetup.exe `\r\n  -ArgumentList "/mp:mp1 CCMCERTSEL=`"SubjectStr:contoso.com`"" `\r\n  -Wait';
  assert.deepEqual(texts(src, 'powershell'), ['/mp:mp1 CCMCERTSEL="SubjectStr:contoso.com"']);
  const r = locate(src, 'powershell').regions[0];
  const q = r.text.text.indexOf('"');
  assert.equal(src.slice(r.text.starts[q], r.text.ends[q]), '`"');
});

test('here-strings', () => {
  const src = "$a = @'\r\n/mp:mp1 SMSSITECODE=P01\r\n'@\r\nStart-Process ccmsetup.exe -ArgumentList $a";
  assert.deepEqual(texts(src, 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
});

test('Invoke-Command script blocks, Invoke-Expression and cmd /c', () => {
  assert.deepEqual(texts("Invoke-Command -ComputerName pc1 -ScriptBlock { Start-Process 'C:\\Windows\\ccmsetup\\ccmsetup.exe' -ArgumentList '/mp:mp1' -Wait }", 'powershell'), ['/mp:mp1']);
  assert.deepEqual(texts('Invoke-Expression "& \'$share\\ccmsetup.exe\' /mp:mp1 SMSSITECODE=P01"', 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
  assert.deepEqual(texts('$cmd = "ccmsetup.exe /logon"\r\niex $cmd', 'powershell'), ['/logon']);
  assert.deepEqual(texts('cmd /c "C:\\Windows\\ccmsetup\\ccmsetup.exe /mp:mp1 SMSSITECODE=P01"', 'powershell'), ['/mp:mp1 SMSSITECODE=P01']);
});

test('msiexec with ccmsetup.msi and CCMSETUPCMD inside a single-quoted argument string', () => {
  assert.deepEqual(
    regions('Start-Process msiexec.exe -ArgumentList \'/i ccmsetup.msi /qn CCMSETUPCMD="CCMHOSTNAME=gw/CCM_Proxy_MutualAuth/1 SMSSiteCode=P01"\' -Wait', 'powershell'),
    [{ kind: 'ccmsetupcmd', text: 'CCMHOSTNAME=gw/CCM_Proxy_MutualAuth/1 SMSSiteCode=P01' }],
  );
});

test('client push and task sequence cmdlets carry installation property strings', () => {
  assert.deepEqual(regions('Set-CMClientPushInstallation -SiteCode P01 -InstallationProperty "SMSSITECODE=P01 /forcereboot"', 'powershell'), [
    { kind: 'push', text: 'SMSSITECODE=P01 /forcereboot' },
  ]);
  assert.deepEqual(regions("New-CMTSStepSetupWindowsAndConfigMgr -Name 'Setup' -InstallationProperty 'SMSCACHESIZE=10240'", 'powershell'), [
    { kind: 'taskSequence', text: 'SMSCACHESIZE=10240' },
  ]);
});

test('comments, prose and other commands are not command lines', () => {
  const src = "# ccmsetup.exe /mp:old\r\n<# Start-Process ccmsetup.exe -ArgumentList '/mp:x' #>\r\nWrite-Host \"Running ccmsetup.exe /mp:mp1\"\r\nCopy-Item ccmsetup.exe C:\\temp\r\nGet-Process ccmsetup -ErrorAction SilentlyContinue | Wait-Process";
  const located = locate(src, 'powershell');
  assert.deepEqual(located.regions, []);
  assert.deepEqual(located.comments.map((c) => c.text.trim()), ['ccmsetup.exe /mp:old', "Start-Process ccmsetup.exe -ArgumentList '/mp:x'"]);
});

test('quoting of each part of the command line is known for fixes', () => {
  const r = locate("Start-Process ccmsetup.exe -ArgumentList '/mp:mp1', \"SMSSITECODE=P01\"", 'powershell').regions[0];
  assert.equal(r.quotingAt?.(0), 'ps-single');
  assert.equal(r.quotingAt?.(r.text.text.indexOf('SMS')), 'ps-double');
});

test('unterminated strings and stray brackets do not break the locator', () => {
  assert.doesNotThrow(() => locate('Start-Process ccmsetup.exe -ArgumentList "/mp:mp1', 'powershell'));
  assert.doesNotThrow(() => locate('}}} ))) & & "', 'powershell'));
  assert.deepEqual(texts('Start-Process ccmsetup.exe -ArgumentList "/mp:mp1', 'powershell'), ['/mp:mp1']);
});
