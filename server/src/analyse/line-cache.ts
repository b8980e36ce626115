// Results of the line rules per command line, kept between analyses of one document. The language
// server re-analyses a document on every edit, and almost every command line in it is unchanged, so
// their parse and rule results are taken from here instead of being worked out again.
//
// What the line rules see of a command line, and so what the key holds: the host, the region kind,
// the decoded text, how that text maps onto the document (escapes and joins decide whether a fix can be
// offered), how inserted text is quoted there, the configuration and the site's trust file (mobileclient.tcf). Rules that read files (the
// signing certificate) or the clock (token expiry) see more than that: command lines whose rules asked
// for anything else in the options are never stored, so such findings are always fresh.
import type { DraftFinding, AnalyseOptions } from '../rules/context';
import type { ParsedLine } from '../parse/command-line';
import type { HostLanguage, Region } from '../locate/region';
import type { MappedText } from '../text/mapped-text';
import { ShiftedText } from '../locate/incremental';

export interface CachedLine {
  parsed: ParsedLine;
  findings: DraftFinding[];
}

/** Options the line rules may read without making their result depend on anything but the key. */
const KEYED_OPTIONS = new Set<PropertyKey>(['config', 'siteTrust']);

export class LineCache {
  private entries = new Map<string, CachedLine>();
  private used = new Map<string, CachedLine>();
  private configKey: string | undefined;

  /** Starts an analysis: a different configuration (or site trust file) makes every stored result stale. */
  begin(options: AnalyseOptions): void {
    const key = JSON.stringify([options.config ?? null, options.siteTrust ?? null]);
    if (key !== this.configKey) {
      this.entries.clear();
      this.configKey = key;
    }
    this.used = new Map();
  }

  get(key: string): CachedLine | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, line: CachedLine): void {
    this.used.set(key, line);
  }

  /** Ends an analysis: only the command lines of the current text are kept, so the cache never outgrows it. */
  end(): void {
    this.entries = this.used;
    this.used = new Map();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The options as a rule sees them, noting whether it read anything the cache key does not cover. */
export function trackedOptions(options: AnalyseOptions, seen: { other: boolean }): AnalyseOptions {
  return new Proxy(options, {
    get(target, prop, receiver) {
      if (!KEYED_OPTIONS.has(prop)) seen.other = true;
      return Reflect.get(target, prop, receiver);
    },
  });
}

const shapes = new WeakMap<MappedText, string>();

/** Where a mapped text is not a one-to-one copy of the next source character (escapes, entities, joins). */
function mappingShape(m: MappedText): string {
  let shape = shapes.get(m);
  if (shape !== undefined) return shape;
  // a text moved whole by an edit before it has the shape it had before
  if (m instanceof ShiftedText && m.uniform) shape = mappingShape(m.base);
  else {
    const marks: number[] = [];
    for (let i = 0; i < m.text.length; i++) {
      if (m.ends[i] - m.starts[i] !== 1) marks.push(i);
      else if (i > 0 && m.starts[i] !== m.ends[i - 1]) marks.push(-i);
    }
    shape = marks.join(',');
  }
  shapes.set(m, shape);
  return shape;
}

/** Everything the line rules can observe of a region, as one string. */
export function lineKey(region: Region, host: HostLanguage): string {
  const m = region.text;
  const n = m.text.length;
  // escapes, entities and joins: where a character is not a one-to-one copy of the next source character
  const mapping = m.origin === undefined ? mappingShape(m) : 'v';
  let quoting: string = region.quoting;
  if (region.quotingAt) {
    quoting = '';
    let last = '';
    for (let i = 0; i <= n; i++) {
      const q = region.quotingAt(i);
      if (q !== last) quoting += `${i}:${q};`;
      last = q;
    }
  }
  const env = region.envVar ? region.envVar('X') : '';
  return `${host}\u0000${region.kind}\u0000${region.msiQuoted ? 1 : 0}\u0000${env}\u0000${quoting}\u0000${mapping}\u0000${m.text}`;
}
