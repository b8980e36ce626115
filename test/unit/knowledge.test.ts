// The knowledge base: every entry is complete, names are unique, and lookups behave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAMETERS, PROPERTIES, READINESS_PARAMETERS, findParameter, findProperty, suggestParameter, suggestProperty, editDistance } from '../../server/src/knowledge';
import { validateValue } from '../../server/src/knowledge/grammars';

test('every setting has a description, a value grammar, a doc link and a valid example', () => {
  for (const s of [...PARAMETERS, ...PROPERTIES]) {
    assert.ok(s.summary.length > 10, `${s.name}: summary`);
    assert.ok(s.description.length > 20, `${s.name}: description`);
    assert.ok(s.value && typeof s.value.type === 'string', `${s.name}: value grammar`);
    assert.match(s.docs, /^https:\/\/learn\.microsoft\.com\//, `${s.name}: docs link`);
    assert.ok(s.syntax.length > 0, `${s.name}: syntax`);
    assert.ok(s.example.length > 0, `${s.name}: example`);
    assert.equal(s.kind === 'parameter', s.name.startsWith('/'), `${s.name}: kind matches spelling`);
    if (s.value.type === 'enum') for (const v of s.value.values) assert.ok(v.description.length > 0, `${s.name}=${v.value}: description`);
  }
  for (const r of READINESS_PARAMETERS) assert.match(r.docs, /^https:\/\//);
});

test('names are unique, case-insensitively', () => {
  const names = [...PARAMETERS, ...PROPERTIES].map((s) => s.name.toLowerCase());
  assert.equal(new Set(names).size, names.length);
});

test('the reference lists 22 ccmsetup parameters and the documented Client.msi properties', () => {
  const documentedParams = PARAMETERS.filter((p) => p.status === 'documented').map((p) => p.name);
  for (const p of ['/?', '/AllowMetered', '/AlwaysExcludeUpgrade', '/BITSPriority', '/config', '/downloadtimeout', '/ExcludeFeatures', '/forceinstall', '/forcereboot', '/logon', '/mp', '/NoCRLCheck', '/noservice', '/regtoken', '/retry', '/service', '/skipprereq', '/source', '/uninstall', '/UsePKICert', '/IgnoreSkipUpgrade']) {
    assert.ok(documentedParams.includes(p), p);
  }
  for (const p of ['SMSSITECODE', 'SMSSIGNCERT', 'SMSPUBLICROOTKEY', 'SMSROOTKEYPATH', 'CCMHOSTNAME', 'CCMCERTSEL', 'CCMCERTISSUERS', 'CCMCERTNAMECHECK', 'SMSMPLIST', 'MANAGEDINSTALLER', 'UPGRADETOLATEST', 'PROVISIONTS', 'CCMALLOWSILENTREBOOT']) {
    assert.equal(findProperty(p)?.status, 'documented', p);
  }
  assert.equal(findProperty('SMSDIRECTORYLOOKUP')?.status, 'hidden');
  assert.equal(findProperty('SMSSLP')?.status, 'obsolete');
  assert.equal(findParameter('/native')?.status, 'obsolete');
});

test('lookups ignore case and the slash', () => {
  assert.equal(findParameter('/usepkicert')?.name, '/UsePKICert');
  assert.equal(findParameter('MP')?.name, '/mp');
  assert.equal(findProperty('SMSSiteCode')?.name, 'SMSSITECODE');
  assert.equal(findProperty('nothing'), undefined);
});

test('did-you-mean finds the one close name and nothing for far or ambiguous ones', () => {
  assert.equal(suggestProperty('SMSCACHSIZE'), 'SMSCACHESIZE');
  assert.equal(suggestProperty('RESETKEYINFOMRATION'), 'RESETKEYINFORMATION');
  assert.equal(suggestProperty('DisableCache0pt'), 'DISABLECACHEOPT');
  assert.equal(suggestParameter('/UsePKICert/'), '/UsePKICert');
  assert.equal(suggestParameter('/nocrlchek'), '/NoCRLCheck');
  assert.equal(suggestParameter('/S'), undefined);
  assert.equal(suggestProperty('CCMLOGGINGENABLED'), undefined);
  assert.equal(editDistance('abcd', 'abdc'), 1);
});

test('value grammars accept documented values and explain bad ones', () => {
  const site = findProperty('SMSSITECODE')!.value;
  assert.deepEqual(validateValue(site, 'p01'), { ok: true });
  assert.deepEqual(validateValue(site, 'Auto'), { ok: true });
  assert.equal(validateValue(site, 'P0').ok, false);
  const bits = findParameter('/BITSPriority')!.value;
  assert.deepEqual(validateValue(bits, 'foreground'), { ok: true });
  assert.deepEqual(validateValue(bits, 'HIHG'), { ok: false, problem: 'must be one of FOREGROUND, HIGH, NORMAL, LOW', suggestion: 'HIGH' });
  const eval_ = findProperty('CCMEVALINTERVAL')!.value;
  assert.deepEqual(validateValue(eval_, '1440'), { ok: true });
  assert.deepEqual(validateValue(eval_, '1441'), { ok: false, problem: 'must be between 1 and 1440 minutes', suggestion: undefined });
  const sel = findProperty('CCMCERTSEL')!.value;
  for (const ok of ['Subject:computer1.contoso.com', 'SubjectStr:contoso.com', 'SubjectAttr:2.5.4.11 = Computers', 'SubjectAttr:OU = Computers', 'SubjectAttr:OU=Computers']) {
    assert.deepEqual(validateValue(sel, ok), { ok: true }, ok);
  }
  assert.equal(validateValue(sel, 'SubjectAttr:XY = 1').ok, false);
  const issuers = findProperty('CCMCERTISSUERS')!.value;
  assert.deepEqual(validateValue(issuers, 'CN=Contoso Root CA; OU=Servers; O=Contoso, Ltd; C=US | CN=Litware Corporate Root CA; O=Litware, Inc.'), { ok: true });
  assert.equal(validateValue(issuers, 'Contoso Root CA').ok, false);
  const flags = findProperty('SMSCACHEFLAGS')!.value;
  assert.deepEqual(validateValue(flags, 'NTFSONLY;COMPRESS'), { ok: true });
  assert.deepEqual(validateValue(flags, 'NTFSONLY;COMPRES'), { ok: false, problem: '"COMPRES" is not a cache flag (PERCENTDISKSPACE, PERCENTFREEDISKSPACE, MAXDRIVE, MAXDRIVESPACE, NTFSONLY, COMPRESS, FAILIFNOSPACE)', suggestion: 'NTFSONLY;COMPRESS' });
  const source = findProperty('SMSCONFIGSOURCE')!.value;
  assert.deepEqual(validateValue(source, 'RP'), { ok: true });
  assert.equal(validateValue(source, 'RX').ok, false);
  const mplist = findProperty('SMSMPLIST')!.value;
  assert.deepEqual(validateValue(mplist, 'https://smsmp01.contoso.com;smsmp02.contoso.com;smsmp03.contoso.com'), { ok: true });
  const mp = findParameter('/mp')!.value;
  assert.deepEqual(validateValue(mp, 'https://CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72057598037248100'), { ok: true });
  const host = findProperty('CCMHOSTNAME')!.value;
  assert.deepEqual(validateValue(host, 'CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72057598037248100'), { ok: true });
  assert.equal(validateValue(host, 'server 1').ok, false);
});
