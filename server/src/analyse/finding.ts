// What the analysis reports. Offsets are UTF-16 offsets into the document text.

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * auto: a safe edit (preferred; applied by --fix and fix-all)
 * offer: an edit shown in the editor, never preferred and never applied in bulk (it changes how the client connects)
 * snippet: inserts text with ${1:placeholders} (editor only)
 */
export type FixKind = 'auto' | 'offer' | 'snippet';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
}

export type Tag = 'unnecessary' | 'deprecated';

export interface Finding {
  rule: string;
  name: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  tags: Tag[];
}
