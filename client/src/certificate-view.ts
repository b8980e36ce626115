// The certificate summary editor: opening a .cer, .crt, .der or .pem file (or a .pfx) shows what the
// certificate is and how it fits each ConfigMgr role. The language server reads and judges the file
// (request `ccmlint/certificate`); this file only renders its answer as static HTML (no scripts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Opens by default for binary certificate files (.cer .crt .der .pfx .p12). */
export const CERTIFICATE_VIEW_TYPE = 'ccmlint.certificate';
/** The same view for .pem files, offered under "Open With..." (PEM is text that people also edit). */
export const PEM_VIEW_TYPE = 'ccmlint.certificate.pem';
export const SHOW_CERTIFICATE_COMMAND = 'ccmlint.showCertificateSummary';

type Status = 'pass' | 'warn' | 'fail';

interface Response {
  kind: 'certificate' | 'pkcs12' | 'invalid' | 'error';
  note?: string;
  expired?: boolean;
  notYetValid?: boolean;
  findings?: string[];
  summary?: {
    subject: string;
    issuer: string;
    notBefore?: string;
    notAfter?: string;
    signatureAlgorithm: string;
    key: string;
    serialNumber: string;
    sha1: string;
    sha256: string;
    enhancedKeyUsages?: { oid: string; name?: string }[];
    keyUsage?: string[];
    dnsNames: string[];
    isCA: boolean;
    selfIssued: boolean;
  };
  roles?: { role: string; title: string; verdict: Status; checks: { label: string; status: Status; why: string }[] }[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const MARK: Record<Status, string> = { pass: '✔ pass', warn: '⚠ check', fail: '✖ fail' };

/** Static HTML for the server's answer; every value is escaped. */
export function renderCertificate(name: string, r: Response): string {
  const rows: [string, string][] = [];
  let body = '';
  if (r.kind !== 'certificate' || !r.summary) {
    body = `<p class="note ${r.kind}">${esc(r.note ?? 'Not a certificate.')}</p>`;
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

class CertificateDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

/** Opens certificate files read-only in a webview with the summary the server computes. */
export class CertificateEditorProvider implements vscode.CustomReadonlyEditorProvider<CertificateDocument> {
  /** The last HTML shown for each file (the editor tests read it). */
  readonly rendered = new Map<string, string>();
  private readonly didRender = new vscode.EventEmitter<string>();
  /** Fires with the file's URI each time a summary has been rendered. */
  readonly onDidRender = this.didRender.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  openCustomDocument(uri: vscode.Uri): CertificateDocument {
    return new CertificateDocument(uri);
  }

  async resolveCustomEditor(document: CertificateDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false };
    const name = path.basename(document.uri.fsPath || document.uri.path);
    let response: Response;
    const client = this.client();
    if (!client) {
      response = { kind: 'error', note: 'The ccmlint language server is not running; run "ccmlint: Restart Language Server".' };
    } else {
      try {
        response = await client.sendRequest<Response>('ccmlint/certificate', { uri: document.uri.toString() });
      } catch (err) {
        response = { kind: 'error', note: `The language server could not read the file: ${(err as Error).message}` };
      }
    }
    const html = renderCertificate(name, response);
    this.rendered.set(document.uri.toString(), html);
    panel.webview.html = html;
    this.didRender.fire(document.uri.toString());
  }
}

/** Registers the editor and the command that opens it (for the active file, a file from the explorer, or one picked). */
export function registerCertificateView(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): CertificateEditorProvider {
  const provider = new CertificateEditorProvider(client);
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(CERTIFICATE_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
    vscode.window.registerCustomEditorProvider(PEM_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(SHOW_CERTIFICATE_COMMAND, async (arg?: vscode.Uri) => {
      let uri = arg instanceof vscode.Uri ? arg : activeFile();
      if (!uri) {
        const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Certificates: ['cer', 'crt', 'der', 'pem', 'pfx', 'p12'] }, openLabel: 'Show summary' });
        uri = picked?.[0];
      }
      if (uri) await vscode.commands.executeCommand('vscode.openWith', uri, /\.pem$/i.test(uri.path) ? PEM_VIEW_TYPE : CERTIFICATE_VIEW_TYPE);
    }),
  );
  return provider;
}

function activeFile(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return undefined;
}
