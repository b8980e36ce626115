// Documentation text for hover, completion and signature help, written once and rendered either as
// Markdown or as plain text (no Markdown syntax), as the client asks. Each piece carries both forms, so
// text typed by the user (a value, a site code) is never read as Markdown and never mangled.

export interface Inline {
  md: string;
  plain: string;
}

/** Text written here in this module's callers: safe as Markdown and as plain text alike. */
export function lit(s: string): Inline {
  return { md: s, plain: s };
}

/** Arbitrary text (from the document): escaped for Markdown. */
export function text(s: string): Inline {
  return { md: escapeMarkdown(s), plain: s };
}

/** Markdown from the knowledge base (code spans, bold): kept for Markdown, stripped for plain text. */
export function md(s: string): Inline {
  return { md: s, plain: toPlain(s) };
}

/** A code span. */
export function code(s: string): Inline {
  return { md: codeSpan(s), plain: s };
}

export function bold(i: Inline | string): Inline {
  const x = typeof i === 'string' ? lit(i) : i;
  return { md: `**${x.md}**`, plain: x.plain };
}

/** Concatenates pieces; plain strings are taken as `lit`. */
export function cat(...parts: (Inline | string | undefined)[]): Inline {
  let m = '';
  let p = '';
  for (const x of parts) {
    if (x === undefined) continue;
    if (typeof x === 'string') {
      m += x;
      p += x;
    } else {
      m += x.md;
      p += x.plain;
    }
  }
  return { md: m, plain: p };
}

export function joinInline(parts: Inline[], sep: string): Inline {
  return cat(...parts.flatMap((x, i) => (i === 0 ? [x] : [sep, x])));
}

const MD_SPECIAL = /[\\`*_[\]<>#|~]/g;

export function escapeMarkdown(s: string): string {
  return s.replace(MD_SPECIAL, (c) => '\\' + c);
}

export function codeSpan(s: string): string {
  let longest = 0;
  let run = 0;
  for (const ch of s) {
    run = ch === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return fence + pad + s + pad + fence;
}

const plainCache = new Map<string, string>();

/** Strips the Markdown the knowledge base uses: code spans, bold, links and headings. Linear. */
export function toPlain(s: string): string {
  const hit = plainCache.get(s);
  if (hit !== undefined) return hit;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i];
    if (ch === '`') {
      let f = 0;
      while (i + f < n && s[i + f] === '`') f++;
      const fence = '`'.repeat(f);
      const close = s.indexOf(fence, i + f);
      if (close < 0) {
        out += s.slice(i, i + f);
        i += f;
        continue;
      }
      let inner = s.slice(i + f, close);
      if (f > 1 && inner.startsWith(' ') && inner.endsWith(' ') && inner.length >= 2) inner = inner.slice(1, -1);
      out += inner;
      i = close + f;
      continue;
    }
    if (ch === '*' && s[i + 1] === '*') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      const m = /^\[([^\]\n]{0,200})\]\(([^)\s]{1,500})\)/.exec(s.slice(i, i + 710));
      if (m) {
        out += `${m[1]} (${m[2]})`;
        i += m[0].length;
        continue;
      }
    }
    if (ch === '#' && (i === 0 || s[i - 1] === '\n')) {
      const m = /^#{1,6} /.exec(s.slice(i, i + 7));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  if (plainCache.size < 2000) plainCache.set(s, out);
  return out;
}

/** A document of blocks (paragraphs, headings, lists, links), rendered once for the client. */
export class Doc {
  private readonly blocks: Inline[] = [];

  para(...parts: (Inline | string | undefined)[]): this {
    const c = cat(...parts);
    if (c.plain.length > 0 || c.md.length > 0) this.blocks.push(c);
    return this;
  }

  /** A heading followed by its text, e.g. "Security". */
  section(title: string, body: Inline): this {
    this.blocks.push({ md: `#### ${title}\n\n${body.md}`, plain: `${title}\n${body.plain}` });
    return this;
  }

  bullets(items: Inline[]): this {
    if (items.length === 0) return this;
    this.blocks.push({ md: items.map((i) => `- ${i.md}`).join('\n'), plain: items.map((i) => `- ${i.plain}`).join('\n') });
    return this;
  }

  link(label: string, url: string): this {
    this.blocks.push({ md: `[${label}](${url})`, plain: `${label}: ${url}` });
    return this;
  }

  get empty(): boolean {
    return this.blocks.length === 0;
  }

  render(markdown: boolean): string {
    return this.blocks.map((b) => (markdown ? b.md : b.plain)).join('\n\n');
  }
}
