// Every regular expression in server/src (regex literals and `new RegExp(...)` whose pattern can be worked
// out from literals), found with the TypeScript parser, and adversarial inputs for each: long runs of the
// characters each quantified part of the pattern repeats, alone, cycled and interleaved with the next
// quantified part, after the pattern's literal prefix, followed by a tail that does not match.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** file:line */
  where: string;
  source: string;
  flags: string;
  /** The template placeholders filled in from `substitutions` (new RegExp(`...${x}...`)). */
  substituted?: string[];
}

const SERVER = path.join(__dirname, '..', '..', '..', 'server', 'src');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

/** The value of an expression built only from string literals, template literals with known values, + and [...].join(). */
function evaluate(node: ts.Expression, substitutions: Record<string, string>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, substitutions);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const name = span.expression.getText();
      const value = substitutions[name] ?? evaluate(span.expression, substitutions);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = evaluate(node.left, substitutions);
    const r = evaluate(node.right, substitutions);
    return l !== undefined && r !== undefined ? l + r : undefined;
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isArrayLiteralExpression(node.expression.expression)) {
    const parts = node.expression.expression.elements.map((e) => evaluate(e, substitutions));
    const sep = node.arguments[0] ? evaluate(node.arguments[0], substitutions) : ',';
    if (parts.some((p) => p === undefined) || sep === undefined) return undefined;
    return parts.join(sep);
  }
  return undefined;
}

/**
 * Regular expressions of server/src. `substitutions` gives values for template placeholders in
 * `new RegExp(`...${x}...`)` (for example the attribute names the XML locator asks for).
 */
export function findRegexes(substitutions: Record<string, string[]> = {}): { found: FoundRegex[]; unresolved: string[] } {
  const found: FoundRegex[] = [];
  const unresolved: string[] = [];
  for (const file of files(SERVER)) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${path.relative(SERVER, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText();
        const slash = lit.lastIndexOf('/');
        found.push({ where: where(n), source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
      } else if (ts.isNewExpression(n) && n.expression.getText() === 'RegExp' && n.arguments?.length) {
        const flags = n.arguments[1] ? evaluate(n.arguments[1], {}) : '';
        // each combination of the substitutions named in the pattern
        const names = Object.keys(substitutions).filter((k) => n.arguments![0].getText().includes('${' + k + '}'));
        const combos: Record<string, string>[] = [{}];
        for (const k of names) combos.splice(0, combos.length, ...combos.flatMap((c) => substitutions[k].map((v) => ({ ...c, [k]: v }))));
        let any = false;
        for (const c of combos) {
          const source = evaluate(n.arguments[0], c);
          if (source === undefined || flags === undefined) continue;
          found.push(names.length ? { where: where(n), source, flags, substituted: names } : { where: where(n), source, flags });
          any = true;
        }
        if (!any) unresolved.push(`${where(n)}: ${n.getText().slice(0, 80)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, unresolved };
}

// ---- adversarial inputs ------------------------------------------------------------------------------

const POOL: string[] = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t', '\n', '\r', '\f', '\v', '\0', '\u0001', '\u00a0', '\u3000', '\u2028', '\uFEFF', '\u00e9', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u2033', '\uD800', '\uDC00',
];

/** The atoms of a pattern that a quantifier repeats (and every atom inside a repeated group). */
export function repeatedAtoms(source: string): string[] {
  const atoms: string[] = [];
  const groupStarts: number[] = [];
  const groupAtoms: string[][] = [[]];
  let i = 0;
  const quantifierAt = (k: number) => /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(source.slice(k));
  while (i < source.length) {
    const c = source[i];
    let atom: string;
    if (c === '\\') {
      const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+|.)/s.exec(source.slice(i))!;
      atom = m[0];
      i += atom.length;
    } else if (c === '[') {
      let k = i + 1;
      if (source[k] === '^') k++;
      if (source[k] === ']') k++;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
      atom = source.slice(i, k + 1);
      i = k + 1;
    } else if (c === '(') {
      groupStarts.push(i);
      groupAtoms.push([]);
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(source.slice(i))!;
      i += m[0].length;
      continue;
    } else if (c === ')') {
      groupStarts.pop();
      const inner = groupAtoms.pop() ?? [];
      i++;
      const q = quantifierAt(i);
      if (q) {
        atoms.push(...inner);
        i += q[0].length + (source[i + q[0].length] === '?' ? 1 : 0);
      }
      groupAtoms[groupAtoms.length - 1].push(...inner);
      continue;
    } else if (c === '|' || c === '^' || c === '$') {
      i++;
      continue;
    } else {
      atom = c;
      i++;
    }
    groupAtoms[groupAtoms.length - 1].push(atom);
    const q = quantifierAt(i);
    if (q) {
      atoms.push(atom);
      i += q[0].length + (source[i + q[0].length] === '?' ? 1 : 0);
    }
  }
  return [...new Set(atoms)];
}

/** The literal text a pattern starts with (after ^), if any. */
function literalPrefix(source: string): string {
  const m = /^\^?((?:[A-Za-z0-9 _:;=,'"<>!@#%&~`-]|\\[/.\\[\](){}*+?|^$-])*)/.exec(source);
  return m ? m[1].replace(/\\(.)/g, '$1') : '';
}

function charsMatching(atom: string, flags: string): string[] {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, ''));
  } catch {
    return [];
  }
  return POOL.filter((c) => re.test(c));
}

/** Adversarial inputs for one pattern, each about n characters long. */
export function adversarialInputs(source: string, flags: string, n: number): string[] {
  const sets = repeatedAtoms(source)
    .map((a) => charsMatching(a, flags))
    .filter((s) => s.length > 0);
  const prefix = literalPrefix(source);
  const inputs = new Set<string>();
  const tailsFor = (chars: Set<string>) => ['\u0001', '!', '\n', '"', 'x'].filter((t) => !chars.has(t)).slice(0, 2);
  const run = (chars: string[]) => {
    let s = '';
    for (let k = 0; s.length < n; k++) s += chars[k % chars.length];
    return s;
  };
  const add = (body: string, chars: string[]) => {
    for (const tail of tailsFor(new Set(chars))) {
      inputs.add(body + tail);
      if (prefix) inputs.add(prefix + body + tail);
    }
  };
  for (const [k, chars] of sets.entries()) {
    add(run([chars[0]]), [chars[0]]);
    if (chars.length > 1) add(run(chars.slice(0, 16)), chars);
    const next = sets[k + 1];
    if (next) {
      // the next repeated part's characters interleaved: the classic overlap between neighbours
      const mixed = [chars[0], next[next.length > 1 ? 1 : 0]];
      add(run(mixed), [...chars, ...next]);
    }
  }
  if (prefix) add(run([prefix]).slice(0, n), [...prefix]);
  return [...inputs];
}
