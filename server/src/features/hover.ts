// Hover: documentation for the word under the cursor. A setting name shows the knowledge entry, a value
// keyword what that value means, the program word what ccmsetup does, and a rule id in a comment the rule.
import type { Analysis } from '../analyse/analyse';
import { findReadinessParameter, findSetting } from '../knowledge';
import { ruleById } from '../rules';
import { directiveDoc, programDoc, readinessDoc, ruleDoc, settingDoc, valueDoc } from './describe';
import { docRange, grammarOf, positionAt, type PositionInfo } from './position';
import type { Doc } from './render';
import type { FeatureOptions, HoverResult, OffsetRange } from './types';

function result(doc: Doc | undefined, range: OffsetRange | undefined, opts: FeatureOptions): HoverResult | undefined {
  if (!doc || doc.empty || !range) return undefined;
  return { contents: doc.render(opts.markdown), range: { start: range.start, end: range.end } };
}

function hoverAt(info: PositionInfo, opts: FeatureOptions): HoverResult | undefined {
  switch (info.kind) {
    case 'program': {
      const kind = info.line?.region.kind === 'readiness' ? 'readiness' : 'ccmsetup';
      return result(programDoc(kind), info.range, opts);
    }
    case 'ccmsetupcmd':
      return result(settingDoc(findSetting('CCMSETUPCMD')!), info.range, opts);
    case 'ruleId': {
      const rule = info.ruleId ? ruleById(info.ruleId) : undefined;
      return rule ? result(ruleDoc(rule.meta, opts.config), info.range, opts) : undefined;
    }
    case 'directive':
      return info.range ? result(directiveDoc(info.directive ? `ccmlint-${info.directive.kind}` : 'ccmlint-disable'), info.range, opts) : undefined;
    case 'name': {
      const s = info.setting!;
      if (!s.info) return undefined;
      if (info.line?.region.kind === 'readiness') {
        const r = findReadinessParameter(s.info.name);
        return r ? result(readinessDoc(r), info.range, opts) : undefined;
      }
      return result(settingDoc(s.info), info.range, opts);
    }
    case 'value': {
      const s = info.setting!;
      const part = info.valuePart;
      if (!part || !info.line || s.dynamic) return undefined;
      const grammar = grammarOf(s);
      const infoForValue = info.line.region.kind === 'readiness' ? sameAsInfo(s.info?.name) ?? s.info : s.info;
      const doc = valueDoc(infoForValue, grammar, part.kind, part.text, opts.config);
      if (!doc) return undefined;
      return result(doc, docRange(info.line.region.text, part.textStart, part.textEnd), opts);
    }
    default:
      return undefined;
  }
}

/** The Client.msi property a readiness option takes its value from (for the value's own descriptions). */
function sameAsInfo(name: string | undefined) {
  const r = name ? findReadinessParameter(name) : undefined;
  return r?.sameAs ? findSetting(r.sameAs) : undefined;
}

/** Hover at a document offset; undefined when there is nothing to say. Never throws. */
export function hover(analysis: Analysis, text: string, offset: number, opts: FeatureOptions): HoverResult | undefined {
  const at = positionAt(analysis, text, offset, 'char');
  const first = hoverAt(at, opts);
  if (first) return first;
  // the cursor just after a word (at its end) still shows that word
  if (offset > 0 && (at.kind === 'none' || at.kind === 'between' || at.kind === 'comment' || at.kind === 'separator')) {
    return hoverAt(positionAt(analysis, text, offset - 1, 'char'), opts);
  }
  return undefined;
}
