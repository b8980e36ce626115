// Hover: documentation for the word under the cursor. A setting name shows the knowledge entry, a value
// keyword what that value means, the program word what ccmsetup does, and a rule id in a comment the rule.
import type { Analysis } from '../analyse/analyse';
import { findReadinessParameter, findSetting } from '../knowledge';
import { ruleById } from '../rules';
import { directiveDoc, programDoc, readinessDoc, ruleDoc, settingDoc, valueDoc } from './describe';
import { docRange, grammarOf, positionAt, type PositionInfo } from './position';
import { code, Doc } from './render';
import { inspectCertificate } from '../inspect/cert-roles';
import { readToken } from '../inspect/token';
import { scriptFolderFile } from '../rules/paths';
import { certificateDoc, rootKeyDoc, tokenDoc } from './file-docs';
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
      const special = info.line ? fileOrTokenDoc(s, opts) : undefined;
      if (special && info.line) return result(special, docRange(info.line.region.text, s.valueStart, s.valueEnd), opts);
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

/** The certificate behind SMSSIGNCERT, or the claims of a /regtoken literal; undefined for other values. */
function fileOrTokenDoc(s: NonNullable<PositionInfo['setting']>, opts: FeatureOptions): Doc | undefined {
  const key = s.key.toUpperCase();
  if (!s.value) return undefined;
  if (key === '/REGTOKEN') {
    if (s.dynamic || s.value.trim().length < 20) return undefined;
    return tokenDoc(readToken(s.value), opts.now ?? new Date());
  }
  if (key === 'SMSPUBLICROOTKEY') return s.dynamic ? undefined : rootKeyDoc(s.value, opts.siteTrust);
  if (key !== 'SMSSIGNCERT') return undefined;
  const written = s.dynamic ? scriptFolderFile(s.value) : s.value.trim();
  if (written === undefined) return undefined;
  const bytes = opts.files?.read(written, opts.fileName);
  if (!bytes) {
    if (!/^([A-Za-z]:[\\/]|\\\\)/.test(written)) return undefined;
    return new Doc().para('This file is on another machine, so it is not read. To check the certificate, put a copy in the workspace and map the folder with ', code('pathMappings'), ' (in ', code('.ccmlintrc.json'), ' or the ', code('ccmlint.pathMappings'), ' setting).');
  }
  return certificateDoc(inspectCertificate(bytes, opts.now ?? new Date()), s.value.trim());
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
