// Hover: settings, values, the program word, rule ids and directives; Markdown and plain text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { defaultConfig } from '../../server/src/analyse/config';
import { hover } from '../../server/src/features/hover';
import type { FeatureOptions } from '../../server/src/features/types';
import { findParameter, findProperty } from '../../server/src/knowledge';
import type { HostLanguage } from '../../server/src/locate/region';

const CARET = '‸';
const MD: FeatureOptions = { markdown: true, snippets: true };
const PLAIN: FeatureOptions = { markdown: false, snippets: false };

/** Hover at the ‸ marker: the hovered document text and the contents. */
function hoverAt(src: string, host: HostLanguage = 'ccmsetup', opts: FeatureOptions = MD) {
  const offset = src.indexOf(CARET);
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const h = hover(analyse(text, host), text, offset, opts);
  return h && { word: text.slice(h.range.start, h.range.end), start: h.range.start, end: h.range.end, contents: h.contents };
}

/** No Markdown syntax: no emphasis, code spans, links or headings. */
function assertPlain(s: string) {
  assert.doesNotMatch(s, /\*\*|`|\]\(|^#/m, s);
}

test('a property name shows its whole knowledge entry, in Markdown', () => {
  const info = findProperty('SMSSITECODE')!;
  const h = hoverAt('ccmsetup.exe /mp:https://mp1 SMS‸SITECODE=P01');
  assert.deepEqual([h?.word, h?.start, h?.end], ['SMSSITECODE', 29, 40]);
  assert.equal(
    h!.contents,
    [
      '**SMSSITECODE** · Client.msi property',
      '`SMSSITECODE=<site code>|AUTO`',
      info.summary,
      info.description,
      `**Default:** ${info.default}`,
      '**Allowed values:**',
      '- A three-character site code of A-Z and 0-9 naming a primary site.\n- `AUTO`: find the site in Active Directory or through a management point.',
      `#### Security\n\n${info.security}`,
      `**Version:** ${info.since}`,
      `[Microsoft documentation](${info.docs})`,
    ].join('\n\n'),
  );
});

test('a parameter name in plain text: no Markdown syntax, the Security heading and the link spelled out', () => {
  const info = findParameter('/NoCRLCheck')!;
  const h = hoverAt('ccmsetup.exe /UsePKICert /NoCRL‸Check', 'ccmsetup', PLAIN)!;
  assert.equal(h.word, '/NoCRLCheck');
  assertPlain(h.contents);
  assert.ok(h.contents.startsWith('/NoCRLCheck · ccmsetup.exe parameter\n\n/NoCRLCheck\n\n' + info.summary + '\n\n'));
  assert.match(h.contents, /\n\nSecurity\nRevocation stops working for this client/);
  assert.ok(h.contents.endsWith(`Microsoft documentation: ${info.docs}`));
});

test('allowed values with their descriptions, the default and a deprecated value are listed', () => {
  const h = hoverAt('SMSDIRECTORY‸LOOKUP=NOWINS')!;
  assert.match(
    h.contents,
    /\*\*Allowed values:\*\*\n\n- `NOWINS`: Never use WINS[^\n]*\n- `WINSSECURE` \(default\): Fall back[^\n]*\n- `WINSPROMISCUOUS` \(deprecated\): Removed in System Center 2012 and insecure/,
  );
  assert.match(h.contents, /\*\*Hidden\.\*\* No longer in Microsoft's current reference, but clients still read it\./);
});

test('status is called out: obsolete with its replacement, internal, undocumented, passed through, retired', () => {
  assert.match(hoverAt('& ccmsetup.exe /nat‸ive SMSSITECODE=P01', 'powershell')!.contents, /\n\n\*\*Obsolete\.\*\* Use `\/UsePKICert` instead\.\n\n/);
  assert.match(hoverAt('ccmsetup.exe /remediate:client /lo‸g')!.contents, /\*\*Internal\.\*\* Not in Microsoft's reference/);
  assert.match(hoverAt('CCMHTTPS‸STATE=31')!.contents, /\*\*Undocumented\.\*\*/);
  assert.match(hoverAt('REINSTALL‸=ALL', 'ccmsetup', PLAIN)!.contents, /^REINSTALL · Windows Installer property\n[\s\S]*Passed through\. Not a Configuration Manager property/);
  assert.match(hoverAt('AADTENANT‸NAME=Contoso')!.contents, /\*\*Obsolete\.\*\* Current clients ignore it\./);
  assert.match(hoverAt('/AllowMetered‸')!.contents, /^\*\*\/AllowMetered\*\* · ccmsetup\.exe parameter\n\n`\/AllowMetered`\n\nAllows ccmsetup/);
});

test('enum, TRUE/FALSE and 0/1 values show what the value means', () => {
  assert.deepEqual(hoverAt('ccmsetup.exe /BITSPriority:HI‸GH'), {
    word: 'HIGH',
    start: 27,
    end: 31,
    contents: '**HIGH** · `/BITSPriority` value\n\nHighest of the background priorities.',
  });
  assert.equal(
    hoverAt('SMSDIRECTORYLOOKUP=winsprom‸iscuous', 'ccmsetup', PLAIN)!.contents,
    'WINSPROMISCUOUS · SMSDIRECTORYLOOKUP value · deprecated and insecure\n\n' +
      'Removed in System Center 2012 and insecure: fell back to WINS and trusted the management point found there without checking its certificate.',
  );
  assert.equal(
    hoverAt('/AlwaysExcludeUpgrade:tr‸ue')!.contents,
    '**TRUE** · `/AlwaysExcludeUpgrade` value\n\nSwitches this setting on: Marks the client so that automatic client upgrade never upgrades it.\n\n**Default:** FALSE (the client upgrades automatically).',
  );
  assert.equal(
    hoverAt('CCMENABLELOGGING=TRUE‸')!.contents,
    '**TRUE** · `CCMENABLELOGGING` value (the default)\n\nSwitches this setting on: ' + findProperty('CCMENABLELOGGING')!.summary,
  );
  const one = hoverAt('CCMALWAYSINF=‸1', 'ccmsetup', PLAIN)!;
  assert.deepEqual([one.word, one.contents.split('\n\n')[0]], ['1', '1 · CCMALWAYSINF value']);
  assert.equal(hoverAt('CCMLOGLEVEL=‸1')!.contents.split('\n\n')[0], '**1** · `CCMLOGLEVEL` value (the default)');
});

test('certificate selection: keywords, attribute names and OIDs', () => {
  const kw = hoverAt('CCMCERTSEL="Subject‸Attr:OU = Computers"')!;
  assert.deepEqual([kw.word, kw.start, kw.end], ['SubjectAttr', 12, 23]);
  assert.equal(kw.contents, '**SubjectAttr:** · `CCMCERTSEL` certificate selection keyword\n\nMatch of one subject attribute, named by OID or short name: SubjectAttr:OU = Computers.');
  const attr = hoverAt('CCMCERTSEL="SubjectAttr:O‸U = Computers"', 'ccmsetup', PLAIN)!;
  assert.equal(attr.word, 'OU');
  assert.equal(
    attr.contents,
    'OU · CCMCERTSEL certificate attribute\n\nOrganizational unit: OID 2.5.4.11, short names OU.\n\n' +
      'Supported attributes: https://learn.microsoft.com/intune/configmgr/core/clients/deploy/about-client-installation-properties#BKMK_attributevalues',
  );
  assert.match(hoverAt('CCMCERTSEL="SubjectAttr:2.5.4.1‸1 = Computers"')!.contents, /^\*\*2\.5\.4\.11\*\* · `CCMCERTSEL` certificate attribute\n\nOrganizational unit: OID `2\.5\.4\.11`, short names `OU`\./);
  assert.match(hoverAt('CCMCERTSEL="SubjectAttr:2.5.29.1‸7 = x"')!.contents, /Subject alternative name: OID `2\.5\.29\.17`, no short name\./);
  assert.equal(hoverAt('CCMCERTSEL="SubjectAttr:OU = Comp‸uters"'), undefined, 'the criteria text is free');
  // cmHttpsReadiness.exe /Criteria takes the same grammar
  assert.equal(hoverAt('cmhttpsreadiness.exe /Criteria:"SubjectS‸tr:contoso"')!.word, 'SubjectStr');
});

test('cache flags, configuration source letters, site codes and prerequisite files', () => {
  assert.deepEqual(hoverAt('SMSCACHEFLAGS=NTFSONLY;COMP‸RESS'), {
    word: 'COMPRESS',
    start: 23,
    end: 31,
    contents: '**COMPRESS** · `SMSCACHEFLAGS` cache flag\n\nKeep the cache compressed.',
  });
  const letter = hoverAt('SMSCONFIGSOURCE=R‸P')!;
  assert.deepEqual([letter.word, letter.start, letter.end], ['P', 17, 18]);
  assert.equal(letter.contents, '**P** · `SMSCONFIGSOURCE` configuration source\n\nThe installation properties on the command line.\n\nThe letters are read in order; the default is `PU`.');
  assert.match(hoverAt('SMSSITECODE=au‸to', 'ccmsetup', PLAIN)!.contents, /^AUTO · SMSSITECODE keyword\n\nAutomatic site assignment\. The client looks up its site/);
  const config = { ...defaultConfig(), siteCode: 'P01' };
  assert.equal(
    hoverAt('SMSSITECODE=P0‸2', 'ccmsetup', { ...MD, config })!.contents,
    '**P02** · `SMSSITECODE` site code\n\nThe primary site the client is assigned to.\n\nThe configured site code is `P01`.',
  );
  assert.match(hoverAt('/skipprereq:wimgapi.msi;NDP462-KB3151800-x86-x64-AllOS-E‸NU.exe')!.contents, /^\*\*NDP462-KB3151800-x86-x64-AllOS-ENU\.exe\*\* · `\/skipprereq` client prerequisite\n\n\.NET Framework 4\.6\.2/);
  assert.equal(hoverAt('SMSCACHEFLAGS=NOSUCH‸FLAG'), undefined);
});

test('variables, placeholders and free values have no value hover', () => {
  assert.equal(hoverAt('/mp:%M‸P%'), undefined);
  assert.equal(hoverAt('SMSSITECODE=<Site‸ Code>'), undefined);
  assert.equal(hoverAt('/source:\\\\srv\\sh‸are'), undefined);
  assert.equal(hoverAt('/fo‸o'), undefined, 'an unknown parameter');
});

test('the program word says what ccmsetup does', () => {
  const h = hoverAt('@echo off\r\n"%~dp0ccm‸setup.exe" /mp:mp1 SMSSITECODE=P01', 'batch')!;
  assert.equal(h.word, '"%~dp0ccmsetup.exe"');
  assert.match(h.contents, /^\*\*ccmsetup\.exe\*\* · Configuration Manager client installer\n\nDownloads the client files/);
  assert.ok(h.contents.endsWith('[Microsoft documentation](https://learn.microsoft.com/intune/configmgr/core/clients/deploy/about-client-installation-properties#ccmsetupexe-command-line-parameters)'));
  const ps = hoverAt('Start-Process -FilePath ccmsetup‸.exe -ArgumentList "/mp:mp1"', 'powershell', PLAIN)!;
  assert.equal(ps.word, 'ccmsetup.exe');
  assertPlain(ps.contents);
  assert.match(hoverAt('cmhttps‸readiness.exe /Store:ConfigMgr')!.contents, /^\*\*CMHttpsReadiness\.exe\*\* · HTTPS readiness assessment tool/);
});

test('rule ids in suppression directives and anywhere in comments; directive keywords', () => {
  const bat = 'REM ccmlint-disable-next-line CCM3‸03 -- see also CCM311\r\nccmsetup.exe /NoCRLCheck';
  assert.deepEqual(hoverAt(bat, 'batch'), {
    word: 'CCM303',
    start: 30,
    end: 36,
    contents:
      '**CCM303** `crl-check-disabled` · warning\n\n/NoCRLCheck: the client stops checking whether site system certificates were revoked.\n\n' +
      'Offers a fix.\n\n[Rule documentation](https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM303.md)',
  });
  const configured = { ...defaultConfig(), rules: { CCM303: 'error' as const } };
  assert.match(hoverAt(bat, 'batch', { ...MD, config: configured })!.contents, /^\*\*CCM303\*\* `crl-check-disabled` · error \(configured; default warning\)/);
  const off = { ...defaultConfig(), rules: { CCM303: 'off' as const } };
  assert.match(hoverAt(bat, 'batch', { ...PLAIN, config: off })!.contents, /^CCM303 crl-check-disabled · off in the configuration \(default warning\)/);
  assert.equal(hoverAt('REM ccmlint-disable-next-line CCM303 -- see also CCM31‸1\r\nccmsetup.exe /NoCRLCheck', 'batch')!.word, 'CCM311');
  // at the end of the id (the caret after it) the id still shows
  assert.equal(hoverAt('# ccmlint-disable CCM301‸\nSMSDIRECTORYLOOKUP=WINSPROMISCUOUS')!.word, 'CCM301');
  assert.equal(hoverAt('# ccmlint-disable CCM99‸9\nSMSSITECODE=P01'), undefined, 'an unknown rule id');
  const kw = hoverAt('<# ccmlint-disable-next‸-line CCM303 #>\r\n& ccmsetup.exe /NoCRLCheck', 'powershell', PLAIN)!;
  assert.equal(kw.word, 'ccmlint-disable-next-line');
  assert.equal(
    kw.contents,
    'ccmlint-disable-next-line · ccmlint suppression directive\n\n' +
      'Suppresses the listed rules (all rules without ids) on the next line, or on the whole statement that starts there. Add the reason after --.\n\n' +
      'A directive that suppresses nothing is reported as CCM000.',
  );
  assert.equal(hoverAt('REM just a com‸ment\r\nccmsetup.exe', 'batch'), undefined);
});

test('hosts: escaped PowerShell strings, XML entities, tcf files, CCMSETUPCMD', () => {
  const ps = hoverAt('Start-Process ccmsetup.exe -ArgumentList "CCMCERTSEL=`"SubjectS‸tr:contoso.com`" SMSSITECODE=P01"', 'powershell')!;
  assert.equal(ps.word, 'SubjectStr');
  const xml = hoverAt('<variable name="SMSClientInstallProperties">SMSCACHEFLAGS=&quot;NTFSONLY;COMP‸RESS&quot;</variable>', 'xml')!;
  assert.deepEqual([xml.word, xml.start, xml.end], ['COMPRESS', 73, 81]);
  assert.equal(hoverAt('[Client Install]\r\nInstall=INSTALL=ALL SMSSITE‸CODE=P01', 'tcf')!.word, 'SMSSITECODE');
  const cmd = hoverAt('msiexec /i ccmsetup.msi CCMSETUP‸CMD="/mp:x SMSSITECODE=P01"', 'batch', PLAIN)!;
  assert.equal(cmd.word, 'CCMSETUPCMD');
  assert.match(cmd.contents, /^CCMSETUPCMD · ccmsetup\.msi property\n\nCCMSETUPCMD="<ccmsetup parameters> <Client\.msi properties>"/);
  assert.equal(hoverAt('msiexec /i ccmsetup.msi CCMSETUPCMD="/mp:x SMSSITE‸CODE=P01"', 'batch')!.word, 'SMSSITECODE');
});

test('edge offsets: 0, the end of the document, between tokens, inside quotes, an empty file', () => {
  assert.equal(hoverAt('‸SMSSITECODE=P01')!.word, 'SMSSITECODE');
  assert.equal(hoverAt('SMSSITECODE=AUTO‸')!.word, 'AUTO', 'the end of the document shows the word before it');
  assert.equal(hoverAt('/UsePKICert ‸ SMSSITECODE=P01'), undefined, 'whitespace between tokens');
  assert.equal(hoverAt('/UsePKICert ‸SMSSITECODE=P01')!.word, 'SMSSITECODE');
  assert.equal(hoverAt('/mp‸:mp1')!.word, '/mp', 'the cursor at the end of a name, before its separator');
  assert.equal(hoverAt('SMSCACHEDIR="C:\\Win‸dows\\ccmcache"'), undefined, 'a path has no value hover');
  assert.equal(hoverAt('CCMCERTSEL=‸"Subject:x"'), undefined, 'the opening quote');
  assert.equal(hoverAt('‸'), undefined);
  assert.equal(hoverAt('‸', 'batch'), undefined);
  assert.equal(hoverAt('echo hello‸ world', 'batch'), undefined, 'outside any command line');
});
