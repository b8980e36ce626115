// Decoded text that remembers where each character came from in the host document.
// Locators decode host syntax (caret and backtick escapes, continuations, XML entities, joined arrays)
// into the command line ccmsetup would see; every finding and fix is mapped back through this.
//
// Most decoded text is a plain copy of the source (a line without escapes, a string without backticks).
// Such text carries `origin` and no offset arrays: character i came from `origin + i`. The arrays are
// only made when someone asks for them, so a 1 MB script does not allocate two integers per character.

export interface MappedText {
  /** The decoded text. */
  readonly text: string;
  /** Source offset where decoded character i starts. */
  readonly starts: Int32Array;
  /** Source offset just after decoded character i. */
  readonly ends: Int32Array;
  /** Source offset just after the whole decoded text (where an insertion at the end goes). */
  readonly endOffset: number;
  /** Set when the text is a verbatim copy of the source from this offset on (starts[i] = origin + i). */
  readonly origin?: number;
}

const EMPTY = new Int32Array(0);

/** A verbatim copy of source text; its offset arrays are made on first use. */
class VerbatimText implements MappedText {
  private s: Int32Array | undefined;
  private e: Int32Array | undefined;
  constructor(
    readonly text: string,
    readonly origin: number,
  ) {}
  get endOffset(): number {
    return this.origin + this.text.length;
  }
  get starts(): Int32Array {
    if (!this.s) {
      const n = this.text.length;
      const s = new Int32Array(n);
      for (let i = 0; i < n; i++) s[i] = this.origin + i;
      this.s = s;
    }
    return this.s;
  }
  get ends(): Int32Array {
    if (!this.e) {
      const n = this.text.length;
      const e = new Int32Array(n);
      for (let i = 0; i < n; i++) e[i] = this.origin + i + 1;
      this.e = e;
    }
    return this.e;
  }
}

export class MappedTextBuilder {
  // text as a list of string pieces; offsets start out as `origin` alone (a verbatim copy so far) and
  // become typed arrays at the first character that is not the next source character
  private parts: string[] = [];
  private origin = -1;
  private verbatimSoFar = true;
  private starts = EMPTY;
  private ends = EMPTY;
  private n = 0;
  private capacity = 0;

  /** Makes room for `extra` more characters (callers that know the size avoid regrowing). */
  reserve(extra: number): void {
    this.capacity = Math.max(this.capacity, this.n + extra);
    if (this.verbatimSoFar || this.n + extra <= this.starts.length) return;
    this.grow(this.n + extra);
  }

  private grow(min: number): void {
    let size = Math.max(16, this.starts.length * 2, this.capacity);
    while (size < min) size *= 2;
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  /** Leaves the verbatim state: writes the offsets of the characters so far into arrays. */
  private materialise(extra: number): void {
    this.verbatimSoFar = false;
    this.grow(this.n + extra);
    for (let i = 0; i < this.n; i++) {
      this.starts[i] = this.origin + i;
      this.ends[i] = this.origin + i + 1;
    }
  }

  /** True when [start, end) of `width` 1 continues the verbatim copy (or starts it). */
  private continues(start: number, end: number): boolean {
    if (end - start !== 1) return false;
    if (this.n === 0) {
      this.origin = start;
      return true;
    }
    return start === this.origin + this.n;
  }

  /** Appends text copied verbatim from the source, starting at `sourceStart`. */
  copy(text: string, sourceStart: number): this {
    const len = text.length;
    if (len === 0) return this;
    if (this.verbatimSoFar && (this.n === 0 || sourceStart === this.origin + this.n)) {
      if (this.n === 0) this.origin = sourceStart;
    } else {
      if (this.verbatimSoFar) this.materialise(len);
      if (this.n + len > this.starts.length) this.grow(this.n + len);
      for (let i = 0; i < len; i++) {
        this.starts[this.n + i] = sourceStart + i;
        this.ends[this.n + i] = sourceStart + i + 1;
      }
    }
    this.n += len;
    this.parts.push(text);
    return this;
  }

  /** Appends decoded characters [from, to) of another mapped text, keeping their source offsets. */
  append(m: MappedText, from = 0, to = m.text.length): this {
    if (to <= from) return this;
    if (m.origin !== undefined) return this.copy(m.text.slice(from, to), m.origin + from);
    const len = to - from;
    if (this.verbatimSoFar) this.materialise(len);
    if (this.n + len > this.starts.length) this.grow(this.n + len);
    this.starts.set(m.starts.subarray(from, to), this.n);
    this.ends.set(m.ends.subarray(from, to), this.n);
    this.n += len;
    this.parts.push(m.text.slice(from, to));
    return this;
  }

  /** Appends one decoded character that stands for source text [start, end) (an escape, an entity). */
  add(ch: string, start: number, end: number): this {
    if (!(this.verbatimSoFar && this.continues(start, end))) {
      if (this.verbatimSoFar) this.materialise(1);
      if (this.n >= this.starts.length) this.grow(this.n + 1);
      this.starts[this.n] = start;
      this.ends[this.n] = end;
    }
    this.n++;
    this.parts.push(ch);
    return this;
  }

  get length(): number {
    return this.n;
  }

  build(endOffset?: number): MappedText {
    const n = this.n;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    if (this.verbatimSoFar && n > 0 && (endOffset === undefined || endOffset === this.origin + n)) return new VerbatimText(text, this.origin);
    if (this.verbatimSoFar) {
      if (n === 0) return { text: '', starts: EMPTY, ends: EMPTY, endOffset: endOffset ?? 0 };
      this.materialise(0);
    }
    return {
      text,
      // views, not copies: a builder is not used after build()
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      endOffset: endOffset ?? (n > 0 ? this.ends[n - 1] : 0),
    };
  }
}

/** Text that stands verbatim in the source from `start` on. */
export function verbatim(text: string, start: number): MappedText {
  return new VerbatimText(text, start);
}

/** A mapped text that is a plain slice of the source. */
export function sliceOf(source: string, start: number, end: number): MappedText {
  return new VerbatimText(source.slice(start, end), start);
}

/** Decoded [start, end) of a mapped text, sharing its offset arrays. */
export function subText(m: MappedText, start: number, end: number): MappedText {
  if (m.origin !== undefined) return new VerbatimText(m.text.slice(start, end), m.origin + Math.min(end > start ? start : end, m.text.length));
  return {
    text: m.text.slice(start, end),
    starts: m.starts.subarray(start, end),
    ends: m.ends.subarray(start, end),
    endOffset: end < m.text.length ? m.starts[end] : m.endOffset,
  };
}

/** Source range of decoded range [start, end). An empty range maps to an insertion point. */
export function toSource(m: MappedText, start: number, end: number): { start: number; end: number } {
  const n = m.text.length;
  if (m.origin !== undefined) {
    const s = m.origin + Math.min(start, n);
    return { start: s, end: end <= start ? s : m.origin + Math.min(end, n) };
  }
  const s = start < n ? m.starts[start] : m.endOffset;
  if (end <= start) return { start: s, end: s };
  const e = end - 1 < n ? m.ends[end - 1] : m.endOffset;
  return { start: s, end: Math.max(s, e) };
}

/**
 * True when decoded [start, end) is a verbatim, gap-free copy of the source, so that replacing it in the
 * source changes exactly those characters. Fixes over escapes or joins are not offered.
 */
export function isVerbatim(m: MappedText, start: number, end: number): boolean {
  if (m.origin !== undefined) return true;
  for (let i = start; i < end; i++) {
    if (m.ends[i] - m.starts[i] !== 1) return false;
    if (i > start && m.starts[i] !== m.ends[i - 1]) return false;
  }
  return true;
}

/** Source offset where decoded character i starts (without making a verbatim text's arrays). */
export function startOf(m: MappedText, i: number): number {
  return m.origin !== undefined ? m.origin + i : m.starts[i];
}

/** Source offset just after decoded character i. */
export function endOf(m: MappedText, i: number): number {
  return m.origin !== undefined ? m.origin + i + 1 : m.ends[i];
}
