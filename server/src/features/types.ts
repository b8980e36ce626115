// Shapes shared by the editor features (hover, completion, signature help, symbols, links, semantic
// tokens). Features work on an Analysis of the document and offsets into its text; the language server
// converts offsets to LSP positions. Nothing here imports an LSP connection or VS Code.
import type { Config } from '../analyse/config';
import type { FileAccess } from '../rules/context';
import type { SiteTrust } from '../inspect/site-trust';

export interface FeatureOptions {
  /** The client renders Markdown (else plain text). */
  markdown: boolean;
  /** The client accepts snippet syntax in completion items and edits. */
  snippets: boolean;
  config?: Config;
  /** Reads files values name (the SMSSIGNCERT certificate), for the hover. */
  files?: FileAccess;
  /** Path of the document, to resolve relative file names. */
  fileName?: string;
  /** The current time, for expiry (tests pass a fixed date). */
  now?: Date;
  /** The site's mobileclient.tcf values, to tell whether SMSPUBLICROOTKEY matches them. */
  siteTrust?: SiteTrust;
}

export interface OffsetRange {
  start: number;
  end: number;
}

export interface HoverResult {
  /** Markdown or plain text, as FeatureOptions.markdown says. */
  contents: string;
  range: OffsetRange;
}

export type CompletionKind = 'parameter' | 'property' | 'value' | 'keyword' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label. */
  detail?: string;
  /** Markdown or plain text; may be left out and filled by resolveCompletion. */
  documentation?: string;
  /** The text that replaces `range`; snippet syntax only when `isSnippet`. */
  insertText: string;
  isSnippet?: boolean;
  range: OffsetRange;
  sortText?: string;
  filterText?: string;
  /** Ask the editor to open completion again after inserting (after NAME= or /name:). */
  retrigger?: boolean;
  /** Key for resolveCompletion (for example 'setting:SMSSITECODE'). */
  data?: string;
  deprecated?: boolean;
}

export interface SignatureResult {
  label: string;
  documentation: string;
  /** [start, end) of the active parameter inside label. */
  parameter: [number, number];
  parameterDocumentation?: string;
}

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: 'command' | 'parameter' | 'property';
  range: OffsetRange;
  selectionRange: OffsetRange;
  children: SymbolEntry[];
}

export interface LinkEntry {
  range: OffsetRange;
  target: string;
  tooltip?: string;
}

export type SemanticTokenType = 'parameter' | 'property' | 'string' | 'operator' | 'comment' | 'keyword' | 'enumMember' | 'variable';

export const SEMANTIC_TOKEN_TYPES: readonly SemanticTokenType[] = ['parameter', 'property', 'string', 'operator', 'comment', 'keyword', 'enumMember', 'variable'];
export const SEMANTIC_TOKEN_MODIFIERS = ['deprecated'] as const;

export interface SemanticToken {
  start: number;
  end: number;
  type: SemanticTokenType;
  deprecated?: boolean;
}
