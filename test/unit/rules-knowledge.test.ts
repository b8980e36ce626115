// CCM1xx: names, values and combinations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, applyFix } from '../support/helpers';

test('CCM101 unknown parameters, did-you-mean, installer switches and internal switches', () => {
  assert.deepEqual(only('CCM101', 'ccmsetup.exe /nocrlchek /UsePKICert').map((f) => [f.text, f.message, f.fixes]), [
    ['/nocrlchek', '/nocrlchek is not a ccmsetup parameter; did you mean /NoCRLCheck?', ['auto: Change to /NoCRLCheck']],
  ]);
  assert.equal(applyFix('ccmsetup.exe /UsePKICert/ CCMHOSTNAME=x', 'CCM101'), 'ccmsetup.exe /UsePKICert CCMHOSTNAME=x');
  assert.deepEqual(only('CCM101', 'ccmsetup.exe /qn /S').map((f) => f.text), ['/qn', '/S']);
  assert.equal(applyFix('ccmsetup.exe /mp:mp1 /qn SMSSITECODE=P01', 'CCM101'), 'ccmsetup.exe /mp:mp1 SMSSITECODE=P01');
  assert.deepEqual(only('CCM101', 'ccmsetup.exe /remediate:client /log:C:\\x.log').map((f) => [f.text, f.severity]), [
    ['/remediate', 'information'],
    ['/log', 'information'],
  ]);
  assert.deepEqual(only('CCM101', 'ccmsetup.exe /mp:x /logon /forceinstall /BITSPriority:HIGH /IgnoreSkipUpgrade'), []);
});

test('CCM102 unknown properties with suggestions; undocumented ones are information', () => {
  const line = 'ccmsetup.exe SMSCACHSIZE=25600 DisableCache0pt=True MP=mp1 CCMHTTPSSTATE=31';
  assert.deepEqual(only('CCM102', line).map((f) => [f.text, f.severity]), [
    ['SMSCACHSIZE', 'warning'],
    ['DisableCache0pt', 'warning'],
    ['MP', 'warning'],
    ['CCMHTTPSSTATE', 'information'],
  ]);
  assert.equal(only('CCM102', line)[0].message, 'SMSCACHSIZE is not a Client.msi property, so the installer ignores it without a word. Did you mean SMSCACHESIZE?');
  assert.equal(applyFix(line, 'CCM102'), 'ccmsetup.exe SMSCACHESIZE=25600 DisableCache0pt=True MP=mp1 CCMHTTPSSTATE=31');
  assert.equal(applyFix(line, 'CCM102', 'ccmsetup', {}, 1), 'ccmsetup.exe SMSCACHSIZE=25600 DISABLECACHEOPT=True MP=mp1 CCMHTTPSSTATE=31');
  assert.match(only('CCM102', line)[2].message, /SMSMP .* or \/mp:/);
  assert.deepEqual(only('CCM102', 'ccmsetup.exe PATCH="C:\\a.msp;C:\\b.msp" REINSTALL=ALL REINSTALLMODE=vomus TRANSFORMS=x.mst'), []);
});

test('CCM103 duplicates: the earlier one is unnecessary; /mp and /skipprereq are joined; /source may repeat', () => {
  const line = 'ccmsetup.exe SMSSITECODE=P01 FSP=fsp1 SMSSITECODE=P02';
  assert.deepEqual(only('CCM103', line).map((f) => f.text), ['SMSSITECODE=P01']);
  assert.equal(applyFix(line, 'CCM103'), 'ccmsetup.exe FSP=fsp1 SMSSITECODE=P02');
  assert.equal(applyFix('ccmsetup.exe /mp:mp1 /mp:mp2 SMSSITECODE=P01', 'CCM103'), 'ccmsetup.exe /mp:mp1;mp2 SMSSITECODE=P01');
  assert.deepEqual(only('CCM103', 'ccmsetup.exe /source:\\\\a\\c /source:\\\\b\\c'), []);
});

test('CCM104 invalid values, with the one valid value as a fix', () => {
  const cases: [string, string, string, string | undefined][] = [
    ['ccmsetup.exe SMSSITECODE=P0', 'P0', 'SMSSITECODE value "P0" must be AUTO or a three-character site code of A-Z and 0-9.', undefined],
    ['ccmsetup.exe /BITSPriority:HIHG', 'HIHG', 'BITSPriority', 'ccmsetup.exe /BITSPriority:HIGH'],
    ['ccmsetup.exe CCMEVALINTERVAL=0', '0', 'CCMEVALINTERVAL value "0" must be between 1 and 1440 minutes.', undefined],
    ['ccmsetup.exe CCMEVALHOUR=24', '24', 'between 0 and 23', undefined],
    ['ccmsetup.exe CCMHTTPSPORT=70000', '70000', 'between 1 and 65535', undefined],
    ['ccmsetup.exe CCMLOGMAXSIZE=500', '500', 'at least 10000', undefined],
    ['ccmsetup.exe AADTENANTID=not-a-guid', 'not-a-guid', 'GUID', undefined],
    ['ccmsetup.exe CCMCERTSEL="SubjectAttr:XY = Computers"', 'SubjectAttr:XY = Computers', 'not a supported certificate attribute', undefined],
    ['ccmsetup.exe SMSCONFIGSOURCE=RX', 'RX', 'R, P, M and U', undefined],
    ['ccmsetup.exe DISABLESITEOPT=1', '1', 'TRUE or FALSE', 'ccmsetup.exe DISABLESITEOPT=TRUE'],
    ['ccmsetup.exe CCMALWAYSINF=TRUE CCMHOSTNAME=gw', 'TRUE', '0 or 1', 'ccmsetup.exe CCMALWAYSINF=1 CCMHOSTNAME=gw'],
    ['ccmsetup.exe /ExcludeFeatures:ClientUx', 'ClientUx', 'ClientUI', 'ccmsetup.exe /ExcludeFeatures:ClientUI'],
    ['ccmsetup.exe SMSDIRECTORYLOOKUP=NOWIN', 'NOWIN', 'NOWINS', 'ccmsetup.exe SMSDIRECTORYLOOKUP=NOWINS'],
  ];
  for (const [line, covered, message, fixed] of cases) {
    const f = only('CCM104', line);
    assert.deepEqual(f.map((x) => x.text), [covered], line);
    assert.ok(f[0].message.includes(message), `${line}: ${f[0].message}`);
    if (fixed) assert.equal(applyFix(line, 'CCM104'), fixed);
    else assert.deepEqual(f[0].fixes, []);
  }
});

test('CCM104 accepts every documented value form, any case, quoted or unknown', () => {
  for (const line of [
    'ccmsetup.exe SMSSITECODE=p01 CCMALWAYSINF=0 CCMFIRSTCERT=0 CCMCERTNAMECHECK=1 CCMENABLELOGGING=true CCMLOGLEVEL="0"',
    'ccmsetup.exe SMSSITECODE=Auto SITEREASSIGN=TRUE',
    'ccmsetup.exe /AlwaysExcludeUpgrade:True /BITSPriority:foreground /downloadtimeout:100 /retry:20',
    'ccmsetup.exe CCMCERTSEL="SubjectAttr:2.5.4.11 = Computers" CCMCERTSEL="SubjectAttr:OU = Computers"',
    'ccmsetup.exe SMSSITECODE=%SITECODE% CCMEVALHOUR=$hour AADTENANTID={{ tenant }} SMSCACHESIZE=<size>',
    'ccmsetup.exe AADCLIENTAPPID=7506ee10-f7ec-415a-b415-cd3d58790d97 AADRESOURCEURI=https://contososerver PROVISIONTS=PRI20001',
  ]) {
    assert.deepEqual(only('CCM104', line).map((f) => f.text), [], line);
  }
});

test('CCM105 values on flags and missing values', () => {
  assert.deepEqual(only('CCM105', 'ccmsetup.exe /UsePKICert:TRUE /NoCRLCheck:1').map((f) => f.text), [':TRUE', ':1']);
  assert.equal(applyFix('ccmsetup.exe /UsePKICert:TRUE SMSSITECODE=P01', 'CCM105'), 'ccmsetup.exe /UsePKICert SMSSITECODE=P01');
  assert.deepEqual(only('CCM105', 'ccmsetup.exe /mp /source /config').map((f) => f.message), ['/mp needs a value: ' + only('CCM105', 'ccmsetup.exe /mp')[0].message.split(': ').slice(1).join(': '), ...only('CCM105', 'ccmsetup.exe /source /config').map((f) => f.message)]);
  assert.equal(only('CCM105', 'ccmsetup.exe /mp /source /config').length, 3);
  assert.deepEqual(only('CCM105', 'ccmsetup.exe CCMALLOWSILENTREBOOT=1 /native'), []);
});

test('CCM106 reserved site codes', () => {
  assert.deepEqual(only('CCM106', 'ccmsetup.exe SMSSITECODE=con').map((f) => [f.text, f.message]), [['con', 'CON is a reserved name that no ConfigMgr site can have, so the client can never be assigned. Use the code of a primary site.']]);
  assert.deepEqual(only('CCM106', 'ccmsetup.exe SMSSITECODE=P01'), []);
});

test('CCM107 obsolete settings and their replacements', () => {
  assert.equal(applyFix('ccmsetup.exe /native CCMALWAYSINF=1 CCMHOSTNAME=SERVER3.CONTOSO.COM SMSSITECODE=ABC', 'CCM107'), 'ccmsetup.exe /UsePKICert CCMALWAYSINF=1 CCMHOSTNAME=SERVER3.CONTOSO.COM SMSSITECODE=ABC');
  assert.equal(applyFix('ccmsetup.exe SMSSLP=slp1 SMSSITECODE=P01', 'CCM107'), 'ccmsetup.exe SMSMP=slp1 SMSSITECODE=P01');
  assert.deepEqual(only('CCM107', 'ccmsetup.exe AADTENANTNAME=contoso').map((f) => [f.text, f.fixes]), [['AADTENANTNAME', []]]);
  // the current reference documents UPGRADETOLATEST as a property
  assert.deepEqual(only('CCM107', 'ccmsetup.exe UPGRADETOLATEST SMSSITECODE=P01'), []);
});

test('CCM108 settings without effect', () => {
  assert.deepEqual(only('CCM108', 'ccmsetup.exe SMSSITECODE=P01 SITEREASSIGN=TRUE').map((f) => f.text), ['SITEREASSIGN=TRUE']);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe SMSSITECODE=AUTO SITEREASSIGN=TRUE'), []);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe SITEREASSIGN=TRUE'), [], 'no site code behaves like AUTO');
  assert.deepEqual(only('CCM108', 'ccmsetup.exe CCMDEBUGLOGGING=1 CCMENABLELOGGING=FALSE').map((f) => f.text), ['CCMDEBUGLOGGING=1']);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe SMSCACHEDIR="D:\\Cache" SMSCACHEFLAGS=MAXDRIVE;COMPRESS').map((f) => [f.text, f.message]), [
    ['MAXDRIVE;COMPRESS', 'MAXDRIVE is ignored because SMSCACHEDIR names a full path.'],
  ]);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe SMSCACHEDIR=Cache SMSCACHEFLAGS=MAXDRIVE'), []);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe /mp:mp1 /NoCRLCheck CCMFIRSTCERT=1').map((f) => f.text), ['/NoCRLCheck', 'CCMFIRSTCERT=1']);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe /UsePKICert /NoCRLCheck CCMFIRSTCERT=1'), []);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe /mp:https://mp1 /NoCRLCheck'), []);
  assert.deepEqual(only('CCM108', 'ccmsetup.exe /mp:$mp /NoCRLCheck'), []);
});

test('CCM109 contradictions', () => {
  assert.deepEqual(only('CCM109', 'ccmsetup.exe SMSCACHEFLAGS=PERCENTDISKSPACE;PERCENTFREEDISKSPACE SMSCACHESIZE=150').map((f) => f.text), ['PERCENTDISKSPACE;PERCENTFREEDISKSPACE', '150']);
  assert.deepEqual(only('CCM109', 'ccmsetup.exe SMSPUBLICROOTKEY=0602 SMSROOTKEYPATH=C:\\trk SMSSITECODE=P01').map((f) => f.text), ['SMSROOTKEYPATH=C:\\trk']);
  assert.deepEqual(only('CCM109', 'ccmsetup.exe /service /noservice').map((f) => f.text), ['/noservice']);
  assert.deepEqual(only('CCM109', 'ccmsetup.exe SMSCACHEFLAGS=PERCENTFREEDISKSPACE SMSCACHESIZE=50'), []);
});

test('CCM110 client push accepts only its parameters', () => {
  const script = 'Set-CMClientPushInstallation -SiteCode P01 -InstallationProperty "SMSSITECODE=P01 /NoCRLCheck /forcereboot /mp:mp1"';
  assert.deepEqual(only('CCM110', script, 'powershell').map((f) => f.text), ['/NoCRLCheck', '/mp:mp1']);
  assert.equal(applyFix(script, 'CCM110', 'powershell'), 'Set-CMClientPushInstallation -SiteCode P01 -InstallationProperty "SMSSITECODE=P01 /forcereboot /mp:mp1"');
  // the same string outside push is fine for /mp; pushContext turns every line into push
  assert.deepEqual(only('CCM110', 'ccmsetup.exe /mp:mp1 SMSSITECODE=P01'), []);
  const cfg = { config: { rules: {}, environment: { pushContext: true } } };
  assert.deepEqual(only('CCM110', 'SMSSITECODE=P01 /mp:mp1', 'ccmsetup', cfg).map((f) => f.text), ['/mp:mp1']);
});
