// Completion: names by region kind, values by grammar, host quoting, snippets, resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { defaultConfig, type Config } from '../../server/src/analyse/config';
import { complete, resolveCompletion } from '../../server/src/features/completion';
import type { CompletionEntry, FeatureOptions } from '../../server/src/features/types';
import { PARAMETERS, PROPERTIES, findProperty } from '../../server/src/knowledge';
import type { HostLanguage } from '../../server/src/locate/region';

const CARET = '‸';
const PLAIN: FeatureOptions = { markdown: false, snippets: false };
const SNIPPETS: FeatureOptions = { markdown: true, snippets: true };

function completeAt(src: string, host: HostLanguage = 'ccmsetup', opts: FeatureOptions = PLAIN) {
  const offset = src.indexOf(CARET);
  assert.ok(offset >= 0);
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const items = complete(analyse(text, host, { config: opts.config }), text, offset, opts);
  return { text, offset, items };
}

const labels = (items: CompletionEntry[]) => items.map((i) => i.label);
const find = (items: CompletionEntry[], label: string) => items.find((i) => i.label === label)!;
/** label[insertText] with R for retrigger, S for snippet, D for deprecated. */
const short = (e: CompletionEntry) => `${e.label}[${e.insertText}]${e.retrigger ? 'R' : ''}${e.isSnippet ? 'S' : ''}${e.deprecated ? 'D' : ''}`;

/** The document after applying an item. */
function apply(text: string, e: CompletionEntry): string {
  return text.slice(0, e.range.start) + e.insertText + text.slice(e.range.end);
}

const ALL_NAMES = [...PARAMETERS.map((p) => p.name), ...PROPERTIES.filter((p) => p.name !== 'CCMSETUPCMD').map((p) => p.name)];

test('after the program word: every parameter and property, documented first, internal and undocumented last', () => {
  const { items, offset } = completeAt('ccmsetup.exe ‸');
  assert.deepEqual([...labels(items)].sort(), [...ALL_NAMES].sort());
  assert.ok(items.every((i) => i.range.start === offset && i.range.end === offset));
  const order = labels(items);
  assert.deepEqual(order.slice(0, 3), ['/?', '/AllowMetered', '/AlwaysExcludeUpgrade']);
  assert.deepEqual(order.slice(-6), ['/AutoUpgrade', '/log', '/remediate', '/runservice', '/UpgradeToLatest', 'CCMHTTPSSTATE']);
  assert.ok(order.indexOf('/UsePKICert') < order.indexOf('AADCLIENTAPPID'), 'parameters come before properties');
  assert.ok(order.indexOf('TRANSFORMS') < order.indexOf('SMSDIRECTORYLOOKUP'), 'hidden after passed-through');
  assert.deepEqual(items.filter((i) => i.deprecated).map((i) => i.label), ['/native', 'AADTENANTNAME', 'SMSSLP']);
  // sortText keeps that order for the editor
  const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
  assert.deepEqual(labels(sorted), order);
  assert.deepEqual(
    ['/UsePKICert', '/mp', '/native', 'SMSSITECODE', 'CCMALLOWSILENTREBOOT', 'CCMCERTSEL', 'UPGRADETOLATEST', '/log'].map((l) => short(find(items, l))),
    ['/UsePKICert[/UsePKICert]', '/mp[/mp:]R', '/native[/native]D', 'SMSSITECODE[SMSSITECODE=]R', 'CCMALLOWSILENTREBOOT[CCMALLOWSILENTREBOOT]', 'CCMCERTSEL[CCMCERTSEL=]R', 'UPGRADETOLATEST[UPGRADETOLATEST]', '/log[/log]'],
  );
  const item = find(items, 'SMSSITECODE');
  assert.deepEqual(item, {
    label: 'SMSSITECODE',
    kind: 'property',
    detail: 'Assigns the client to a primary site, or lets it find its site automatically (AUTO).',
    insertText: 'SMSSITECODE=',
    range: { start: 13, end: 13 },
    sortText: '01_smssitecode',
    data: '["setting","SMSSITECODE"]',
    retrigger: true,
  });
});

test('settings already on the line are left out unless they repeat; typed / offers only parameters', () => {
  const { items } = completeAt('ccmsetup.exe /mp:mp1 /source:\\\\a\\b SMSSITECODE=P01 ‸');
  assert.ok(!labels(items).includes('/mp'));
  assert.ok(!labels(items).includes('SMSSITECODE'));
  assert.ok(labels(items).includes('/source'), '/source may repeat');
  assert.equal(items.length, ALL_NAMES.length - 2);
  const slash = completeAt('ccmsetup.exe SMSSITECODE=P01 /m‸').items;
  assert.deepEqual([...labels(slash)].sort(), PARAMETERS.map((p) => p.name).sort());
  assert.ok(slash.every((i) => i.range.start === 29 && i.range.end === 31), 'the typed /m is replaced');
  const dash = completeAt('ccmsetup.exe -for‸').items;
  assert.ok(dash.every((i) => i.kind === 'parameter'));
  assert.equal(apply('ccmsetup.exe -for', find(dash, '/forcereboot')), 'ccmsetup.exe /forcereboot');
});

test('inside a name: the whole name is replaced; with a separator already there only the name is inserted', () => {
  const { text, items } = completeAt('ccmsetup.exe SMSSI‸TECOD');
  const item = find(items, 'SMSSITECODE');
  assert.deepEqual([item.range, item.insertText, item.retrigger], [{ start: 13, end: 23 }, 'SMSSITECODE=', true]);
  assert.equal(apply(text, item), 'ccmsetup.exe SMSSITECODE=');
  const sep = completeAt('ccmsetup.exe /mp:mp1 SMSSI‸TE=P01');
  const s = find(sep.items, 'SMSSITECODE');
  assert.deepEqual([s.insertText, s.retrigger], ['SMSSITECODE', undefined]);
  assert.equal(apply(sep.text, s), 'ccmsetup.exe /mp:mp1 SMSSITECODE=P01');
  assert.ok(labels(sep.items).includes('/mp') === false, 'the other settings still count as present');
  // the setting being edited does not exclude itself
  assert.ok(labels(completeAt('ccmsetup.exe SMSSITECODE‸=P01').items).includes('SMSSITECODE'));
});

test('at the start of an existing token a new token goes before it', () => {
  const plain = completeAt('ccmsetup.exe ‸/mp:mp1');
  assert.deepEqual(['/UsePKICert', 'SMSSITECODE'].map((l) => short(find(plain.items, l))), ['/UsePKICert[/UsePKICert ]', 'SMSSITECODE[SMSSITECODE= ]']);
  assert.equal(apply(plain.text, find(plain.items, '/UsePKICert')), 'ccmsetup.exe /UsePKICert /mp:mp1');
  const snip = completeAt('ccmsetup.exe ‸/mp:mp1', 'ccmsetup', SNIPPETS);
  assert.deepEqual(['SMSSITECODE', 'CCMCERTSEL'].map((l) => short(find(snip.items, l))), ['SMSSITECODE[SMSSITECODE=$0 ]RS', 'CCMCERTSEL[CCMCERTSEL="$1" ]RS']);
  assert.deepEqual(completeAt('ccmsetup.exe‸ /mp:mp1').items, [], 'glued to the program word');
});

test('region kinds: client push, /config files, cmHttpsReadiness.exe, task sequences', () => {
  const config: Config = { ...defaultConfig(), environment: { pushContext: true } };
  const push = completeAt('SMSSITECODE=P01 ‸', 'ccmsetup', { ...PLAIN, config }).items;
  const pushParameters = PARAMETERS.filter((p) => p.pushAllowed).map((p) => p.name);
  assert.deepEqual(push.filter((i) => i.kind === 'parameter').map((i) => i.label).sort(), [...pushParameters].sort());
  assert.ok(!labels(push).includes('/mp') && !labels(push).includes('/source'));
  assert.equal(push.filter((i) => i.kind === 'property').length, PROPERTIES.length - 2, 'all properties but CCMSETUPCMD and the one present');

  const tcf = completeAt('[Client Install]\r\nInstall=INSTALL=ALL SMSSITECODE=P01 ‸', 'tcf').items;
  assert.ok(tcf.every((i) => i.kind === 'property'), 'a /config file takes only Client.msi properties');
  assert.equal(tcf.length, PROPERTIES.length - 2);
  assert.deepEqual(completeAt('[Client Install]\r\nInstall=INSTALL=ALL‸', 'tcf').items, [], 'glued to INSTALL=ALL');

  const readiness = completeAt('cmhttpsreadiness.exe /Store:ConfigMgr ‸').items;
  assert.deepEqual(readiness.map(short), ['/?[/?]', '/Criteria[/Criteria:]R', '/Issuers[/Issuers:]R', '/SelectFirstCert[/SelectFirstCert]']);
  assert.equal(readiness[1].detail, 'Certificate selection criteria to test; takes the same value as CCMCERTSEL.');

  const ts = completeAt('<variable name="SMSClientInstallProperties">SMSSITECODE=P01 ‸</variable>', 'xml').items;
  assert.equal(ts.length, ALL_NAMES.length - 1);
});

test('enumerated values, TRUE/FALSE, 0/1; the default and deprecated values are marked', () => {
  const bits = completeAt('ccmsetup.exe /BITSPriority:‸').items;
  assert.deepEqual(bits.map(short), ['FOREGROUND[FOREGROUND]', 'HIGH[HIGH]', 'NORMAL[NORMAL]', 'LOW[LOW]']);
  assert.equal(find(bits, 'NORMAL').detail, 'Default. Ordinary background priority.');
  assert.deepEqual(bits[0].range, { start: 27, end: 27 });
  const lookup = completeAt('SMSDIRECTORYLOOKUP=WIN‸').items;
  assert.deepEqual(lookup.map(short), ['NOWINS[NOWINS]', 'WINSSECURE[WINSSECURE]', 'WINSPROMISCUOUS[WINSPROMISCUOUS]D']);
  assert.ok(lookup.every((i) => i.range.start === 19 && i.range.end === 22));
  assert.match(find(lookup, 'WINSPROMISCUOUS').detail!, /^Deprecated and insecure\. Removed in System Center 2012 and insecure/);
  assert.ok(lookup[2].sortText! > lookup[1].sortText!);
  assert.deepEqual(completeAt('CCMENABLELOGGING=‸').items.map((i) => `${i.label}: ${i.detail}`), ['TRUE: Default. Switches it on.', 'FALSE: Switches it off.']);
  assert.deepEqual(completeAt('CCMALWAYSINF=‸').items.map((i) => i.label), ['0', '1']);
  assert.deepEqual(completeAt('CCMLOGLEVEL=‸').items.map((i) => i.label), ['0', '1', '2', '3']);
  // a caret inside a value replaces the whole value
  const mid = completeAt('ccmsetup.exe /BITSPriority:HI‸GH SMSSITECODE=P01');
  assert.deepEqual(mid.items[0].range, { start: 27, end: 31 });
  assert.deepEqual(completeAt('/downloadtimeout:‸').items, [], 'a number has no choices');
});

test('SMSSITECODE: the configured site code first, then AUTO with a note', () => {
  const config: Config = { ...defaultConfig(), siteCode: 'P01' };
  const items = completeAt('SMSSITECODE=‸', 'ccmsetup', { ...PLAIN, config }).items;
  assert.deepEqual(
    items.map((i) => [i.label, i.kind, i.detail]),
    [
      ['P01', 'value', 'The site code from the ccmlint configuration.'],
      ['AUTO', 'keyword', 'Automatic site assignment. The client looks up its site in Active Directory or asks a management point. Needs trust through AD, a pre-provisioned key or PKI.'],
    ],
  );
  assert.deepEqual(labels(completeAt('SMSSITECODE=‸').items), ['AUTO']);
});

test('certificate selection: keywords, then attribute names and OIDs after SubjectAttr:', () => {
  const plain = completeAt('ccmsetup.exe /UsePKICert CCMCERTSEL=‸');
  assert.deepEqual(plain.items.map(short), ['Subject:["Subject:]', 'SubjectStr:["SubjectStr:]', 'SubjectAttr:["SubjectAttr:]R']);
  assert.equal(plain.items[0].filterText, 'Subject:');
  const snip = completeAt('ccmsetup.exe /UsePKICert CCMCERTSEL=‸', 'ccmsetup', SNIPPETS).items;
  assert.deepEqual(snip.map(short), ['Subject:["Subject:$1"]S', 'SubjectStr:["SubjectStr:$1"]S', 'SubjectAttr:["SubjectAttr:$1"]RS']);
  // inside quotes, and with the colon already written: the keyword alone
  assert.deepEqual(completeAt('CCMCERTSEL="Sub‸"').items.map(short), ['Subject:[Subject:]', 'SubjectStr:[SubjectStr:]', 'SubjectAttr:[SubjectAttr:]R']);
  const typed = completeAt('CCMCERTSEL="Sub‸ject:x"');
  assert.deepEqual([typed.items[2].insertText, typed.items[2].range], ['SubjectAttr', { start: 12, end: 19 }]);

  const attrs = completeAt('CCMCERTSEL="SubjectAttr:‸"').items;
  assert.deepEqual(attrs.slice(0, 4).map(short), ['DC[DC = ]', '0.9.2342.19200300.100.1.25[0.9.2342.19200300.100.1.25 = ]', 'E[E = ]', 'E-mail[E-mail = ]']);
  assert.equal(attrs.length, 35, '15 OIDs and 20 short names');
  assert.equal(find(attrs, 'OU').detail, 'Organizational unit (2.5.4.11)');
  assert.equal(find(attrs, '2.5.29.17').detail, 'OID: Subject alternative name');
  // unquoted: no spaces around =, so the value stays one token
  assert.equal(completeAt('CCMCERTSEL=SubjectAttr:O‸').items.find((i) => i.label === 'OU')!.insertText, 'OU=');
  assert.equal(completeAt('CCMCERTSEL="SubjectAttr:O‸ = x"').items.find((i) => i.label === 'OU')!.insertText, 'OU');
  assert.deepEqual(completeAt('CCMCERTSEL="SubjectAttr:OU = ‸"').items, [], 'the criteria are free text');
  assert.deepEqual(labels(completeAt('cmhttpsreadiness.exe /Criteria:"‸"').items), ['Subject:', 'SubjectStr:', 'SubjectAttr:']);
});

test('lists: cache flags and prerequisite files after ;, management points get https://, letters of SMSCONFIGSOURCE', () => {
  const flags = completeAt('SMSCACHEFLAGS=PERCENTDISKSPACE;‸').items;
  assert.deepEqual(labels(flags), ['MAXDRIVE', 'MAXDRIVESPACE', 'NTFSONLY', 'COMPRESS', 'FAILIFNOSPACE'], 'present flags and the other PERCENT flag are left out');
  assert.deepEqual(flags[0].range, { start: 31, end: 31 });
  const second = completeAt('SMSCACHEFLAGS="NTFSONLY; CO‸"').items;
  assert.deepEqual(second[0].range, { start: 25, end: 27 });
  const prereq = completeAt('ccmsetup.exe /skipprereq:wimgapi.msi;‸').items;
  assert.deepEqual(labels(prereq), [
    'vcredist_x64.exe',
    'vcredist_x86.exe',
    'MicrosoftPolicyPlatformSetup.msi',
    'NDP462-KB3151800-x86-x64-AllOS-ENU.exe',
    'NDP452-KB2901907-x86-x64-AllOS-ENU.exe',
    'WindowsFirewallConfigurationProvider.msi',
    'Microsoft.WebView2.FixedVersionRuntime.x86.cab',
  ]);
  assert.deepEqual(completeAt('ccmsetup.exe /mp:‸').items.map(short), ['https://[https://]']);
  assert.deepEqual(completeAt('ccmsetup.exe /mp:https://mp1;‸').items.map(short), ['https://[https://]']);
  assert.deepEqual(completeAt('ccmsetup.exe /mp:https://m‸p1').items, []);
  assert.deepEqual(completeAt('SMSMP=‸').items.map((i) => i.label), ['https://']);
  const letters = completeAt('SMSCONFIGSOURCE=R‸').items;
  assert.deepEqual(letters.map((i) => [i.label, i.range.start, i.range.end]), [['P', 17, 17], ['M', 17, 17], ['U', 17, 17]]);
  assert.deepEqual(completeAt('SMSCACHEDIR=‸').items, [], 'a path has no choices');
  assert.deepEqual(completeAt('SMSSITECODE=%SITE‸%').items, [], 'a variable is never completed');
});

test('inserted text is written for the host: PowerShell strings escape quotes, XML uses entities', () => {
  const ps = completeAt('Start-Process ccmsetup.exe -ArgumentList "/UsePKICert CCMCERTSEL=‸"', 'powershell', SNIPPETS);
  assert.deepEqual(ps.items.map(short), ['Subject:[`"Subject:$1`"]S', 'SubjectStr:[`"SubjectStr:$1`"]S', 'SubjectAttr:[`"SubjectAttr:$1`"]RS']);
  const psName = completeAt('Start-Process ccmsetup.exe -ArgumentList "/UsePKICert ‸"', 'powershell', SNIPPETS);
  assert.equal(find(psName.items, 'CCMCERTSEL').insertText, 'CCMCERTSEL=`"$1`"');
  assert.equal(find(psName.items, 'SMSSITECODE').insertText, 'SMSSITECODE=');
  const single = completeAt("Start-Process ccmsetup.exe -ArgumentList '/UsePKICert CCMCERTSEL=‸'", 'powershell');
  assert.equal(single.items[0].insertText, '"Subject:', 'double quotes need no escape in a single-quoted string');
  const xml = completeAt('<variable name="SMSClientInstallProperties">CCMCERTSEL=‸</variable>', 'xml');
  assert.equal(xml.items[0].insertText, '&quot;Subject:');
  assert.equal(xml.items[0].filterText, 'Subject:');
  const msi = completeAt('msiexec /i ccmsetup.msi CCMSETUPCMD="/UsePKICert CCMCERTSEL=‸"', 'batch', SNIPPETS);
  assert.equal(msi.items[0].insertText, '""Subject:$1""', 'msiexec reads a doubled quote inside CCMSETUPCMD="..." as one');
  assert.equal(find(completeAt('msiexec /i ccmsetup.msi CCMSETUPCMD="/UsePKICert ‸"', 'batch', SNIPPETS).items, 'CCMCERTSEL').insertText, 'CCMCERTSEL=""$1""');
  const bat = completeAt('ccmsetup.exe /mp:mp1 ^\r\n  ‸', 'batch');
  assert.equal(bat.items.length, ALL_NAMES.length - 1, 'after a continuation line');
  assert.deepEqual(completeAt('ccmsetup.exe /mp:mp1 ^‸\r\n  SMSSITECODE=P01', 'batch').items.length, 0, 'glued to the ^');
});

test('resolveCompletion fills the documentation as Markdown or plain text', () => {
  const items = completeAt('ccmsetup.exe ‸').items;
  const md = resolveCompletion(find(items, 'CCMALWAYSINF'), { markdown: true, snippets: false });
  assert.ok(md.documentation!.startsWith('**CCMALWAYSINF** · Client.msi property\n\n`CCMALWAYSINF=1`\n\n'));
  const plain = resolveCompletion(find(items, 'CCMALWAYSINF'), PLAIN);
  assert.ok(plain.documentation!.startsWith('CCMALWAYSINF · Client.msi property\n\nCCMALWAYSINF=1\n\n' + findProperty('CCMALWAYSINF')!.summary));
  assert.doesNotMatch(plain.documentation!, /\*\*|`|\]\(/);
  assert.equal(find(items, 'CCMALWAYSINF').documentation, undefined, 'the list itself stays light');

  const lookup = completeAt('SMSDIRECTORYLOOKUP=‸').items;
  assert.equal(
    resolveCompletion(lookup[0], { markdown: true, snippets: false }).documentation,
    '**NOWINS** · `SMSDIRECTORYLOOKUP` value\n\nNever use WINS to find a management point; only Active Directory (or DNS). The most secure choice.',
  );
  const kw = completeAt('CCMCERTSEL="‸"').items;
  assert.match(resolveCompletion(kw[2], PLAIN).documentation!, /^SubjectAttr: · CCMCERTSEL certificate selection keyword\n\nMatch of one subject attribute/);
  const readiness = completeAt('cmhttpsreadiness.exe /Criteria:"‸"').items;
  assert.match(resolveCompletion(readiness[0], PLAIN).documentation!, /^Subject: · CCMCERTSEL certificate selection keyword/);
  const store = completeAt('cmhttpsreadiness.exe ‸').items;
  assert.match(resolveCompletion(find(store, '/Store'), PLAIN).documentation!, /^\/Store · CMHttpsReadiness\.exe option\n\n\/Store:<certificate store name>/);
  assert.match(resolveCompletion(completeAt('/skipprereq:‸').items[2], PLAIN).documentation!, /^wimgapi\.msi · \/skipprereq client prerequisite/);
  const bogus: CompletionEntry = { label: 'x', kind: 'value', insertText: 'x', range: { start: 0, end: 0 }, data: '{not json' };
  assert.deepEqual(resolveCompletion(bogus, PLAIN), bogus);
  assert.deepEqual(resolveCompletion({ ...bogus, data: '["setting","NOSUCH"]' }, PLAIN), { ...bogus, data: '["setting","NOSUCH"]' });
});

test('outside a command line, in comments and on the program word there is nothing to complete', () => {
  assert.deepEqual(completeAt('echo hello ‸', 'batch').items, []);
  assert.deepEqual(completeAt('REM ccmsetup.exe ‸\r\nccmsetup.exe /mp:x', 'batch').items, []);
  assert.deepEqual(completeAt('# SMSSITE‸\nSMSSITECODE=P01').items, []);
  assert.deepEqual(completeAt('ccmset‸up.exe /mp:x').items, []);
  assert.deepEqual(completeAt('Start-Process ccmsetup.exe -ArgumentList "/mp:x"‸', 'powershell').items, [], 'after the closing quote of the string');
  assert.deepEqual(completeAt('Write-Host "‸"', 'powershell').items, []);
  assert.deepEqual(completeAt('‸', 'batch').items, []);
  assert.deepEqual(completeAt('[Client Install]\r\nInstall=INSTALL=ALL\r\n‸', 'tcf').items, []);
  // the plain ccmsetup language: every line that is not a comment is a command line, an empty one too
  assert.equal(completeAt('‸').items.length, ALL_NAMES.length);
  assert.equal(completeAt('SMSSITECODE=P01\n  ‸\n# note').items.length, ALL_NAMES.length);
  assert.deepEqual(completeAt('SMSSITECODE=P01\n  ‸x\n').items.length, ALL_NAMES.length, 'a token start');
});
