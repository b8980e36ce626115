import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommandLine } from '../../server/src/parse/command-line';
import { tokenize } from '../../server/src/parse/tokens';
import { isDynamic } from '../../server/src/parse/dynamic';

const shape = (line: string) =>
  parseCommandLine(line).settings.map((s) => ({ kind: s.kind, key: s.key, shape: s.shape, sep: s.separator, value: s.value, dynamic: s.dynamic }));

test('tokens: quotes, placeholders and template expressions keep their spaces', () => {
  assert.deepEqual(tokenize('A="x y" <Site Code> {{ site code }} $(Get-X -a b) ${x y} B').map((t) => t.text), ['A="x y"', '<Site Code>', '{{ site code }}', '$(Get-X -a b)', '${x y}', 'B']);
  assert.deepEqual(tokenize('CCMCERTSEL=\u201CSubjectStr:Contoso Corp\u201D').map((t) => t.text), ['CCMCERTSEL=\u201CSubjectStr:Contoso Corp\u201D']);
  assert.deepEqual(tokenize('A="open b').map((t) => t.unclosedQuote), [2]);
});

test('parameters and properties with exact ranges', () => {
  const line = '/mp:https://mp1 SMSSITECODE="P01" CCMALLOWSILENTREBOOT /UsePKICert';
  const s = parseCommandLine(line).settings;
  assert.deepEqual(s.map((x) => [x.kind, x.key, x.value]), [
    ['parameter', '/mp', 'https://mp1'],
    ['property', 'SMSSITECODE', 'P01'],
    ['property', 'CCMALLOWSILENTREBOOT', undefined],
    ['parameter', '/UsePKICert', undefined],
  ]);
  const site = s[1];
  assert.equal(line.slice(site.nameStart, site.nameEnd), 'SMSSITECODE');
  assert.equal(line.slice(site.rawValueStart, site.rawValueEnd), '"P01"');
  assert.equal(line.slice(site.valueStart, site.valueEnd), 'P01');
  assert.equal(site.quoted, true);
});

test('names are matched without regard to case', () => {
  assert.deepEqual(shape('/MP:x smsSiteCode=p01 /usepkicert').map((x) => x.key), ['/mp', 'SMSSITECODE', '/UsePKICert']);
});

test('the mistakes real scripts contain are shapes, not exceptions', () => {
  assert.deepEqual(shape('/mp=SRV /SMSSITECODE=X SMSSITECODE:FRS -mp:x regtoken:abc UsePKICert /sitecode=PS1').map((x) => [x.key, x.shape]), [
    ['/mp', 'parameter-with-equals'],
    ['SMSSITECODE', 'property-as-parameter'],
    ['SMSSITECODE', 'property-with-colon'],
    ['/mp', 'dash-prefix'],
    ['/regtoken', 'parameter-without-slash'],
    ['/UsePKICert', 'parameter-without-slash'],
    ['SMSSITECODE', 'parameter-with-equals'], // /sitecode means the property
  ]);
});

test('a space after the separator joins the next word as the value', () => {
  const line = '/source: D:\\Clients /UsePKICert';
  const [src] = parseCommandLine(line).settings;
  assert.equal(src.value, 'D:\\Clients');
  assert.deepEqual(src.spaceAfterSeparator, { start: 8, end: 9 });
  // ...but not a following setting
  assert.deepEqual(shape('/mp: SMSSITECODE=P01').map((x) => [x.key, x.value]), [['/mp', ''], ['SMSSITECODE', 'P01']]);
});

test('stray words attach to the setting before them', () => {
  const p = parseCommandLine('foo CCMCERTSEL=SubjectStr:Contoso Corp Ltd SMSSITECODE=P01');
  assert.deepEqual(p.leadingStrays.map((t) => t.text), ['foo']);
  assert.deepEqual(p.settings[0].strays.map((t) => t.text), ['Corp', 'Ltd']);
});

test('whole-token quotes', () => {
  const [s] = parseCommandLine('"SMSCACHEDIR=C:\\Cache Dir"').settings;
  assert.equal(s.key, 'SMSCACHEDIR');
  assert.equal(s.value, 'C:\\Cache Dir');
  assert.equal(s.wholeQuoted, true);
});

test('variables and placeholders are unknown values', () => {
  for (const v of ['%SITE%', '!SITE!', '%1', '%~dp0x.cer', '$site', '$env:SITE', '$($cfg.Site)', '${site}', '{{ site }}', '<SiteCode>', '[SiteCode]', '***']) {
    assert.equal(isDynamic(v), true, v);
  }
  for (const v of ['P01', 'https://mp1.contoso.com', 'C:\\folder\\trk', '50%', 'SubjectAttr:OU = Computers']) assert.equal(isDynamic(v), false, v);
  assert.equal(shape('SMSSITECODE=<Site Code>')[0].dynamic, true);
});

test('parsing never throws on arbitrary input', () => {
  for (const s of ['', '"', '=', ':', '/', '/:', '=x', '"=""', '\u0000\uD800', '/a:/b:/c', '<<<>>>', '$((((', '{{{{']) {
    assert.doesNotThrow(() => parseCommandLine(s), s);
  }
});
