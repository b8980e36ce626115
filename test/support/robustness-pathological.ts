// Pathological inputs for the robustness tests: each family builds a document body of about n characters,
// and wrap() puts it where each host language hands it to the command-line parser.
import type { HostLanguage } from '../../server/src/locate/region';

const LINE = '/mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTSEL="SubjectAttr:OU = Computers" SMSCACHEFLAGS=NTFSONLY;COMPRESS ';

const times = (s: string, n: number) => s.repeat(Math.max(1, Math.ceil(n / s.length)));

/** Body builders by family name; n is the approximate length in characters. */
export const FAMILIES: Record<string, (n: number) => string> = {
  // one long value: the line is long, the number of settings is not
  'long line, one value': (n) => `/mp:https://mp1.contoso.com SMSSITECODE=P01 CCMCERTSEL="SubjectAttr:OU = ${times('Computers ', n)}" /UsePKICert`,
  // a realistic command line repeated: many settings (and duplicates) on one line
  'long line, repeated settings': (n) => times(LINE, n),
  // one setting again and again: every repeat is a duplicate
  'one setting repeated': (n) => times('SMSSITECODE=P01 ', n),
  'long line, distinct unknown properties': (n) => {
    let out = '';
    for (let i = 0; out.length < n; i++) out += `PROP${i}=V${i} `;
    return out;
  },
  quotes: (n) => 'SMSSITECODE=P01 ' + '"'.repeat(n),
  'smart quotes': (n) => 'SMSSITECODE=P01 ' + times('\u201C\u201D\u201E', n),
  carets: (n) => 'SMSSITECODE=P01 ' + '^'.repeat(n),
  'caret continuations': (n) => 'SMSSITECODE=P01 ' + times('x ^\r\n', n),
  backticks: (n) => 'SMSSITECODE=P01 ' + '`'.repeat(n),
  'backtick continuations': (n) => 'SMSSITECODE=P01 ' + times('x `\r\n', n),
  'nested subexpressions': (n) => `/mp:${'$('.repeat(n / 4)}x${')'.repeat(n / 4)} SMSSITECODE=P01`,
  'nested strings': (n) => `/mp:"${'$("'.repeat(n / 6)}x${'")'.repeat(n / 6)}" SMSSITECODE=P01`,
  'nested arrays and script blocks': (n) => `${'@({'.repeat(n / 6)}'/mp:x'${'})'.repeat(n / 6)} SMSSITECODE=P01`,
  'unclosed groups': (n) => times('$( ${ {{ <a [b @( ', n),
  'NUL bytes': (n) => times('/mp:x\0SMSSITECODE=P01\0\0\0\0', n),
  'lone surrogates': (n) => times('\uD800/mp:\uDC00x SMSSITECODE=\uDFFFP01 \uD83D', n),
  'XML entities': (n) => times('&amp;&quot;&#x22;&#34;&lt;&#x', n),
  'comment and directive markers': (n) => times('# REM :: ; <!-- <# ccmlint-disable CCM303 ', n),
  'many short lines': (n) => times('/mp:x SMSSITECODE=P01\r\n', n),
  // a long script in which every (short) command line has a suppression directive above it
  'many suppressed lines': (n) => times('REM ccmlint-disable-next-line CCM303\r\nccmsetup.exe x\r\n', n),
  // a line that starts with a long run of whitespace
  'indented line': (n) => `SMSSITECODE=P01\r\n${' \t'.repeat(n / 2)}ccmsetup.exe /mp:x`,
  // a program word that ends in a long run of closing parentheses
  'closing parentheses': (n) => `SMSSITECODE=P01\r\nccmsetup.exe${')'.repeat(n)}x /mp:x`,
};

/** Puts a body where the host passes it to ccmsetup. */
export function wrap(host: HostLanguage, body: string): string {
  switch (host) {
    case 'batch':
      return `@echo off\r\n"%~dp0ccmsetup.exe" ${body}`;
    case 'powershell':
      return `& "$PSScriptRoot\\ccmsetup.exe" ${body}`;
    case 'tcf':
      return `[Client Install]\r\nInstall=INSTALL=ALL ${body}`;
    case 'xml':
      return `<variable name="SMSClientInstallProperties" property="ClientInstallProperties">${body}</variable>`;
    case 'ccmsetup':
      return `ccmsetup.exe ${body}`;
  }
}
