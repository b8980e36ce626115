// `ccmlint explain <file> [--line N] [--format text|json]`: prints the explain model of one command line
// (the one on line N, else the first in the file), as the editor's "Explain this command line" view shows it.
// Exit codes: 0 printed, 2 usage error, unreadable file or no command line there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../analyse/analyse';
import { defaultConfig, parseConfig, type Config } from '../analyse/config';
import { explainLine, explainToText, lineAt, lineOnRow } from '../features/explain';
import { hostForFile } from '../locate';
import { RULE_IDS } from '../rules';
import { TOOL_NAME } from '../project';
import { nodeFileAccess } from './file-access';
import { NotTextError, readTextFile } from './read-file';

export const EXPLAIN_HELP = `Usage: ${TOOL_NAME} explain <file> [--line N] [--format text|json] [--config <file>]

Explains one command line of the file: every setting with its meaning and the value the installer
will use (defaults included), how the client will find and trust its management point (each step ok,
weak, broken or not used, with the rules behind it), and the findings on that line.

Options:
  --line <N>             The command line on line N (1-based; default: the first command line)
  --format <text|json>   Output format (default: text)
  --config <file>        Use this configuration instead of .ccmlintrc.json
  --help                 Print this help
`;

interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

function findConfigFile(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, '.ccmlintrc.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function loadConfig(explicit: string | undefined): Config {
  const file = explicit ? path.resolve(explicit) : findConfigFile(process.cwd());
  if (!file) return defaultConfig();
  if (explicit && !fs.existsSync(file)) throw new Error(`configuration file not found: ${explicit}`);
  try {
    return parseConfig(JSON.parse(fs.readFileSync(file, 'utf8')), RULE_IDS).config;
  } catch (err) {
    throw new Error(`${explicit ?? file}: cannot read it as JSON: ${(err as Error).message}`);
  }
}

export async function explainMain(argv: string[], io: Io): Promise<number> {
  let file: string | undefined;
  let line: number | undefined;
  let format: 'text' | 'json' = 'text';
  let configPath: string | undefined;
  const fail = (message: string) => {
    io.stderr.write(`${TOOL_NAME} explain: ${message}\n`);
    return 2;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    if (flag === '--help' || flag === '-h') {
      io.stdout.write(EXPLAIN_HELP);
      return 0;
    } else if (flag === '--line' || flag === '-l') {
      const v = value();
      if (!v || !/^[1-9]\d*$/.test(v)) return fail(`--line expects a line number from 1, got "${v ?? ''}"`);
      line = Number(v);
    } else if (flag === '--format' || flag === '-f') {
      const v = value();
      if (v !== 'text' && v !== 'json') return fail(`unknown format "${v ?? ''}"; accepted: text, json`);
      format = v;
    } else if (flag === '--config' || flag === '-c') {
      configPath = value();
      if (!configPath) return fail('--config needs a value');
    } else if (arg.startsWith('-')) {
      return fail(`unknown option "${arg}" (see ${TOOL_NAME} explain --help)`);
    } else if (file) {
      return fail('give one file');
    } else {
      file = arg;
    }
  }
  if (!file) return fail('give the file to explain (see --help)');
  const host = hostForFile(file);
  if (!host) return fail(`${file}: not a file type ${TOOL_NAME} reads (.cmd .bat .ps1 .psm1 .tcf .xml .ccmsetup)`);
  let config: Config;
  let text: string;
  try {
    config = loadConfig(configPath);
    text = readTextFile(file).text;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return fail(err instanceof NotTextError ? `${file}: ${e.message}` : e.code ? `${file}: cannot read it (${e.code})` : e.message);
  }
  const analysis = analyse(text, host, { config, fileName: path.resolve(file), files: nodeFileAccess });
  const at = line === undefined ? lineAt(analysis, undefined) : lineOnRow(analysis, text, line - 1);
  if (!at) return fail(line === undefined ? `${file}: no ccmsetup command line found` : `${file}: no ccmsetup command line on line ${line}`);
  const model = explainLine(analysis, text, at.line, at.index, { environment: config.environment });
  io.stdout.write(format === 'json' ? JSON.stringify({ file, ...model }, null, 2) + '\n' : explainToText(model, file));
  return 0;
}
