// Signature help inside values: the syntax, the active value placeholder, the summary and the grammar in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { signatureHelp, valuePlaceholder } from '../../server/src/features/signature-help';
import type { FeatureOptions } from '../../server/src/features/types';
import { findParameter, findProperty } from '../../server/src/knowledge';
import type { HostLanguage } from '../../server/src/locate/region';

const CARET = '‸';
const MD: FeatureOptions = { markdown: true, snippets: false };
const PLAIN: FeatureOptions = { markdown: false, snippets: false };

function sigAt(src: string, host: HostLanguage = 'ccmsetup', opts: FeatureOptions = MD) {
  const offset = src.indexOf(CARET);
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const r = signatureHelp(analyse(text, host), text, offset, opts);
  return r && { ...r, active: r.label.slice(r.parameter[0], r.parameter[1]) };
}

test('/mp: the list syntax, the value placeholder active, the grammar in words', () => {
  assert.deepEqual(sigAt('ccmsetup.exe /mp:‸'), {
    label: '/mp:<server>[;<server>...]',
    documentation: findParameter('/mp')!.summary,
    parameter: [4, 26],
    parameterDocumentation:
      'One or more entries separated by `;`, each a management point: a server name or FQDN, prefixed with `https://` when it accepts ' +
      'only HTTPS, or a cloud management gateway URL `https://<CMG host>/CCM_Proxy_MutualAuth/<id>`.',
    active: '<server>[;<server>...]',
  });
  const plain = sigAt('ccmsetup.exe /mp:mp1;m‸p2', 'ccmsetup', PLAIN)!;
  assert.equal(
    plain.parameterDocumentation,
    'One or more entries separated by ;, each a management point: a server name or FQDN, prefixed with https:// when it accepts only HTTPS, or a cloud management gateway URL https://<CMG host>/CCM_Proxy_MutualAuth/<id>.',
  );
  assert.equal(plain.active, '<server>[;<server>...]');
});

test('CCMCERTSEL: the whole value until the keyword is written, then that alternative', () => {
  const label = findProperty('CCMCERTSEL')!.syntax;
  const open = sigAt('CCMCERTSEL="Sub‸"')!;
  assert.deepEqual([open.label, open.active], [label, '"Subject:<exact>" | "SubjectStr:<partial>" | "SubjectAttr:<OID or attribute> = <value>"']);
  assert.equal(open.parameterDocumentation, '`Subject:<text>` (exact match in the subject or SAN), `SubjectStr:<text>` (substring match) or `SubjectAttr:<OID or attribute> = <value>`. Quote the whole value.');
  const attr = sigAt('CCMCERTSEL="SubjectAttr:OU = Comp‸"', 'ccmsetup', PLAIN)!;
  assert.deepEqual([attr.active, attr.parameter], ['"SubjectAttr:<OID or attribute> = <value>"', [56, 98]]);
  assert.equal(attr.parameterDocumentation, 'SubjectAttr: Match of one subject attribute, named by OID or short name: SubjectAttr:OU = Computers.');
  assert.equal(sigAt('CCMCERTSEL="subjectstr:‸"')!.active, '"SubjectStr:<partial>"', 'keywords match in any case');
  assert.equal(sigAt('cmhttpsreadiness.exe /Criteria:"Subject:‸"')!.active, '"Subject:<exact>"');
});

test('other grammars: enums, 0/1, integers, optional values, letters, prerequisite files', () => {
  assert.deepEqual(
    [sigAt('/BITSPriority:‸')!.active, sigAt('/BITSPriority:‸')!.parameterDocumentation],
    ['FOREGROUND|HIGH|NORMAL|LOW', 'One of `FOREGROUND`, `HIGH`, `NORMAL`, `LOW` (any case).'],
  );
  assert.equal(sigAt('CCMLOGLEVEL=‸')!.parameterDocumentation, 'One of `0`, `1`, `2`, `3`.');
  assert.match(sigAt('CCMALWAYSINF=‸', 'ccmsetup', PLAIN)!.parameterDocumentation!, /^0 or 1\. 0: Not forced onto the internet[^`]* 1: Always internet-based/);
  assert.equal(sigAt('CCMEVALHOUR=1‸')!.parameterDocumentation, 'A whole number (hour of day) from 0 to 23.');
  assert.deepEqual([sigAt('/native:‸')!.label, sigAt('/native:‸')!.active], ['/native[:<option>]', '<option>']);
  assert.equal(sigAt('SMSMP=‸')!.active, '[https://]<management point>');
  assert.equal(sigAt('SMSCONFIGSOURCE=P‸')!.parameterDocumentation, 'Letters `R`, `P`, `M`, `U` in search order, each at most once (default `PU`).');
  assert.equal(sigAt('/skipprereq:‸')!.parameterDocumentation, 'One or more entries separated by `;`, each a prerequisite file name such as wimgapi.msi.');
  assert.equal(sigAt('& ccmsetup.exe /source:"C:\\Client Fi‸les"', 'powershell')!.active, '<local or UNC path>');
  assert.deepEqual(valuePlaceholder('SMSSITECODE=<site code>|AUTO', 'SMSSITECODE'), [12, 28]);
  assert.deepEqual(valuePlaceholder('PATCH="<full path>.msp[;<full path>.msp...]"', 'PATCH'), [6, 44]);
});

test('no signature on names, flags, unknown settings, comments or outside command lines', () => {
  assert.equal(sigAt('ccmsetup.exe /UsePKICert‸'), undefined);
  assert.equal(sigAt('ccmsetup.exe /mp‸:x'), undefined, 'the caret before the separator is in the name');
  assert.equal(sigAt('ccmsetup.exe /foo:‸'), undefined);
  assert.equal(sigAt('ccmsetup.exe /mp:x ‸'), undefined);
  assert.equal(sigAt('# /mp:‸'), undefined);
  assert.equal(sigAt('echo /mp:‸', 'batch'), undefined);
  assert.equal(sigAt('‸'), undefined);
});
