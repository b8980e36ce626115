// The VS Code extension: starts the bundled language server on first use of a supported language,
// and adds the commands, the language status item and the snippet insertion the server asks for.
// All analysis happens in the server; nothing here knows a rule.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_OPTIONS } from '../../server/src/project';
import { EXPLAIN_COMMAND, ExplainView } from './explain-view';
import { registerCertificateView } from './certificate-view';

const LANGUAGES = ['bat', 'powershell', 'xml', 'ccmsetup', 'ccmsetup-tcf'];
const SELECTOR = LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);
const SCRIPT_GLOB = '**/*.{cmd,bat,ps1,psm1,tcf,xml,ccmsetup}';

interface StatusParams {
  uri: string;
  rulesActive: number;
  findings: number;
  milliseconds: number;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{
  client: () => LanguageClient | undefined;
  explainView: ExplainView;
  certificateViews: () => ReadonlyMap<string, string>;
  onDidRenderCertificate: vscode.Event<string>;
}> {
  const output = vscode.window.createOutputChannel('ccmlint', { log: true });
  const status = vscode.languages.createLanguageStatusItem('ccmlint.status', SELECTOR);
  status.name = 'ccmlint';
  status.text = 'ccmlint';
  status.detail = 'starting';
  status.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['ccmlint'] };
  context.subscriptions.push(output, status);

  const start = async () => {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_OPTIONS } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: SELECTOR,
      outputChannel: output,
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.ccmlintrc.json') },
      initializationOptions: { snippetCommand: true },
    };
    client = new LanguageClient('ccmlint', 'ccmlint', serverOptions, clientOptions);
    client.onNotification('ccmlint/status', (p: StatusParams) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && active !== p.uri) return;
      status.detail = `${p.rulesActive} rules active · ${p.findings} finding${p.findings === 1 ? '' : 's'} · analysed in ${p.milliseconds} ms`;
    });
    await client.start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('ccmlint.restartServer', async () => {
      await client?.stop();
      await start();
    }),
    vscode.commands.registerCommand('ccmlint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('ccmlint.openRuleDocs', async (id?: string) => {
      const rule = id ?? (await pickRule(context));
      if (!rule) return;
      const page = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${rule.toUpperCase()}.md`)));
      await vscode.commands.executeCommand('markdown.showPreview', page);
    }),
    vscode.commands.registerCommand('ccmlint.insertSnippet', async (uri: string, range: { start: vscode.Position; end: vscode.Position }, snippet: string) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(doc);
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await editor.insertSnippet(new vscode.SnippetString(snippet), r);
    }),
    vscode.commands.registerCommand('ccmlint.lintWorkspace', () => lintWorkspace()),
  );
  const explainView = new ExplainView(() => client, LANGUAGES);
  context.subscriptions.push(explainView, vscode.commands.registerCommand(EXPLAIN_COMMAND, () => explainView.show()));

  const certificates = registerCertificateView(context, () => client);
  try {
    await start();
  } catch (err) {
    // a server that cannot start must not fail the extension: the commands (Restart, Show Output) stay usable
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.detail = 'the language server did not start; see the output';
    output.error(`ccmlint: the language server did not start: ${(err as Error).message}`);
  }
  return { client: () => client, explainView, certificateViews: () => certificates.rendered, onDidRenderCertificate: certificates.onDidRender };
}

/** Lints every script of the workspace (up to a cap) into the Problems panel. */
async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const settings = vscode.workspace.getConfiguration('ccmlint');
  const max = settings.get<number>('workspaceLint.maxFiles', 2000);
  const exclude = settings.get<string>('workspaceLint.exclude', '**/{node_modules,.git}/**');
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'ccmlint: linting the workspace', cancellable: true }, async (_progress, token) => {
    const files = await vscode.workspace.findFiles(SCRIPT_GLOB, exclude, max + 1, token);
    const capped = files.length > max;
    const uris = files.slice(0, max).map((u) => u.toString());
    const result = await client!.sendRequest<{ files: number; findings: number; skipped: string[] }>('ccmlint/lintFiles', { uris }, token);
    const note = capped ? ` Stopped at ${max} files (setting ccmlint.workspaceLint.maxFiles).` : '';
    void vscode.window.showInformationMessage(`ccmlint: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} file${result.files === 1 ? '' : 's'}.${note}`);
  });
}

async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const dir = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules')));
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const ids = entries.map(([name]) => name).filter((n) => /^CCM\d{3}\.md$/.test(n)).map((n) => n.slice(0, 6)).sort();
  return vscode.window.showQuickPick(ids, { placeHolder: 'Rule to show' });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
