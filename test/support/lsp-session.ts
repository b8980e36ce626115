// The bundled language server (dist/server.js) started over stdio and driven by a real LSP client library
// (vscode-languageserver-protocol), as any editor would: one place for the start-up, the waiting for
// published diagnostics and the shut-down that the protocol, explain, certificate and robustness tests share.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

/** A wait that does not keep the test process alive by itself. */
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** What most tests announce: Markdown hovers, snippets, quick fix and fix-all code action literals. */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
};

export interface LspSession {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly init: InitializeResult;
  /** Every publish so far, by document. */
  readonly published: Map<string, PublishDiagnosticsParams[]>;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /**
   * The next diagnostics published for `uri` that `accept` takes (event-driven, no sleeping); rejected
   * at the time limit, or at once when the server exits.
   */
  diagnostics(uri: string, opts?: { accept?: (p: PublishDiagnosticsParams) => boolean; timeoutMs?: number }): Promise<PublishDiagnosticsParams>;
  /** Shuts the server down (killed if it does not exit within 5 s). */
  stop(): Promise<void>;
}

/** Starts the server for a workspace folder and completes the initialize handshake. */
export async function startLspSession(workspace: string, capabilities: ClientCapabilities = {}): Promise<LspSession> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += String(d)));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void; reject: (err: Error) => void }[] = [];
  proc.once('exit', () => {
    // nothing will be published any more: fail the waiting tests now rather than at their time limit
    for (const w of waiters.splice(0)) w.reject(new Error(`the server exited (code ${proc.exitCode}); stderr: ${stderr.slice(-2000)}`));
  });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
    const i = waiters.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
  });
  conn.onNotification('window/showMessage', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('ccmlint/status', () => undefined);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onRequest('workspace/configuration', () => []);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const root = pathToFileURL(workspace).toString();
  const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities });
  await conn.sendNotification(InitializedNotification.type, {});
  return {
    proc,
    conn,
    init,
    published,
    stderr: () => stderr,
    diagnostics(uri, { accept = () => true, timeoutMs = 8000 } = {}) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; server stderr: ${stderr.slice(-2000)}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)), reject: (err) => (clearTimeout(timer), reject(err)) });
      });
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
        await Promise.race([conn.sendRequest(ShutdownRequest.type), delay(5000)]).catch(() => undefined);
        await conn.sendNotification(ExitNotification.type).catch(() => undefined);
        await Promise.race([exited, delay(5000)]);
        if (proc.exitCode === null) proc.kill();
      }
      conn.dispose();
    },
  };
}
