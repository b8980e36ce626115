// Signature help inside the value of a setting: the setting's syntax as the label, its value placeholder as
// the active parameter, the one-line summary, and what the value must be in words.
import type { Analysis } from '../analyse/analyse';
import { CERT_SELECTION_KEYWORDS } from '../knowledge/grammars';
import { grammarInWords } from './describe';
import { positionAt } from './position';
import { cat, code, md } from './render';
import type { FeatureOptions, SignatureResult } from './types';

/** [start, end) of the value placeholder in a syntax line such as `/mp:<server>[;<server>...]`. */
export function valuePlaceholder(syntax: string, name: string): [number, number] {
  let from = syntax.toLowerCase().startsWith(name.toLowerCase()) ? name.length : 0;
  if (syntax[from] === '[') from++;
  let sep = -1;
  for (let i = from; i < syntax.length; i++) {
    if (syntax[i] === ':' || syntax[i] === '=') {
      sep = i;
      break;
    }
  }
  if (sep < 0) return [from, syntax.length];
  let end = syntax.length;
  if (syntax[sep - 1] === '[') {
    const close = syntax.lastIndexOf(']');
    if (close > sep) end = close;
  }
  return [sep + 1, end];
}

/** Signature help at a document offset (a caret inside a value), or undefined. Never throws. */
export function signatureHelp(analysis: Analysis, text: string, offset: number, opts: FeatureOptions): SignatureResult | undefined {
  const at = positionAt(analysis, text, offset, 'caret');
  if (at.kind !== 'value' || !at.setting?.info) return undefined;
  const info = at.setting.info;
  const grammar = info.value;
  if (grammar.type === 'none') return undefined;
  const label = info.syntax;
  let [start, end] = valuePlaceholder(label, info.name);
  let paramDoc = grammarInWords(grammar, info);
  if (grammar.type === 'certSelection') {
    // once the keyword is written, the active parameter is that alternative
    const typed = at.valueParts?.find((p) => p.kind === 'certKeyword');
    const keyword = typed ? CERT_SELECTION_KEYWORDS.find((k) => k.keyword.toLowerCase() === typed.text.toLowerCase()) : undefined;
    const hasColon = !!at.valueParts?.some((p) => p.kind !== 'certKeyword');
    if (keyword && hasColon) {
      const i = label.indexOf(`"${keyword.keyword}:`, start);
      const j = i >= 0 ? label.indexOf('"', i + 1) : -1;
      if (i >= 0 && j > i && j < end) {
        start = i;
        end = j + 1;
        paramDoc = cat(code(`${keyword.keyword}:`), ' ', md(keyword.description));
      }
    }
  }
  return {
    label,
    documentation: opts.markdown ? info.summary : md(info.summary).plain,
    parameter: [start, end],
    parameterDocumentation: opts.markdown ? paramDoc.md : paramDoc.plain,
  };
}
