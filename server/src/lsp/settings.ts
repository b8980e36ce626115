// Settings: the editor's `ccmlint.*` settings and .ccmlintrc.json use the same keys (rules, siteCode,
// environment, pathMappings). Where both set something, the file wins, so a repository's policy holds for everyone
// who opens it. A test keeps this list and the extension manifest in step.
import { parseConfig, defaultConfig, type Config, type ConfigError } from '../analyse/config';
import { RULE_IDS } from '../rules';

/** Settings the server reads (section `ccmlint`), one per .ccmlintrc.json key. */
export const SERVER_SETTINGS = ['ccmlint.rules', 'ccmlint.siteCode', 'ccmlint.environment', 'ccmlint.pathMappings'] as const;

/** Settings only the VS Code client reads. */
export const CLIENT_SETTINGS = ['ccmlint.trace.server', 'ccmlint.workspaceLint.maxFiles', 'ccmlint.workspaceLint.exclude'] as const;

export interface EditorSettings {
  rules?: unknown;
  siteCode?: unknown;
  environment?: unknown;
  pathMappings?: unknown;
}

/** Drops unset values so that parseConfig does not report a missing setting as invalid. */
function present(settings: EditorSettings | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!settings) return out;
  if (settings.rules !== undefined && settings.rules !== null) out.rules = settings.rules;
  if (typeof settings.siteCode === 'string' && settings.siteCode.trim() !== '') out.siteCode = settings.siteCode.trim();
  if (settings.environment !== undefined && settings.environment !== null) out.environment = settings.environment;
  if (settings.pathMappings !== undefined && settings.pathMappings !== null) out.pathMappings = settings.pathMappings;
  return out;
}

export interface EffectiveConfig {
  config: Config;
  /** Problems with either source, each naming where it came from and the key. */
  errors: (ConfigError & { source: 'settings' | '.ccmlintrc.json' })[];
}

/** Where relative pathMappings folders start: the workspace root for settings, the file's folder for the file. */
export interface MappingBases {
  settings?: string;
  file?: string;
}

/** Merges editor settings with the workspace's .ccmlintrc.json (parsed JSON or undefined); the file wins. */
export function effectiveConfig(settings: EditorSettings | undefined, file: unknown | undefined, fileError?: string, bases: MappingBases = {}): EffectiveConfig {
  const fromSettings = parseConfig(present(settings), RULE_IDS, bases.settings);
  const errors: EffectiveConfig['errors'] = fromSettings.errors.map((e) => ({ ...e, source: 'settings' as const }));
  const config = defaultConfig();
  Object.assign(config.rules, fromSettings.config.rules);
  config.siteCode = fromSettings.config.siteCode;
  Object.assign(config.environment, fromSettings.config.environment);
  const mappings = fromSettings.config.pathMappings ?? [];
  if (fileError) errors.push({ key: '', message: fileError, source: '.ccmlintrc.json' });
  if (file !== undefined) {
    const fromFile = parseConfig(file, RULE_IDS, bases.file);
    errors.push(...fromFile.errors.map((e) => ({ ...e, source: '.ccmlintrc.json' as const })));
    Object.assign(config.rules, fromFile.config.rules);
    if (fromFile.config.siteCode) config.siteCode = fromFile.config.siteCode;
    Object.assign(config.environment, fromFile.config.environment);
    // the file's mapping wins over a setting for the same prefix (the longest prefix still wins overall)
    const fileMappings = fromFile.config.pathMappings ?? [];
    const key = (from: string) => {
      let k = from.replace(/\//g, '\\').toLowerCase();
      while (k.endsWith('\\')) k = k.slice(0, -1);
      return k;
    };
    const taken = new Set(fileMappings.map((m) => key(m.from)));
    mappings.splice(0, mappings.length, ...fileMappings, ...mappings.filter((m) => !taken.has(key(m.from))));
  }
  if (mappings.length > 0) config.pathMappings = mappings;
  return { config, errors };
}
