// "Explain this command line": the model (settings with effective values and defaults, the management
// point trust chain, findings), its text form for the CLI and its HTML form for the webview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/analyse/analyse';
import { DEFAULTED_SETTINGS, HIDDEN, explain, explainToText, lineOnRow, type ExplainModel, type StepId } from '../../server/src/features/explain';
import { findSetting } from '../../server/src/knowledge';
import type { HostLanguage } from '../../server/src/locate/region';
import type { Environment } from '../../server/src/analyse/config';
import { renderExplainHtml } from '../../client/src/explain-html';

function model(text: string, host: HostLanguage = 'ccmsetup', offset?: number, environment: Environment = {}): { m: ExplainModel; text: string } {
  const m = explain(analyse(text, host, { config: { rules: {}, environment } }), text, offset, { environment });
  assert.ok(m, 'a model');
  return { m, text };
}

/** The chain as id -> "status rule,rule" for exact comparison. */
function chain(m: ExplainModel): Record<StepId, string> {
  return Object.fromEntries(m.chain.map((s) => [s.id, `${s.status}${s.rules.length ? ' ' + s.rules.join(',') : ''}`])) as Record<StepId, string>;
}

const written = (m: ExplainModel) => m.settings.filter((s) => s.state !== 'default');
const defaults = (m: ExplainModel) => m.settings.filter((s) => s.state === 'default');
const setting = (m: ExplainModel, name: string) => m.settings.find((s) => s.name === name);

const PKI = 'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=\\\\srv\\keys\\sign.cer\r\n';

test('PKI line: chain statuses with the rules behind them, written settings with values and exact ranges', () => {
  const { m, text } = model(`@echo off\r\n${PKI}`, 'batch');
  assert.deepEqual(chain(m), {
    mp: 'ok',
    trust: 'ok',
    signing: 'weak CCM308', // a UNC share: information, the share needs SMB signing
    auth: 'weak CCM315', // no issuers list
    crl: 'ok',
    internet: 'off',
  });
  assert.equal(m.chain.find((s) => s.id === 'trust')!.summary, "PKI: the management point's certificate must chain to a trusted root CA");
  assert.equal(m.chain.find((s) => s.id === 'signing')!.summary, 'Pinned from \\\\srv\\keys\\sign.cer');
  assert.equal(m.chain.find((s) => s.id === 'crl')!.summary, 'On (default)');
  assert.deepEqual(m.chain.find((s) => s.id === 'auth')!.settings, ['/UsePKICert']);
  assert.deepEqual(m.verdict, { ok: 3, weak: 2, broken: 0, off: 1 });
  assert.equal(m.index, 1);
  assert.equal(m.count, 1);
  assert.equal(m.kind, 'ccmsetup');
  assert.equal(m.commandLine, PKI.trim());
  assert.equal(m.range.startLine, 1);
  assert.deepEqual(
    written(m).map((s) => [s.name, s.state, s.value, text.slice(s.range!.start, s.range!.end)]),
    [
      ['/mp', 'written', 'https://mp1.contoso.com', '/mp:https://mp1.contoso.com'],
      ['/UsePKICert', 'written', 'on', '/UsePKICert'],
      ['SMSSITECODE', 'written', 'P01', 'SMSSITECODE=P01'],
      ['SMSSIGNCERT', 'written', '\\\\srv\\keys\\sign.cer', 'SMSSIGNCERT=\\\\srv\\keys\\sign.cer'],
    ],
  );
  assert.equal(setting(m, 'SMSSITECODE')!.meaning, findSetting('SMSSITECODE')!.summary);
  assert.deepEqual(
    m.findings.map((f) => [f.rule, f.severity, f.text, f.docs]),
    [
      ['CCM315', 'information', '/UsePKICert', 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM315.md'],
      ['CCM308', 'information', '\\\\srv\\keys\\sign.cer', 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM308.md'],
    ],
  );
});

test('defaults: every setting left out is listed once with the knowledge base default; written ones are not repeated', () => {
  const { m } = model(PKI);
  const d = defaults(m);
  const names = d.map((s) => s.name);
  assert.equal(new Set(names).size, names.length);
  for (const n of ['/mp', '/UsePKICert', 'SMSSITECODE', 'SMSSIGNCERT']) assert.ok(!names.includes(n), n);
  assert.deepEqual(
    ['SMSCACHESIZE', 'SMSDIRECTORYLOOKUP', '/NoCRLCheck', 'CCMHTTPSPORT', 'SMSCACHEDIR', 'CCMLOGLEVEL'].map((n) => [n, setting(m, n)?.state, setting(m, n)?.value]),
    [
      ['SMSCACHESIZE', 'default', '5120 MB (older documentation); in practice the cache-size client settings decide.'],
      ['SMSDIRECTORYLOOKUP', 'default', 'WINSSECURE'],
      ['/NoCRLCheck', 'default', 'Off: the CRL is checked.'],
      ['CCMHTTPSPORT', 'default', '443'],
      ['SMSCACHEDIR', 'default', '%WinDir%\\ccmcache'],
      ['CCMLOGLEVEL', 'default', '1'],
    ],
  );
  // every entry of the list has a default in the knowledge base, so nothing silently drops out
  for (const n of DEFAULTED_SETTINGS) assert.ok(findSetting(n)?.default, `${n} has a default`);
  // with nothing written, the site code default shows AUTO
  const bare = model('ccmsetup.exe /mp:mp1.contoso.com').m;
  assert.equal(setting(bare, 'SMSSITECODE')!.value, 'AUTO behaviour when omitted.');
  assert.equal(setting(bare, '/UsePKICert')!.value, 'Off: HTTP with a self-signed certificate.');
});

test('WINSPROMISCUOUS breaks the management point source step (CCM301); the value keyword is explained', () => {
  const { m } = model('ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS');
  assert.deepEqual(chain(m), { mp: 'broken CCM301', trust: 'ok', signing: 'ok', auth: 'ok', crl: 'off', internet: 'off' });
  const mp = m.chain[0];
  assert.equal(mp.summary, "/mp mp1.contoso.com → AD DS → DNS in the client's domain → WINS, unchecked");
  assert.deepEqual(mp.settings, ['/mp', 'SMSDIRECTORYLOOKUP']);
  assert.match(setting(m, 'SMSDIRECTORYLOOKUP')!.valueMeaning!, /^Removed in System Center 2012 and insecure/);
  assert.deepEqual(m.findings.map((f) => [f.rule, f.severity]), [['CCM301', 'error']]);
  // NOWINS takes WINS out of the chain and nothing is flagged
  const nowins = model('ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSDIRECTORYLOOKUP=NOWINS').m;
  assert.equal(nowins.chain[0].status, 'ok');
  assert.equal(nowins.chain[0].summary, "/mp mp1.contoso.com → AD DS → DNS in the client's domain");
  // WINSSECURE keeps a spoofable lookup: weak, CCM302
  assert.equal(chain(model('ccmsetup.exe /mp:mp1 SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSSECURE DNSSUFFIX=corp.contoso.com').m).mp, 'weak CCM302');
  assert.equal(model('ccmsetup.exe /mp:mp1 SMSSITECODE=P01 DNSSUFFIX=corp.contoso.com').m.chain[0].summary, '/mp mp1 → AD DS → DNS in corp.contoso.com → WINS (HTTP only)');
});

test('a root key without a site code breaks the trust anchor (CCM304); with the site code it holds', () => {
  const { m } = model('ccmsetup.exe /mp:mp1.contoso.com SMSPUBLICROOTKEY=0602000000A400005253413100080000');
  assert.deepEqual(chain(m), { mp: 'ok', trust: 'broken CCM304', signing: 'ok', auth: 'ok', crl: 'off', internet: 'off' });
  assert.equal(m.chain[1].summary, 'SMSPUBLICROOTKEY without a site code');
  assert.deepEqual(m.chain[1].settings, ['SMSPUBLICROOTKEY']);
  assert.equal(setting(m, 'SMSSITECODE')!.state, 'default');
  const fixed = model('ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSPUBLICROOTKEY=0602000000A400005253413100080000').m;
  assert.deepEqual(chain(fixed), { mp: 'ok', trust: 'ok', signing: 'ok', auth: 'ok', crl: 'off', internet: 'off' });
  assert.equal(fixed.chain[1].summary, 'Trusted root key written here, site P01');
  // both key forms at once contradict each other
  const both = model('ccmsetup.exe SMSSITECODE=P01 SMSPUBLICROOTKEY=0602 SMSROOTKEYPATH=C:\\Windows\\key.txt').m;
  assert.equal(chain(both).trust, 'broken CCM109');
});

test('no anchor at all: the client trusts the first management point (CCM310); the environment decides how bad', () => {
  const line = 'ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=AUTO';
  const { m } = model(line);
  assert.equal(chain(m).trust, 'weak CCM310');
  assert.equal(m.chain[1].summary, 'Trusts the first management point it reaches');
  assert.equal(chain(model(line, 'ccmsetup', undefined, { adPublished: true }).m).trust, 'ok');
  // an explicit site code reads the key from AD DS: fine unless the site says it does not publish there
  assert.equal(chain(model('ccmsetup.exe /mp:mp1 SMSSITECODE=P01').m).trust, 'ok');
  const noAd = model('ccmsetup.exe /mp:mp1 SMSSITECODE=P01', 'ccmsetup', undefined, { adPublished: false }).m;
  assert.equal(noAd.chain[1].status, 'weak');
  assert.equal(noAd.chain[1].summary, 'From AD DS for site P01');
  // the key removed and nothing in its place
  assert.equal(chain(model('ccmsetup.exe /mp:mp1 RESETKEYINFORMATION=TRUE').m).trust, 'weak CCM305,CCM310');
});

test('internet client with CCMHOSTNAME and /regtoken: gateway step, signing certificate from the gateway, the token never in the model', () => {
  const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJUeXBlIjoiQnVsa1JlZ2lzdHJhdGlvbiJ9.c2lnbmF0dXJl';
  const line = `ccmsetup.exe /mp:https://contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500 CCMHOSTNAME=contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500 SMSSITECODE=P01 /regtoken:${token}`;
  const { m } = model(line);
  assert.equal(m.internetClient, true);
  assert.deepEqual(chain(m), { mp: 'ok', trust: 'ok', signing: 'weak CCM306', auth: 'ok', crl: 'ok', internet: 'weak CCM312' });
  assert.equal(m.chain.find((s) => s.id === 'auth')!.summary, 'Bulk registration token (/regtoken)');
  assert.equal(m.chain.find((s) => s.id === 'signing')!.summary, 'Downloaded from the management point');
  assert.equal(
    m.chain.find((s) => s.id === 'internet')!.summary,
    'CCMHOSTNAME contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500, /regtoken, gateway /mp https://contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500',
  );
  assert.ok(!JSON.stringify(m).includes(token), 'the literal token is not in the model');
  assert.ok(!JSON.stringify(m).includes(token.slice(0, 20)));
  assert.equal(setting(m, '/regtoken')!.value, `a literal token ${HIDDEN}`);
  assert.ok(m.commandLine.endsWith(`/regtoken:${HIDDEN}`), m.commandLine);
  assert.deepEqual(m.findings.map((f) => f.rule), ['CCM306', 'CCM006', 'CCM312']);
  // a variable is not a secret: it is shown, marked as known only at run time
  const dyn = model('ccmsetup.exe CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/1 SMSSITECODE=P01 SMSSIGNCERT=C:\\Windows\\sign.cer /regtoken:%TOKEN%').m;
  assert.equal(setting(dyn, '/regtoken')!.value, '%TOKEN% (known only when the script runs)');
  assert.equal(setting(dyn, '/regtoken')!.dynamic, true);
  assert.equal(dyn.chain.find((s) => s.id === 'signing')!.status, 'ok');
});

test('internet client without a site code: the gateway step is broken, and without PKI the trust anchor too', () => {
  const { m } = model('ccmsetup.exe /UsePKICert CCMALWAYSINF=1 CCMHOSTNAME=mp.contoso.com SMSSIGNCERT=C:\\Windows\\sign.cer');
  const c = chain(m);
  assert.equal(c.internet, 'broken CCM203');
  assert.equal(c.mp, 'ok');
  assert.equal(m.chain[0].summary, 'CCMHOSTNAME mp.contoso.com (internet)', 'always-internet clients never look in AD DS, DNS or WINS');
  assert.equal(c.crl, 'ok');
  assert.equal(c.trust, 'ok', 'PKI to an internet management point anchors trust');
  const token = model('ccmsetup.exe CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/1 /regtoken:%T%').m;
  assert.equal(chain(token).trust, 'broken CCM310');
  assert.equal(token.chain[1].summary, 'Internet client without a site code');
  assert.equal(chain(token).internet, 'broken CCM203');  // https to a gateway without a client certificate does not save an AUTO internet client
  const auto = model('ccmsetup.exe /mp:https://cmg.contoso.com/CCM_Proxy_MutualAuth/1 CCMALWAYSINF=1 SMSSITECODE=AUTO').m;
  assert.equal(auto.chain[1].status, 'broken');
  assert.match(auto.chain[1].reason, /CCM203, in the gateway step/);
  assert.equal(auto.chain[0].summary, '/mp https://cmg.contoso.com/CCM_Proxy_MutualAuth/1');
  // an empty SMSSITECODE= assigns nothing
  const empty = model('ccmsetup.exe /mp:mp1 SMSSITECODE=').m;
  assert.equal(empty.chain[1].summary, 'Trusts the first management point it reaches');
});

test('unknown and misspelt settings are shown as such, with the did-you-mean', () => {
  const { m } = model('ccmsetup.exe /quiet /mp:mp1 SMSSITECODE=P01 SMSCACHSIZE=10240');
  const unknown = m.settings.filter((s) => s.state === 'unknown');
  assert.deepEqual(
    unknown.map((s) => [s.name, s.kind, s.value, s.suggestion]),
    [
      ['/quiet', 'parameter', 'on', undefined],
      ['SMSCACHSIZE', 'property', '10240', 'SMSCACHESIZE'],
    ],
  );
  // the real SMSCACHESIZE was not written, so its default still applies
  assert.equal(setting(m, 'SMSCACHESIZE')!.state, 'default');
  assert.deepEqual(m.findings.map((f) => f.rule), ['CCM101', 'CCM102']);
});

test('the command line under the cursor is explained; outside every command line, the first one', () => {
  const text = '@echo off\r\nccmsetup.exe /mp:mp1 SMSSITECODE=P01\r\necho done\r\nccmsetup.exe /mp:mp2 SMSSITECODE=P02 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\r\n';
  const second = model(text, 'batch', text.indexOf('mp2')).m;
  assert.equal(second.index, 2);
  assert.equal(second.count, 2);
  assert.equal(second.range.startLine, 3);
  assert.equal(setting(second, 'SMSSITECODE')!.value, 'P02');
  assert.deepEqual(second.findings.map((f) => f.rule), ['CCM301'], 'only the findings of that command line');
  const first = model(text, 'batch', text.indexOf('echo done')).m;
  assert.equal(first.index, 1);
  assert.deepEqual(first.findings, []);
  const a = analyse(text, 'batch');
  assert.equal(lineOnRow(a, text, 3)?.index, 1);
  assert.equal(lineOnRow(a, text, 2), undefined);
  assert.equal(explain(analyse('@echo off\r\necho nothing here\r\n', 'batch'), '@echo off\r\necho nothing here\r\n', 0), undefined);
});

test('PowerShell: settings from an argument array defined above the call belong to that command line (findings, cursor, --line)', () => {
  const text = [
    '$args = @(',
    "    '/mp:contoso.cloudapp.net/CCM_Proxy_MutualAuth/1'",
    "    'CCMHOSTNAME=https://contoso.cloudapp.net/CCM_Proxy_MutualAuth/1'",
    "    'SMSSITECODE=P01'",
    ')',
    'Start-Process -FilePath ccmsetup.exe -ArgumentList $args -Wait',
    '',
  ].join('\n');
  const a = analyse(text, 'powershell');
  assert.equal(a.lines.length, 1);
  const m = explain(a, text, text.indexOf('SMSSITECODE'))!;
  assert.ok(m, 'the cursor inside the array picks the command line');
  assert.equal(m.range.startLine, 5);
  assert.deepEqual(m.findings.map((f) => [f.rule, f.range.startLine]), [['CCM201', 1], ['CCM306', 2], ['CCM202', 2]]);
  assert.equal(chain(m).internet, 'broken CCM201,CCM202');
  assert.equal(lineOnRow(a, text, 3)?.index, 0);
  assert.equal(m.settings.find((s) => s.name === 'SMSSITECODE')!.range!.startLine, 3);
});

test('an internet client without PKI trusts the gateway by its HTTPS certificate, not AD DS', () => {
  const { m } = model('ccmsetup.msi CCMSETUPCMD="CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/1 SMSSITECODE=P01 SMSSIGNCERT=C:\\Windows\\sign.cer"', 'batch');
  assert.equal(m.kind, 'ccmsetupcmd');
  assert.deepEqual(chain(m), { mp: 'ok', trust: 'ok', signing: 'ok', auth: 'ok', crl: 'ok', internet: 'ok' });
  assert.equal(m.chain[1].summary, 'HTTPS certificate of the gateway or internet management point');
  assert.equal(m.chain[3].summary, 'Microsoft Entra ID (Entra-joined device)');
});

test('an uninstall line lists no installation defaults', () => {
  const { m } = model('ccmsetup.exe /uninstall');
  assert.equal(m.removalOrRepair, true);
  assert.deepEqual(m.settings.map((s) => [s.name, s.state]), [['/uninstall', 'written']]);
});

test('a cmHttpsReadiness.exe line has no management point chain and no installation defaults, only a note', () => {
  const text = 'CMHttpsReadiness.exe /Issuers:"CN=Contoso Root CA" /Criteria:"SubjectStr:contoso.com" /SelectFirstCert\r\n';
  const { m } = model(text, 'batch');
  assert.equal(m.kind, 'readiness');
  assert.deepEqual(m.chain, []);
  assert.deepEqual(m.verdict, { ok: 0, weak: 0, broken: 0, off: 0 });
  assert.deepEqual(m.settings.map((s) => [s.name, s.state]), [['/Issuers', 'written'], ['/Criteria', 'written'], ['/SelectFirstCert', 'written']]);
  assert.match(m.note!, /^cmHttpsReadiness\.exe only checks which client certificate/);
  const out = explainToText(m);
  assert.ok(!out.includes('How the client finds'));
  assert.ok(out.includes(m.note!));
  const html = renderExplainHtml(m, { nonce: 'n' });
  assert.ok(!html.includes('class="chain"') && !html.includes('defaults apply'));
});

test('text form: the chain as a diagram with statuses and rule ids, the settings and the findings', () => {
  const { m } = model('ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS');
  const out = explainToText(m, 'install.cmd').split('\n');
  assert.equal(out[0], 'Command line 1 of 1 (install.cmd:1, ccmsetup.exe command line)');
  assert.equal(out[1], '  ccmsetup.exe /mp:mp1.contoso.com SMSSITECODE=P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS');
  assert.equal(out[3], 'How the client finds and trusts its management point: 3 ok, 0 weak, 1 broken, 2 not used');
  assert.equal(out[4], "  [BROKEN] Management point source: /mp mp1.contoso.com → AD DS → DNS in the client's domain → WINS, unchecked");
  assert.match(out[5], /\(CCM301\)$/);
  assert.equal(out[6], '      |');
  assert.equal(out[7], '  [OK]     Trust anchor: From AD DS for site P01');
  assert.ok(out.includes('Written (3)'));
  assert.ok(out.some((l) => /^ {2}SMSCACHESIZE +=/.test(l)));
  assert.ok(out.includes('Findings (1)'));
  assert.ok(out.some((l) => l.startsWith('  1:') && l.includes('error  CCM301 wins-promiscuous')));
});

test('HTML form: strict CSP with a nonce, nothing loaded from outside, every text escaped, reveal ranges and rule links', () => {
  const { m } = model('ccmsetup.exe /mp:mp1 SMSSITECODE=P01 CCMADMINS="<script>alert(1)</script>" SMSDIRECTORYLOOKUP=WINSPROMISCUOUS');
  const html = renderExplainHtml(m, { nonce: 'abc123' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';");
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal((html.match(/<script\b/g) ?? []).length, 1);
  assert.match(html, /<script nonce="abc123">/);
  assert.doesNotMatch(html, /\b(src|href)="(?!#|https:\/\/learn\.microsoft\.com\/)/, 'no resources; links only to the docs');
  assert.match(html, /<li class="step broken" data-step="mp">/);
  assert.match(html, /data-rule="CCM301"/);
  const wins = m.settings.find((s) => s.name === 'SMSDIRECTORYLOOKUP')!;
  assert.ok(html.includes(`data-reveal="${wins.range!.start},${wins.range!.end}"`));
  assert.ok(html.includes('Settings written (4)'));
});
