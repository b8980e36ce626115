// Decoded text that remembers where each character came from in the host document.
// Locators decode host syntax (caret and backtick escapes, continuations, XML entities, joined arrays)
// into the command line ccmsetup would see; every finding and fix is mapped back through this.

export interface MappedText {
  /** The decoded text. */
  readonly text: string;
  /** Source offset where decoded character i starts. */
  readonly starts: Int32Array;
  /** Source offset just after decoded character i. */
  readonly ends: Int32Array;
  /** Source offset just after the whole decoded text (where an insertion at the end goes). */
  readonly endOffset: number;
}

const EMPTY = new Int32Array(0);

export class MappedTextBuilder {
  // text as a list of string pieces, offsets in growable typed arrays: no per-character objects
  private parts: string[] = [];
  private starts = EMPTY;
  private ends = EMPTY;
  private n = 0;

  /** Makes room for `extra` more characters (callers that know the size avoid regrowing). */
  reserve(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    let size = Math.max(16, this.starts.length * 2);
    while (size < this.n + extra) size *= 2;
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  /** Appends text copied verbatim from the source, starting at `sourceStart`. */
  copy(text: string, sourceStart: number): this {
    if (this.n + text.length > this.starts.length) this.reserve(text.length);
    for (let i = 0; i < text.length; i++) {
      this.starts[this.n] = sourceStart + i;
      this.ends[this.n] = sourceStart + i + 1;
      this.n++;
    }
    this.parts.push(text);
    return this;
  }

  /** Appends one decoded character that stands for source text [start, end) (an escape, an entity). */
  add(ch: string, start: number, end: number): this {
    if (this.n >= this.starts.length) this.reserve(1);
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
    this.parts.push(ch);
    return this;
  }

  get length(): number {
    return this.n;
  }

  build(endOffset?: number): MappedText {
    const n = this.n;
    return {
      text: this.parts.join(''),
      // views, not copies: a builder is not used after build()
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      endOffset: endOffset ?? (n > 0 ? this.ends[n - 1] : 0),
    };
  }
}

/** Text that stands verbatim in the source from `start` on. */
export function verbatim(text: string, start: number): MappedText {
  const n = text.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { text, starts, ends, endOffset: start + n };
}

/** A mapped text that is a plain slice of the source. */
export function sliceOf(source: string, start: number, end: number): MappedText {
  return verbatim(source.slice(start, end), start);
}

/** Decoded [start, end) of a mapped text, sharing its offset arrays. */
export function subText(m: MappedText, start: number, end: number): MappedText {
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
  for (let i = start; i < end; i++) {
    if (m.ends[i] - m.starts[i] !== 1) return false;
    if (i > start && m.starts[i] !== m.ends[i - 1]) return false;
  }
  return true;
}
