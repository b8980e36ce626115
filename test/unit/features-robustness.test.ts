// Every feature at every offset of hostile documents: nothing throws, every range is sane, and the work
// stays fast on large documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { defaultConfig } from '../../server/src/analyse/config';
import { complete, resolveCompletion } from '../../server/src/features/completion';
import { hover } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/links';
import { positionAt } from '../../server/src/features/position';
import { semanticTokens } from '../../server/src/features/semantic-tokens';
import { signatureHelp } from '../../server/src/features/signature-help';
import { documentSymbols } from '../../server/src/features/symbols';
import type { FeatureOptions, SymbolEntry } from '../../server/src/features/types';
import type { HostLanguage } from '../../server/src/locate/region';

const HOSTILE: [HostLanguage, string][] = [
  ['ccmsetup', ''],
  ['ccmsetup', ' '],
  ['ccmsetup', '/'],
  ['ccmsetup', '-'],
  ['ccmsetup', '='],
  ['ccmsetup', ':'],
  ['ccmsetup', '"'],
  ['ccmsetup', '/:=;"'],
  ['ccmsetup', 'ccmsetup.exe'],
  ['ccmsetup', 'ccmsetup.exe /mp:"unclosed SMSSITECODE=P01'],
  ['ccmsetup', 'CCMCERTSEL=\u201CSubjectAttr:OU = x\u201D SMSCACHEFLAGS=;;;COMPRESS;; /skipprereq:;'],
  ['ccmsetup', 'CCMCERTSEL="SubjectAttr:" CCMCERTSEL=":" CCMCERTSEL="=" CCMCERTSEL=SubjectAttr:= /mp:; SMSCONFIGSOURCE=RRPPX'],
  ['ccmsetup', '/mp: /source: "/source:C:\\A B" "SMSSITECODE=P01" "/" SMSSITECODE="" ""'],
  ['ccmsetup', 'SMSSITECODE=<Site Code> /mp:{{ mp }} CCMHOSTNAME=$(hostname) /regtoken:*** [SiteCode]'],
  ['ccmsetup', '\uD83D\uDE00 /mp:\uD83D\uDE00;x SMSSITECODE=\uD83D\uDE00\u0000\u00a0\u3000 \uD800'],
  ['ccmsetup', '# ccmlint-disable\n# ccmlint-enable CCM\n#\n\n\r\rSMSSITECODE=P01\r'],
  ['ccmsetup', 'cmhttpsreadiness.exe /Criteria: /Store /Issuers:"CN=a | " /?'],
  ['ccmsetup', 'CCMSETUPCMD="/mp:x CCMSETUPCMD=""a"" " CCMSETUPCMD='],
  ['batch', 'ccmsetup.exe /mp:x ^'],
  ['batch', 'ccmsetup.exe ^\r\n^\r\n^'],
  ['batch', '@REM ccmlint-disable-next-line CCM303 CCM\r\n  call "%~dp0ccmsetup.exe" /mp:^"x^" SMSSITECODE=%SITE% ^\r\n  & echo done'],
  ['batch', 'if exist x ( ccmsetup.exe /mp:x )\r\ncmd /c "ccmsetup.exe /mp:"x y""\r\nmsiexec /i ccmsetup.msi CCMSETUPCMD="'],
  ['batch', 'msiexec /i ccmsetup.msi CCMSETUPCMD=\u201C/mp:x SMSSITECODE=P01\u201D'],
  ['powershell', 'Start-Process ccmsetup.exe -ArgumentList "/mp:x `'],
  ['powershell', "& ccmsetup.exe '/source:C:\\A B' 'CCMCERTSEL=\"Subject:x\"' `\r\n  /UsePKICert"],
  ['powershell', '$a = @"\r\n/mp:x CCMCERTSEL="a\r\nb"\r\n"@\r\n$b = $a\r\n$a += " SMSSITECODE=P01"\r\n& ccmsetup.exe $a $b $a'],
  ['powershell', "$x = @('/mp:mp1', 'SMSSITECODE=P01'\r\n<# ccmlint-disable CCM303 #>\r\nStart-Process ccmsetup.exe -ArgumentList ($x -join ' ') -Wait # CCM311"],
  ['powershell', 'Start-Process msiexec.exe -ArgumentList "/i ccmsetup.msi CCMSETUPCMD=`"/mp:x SMSSITECODE=P01`""'],
  ['powershell', '<#'],
  ['xml', '<variable name="SMSClientInstallProperties">CCMCERTSEL=&quot;Subject:x&quot; SMSSITECODE=P01&#x'],
  ['xml', '<!-- ccmlint-disable-next-line CCM301 --><variable name="SMSClientInstallProperties"><![CDATA[SMSDIRECTORYLOOKUP=WINSPROMISCUOUS /mp:"x'],
  ['xml', '<!--'],
  ['tcf', '[Client Install]\r\nInstall=INSTALL=ALL\r\nInstall=INSTALL=ALL SMSSITECODE= ;x\r\n; ccmlint-disable CCM104'],
  ['tcf', 'Install=INSTALL=ALL SMSSITECODE=P01'],
];

const OPTIONS: FeatureOptions[] = [
  { markdown: true, snippets: true, config: { ...defaultConfig(), siteCode: 'P01', rules: { CCM303: 'off' } } },
  { markdown: false, snippets: false },
];

function checkSymbols(list: SymbolEntry[], length: number) {
  for (const s of list) {
    assert.ok(s.name.length > 0);
    assert.ok(s.range.start >= 0 && s.range.end <= length && s.range.start <= s.range.end);
    assert.ok(s.selectionRange.start >= s.range.start && s.selectionRange.end <= s.range.end, 'selection inside range');
    checkSymbols(s.children, length);
  }
}

test('every feature at every offset of hostile documents never throws and returns sane ranges', () => {
  let calls = 0;
  for (const [host, text] of HOSTILE) {
    for (const opts of OPTIONS) {
      const analysis = analyse(text, host, { config: opts.config });
      checkSymbols(documentSymbols(analysis, text), text.length);
      for (const l of documentLinks(analysis, text)) assert.ok(l.range.start >= 0 && l.range.end <= text.length && l.range.start < l.range.end);
      let last = 0;
      for (const t of semanticTokens(analysis, text)) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, `token ${t.start}-${t.end} in ${JSON.stringify(text)}`);
        assert.doesNotMatch(text.slice(t.start, t.end), /[\r\n]/);
        last = t.end;
      }
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const where = `${host} ${JSON.stringify(text)} at ${offset}`;
        for (const mode of ['char', 'caret'] as const) positionAt(analysis, text, offset, mode);
        const h = hover(analysis, text, offset, opts);
        if (h) {
          assert.ok(h.range.start >= 0 && h.range.end <= text.length && h.range.start < h.range.end, where);
          assert.ok(h.range.start <= offset && offset <= h.range.end, `hover range holds the offset: ${where}`);
          if (!opts.markdown) assert.doesNotMatch(h.contents, /\*\*|`|\]\(/, where);
        }
        for (const e of complete(analysis, text, offset, opts)) {
          assert.ok(e.range.start <= offset && offset <= e.range.end, `completion range holds the caret: ${where}`);
          assert.doesNotMatch(text.slice(e.range.start, e.range.end), /[\r\n]/, where);
          assert.ok(opts.snippets || !e.isSnippet, `no snippets for clients without them: ${where}`);
          if (!e.isSnippet) assert.doesNotMatch(e.insertText, /\$\d/, where);
          resolveCompletion(e, opts);
        }
        const sig = signatureHelp(analysis, text, offset, opts);
        if (sig) assert.ok(sig.parameter[0] >= 0 && sig.parameter[0] <= sig.parameter[1] && sig.parameter[1] <= sig.label.length, where);
        calls++;
      }
    }
  }
  assert.ok(calls > 1000);
});

const LINE = 'ccmsetup.exe /mp:https://mp1.contoso.com;https://mp2 /UsePKICert SMSSITECODE=P01 CCMCERTSEL="SubjectAttr:OU = Computers" SMSCACHEFLAGS=NTFSONLY;COMPRESS\r\n';
const documentOf = (n: number) => ('REM ccmlint-disable-next-line CCM303\r\n' + LINE).repeat(n);

/** Milliseconds for `requests` positionAt calls spread over the document (both modes). */
function timePositions(text: string, requests: number): number {
  const analysis = analyse(text, 'batch');
  positionAt(analysis, text, 0, 'caret'); // builds the per-analysis indexes
  const started = process.hrtime.bigint();
  for (let r = 0; r < requests; r++) {
    const offset = Math.floor((r * 7919) % text.length);
    positionAt(analysis, text, offset, 'char');
    positionAt(analysis, text, offset, 'caret');
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

test('finding the position does not scan every command line: 100 times the lines cost far less than 100 times the time', () => {
  const small = documentOf(20);
  const large = documentOf(2000);
  timePositions(small, 2000); // warm up
  const tSmall = timePositions(small, 20000);
  const tLarge = timePositions(large, 20000);
  assert.ok(tLarge < tSmall * 10 + 20, `20 lines: ${tSmall.toFixed(1)} ms, 2000 lines: ${tLarge.toFixed(1)} ms`);
});

test('large documents: every feature answers quickly', () => {
  const text = documentOf(2000);
  const analysis = analyse(text, 'batch');
  assert.equal(analysis.lines.length, 2000);
  const opts: FeatureOptions = { markdown: true, snippets: true };
  const started = Date.now();
  const step = Math.floor(text.length / 3000);
  for (let offset = 0; offset < text.length; offset += step) {
    hover(analysis, text, offset, opts);
    complete(analysis, text, offset, opts);
    signatureHelp(analysis, text, offset, opts);
  }
  assert.equal(documentSymbols(analysis, text).length, 2000);
  assert.equal(documentLinks(analysis, text).length, 2000);
  assert.equal(semanticTokens(analysis, text).length, 2000 * 15, 'a comment and 14 tokens per command line');
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 5000, `3000 requests of each kind and the document features on 4000 lines took ${elapsed} ms`);
});
