// ccmlint: lints ConfigMgr client installation command lines in scripts, /config files and task
// sequence exports. Exit codes: 0 no errors (and warnings within --max-warnings), 1 otherwise,
// 2 usage or configuration error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../analyse/analyse';
import { fixAll } from '../analyse/apply-fixes';
import { parseConfig, defaultConfig, type Config, type ConfigError } from '../analyse/config';
import { SEVERITIES } from '../analyse/finding';
import { hostForFile } from '../locate';
import type { HostLanguage } from '../locate/region';
import { RULE_IDS } from '../rules';
import { TOOL_NAME, VERSION } from '../project';
import { explainMain } from './explain';
import { collectFiles } from './files';
import { fileAccessFor } from './file-access';
import { siteTrustFor } from './site-trust';
import { certificateCommand } from './certificate';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText, type FileResult } from './format-text';
import { decode, readTextFile, writeTextFileAtomic, NotTextError } from './read-file';

const HELP = `Usage: ${TOOL_NAME} [options] <file|dir|glob>...
       ${TOOL_NAME} explain <file> [--line N] [--format text|json]   (see ${TOOL_NAME} explain --help)

Lints ConfigMgr (SCCM/MECM) client install command lines: ccmsetup.exe parameters and Client.msi
properties in batch (.cmd .bat), PowerShell (.ps1 .psm1), /config files (.tcf), task sequence
exports (.xml) and plain command lines (.ccmsetup).

Options:
  --format <text|json|sarif>  Output format (default: text)
  --output <file>             Write the report to a file instead of standard output
  --fix                       Apply safe fixes in place, then report what remains
  --rule <CCMxxx=level>       Set a rule's severity (error, warning, information, hint) or "off"; repeatable
  --config <file>             Use this configuration instead of .ccmlintrc.json
  --max-warnings <n>          Exit with 1 when there are more than n warnings
  --include <glob>            Only lint walked files matching the glob; repeatable
  --exclude <glob>            Skip files matching the glob; repeatable
  --certificate <file>        Summarise a certificate file (.cer, .crt, .der, .pem) and check it for the
                              ConfigMgr roles (site server signing, client authentication, web server);
                              exit 0 sound, 1 with findings, 2 not a certificate
  --stdin                     Lint standard input
  --stdin-filename <name>     File name for standard input (its extension picks the language)
  --no-color                  Plain text output
  --version                   Print the version
  --help                      Print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or configuration error.
Rules: docs/rules/README.md
`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  fix: boolean;
  rules: Record<string, string>;
  config?: string;
  maxWarnings?: number;
  include: string[];
  exclude: string[];
  stdin: boolean;
  stdinFilename?: string;
  certificate?: string;
  color: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', fix: false, rules: {}, include: [], exclude: [], stdin: false, color: !!process.stdout.isTTY && !process.env.NO_COLOR, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--version':
      case '-v':
        return 'version';
      case '--format':
      case '-f': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}"; accepted: text, json, sarif`);
        o.format = f;
        break;
      }
      case '--output':
      case '-o':
        o.output = value();
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--rule': {
        const v = value();
        const m = /^([A-Za-z]+\d+)[=:](\w+)$/.exec(v);
        if (!m) throw new UsageError(`--rule expects CCMxxx=level (for example --rule CCM303=off), got "${v}"`);
        o.rules[m[1].toUpperCase()] = m[2];
        break;
      }
      case '--config':
      case '-c':
        o.config = value();
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number, got "${v}"`);
        o.maxWarnings = Number(v);
        break;
      }
      case '--include':
        o.include.push(value());
        break;
      case '--exclude':
        o.exclude.push(value());
        break;
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value();
        break;
      case '--certificate':
        o.certificate = value();
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see --help)`);
        o.paths.push(arg);
    }
  }
  if (o.certificate !== undefined) {
    if (o.paths.length > 0 || o.stdin || o.fix) throw new UsageError('--certificate summarises one file; do not lint paths at the same time');
    return o;
  }
  if (o.stdin && o.paths.length > 0) throw new UsageError('--stdin lints standard input; do not give paths as well');
  if (!o.stdin && o.paths.length === 0) throw new UsageError('give at least one file, directory or glob to lint (or --stdin)');
  if (o.stdin && o.fix) throw new UsageError('--fix rewrites files and cannot be used with --stdin');
  return o;
}

/** Finds .ccmlintrc.json in the working directory or the nearest folder above it. */
function findConfigFile(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.ccmlintrc.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function loadConfig(o: Options): { config: Config; errors: ConfigError[]; file?: string } {
  const file = o.config ? path.resolve(o.config) : findConfigFile(process.cwd());
  let config = defaultConfig();
  const errors: ConfigError[] = [];
  if (file) {
    try {
      const parsed = parseConfig(JSON.parse(fs.readFileSync(file, 'utf8')), RULE_IDS, path.dirname(file));
      config = parsed.config;
      errors.push(...parsed.errors);
    } catch (err) {
      if (o.config && !fs.existsSync(file)) throw new UsageError(`configuration file not found: ${o.config}`);
      errors.push({ key: '', message: `cannot read it as JSON: ${(err as Error).message}` });
    }
  }
  // --rule options go on top of the file
  const cli = parseConfig({ rules: o.rules }, RULE_IDS);
  for (const e of cli.errors) throw new UsageError(`--rule ${e.key.replace(/^rules\./, '')}: ${e.message}`);
  Object.assign(config.rules, cli.config.rules);
  return { config, errors, file };
}

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  if (argv[0] === 'explain') return explainMain(argv.slice(1), io);
  let o: Options | 'help' | 'version';
  try {
    o = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${TOOL_NAME}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (o === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (o === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (o.certificate !== undefined) {
    const r = certificateCommand(o.certificate, o.format);
    (r.code === 2 && o.format !== 'json' ? io.stderr : io.stdout).write(r.output);
    return r.code;
  }
  let exit = 0;
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig(o);
  } catch (err) {
    io.stderr.write(`${TOOL_NAME}: ${(err as Error).message}\n`);
    return 2;
  }
  for (const e of loaded.errors) {
    io.stderr.write(`${TOOL_NAME}: ${path.relative(process.cwd(), loaded.file ?? '') || loaded.file}: ${e.key ? `"${e.key}": ` : ''}${e.message}; using the default for it.\n`);
    exit = 2;
  }
  const options = { config: loaded.config, files: fileAccessFor(loaded.config) };
  const results: FileResult[] = [];

  const lint = (display: string, fileName: string, text: string, host: HostLanguage) => {
    const cwd = process.cwd();
    const inside = path.resolve(fileName).startsWith(cwd + path.sep);
    const siteTrust = siteTrustFor(path.resolve(fileName), inside ? cwd : undefined);
    results.push({ path: display, text, findings: analyse(text, host, { ...options, fileName, siteTrust }).findings });
  };

  if (o.stdin) {
    const name = o.stdinFilename ?? 'stdin.ccmsetup';
    const host = hostForFile(name) ?? 'ccmsetup';
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(Buffer.from(c));
    let text: string;
    try {
      text = decode(Buffer.concat(chunks)).text;
    } catch (err) {
      io.stderr.write(`${TOOL_NAME}: standard input: ${(err as Error).message}\n`);
      return 2;
    }
    lint(o.stdinFilename ?? '<stdin>', path.resolve(name), text, host);
  } else {
    const { files, missing } = collectFiles(o.paths, { include: o.include, exclude: o.exclude });
    for (const m of missing) {
      io.stderr.write(`${TOOL_NAME}: ${m.arg}: ${m.reason}\n`);
      exit = 2;
    }
    for (const file of files) {
      const display = path.relative(process.cwd(), file) || file;
      const host = hostForFile(file);
      if (!host) {
        io.stderr.write(`${TOOL_NAME}: ${display}: skipped, not a file type ${TOOL_NAME} reads (.cmd .bat .ps1 .psm1 .tcf .xml .ccmsetup)\n`);
        continue;
      }
      let content;
      try {
        content = readTextFile(file);
      } catch (err) {
        const why = err instanceof NotTextError ? err.message : `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
        io.stderr.write(`${TOOL_NAME}: ${display}: skipped, ${why}\n`);
        continue;
      }
      if (o.fix) {
        const fixed = fixAll(content.text, host, { ...options, fileName: file });
        if (fixed.applied > 0 && fixed.text !== content.text) {
          writeTextFileAtomic(file, { ...content, text: fixed.text });
          io.stderr.write(`${TOOL_NAME}: ${display}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
          content = { ...content, text: fixed.text };
        }
      }
      lint(display, file, content.text, host);
    }
  }

  const report = o.format === 'json' ? formatJson(results) : o.format === 'sarif' ? formatSarif(results) : formatText(results, o.color && !o.output);
  if (o.output) fs.writeFileSync(o.output, report);
  else io.stdout.write(report);

  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (exit === 0 && (errors > 0 || (o.maxWarnings !== undefined && warnings > o.maxWarnings))) exit = 1;
  return exit;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`${TOOL_NAME}: internal error: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 2;
    },
  );
}

export { SEVERITIES };
