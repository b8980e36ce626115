// Generates the TextMate grammars in this folder from the knowledge base, so that the known parameter and
// property names (and the enumerated values) are written in one place only.
//
//   npx tsc -p . && node syntaxes/generate.cjs
//
// test/unit/grammars-snippets.test.ts fails when a grammar file differs from what this script writes.
// Not shipped in the .vsix (.vscodeignore keeps only *.tmLanguage.json).
'use strict';
const fs = require('fs');
const path = require('path');
const R = String.raw;

/**
 * @param k the knowledge base: { PARAMETERS, PROPERTIES, READINESS_PARAMETERS } of server/src/knowledge
 * @param CACHE_FLAGS the SMSCACHEFLAGS keywords of server/src/knowledge/grammars
 * @returns file name -> grammar object
 */
function buildGrammars(k, CACHE_FLAGS) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, (c) => '\\' + c);
  // longest first, so that no name is cut short by a shorter one that prefixes it
  const alt = (names) => [...new Set(names)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(esc).join('|');

  const PARAMS = k.PARAMETERS.map((p) => p.name.replace(/^\//, ''));
  const PROPS = k.PROPERTIES.map((p) => p.name);
  const FLAG_PROPS = k.PROPERTIES.filter((p) => p.value.type === 'none').map((p) => p.name);
  const READINESS = k.READINESS_PARAMETERS.map((p) => p.name.replace(/^\//, ''));
  const enums = new Set(['TRUE', 'FALSE', 'AUTO', 'ALL']);
  for (const s of [...k.PARAMETERS, ...k.PROPERTIES]) {
    const g = s.value.type === 'list' ? s.value.of : s.value;
    if (g.type === 'enum') for (const e of g.values) if (!/^[0-9]+$/.test(e.value)) enums.add(e.value);
  }
  for (const f of CACHE_FLAGS) enums.add(f.flag);
  const ENUMS = [...enums];
  // Names that mark a PowerShell string as ccmsetup arguments: parameters no other common tool uses, and
  // every Client.msi property except the Windows Installer ones (PATCH, REINSTALL, ...).
  const DISTINCT_PARAMS = ['UsePKICert', 'regtoken', 'skipprereq', 'BITSPriority', 'AllowMetered', 'AlwaysExcludeUpgrade',
    'ExcludeFeatures', 'NoCRLCheck', 'IgnoreSkipUpgrade', 'UpgradeToLatest', 'downloadtimeout', 'forceinstall', 'noservice', 'remediate', 'AutoUpgrade'];
  const MARKER_PROPS = k.PROPERTIES.filter((p) => p.status !== 'passthrough').map((p) => p.name);

  // ---- shared regex pieces ------------------------------------------------------------------------
  const SQ = R`['\x{2018}-\x{201B}]`; // PowerShell single quotes (straight and typographic)
  const DQ = R`["\x{201C}-\x{201E}]`; // PowerShell double quotes
  const NOT_SQ = R`[^'\x{2018}-\x{201B}\n]`;
  const NOT_DQ = R`[^"\x{201C}-\x{201E}\n]`;
  const PATH_END = R`(?:[\\/%}]|%~[A-Za-z$:]*[0-9])`; // what may come right before the file name
  const program = (name, exts = '\\.exe') => ({
    quoted: (q, notq) => R`(${q})((?:${notq}*?${PATH_END})?${name}(?:${exts})|${name}(?:${exts})?)(${q})`,
    // unquoted: a path must end in an extension; the bare name needs arguments after it
    u: R`((?:[^\s"'&|<>()=;]*?${PATH_END})?${name}(?:${exts})|${name}(?=[ \t]+[^\s&|<>]))(?=[\s&|<>)]|$)`,
    line: R`((?:[^\s"'&|<>()=;]*?${PATH_END})?${name}(?:${exts})?)(?=\s|$)`,
  });
  const CCMSETUP = program('ccmsetup');
  const READY = program('cmhttpsreadiness');
  const MSIEXEC = program('msiexec');
  const CCMSETUP_LINE = program('ccmsetup', R`\.exe|\.msi`);

  const progCaptures = (vars) => ({
    1: { name: 'punctuation.definition.string.begin.ccmsetup' },
    2: { name: 'support.function.program.ccmsetup', patterns: [{ include: vars }] },
    3: { name: 'punctuation.definition.string.end.ccmsetup' },
    4: { name: 'support.function.program.ccmsetup', patterns: [{ include: vars }] },
  });

  // ---- contexts -----------------------------------------------------------------------------------
  // stop: what ends an unquoted value (lookahead body); chunk: an unquoted run of value text;
  // other: one character that starts nothing else; quoted: rule names of quoted value sections;
  // escapes: rule names of escapes.
  const CTX = {
    plain: { stop: R`\s|$`, chunk: R`[^\s"%$<{!;|]+`, other: R`[%$<{!]`, quoted: ['quoted-plain'], escapes: [] },
    bat: { stop: R`[\s&|>)]|$`, chunk: R`[^\s"%$<{!^&|>);]+`, other: R`[%$<{!]`, quoted: ['quoted-plain'], escapes: ['escape-caret', 'continuation-caret'] },
    ps: { stop: R`[\s;|})]|$`, chunk: R`[^\s"'\x{2018}-\x{201E}%$<{!${'`'};|})]+`, other: R`[%$<{!]`, quoted: ['quoted-ps-double', 'quoted-ps-single'], escapes: ['escape-backtick', 'continuation-backtick'] },
    pssq: { stop: R`\s|${SQ}(?!${SQ})|$`, chunk: R`[^\s"'\x{2018}-\x{201B}%$<{!;|]+`, other: R`[%$<{!]|${SQ}${SQ}`, quoted: ['quoted-pssq'], escapes: ['escape-sq'] },
    psdq: { stop: R`\s|${DQ}(?!${DQ})|$`, chunk: R`[^\s"\x{201C}-\x{201E}%$<{!${'`'};|]+`, other: R`[%$<{!]`, quoted: ['quoted-psdq'], escapes: ['escape-backtick'] },
    cmd: { stop: R`\s|"(?!")|$`, chunk: R`[^\s"%$<{!;|]+`, other: R`[%$<{!]`, quoted: ['quoted-cmd'], escapes: [] },
    cmdq: { stop: R`\s|${'`'}"|"|$`, chunk: R`[^\s"%$<{!${'`'};|]+`, other: R`[%$<{!]|${'`'}(?!")`, quoted: [], escapes: [] },
  };

  const TOKEN_START = R`(?<![^\s("'])`;

  const repo = {};

  repo.comment = {
    comment: 'A line whose first non-blank character is # is a comment; ccmlint directives inside it are highlighted.',
    begin: R`^\s*(#)`,
    beginCaptures: { 1: { name: 'punctuation.definition.comment.ccmsetup' } },
    end: '$',
    name: 'comment.line.number-sign.ccmsetup',
    patterns: [{ include: '#directive' }],
  };
  repo.directive = {
    comment: 'ccmlint-disable-next-line CCM303 CCM315 -- reason: the keyword and the rule ids; the reason stays a comment.',
    begin: R`(?i)(?<![\w-])(ccmlint-(?:disable-next-line|disable|enable))(?![\w-])`,
    beginCaptures: { 1: { name: 'keyword.other.directive.ccmlint' } },
    end: R`(?=--)|(?=$)`,
    name: 'meta.directive.ccmlint',
    patterns: [{ match: R`(?i)(?<![\w-])CCM[0-9]{3}(?![\w-])`, name: 'constant.other.rule-id.ccmlint' }],
  };

  repo['parameter-head'] = {
    comment: 'The name of a ccmsetup parameter (known names from the knowledge base, case-insensitive) and its separator.',
    patterns: [
      {
        match: R`(?i)\G((/)(?:${alt(PARAMS)}))(?![\w?-])([:=])?`,
        captures: {
          1: { name: 'variable.parameter.ccmsetup' },
          2: { name: 'punctuation.definition.parameter.ccmsetup' },
          3: { name: 'keyword.operator.assignment.ccmsetup' },
        },
      },
      {
        match: R`\G((/)[A-Za-z?][\w?-]*)([:=])?`,
        captures: {
          1: { name: 'variable.other.unknown.parameter.ccmsetup' },
          2: { name: 'punctuation.definition.parameter.ccmsetup' },
          3: { name: 'keyword.operator.assignment.ccmsetup' },
        },
      },
    ],
  };
  repo['readiness-parameter-head'] = {
    comment: 'The name of a CMHttpsReadiness.exe option and its separator.',
    patterns: [
      {
        match: R`(?i)\G((/)(?:${alt(READINESS)}))(?![\w?-])([:=])?`,
        captures: repo['parameter-head'].patterns[0].captures,
      },
      repo['parameter-head'].patterns[1],
    ],
  };
  repo['property-head'] = {
    comment: 'The name of a Client.msi property (known names from the knowledge base, case-insensitive) and its =.',
    patterns: [
      {
        match: R`(?i)\G(${alt(PROPS)})(=)`,
        captures: { 1: { name: 'variable.other.property.ccmsetup' }, 2: { name: 'keyword.operator.assignment.ccmsetup' } },
      },
      {
        match: R`\G([A-Za-z_][\w]*)(=)`,
        captures: { 1: { name: 'variable.other.unknown.property.ccmsetup' }, 2: { name: 'keyword.operator.assignment.ccmsetup' } },
      },
    ],
  };

  repo.variables = {
    comment: 'Values that are not literals: %VAR%, %~dp0, !VAR!, $var, $env:VAR, ${x}, $(...).',
    patterns: [
      { match: R`(%)~[A-Za-z$:]*[0-9*]`, name: 'variable.other.ccmsetup', captures: { 1: { name: 'punctuation.definition.variable.ccmsetup' } } },
      { match: R`(%)[0-9*]`, name: 'variable.other.ccmsetup', captures: { 1: { name: 'punctuation.definition.variable.ccmsetup' } } },
      {
        match: R`(%)[^%\s"']+(%)`,
        name: 'variable.other.ccmsetup',
        captures: { 1: { name: 'punctuation.definition.variable.begin.ccmsetup' }, 2: { name: 'punctuation.definition.variable.end.ccmsetup' } },
      },
      {
        match: R`(!)[A-Za-z_][\w.]*(!)`,
        name: 'variable.other.ccmsetup',
        captures: { 1: { name: 'punctuation.definition.variable.begin.ccmsetup' }, 2: { name: 'punctuation.definition.variable.end.ccmsetup' } },
      },
      {
        begin: R`(\$)(\()`,
        beginCaptures: { 1: { name: 'punctuation.definition.variable.ccmsetup' }, 2: { name: 'punctuation.section.group.begin.ccmsetup' } },
        end: R`(\))|(?=$)`,
        endCaptures: { 1: { name: 'punctuation.section.group.end.ccmsetup' } },
        name: 'variable.other.subexpression.ccmsetup',
        patterns: [{ include: '#parentheses' }],
      },
      {
        match: R`(\$)(\{)[^}\n]*(\})`,
        name: 'variable.other.ccmsetup',
        captures: {
          1: { name: 'punctuation.definition.variable.ccmsetup' },
          2: { name: 'punctuation.section.braces.begin.ccmsetup' },
          3: { name: 'punctuation.section.braces.end.ccmsetup' },
        },
      },
      {
        match: R`(\$)(?:[A-Za-z_][\w]*:)?[A-Za-z_][\w]*`,
        name: 'variable.other.ccmsetup',
        captures: { 1: { name: 'punctuation.definition.variable.ccmsetup' } },
      },
    ],
  };
  repo.parentheses = {
    begin: R`\(`,
    end: R`\)|(?=$)`,
    patterns: [{ include: '#parentheses' }],
  };
  repo.placeholder = {
    comment: 'A placeholder such as <SiteCode> or <FQDN of management point>: one value, even with spaces.',
    match: R`(<)[^<>\s"][^<>"\n]*(>)`,
    name: 'variable.other.placeholder.ccmsetup',
    captures: { 1: { name: 'punctuation.definition.placeholder.begin.ccmsetup' }, 2: { name: 'punctuation.definition.placeholder.end.ccmsetup' } },
  };
  repo.template = {
    comment: 'A template expression such as {{ site_code }}.',
    match: R`(\{\{)[^{}\n]*(\}\})`,
    name: 'variable.other.template.ccmsetup',
    captures: { 1: { name: 'punctuation.definition.template.begin.ccmsetup' }, 2: { name: 'punctuation.definition.template.end.ccmsetup' } },
  };
  const valueInner = (prefix) => ({
    patterns: [
      { match: R`(?i)\bhttps?://[^\s"'${'`'};|<>]+`, name: `${prefix}markup.underline.link.ccmsetup` },
      {
        match: R`(?i)(?<![^\s"'=:])(SubjectAttr|SubjectStr|Subject)(:)`,
        captures: { 1: { name: `${prefix}support.constant.certificate-selection.ccmsetup` }, 2: { name: `${prefix}punctuation.separator.ccmsetup` } },
      },
      { match: R`(?i)(?<![^\s"'=:;,|])(?:${alt(ENUMS)})(?![^\s"'${'`'};,|])`, name: `${prefix}constant.language.ccmsetup` },
      { match: R`(?<![^\s"'=:;,|])[0-9]+(?![^\s"'${'`'};,|])`, name: `${prefix}constant.numeric.ccmsetup` },
      { match: R`[;|]`, name: `${prefix}punctuation.separator.list.ccmsetup` },
    ],
  });
  repo['value-inner'] = {
    comment: 'Inside a quoted value: URLs, keywords of enumerated values, numbers, certificate selection keywords, list separators.',
    ...valueInner(''),
  };
  repo['value-inner-unquoted'] = {
    comment: 'The same inside an unquoted value (each also carries string.unquoted).',
    ...valueInner('string.unquoted.ccmsetup '),
  };

  // quoted value sections
  const stringRule = (begin, end, patterns, name = 'string.quoted.double.ccmsetup') => ({
    begin,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.ccmsetup' } },
    end,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.ccmsetup' } },
    name,
    patterns,
  });
  const inQuotes = [{ include: '#variables' }, { include: '#placeholder' }, { include: '#template' }, { include: '#value-inner' }];
  repo['quoted-plain'] = stringRule('"', R`"|(?=$)`, inQuotes);
  repo['quoted-cmd'] = { comment: 'Inside CCMSETUPCMD="...", msiexec reads "" as one quote.', ...stringRule('""', R`""|(?="(?!"))|(?=$)`, inQuotes) };
  repo['quoted-pssq'] = stringRule('"', R`"|(?=${SQ}(?!${SQ}))|(?=$)`, [{ include: '#escape-sq' }, ...inQuotes]);
  repo['quoted-psdq'] = stringRule(R`${'`'}"|""`, R`${'`'}"|""|(?=${DQ}(?!${DQ}))|(?=$)`, [{ include: '#escape-backtick' }, ...inQuotes]);
  repo['quoted-ps-double'] = stringRule(DQ, R`${DQ}(?!${DQ})|(?=$)`, [
    { match: R`${DQ}${DQ}`, name: 'constant.character.escape.ccmsetup' },
    { include: '#escape-backtick' },
    ...inQuotes,
  ]);
  repo['quoted-ps-single'] = stringRule(SQ, R`${SQ}(?!${SQ})|(?=$)`, [{ include: '#escape-sq' }, { include: '#value-inner' }], 'string.quoted.single.ccmsetup');

  repo['escape-caret'] = { match: R`\^[^\n]`, name: 'constant.character.escape.ccmsetup' };
  repo['continuation-caret'] = { match: R`\^$`, name: 'punctuation.separator.continuation.line.ccmsetup' };
  repo['escape-backtick'] = { match: R`${'`'}[^\n]`, name: 'constant.character.escape.ccmsetup' };
  repo['continuation-backtick'] = { match: R`${'`'}$`, name: 'punctuation.separator.continuation.line.ccmsetup' };
  repo['escape-sq'] = { match: R`${SQ}${SQ}`, name: 'constant.character.escape.ccmsetup' };

  for (const [id, c] of Object.entries(CTX)) {
    repo[`value-${id}`] = {
      patterns: [
        { include: '#variables' },
        { include: '#placeholder' },
        { include: '#template' },
        ...c.quoted.map((q) => ({ include: `#${q}` })),
        ...c.escapes.map((q) => ({ include: `#${q}` })),
        { include: '#value-inner-unquoted' },
        { match: c.chunk, name: 'string.unquoted.ccmsetup' },
        { match: c.other, name: 'string.unquoted.ccmsetup' },
      ],
    };
    repo[`parameter-${id}`] = {
      begin: R`${TOKEN_START}(?=/[A-Za-z?])`,
      end: `(?=${c.stop})`,
      name: 'meta.parameter.ccmsetup',
      patterns: [{ include: '#parameter-head' }, { include: `#value-${id}` }],
    };
    repo[`property-${id}`] = {
      begin: R`${TOKEN_START}(?=[A-Za-z_][\w]*=)`,
      end: `(?=${c.stop})`,
      name: 'meta.property.ccmsetup',
      patterns: [{ include: '#property-head' }, { include: `#value-${id}` }],
    };
    repo[`flag-${id}`] = {
      comment: 'A Client.msi property that takes no value (CCMALLOWSILENTREBOOT).',
      match: R`(?i)${TOKEN_START}(?:${alt(FLAG_PROPS)})(?=${c.stop})`,
      name: 'variable.other.property.ccmsetup',
    };
  }
  // CCMSETUPCMD="..." of ccmsetup.msi: a ccmsetup command line inside the value
  const ccmsetupcmd = (open, close, inner) => ({
    begin: R`(?i)${TOKEN_START}(CCMSETUPCMD)(=)(${open})`,
    beginCaptures: {
      1: { name: 'variable.other.property.ccmsetup' },
      2: { name: 'keyword.operator.assignment.ccmsetup' },
      3: { name: 'string.quoted.double.ccmsetup punctuation.definition.string.begin.ccmsetup' },
    },
    end: close,
    endCaptures: { 1: { name: 'string.quoted.double.ccmsetup punctuation.definition.string.end.ccmsetup' } },
    name: 'meta.property.ccmsetupcmd.ccmsetup',
    contentName: 'meta.arguments.ccmsetup',
    patterns: [{ include: `#args-${inner}` }],
  });
  repo['ccmsetupcmd-plain'] = ccmsetupcmd('"', R`(")(?!")|(?=$)`, 'cmd');
  repo['ccmsetupcmd-ps'] = ccmsetupcmd(DQ, R`(${DQ})(?!${DQ})|(?=$)`, 'cmdq');
  repo['ccmsetupcmd-pssq'] = ccmsetupcmd('"', R`(")(?!")|(?=${SQ}(?!${SQ}))|(?=$)`, 'cmd');
  repo['ccmsetupcmd-psdq'] = ccmsetupcmd(R`${'`'}"|""`, R`(${'`'}"|"")|(?=${DQ}(?!${DQ}))|(?=$)`, 'cmdq');

  const CMDRULE = { plain: 'ccmsetupcmd-plain', bat: 'ccmsetupcmd-plain', ps: 'ccmsetupcmd-ps', pssq: 'ccmsetupcmd-pssq', psdq: 'ccmsetupcmd-psdq' };
  const ARGS_QUOTED = { plain: ['quoted-plain'], bat: ['quoted-plain'], ps: ['ps-string-arguments-single', 'ps-string-arguments-double'], pssq: ['quoted-pssq'], psdq: ['quoted-psdq'], cmd: ['quoted-cmd'], cmdq: [] };
  for (const [id, c] of Object.entries(CTX)) {
    repo[`args-${id}`] = {
      comment: `The arguments of a ccmsetup command line (${id} quoting).`,
      patterns: [
        ...(CMDRULE[id] ? [{ include: `#${CMDRULE[id]}` }] : []),
        { include: `#parameter-${id}` },
        { include: `#flag-${id}` },
        { include: `#property-${id}` },
        { include: '#variables' },
        { include: '#placeholder' },
        { include: '#template' },
        ...ARGS_QUOTED[id].map((q) => ({ include: `#${q}` })),
        ...c.escapes.map((q) => ({ include: `#${q}` })),
      ],
    };
  }
  for (const id of ['plain', 'bat', 'ps', 'pssq', 'psdq']) {
    repo[`readiness-parameter-${id}`] = { ...repo[`parameter-${id}`], patterns: [{ include: '#readiness-parameter-head' }, { include: `#value-${id}` }] };
    repo[`readiness-args-${id}`] = {
      comment: `The options of CMHttpsReadiness.exe (${id} quoting).`,
      patterns: repo[`args-${id}`].patterns.map((p) => (p.include === `#parameter-${id}` ? { include: `#readiness-parameter-${id}` } : p)).filter((p) => !(p.include || '').startsWith('#ccmsetupcmd')),
    };
  }
  // In a PowerShell call (& ccmsetup.exe '/mp:x' "SMSSITECODE=$code"), a whole argument may be a PowerShell string.
  repo['ps-string-arguments-single'] = {
    begin: SQ,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.ccmsetup' } },
    end: R`${SQ}(?!${SQ})`,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.ccmsetup' } },
    name: 'string.quoted.single.ccmsetup',
    contentName: 'meta.arguments.ccmsetup',
    patterns: [{ include: '#args-pssq' }],
  };
  repo['ps-string-arguments-double'] = {
    begin: DQ,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.ccmsetup' } },
    end: R`${DQ}(?!${DQ})`,
    endCaptures: { 0: { name: 'punctuation.definition.string.end.ccmsetup' } },
    name: 'string.quoted.double.ccmsetup',
    contentName: 'meta.arguments.ccmsetup',
    patterns: [{ include: '#args-psdq' }],
  };

  // ---- the plain language -------------------------------------------------------------------------
  const lineProgram = (p) => R`(?i)^\s*(?:${p.quoted('"', R`[^"\n]`)}|${p.line})`;
  repo['program-line'] = {
    comment: 'ccmsetup.exe or ccmsetup.msi at the start of a line (with or without a path or quotes).',
    match: lineProgram(CCMSETUP_LINE),
    captures: progCaptures('#variables'),
  };
  repo['readiness-line'] = {
    comment: 'A CMHttpsReadiness.exe command line.',
    begin: lineProgram(READY),
    beginCaptures: progCaptures('#variables'),
    end: '$',
    name: 'meta.command.ccmsetup',
    patterns: [{ include: '#readiness-args-plain' }],
  };
  repo['msiexec-line'] = {
    comment: 'msiexec /i ccmsetup.msi /qn CCMSETUPCMD="...": msiexec switches and properties, and the ccmsetup command line in CCMSETUPCMD.',
    begin: lineProgram(MSIEXEC),
    beginCaptures: progCaptures('#variables'),
    end: '$',
    name: 'meta.command.ccmsetup',
    patterns: [
      { include: '#ccmsetupcmd-plain' },
      {
        match: R`(?<![^\s])(([/-])[A-Za-z?][\w*+!?]*)`,
        captures: { 1: { name: 'variable.parameter.msiexec.ccmsetup' }, 2: { name: 'punctuation.definition.parameter.ccmsetup' } },
      },
      {
        begin: R`(?<![^\s])([A-Za-z_][\w.]*)(=)`,
        beginCaptures: { 1: { name: 'variable.other.property.msiexec.ccmsetup' }, 2: { name: 'keyword.operator.assignment.ccmsetup' } },
        end: R`(?=\s|$)`,
        name: 'meta.property.ccmsetup',
        patterns: [{ include: '#value-plain' }],
      },
      { include: '#variables' },
      { include: '#quoted-plain' },
    ],
  };
  const plain = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'ccmsetup',
    scopeName: 'source.ccmsetup',
    comment:
      'ConfigMgr client install command lines: ccmsetup.exe parameters and Client.msi properties, one command line per line, # comments. ' +
      'The repository also serves the .tcf grammar and the batch and PowerShell injections (args-<quoting> rules). ' +
      'Known names mirror server/src/knowledge (test/unit/grammars-snippets.test.ts checks they agree).',
    patterns: [
      { include: '#comment' },
      { include: '#readiness-line' },
      { include: '#msiexec-line' },
      { include: '#program-line' },
      { include: '#args-plain' },
    ],
    repository: repo,
  };

  // ---- .tcf ---------------------------------------------------------------------------------------
  const tcf = {
    $schema: plain.$schema,
    name: 'ccmsetup configuration file',
    scopeName: 'source.ccmsetup-tcf',
    comment: 'ccmsetup /config files (.tcf): INI sections, key=value, ; comments; the Install=INSTALL=ALL line holds Client.msi properties.',
    patterns: [{ include: '#comment' }, { include: '#section' }, { include: '#install' }, { include: '#entry' }],
    repository: {
      comment: {
        begin: R`^\s*(;)`,
        beginCaptures: { 1: { name: 'punctuation.definition.comment.ccmsetup-tcf' } },
        end: '$',
        name: 'comment.line.semicolon.ccmsetup-tcf',
        patterns: [{ include: 'source.ccmsetup#directive' }],
      },
      section: {
        match: R`^\s*(\[)([^\]\n]*)(\])`,
        captures: {
          1: { name: 'punctuation.definition.entity.begin.ccmsetup-tcf' },
          2: { name: 'entity.name.section.group-title.ccmsetup-tcf' },
          3: { name: 'punctuation.definition.entity.end.ccmsetup-tcf' },
        },
      },
      install: {
        comment: 'Install=INSTALL=ALL followed by Client.msi properties, highlighted by the ccmsetup grammar.',
        begin: R`(?i)^\s*(Install)[ \t]*(=)(?:(INSTALL)(=)(ALL)(?![^\s]))?`,
        beginCaptures: {
          1: { name: 'keyword.other.definition.ccmsetup-tcf' },
          2: { name: 'punctuation.separator.key-value.ccmsetup-tcf' },
          3: { name: 'variable.other.property.ccmsetup' },
          4: { name: 'keyword.operator.assignment.ccmsetup' },
          5: { name: 'constant.language.ccmsetup' },
        },
        end: '$',
        name: 'meta.install.ccmsetup-tcf',
        contentName: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#args-plain' }],
      },
      entry: {
        match: R`^\s*([^\s;\[=](?:[^=\n]*[^\s=])?)[ \t]*(=)(.*)$`,
        captures: {
          1: { name: 'keyword.other.definition.ccmsetup-tcf' },
          2: { name: 'punctuation.separator.key-value.ccmsetup-tcf' },
          3: { name: 'string.unquoted.ccmsetup-tcf' },
        },
      },
    },
  };

  // ---- injections ---------------------------------------------------------------------------------
  const batch = {
    $schema: plain.$schema,
    name: 'ccmsetup in batch files',
    scopeName: 'ccmsetup.injection.batch',
    comment:
      'Colours ccmsetup.exe / CMHttpsReadiness.exe command lines and CCMSETUPCMD="..." values in batch files. ' +
      'A command starts at the program word and ends at &, |, a redirection, a closing parenthesis or the end of the line ' +
      '(a trailing ^ continues it); everything else stays as the batch grammar colours it.',
    injectionSelector: 'L:source.batchfile -comment -string -meta.command.ccmsetup -meta.arguments.ccmsetup',
    patterns: [{ include: '#command' }, { include: '#readiness-command' }, { include: 'source.ccmsetup#ccmsetupcmd-plain' }],
    repository: {},
  };
  const BAT_END = R`(?=[&|)]|[0-9]?>|<(?![^<>\s"][^<>"\n]*>))|(?<![\^\n])$`;
  // Command position: the start of a line, after ( & | @, after call / do / else / cmd /c / start /wait, or after a
  // quoted word (start "" "...", if exist "..." "..."). Not after echo, copy, set and the like.
  const BAT_POSITION = R`(?:^[ \t]*|(?<=[(&|@])[ \t]*|(?<="|\b(?i:call|do|else)|/(?i:wait|c|k|b|min|max))[ \t]+)`;
  const batProgram = (p) => R`(?i)${BAT_POSITION}(?:${p.quoted('"', R`[^"\n]`)}|${p.u})`;
  const batCaptures = () => progCaptures('source.ccmsetup#variables');
  batch.repository.command = {
    begin: batProgram(CCMSETUP),
    beginCaptures: batCaptures(),
    end: BAT_END,
    name: 'meta.command.ccmsetup',
    patterns: [{ include: 'source.ccmsetup#args-bat' }],
  };
  batch.repository['readiness-command'] = {
    begin: batProgram(READY),
    beginCaptures: batCaptures(),
    end: BAT_END,
    name: 'meta.command.ccmsetup',
    patterns: [{ include: 'source.ccmsetup#readiness-args-bat' }],
  };

  const MARKERS = R`(?i:ccmsetup(?:\.exe)?["'${'`'}]?[ \t]+(?:/|[A-Za-z_]\w*=)|(?<![\w/])/(?:mp:|(?:${alt(DISTINCT_PARAMS)})(?![\w?-]))|(?<![\w])(?:${alt(MARKER_PROPS)})=)`;
  const READINESS_MARKERS = R`(?i:(?<![\w/])/(?:Issuers|Criteria|SelectFirstCert)(?![\w?-]))`;
  const OPENING = (q) => R`(?<=^${q}|[\s(=,{;:\[\]+]${q})`;
  const psProgram = (p) =>
    R`(?i)(?:(?<![^\s;{(|=])(&|\.(?=[ \t]))[ \t]*(?:${p.quoted(DQ, NOT_DQ)}|${p.quoted(SQ, NOT_SQ)}|${p.u})|(?<![^;{(|])[ \t]*${p.u})`;
  const PS_END = R`(?=[;|})])|(?<=\s)(?=#|[0-9*]?>)|(?<![${'`'}\n])$`;
  const psCaptures = () => ({
    1: { name: 'keyword.operator.other.ccmsetup' },
    2: { name: 'punctuation.definition.string.begin.ccmsetup' },
    3: { name: 'support.function.program.ccmsetup', patterns: [{ include: 'source.ccmsetup#variables' }] },
    4: { name: 'punctuation.definition.string.end.ccmsetup' },
    5: { name: 'punctuation.definition.string.begin.ccmsetup' },
    6: { name: 'support.function.program.ccmsetup', patterns: [{ include: 'source.ccmsetup#variables' }] },
    7: { name: 'punctuation.definition.string.end.ccmsetup' },
    8: { name: 'support.function.program.ccmsetup', patterns: [{ include: 'source.ccmsetup#variables' }] },
    9: { name: 'support.function.program.ccmsetup', patterns: [{ include: 'source.ccmsetup#variables' }] },
  });
  const powershell = {
    $schema: plain.$schema,
    name: 'ccmsetup in PowerShell scripts',
    scopeName: 'ccmsetup.injection.powershell',
    comment:
      'Colours ccmsetup arguments in PowerShell: direct calls (& "$PSScriptRoot\\ccmsetup.exe" /mp:x ..., or ccmsetup.exe at the start of a statement) ' +
      'up to the end of the statement, and single-line strings whose text holds ccmsetup arguments (-ArgumentList values, arrays, ' +
      'variables, CCMSETUPCMD). A string counts when it names ccmsetup followed by arguments, a ccmsetup-only parameter (/mp:, /UsePKICert, ' +
      '/regtoken, ...) or a Client.msi property followed by =. Cmdlet parameters (-Wait) and other strings keep their PowerShell colours.',
    injectionSelector: 'L:source.powershell -comment -meta.command.ccmsetup -meta.arguments.ccmsetup',
    patterns: [
      { include: '#command' },
      { include: '#readiness-command' },
      { include: '#string-arguments-single' },
      { include: '#string-arguments-double' },
      { include: '#readiness-string-single' },
      { include: '#readiness-string-double' },
      { include: '#ccmsetupcmd-name' },
    ],
    repository: {
      command: {
        begin: psProgram(CCMSETUP),
        beginCaptures: psCaptures(),
        end: PS_END,
        name: 'meta.command.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#args-ps' }],
      },
      'readiness-command': {
        begin: psProgram(READY),
        beginCaptures: psCaptures(),
        end: PS_END,
        name: 'meta.command.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#readiness-args-ps' }],
      },
      'string-arguments-single': {
        comment: "The text of a '...' string that holds ccmsetup arguments (starts right after the opening quote).",
        begin: R`${OPENING(SQ)}(?=${NOT_SQ}*?${MARKERS})`,
        end: R`(?=${SQ}(?!${SQ}))`,
        name: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#args-pssq' }],
      },
      'string-arguments-double': {
        comment: 'The text of a "..." string that holds ccmsetup arguments.',
        begin: R`${OPENING(DQ)}(?=${NOT_DQ}*?${MARKERS})`,
        end: R`(?=${DQ}(?!${DQ}))`,
        name: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#args-psdq' }],
      },
      'readiness-string-single': {
        comment: "The text of a '...' string that holds CMHttpsReadiness.exe options (/Issuers:, /Criteria:, /SelectFirstCert).",
        begin: R`${OPENING(SQ)}(?=${NOT_SQ}*?${READINESS_MARKERS})`,
        end: R`(?=${SQ}(?!${SQ}))`,
        name: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#readiness-args-pssq' }],
      },
      'readiness-string-double': {
        comment: 'The text of a "..." string that holds CMHttpsReadiness.exe options.',
        begin: R`${OPENING(DQ)}(?=${NOT_DQ}*?${READINESS_MARKERS})`,
        end: R`(?=${DQ}(?!${DQ}))`,
        name: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#readiness-args-psdq' }],
      },
      'ccmsetupcmd-name': {
        comment: 'msiexec /i ccmsetup.msi CCMSETUPCMD="...": the property name (the string after it is coloured as arguments).',
        match: R`(?i)(?<![^\s("'])(CCMSETUPCMD)(=)(?=["'\x{2018}-\x{201E}])`,
        captures: { 1: { name: 'variable.other.property.ccmsetup' }, 2: { name: 'keyword.operator.assignment.ccmsetup' } },
      },
    },
  };
  const heredoc = {
    $schema: plain.$schema,
    name: 'ccmsetup in PowerShell here-strings',
    scopeName: 'ccmsetup.injection.powershell-heredoc',
    comment: 'Lines of a PowerShell here-string (@"..."@, @\'...\'@) that hold ccmsetup arguments (same test as for one-line strings).',
    injectionSelector: 'L:string.quoted.double.heredoc.powershell -meta.arguments.ccmsetup, L:string.quoted.single.heredoc.powershell -meta.arguments.ccmsetup',
    patterns: [{ include: '#line' }],
    repository: {
      line: {
        begin: R`^(?=[^\n]*?${MARKERS})`,
        end: '$',
        name: 'meta.arguments.ccmsetup',
        patterns: [{ include: 'source.ccmsetup#args-plain' }],
      },
    },
  };
  const directives = {
    $schema: plain.$schema,
    name: 'ccmlint directives in batch and PowerShell comments',
    scopeName: 'ccmlint.injection.directives',
    comment: 'REM / :: / # comments: ccmlint-disable-next-line, ccmlint-disable and ccmlint-enable with their rule ids.',
    injectionSelector: 'L:comment.line.rem.batchfile, L:comment.line.colon.batchfile, L:comment.line.powershell, L:comment.block.powershell',
    patterns: [{ include: 'source.ccmsetup#directive' }],
  };
  return {
    'ccmsetup.tmLanguage.json': plain,
    'ccmsetup-tcf.tmLanguage.json': tcf,
    'ccmsetup-injection.batch.tmLanguage.json': batch,
    'ccmsetup-injection.powershell.tmLanguage.json': powershell,
    'ccmsetup-injection.powershell-heredoc.tmLanguage.json': heredoc,
    'ccmlint-directives.injection.tmLanguage.json': directives,
  };
}

/** The text of a grammar file as written to disk. */
const serialize = (grammar) => JSON.stringify(grammar, null, 2) + '\n';

module.exports = { buildGrammars, serialize };

if (require.main === module) {
  const knowledge = path.join(__dirname, '..', 'out', 'server', 'src', 'knowledge');
  const k = require(knowledge);
  const { CACHE_FLAGS } = require(path.join(knowledge, 'grammars'));
  for (const [file, grammar] of Object.entries(buildGrammars(k, CACHE_FLAGS))) {
    fs.writeFileSync(path.join(__dirname, file), serialize(grammar));
    console.log(`wrote syntaxes/${file}`);
  }
}
