// "ccmlint: Explain this command line": a webview beside the editor that shows, for the command line under
// the cursor, every setting with its effective value (defaults included), how the client will find and
// trust its management point, and the findings. The server builds the model (ccmlint/explain); this file
// only asks for it, renders it (explain-html.ts) and keeps it current as the document or cursor changes.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExplainModel } from '../../server/src/features/explain';
import { renderExplainHtml } from './explain-html';

export const EXPLAIN_COMMAND = 'ccmlint.explainCommandLine';
export const EXPLAIN_VIEW_TYPE = 'ccmlint.explain';
const EXPLAIN_REQUEST = 'ccmlint/explain';
const REFRESH_MS = 250;

export type ServerExplainModel = ExplainModel & { uri: string; version: number };

/** What the command returns and the view last showed (tests assert on it). */
export interface ExplainResult {
  viewType: string;
  title: string;
  uri: string;
  model: ServerExplainModel | null;
  html: string;
}

function emptyHtml(nonce: string, message: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}';`;
  const text = message.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style nonce="${nonce}">body{font-family:var(--vscode-font-family);color:var(--vscode-descriptionForeground);padding:16px}</style></head><body><p>${text}</p></body></html>`;
}

export class ExplainView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private offset: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<ExplainResult>();
  /** Fires after every render (tests wait on it instead of sleeping). */
  readonly onDidRender = this.rendered.event;
  last: ExplainResult | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly languages: readonly string[],
  ) {
    this.disposables.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.uri && e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || !this.uri || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
        const offset = e.textEditor.document.offsetAt(e.selections[0].active);
        this.offset = offset;
        const r = this.last?.model?.range;
        // only another command line (or none shown yet) needs a new model
        if (!r || offset < r.start || offset > r.end) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || !this.languages.includes(editor.document.languageId)) return;
        if (editor.document.uri.scheme === 'output') return;
        this.uri = editor.document.uri;
        this.offset = editor.document.offsetAt(editor.selection.active);
        this.schedule();
      }),
    );
  }

  /** The command: explains the command line under the cursor of the active editor (or the one shown last). */
  async show(): Promise<ExplainResult | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.languages.includes(editor.document.languageId)) {
      this.uri = editor.document.uri;
      this.offset = editor.document.offsetAt(editor.selection.active);
    }
    if (!this.uri) {
      void vscode.window.showInformationMessage('ccmlint: open a batch, PowerShell, .tcf, task sequence XML or .ccmsetup file to explain one of its command lines.');
      return undefined;
    }
    const column = editor ? (editor.viewColumn ?? vscode.ViewColumn.One) : vscode.ViewColumn.One;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(EXPLAIN_VIEW_TYPE, 'Explain command line', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m, column), undefined, this.disposables);
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        clearTimeout(this.timer);
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.refresh();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  /** Asks the server for the model and renders it; a newer refresh that started meanwhile wins. */
  async refresh(): Promise<ExplainResult | undefined> {
    const panel = this.panel;
    const uri = this.uri;
    const client = this.client();
    if (!panel || !uri) return undefined;
    const generation = ++this.generation;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const position = doc && this.offset !== undefined ? doc.positionAt(this.offset) : undefined;
    let model: ServerExplainModel | null = null;
    let error: string | undefined;
    try {
      if (!client) throw new Error('the language server is not running');
      model = await client.sendRequest<ServerExplainModel | null>(EXPLAIN_REQUEST, { textDocument: { uri: uri.toString() }, position });
    } catch (err) {
      error = (err as Error).message;
    }
    if (generation !== this.generation || this.panel !== panel) return this.last;
    const name = uri.path.split('/').pop() ?? uri.toString();
    const nonce = randomBytes(16).toString('base64');
    const html = model
      ? renderExplainHtml(model, { nonce, cspSource: panel.webview.cspSource })
      : emptyHtml(nonce, error ? `ccmlint could not explain ${name}: ${error}` : `No ccmsetup command line in ${name}.`);
    const title = model ? `Explain: ${name}:${model.range.startLine + 1}` : `Explain: ${name}`;
    panel.title = title;
    panel.webview.html = html;
    this.last = { viewType: EXPLAIN_VIEW_TYPE, title, uri: uri.toString(), model, html };
    this.rendered.fire(this.last);
    return this.last;
  }

  private async onMessage(message: unknown, column: vscode.ViewColumn): Promise<void> {
    if (!message || typeof message !== 'object' || !this.uri) return;
    const m = message as { type?: unknown; start?: unknown; end?: unknown; rule?: unknown };
    if (m.type === 'docs' && typeof m.rule === 'string' && /^CCM\d{3}$/i.test(m.rule)) {
      await vscode.commands.executeCommand('ccmlint.openRuleDocs', m.rule.toUpperCase());
      return;
    }
    if (m.type === 'reveal' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
      const doc = await vscode.workspace.openTextDocument(this.uri);
      const length = doc.getText().length;
      const start = Math.max(0, Math.min(m.start as number, length));
      const end = Math.max(start, Math.min(m.end as number, length));
      const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? column, preserveFocus: false });
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
