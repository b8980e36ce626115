// The HTML of the certificate summary editor, from the language server's `ccmlint/certificate` answer.
// Static (no scripts, a strict content security policy) and every value escaped: subjects and names come
// from the file. Free of the vscode API so unit tests can check it.

// the server's own types (type-only: nothing of the server is bundled into the extension for this)
import type { CertificateResponse } from '../../server/src/lsp/certificate';
import type { CheckStatus as Status } from '../../server/src/inspect/cert-roles';

export type { CertificateResponse };

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const MARK: Record<Status, string> = { pass: '✔ pass', warn: '⚠ check', fail: '✖ fail' };

/** Static HTML for the server's answer; every value is escaped. */
export function renderCertificate(name: string, r: CertificateResponse): string {
  const rows: [string, string][] = [];
  let body = '';
  if (r.kind !== 'certificate') {
    body = `<p class="note ${r.kind}">${esc(r.note)}</p>`;
  } else {
    const s = r.summary;
    const eku = s.enhancedKeyUsages === undefined ? 'none listed (any purpose)' : s.enhancedKeyUsages.map((e) => `${e.name ? `${e.name} ` : ''}(${e.oid})`).join(', ') || 'empty';
    rows.push(
      ['Subject', s.subject || '(empty)'],
      ['Issuer', `${s.issuer || '(empty)'}${s.selfIssued ? ' (self-signed)' : ''}`],
      ['Valid from', s.notBefore ?? 'unknown'],
      ['Valid to', `${s.notAfter ?? 'unknown'}${r.expired ? ' (expired)' : r.notYetValid ? ' (not yet valid)' : ''}`],
      ['Serial number', s.serialNumber],
      ['SHA-1 thumbprint', s.sha1],
      ['SHA-256', s.sha256],
      ['Key', s.key],
      ['Signature algorithm', s.signatureAlgorithm],
      ['Enhanced key usage', eku],
      ['Key usage', s.keyUsage ? s.keyUsage.join(', ') || 'none' : 'not restricted'],
      ['DNS names', s.dnsNames.join(', ') || 'none'],
      ['CA certificate', s.isCA ? 'yes' : 'no'],
    );
    body += `<table class="summary">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
    body += `<h2>Findings</h2>${r.findings?.length ? `<ul>${r.findings.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : '<p>None: SHA-2 signed, in date, and the key is strong enough.</p>'}`;
    for (const role of r.roles ?? []) {
      body += `<h2 data-role="${esc(role.role)}">${esc(role.title)}: <span class="${role.verdict}">${MARK[role.verdict]}</span></h2>`;
      body += `<table class="checks">${role.checks.map((c) => `<tr class="${c.status}"><td>${MARK[c.status]}</td><th>${esc(c.label)}</th><td>${esc(c.why)}</td></tr>`).join('')}</table>`;
    }
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${esc(name)}</title>
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { text-align: left; vertical-align: top; padding: .2em .8em .2em 0; }
table.summary td { font-family: var(--vscode-editor-font-family); word-break: break-all; }
.pass { color: var(--vscode-testing-iconPassed, green); }
.warn { color: var(--vscode-editorWarning-foreground, orange); }
.fail, .note.pkcs12 { color: var(--vscode-errorForeground, red); }
tr.pass th, tr.warn th, tr.fail th, tr td:last-child { color: var(--vscode-foreground); }
</style></head><body>
<h1>${esc(name)}</h1>
<p>Certificate summary by ccmlint, with checks for the roles a certificate plays in ConfigMgr. Read from the file only; nothing is sent anywhere.</p>
${body}
</body></html>`;
}
