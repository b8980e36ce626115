// The certificate summary editor: opening a .cer, .crt, .der or .pem file (or a .pfx) shows what the
// certificate is and how it fits each ConfigMgr role. The language server reads and judges the file
// (request `ccmlint/certificate`); this file only renders its answer as static HTML (no scripts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderCertificate, type CertificateResponse as Response } from './certificate-html';

/** Opens by default for binary certificate files (.cer .crt .der .pfx .p12). */
export const CERTIFICATE_VIEW_TYPE = 'ccmlint.certificate';
/** The same view for .pem files, offered under "Open With..." (PEM is text that people also edit). */
export const PEM_VIEW_TYPE = 'ccmlint.certificate.pem';
export const SHOW_CERTIFICATE_COMMAND = 'ccmlint.showCertificateSummary';

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
