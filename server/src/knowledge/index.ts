// Lookups over the knowledge base: by name (case-insensitive) and "did you mean" suggestions.
import { PARAMETERS } from './parameters';
import { PROPERTIES } from './properties';
import { READINESS_PARAMETERS } from './readiness';
import type { ReadinessParameterInfo, SettingInfo } from './types';

export type { SettingInfo, ReadinessParameterInfo, ValueGrammar, EnumValue } from './types';
export { PARAMETERS, PROPERTIES, READINESS_PARAMETERS };

const key = (name: string) => name.replace(/^[/-]/, '').toLowerCase();

const parameterIndex = new Map(PARAMETERS.map((p) => [key(p.name), p]));
const propertyIndex = new Map(PROPERTIES.map((p) => [key(p.name), p]));
const readinessIndex = new Map(READINESS_PARAMETERS.map((p) => [key(p.name), p]));

/** A ccmsetup parameter by name, with or without its slash. */
export function findParameter(name: string): SettingInfo | undefined {
  return parameterIndex.get(key(name));
}

/** A Client.msi property (or ccmsetup.msi / Windows Installer property) by name. */
export function findProperty(name: string): SettingInfo | undefined {
  return propertyIndex.get(name.toLowerCase());
}

export function findReadinessParameter(name: string): ReadinessParameterInfo | undefined {
  return readinessIndex.get(key(name));
}

/** The record for a known name written either way (`/mp`, `SMSSITECODE`). */
export function findSetting(name: string): SettingInfo | undefined {
  return name.startsWith('/') ? findParameter(name) : findProperty(name) ?? findParameter(name);
}

// Characters people mistype for each other in these names (a digit zero for the letter O, and so on).
const CONFUSABLE: Record<string, string> = { '0': 'o', '1': 'l', '5': 's' };
const fold = (s: string) => s.toLowerCase().replace(/[015]/g, (c) => CONFUSABLE[c]);

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1];
}

/** The one known name within a small edit distance of `name`, or undefined when none or several are. */
export function suggest(name: string, candidates: readonly string[]): string | undefined {
  const n = fold(name.replace(/^[/-]/, ''));
  if (n.length < 3) return undefined;
  const limit = n.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(n, fold(c.replace(/^[/-]/, '')), limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return bestDistance <= limit && !tie ? best : undefined;
}

const documentedParameters = PARAMETERS.filter((p) => p.status !== 'internal').map((p) => p.name);
const knownProperties = PROPERTIES.map((p) => p.name);
// a name seen in the wild but never documented (CCMHTTPSSTATE) is never suggested: it still competes, so a
// misspelling of it gets no suggestion rather than a documented name further away
const undocumentedProperties = new Set(PROPERTIES.filter((p) => p.status === 'undocumented').map((p) => p.name));
const suggestDocumented = (name: string) => {
  const s = suggest(name, knownProperties);
  return s && !undocumentedProperties.has(s) ? s : undefined;
};

// the same misspelling tends to repeat across a script: remember the answers (bounded)
const suggestions = new Map<string, string | undefined>();
function remembered(key: string, compute: () => string | undefined): string | undefined {
  if (suggestions.has(key)) return suggestions.get(key);
  const value = compute();
  if (suggestions.size > 5000) suggestions.clear();
  suggestions.set(key, value);
  return value;
}

export function suggestParameter(name: string): string | undefined {
  return remembered(`p:${name}`, () => suggest(name, documentedParameters));
}

export function suggestProperty(name: string): string | undefined {
  return remembered(`r:${name}`, () => suggestDocumented(name));
}
