// "Did you mean" renames (CCM101, CCM102): a rename is a safe fix only when the setting's value is right
// for the suggested name, otherwise the rename would turn one problem into another (CMLOGMASIZE=9 to
// CCMLOGMAXSIZE=9, under its minimum) and the guess itself is in doubt.
import { validateValue } from '../knowledge/grammars';
import type { SettingInfo } from '../knowledge/types';
import type { Setting } from '../parse/command-line';

/** True when the value of `s` (or its lack of one) is valid for the setting `info`. */
export function valueFits(s: Setting, info: SettingInfo | undefined): boolean {
  if (!info) return false;
  // CCMSETUPCMD= makes its value a command line of its own, read apart: a rename changes far more than a name
  if (info.name === 'CCMSETUPCMD') return false;
  const takesNone = info.value.type === 'none';
  if (!s.separator) return takesNone || !!info.valueOptional || info.kind === 'property';
  if (takesNone) return false;
  if (s.value === undefined || s.dynamic || s.value.trim() === '') return true;
  // CCMHOSTNAME takes a name without a scheme (CCM202)
  if (info.name === 'CCMHOSTNAME' && /^https?:\/\//i.test(s.value)) return false;
  return validateValue(info.value, s.value).ok;
}
