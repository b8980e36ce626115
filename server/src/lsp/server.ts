// The language server: a thin layer over the analysis core. It keeps the open documents, analyses each
// after a short per-document pause in typing (stale runs are dropped), publishes diagnostics, and
// answers code actions, completion, hover, signature help, symbols, links and semantic tokens from the
// same Analysis. It reads only the documents it is given, the workspace's .ccmlintrc.json, and files
// the client explicitly asks it to lint; it never runs anything and never reaches the network.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from '../analyse/analyse';
import { fixAll } from '../analyse/apply-fixes';
import type { Finding, Severity, TextEdit } from '../analyse/finding';
import type { Config } from '../analyse/config';
import { decode } from '../cli/read-file';
import { fileAccessFor } from '../cli/file-access';
import { LineCache } from '../analyse/line-cache';
import { siteTrustFor } from '../cli/site-trust';
import { CERTIFICATE_REQUEST, certificateResponse, type CertificateParams } from './certificate';
import { codeActions, minimalEdit } from '../features/code-actions';
import { explain, type ExplainModel } from '../features/explain';
import type { HostLanguage } from '../locate/region';
import { RULES } from '../rules';
import { TOOL_NAME, VERSION, ruleDocsUrl } from '../project';
import { featureCapabilities, registerFeatures } from './features';
import { hostFor } from './hosts';
import { effectiveConfig, type EditorSettings } from './settings';
import { findConfigFile, readConfigFile, workspaceRootOf } from './config-file';
import * as path from 'node:path';

const DEBOUNCE_MS = 150;
const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Custom protocol shared with the VS Code client. */
export const STATUS_NOTIFICATION = 'ccmlint/status';
export const LINT_FILES_REQUEST = 'ccmlint/lintFiles';
/** {textDocument, position} -> ExplainModel of the command line there (or the first one), or null. */
export const EXPLAIN_REQUEST = 'ccmlint/explain';
export const INSERT_SNIPPET_COMMAND = 'ccmlint.insertSnippet';
export const OPEN_DOCS_COMMAND = 'ccmlint.openRuleDocs';

export interface StatusParams {
  uri: string;
  rulesActive: number;
  findings: number;
  milliseconds: number;
  configErrors: string[];
}

interface ClientAbilities {
  configuration: boolean;
  markdown: boolean;
  snippets: boolean;
  /** The client runs our snippet command (the VS Code extension says so in initializationOptions). */
  snippetCommand: boolean;
  codeActionLiterals: boolean;
}

export class Server {
  readonly documents = new TextDocuments(TextDocument);
  private abilities: ClientAbilities = { configuration: false, markdown: false, snippets: false, snippetCommand: false, codeActionLiterals: false };
  private workspaceFolders: string[] = [];
  private globalSettings: EditorSettings | undefined;
  private readonly settingsCache = new Map<string, Promise<EditorSettings | undefined>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly analyses = new Map<string, { version: number; analysis: Analysis; config: Config; text: string; host: HostLanguage }>();
  /** Per open document: the line-rule results of its last analysis, reused for the lines an edit left alone. */
  private readonly lineCaches = new Map<string, LineCache>();
  private readonly reported = new Set<string>();

  constructor(readonly connection: Connection) {
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => {
      if (this.abilities.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ccmlint' });
    });
    connection.onDidChangeConfiguration((change) => {
      this.settingsCache.clear();
      if (!this.abilities.configuration) this.globalSettings = (change.settings as { ccmlint?: EditorSettings } | undefined)?.ccmlint;
      this.revalidateAll();
    });
    connection.onDidChangeWatchedFiles(() => {
      // .ccmlintrc.json changed
      this.revalidateAll();
    });
    this.documents.onDidChangeContent((e) => this.schedule(e.document));
    this.documents.onDidClose((e) => {
      clearTimeout(this.timers.get(e.document.uri));
      this.timers.delete(e.document.uri);
      this.analyses.delete(e.document.uri);
      this.lineCaches.delete(e.document.uri);
      this.settingsCache.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onCodeAction(async (params) => {
      const doc = this.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const state = await this.analysisOf(doc);
      if (!state) return [];
      return this.codeActions(doc, state.analysis, state.host, state.config, params.range, params.context.only);
    });
    connection.onRequest(LINT_FILES_REQUEST, (params: { uris: string[] }) => this.lintFiles(params.uris));
    connection.onRequest(EXPLAIN_REQUEST, (params: { textDocument: { uri: string }; position?: { line: number; character: number } }) => this.explain(params));
    connection.onRequest(CERTIFICATE_REQUEST, (params: CertificateParams): unknown => certificateResponse(params));
    registerFeatures(this);
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    const options = (params.initializationOptions ?? {}) as { snippetCommand?: boolean };
    this.abilities = {
      configuration: !!caps.workspace?.configuration,
      markdown: !!caps.textDocument?.hover?.contentFormat?.includes('markdown'),
      snippets: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
      snippetCommand: !!options.snippetCommand,
      codeActionLiterals: !!caps.textDocument?.codeAction?.codeActionLiteralSupport,
    };
    this.workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (this.workspaceFolders.length === 0 && params.rootUri) this.workspaceFolders = [params.rootUri];
    return {
      serverInfo: { name: TOOL_NAME, version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: this.abilities.codeActionLiterals
          ? { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.${TOOL_NAME}`] }
          : true,
        ...featureCapabilities(),
      },
    };
  }

  get clientAbilities(): Readonly<ClientAbilities> {
    return this.abilities;
  }

  // ---- configuration -----------------------------------------------------------------------

  private async settingsFor(uri: string): Promise<EditorSettings | undefined> {
    if (!this.abilities.configuration) return this.globalSettings;
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'ccmlint' }).then(
        (v) => v as EditorSettings | undefined,
        () => undefined,
      );
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  async configFor(uri: string): Promise<Config> {
    const settings = await this.settingsFor(uri);
    const file = findConfigFile(uri, this.workspaceFolders);
    const read = file ? readConfigFile(file) : undefined;
    const root = workspaceRootOf(uri, this.workspaceFolders);
    const { config, errors } = effectiveConfig(settings, read?.json, read?.error, { settings: root, file: file ? path.dirname(file) : undefined });
    for (const e of errors) {
      const text = `${TOOL_NAME}: ${e.source}${e.key ? ` "${e.key}"` : ''}: ${e.message}; the default is used for it.`;
      if (!this.reported.has(text)) {
        this.reported.add(text);
        void this.connection.window.showWarningMessage(text);
      }
    }
    return config;
  }

  // ---- analysis ----------------------------------------------------------------------------

  hostOf(doc: TextDocument): HostLanguage | undefined {
    return hostFor(doc.languageId, doc.uri);
  }

  /** The analysis of the document's current version (cached), or undefined for documents we don't read. */
  async analysisOf(doc: TextDocument): Promise<{ analysis: Analysis; config: Config; host: HostLanguage } | undefined> {
    const host = this.hostOf(doc);
    if (!host) return undefined;
    const cached = this.analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return { analysis: cached.analysis, config: cached.config, host };
    const config = await this.configFor(doc.uri);
    let cache = this.lineCaches.get(doc.uri);
    if (!cache) this.lineCaches.set(doc.uri, (cache = new LineCache()));
    const text = doc.getText();
    // the last analysis of this document: after an edit, only the statements it touched are located again
    const previous = cached && cached.host === host ? { text: cached.text, analysis: cached.analysis } : undefined;
    const options = { config, fileName: filePath(doc.uri), files: fileAccessFor(config), siteTrust: this.siteTrustOf(doc.uri), cache, previous };
    const analysis = analyse(text, host, options);
    this.analyses.set(doc.uri, { version: doc.version, analysis, config, text, host });
    return { analysis, config, host };
  }

  /** The site's mobileclient.tcf for a document: its folder and parents up to the workspace root, then the workspace. */
  siteTrustOf(uri: string) {
    return siteTrustFor(filePath(uri), workspaceRootOf(uri, this.workspaceFolders), true);
  }

  private schedule(doc: TextDocument): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        // a malformed document (a client sending non-string fields) must not take the server down
        this.validate(doc.uri).catch((err) => this.connection.console.error(`${TOOL_NAME}: cannot analyse ${doc.uri}: ${(err as Error).message}`));
      }, DEBOUNCE_MS),
    );
  }

  private revalidateAll(): void {
    this.analyses.clear();
    for (const doc of this.documents.all()) this.schedule(doc);
  }

  async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const started = performance.now();
    const state = await this.analysisOf(doc);
    // a newer version arrived while we waited for settings: its own run will publish
    if (!state || this.documents.get(uri)?.version !== version) return;
    const diagnostics = state.analysis.findings.map((f) => toDiagnostic(doc, f));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    const enabled = RULES.filter((r) => state.config.rules[r.meta.id] !== 'off').length;
    const status: StatusParams = { uri, rulesActive: enabled, findings: diagnostics.length, milliseconds: Math.round((performance.now() - started) * 10) / 10, configErrors: [] };
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  /** Lints files that are not open (the client's "lint workspace" command) and publishes their diagnostics. */
  private async lintFiles(uris: string[]): Promise<{ files: number; findings: number; skipped: string[] }> {
    let files = 0;
    let findings = 0;
    const skipped: string[] = [];
    for (const uri of uris) {
      const open = this.documents.get(uri);
      if (open) {
        // an open document has its own, current diagnostics: count them, do not read the file on disk
        const state = await this.analysisOf(open);
        files++;
        findings += state?.analysis.findings.length ?? 0;
        continue;
      }
      const host = hostFor('', uri);
      const path = filePath(uri);
      if (!host || !path) {
        skipped.push(uri);
        continue;
      }
      let text: string;
      try {
        text = decode(fs.readFileSync(path)).text;
      } catch {
        skipped.push(uri);
        continue;
      }
      const config = await this.configFor(uri);
      const result = analyse(text, host, { config, fileName: path, files: fileAccessFor(config), siteTrust: this.siteTrustOf(uri) });
      const doc = TextDocument.create(uri, '', 0, text);
      await this.connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f) => toDiagnostic(doc, f)) });
      files++;
      findings += result.findings.length;
    }
    return { files, findings, skipped };
  }

  /** The explain model for the command line at a position; null for unknown documents or no command line. */
  private async explain(params: { textDocument: { uri: string }; position?: { line: number; character: number } }): Promise<(ExplainModel & { uri: string; version: number }) | null> {
    const doc = this.documents.get(params?.textDocument?.uri);
    if (!doc) return null;
    const state = await this.analysisOf(doc);
    if (!state) return null;
    const p = params.position;
    const offset = p && Number.isInteger(p.line) && Number.isInteger(p.character) ? doc.offsetAt(p) : undefined;
    const model = explain(state.analysis, doc.getText(), offset, { environment: state.config.environment });
    return model ? { ...model, uri: doc.uri, version: doc.version } : null;
  }

  // ---- code actions ------------------------------------------------------------------------

  private codeActions(doc: TextDocument, analysis: Analysis, host: HostLanguage, config: Config, range: { start: { line: number; character: number }; end: { line: number; character: number } }, only?: string[]): CodeAction[] {
    const uri = doc.uri;
    const wantsFixAll = only?.some((k) => `${CodeActionKind.SourceFixAll}.${TOOL_NAME}`.startsWith(k));
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
    const out: CodeAction[] = [];
    if (wantsQuickFix) {
      const entries = codeActions(analysis, doc.getText(), host, doc.offsetAt(range.start), doc.offsetAt(range.end));
      for (const e of entries) {
        const diagnostic = toDiagnostic(doc, e.finding);
        if (e.kind === 'docs') {
          out.push({ title: e.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: e.title, command: OPEN_DOCS_COMMAND, arguments: [e.rule, ruleDocsUrl(e.rule!)] } });
          continue;
        }
        const edits = e.edits ?? [];
        if (e.fixKind === 'snippet' && this.abilities.snippetCommand && edits.length === 1) {
          // the VS Code client inserts it as a real snippet (tab stops, the site code selected)
          out.push({
            title: e.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: e.title, command: INSERT_SNIPPET_COMMAND, arguments: [uri, toRange(doc, edits[0]), edits[0].newText] },
          });
          continue;
        }
        const plain = e.fixKind === 'snippet' ? edits.map((x) => ({ ...x, newText: snippetToText(x.newText) })) : edits;
        out.push({
          title: e.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: e.preferred || undefined,
          edit: { changes: { [uri]: plain.map((x) => toLspEdit(doc, x)) } },
        });
      }
    }
    if (wantsFixAll) {
      const fixed = fixAll(doc.getText(), host, { config, fileName: filePath(uri), files: fileAccessFor(config), siteTrust: this.siteTrustOf(uri) });
      const edit = minimalEdit(doc.getText(), fixed.text);
      if (edit) out.push({ title: `Fix all safe ${TOOL_NAME} problems`, kind: `${CodeActionKind.SourceFixAll}.${TOOL_NAME}`, edit: { changes: { [uri]: [toLspEdit(doc, edit)] } } });
    }
    return out;
  }
}

// ---- conversions ---------------------------------------------------------------------------------

export function toRange(doc: TextDocument, r: { start: number; end: number }) {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

function toLspEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

/** Snippet text for clients that cannot take snippets: each placeholder becomes its default. */
export function snippetToText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const tags: DiagnosticTag[] = [];
  if (f.tags.includes('unnecessary')) tags.push(DiagnosticTag.Unnecessary);
  if (f.tags.includes('deprecated')) tags.push(DiagnosticTag.Deprecated);
  return {
    range: toRange(doc, f),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocsUrl(f.rule) },
    source: TOOL_NAME,
    message: f.message,
    tags: tags.length ? tags : undefined,
    data: { name: f.name, fixable: f.fixes.some((x) => x.kind === 'auto') },
  };
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(): Server {
  const connection = createConnection(ProposedFeatures.all);
  const server = new Server(connection);
  connection.listen();
  return server;
}
