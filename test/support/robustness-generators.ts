// fast-check generators for realistic (and not so realistic) scripts in every host language, built
// from pieces: known ccmsetup parameters and Client.msi properties from the knowledge base with valid and
// invalid values, quoting, variables, comments and suppression directives, and each host's own syntax
// (carets, backticks, here-strings, Start-Process forms, XML entities...). Also mutated copies of the
// rule fixtures in test/fixtures/rules/**.
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PARAMETERS, PROPERTIES, READINESS_PARAMETERS, type SettingInfo, type ValueGrammar } from '../../server/src/knowledge';
import { CACHE_FLAGS } from '../../server/src/knowledge/grammars';
import type { HostLanguage } from '../../server/src/locate/region';
import { RULE_IDS } from '../../server/src/rules';

export const HOSTS: readonly HostLanguage[] = ['batch', 'powershell', 'tcf', 'xml', 'ccmsetup'];
export const EXT: Record<HostLanguage, string> = { batch: 'cmd', powershell: 'ps1', tcf: 'tcf', xml: 'xml', ccmsetup: 'ccmsetup' };

const SETTINGS: readonly SettingInfo[] = [...PARAMETERS, ...PROPERTIES];

// ---- values ----------------------------------------------------------------------------------------

const DYNAMIC = ['%SITE%', '%~dp0', '!SITE!', '$site', '$env:SITE', '$($cfg.Site)', '${env:SITE}', '{{ site_code }}', '<Site Code>', '[SiteCode]', '$(Get-SiteCode)'];

const INVALID = [
  '', 'FOO', 'foo bar', '-1', '0', '2', '99999999999', 'yes', 'TRUE', 'P0', 'P0001', 'ABCD', '***', ';', ';;', 'a;;b', '|', '=', ':', '::',
  'http://', 'https://', 'https://mp1.contoso.com/path', 'ftp://x', 'C:', 'relative\\path', '\\\\', '..\\x.cer', 'Subject', 'SubjectAttr:',
  'SubjectAttr:XX = y', 'CN=', 'CN=a |', 'RRPPX', 'eyJhbGciOiJub25lIn0', 'not-a-guid', '{0000}', 'WINSPROMISCUOUS', 'winssecure', 'compress;;ntfsonly',
  'MAXDRIVE;MAXDRIVESPACE', 'x'.repeat(300), '\u00e9t\u00e9', '\u3000', '\u00a0P01', '\uD83D\uDE00',
];

function validValues(g: ValueGrammar, example: string): fc.Arbitrary<string> {
  const exampleValue = fc.constant(example);
  switch (g.type) {
    case 'none':
      return fc.constant('');
    case 'enum':
    case 'zeroOne':
      return fc.oneof(fc.constantFrom(...g.values.map((v) => v.value)), fc.constantFrom(...g.values.map((v) => v.value.toLowerCase())));
    case 'boolean':
      return fc.constantFrom('TRUE', 'FALSE', 'true', 'False');
    case 'integer':
      return fc.integer({ min: g.min ?? 0, max: g.max ?? 100000 }).map(String);
    case 'siteCode':
      return fc.constantFrom('P01', 'AUTO', 'XYZ', 'auto', 'C0A');
    case 'guid':
      return fc.constantFrom('3f2b8c1e-9a4d-4e6f-8b7a-2c5d1e0f9a31', '{0D3C9A7E-5B21-4F8A-9E64-7A1C2B3D4E5F}');
    case 'path':
      return fc.constantFrom('C:\\Windows\\ccmcache', '"C:\\Program Files\\CCM"', '\\\\cm01.contoso.com\\SMS_P01\\Client', '%WINDIR%\\CCM', 'D:\\a.cer', 'client.msp');
    case 'host':
      return fc.constantFrom('mp1.contoso.com', 'MP01', 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72057594037927940', 'fsp01.contoso.com:443');
    case 'managementPoint':
      return fc.constantFrom('https://mp1.contoso.com', 'http://mp1', 'mp1.contoso.com', 'https://contoso.cloudapp.net/CCM_Proxy_MutualAuth/72057594037927940');
    case 'url':
      return fc.constantFrom('https://cmserverapp.contoso.com', 'http://x');
    case 'list':
      return fc.array(validValues(g.of, example), { minLength: 1, maxLength: 3 }).map((a) => a.map(stripOuterQuotes).join(';'));
    case 'certSelection':
      return fc.constantFrom('"SubjectAttr:OU = Computers"', 'Subject:PC01', 'SubjectStr:Contoso', '"SubjectAttr:2.5.4.11 = Computers"', 'SubjectAttr:CN=x');
    case 'certIssuers':
      return fc.constantFrom('"CN=Contoso Root CA; O=Contoso; C=US"', 'CN=Root', '"CN=Root A | CN=Root B; O=Contoso"');
    case 'cacheFlags':
      return fc.subarray(CACHE_FLAGS.map((f) => f.flag), { minLength: 1, maxLength: 3 }).map((a) => a.join(';'));
    case 'configSource':
      return fc.constantFrom('RP', 'R', 'RPMU', 'pm');
    case 'token':
    case 'rootKey':
    case 'deploymentId':
      return exampleValue;
    case 'accounts':
      return fc.constantFrom('"CONTOSO\\CM Client Admins"', 'CONTOSO\\Admins;CONTOSO\\Bob', 'Everyone', 'BUILTIN\\Users');
    case 'text':
      return fc.oneof(exampleValue, fc.constantFrom('ALL', 'vomus', 'x'));
  }
}

function stripOuterQuotes(v: string): string {
  return v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"' ? v.slice(1, -1) : v;
}

/** A value for a setting: valid for its grammar, invalid, dynamic, empty, or random. */
function valueFor(info: SettingInfo): fc.Arbitrary<string> {
  const ex = info.example.replace(/^[/-]?[A-Za-z_?][A-Za-z0-9_]*[:=]?/, '');
  return fc.oneof(
    { weight: 5, arbitrary: validValues(info.value, ex || 'x') },
    { weight: 2, arbitrary: fc.constant(ex) },
    { weight: 3, arbitrary: fc.constantFrom(...INVALID) },
    { weight: 1, arbitrary: fc.constantFrom(...DYNAMIC) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', ';', ':', '=', '.', '\\', '/', ' ', '-', '"', '%', '$', '|'), maxLength: 12 }) },
  );
}

/** How a value is quoted: plain, "..", typographic quotes, unclosed, or quoted with spaces inside. */
const quoteValue = (v: string): fc.Arbitrary<string> =>
  fc.constantFrom(v, `"${stripOuterQuotes(v)}"`, `\u201C${stripOuterQuotes(v)}\u201D`, `"${stripOuterQuotes(v)}`, `${stripOuterQuotes(v)}"`, `\u201E${stripOuterQuotes(v)}\u201C`);

// ---- setting tokens (what ccmsetup receives) -------------------------------------------------------

function typo(name: string): fc.Arbitrary<string> {
  if (name.length < 3) return fc.constant(name);
  return fc.tuple(fc.nat(name.length - 1), fc.constantFrom('drop', 'swap', 'dup', 'zero')).map(([i, how]) => {
    switch (how) {
      case 'drop':
        return name.slice(0, i) + name.slice(i + 1);
      case 'swap':
        return i + 1 < name.length ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : name;
      case 'dup':
        return name.slice(0, i) + name[i] + name.slice(i);
      default:
        return name.replace(/O/i, '0');
    }
  });
}

const caseOf = (name: string): fc.Arbitrary<string> => fc.constantFrom(name, name.toLowerCase(), name.toUpperCase());

/** One known setting, written well or with one of the shape mistakes real scripts contain. */
const knownSetting: fc.Arbitrary<string> = fc.constantFrom(...SETTINGS).chain((info) => {
  const bare = info.name.replace(/^\//, '');
  const isParam = info.kind === 'parameter';
  const name = fc.oneof({ weight: 6, arbitrary: caseOf(bare) }, { weight: 1, arbitrary: typo(bare) });
  const prefix = isParam ? fc.constantFrom('/', '/', '/', '/', '-', '') : fc.constantFrom('', '', '', '', '', '/');
  const sep = isParam ? fc.constantFrom(':', ':', ':', '=', ': ') : fc.constantFrom('=', '=', '=', '=', ':', '= ');
  if (info.value.type === 'none') {
    return fc.oneof(
      { weight: 4, arbitrary: fc.tuple(prefix, name).map(([p, n]) => p + n) },
      { weight: 1, arbitrary: fc.tuple(prefix, name, sep, valueFor(info)).map(([p, n, s, v]) => p + n + s + v) },
    );
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(info.example) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(prefix, name, sep, valueFor(info).chain(quoteValue))
        .map(([p, n, s, v]) => p + n + s + v),
    },
    // the whole token quoted: "SMSCACHEDIR=C:\A B"
    { weight: 1, arbitrary: fc.tuple(prefix, name, sep, valueFor(info)).map(([p, n, s, v]) => `"${p}${n}${s}${stripOuterQuotes(v)}"`) },
    // a property missing its value, a parameter missing its colon
    { weight: 1, arbitrary: fc.tuple(prefix, name).map(([p, n]) => p + n) },
  );
});

const unknownSetting = fc.oneof(
  fc.constantFrom('/bogus', '/mp2:x', 'FOO=bar', 'SMSFOO=1', '/sitecode=P01', 'sitecode:P01', 'MP=mp1', 'CCMLOG=1', '/?', '-?', '/', '-', '=', ':', '/:'),
  fc.tuple(fc.constantFrom('/', '', '-'), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), fc.constantFrom('', ':', '='), fc.constantFrom('', 'x', '1', 'P01')).map((t) => t.join('')),
);

const strayWord = fc.constantFrom('Corp', 'Lab', 'C:\\A', 'B"', '"x y"', '&', '|', '>', '<', '(', ')', '@', '%', '^', '`', '\u201C', 'é', '\uD83D\uDE00', '\0', '\t');

const dynamicToken = fc.constantFrom(...DYNAMIC.map((d) => `SMSSITECODE=${d}`), '$ccmArgs', '@args', '%ARGS%', '$(Get-Args)');

const readinessToken = fc.constantFrom(...READINESS_PARAMETERS.map((r) => r.syntax.replace(/<[^>]*>/g, 'x').split(' ')[0]), '/Criteria:"SubjectStr:Contoso"', '/Store:My', '/Issuers:"CN=Root"');

/** One token of a command line. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: knownSetting },
  { weight: 2, arbitrary: unknownSetting },
  { weight: 1, arbitrary: strayWord },
  { weight: 1, arbitrary: dynamicToken },
);

/** A ccmsetup command line (without the program): tokens joined by whitespace. */
export const commandLine: fc.Arbitrary<string[]> = fc.array(token, { minLength: 0, maxLength: 9 });

const joinTokens = (tokens: string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\t'), { minLength: tokens.length, maxLength: tokens.length }).map((ws) =>
    tokens.map((t, i) => (i === 0 ? t : ws[i] + t)).join(''),
  );

const directiveIds = fc.array(fc.constantFrom(...[...RULE_IDS], 'CCM999', 'ccm303', 'CCM'), { maxLength: 3 }).map((ids) => ids.join(', '));
const directive = fc
  .tuple(fc.constantFrom('ccmlint-disable-next-line', 'ccmlint-disable', 'ccmlint-enable', 'CCMLINT-DISABLE-NEXT-LINE'), directiveIds, fc.constantFrom('', ' -- reason', ' --'))
  .map(([d, ids, why]) => `${d}${ids ? ' ' + ids : ''}${why}`);
const commentText = fc.oneof(directive, fc.constantFrom('Install the ConfigMgr client', 'ccmsetup.exe /mp:x', '', 'TODO: é \u201Cquotes\u201D'));

const eol = fc.constantFrom('\r\n', '\r\n', '\n', '\n', '\r');

const joinLines = (lines: string[]): fc.Arbitrary<string> =>
  fc.tuple(eol, fc.boolean()).map(([e, trailing]) => lines.join(e) + (trailing ? e : ''));

// ---- host encodings --------------------------------------------------------------------------------

const psSingle = (s: string) => `'${s.replace(/'/g, "''")}'`;
const psDoubleBody = (s: string) => s.replace(/[`"$]/g, (c) => '`' + c);
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const msiDoubled = (s: string) => s.replace(/"/g, '""');

/** Writes some characters of a decoded XML text as entities. */
const xmlEntities = (s: string): fc.Arbitrary<string> =>
  fc.constantFrom<(x: string) => string>(
    (x) => x,
    (x) => x.replace(/"/g, '&quot;'),
    (x) => x.replace(/"/g, '&#34;'),
    (x) => x.replace(/"/g, '&#x22;').replace(/=/g, '&#61;'),
    (x) => x.replace(/ /g, '&#32;'),
  ).map((f) => f(xmlText(s)));

// ---- ccmsetup (plain) ------------------------------------------------------------------------------

const plainLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('', 'ccmsetup.exe ', 'CCMSetup.exe ', '"C:\\Temp\\ccmsetup.exe" ', '.\\ccmsetup.exe ', 'ccmsetup '), commandLine.chain(joinTokens)).map(([p, c]) => p + c) },
  { weight: 1, arbitrary: commandLine.chain(joinTokens).map((c) => `msiexec /i ccmsetup.msi /qn CCMSETUPCMD="${msiDoubled(c)}"`) },
  { weight: 1, arbitrary: commandLine.chain(joinTokens).map((c) => `CCMSETUPCMD="${msiDoubled(c)}"`) },
  { weight: 1, arbitrary: fc.array(readinessToken, { maxLength: 4 }).map((t) => `cmhttpsreadiness.exe ${t.join(' ')}`) },
  { weight: 1, arbitrary: fc.constantFrom('msiexec /i client.msi SMSSITECODE=P01', 'msiexec /i ccmsetup.msi CCMSETUPCMD=', 'ccmsetup.exe') },
  { weight: 2, arbitrary: commentText.map((c) => `# ${c}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t') },
);

export const plainDocument: fc.Arbitrary<string> = fc.array(plainLine, { minLength: 1, maxLength: 6 }).chain(joinLines);

// ---- batch -----------------------------------------------------------------------------------------

/** A command line written for cmd: carets escape specials outside quotes, continuations split it. */
function batchArgs(tokens: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(' ', ' ', ' ', ' ^\r\n  ', ' ^\n', '^\r\n '), { minLength: tokens.length, maxLength: tokens.length })
    .chain((seps) =>
      fc.boolean().map((escape) =>
        tokens
          .map((t, i) => {
            let out = t;
            if (escape && !t.includes('"')) out = t.replace(/[&|<>]/g, (c) => '^' + c);
            return (i === 0 ? '' : seps[i]) + out;
          })
          .join(''),
      ),
    );
}

const batchProgram = fc.constantFrom(
  'ccmsetup.exe ',
  '"%~dp0ccmsetup.exe" ',
  '%~dp0ccmsetup.exe ',
  'start /wait "" "%~dp0ccmsetup.exe" ',
  'start "ConfigMgr" /wait ccmsetup.exe ',
  'call ccmsetup.exe ',
  '@ccmsetup.exe ',
  '"%SETUP%" ',
  'psexec \\\\pc01 -s -accepteula ccmsetup.exe ',
  '\\\\cm01\\Client\\ccmsetup.exe ',
);
const batchSuffix = fc.constantFrom('', '', '', ' > "%TEMP%\\ccm.log" 2>&1', ' & echo done', ' || exit /b 1', ' >nul', ' && echo ok');

const batchCommand: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(batchProgram, commandLine.chain(batchArgs), batchSuffix).map(([p, a, s]) => p + a + s) },
  { weight: 1, arbitrary: commandLine.chain(joinTokens).map((c) => `cmd /c "ccmsetup.exe ${c}"`) },
  { weight: 1, arbitrary: commandLine.chain(joinTokens).map((c) => `if exist "%~dp0ccmsetup.exe" ( "%~dp0ccmsetup.exe" ${c} )`) },
  { weight: 2, arbitrary: commandLine.chain(joinTokens).map((c) => `msiexec /i "%~dp0ccmsetup.msi" /qn CCMSETUPCMD="${msiDoubled(c)}"`) },
  { weight: 1, arbitrary: fc.array(readinessToken, { maxLength: 4 }).map((t) => `"%~dp0cmHttpsReadiness.exe" ${t.join(' ')}`) },
  { weight: 1, arbitrary: fc.constantFrom('msiexec /i client.msi /qn SMSSITECODE=P01', 'for %%f in (a b) do ccmsetup.exe /mp:%%f') },
);

const batchLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: batchCommand },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('REM ', 'rem ', '@REM ', ':: ', '  REM '), commentText).map(([m, c]) => m + c) },
  { weight: 1, arbitrary: fc.constantFrom('@echo off', 'setlocal enabledelayedexpansion', ':install', 'goto :eof', 'echo ^<done^>', 'set SITE=P01', 'set "SETUP=%~dp0ccmsetup.exe"', 'if errorlevel 1 exit /b %errorlevel%', '') },
);

export const batchDocument: fc.Arbitrary<string> = fc.array(batchLine, { minLength: 1, maxLength: 6 }).chain(joinLines);

// ---- PowerShell ------------------------------------------------------------------------------------

/** A token as a PowerShell argument: bareword, '...' or "..." (escaped), sometimes glued. */
const psArgument = (t: string): fc.Arbitrary<string> =>
  fc.constantFrom(t, psSingle(t), `"${psDoubleBody(t)}"`, t.replace(/=(.*)$/, (_m, v: string) => `=${psSingle(v)}`), t.replace(/=(.*)$/, (_m, v: string) => `="${psDoubleBody(v)}"`));

const psArgs = (tokens: string[], sep: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(...tokens.map((t) => fc.tuple(psArgument(t), sep))).map((parts) => parts.map(([a, s], i) => (i === 0 ? a : s + a)).join(''));

const psSep = fc.constantFrom(' ', ' ', ' ', ' `\r\n    ', ' `\n  ');

const psProgram = fc.constantFrom('ccmsetup.exe', '.\\ccmsetup.exe', '"$PSScriptRoot\\ccmsetup.exe"', "'C:\\Temp\\ccmsetup.exe'", '$setup', 'ccmsetup');

const psStatement: fc.Arbitrary<string> = commandLine.chain((tokens) => {
  const line = tokens.join(' ');
  return fc.oneof(
    fc.tuple(fc.constantFrom('& ', '', '. '), psProgram, tokens.length ? psArgs(tokens, psSep) : fc.constant('')).map(([amp, p, a]) => `${amp}${p} ${a}`),
    fc.tuple(psProgram, fc.constantFrom(' -Wait', ' -Wait -NoNewWindow -PassThru', '')).map(([p, w]) => `Start-Process -FilePath ${p} -ArgumentList ${psSingle(line)}${w}`),
    fc.constantFrom('Start-Process', 'saps', 'start').map((cmd) => `${cmd} ccmsetup.exe -ArgumentList "${psDoubleBody(line)}" -Wait`),
    fc.constant(`Start-Process -FilePath ccmsetup.exe -ArgumentList @(${tokens.map(psSingle).join(', ')}) -Wait`),
    fc.constant(`Start-Process ccmsetup.exe ${tokens.map(psSingle).join(',')}`),
    fc.constant(`$ccmArgs = @(\r\n${tokens.map((t) => '    ' + psSingle(t)).join('\r\n')}\r\n)\r\nStart-Process -FilePath "$PSScriptRoot\\ccmsetup.exe" -ArgumentList $ccmArgs -Wait`),
    fc.constant(`$ccmArgs = ${tokens.map(psSingle).join(', ') || "''"}\r\nStart-Process -FilePath ccmsetup.exe -ArgumentList ($ccmArgs -join ' ')`),
    fc.constantFrom('@"', "@'").map((q) => `$a = ${q}\r\n${q === '@"' ? psDoubleBody(line) : line}\r\n${q[1]}@\r\n& ccmsetup.exe $a`),
    fc.constant(`$a = "${psDoubleBody(line)}"\r\n$a += " /forceinstall"\r\n& ccmsetup.exe $a`),
    fc.constant(`Invoke-Expression "& ccmsetup.exe ${psDoubleBody(line)}"`),
    fc.constant(`iex ${psSingle('ccmsetup.exe ' + line)}`),
    fc.constantFrom('Set-CMClientPushInstallation -SiteCode P01', 'New-CMTSStepSetupWindowsAndConfigMgr -Name Setup').map((c) => `${c} -InstallationProperty "${psDoubleBody(line)}"`),
    fc.constant(`$p = @{ FilePath = 'ccmsetup.exe'; ArgumentList = ${psSingle(line)}; Wait = $true }\r\nStart-Process @p`),
    fc.constant(`Start-Process msiexec.exe -ArgumentList "/i ccmsetup.msi /qn CCMSETUPCMD=\`"${psDoubleBody(msiDoubled(line))}\`"" -Wait`),
    fc.constant(`& msiexec /i ccmsetup.msi CCMSETUPCMD=${psSingle('"' + msiDoubled(line) + '"')}`),
    fc.constant(`cmd /c "ccmsetup.exe ${psDoubleBody(line)}"`),
    fc.constant(`Invoke-Command -ComputerName pc01 -ScriptBlock { & C:\\Temp\\ccmsetup.exe ${line} }`),
  );
});

const psLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: psStatement },
  { weight: 2, arbitrary: commentText.map((c) => `# ${c}`) },
  { weight: 1, arbitrary: commentText.map((c) => `<# ${c} #>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '#Requires -RunAsAdministrator',
      "$ErrorActionPreference = 'Stop'",
      "$site = 'P01'",
      '$setup = "$PSScriptRoot\\ccmsetup.exe"',
      "param([string]$Site = 'P01')",
      'if ($LASTEXITCODE -ne 0) { exit 1 }',
      "Write-Host \"Installing `\"client`\" $(Get-Date)\"",
      '',
    ),
  },
);

export const powershellDocument: fc.Arbitrary<string> = fc.array(psLine, { minLength: 1, maxLength: 5 }).chain(joinLines);

// ---- .tcf ------------------------------------------------------------------------------------------

const tcfLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('Install=INSTALL=ALL ', 'Install = INSTALL=ALL ', 'install=install=all ', 'Install=', 'Install=INSTALL=ALL'), commandLine.chain(joinTokens)).map(([p, c]) => p + c) },
  { weight: 3, arbitrary: fc.constantFrom('[Client Install]', '[Client Install]', '[ client install ]', '[Other]', '[Client Install', 'SMSPublicRootKey=0602000000A4', 'CertificateIssuers=CN=Root', 'Foo=Bar', '') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('; ', '# ', ';'), commentText).map(([m, c]) => m + c) },
);

export const tcfDocument: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(tcfLine, { minLength: 1, maxLength: 6 }))
  .chain(([header, lines]) => joinLines(header ? ['[Client Install]', ...lines] : lines));

// ---- task sequence XML -----------------------------------------------------------------------------

const xmlValue = (c: string): fc.Arbitrary<string> => fc.oneof({ weight: 4, arbitrary: xmlEntities(c) }, { weight: 1, arbitrary: fc.constant(`<![CDATA[${c}]]>`) }, { weight: 1, arbitrary: fc.constant(c) });

const xmlStep: fc.Arbitrary<string> = commandLine.chain(joinTokens).chain((c) =>
  xmlValue(c).chain((v) =>
    fc.constantFrom(
      `<variable name="SMSClientInstallProperties" property="ClientInstallProperties">${v}</variable>`,
      `<variable property="ClientInstallProperties" name='SMSClientInstallProperties'>${v}</variable>`,
      `<step type="SMS_TaskSequence_SetVariableAction" name="Set"><defaultVarList>\r\n<variable name="VariableName" property="VariableName">SMSClientInstallProperties</variable>\r\n<variable name="VariableValue" property="VariableValue">${v}</variable>\r\n</defaultVarList></step>`,
      `<variable name="OSDVariableName">SMSClientInstallProperties</variable><variable name="OSDVariableValue">${v}</variable>`,
      `<variable name="Other">${v}</variable>`,
    ),
  ),
);

const xmlLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: xmlStep },
  { weight: 2, arbitrary: commentText.map((c) => `<!-- ${c.replace(/--(?!\s*$)/g, '- -')} -->`) },
  { weight: 2, arbitrary: fc.constantFrom('<?xml version="1.0" encoding="utf-8"?>', '<sequence version="3.00">', '</sequence>', '<step type="SMS_TaskSequence_SetupWindowsAndSMSAction" name="Setup Windows and ConfigMgr">', '</step>', '<defaultVarList>', '</defaultVarList>', '<action>osdsetupwindows.exe</action>', '') },
);

export const xmlDocument: fc.Arbitrary<string> = fc.array(xmlLine, { minLength: 1, maxLength: 6 }).chain(joinLines);

// ---- mutations -------------------------------------------------------------------------------------

/** Pieces that stress the locators and the parser when dropped anywhere. */
export const SPECIAL_PIECES = [
  '"', "'", '^', '`', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u2033', '%', '%X%', '!X!', '$', '$x', '$(', ')', '$(Get-X)', '${', '}', '@(', '@"', '"@', "@'", "'@",
  '(', '@', '<', '>', '&', '&amp;', '&quot;', '&#x', '&#34;', '|', ';', ':', '=', '/', '-', '\\', '#', '<#', '#>', '<!--', '-->', '<![CDATA[', ']]>',
  'REM ', ':: ', '^\r\n', '`\r\n', '`\n', '\r\n', '\n', '\r', '\t', ' ', '\u00a0', '\u3000', '\u00e9', '\uD83D\uDE00', '\0', '\uFEFF',
  'ccmsetup.exe ', 'msiexec /i ccmsetup.msi CCMSETUPCMD="', 'CCMSETUPCMD=', '[Client Install]', 'Install=INSTALL=ALL ', '# ccmlint-disable-next-line ', 'ccmlint-disable CCM303',
  'SMSSITECODE=', '/mp:', 'CCMCERTSEL="', 'SMSCACHEFLAGS=;', '<variable name="SMSClientInstallProperties">',
];

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // insert a special piece
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SPECIAL_PIECES)).map(([at, piece]) => (t: string) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + piece + t.slice(i);
  }),
  // insert a generated token
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), token).map(([at, tok]) => (t: string) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + ' ' + tok + ' ' + t.slice(i);
  }),
  // delete a range
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 })).map(([at, len]) => (t: string) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + t.slice(i + len);
  }),
  // replace one character
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('"', "'", '^', '`', '\u201C', ' ', '\n', '=', ':', '\0')).map(([at, c]) => (t: string) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + c + t.slice(i + 1);
  }),
  // duplicate or drop a line, swap line endings
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (t: string) => {
    const lines = t.split('\n');
    const i = Math.floor(at * lines.length);
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (t: string) => {
    const lines = t.split('\n');
    lines.splice(Math.floor(at * lines.length), 1);
    return lines.join('\n');
  }),
  fc.constantFrom<Mutation>((t) => t.replace(/\r\n/g, '\n'), (t) => t.replace(/\r?\n/g, '\r\n'), (t) => t.replace(/\r?\n/g, '\r'), (t) => t.toUpperCase(), (t) => t.toLowerCase()),
);

/** Applies 0-4 random mutations to a document. */
export const mutate = (text: string): fc.Arbitrary<string> => fc.array(mutation, { maxLength: 4 }).map((ms) => ms.reduce((t, m) => m(t), text));

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rules');

/** Every rule fixture, by host language. */
export function fixtures(host: HostLanguage): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of fs.readdirSync(FIXTURES).sort()) {
    for (const file of fs.readdirSync(path.join(FIXTURES, dir)).sort()) {
      if (file.endsWith('.' + EXT[host])) out.push({ name: `${dir}/${file}`, text: fs.readFileSync(path.join(FIXTURES, dir, file), 'utf8') });
    }
  }
  return out;
}

/** A fixture of the host language, mutated. */
export function mutatedFixture(host: HostLanguage): fc.Arbitrary<string> {
  const all = fixtures(host);
  return fc.constantFrom(...all.map((f) => f.text)).chain(mutate);
}

const GENERATED: Record<HostLanguage, fc.Arbitrary<string>> = {
  batch: batchDocument,
  powershell: powershellDocument,
  tcf: tcfDocument,
  xml: xmlDocument,
  ccmsetup: plainDocument,
};

/** Documents of one host language: generated from pieces (sometimes mutated) or a mutated fixture. */
export function documents(host: HostLanguage): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: GENERATED[host] },
    { weight: 2, arbitrary: GENERATED[host].chain(mutate) },
    { weight: 3, arbitrary: mutatedFixture(host) },
  );
}
