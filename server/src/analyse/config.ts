// Configuration: .ccmlintrc.json at the workspace root, and the same keys in editor settings.
//   { "rules": { "CCM303": "off", "CCM316": "error" },
//     "siteCode": "P01",
//     "environment": { "adPublished": false, "enhancedHttp": true, "httpsOnly": false, "pushContext": false },
//     "pathMappings": { "\\\\srv\\keys\\": "keys" } }
// An invalid entry is reported with its key and ignored; everything else still applies, so a typo never
// silently switches rules off.
import { SEVERITIES, type Severity } from './finding';

export interface Environment {
  /** The site publishes to Active Directory and clients can read it (trusted root key, signing certificate). */
  adPublished?: boolean;
  /** The site uses Enhanced HTTP, so plain-HTTP management points are supported. */
  enhancedHttp?: boolean;
  /** The site's communication security is HTTPS only. */
  httpsOnly?: boolean;
  /** Command lines in these files are client push installation properties. */
  pushContext?: boolean;
}

export type RuleSetting = Severity | 'off';

/** A Windows path prefix (`\\srv\keys\`, `D:\Keys\`) and the local folder that holds a copy of its files. */
export interface PathMapping {
  /** The prefix as written in the configuration. */
  from: string;
  /** The local folder, as written (relative folders are taken from `base`). */
  to: string;
  /** The folder a relative `to` is resolved against: the config file's folder or the workspace root. */
  base?: string;
}

export interface Config {
  rules: Record<string, RuleSetting>;
  siteCode?: string;
  environment: Environment;
  /** Where files named by Windows paths (SMSSIGNCERT) are found in the workspace. */
  pathMappings?: PathMapping[];
}

export interface ConfigError {
  key: string;
  message: string;
}

export const ENVIRONMENT_KEYS = ['adPublished', 'enhancedHttp', 'httpsOnly', 'pushContext'] as const;
export const CONFIG_KEYS = ['rules', 'siteCode', 'environment', 'pathMappings'] as const;
const RULE_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];

export function defaultConfig(): Config {
  return { rules: {}, environment: {} };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const WINDOWS_PREFIX = /^([A-Za-z]:[\\/]?|[\\/]{2}[^\\/]+)/;

/** Validates a parsed configuration object. `ruleIds` are the ids the linter knows; `base` is where relative pathMappings folders start. */
export function parseConfig(input: unknown, ruleIds: ReadonlySet<string>, base?: string): { config: Config; errors: ConfigError[] } {
  const config = defaultConfig();
  const errors: ConfigError[] = [];
  if (!isObject(input)) {
    errors.push({ key: '', message: 'the configuration must be a JSON object with the keys rules, siteCode, environment and pathMappings' });
    return { config, errors };
  }
  for (const [key, value] of Object.entries(input)) {
    if (key === '$schema') continue;
    if (key === 'rules') {
      if (!isObject(value)) {
        errors.push({ key, message: '"rules" must be an object mapping rule ids to a severity or "off"' });
        continue;
      }
      for (const [id, setting] of Object.entries(value)) {
        const upper = id.toUpperCase();
        if (!ruleIds.has(upper)) {
          errors.push({ key: `rules.${id}`, message: `unknown rule id "${id}" (rule ids look like CCM303)` });
        } else if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting)) {
          errors.push({
            key: `rules.${id}`,
            message: `invalid value ${JSON.stringify(setting)}; accepted: ${RULE_SETTINGS.map((s) => `"${s}"`).join(', ')}`,
          });
        } else {
          config.rules[upper] = setting as RuleSetting;
        }
      }
    } else if (key === 'siteCode') {
      if (typeof value !== 'string' || !/^[A-Za-z0-9]{3}$/.test(value)) {
        errors.push({ key, message: `"siteCode" must be a three-character site code of A-Z and 0-9 (got ${JSON.stringify(value)})` });
      } else {
        config.siteCode = value.toUpperCase();
      }
    } else if (key === 'environment') {
      if (!isObject(value)) {
        errors.push({ key, message: `"environment" must be an object with the keys ${ENVIRONMENT_KEYS.join(', ')}` });
        continue;
      }
      for (const [fact, v] of Object.entries(value)) {
        if (!(ENVIRONMENT_KEYS as readonly string[]).includes(fact)) {
          errors.push({ key: `environment.${fact}`, message: `unknown environment fact "${fact}"; accepted: ${ENVIRONMENT_KEYS.join(', ')}` });
        } else if (typeof v !== 'boolean') {
          errors.push({ key: `environment.${fact}`, message: `"${fact}" must be true or false (got ${JSON.stringify(v)})` });
        } else {
          config.environment[fact as keyof Environment] = v;
        }
      }
    } else if (key === 'pathMappings') {
      if (!isObject(value)) {
        errors.push({ key, message: '"pathMappings" must be an object mapping a Windows path prefix (\\\\server\\share\\ or D:\\Keys\\) to a workspace folder' });
        continue;
      }
      const mappings: PathMapping[] = [];
      for (const [from, to] of Object.entries(value)) {
        if (!WINDOWS_PREFIX.test(from.trim())) {
          errors.push({ key: `pathMappings.${from}`, message: `"${from}" is not a Windows path prefix; write a drive path (D:\\Keys\\) or a UNC path (\\\\server\\share\\)` });
        } else if (typeof to !== 'string' || to.trim() === '' || /^[a-z][a-z0-9+.-]+:\/\//i.test(to)) {
          errors.push({ key: `pathMappings.${from}`, message: `the folder must be a non-empty path relative to the workspace root (got ${JSON.stringify(to)})` });
        } else {
          mappings.push({ from: from.trim(), to: to.trim(), base });
        }
      }
      config.pathMappings = mappings;
    } else {
      errors.push({ key, message: `unknown key "${key}"; accepted: ${CONFIG_KEYS.join(', ')}` });
    }
  }
  return { config, errors };
}
