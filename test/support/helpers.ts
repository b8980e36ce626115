// Small helpers for tests: analyse a string, pick one rule's findings with the text they cover,
// apply a fix and return the new text.
import { analyse, type AnalyseOptions } from '../../server/src/analyse/analyse';
import { applyEdits } from '../../server/src/analyse/apply-fixes';
import { parseConfig } from '../../server/src/analyse/config';
import type { Finding } from '../../server/src/analyse/finding';
import type { HostLanguage } from '../../server/src/locate/region';
import { RULE_IDS } from '../../server/src/rules';

export interface Seen {
  rule: string;
  severity: string;
  /** The document text the finding covers. */
  text: string;
  start: number;
  end: number;
  message: string;
  fixes: string[];
}

export function lint(text: string, host: HostLanguage = 'ccmsetup', options: AnalyseOptions = {}): Finding[] {
  return analyse(text, host, options).findings;
}

export function seen(text: string, host: HostLanguage = 'ccmsetup', options: AnalyseOptions = {}): Seen[] {
  return lint(text, host, options).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    message: f.message,
    fixes: f.fixes.map((x) => `${x.kind}: ${x.title}`),
  }));
}

/** Findings of one rule. */
export function only(rule: string, text: string, host: HostLanguage = 'ccmsetup', options: AnalyseOptions = {}): Seen[] {
  return seen(text, host, options).filter((f) => f.rule === rule);
}

/** The rule ids reported, in order. */
export function rules(text: string, host: HostLanguage = 'ccmsetup', options: AnalyseOptions = {}): string[] {
  return lint(text, host, options).map((f) => f.rule);
}

/** Applies fix `fixIndex` of the `nth` finding of `rule` and returns the new text. */
export function applyFix(text: string, rule: string, host: HostLanguage = 'ccmsetup', options: AnalyseOptions = {}, nth = 0, fixIndex = 0): string {
  const f = lint(text, host, options).filter((x) => x.rule === rule)[nth];
  if (!f) throw new Error(`no ${rule} finding in: ${text}`);
  const fix = f.fixes[fixIndex];
  if (!fix) throw new Error(`${rule} finding has no fix ${fixIndex}`);
  return applyEdits(text, fix.edits);
}

/** Builds analysis options from a .ccmlintrc.json-shaped object. */
export function withConfig(config: unknown, extra: AnalyseOptions = {}): AnalyseOptions {
  const parsed = parseConfig(config, RULE_IDS);
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  return { ...extra, config: parsed.config };
}
