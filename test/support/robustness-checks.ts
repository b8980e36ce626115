// The invariants the property-based robustness tests check on any document: every function throws an
// assert error that says what broke, so fast-check can shrink the input and report it.
import assert from 'node:assert/strict';
import { analyse, type AnalyseOptions, type Analysis } from '../../server/src/analyse/analyse';
import { applyEdits, compatibleFixes, fixAll } from '../../server/src/analyse/apply-fixes';
import { parseConfig } from '../../server/src/analyse/config';
import type { Finding, Fix, TextEdit } from '../../server/src/analyse/finding';
import type { HostLanguage } from '../../server/src/locate/region';
import { snippetToText } from '../../server/src/lsp/server';
import { RULE_IDS } from '../../server/src/rules';
import { toSource } from '../../server/src/text/mapped-text';

const cfg = (c: unknown) => {
  const parsed = parseConfig(c, RULE_IDS);
  assert.deepEqual(parsed.errors, []);
  return parsed.config;
};

/** Analysis options the properties run under: no configuration, a site code, push context, overrides. */
export const OPTION_SETS: { name: string; options: AnalyseOptions }[] = [
  { name: 'defaults', options: {} },
  { name: 'siteCode', options: { config: cfg({ siteCode: 'P01' }) } },
  { name: 'push', options: { config: cfg({ siteCode: 'P01', environment: { pushContext: true } }) } },
  { name: 'httpsOnly', options: { config: cfg({ siteCode: 'P01', environment: { adPublished: true, httpsOnly: true, enhancedHttp: false } }) } },
  { name: 'overrides', options: { config: cfg({ siteCode: 'P01', rules: { CCM303: 'off', CCM104: 'warning', CCM000: 'off', CCM311: 'error' } }) } },
];

/** A short readable description of a finding for failure messages. */
export function describe(text: string, f: Finding): string {
  return `${f.rule} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))} (${f.severity}): ${f.message}`;
}

/** analyse() never throws and no rule failed inside it (a rule that throws becomes an "internal error" finding). */
export function analyseChecked(text: string, host: HostLanguage, options: AnalyseOptions = {}): Analysis {
  let analysis: Analysis;
  try {
    analysis = analyse(text, host, options);
  } catch (err) {
    assert.fail(`analyse threw on ${host}: ${(err as Error).stack}`);
  }
  const internal = analysis.findings.filter((f) => f.message.startsWith('internal error'));
  assert.deepEqual(internal.map((f) => describe(text, f)), [], `a rule threw inside analyse (${host})`);
  return analysis;
}

/** Every finding's range lies inside the document, start <= end. */
export function checkFindingRanges(text: string, analysis: Analysis): void {
  for (const f of analysis.findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `non-integer range: ${describe(text, f)}`);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range outside the document (length ${text.length}): ${describe(text, f)}`);
  }
}

/** Every fix's edits lie inside the document, start <= end, and do not overlap each other. */
export function checkFixEdits(text: string, analysis: Analysis): void {
  for (const f of analysis.findings) {
    for (const fix of f.fixes) {
      assert.ok(fix.edits.length > 0, `fix "${fix.title}" has no edit: ${describe(text, f)}`);
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (const [i, e] of sorted.entries()) {
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `edit [${e.start},${e.end}) of "${fix.title}" outside the document (length ${text.length}): ${describe(text, f)}`);
        if (i > 0) assert.ok(e.start >= sorted[i - 1].end, `edits of "${fix.title}" overlap: ${JSON.stringify(sorted)} for ${describe(text, f)}`);
      }
    }
  }
}

/** Where an offset of the text before the edits lands after them (`right`: after text inserted there). */
export function mapOffset(o: number, edits: readonly TextEdit[], right: boolean): number {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let delta = 0;
  for (const e of sorted) {
    const len = e.newText.length;
    if (o < e.start) return o + delta;
    if (o === e.start && e.start === e.end) {
      if (!right) return o + delta;
      delta += len;
      continue;
    }
    if (o === e.start) return o + delta;
    if (o < e.end) return e.start + delta + (right ? len : 0);
    delta += len - (e.end - e.start);
  }
  return o + delta;
}

/** The ranges of the new text after applying edits. */
function newTextRanges(edits: readonly TextEdit[]): { start: number; end: number }[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  let delta = 0;
  for (const e of sorted) {
    const start = e.start + delta;
    out.push({ start, end: start + e.newText.length });
    delta += e.newText.length - (e.end - e.start);
  }
  return out;
}

/**
 * Rules that report what a setting needs from the rest of the line: an internet client's site code (CCM203)
 * and gateway host name (CCM205), a root key's site code (CCM304).
 */
const NEEDS_OTHER_SETTINGS = new Set(['CCM203', 'CCM205', 'CCM304']);
/** How many characters after `at` belong to the same word (up to whitespace). */
const wordAfter = (text: string, at: number) => {
  let n = 0;
  while (at + n < text.length && !/\s/.test(text[at + n])) n++;
  return n;
};
/** Rules about the value itself, which a rename must not bring up. */
const VALUE_VALIDITY = new Set(['CCM003', 'CCM004', 'CCM005', 'CCM104', 'CCM105']);

/**
 * The documented exceptions to "a fix creates no new error": errors the fix reveals rather than creates,
 * because they were in the author's intent all along and no fix can supply what they ask for.
 * - A fix that makes a setting take effect (CCM104 CCMALWAYSINF=TRUE to 1, CCM102 CMHOSTNAME to
 *   CCMHOSTNAME or MSPUBLICROOTKEY to SMSPUBLICROOTKEY) lets the rules that judge what that setting needs
 *   from the rest of the line report it: CCM203/CCM205 (an internet client's site code and gateway host
 *   name), CCM304 (a root key's site code). Those are values only the author knows, so no fix can supply
 *   them. Excused only on the text the fix edited, and only for these three rules.
 * - A did-you-mean rename (CCM101/CCM102 "Change to X") makes the setting take effect: the rules that judge
 *   what it does may then report it (CCM301 for MSDIRECTORYLOOKUP=WINSPROMISCUOUS renamed). The rename is
 *   only offered when the value is valid for the new name, so value errors (CCM003/4/5, CCM104/5) are never
 *   excused. Excused only on the renamed setting.
 * - CCM009 "Start the line with INSTALL=ALL" makes ccmsetup read the rest of the Install= line: errors
 *   inside that text were there before, unread. Excused only inside the old Install= value.
 */
function revealed(f: Finding, fix: Fix, edits: readonly TextEdit[], g: Finding, after: string): boolean {
  // on the edited text, or on the rest of the word it is in (the value of a renamed setting)
  const onEdit = newTextRanges(edits).some((r) => r.start <= g.end && g.start <= r.end + wordAfter(after, r.end));
  if (NEEDS_OTHER_SETTINGS.has(g.rule) && onEdit) return true;
  // a did-you-mean rename guarantees the value is valid for the new name (CCM104/CCM105 never follow), not
  // that the setting is wise: a rule judging what it now does (CCM301 for SMSDIRECTORYLOOKUP=WINSPROMISCUOUS)
  if ((f.rule === 'CCM101' || f.rule === 'CCM102') && fix.title.startsWith('Change to ') && onEdit && !VALUE_VALIDITY.has(g.rule)) return true;
  return f.rule === 'CCM009' && fix.title === 'Start the line with INSTALL=ALL' && mapOffset(f.start, edits, true) <= g.start && g.end <= mapOffset(f.end, edits, true);
}

/**
 * Where a snippet fix's placeholders stand in the text after the fix: `${1:key}` inserts "key" for the
 * person to type over, so a finding on that text alone is not something the fix created.
 */
function placeholderRanges(fix: Fix): { start: number; end: number }[] {
  if (fix.kind !== 'snippet') return [];
  const out: { start: number; end: number }[] = [];
  let shift = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    let plain = '';
    let last = 0;
    for (const m of e.newText.matchAll(/\$\{\d+(?::([^}]*))?\}|\$\d+/g)) {
      plain += e.newText.slice(last, m.index);
      const value = m[1] ?? '';
      if (value) out.push({ start: e.start + shift + plain.length, end: e.start + shift + plain.length + value.length });
      plain += value;
      last = m.index! + m[0].length;
    }
    plain += e.newText.slice(last);
    // only where the simple reading above is how the text really comes out
    if (plain !== snippetToText(e.newText)) return [];
    shift += plain.length - (e.end - e.start);
  }
  return out;
}

/** The edits of a fix as a client without snippet support receives them. */
export function plainEdits(fix: Fix): TextEdit[] {
  return fix.kind === 'snippet' ? fix.edits.map((e) => ({ ...e, newText: snippetToText(e.newText) })) : fix.edits;
}

export interface FixCheck {
  /** Which fixes to apply: the safe ones fix-all applies, or the ones a person picks in the editor. */
  kinds: 'auto' | 'offer-or-snippet';
  /** No finding of the same rule is left at the mapped place. */
  removes?: boolean;
  /** No error-level finding where no error of the same rule was before (nor the same error moved). */
  noNewError?: boolean;
}

/**
 * Applies each fix of the chosen kinds on its own: applyEdits never throws, and as asked the fix removes
 * its finding (no finding of the same rule at the mapped place) and creates no new error-level finding.
 */
export function checkEachFix(text: string, host: HostLanguage, options: AnalyseOptions, analysis: Analysis, check: FixCheck): void {
  const before = analysis.findings.filter((f) => f.severity === 'error');
  for (const f of analysis.findings) {
    for (const fix of f.fixes) {
      if ((fix.kind === 'auto') !== (check.kinds === 'auto')) continue;
      const edits = plainEdits(fix);
      let after: string;
      try {
        after = applyEdits(text, edits);
      } catch (err) {
        assert.fail(`applyEdits threw (${(err as Error).message}) for fix "${fix.title}" ${JSON.stringify(edits)} of ${describe(text, f)}`);
      }
      if (!check.removes && !check.noNewError) continue;
      const re = analyseChecked(after, host, options);
      if (check.removes) {
        const starts = [mapOffset(f.start, edits, false), mapOffset(f.start, edits, true)];
        const ends = [mapOffset(f.end, edits, false), mapOffset(f.end, edits, true)];
        const still = re.findings.filter((g) => g.rule === f.rule && starts.includes(g.start) && ends.includes(g.end));
        assert.deepEqual(
          still.map((g) => describe(after, g)),
          [],
          `fix "${fix.title}" (${fix.kind}) of ${describe(text, f)} left the finding in place; text after the fix: ${JSON.stringify(after)}`,
        );
      }
      if (check.noNewError) {
        const placeholders = placeholderRanges(fix);
        // an error is new when no error of the same rule was reported at (or touching) its place before the
        // fix, nor the same error elsewhere (a fix that moves a setting moves its findings with it)
        const created = re.findings.filter(
          (g) =>
            g.severity === 'error' &&
            !before.some((b) => b.rule === g.rule && ((mapOffset(b.start, edits, false) <= g.end && g.start <= mapOffset(b.end, edits, true)) || b.message === g.message)) &&
            !revealed(f, fix, edits, g, after) &&
            !placeholders.some((p) => p.start <= g.start && g.end <= p.end),
        );
        if (created.length > 0) {
          assert.fail(
            `fix "${fix.title}" (${fix.kind}) of ${describe(text, f)} created a new error-level finding: ${JSON.stringify(created.map((g) => describe(after, g)))}; text after the fix: ${JSON.stringify(after)}`,
          );
        }
      }
    }
  }
}

interface LocatedSetting {
  id: string;
  start: number;
  end: number;
}

/** The settings parsed in the located command lines, with their document ranges. */
export function settingsOf(analysis: Analysis): LocatedSetting[] {
  const out: LocatedSetting[] = [];
  for (const { region, parsed } of analysis.lines) {
    for (const s of parsed.settings) {
      const r = toSource(region.text, s.start, s.end);
      out.push({ id: `${region.kind} ${s.kind} ${s.key} ${s.value === undefined ? '(no value)' : JSON.stringify(s.value)}`, start: r.start, end: r.end });
    }
  }
  return out;
}

const touches = (s: { start: number; end: number }, rs: readonly { start: number; end: number }[]) => rs.some((r) => r.start <= s.end && s.start <= r.end);
const multiset = (xs: string[]) => [...xs].sort();

export interface FixAllTrace {
  passes: number;
  text: string;
}

/**
 * Runs fix-all pass by pass the way fixAll does. `keepsSettings`: every pass keeps each setting no
 * applied edit touches (the multiset of untouched settings, by kind, name and value, is the same before
 * and after the pass). `converges`: afterwards no 'auto' fix remains. Either way the result must equal
 * fixAll's.
 */
export function checkFixAll(text: string, host: HostLanguage, options: AnalyseOptions, check: { keepsSettings?: boolean; converges?: boolean }, maxPasses = 10): FixAllTrace {
  let current = text;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const a = analyseChecked(current, host, options);
    const fixes = a.findings.map((f) => f.fixes.find((x) => x.kind === 'auto')).filter((f): f is Fix => !!f);
    const chosen = compatibleFixes(fixes);
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((f) => f.edits);
    let next: string;
    try {
      next = applyEdits(current, edits);
    } catch (err) {
      assert.fail(`fix-all pass ${passes + 1}: applyEdits threw (${(err as Error).message}) on ${JSON.stringify(current)} with ${JSON.stringify(chosen)}`);
    }
    if (check.keepsSettings) {
      const b = analyseChecked(next, host, options);
      const keptBefore = settingsOf(a).filter((s) => !touches(s, edits)).map((s) => s.id);
      const keptAfter = settingsOf(b).filter((s) => !touches(s, newTextRanges(edits))).map((s) => s.id);
      assert.deepEqual(
        multiset(keptAfter),
        multiset(keptBefore),
        `fix-all pass ${passes + 1} changed settings no fix targeted (${chosen.map((f) => f.title).join('; ')}): ${JSON.stringify(current)} -> ${JSON.stringify(next)}`,
      );
    }
    current = next;
  }
  const result = fixAll(text, host, options, maxPasses);
  assert.equal(result.text, current, 'fixAll gives the same text as applying its passes one by one');
  if (check.converges) {
    const left = analyseChecked(current, host, options).findings.filter((f) => f.fixes.some((x) => x.kind === 'auto'));
    assert.deepEqual(left.map((f) => describe(current, f)), [], `auto fixes remain after fixAll (${passes} passes) of ${JSON.stringify(text)} -> ${JSON.stringify(current)}`);
  }
  return { passes, text: current };
}
