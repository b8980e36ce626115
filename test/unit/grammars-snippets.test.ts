// TextMate grammars, language configurations and snippets.
//  * every file is valid JSON; the grammars are what syntaxes/generate.cjs builds from the knowledge base; every
//    grammar regex compiles (Oniguruma through vscode-oniguruma when it is installed, otherwise JavaScript's RegExp
//    after removing only what JavaScript cannot parse) and has no nested unbounded quantifier; every include
//    resolves; the known names agree with the knowledge base;
//  * with vscode-textmate and vscode-oniguruma installed: sample lines get the expected scopes in the ccmsetup and .tcf
//    languages and, through the injections, in batch and PowerShell (with stand-in host grammars, and with VS Code's
//    own when a local VS Code build is found), other code keeps its colours, and pathological lines stay fast;
//  * every snippet is complete and, with its placeholders at their defaults, lints without errors or warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/analyse/analyse';
import { PARAMETERS, PROPERTIES, READINESS_PARAMETERS } from '../../server/src/knowledge';
import { CACHE_FLAGS } from '../../server/src/knowledge/grammars';
import type { HostLanguage } from '../../server/src/locate/region';

const ROOT = path.join(__dirname, '..', '..', '..');
const SYNTAXES = path.join(ROOT, 'syntaxes');
const SNIPPETS = path.join(ROOT, 'snippets');
const LANGUAGE_CONFIGURATION = path.join(ROOT, 'language-configuration');

const readJson = (file: string): any => JSON.parse(fs.readFileSync(file, 'utf8'));
const jsonFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));

// ---- the grammar files ------------------------------------------------------------------------------

const GRAMMAR_FILES: Record<string, string> = {
  'source.ccmsetup': 'ccmsetup.tmLanguage.json',
  'source.ccmsetup-tcf': 'ccmsetup-tcf.tmLanguage.json',
  'ccmsetup.injection.batch': 'ccmsetup-injection.batch.tmLanguage.json',
  'ccmsetup.injection.powershell': 'ccmsetup-injection.powershell.tmLanguage.json',
  'ccmsetup.injection.powershell-heredoc': 'ccmsetup-injection.powershell-heredoc.tmLanguage.json',
  'ccmlint.injection.directives': 'ccmlint-directives.injection.tmLanguage.json',
};
const INJECTIONS: Record<string, string[]> = {
  'source.batchfile': ['ccmsetup.injection.batch', 'ccmlint.injection.directives'],
  'source.powershell': ['ccmsetup.injection.powershell', 'ccmsetup.injection.powershell-heredoc', 'ccmlint.injection.directives'],
};
const grammars = Object.fromEntries(Object.entries(GRAMMAR_FILES).map(([scope, file]) => [scope, readJson(path.join(SYNTAXES, file))]));

interface RegexAt {
  where: string;
  source: string;
}

/** Every rule object of a grammar (patterns, repository, captures), with where it sits. */
function* rules(node: any, where: string): Generator<{ rule: any; where: string }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* rules(node[i], `${where}[${i}]`);
    return;
  }
  yield { rule: node, where };
  for (const key of ['patterns', 'repository', 'captures', 'beginCaptures', 'endCaptures', 'whileCaptures']) {
    const child = node[key];
    if (!child) continue;
    if (Array.isArray(child)) yield* rules(child, `${where}.${key}`);
    else for (const [k, v] of Object.entries(child)) yield* rules(v, `${where}.${key}.${k}`);
  }
}

function regexesOf(grammar: any, name: string): RegexAt[] {
  const out: RegexAt[] = [];
  for (const { rule, where } of rules(grammar, name)) {
    for (const key of ['match', 'begin', 'end', 'while']) if (typeof rule[key] === 'string') out.push({ where: `${where}.${key}`, source: rule[key] });
  }
  return out;
}

/** An Oniguruma pattern as a JavaScript RegExp: (?i) becomes the i flag, \G an empty group, \x{HHHH} \uHHHH. */
function toJsRegExp(source: string): RegExp {
  let flags = '';
  let s = source;
  if (s.startsWith('(?i)')) {
    flags = 'i';
    s = s.slice(4);
  }
  if (s.includes('(?i:')) {
    flags = 'i';
    s = s.replace(/\(\?i:/g, '(?:');
  }
  s = s.replace(/\\G/g, '(?:)').replace(/\\x\{([0-9A-Fa-f]{4})\}/g, '\\u$1');
  return new RegExp(s, flags);
}

/**
 * A group repeated without bound that itself holds an unbounded quantifier ((a+)*, (?:x*y)+): the shape that can
 * backtrack exponentially. Character classes and escapes are skipped; a group followed by ? or {0,1} is fine.
 */
function nestedUnboundedQuantifier(source: string): string | undefined {
  const stack: { start: number; inner: boolean }[] = [];
  const unboundedAt = (i: number) => source[i] === '*' || source[i] === '+' || /^\{\d*,\}/.test(source.slice(i));
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // skip the class, including escaped characters and a leading ]
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (unboundedAt(i + 1) && stack.length) stack[stack.length - 1].inner = true;
      continue;
    }
    if (c === '(') {
      stack.push({ start: i, inner: false });
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      if (!g) continue;
      if (unboundedAt(i + 1)) {
        if (g.inner) return source.slice(g.start, i + 2);
        if (stack.length) stack[stack.length - 1].inner = true;
      } else if (g.inner && stack.length) {
        stack[stack.length - 1].inner = true;
      }
      continue;
    }
    if (unboundedAt(i) && source[i - 1] !== '(' && stack.length) stack[stack.length - 1].inner = true;
  }
  return undefined;
}

// ---- optional TextMate engine ------------------------------------------------------------------------

function tryRequire(id: string): any {
  try {
    return require(id);
  } catch {
    return undefined;
  }
}
const onig = tryRequire('vscode-oniguruma');
const textmate = tryRequire('vscode-textmate');
const NO_ENGINE = !onig || !textmate ? 'vscode-textmate and vscode-oniguruma are not installed (devDependencies)' : false;

let onigReady: Promise<void> | undefined;
function loadOnig(): Promise<void> {
  if (!onigReady) {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    onigReady = onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  }
  return onigReady!;
}

// Stand-ins for VS Code's batch and PowerShell grammars: only what the injections depend on (comments, strings,
// here-strings, groups), with the same scope names.
const STUB_BATCH = {
  scopeName: 'source.batchfile',
  patterns: [
    { begin: '(?i)(?:^|(?<=&))[ \\t]*@?(rem)(?=$|[ \\t])', beginCaptures: { 1: { name: 'keyword.command.rem.batchfile' } }, end: '$', name: 'comment.line.rem.batchfile' },
    { begin: '^[ \\t]*(::)', end: '$', name: 'comment.line.colon.batchfile' },
    { begin: '"', end: '"|$', name: 'string.quoted.double.batchfile' },
    { begin: '\\(', end: '\\)', name: 'meta.group.batchfile', patterns: [{ include: '$self' }] },
    { match: '[0-9]?>>?(?:&[0-9])?|<', name: 'keyword.operator.redirection.batchfile' },
    { match: '&&?|\\|\\|?', name: 'keyword.operator.conditional.batchfile' },
    { match: '(?i)\\b(?:echo|cmd|exit|set|copy|if|goto)\\b', name: 'keyword.command.batchfile' },
  ],
};
const STUB_POWERSHELL = {
  scopeName: 'source.powershell',
  patterns: [
    { begin: '<#', end: '#>', name: 'comment.block.powershell' },
    { begin: '(?<![`\\\\-])(#)', end: '$', name: 'comment.line.powershell' },
    { begin: '@"[ \\t]*$', end: '^"@', name: 'string.quoted.double.heredoc.powershell' },
    { begin: "@'[ \\t]*$", end: "^'@", name: 'string.quoted.single.heredoc.powershell' },
    { begin: "'", end: "'", applyEndPatternLast: true, name: 'string.quoted.single.powershell', patterns: [{ match: "''", name: 'constant.character.escape.powershell' }] },
    {
      begin: '"',
      end: '"',
      applyEndPatternLast: true,
      name: 'string.quoted.double.powershell',
      patterns: [
        { match: '`.', name: 'constant.character.escape.powershell' },
        { match: '""', name: 'constant.character.escape.powershell' },
      ],
    },
    { begin: '\\{', end: '\\}', name: 'meta.scriptblock.powershell', patterns: [{ include: '$self' }] },
    { match: '(?<![\\w-])-[A-Za-z]+', name: 'keyword.operator.parameter.powershell' },
    { match: '\\b[A-Z][a-z]+-[A-Za-z]+\\b', name: 'support.function.powershell' },
  ],
};

/** VS Code's own batch and PowerShell grammars, when a local VS Code build is around (the editor-test download). */
function vscodeHostGrammars(): Record<string, string> | undefined {
  const candidates = [path.join(ROOT, '.vscode-test', 'code-server', 'lib', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions')];
  for (const dir of candidates) {
    const bat = path.join(dir, 'bat', 'syntaxes', 'batchfile.tmLanguage.json');
    const ps = path.join(dir, 'powershell', 'syntaxes', 'powershell.tmLanguage.json');
    if (fs.existsSync(bat) && fs.existsSync(ps)) return { 'source.batchfile': bat, 'source.powershell': ps };
  }
  return undefined;
}

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

async function tokenizer(hosts: 'stub' | Record<string, string>) {
  await loadOnig();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      if (GRAMMAR_FILES[scope]) return textmate.parseRawGrammar(JSON.stringify(grammars[scope]), `${scope}.json`);
      if (hosts === 'stub') return scope === 'source.batchfile' ? STUB_BATCH : scope === 'source.powershell' ? STUB_POWERSHELL : null;
      const file = hosts[scope];
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope: string) => INJECTIONS[scope],
  });
  const loaded = new Map<string, any>();
  return async (scope: string, source: string, timeLimit = 0): Promise<Token[][]> => {
    if (!loaded.has(scope)) loaded.set(scope, await registry.loadGrammar(scope));
    const grammar = loaded.get(scope);
    let state = textmate.INITIAL;
    return source.split('\n').map((line) => {
      const r = grammar.tokenizeLine(line, state, timeLimit);
      assert.ok(!r.stoppedEarly, `tokenising stopped early: ${line.slice(0, 80)}`);
      state = r.ruleStack;
      return r.tokens.map((t: any) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
    });
  };
}

/** The scopes of the token at the first occurrence of `text` (after `from`) on a tokenised line. */
function scopesAt(line: Token[], text: string, from = 0): string[] {
  const full = line.map((t) => t.text).join('');
  const at = full.indexOf(text, from);
  assert.ok(at >= 0, `"${text}" not on the line: ${full}`);
  const tok = line.find((t) => t.start <= at && at < t.start + t.text.length)!;
  return tok.scopes;
}
function assertScope(line: Token[], text: string, scope: string, from = 0): void {
  const scopes = scopesAt(line, text, from);
  assert.ok(scopes.includes(scope), `"${text}": expected ${scope}, got ${scopes.join(' ')}`);
}
function assertNoOwnScope(line: Token[], text: string, from = 0): void {
  const scopes = scopesAt(line, text, from);
  const own = scopes.filter((s) => /\.(ccmsetup|ccmsetup-tcf|ccmlint)$/.test(s) && !s.startsWith('source.'));
  assert.deepEqual(own, [], `"${text}" should keep the host's colours, got ${scopes.join(' ')}`);
}

// ---- files -------------------------------------------------------------------------------------------

test('every grammar, snippet and language configuration file is valid JSON', () => {
  const files = [...jsonFiles(SYNTAXES), ...jsonFiles(SNIPPETS), ...jsonFiles(LANGUAGE_CONFIGURATION)];
  assert.ok(files.length >= 11, files.join(', '));
  for (const file of files) assert.doesNotThrow(() => readJson(file), file);
  assert.deepEqual(jsonFiles(SYNTAXES).map((f) => path.basename(f)).sort(), Object.values(GRAMMAR_FILES).sort());
  for (const [scope, g] of Object.entries(grammars)) assert.equal(g.scopeName, scope);
});

test('every grammar regex compiles as JavaScript (after removing only what JavaScript cannot parse)', () => {
  for (const [scope, g] of Object.entries(grammars)) {
    for (const r of regexesOf(g, scope)) assert.doesNotThrow(() => toJsRegExp(r.source), `${r.where}: ${r.source}`);
  }
});

test('every grammar regex compiles in Oniguruma', { skip: NO_ENGINE }, async () => {
  await loadOnig();
  let n = 0;
  for (const [scope, g] of Object.entries(grammars)) {
    for (const r of regexesOf(g, scope)) {
      assert.doesNotThrow(() => new onig.OnigScanner([r.source]), `${r.where}: ${r.source}`);
      n++;
    }
  }
  assert.ok(n > 100, `only ${n} regexes`);
});

test('no grammar regex repeats a group that holds an unbounded quantifier', () => {
  assert.equal(nestedUnboundedQuantifier('(a+)*'), '(a+)*');
  assert.equal(nestedUnboundedQuantifier('(?:x[^y]*)+'), '(?:x[^y]*)+');
  assert.equal(nestedUnboundedQuantifier('(?:[^"]*?x)?y+'), undefined);
  for (const [scope, g] of Object.entries(grammars)) {
    for (const r of regexesOf(g, scope)) assert.equal(nestedUnboundedQuantifier(r.source), undefined, `${r.where}: ${r.source}`);
  }
});

test('every include resolves and every scope name ends in the grammar suffix', () => {
  const main = grammars['source.ccmsetup'];
  for (const [scope, g] of Object.entries(grammars)) {
    for (const { rule, where } of rules(g, scope)) {
      if (where === scope) continue; // the grammar itself: its name is a display name
      if (typeof rule.include === 'string') {
        const inc: string = rule.include;
        if (inc.startsWith('#')) assert.ok(g.repository?.[inc.slice(1)], `${where}: ${inc}`);
        else if (inc.startsWith('source.ccmsetup#')) assert.ok(main.repository[inc.slice('source.ccmsetup#'.length)], `${where}: ${inc}`);
        else assert.fail(`${where}: unexpected include ${inc}`);
      }
      for (const key of ['name', 'contentName']) {
        if (typeof rule[key] !== 'string') continue;
        for (const s of rule[key].split(' ')) assert.match(s, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.(ccmsetup|ccmsetup-tcf|ccmlint)$/, `${where}.${key}: ${s}`);
      }
    }
  }
});

test('the injections leave comments, strings and their own regions alone', () => {
  assert.equal(grammars['ccmsetup.injection.batch'].injectionSelector, 'L:source.batchfile -comment -string -meta.command.ccmsetup -meta.arguments.ccmsetup');
  assert.equal(grammars['ccmsetup.injection.powershell'].injectionSelector, 'L:source.powershell -comment -meta.command.ccmsetup -meta.arguments.ccmsetup');
  assert.match(grammars['ccmsetup.injection.powershell-heredoc'].injectionSelector, /heredoc\.powershell/);
  assert.match(grammars['ccmlint.injection.directives'].injectionSelector, /comment\.line\.rem\.batchfile.*comment\.line\.powershell/);
});

// ---- names against the knowledge base ----------------------------------------------------------------

/** The names in the alternation of a grammar regex: the group right after `marker`. */
function alternation(source: string, marker: string): string[] {
  const at = source.indexOf(marker);
  assert.ok(at >= 0, `${marker} not in ${source.slice(0, 60)}`);
  const start = at + marker.length;
  const end = source.indexOf(')', start);
  return source
    .slice(start, end)
    .split('|')
    .map((n) => n.replace(/\\(.)/g, '$1'));
}
const sorted = (a: string[]) => [...a].map((s) => s.toLowerCase()).sort();

test('the grammar files are what syntaxes/generate.cjs writes from the knowledge base', () => {
  const { buildGrammars, serialize } = require(path.join(SYNTAXES, 'generate.cjs'));
  const built: Record<string, unknown> = buildGrammars({ PARAMETERS, PROPERTIES, READINESS_PARAMETERS }, CACHE_FLAGS);
  assert.deepEqual(Object.keys(built).sort(), Object.values(GRAMMAR_FILES).sort());
  for (const [file, grammar] of Object.entries(built)) {
    assert.equal(fs.readFileSync(path.join(SYNTAXES, file), 'utf8'), serialize(grammar), `syntaxes/${file} is out of date: npx tsc -p . && node syntaxes/generate.cjs`);
  }
});

test('the grammar knows exactly the parameters and properties of the knowledge base', () => {
  const repo = grammars['source.ccmsetup'].repository;
  const params = alternation(repo['parameter-head'].patterns[0].match, '((/)(?:');
  assert.deepEqual(sorted(params), sorted(PARAMETERS.map((p) => p.name.slice(1))));
  const readiness = alternation(repo['readiness-parameter-head'].patterns[0].match, '((/)(?:');
  assert.deepEqual(sorted(readiness), sorted(READINESS_PARAMETERS.map((p) => p.name.slice(1))));
  const props = alternation(repo['property-head'].patterns[0].match, '\\G(');
  assert.deepEqual(sorted(props), sorted(PROPERTIES.map((p) => p.name)));
  const flagRules = Object.keys(repo).filter((k) => k.startsWith('flag-'));
  assert.ok(flagRules.length >= 7, flagRules.join(', '));
  for (const k of flagRules) {
    const flags = alternation(repo[k].match, `(?<![^\\s("'])(?:`);
    assert.deepEqual(sorted(flags), sorted(PROPERTIES.filter((p) => p.value.type === 'none').map((p) => p.name)), k);
  }

  // and the regexes really match them, in any case, and not their prefixes
  const known = toJsRegExp(repo['parameter-head'].patterns[0].match);
  for (const p of PARAMETERS) {
    for (const spelled of [p.name, p.name.toUpperCase(), p.name.toLowerCase()]) assert.equal(known.exec(spelled + ':x')?.[1], spelled, spelled);
  }
  assert.equal(known.exec('/mpx:1'), null);
  assert.equal(known.exec('/qn'), null);
  const prop = toJsRegExp(repo['property-head'].patterns[0].match);
  for (const p of PROPERTIES) assert.equal(prop.exec(p.name.toLowerCase() + '=1')?.[1], p.name.toLowerCase(), p.name);
  assert.equal(prop.exec('SMSCACHSIZE=1'), null);
});

// ---- language configuration --------------------------------------------------------------------------

test('language configurations: comments, brackets, quotes and a word pattern that keeps settings whole', () => {
  const plain = readJson(path.join(LANGUAGE_CONFIGURATION, 'ccmsetup.json'));
  const tcf = readJson(path.join(LANGUAGE_CONFIGURATION, 'ccmsetup-tcf.json'));
  assert.equal(plain.comments.lineComment, '#');
  assert.equal(tcf.comments.lineComment, ';');
  for (const conf of [plain, tcf]) {
    assert.ok(conf.autoClosingPairs.some((p: any) => p.open === '"' && p.close === '"'));
    assert.ok(conf.brackets.length > 0);
    const word = new RegExp(conf.wordPattern, 'g');
    assert.equal(word.test(''), false);
    const words = 'ccmsetup.exe /mp:https://mp1.contoso.com;https://mp2.contoso.com SMSSITECODE=P01 /regtoken:%CCM_REGTOKEN% AADCLIENTAPPID=7506ee10-f7ec-415a-b415-cd3d58790d97'.match(word);
    for (const w of ['ccmsetup.exe', '/mp', 'https://mp1.contoso.com', 'https://mp2.contoso.com', 'SMSSITECODE', 'P01', '/regtoken', '%CCM_REGTOKEN%', '7506ee10-f7ec-415a-b415-cd3d58790d97']) {
      assert.ok(words?.includes(w), `${w} in ${words}`);
    }
    for (const m of Object.values(conf.folding.markers)) assert.doesNotThrow(() => new RegExp(m as string));
  }
});

// ---- tokenisation ------------------------------------------------------------------------------------

test('ccmsetup language: program, parameters, properties, separators, values, variables and directives', { skip: NO_ENGINE }, async () => {
  const tok = await tokenizer('stub');
  const [comment, line, vars, cmd, bad, readiness] = await tok(
    'source.ccmsetup',
    [
      '# ccmlint-disable-next-line CCM303 ccm315 -- CRL not published yet',
      'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert /BITSPriority:high /retry:20 SMSSITECODE=P01 SMSSiteCode=auto CCMCERTSEL="SubjectAttr:OU = Computers" SMSMPLIST=mp1;mp2 CCMALLOWSILENTREBOOT',
      '/regtoken:%CCM_REGTOKEN% SMSSIGNCERT=$env:CERT CCMHOSTNAME=<CMG host> FSP={{ fsp }} DNSSUFFIX=$(Get-Suffix) SMSMP=!MP!',
      'msiexec /i ccmsetup.msi /qn CCMSETUPCMD="/mp:https://cmg.contoso.com CCMCERTSEL=""SubjectStr:a b"" SMSSITECODE=P01" REBOOT=ReallySuppress',
      '/qn SMSCACHSIZE=100 -mp:x',
      'CMHttpsReadiness.exe /Store:MY /Criteria:"Subject:x" /SelectFirstCert /mp:x',
    ].join('\n'),
  );
  assertScope(comment, '#', 'comment.line.number-sign.ccmsetup');
  assertScope(comment, 'ccmlint-disable-next-line', 'keyword.other.directive.ccmlint');
  assertScope(comment, 'CCM303', 'constant.other.rule-id.ccmlint');
  assertScope(comment, 'ccm315', 'constant.other.rule-id.ccmlint');
  assertScope(comment, 'CRL', 'comment.line.number-sign.ccmsetup');
  assert.ok(!scopesAt(comment, 'CRL').includes('meta.directive.ccmlint'), 'the reason is not part of the directive');

  assertScope(line, 'ccmsetup.exe', 'support.function.program.ccmsetup');
  assertScope(line, '/mp', 'variable.parameter.ccmsetup');
  assertScope(line, '/', 'punctuation.definition.parameter.ccmsetup');
  assertScope(line, 'mp', 'variable.parameter.ccmsetup');
  assertScope(line, ':', 'keyword.operator.assignment.ccmsetup');
  assertScope(line, 'https://mp1.contoso.com', 'markup.underline.link.ccmsetup');
  assertScope(line, 'https://mp1.contoso.com', 'string.unquoted.ccmsetup');
  assertScope(line, 'UsePKICert', 'variable.parameter.ccmsetup');
  assertScope(line, 'high', 'constant.language.ccmsetup');
  assertScope(line, '20', 'constant.numeric.ccmsetup');
  assertScope(line, 'SMSSITECODE', 'variable.other.property.ccmsetup');
  assertScope(line, '=P01', 'keyword.operator.assignment.ccmsetup');
  assertScope(line, 'P01', 'string.unquoted.ccmsetup');
  assertScope(line, 'SMSSiteCode', 'variable.other.property.ccmsetup');
  assertScope(line, 'auto', 'constant.language.ccmsetup');
  assertScope(line, '"SubjectAttr', 'punctuation.definition.string.begin.ccmsetup');
  assertScope(line, 'SubjectAttr', 'support.constant.certificate-selection.ccmsetup');
  assertScope(line, 'OU = Computers', 'string.quoted.double.ccmsetup');
  assertScope(line, ';mp2', 'punctuation.separator.list.ccmsetup');
  assertScope(line, 'CCMALLOWSILENTREBOOT', 'variable.other.property.ccmsetup');

  assertScope(vars, '%CCM_REGTOKEN%', 'variable.other.ccmsetup');
  assertScope(vars, '$env:CERT', 'variable.other.ccmsetup');
  assertScope(vars, '<CMG host>', 'variable.other.placeholder.ccmsetup');
  assertScope(vars, 'CMG host', 'variable.other.placeholder.ccmsetup');
  assertScope(vars, ' fsp ', 'variable.other.template.ccmsetup');
  assertScope(vars, 'Get-Suffix', 'variable.other.subexpression.ccmsetup');
  assertScope(vars, '!MP!', 'variable.other.ccmsetup');

  assertScope(cmd, 'msiexec', 'support.function.program.ccmsetup');
  assertScope(cmd, '/qn', 'variable.parameter.msiexec.ccmsetup');
  assertScope(cmd, 'CCMSETUPCMD', 'variable.other.property.ccmsetup');
  assertScope(cmd, '/mp', 'variable.parameter.ccmsetup');
  assertScope(cmd, '/mp', 'meta.arguments.ccmsetup');
  assertScope(cmd, '""SubjectStr', 'punctuation.definition.string.begin.ccmsetup');
  assertScope(cmd, 'a b', 'string.quoted.double.ccmsetup');
  assertScope(cmd, 'SMSSITECODE', 'variable.other.property.ccmsetup');
  assertScope(cmd, 'REBOOT', 'variable.other.property.msiexec.ccmsetup');
  assert.ok(!scopesAt(cmd, 'REBOOT').includes('meta.arguments.ccmsetup'), 'REBOOT is outside CCMSETUPCMD');

  assertScope(bad, '/qn', 'variable.other.unknown.parameter.ccmsetup');
  assert.ok(!scopesAt(bad, '/qn').includes('variable.parameter.ccmsetup'));
  assertScope(bad, 'SMSCACHSIZE', 'variable.other.unknown.property.ccmsetup');
  assertNoOwnScope(bad, '-mp:x');

  assertScope(readiness, 'CMHttpsReadiness.exe', 'support.function.program.ccmsetup');
  assertScope(readiness, '/Store', 'variable.parameter.ccmsetup');
  assertScope(readiness, '/Criteria', 'variable.parameter.ccmsetup');
  assertScope(readiness, 'Subject', 'support.constant.certificate-selection.ccmsetup');
  assertScope(readiness, '/SelectFirstCert', 'variable.parameter.ccmsetup');
  assertScope(readiness, '/mp', 'variable.other.unknown.parameter.ccmsetup');
});

test('.tcf: sections, keys, ; comments and the properties of the Install= line', { skip: NO_ENGINE }, async () => {
  const tok = await tokenizer('stub');
  const [comment, section, install, key] = await tok(
    'source.ccmsetup-tcf',
    ['; ccmlint-disable-next-line CCM102 -- legacy', '[Client Install]', 'Install=INSTALL=ALL SMSSITECODE=P01 SMSCACHSIZE=100 CCMADMINS="A;B"', 'SMSPublicRootKey=0602000000A4'].join('\n'),
  );
  assertScope(comment, ';', 'comment.line.semicolon.ccmsetup-tcf');
  assertScope(comment, 'ccmlint-disable-next-line', 'keyword.other.directive.ccmlint');
  assertScope(comment, 'CCM102', 'constant.other.rule-id.ccmlint');
  assertScope(section, 'Client Install', 'entity.name.section.group-title.ccmsetup-tcf');
  assertScope(install, 'Install', 'keyword.other.definition.ccmsetup-tcf');
  assertScope(install, 'INSTALL', 'variable.other.property.ccmsetup');
  assertScope(install, 'ALL ', 'constant.language.ccmsetup');
  assertScope(install, 'SMSSITECODE', 'variable.other.property.ccmsetup');
  assertScope(install, '=P01', 'keyword.operator.assignment.ccmsetup');
  assertScope(install, 'P01', 'string.unquoted.ccmsetup');
  assertScope(install, 'SMSCACHSIZE', 'variable.other.unknown.property.ccmsetup');
  assertScope(install, 'A;B', 'string.quoted.double.ccmsetup');
  assertScope(key, 'SMSPublicRootKey', 'keyword.other.definition.ccmsetup-tcf');
  assertScope(key, '0602000000A4', 'string.unquoted.ccmsetup-tcf');
});

const HOSTS: { label: string; hosts: () => 'stub' | Record<string, string> | undefined }[] = [
  { label: 'stand-in host grammars', hosts: () => 'stub' },
  { label: "VS Code's own batch and PowerShell grammars", hosts: vscodeHostGrammars },
];

for (const { label, hosts } of HOSTS) {
  const skip = NO_ENGINE || (hosts() ? false : 'no local VS Code build with its batch and PowerShell grammars');

  test(`batch injection (${label}): ccmsetup command lines only`, { skip }, async () => {
    const tok = await tokenizer(hosts()!);
    const lines = await tok(
      'source.batchfile',
      [
        'REM ccmlint-disable-next-line CCM303 -- reason; ccmsetup.exe /mp:x',
        ':: ccmlint-enable',
        '"%~dp0ccmsetup.exe" /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 CCMCERTISSUERS="CN=Root; O=Contoso" >> "%LOG%" 2>&1',
        'cmd /c dir /s & echo ccmsetup.exe /mp:x',
        'start "" /wait "%CLIENTSHARE%\\ccmsetup.exe" /source:%CLIENTSHARE% ^',
        '  SMSSITECODE=P01 /qn',
        'msiexec /i "%~dp0ccmsetup.msi" /qn CCMSETUPCMD="CCMHOSTNAME=cmg.contoso.com/CCM_Proxy_MutualAuth/1 SMSSITECODE=P01"',
        'if exist x ( ccmsetup.exe /logon SMSSITECODE=P01 )',
        'copy /y ccmsetup.exe C:\\Temp & exit /b %ERRORLEVEL%',
        'CMHttpsReadiness.exe /Issuers:"CN=Root" /SelectFirstCert',
      ].join('\n'),
    );
    const [rem, colon, install, other, start, cont, msi, block, copy, ready] = lines;
    assertScope(rem, 'ccmlint-disable-next-line', 'keyword.other.directive.ccmlint');
    assertScope(rem, 'CCM303', 'constant.other.rule-id.ccmlint');
    assertNoOwnScope(rem, '/mp:x');
    assertScope(colon, 'ccmlint-enable', 'keyword.other.directive.ccmlint');
    assertScope(install, 'ccmsetup.exe', 'support.function.program.ccmsetup');
    assertScope(install, '/mp', 'variable.parameter.ccmsetup');
    assertScope(install, ':', 'keyword.operator.assignment.ccmsetup');
    assertScope(install, 'https://mp1.contoso.com', 'markup.underline.link.ccmsetup');
    assertScope(install, '/UsePKICert', 'variable.parameter.ccmsetup');
    assertScope(install, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertScope(install, '=P01', 'keyword.operator.assignment.ccmsetup');
    assertScope(install, 'P01', 'string.unquoted.ccmsetup');
    assertScope(install, 'CN=Root', 'string.quoted.double.ccmsetup');
    assertNoOwnScope(install, '>>');
    assertNoOwnScope(install, '%LOG%');
    assertNoOwnScope(install, '2>&1');
    assertNoOwnScope(other, '/c');
    assertNoOwnScope(other, '/s');
    assertNoOwnScope(other, '/mp:x');
    assertScope(start, '/source', 'variable.parameter.ccmsetup');
    assertScope(start, '%CLIENTSHARE%', 'variable.other.ccmsetup', start.map((t) => t.text).join('').indexOf('/source'));
    assertNoOwnScope(start, '/wait');
    assertScope(cont, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertScope(cont, '/qn', 'variable.other.unknown.parameter.ccmsetup');
    assertNoOwnScope(msi, '/i');
    assertNoOwnScope(msi, '/qn');
    assertScope(msi, 'CCMSETUPCMD', 'variable.other.property.ccmsetup');
    assertScope(msi, 'CCMHOSTNAME', 'variable.other.property.ccmsetup');
    assertScope(block, '/logon', 'variable.parameter.ccmsetup');
    assertNoOwnScope(block, ')');
    assertNoOwnScope(copy, 'ccmsetup.exe');
    assertNoOwnScope(copy, 'C:\\Temp');
    assertScope(ready, '/Issuers', 'variable.parameter.ccmsetup');
    assertScope(ready, '/SelectFirstCert', 'variable.parameter.ccmsetup');
  });

  test(`PowerShell injection (${label}): calls and argument strings only`, { skip }, async () => {
    const tok = await tokenizer(hosts()!);
    const lines = await tok(
      'source.powershell',
      [
        '# ccmlint-disable-next-line CCM303 -- reason',
        "$p = Start-Process -FilePath \"$PSScriptRoot\\ccmsetup.exe\" -ArgumentList '/mp:https://mp1 /UsePKICert SMSSITECODE=P01 CCMCERTSEL=\"SubjectStr:a b\"' -Wait -PassThru",
        "Write-Host 'Use /source and /log' \"then /c\" -NoNewline",
        '$a = @(\'/mp:x\', "SMSSITECODE=$site", "/regtoken:$env:CCM_REGTOKEN")',
        '& "$PSScriptRoot\\ccmsetup.exe" /mp:x SMSSITECODE=P01 `',
        '    /UsePKICert | Out-Null; Write-Host done',
        'cmd.exe /c "ccmsetup.exe /logon /source:C:\\x"',
        'msiexec.exe /i ccmsetup.msi /qn CCMSETUPCMD="CCMHOSTNAME=x SMSSITECODE=P01"',
        '$h = @"',
        '/mp:x SMSSITECODE=$site',
        'not arguments /c',
        '"@',
        'throw "ccmsetup failed: $($p.ExitCode)"',
        "$r = Start-Process CMHttpsReadiness.exe -ArgumentList '/Criteria:\"SubjectAttr:OU = X\" /SelectFirstCert' -Wait",
      ].join('\n'),
    );
    const [comment, start, write, array, call, cont, cmd, msi, , heredoc, heredoc2, , thrown, ready] = lines;
    assertScope(comment, 'ccmlint-disable-next-line', 'keyword.other.directive.ccmlint');
    assertScope(comment, 'CCM303', 'constant.other.rule-id.ccmlint');
    assertScope(start, '/mp', 'variable.parameter.ccmsetup');
    assertScope(start, '/UsePKICert', 'variable.parameter.ccmsetup');
    assertScope(start, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertScope(start, '=P01', 'keyword.operator.assignment.ccmsetup');
    assertScope(start, 'P01', 'string.unquoted.ccmsetup');
    assertScope(start, 'a b', 'string.quoted.double.ccmsetup');
    assertNoOwnScope(start, '-Wait');
    assertNoOwnScope(start, 'Wait');
    assertNoOwnScope(start, '-PassThru');
    assertNoOwnScope(start, '-FilePath');
    assertNoOwnScope(write, '/source');
    assertNoOwnScope(write, '/c');
    assertScope(array, '/mp', 'variable.parameter.ccmsetup');
    assertScope(array, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertScope(array, '$site', 'variable.other.ccmsetup');
    assertScope(array, '$env:CCM_REGTOKEN', 'variable.other.ccmsetup');
    assertScope(call, 'ccmsetup.exe', 'support.function.program.ccmsetup');
    assertScope(call, '/mp', 'variable.parameter.ccmsetup');
    assertScope(call, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertScope(cont, '/UsePKICert', 'variable.parameter.ccmsetup');
    assertNoOwnScope(cont, 'Out-Null');
    assertNoOwnScope(cont, 'done');
    assertNoOwnScope(cmd, '/c');
    assertScope(cmd, '/logon', 'variable.parameter.ccmsetup');
    assertNoOwnScope(msi, '/i');
    assertScope(msi, 'CCMSETUPCMD', 'variable.other.property.ccmsetup');
    assertScope(msi, 'CCMHOSTNAME', 'variable.other.property.ccmsetup');
    assertScope(heredoc, '/mp', 'variable.parameter.ccmsetup');
    assertScope(heredoc, 'SMSSITECODE', 'variable.other.property.ccmsetup');
    assertNoOwnScope(heredoc2, '/c');
    assertNoOwnScope(thrown, 'ccmsetup failed');
    assertNoOwnScope(thrown, 'ExitCode');
    assertScope(ready, '/Criteria', 'variable.parameter.ccmsetup');
    assertScope(ready, 'SubjectAttr', 'support.constant.certificate-selection.ccmsetup');
    assertNoOwnScope(ready, '-Wait');
  });
}

test('pathological lines tokenise in linear time', { skip: NO_ENGINE }, async () => {
  const tok = await tokenizer('stub');
  const N = 6000;
  const bodies = ['/'.repeat(N), '"'.repeat(N), "'".repeat(N), '%'.repeat(N), '<'.repeat(N), '`'.repeat(N), 'a='.repeat(N / 2), '/mp:x '.repeat(N / 6),
    'ccmsetup.exe '.repeat(N / 13), 'CCMSETUPCMD="'.repeat(N / 13), '"/mp:'.repeat(N / 5), 'a' + ' '.repeat(N), 'C:\\x'.repeat(N / 4), '""'.repeat(N / 2), 'x^'.repeat(N / 2)];
  const prefixes: [string, string][] = [
    ['source.ccmsetup', ''],
    ['source.ccmsetup', 'ccmsetup.exe '],
    ['source.ccmsetup', 'msiexec CCMSETUPCMD="'],
    ['source.ccmsetup-tcf', 'Install='],
    ['source.batchfile', '"%~dp0ccmsetup.exe" '],
    ['source.batchfile', 'msiexec CCMSETUPCMD="'],
    ['source.powershell', '& ccmsetup.exe '],
    ['source.powershell', "$a = 'SMSSITECODE=P01 "],
    ['source.powershell', '$a = "SMSSITECODE=P01 '],
  ];
  for (const [scope, prefix] of prefixes) {
    for (const body of bodies) {
      const started = process.hrtime.bigint();
      await tok(scope, prefix + body, 10000);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 1500, `${scope} ${JSON.stringify((prefix + body).slice(0, 40))}...: ${ms.toFixed(0)} ms`);
    }
  }
});

// ---- snippets ----------------------------------------------------------------------------------------

/**
 * A snippet body with every placeholder at its default (a mirrored tabstop takes its default from another occurrence),
 * following VS Code's snippet syntax: $1, ${1}, ${1:default}, ${1|a,b|}; \$ \} \\ escapes. Variables ($NAME) and a lone
 * unescaped $ are reported as errors: a PowerShell $ has to be written \$.
 */
function expandSnippet(body: string): { text: string; errors: string[]; tabstops: number[] } {
  const errors: string[] = [];
  const defaults = new Map<number, string>();
  const seen = new Set<number>();
  const marks: [string, number][] = [];
  const mark = (n: number, value: string | undefined) => {
    seen.add(n);
    if (value !== undefined) {
      if (defaults.has(n) && defaults.get(n) !== value) errors.push(`tabstop ${n} has two different defaults`);
      if (!defaults.has(n)) defaults.set(n, value);
    }
    const token = `\u0000${marks.length}\u0000`;
    marks.push([token, n]);
    return token;
  };
  const parse = (s: string, i: number, nested: boolean): { out: string; i: number } => {
    let out = '';
    while (i < s.length) {
      const c = s[i];
      if (c === '\\' && '$}\\'.includes(s[i + 1] ?? '')) {
        out += s[i + 1];
        i += 2;
      } else if (nested && c === '}') {
        return { out, i: i + 1 };
      } else if (c !== '$') {
        out += c;
        i++;
      } else {
        const rest = s.slice(i);
        const plain = /^\$(\d+)/.exec(rest);
        const braced = /^\$\{(\d+)/.exec(rest);
        if (plain) {
          out += mark(Number(plain[1]), undefined);
          i += plain[0].length;
        } else if (braced) {
          const n = Number(braced[1]);
          const j = i + braced[0].length;
          if (s[j] === '}') {
            out += mark(n, undefined);
            i = j + 1;
          } else if (s[j] === ':') {
            const inner = parse(s, j + 1, true);
            out += mark(n, inner.out);
            i = inner.i;
          } else if (s[j] === '|') {
            const end = s.indexOf('|}', j + 1);
            if (end < 0) {
              errors.push(`unterminated choice at ${i}`);
              return { out, i: s.length };
            }
            out += mark(n, s.slice(j + 1, end).split(/(?<!\\),/)[0].replace(/\\([,|$}\\])/g, '$1'));
            i = end + 2;
          } else {
            errors.push(`malformed placeholder at ${i}: ${rest.slice(0, 20)}`);
            out += c;
            i++;
          }
        } else {
          errors.push(`unescaped $ (a snippet variable) at ${i}: ${rest.slice(0, 20)}`);
          out += c;
          i++;
        }
      }
    }
    if (nested) errors.push('unterminated placeholder');
    return { out, i };
  };
  let text = parse(body, 0, false).out;
  for (const [token, n] of marks.reverse()) text = text.replace(token, defaults.get(n) ?? '');
  const tabstops = [...seen].filter((n) => n !== 0).sort((a, b) => a - b);
  for (const n of tabstops) if (!defaults.has(n)) errors.push(`tabstop ${n} has no default`);
  tabstops.forEach((n, k) => {
    if (n !== k + 1) errors.push(`tabstops are not numbered 1..${tabstops.length}`);
  });
  return { text, errors, tabstops };
}

const SNIPPET_FILES: { file: string; host: HostLanguage }[] = [
  { file: 'ccmsetup.json', host: 'ccmsetup' },
  { file: 'batch.json', host: 'batch' },
  { file: 'powershell.json', host: 'powershell' },
];
const snippetsOf = (file: string): [string, any][] => Object.entries(readJson(path.join(SNIPPETS, file)));
const bodyOf = (s: any): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

test('the snippet expander follows VS Code snippet syntax', () => {
  assert.deepEqual(expandSnippet('a ${1:x} ${2|P01,P02|} ${1} \\$env:X \\} $0').text, 'a x P01 x $env:X } ');
  assert.deepEqual(expandSnippet('${1:a ${2:b}} $2').text, 'a b b');
  assert.ok(expandSnippet('$env:X').errors.length > 0);
  assert.ok(expandSnippet('${1:x').errors.length > 0);
  assert.ok(expandSnippet('${2:x}').errors.length > 0);
  assert.ok(expandSnippet('${1:x} ${1:y}').errors.length > 0);
});

test('every snippet has a ccm prefix, a body and a description; prefixes are unique; placeholders are valid', () => {
  const prefixSets: string[][] = [];
  for (const { file } of SNIPPET_FILES) {
    const prefixes: string[] = [];
    for (const [name, s] of snippetsOf(file)) {
      assert.equal(typeof s.prefix, 'string', `${file} ${name}: prefix`);
      assert.match(s.prefix, /^ccm-[a-z-]+$/, `${file} ${name}: prefix`);
      assert.ok(typeof s.body === 'string' || (Array.isArray(s.body) && s.body.every((l: unknown) => typeof l === 'string')), `${file} ${name}: body`);
      assert.ok(bodyOf(s).trim().length > 0, `${file} ${name}: body`);
      assert.equal(typeof s.description, 'string', `${file} ${name}: description`);
      assert.ok(s.description.length > 40, `${file} ${name}: description says when to use it`);
      const { errors, tabstops } = expandSnippet(bodyOf(s));
      assert.deepEqual(errors, [], `${file} ${name}`);
      assert.ok(tabstops.length > 0 || s.prefix === 'ccm-uninstall', `${file} ${name}: no placeholders`);
      prefixes.push(s.prefix);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, `${file}: duplicate prefixes ${prefixes}`);
    prefixSets.push([...prefixes].sort());
  }
  // the same recipes in every language
  assert.deepEqual(prefixSets[1], prefixSets[0]);
  assert.deepEqual(prefixSets[2], prefixSets[0]);
  for (const p of ['ccm-pki', 'ccm-cmg-pki', 'ccm-cmg-token', 'ccm-entra', 'ccm-rootkey', 'ccm-intune', 'ccm-uninstall', 'ccm-reinstall', 'ccm-readiness']) {
    assert.ok(prefixSets[0].includes(p), p);
  }
});

test('snippets are the documented secure recipes', () => {
  for (const { file, host } of SNIPPET_FILES) {
    const texts = new Map(snippetsOf(file).map(([, s]) => [s.prefix as string, expandSnippet(bodyOf(s)).text]));
    const text = (p: string) => texts.get(p)!;
    // the command line as the linter sees it (PowerShell arrays joined, the CCMSETUPCMD value on its own)
    const cmd = (p: string) => analyse(text(p), host).lines.map((l) => l.region.text.text).join('\n');
    const cmg = /\/mp:https:\/\/([^/\s]+)\/CCM_Proxy_MutualAuth\/(\d+) /;
    assert.match(cmd('ccm-pki'), /^\/mp:https:\/\/\S+ \/UsePKICert SMSSITECODE=P01 SMSMP=https:\/\/\S+ CCMCERTISSUERS="[^"]+"$/, `${file} ccm-pki`);
    assert.match(cmd('ccm-cmg-pki'), cmg, `${file} ccm-cmg-pki`);
    assert.match(cmd('ccm-cmg-pki'), / \/UsePKICert CCMHOSTNAME=cmg\.contoso\.com\/CCM_Proxy_MutualAuth\/\d+ SMSSITECODE=P01 SMSSIGNCERT=\S+ CCMCERTISSUERS="[^"]+"$/, `${file} ccm-cmg-pki`);
    assert.match(cmd('ccm-cmg-token'), cmg, `${file} ccm-cmg-token`);
    assert.match(cmd('ccm-cmg-token'), host === 'powershell' ? / \/regtoken:\$env:CCM_REGTOKEN / : / \/regtoken:%CCM_REGTOKEN% /, `${file} ccm-cmg-token`);
    assert.doesNotMatch(text('ccm-cmg-token'), /eyJ/, `${file}: no literal token`);
    assert.match(cmd('ccm-entra'), cmg, `${file} ccm-entra`);
    assert.doesNotMatch(cmd('ccm-entra'), /\/UsePKICert/i, `${file}: no /UsePKICert for an Entra device`);
    for (const p of ['CCMHOSTNAME=cmg', 'SMSSITECODE=P01', 'AADCLIENTAPPID=', 'AADRESOURCEURI=https://']) assert.ok(cmd('ccm-entra').includes(p), `${file} ccm-entra ${p}`);
    for (const p of ['ccm-cmg-pki', 'ccm-cmg-token', 'ccm-entra', 'ccm-intune']) {
      assert.match(cmd(p), / SMSSIGNCERT=(?:[A-Za-z]:\\|%WinDir%\\|\$signingCert)/, `${file} ${p}: a full path`);
    }
    assert.match(cmd('ccm-rootkey'), /SMSSITECODE=P01 SMSPUBLICROOTKEY=\S/, `${file} ccm-rootkey`);
    assert.match(text('ccm-intune'), /msiexec(?:\.exe)?"? (?:\/i |-ArgumentList \$arguments)/, `${file} ccm-intune`);
    assert.match(text('ccm-intune'), /(?:^|\s|')\/i(?:\s|')+(?:"|`"|")*[^\s]*ccmsetup\.msi/m, `${file} ccm-intune: installs ccmsetup.msi`);
    assert.match(cmd('ccm-intune'), /^CCMHOSTNAME=cmg\.contoso\.com\/CCM_Proxy_MutualAuth\/\d+ SMSSITECODE=P01 SMSSIGNCERT=\S+$/, `${file} ccm-intune`);
    assert.equal(cmd('ccm-uninstall'), '/uninstall');
    assert.match(cmd('ccm-reinstall'), /^\/mp:https:\/\/\S+ \/UsePKICert \/forceinstall SMSSITECODE=P01 /, `${file} ccm-reinstall`);
    assert.match(cmd('ccm-readiness'), /^\/Store:\S+ \/Issuers:"[^"]+" \/Criteria:"[^"]+"$/, `${file} ccm-readiness`);
    for (const [p, t] of texts) {
      if (host === 'powershell') {
        assert.match(t, /Start-Process -FilePath \S+ -ArgumentList .* -Wait -PassThru/, `${file} ${p}`);
        assert.match(t, /if \(\$process\.ExitCode -(?:ne 0|notin 0, 3010)\)/, `${file} ${p}: checks the exit code`);
      }
      if (host === 'batch') {
        assert.match(t, /exit \/b %\w+%$/, `${file} ${p}`);
        if (!['ccm-intune', 'ccm-readiness'].includes(p)) assert.ok(t.includes('"%~dp0ccmsetup.exe" /'), `${file} ${p}`);
      }
    }
  }
});

test('every snippet, with its placeholders at their defaults, lints without errors or warnings', (t) => {
  const quiet: string[] = [];
  for (const { file, host } of SNIPPET_FILES) {
    for (const [name, s] of snippetsOf(file)) {
      const text = expandSnippet(bodyOf(s)).text;
      const analysis = analyse(text, host);
      assert.ok(analysis.lines.length > 0, `${file} ${name}: the linter found no command line in\n${text}`);
      const loud = analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(
        loud.map((f) => `${f.rule} ${f.severity}: ${f.message} [${text.slice(f.start, f.end)}]`),
        [],
        `${file} ${name}:\n${text}`,
      );
      for (const f of analysis.findings) quiet.push(`${file} ${s.prefix} ${f.rule} ${f.severity}`);
    }
  }
  // information and hints are acceptable (none today); list them in the test output
  t.diagnostic(quiet.length ? `information/hint findings: ${quiet.join(', ')}` : 'no information or hint findings');
});

test('the Intune snippets stay under the 1024-character CCMSETUPCMD limit', () => {
  for (const { file } of SNIPPET_FILES) {
    const s = snippetsOf(file).find(([, x]) => x.prefix === 'ccm-intune')![1];
    const text = expandSnippet(bodyOf(s)).text;
    const m = /CCMSETUPCMD=`?"(.*?)`?"/.exec(text);
    assert.ok(m, `${file}: CCMSETUPCMD`);
    assert.ok(m[1].length < 1024, `${file}: ${m[1].length} characters`);
  }
});
