// Regression tests for the robustness defects (B1-B16 in the robustness suites): the exact text after each
// fix, the glob matcher, and the helpers that replaced quadratic regular expressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob } from '../../server/src/cli/files';
import { baseName } from '../../server/src/locate/dispatch';
import { joinWithSemicolons } from '../../server/src/rules/CCM010-list-separator';
import { applyEdits, fixAll } from '../../server/src/analyse/apply-fixes';
import type { HostLanguage } from '../../server/src/locate/region';
import { snippetToText } from '../../server/src/lsp/server';
import { applyFix, lint, only, withConfig } from '../support/helpers';

test('B12: compileGlob matches like the glob syntax says (*, **, **/, ?, {a,b}, case, backslashes)', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.cmd', 'install.cmd', true],
    ['**/*.cmd', 'a/b/install.CMD', true],
    ['**/*.cmd', 'a/b/install.cmd.txt', false],
    ['*.cmd', 'a/install.cmd', false],
    ['a/*/c', 'a/b/c', true],
    ['a/*/c', 'a/b/x/c', false],
    ['a/**/c', 'a/c', true],
    ['a/**/c', 'a/b/x/c', true],
    ['a/**/c', 'a/bc', false],
    ['a**c', 'a/b/c', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/x/deploy/y/z.ps1', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/deploy/z.bat', true],
    ['scripts/**/deploy/**/*.{cmd,bat,ps1}', 'scripts/deploy/z.txt', false],
    ['*.{c*d,bat}', 'x.cmd', true],
    ['*.{c*d,bat}', 'x.c/d', false],
    ['*.{c?d,bat}', 'x.cmd', true],
    ['?.cmd', 'ab.cmd', false],
    ['?.cmd', 'a.cmd', true],
    ['{a.cmd', '{a.cmd', true],
    ['a\\b\\*.ps1', 'a/b/c.ps1', true],
    ['*a*a*b', 'xaxaxb', true],
    ['*a*a*b', 'xaxb', false],
    ['', '', true],
    ['', 'x', false],
  ];
  for (const [glob, path, expected] of cases) assert.equal(compileGlob(glob).test(path), expected, `${glob} on ${path}`);
});

test("B14: baseName trims ' and ) around a program name without a regular expression", () => {
  assert.equal(baseName("'C:\\x\\CCMSetup.exe'"), 'ccmsetup.exe');
  assert.equal(baseName('ccmsetup.exe))'), 'ccmsetup.exe');
  assert.equal(baseName("''''"), '');
  assert.equal(baseName('"%~dp0CCMSetup.exe"'), 'ccmsetup.exe');
});

test('B15: CCM010 joins list entries with ; and drops the blanks around each comma', () => {
  assert.equal(joinWithSemicolons('a , b,c'), 'a;b;c');
  assert.equal(joinWithSemicolons(' a,\tb '), ' a;b ');
  assert.equal(joinWithSemicolons(','), ';');
  assert.equal(applyFix('SMSMPLIST="mp1 , mp2,mp3"', 'CCM010'), 'SMSMPLIST="mp1;mp2;mp3"');
});

test('B11: CCM103 reports every earlier repeat of a setting and the fix removes it', () => {
  const line = 'SMSSITECODE=P01 SMSSITECODE=P02 SMSSITECODE=P03';
  assert.deepEqual(only('CCM103', line).map((f) => f.text), ['SMSSITECODE=P01', 'SMSSITECODE=P02']);
  assert.equal(applyFix(line, 'CCM103'), 'SMSSITECODE=P02 SMSSITECODE=P03');
});

const P01 = withConfig({ siteCode: 'P01' });
/** The text after applying fix `fixIndex` of the `nth` finding of `rule`, snippet placeholders filled. */
const fixed = (text: string, rule: string, host: HostLanguage, nth = 0, fixIndex = 0) => {
  const f = lint(text, host, P01).filter((x) => x.rule === rule)[nth];
  assert.ok(f, `no ${rule} finding in ${JSON.stringify(text)}`);
  const fix = f.fixes[fixIndex];
  assert.ok(fix, `${rule} has no fix ${fixIndex} in ${JSON.stringify(text)}`);
  return applyEdits(text, fix.kind === 'snippet' ? fix.edits.map((e) => ({ ...e, newText: snippetToText(e.newText) })) : fix.edits);
};
const fixTitles = (text: string, rule: string, host: HostLanguage) => lint(text, host, P01).filter((x) => x.rule === rule).flatMap((f) => f.fixes.map((x) => x.title));

test('B1: text appended to an empty command line is kept apart from the program, INSTALL=ALL, and inside CCMSETUPCMD', () => {
  assert.equal(fixed('ccmsetup.exe', 'CCM310', 'ccmsetup'), 'ccmsetup.exe SMSPUBLICROOTKEY=key SMSSITECODE=P01');
  assert.equal(fixed('ccmsetup.exe', 'CCM310', 'batch'), 'ccmsetup.exe SMSPUBLICROOTKEY=key SMSSITECODE=P01');
  assert.equal(fixed('& ccmsetup.exe # hi', 'CCM310', 'powershell'), '& ccmsetup.exe SMSPUBLICROOTKEY=key SMSSITECODE=P01 # hi');
  assert.equal(fixed('[Client Install]\nInstall=INSTALL=ALL', 'CCM310', 'tcf'), '[Client Install]\nInstall=INSTALL=ALL SMSPUBLICROOTKEY=key SMSSITECODE=P01');
  // an unquoted CCMSETUPCMD value gets quotes when the inserted text has spaces
  assert.equal(fixed('CCMSETUPCMD=', 'CCM310', 'ccmsetup'), 'CCMSETUPCMD="SMSPUBLICROOTKEY=key SMSSITECODE=P01"');
  assert.equal(fixed('CCMSETUPCMD=SMSPUBLICROOTKEY=x', 'CCM304', 'ccmsetup'), 'CCMSETUPCMD="SMSPUBLICROOTKEY=x SMSSITECODE=P01"');
  assert.equal(fixed('msiexec /i ccmsetup.msi CCMSETUPCMD="SMSPUBLICROOTKEY=x"', 'CCM304', 'batch'), 'msiexec /i ccmsetup.msi CCMSETUPCMD="SMSPUBLICROOTKEY=x SMSSITECODE=P01"');
});

test('B2: a setting added to a line that ends in an unclosed quote goes before the setting that opens it', () => {
  assert.equal(fixed('CCMHOSTNAME="', 'CCM203', 'ccmsetup'), 'SMSSITECODE=P01 CCMHOSTNAME="');
  assert.equal(
    fixed('ccmsetup.exe /UsePKICert CCMHTTPPORT= 80" X', 'CCM315', 'batch'),
    'ccmsetup.exe /UsePKICert CCMCERTISSUERS="CN=Contoso Root CA; O=Contoso" CCMHTTPPORT= 80" X',
  );
  // a PowerShell string that is never closed: nothing can be appended after it, so no fix is offered
  assert.deepEqual(fixTitles("ccmsetup SMSROOTKEYPATH 't", 'CCM304', 'powershell'), []);
  assert.equal(fixed("ccmsetup 'SMSROOTKEYPATH=t'", 'CCM304', 'powershell'), "ccmsetup 'SMSROOTKEYPATH=t SMSSITECODE=P01'");
  // CCM006 does not move a parameter whose quote is never closed (the properties would end up inside it)
  assert.deepEqual(fixTitles('SMSSITECODE=P01 CCMALLOWSILENTREBOOT SMSCACHESIZE=100 /retry:1"', 'CCM006', 'ccmsetup'), []);
});

test('B3: Start-Process with a one-word argument list gets no appended settings; a string argument list does', () => {
  assert.deepEqual(fixTitles('Start-Process ccmsetup.exe /mp:mp1', 'CCM310', 'powershell'), []);
  assert.deepEqual(fixTitles('Start-Process ccmsetup.exe -ArgumentList /mp:mp1 -Wait', 'CCM310', 'powershell'), []);
  assert.equal(
    fixed('Start-Process ccmsetup.exe -ArgumentList "/mp:mp1" -Wait', 'CCM310', 'powershell'),
    'Start-Process ccmsetup.exe -ArgumentList "/mp:mp1 SMSPUBLICROOTKEY=key SMSSITECODE=P01" -Wait',
  );
  // a bare call passes every word on
  assert.equal(fixed('& ccmsetup.exe /mp:mp1', 'CCM310', 'powershell'), '& ccmsetup.exe /mp:mp1 SMSPUBLICROOTKEY=key SMSSITECODE=P01');
});

test('B4: fixes inside CDATA are written as plain text, entities outside it', () => {
  const cdata = (v: string) => `<variable name="SMSClientInstallProperties"><![CDATA[${v}]]></variable>`;
  assert.equal(fixed(cdata('CCMHOSTNAME=\u201Egw\u201C SMSSITECODE=P01'), 'CCM011', 'xml'), cdata('CCMHOSTNAME="gw" SMSSITECODE=P01'));
  assert.equal(
    fixed('<variable name="SMSClientInstallProperties">CCMHOSTNAME=\u201Egw\u201C SMSSITECODE=P01</variable>', 'CCM011', 'xml'),
    '<variable name="SMSClientInstallProperties">CCMHOSTNAME=&quot;gw&quot; SMSSITECODE=P01</variable>',
  );
  // an unpaired one has no partner to close it: no fix (a lone " would swallow the rest)
  assert.deepEqual(fixTitles(cdata('\u201E'), 'CCM011', 'xml'), []);
  assert.deepEqual(fixAll(cdata('\u201E'), 'xml').text, cdata('\u201E'));
});

test('B5: CCM011 replaces a pair of typographic quotes or entities together, escaping what the host would read', () => {
  assert.deepEqual(fixTitles('&#34;', 'CCM011', 'ccmsetup'), []);
  assert.equal(fixed('SMSCACHEDIR=&#34;C:\\a b&quot; O=1', 'CCM011', 'ccmsetup'), 'SMSCACHEDIR="C:\\a b" O=1');
  assert.equal(fixed('ccmsetup.exe \u201C\u201D ^/NoCRLCheck', 'CCM011', 'batch'), 'ccmsetup.exe "" ^/NoCRLCheck');
  // in batch, a pair around text cmd would read differently inside quotes is left alone
  assert.deepEqual(fixTitles('ccmsetup.exe \u201Ca ^& b\u201D', 'CCM011', 'batch'), []);
  // a quote whose partner is a plain one would flip how cmd reads the rest of the line
  assert.deepEqual(fixTitles('ccmsetup.exe \u201C MANAGEDINSTALLER="0 || exit /b 1', 'CCM011', 'batch'), []);
  // & from &amp; (inside quotes in batch, where cmd reads it literally; inside a PowerShell string)
  assert.equal(fixed('ccmsetup.exe "CCMADMINS=a&amp;b"', 'CCM011', 'batch'), 'ccmsetup.exe "CCMADMINS=a&b"');
  assert.equal(fixed("& ccmsetup.exe 'CCMADMINS=a&amp;b'", 'CCM011', 'powershell'), "& ccmsetup.exe 'CCMADMINS=a&b'");
});

test('B6: a did-you-mean never suggests an undocumented property', () => {
  assert.deepEqual(fixTitles('CMHTTPSSTATE=0', 'CCM102', 'ccmsetup'), []);
  assert.doesNotMatch(lint('CMHTTPSSTATE=0', 'ccmsetup').find((f) => f.rule === 'CCM102')!.message, /CCMHTTPSSTATE/);
  assert.equal(fixed('SMSSITECOD=P01', 'CCM102', 'ccmsetup'), 'SMSSITECODE=P01');
});

test('B7: a rename is offered only when the value is right for the new name; a value-less /? keeps its fix order', () => {
  // CCMLOGMAXSIZE must be at least 10000: 9 casts doubt on the guess
  assert.deepEqual(fixTitles('CMLOGMASIZE=9', 'CCM102', 'ccmsetup'), []);
  assert.match(lint('CMLOGMASIZE=9', 'ccmsetup').find((f) => f.rule === 'CCM102')!.message, /Did you mean CCMLOGMAXSIZE\?/);
  assert.equal(fixed('CMLOGMASIZE=20000', 'CCM102', 'ccmsetup'), 'CCMLOGMAXSIZE=20000');
  // a parameter that takes no value
  assert.deepEqual(fixTitles('/UsePKICertt:1', 'CCM101', 'ccmsetup'), []);
  assert.equal(fixed('/UsePKICertt', 'CCM101', 'ccmsetup'), '/UsePKICert');
  // ?: is fixed by writing the slash (CCM002); dropping the value first would leave a stray "?"
  assert.deepEqual(fixTitles('?:', 'CCM105', 'ccmsetup'), []);
  assert.equal(fixed('?:', 'CCM002', 'ccmsetup'), '/?:');
  assert.equal(fixed('/?:', 'CCM105', 'ccmsetup'), '/?');
  // TRUE to 1 is what is meant; the line is then an internet client and CCM203/CCM205 say what it lacks
  assert.equal(fixed('CCMALWAYSINF=TRUE', 'CCM104', 'ccmsetup'), 'CCMALWAYSINF=1');
});

test('B8: the Install= line CCM009 adds goes after the whole [Client Install] line', () => {
  assert.equal(fixed('[Client Install] ; main\nSMSSITECODE=P01', 'CCM009', 'tcf'), '[Client Install] ; main\nInstall=INSTALL=ALL SMSSITECODE=P01\nSMSSITECODE=P01');
  assert.equal(fixed('[Client Install] ; main\r\nX=1', 'CCM009', 'tcf'), '[Client Install] ; main\r\nInstall=INSTALL=ALL SMSSITECODE=P01\r\nX=1');
  assert.equal(fixed('[Client Install]\r[Other]', 'CCM009', 'tcf'), '[Client Install]\nInstall=INSTALL=ALL SMSSITECODE=P01\r[Other]');
});

test('B9: CCM006 does not move a parameter away from a property with an empty value', () => {
  assert.deepEqual(fixTitles('CCMHTTPPORT= /retry:1 &', 'CCM006', 'ccmsetup'), []);
  assert.equal(fixed('SMSSITECODE=P01 /retry:1 CCMHTTPPORT=80', 'CCM006', 'ccmsetup'), '/retry:1 SMSSITECODE=P01 CCMHTTPPORT=80');
});


test('further finds of the properties (more runs, other seeds): exact text after each fix', () => {
  // CCM004: a quote between the separator and the space: joining the words would glue them to the quoted token
  assert.deepEqual(fixTitles('[Client Install]\nInstall=INSTALL=ALL "/retry:" Corp', 'CCM004', 'tcf'), []);
  assert.equal(fixed('/retry: 5', 'CCM004', 'ccmsetup'), '/retry:5');
  // a rename to CCMHOSTNAME is not offered for a value CCM202 rejects
  assert.deepEqual(fixTitles('CMHOSTNAME=https://gw', 'CCM102', 'ccmsetup'), []);
  assert.equal(fixed('CMHOSTNAME=gw.contoso.com', 'CCM102', 'ccmsetup'), 'CCMHOSTNAME=gw.contoso.com');
  // PowerShell: a string that is one of several arguments takes no appended settings (they would be one argument)
  assert.deepEqual(fixTitles('& ccmsetup.exe /mp:x "/source:y"', 'CCM310', 'powershell'), []);
  assert.equal(fixed('Invoke-Expression "& ccmsetup.exe /mp:x"', 'CCM310', 'powershell'), 'Invoke-Expression "& ccmsetup.exe /mp:x SMSPUBLICROOTKEY=key SMSSITECODE=P01"');
  // a typographic quote paired with a plain one: which quotes pair is a guess, so no fix
  assert.deepEqual(fixTitles('&#34;CCMSETUPCMD="SMSSITECODE=P01"', 'CCM011', 'ccmsetup'), []);
  // CCM005 quotes words into the value only when the quoted value is valid
  assert.deepEqual(fixTitles('CCMCERTISSUERS=CN=Root A | CN=Root B; O=Contoso', 'CCM005', 'ccmsetup'), []);
  assert.equal(fixed('CCMCERTSEL=SubjectStr:Contoso Corp SMSSITECODE=P01', 'CCM005', 'ccmsetup'), 'CCMCERTSEL="SubjectStr:Contoso Corp" SMSSITECODE=P01');
  // a quote opened in a stray word: the setting it belongs to moves with it, after the inserted text
  assert.equal(fixed('/UsePKICert A=1 B"', 'CCM315', 'ccmsetup'), '/UsePKICert CCMCERTISSUERS="CN=Contoso Root CA; O=Contoso" A=1 B"');
});

test('removals and renames that would change how the rest of the line reads are not offered', () => {
  // removing a setting after an empty value would make the next word that value
  assert.deepEqual(fixTitles('[Client Install]\nInstall=INSTALL=ALL /A: CCMDEBUGLOGGING=1 Corp', 'CCM319', 'tcf'), []);
  assert.equal(fixed('[Client Install]\nInstall=INSTALL=ALL CCMDEBUGLOGGING=1 Corp=1', 'CCM319', 'tcf'), '[Client Install]\nInstall=INSTALL=ALL Corp=1');
  // CCMSETUPCMD= makes its value a command line of its own: CCM002 leaves CCMSETUPCMD: to the author
  assert.deepEqual(fixTitles('CCMSETUPCMD: /?', 'CCM002', 'ccmsetup'), []);
  // a parameter added into one PowerShell string among several arguments would become part of it
  assert.deepEqual(fixTitles('& ccmsetup.exe "CCMHTTPSSTATE=31" /mp:https://mp1.contoso.com "SMSSITECODE=P01"', 'CCM204', 'powershell'), []);
  assert.equal(
    fixed('& ccmsetup.exe /mp:https://mp1.contoso.com SMSSITECODE=P01', 'CCM204', 'powershell'),
    '& ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01',
  );
});

test('more finds: the setting that takes effect, scheme-only host names, strays, PowerShell strings', () => {
  // the last of two CCMALWAYSINF takes effect: the internet-client rules judge it before CCM103's removal too
  assert.deepEqual(only('CCM205', 'CCMALWAYSINF=0 CCMALWAYSINF=1').map((f) => f.text), ['CCMALWAYSINF=1']);
  assert.equal(fixed('CCMALWAYSINF=0 CCMALWAYSINF=1', 'CCM103', 'ccmsetup'), 'CCMALWAYSINF=1');
  // removing the scheme of CCMHOSTNAME=https:// would leave it empty
  assert.deepEqual(fixTitles('ccmsetup.exe CCMHOSTNAME=https://', 'CCM202', 'batch'), []);
  assert.equal(fixed('ccmsetup.exe CCMHOSTNAME=https://gw.contoso.com', 'CCM202', 'batch'), 'ccmsetup.exe CCMHOSTNAME=gw.contoso.com');
  // a removed parameter's stray words would become settings of their own
  assert.deepEqual(fixTitles('msiexec /i ccmsetup.msi /qn CCMSETUPCMD="/? PROVISIONTS"', 'CCM101', 'batch'), []);
  // no rename to CCMSETUPCMD (its value becomes a command line of its own)
  assert.deepEqual(fixTitles('CMSETUPCMD="/mp:x"', 'CCM102', 'ccmsetup'), []);
  // a typographic pair with a space between, inside a PowerShell string: PowerShell would pass the argument differently
  assert.deepEqual(fixTitles("& ccmsetup.exe CCMCERTISSUERS=' \u201ECN=Root A\u201C'", 'CCM011', 'powershell'), []);
  assert.equal(fixed("& ccmsetup.exe 'CCMCERTISSUERS=\u201ECN=Root\u201C'", 'CCM011', 'powershell'), `& ccmsetup.exe 'CCMCERTISSUERS="CN=Root"'`);
});

test('CCM107 keeps a value only when it is valid for the replacement; CCM011 in a PowerShell argument with spaces', () => {
  assert.deepEqual(fixTitles('SMSSLP=https:// /ExcludeFeatures:ClientUI', 'CCM107', 'ccmsetup'), []);
  assert.equal(fixed('SMSSLP=mp1.contoso.com', 'CCM107', 'ccmsetup'), 'SMSMP=mp1.contoso.com');
  assert.deepEqual(fixTitles("& ccmsetup.exe CCMCERTISSUERS=' \u201ECN=Root\u201C'", 'CCM011', 'powershell'), []);
});

test('CCM201 puts https:// only in front of a value that holds no quote', () => {
  assert.equal(fixed('/mp:contoso.cloudapp.net/CCM_Proxy_MutualAuth/72057594037927940', 'CCM201', 'ccmsetup'), '/mp:https://contoso.cloudapp.net/CCM_Proxy_MutualAuth/72057594037927940');
  assert.deepEqual(fixTitles('/mp:x;"contoso.cloudapp.net/CCM_Proxy_MutualAuth/7', 'CCM201', 'ccmsetup'), []);
});
