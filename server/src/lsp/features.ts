// LSP handlers for the editor features: each converts between LSP positions and the offsets the pure
// features in ../features work with, and renders markdown or plain text as the client asked.
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, resolveCompletion } from '../features/completion';
import { hover } from '../features/hover';
import { documentLinks } from '../features/links';
import { semanticTokens } from '../features/semantic-tokens';
import { signatureHelp } from '../features/signature-help';
import { documentSymbols } from '../features/symbols';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type CompletionEntry, type FeatureOptions, type SymbolEntry } from '../features/types';
import type { Server } from './server';
import { filePath, toRange } from './server';
import { fileAccessFor } from '../cli/file-access';

export function featureCapabilities(): ServerCapabilities {
  return {
    completionProvider: { triggerCharacters: ['/', '=', ':', ';', ' ', '"'], resolveProvider: true },
    hoverProvider: true,
    signatureHelpProvider: { triggerCharacters: [':', '='], retriggerCharacters: [';', ' '] },
    documentSymbolProvider: true,
    documentLinkProvider: { resolveProvider: false },
    semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: true },
  };
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  parameter: CompletionItemKind.Property,
  property: CompletionItemKind.Field,
  value: CompletionItemKind.Value,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

/** A position past the end of the document is clamped by TextDocument; reject it instead of answering for the wrong place. */
function offsetOf(doc: TextDocument, position: { line: number; character: number }): number | undefined {
  if (position.line < 0 || position.line >= doc.lineCount) return undefined;
  return doc.offsetAt(position);
}

export function registerFeatures(server: Server): void {
  const { connection, documents } = server;
  const options = (config: FeatureOptions['config']): FeatureOptions => ({
    markdown: server.clientAbilities.markdown,
    snippets: server.clientAbilities.snippets,
    config,
  });
  const markup = (value: string) => ({ kind: server.clientAbilities.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value });

  /** Runs a feature on the current analysis of an open, supported document; null otherwise. */
  async function withDocument<T>(uri: string, fn: (doc: TextDocument, state: NonNullable<Awaited<ReturnType<Server['analysisOf']>>>) => T): Promise<T | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const state = await server.analysisOf(doc);
    if (!state) return null;
    return fn(doc, state);
  }

  connection.onHover((p) =>
    withDocument(p.textDocument.uri, (doc, s) => {
      const offset = offsetOf(doc, p.position);
      if (offset === undefined) return null;
      const h = hover(s.analysis, doc.getText(), offset, { ...options(s.config), files: fileAccessFor(s.config), fileName: filePath(doc.uri), siteTrust: server.siteTrustOf(doc.uri) });
      return h ? { contents: markup(h.contents), range: toRange(doc, h.range) } : null;
    }),
  );

  connection.onCompletion((p) =>
    withDocument(p.textDocument.uri, (doc, s) => {
      const offset = offsetOf(doc, p.position);
      if (offset === undefined) return null;
      return complete(s.analysis, doc.getText(), offset, options(s.config)).map((e) => toCompletionItem(doc, e, p.textDocument.uri));
    }),
  );

  connection.onCompletionResolve(async (item) => {
    const stored = item.data as { uri: string; entry: CompletionEntry } | undefined;
    if (!stored?.entry) return item;
    const doc = documents.get(stored.uri);
    const state = doc ? await server.analysisOf(doc) : undefined;
    const resolved = resolveCompletion(stored.entry, options(state?.config));
    if (resolved.documentation) item.documentation = markup(resolved.documentation);
    if (resolved.detail) item.detail = resolved.detail;
    return item;
  });

  connection.onSignatureHelp((p) =>
    withDocument(p.textDocument.uri, (doc, s) => {
      const offset = offsetOf(doc, p.position);
      if (offset === undefined) return null;
      const sig = signatureHelp(s.analysis, doc.getText(), offset, options(s.config));
      if (!sig) return null;
      return {
        signatures: [
          {
            label: sig.label,
            documentation: markup(sig.documentation),
            parameters: [{ label: sig.parameter, documentation: sig.parameterDocumentation ? markup(sig.parameterDocumentation) : undefined }],
          },
        ],
        activeSignature: 0,
        activeParameter: 0,
      };
    }),
  );

  connection.onDocumentSymbol((p) => withDocument(p.textDocument.uri, (doc, s) => documentSymbols(s.analysis, doc.getText()).map((e) => toSymbol(doc, e))));

  connection.onDocumentLinks((p) =>
    withDocument(p.textDocument.uri, (doc, s) => documentLinks(s.analysis, doc.getText()).map((l) => ({ range: toRange(doc, l.range), target: l.target, tooltip: l.tooltip }))),
  );

  connection.languages.semanticTokens.on((p) =>
    withDocument(p.textDocument.uri, (doc, s) => {
      // only the languages this extension owns: batch and PowerShell keep their own highlighting
      // (the injection grammars colour command lines there)
      if (s.host !== 'ccmsetup' && s.host !== 'tcf') return { data: [] };
      // relative encoding: deltaLine, deltaStart, length, type, modifiers
      const data: number[] = [];
      let line = 0;
      let char = 0;
      for (const t of semanticTokens(s.analysis, doc.getText())) {
        const start = doc.positionAt(t.start);
        const deltaLine = start.line - line;
        data.push(deltaLine, deltaLine === 0 ? start.character - char : start.character, t.end - t.start, SEMANTIC_TOKEN_TYPES.indexOf(t.type), t.deprecated ? 1 : 0);
        line = start.line;
        char = start.character;
      }
      return { data };
    }).then((r) => r ?? { data: [] }),
  );
}

function toCompletionItem(doc: TextDocument, e: CompletionEntry, uri: string): CompletionItem {
  return {
    label: e.label,
    kind: COMPLETION_KIND[e.kind],
    detail: e.detail,
    sortText: e.sortText,
    filterText: e.filterText,
    tags: e.deprecated ? [CompletionItemTag.Deprecated] : undefined,
    insertTextFormat: e.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(doc, e.range), newText: e.insertText },
    command: e.retrigger ? { title: 'Suggest values', command: 'editor.action.triggerSuggest' } : undefined,
    data: { uri, entry: { ...e, documentation: undefined } },
  };
}

function toSymbol(doc: TextDocument, e: SymbolEntry): DocumentSymbol {
  return {
    name: e.name,
    detail: e.detail,
    kind: e.kind === 'command' ? SymbolKind.Function : e.kind === 'parameter' ? SymbolKind.Key : SymbolKind.Property,
    range: toRange(doc, e.range),
    selectionRange: toRange(doc, e.selectionRange),
    children: e.children.map((c) => toSymbol(doc, c)),
  };
}
