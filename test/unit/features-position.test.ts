// The reverse map (document offset -> decoded offset) and what is at an offset: program word, name,
// separator, value parts, comments, directive ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import type { HostLanguage } from '../../server/src/locate/region';
import { decodedCaret, decodedCharAt, positionAt, valueParts, type PositionInfo } from '../../server/src/features/position';

const CARET = '‸';

/** Analyses text with one ‸ marking the offset; returns the text without the marker and the offset. */
function marked(src: string, host: HostLanguage) {
  const offset = src.indexOf(CARET);
  assert.ok(offset >= 0, 'test text needs a ‸ marker');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  return { text, offset, analysis: analyse(text, host) };
}

/** Kind, covered document text and value part text at the marker. */
function at(src: string, host: HostLanguage = 'ccmsetup', mode: 'char' | 'caret' = 'char') {
  const { text, offset, analysis } = marked(src, host);
  const p: PositionInfo = positionAt(analysis, text, offset, mode);
  return {
    kind: p.kind,
    text: p.range ? text.slice(p.range.start, p.range.end) : undefined,
    setting: p.setting?.key,
    part: p.valuePart ? `${p.valuePart.kind}:${p.valuePart.text}` : undefined,
    ruleId: p.ruleId,
  };
}

test('decodedCharAt maps escapes, entities and verbatim characters back to the decoded text', () => {
  const ps = 'Start-Process ccmsetup.exe -ArgumentList "CCMCERTSEL=`"Subject:x`""';
  const r = analyse(ps, 'powershell').lines[0].region;
  assert.equal(r.text.text, 'CCMCERTSEL="Subject:x"');
  const esc = ps.indexOf('`"');
  assert.equal(decodedCharAt(r.text, esc), 11, 'the backtick of `" is the decoded quote');
  assert.equal(decodedCharAt(r.text, esc + 1), 11, 'so is its quote');
  assert.equal(decodedCharAt(r.text, esc + 2), 12);
  assert.equal(decodedCharAt(r.text, 0), -1, 'Start-Process is not part of the command line');
  assert.equal(decodedCharAt(r.text, ps.length), -1);

  const xml = '<variable name="SMSClientInstallProperties">CCMCERTSEL=&quot;Subject:x&quot;</variable>';
  const x = analyse(xml, 'xml').lines[0].region;
  const amp = xml.indexOf('&quot;');
  for (let o = amp; o < amp + 6; o++) assert.equal(decodedCharAt(x.text, o), 11);
  assert.equal(decodedCharAt(x.text, amp + 6), 12);
});

test('decodedCaret: zero-width synthetic quotes and joining spaces, gaps, escapes', () => {
  // PowerShell puts quotes around a native argument with spaces: they are zero-width in the document
  const ps = "& ccmsetup.exe '/source:C:\\Client Files' SMSSITECODE=P01";
  const r = analyse(ps, 'powershell').lines[0].region;
  assert.equal(r.text.text, '"/source:C:\\Client Files" SMSSITECODE=P01');
  const open = ps.indexOf("'");
  assert.equal(decodedCaret(r, ps, open), 0, 'before the synthetic opening quote');
  assert.equal(decodedCaret(r, ps, open + 1), 1, 'after it, before the slash');
  const close = ps.indexOf("'", open + 1);
  assert.equal(decodedCaret(r, ps, close), 24, 'before the synthetic closing quote');
  assert.equal(decodedCaret(r, ps, close + 1), -1, "after the closing ' is host syntax, not the command line");
  assert.equal(decodedCaret(r, ps, ps.indexOf('SMSSITECODE')), 26, 'a zero-width joining space belongs before the next argument');

  // batch continuation: the ^ and line break are not decoded, the caret after them still maps
  const bat = 'ccmsetup.exe /mp:x ^\r\n  SMSSITECODE=P01';
  const b = analyse(bat, 'batch').lines[0].region;
  assert.equal(b.text.text, '/mp:x   SMSSITECODE=P01');
  assert.equal(decodedCaret(b, bat, bat.indexOf('^')), 6);
  assert.equal(decodedCaret(b, bat, bat.indexOf('^') + 1), -1, 'between ^ and the line break');
  assert.equal(decodedCaret(b, bat, bat.indexOf('SMS')), 8);
  assert.equal(decodedCaret(b, bat, 12), -1, 'right after the program word there is no gap yet');
  assert.equal(decodedCaret(b, bat, 13), 0);

  // inside an escape sequence there is no caret of the command line
  const esc = 'Start-Process ccmsetup.exe -ArgumentList "CCMCERTSEL=`"Subject:x`""';
  const e = analyse(esc, 'powershell').lines[0].region;
  assert.equal(decodedCaret(e, esc, esc.indexOf('`"') + 1), -1);
  assert.equal(decodedCaret(e, esc, esc.indexOf('`"')), 11);
});

test('decodedCaret: a command line pieced together from earlier assignments maps each piece', () => {
  const ps = '$b = "SMSSITECODE=P01"\r\n$a = "/mp:mp1"\r\n& ccmsetup.exe $a $b';
  const r = analyse(ps, 'powershell').lines[0].region;
  assert.equal(r.text.text, '/mp:mp1 SMSSITECODE=P01');
  assert.equal(decodedCaret(r, ps, ps.indexOf('mp1') + 3), 7);
  assert.equal(decodedCaret(r, ps, ps.indexOf('SMSSITECODE')), 8);
  assert.equal(decodedCaret(r, ps, ps.indexOf('P01') + 3), 23);
  assert.equal(decodedCharAt(r.text, ps.indexOf('P01')), 20);
  assert.equal(decodedCaret(r, ps, ps.indexOf('$a $b')), -1, 'the variable references are not the text');
});

test('program word, name with its slash, separator and value', () => {
  assert.deepEqual(at('ccm‸setup.exe /mp:mp1'), { kind: 'program', text: 'ccmsetup.exe', setting: undefined, part: undefined, ruleId: undefined });
  assert.deepEqual(at('ccmsetup.exe ‸/mp:mp1'), { kind: 'name', text: '/mp', setting: '/mp', part: undefined, ruleId: undefined });
  assert.deepEqual(at('ccmsetup.exe /mp‸:mp1'), { kind: 'separator', text: ':', setting: '/mp', part: undefined, ruleId: undefined });
  assert.deepEqual(at('ccmsetup.exe /mp:m‸p1'), { kind: 'value', text: 'mp1', setting: '/mp', part: 'entry:mp1', ruleId: undefined });
  assert.deepEqual(at('ccmsetup.exe /mp:mp1 ‸ SMSSITECODE=P01'), { kind: 'between', text: undefined, setting: undefined, part: undefined, ruleId: undefined });
  assert.deepEqual(at('SMSSITECODE=P01‸'), { kind: 'none', text: undefined, setting: undefined, part: undefined, ruleId: undefined });
  assert.deepEqual(at('‸SMSSITECODE=P01'), { kind: 'name', text: 'SMSSITECODE', setting: 'SMSSITECODE', part: undefined, ruleId: undefined });
  // the caret at the end of a name is still in the name; after the separator it is in the value
  assert.equal(at('SMSSITECODE‸=P01', 'ccmsetup', 'caret').kind, 'name');
  assert.equal(at('SMSSITECODE=‸P01', 'ccmsetup', 'caret').kind, 'value');
  assert.equal(at('SMSSITECODE=P01‸', 'ccmsetup', 'caret').part, 'whole:P01');
});

test('list entries, certificate selection parts and configuration source letters', () => {
  assert.equal(at('/mp:mp1;m‸p2').part, 'entry:mp2');
  assert.equal(at('SMSCACHEFLAGS="NTFSONLY; CO‸MPRESS"').part, 'entry:COMPRESS');
  assert.equal(at('SMSCACHEFLAGS=NTFSONLY;‸', 'ccmsetup', 'caret').part, 'entry:');
  assert.equal(at('CCMCERTSEL="Subj‸ectAttr:OU = Computers"').part, 'certKeyword:SubjectAttr');
  assert.equal(at('CCMCERTSEL="SubjectAttr:O‸U = Computers"').part, 'certAttribute:OU');
  assert.equal(at('CCMCERTSEL="SubjectAttr:OU = Comp‸uters"').part, 'certCriteria:Computers');
  assert.equal(at('CCMCERTSEL="SubjectStr:con‸toso.com"').part, 'certCriteria:contoso.com');
  assert.equal(at('CCMCERTSEL=‸"Subject:x"').part, undefined, 'the opening quote is no part of the value text');
  assert.equal(at('SMSCONFIGSOURCE=R‸PU').part, 'letter:P');
  assert.deepEqual(
    valueParts({ type: 'certSelection' }, 'SubjectAttr:2.5.4.11=X', 0, 22).map((p) => [p.kind, p.text, p.start, p.end]),
    [['certKeyword', 'SubjectAttr', 0, 11], ['certAttribute', '2.5.4.11', 12, 20], ['certCriteria', 'X', 21, 22]],
  );
});

test('comments: rule ids, directive keywords and other words', () => {
  const bat = 'REM ccmlint-disable-next-line CCM303 -- DMZ, see CCM311\r\nccmsetup.exe /NoCRLCheck';
  const { analysis } = marked(bat + '‸', 'batch');
  const id = positionAt(analysis, bat, bat.indexOf('CCM303') + 2);
  assert.deepEqual([id.kind, id.ruleId, bat.slice(id.range!.start, id.range!.end), !!id.directive], ['ruleId', 'CCM303', 'CCM303', true]);
  const free = positionAt(analysis, bat, bat.indexOf('CCM311'));
  assert.deepEqual([free.kind, free.ruleId, !!free.directive], ['ruleId', 'CCM311', false], 'a rule id after -- is still a rule id');
  const kw = positionAt(analysis, bat, bat.indexOf('disable'));
  assert.deepEqual([kw.kind, bat.slice(kw.range!.start, kw.range!.end)], ['directive', 'ccmlint-disable-next-line']);
  assert.equal(positionAt(analysis, bat, bat.indexOf('DMZ')).kind, 'comment');
  assert.equal(positionAt(analysis, bat, 1).kind, 'none', 'the REM marker is no comment text');
  assert.equal(at('# CCM30‸1 everywhere\nSMSSITECODE=P01').ruleId, 'CCM301');
});

test('the CCMSETUPCMD name of a ccmsetup.msi command line', () => {
  assert.deepEqual(at('msiexec /i ccmsetup.msi CCMSETUP‸CMD="/mp:x SMSSITECODE=P01"', 'batch'), {
    kind: 'ccmsetupcmd',
    text: 'CCMSETUPCMD',
    setting: undefined,
    part: undefined,
    ruleId: undefined,
  });
  assert.equal(at('msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x SMSSITE‸CODE=P01"', 'batch').setting, 'SMSSITECODE');
});

test('edge offsets: 0, the end, beyond, an empty document', () => {
  const text = 'ccmsetup.exe /mp:mp1';
  const a = analyse(text, 'ccmsetup');
  assert.equal(positionAt(a, text, 0).kind, 'program');
  assert.equal(positionAt(a, text, text.length).kind, 'none');
  assert.equal(positionAt(a, text, text.length, 'caret').kind, 'value');
  assert.equal(positionAt(a, text, -1).kind, 'none');
  assert.equal(positionAt(a, text, text.length + 5, 'caret').kind, 'none');
  assert.equal(positionAt(a, text, Number.NaN).kind, 'none');
  const empty = analyse('', 'ccmsetup');
  assert.equal(positionAt(empty, '', 0).kind, 'none');
  assert.equal(positionAt(empty, '', 0, 'caret').kind, 'none');
});
