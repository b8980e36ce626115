// Parses one decoded command line into settings: ccmsetup parameters (`/name[:value]`) and Client.msi
// properties (`NAME=value`), each with exact ranges for name, separator, value and quotes, and with the
// shape mistakes real scripts contain recorded rather than thrown. Parsing never throws.
import { findParameter, findProperty, findReadinessParameter, type SettingInfo } from '../knowledge';
import { isQuoteChar, tokenize, type RawToken } from './tokens';
import { isDynamic } from './dynamic';

/** How a token deviates from the documented shape (CCM002 reports every one except 'ok'). */
export type Shape =
  | 'ok'
  | 'parameter-with-equals' // /mp=SRV
  | 'property-as-parameter' // /SMSSITECODE=X, /PATCH:x
  | 'property-with-colon' // SMSSITECODE:FRS
  | 'parameter-without-slash' // regtoken:..., UsePKICert
  | 'dash-prefix'; // -mp:x

export interface Setting {
  /** What the author meant: a ccmsetup parameter or a Client.msi property. */
  kind: 'parameter' | 'property';
  shape: Shape;
  /** Decoded-text range of the whole token, quotes included. */
  start: number;
  end: number;
  /** The name as written, without slash or dash. */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** ':' or '=' as written, or '' when there is none. */
  separator: '' | ':' | '=';
  separatorStart: number;
  /** The value without its quotes; undefined when there is no separator. */
  value: string | undefined;
  /** Range of the value as written (quotes included). */
  rawValueStart: number;
  rawValueEnd: number;
  /** Range of the value's content (inside the quotes). */
  valueStart: number;
  valueEnd: number;
  quoted: boolean;
  /** The value is a variable, placeholder or template expression: unknown, never judged. */
  dynamic: boolean;
  /** Whitespace between the separator and a value that ccmsetup sees as a separate token (CCM004). */
  spaceAfterSeparator?: { start: number; end: number };
  /** Words after this setting that belong to no setting, usually an unquoted value with spaces (CCM005). */
  strays: RawToken[];
  /** The whole token is quoted ("SMSCACHEDIR=C:\A B"). */
  wholeQuoted: boolean;
  /** Knowledge record for the intended kind and name, if the name is known. */
  info?: SettingInfo;
  /** Canonical name when known (`/mp`, `SMSSITECODE`), else the name as written. */
  key: string;
}

export interface ParsedLine {
  settings: Setting[];
  /** Words before the first setting that belong to none (CCM005 reports them). */
  leadingStrays: RawToken[];
  /** Offsets of quotes opened and never closed (CCM001). */
  unclosedQuotes: number[];
  tokens: RawToken[];
}

export interface ParseOptions {
  /** cmHttpsReadiness.exe takes its own parameters. */
  readiness?: boolean;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parameters that do not exist but plainly mean a property (seen in real scripts). */
const PARAMETER_ALIASES: Record<string, string> = { sitecode: 'SMSSITECODE' };

function lookupParameter(name: string, readiness: boolean): SettingInfo | undefined {
  if (!readiness) return findParameter(name);
  const r = findReadinessParameter(name);
  if (!r) return undefined;
  // present readiness parameters through the same record shape, so value rules apply unchanged
  return {
    name: r.name,
    kind: 'parameter',
    status: 'documented',
    value: r.value,
    syntax: r.syntax,
    summary: r.summary,
    description: r.summary,
    docs: r.docs,
    example: r.syntax,
    acceptsSpaces: true,
  };
}

function stripQuotes(raw: string): string {
  let out = '';
  for (const ch of raw) if (!isQuoteChar(ch)) out += ch;
  return out;
}

function classify(tok: RawToken, opts: ParseOptions): Setting | undefined {
  let text = tok.text;
  let offset = tok.start;
  let wholeQuoted = false;
  // "NAME=value with spaces" or "/source:C:\a b": the quotes wrap the whole token
  if (text.length >= 2 && isQuoteChar(text[0]) && isQuoteChar(text[text.length - 1])) {
    const inner = text.slice(1, -1);
    if (/^[/-]?[A-Za-z_?][A-Za-z0-9_]*[:=]/.test(inner) && !inner.split('').some(isQuoteChar)) {
      text = inner;
      offset += 1;
      wholeQuoted = true;
    }
  }
  const readiness = !!opts.readiness;
  let prefix = '';
  if (text[0] === '/' || (text[0] === '-' && /^-[A-Za-z?]/.test(text))) prefix = text[0];
  const body = text.slice(prefix.length);
  // name runs to the first ':' or '=' (or to the end)
  let sepIndex = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === ':' || body[i] === '=') {
      sepIndex = i;
      break;
    }
    if (isQuoteChar(body[i])) break;
  }
  const name = sepIndex >= 0 ? body.slice(0, sepIndex) : body;
  const separator = (sepIndex >= 0 ? body[sepIndex] : '') as '' | ':' | '=';

  let kind: 'parameter' | 'property';
  let shape: Shape = 'ok';
  let info: SettingInfo | undefined;
  if (prefix) {
    const asParam = lookupParameter(name, readiness);
    const alias = readiness || asParam ? undefined : PARAMETER_ALIASES[name.toLowerCase()];
    const asProp = readiness ? undefined : findProperty(alias ?? name);
    if (alias && asProp) {
      // /sitecode=P01: a parameter that does not exist, written for the property it names
      kind = 'property';
      shape = 'parameter-with-equals';
      info = asProp;
    } else if (!asParam && asProp && (separator === '=' || asProp.value.type === 'none' || separator === ':')) {
      kind = 'property';
      shape = 'property-as-parameter';
      info = asProp;
    } else {
      kind = 'parameter';
      info = asParam;
      if (separator === '=') shape = 'parameter-with-equals';
      if (prefix === '-') shape = 'dash-prefix';
    }
  } else {
    const knownParam = lookupParameter(name, readiness);
    const knownProp = readiness ? undefined : findProperty(name);
    if (separator === '=' && NAME_RE.test(name)) {
      // MP=x: the SMS-prefixed property (SMSMP) is as likely meant as the parameter, so it is an unknown property
      if (knownParam && !knownProp && !findProperty(`SMS${name}`)) {
        kind = 'parameter';
        shape = 'parameter-without-slash';
        info = knownParam;
      } else {
        kind = 'property';
        info = knownProp;
      }
    } else if (separator === ':' && knownProp && !knownParam) {
      kind = 'property';
      shape = 'property-with-colon';
      info = knownProp;
    } else if (separator === ':' && knownParam) {
      kind = 'parameter';
      shape = 'parameter-without-slash';
      info = knownParam;
    } else if (separator === '' && knownProp) {
      kind = 'property';
      info = knownProp; // CCMALLOWSILENTREBOOT, or a property missing its value
    } else if (separator === '' && knownParam && name.length > 1) {
      kind = 'parameter';
      shape = 'parameter-without-slash';
      info = knownParam;
    } else {
      return undefined; // a word that is no setting
    }
  }

  const nameStart = offset + prefix.length;
  const nameEnd = nameStart + name.length;
  const separatorStart = nameEnd;
  const rawValueStart = separator ? separatorStart + 1 : nameEnd;
  const rawValueEnd = offset + text.length;
  const rawValue = separator ? text.slice(prefix.length + name.length + 1) : '';
  let valueStart = rawValueStart;
  let valueEnd = rawValueEnd;
  if (rawValue.length >= 2 && isQuoteChar(rawValue[0]) && isQuoteChar(rawValue[rawValue.length - 1])) {
    valueStart++;
    valueEnd--;
  } else if (rawValue.length >= 1 && isQuoteChar(rawValue[0]) && tok.unclosedQuote !== undefined) {
    valueStart++;
  }
  const value = separator ? stripQuotes(rawValue) : undefined;
  return {
    kind,
    shape,
    start: tok.start,
    end: tok.end,
    name,
    nameStart,
    nameEnd,
    separator,
    separatorStart,
    value,
    rawValueStart,
    rawValueEnd,
    valueStart,
    valueEnd,
    quoted: rawValue.split('').some(isQuoteChar) || wholeQuoted,
    dynamic: value !== undefined && isDynamic(value),
    strays: [],
    wholeQuoted,
    info,
    key: info ? info.name : kind === 'property' ? name.toUpperCase() : '/' + name,
  };
}

/** Parses the arguments of one command line (the executable itself already removed). */
export function parseCommandLine(text: string, opts: ParseOptions = {}): ParsedLine {
  const tokens = tokenize(text);
  const settings: Setting[] = [];
  const leadingStrays: RawToken[] = [];
  const unclosedQuotes: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.unclosedQuote !== undefined) unclosedQuotes.push(tok.unclosedQuote);
    const setting = classify(tok, opts);
    if (setting) {
      // `/source: D:\Clients`: the value became the next token
      const next = tokens[i + 1];
      if (
        setting.separator &&
        setting.rawValueStart === setting.rawValueEnd &&
        next &&
        next.start > tok.end &&
        !classify(next, opts) &&
        !next.text.startsWith('/')
      ) {
        setting.spaceAfterSeparator = { start: tok.end, end: next.start };
        setting.end = next.end;
        setting.rawValueStart = next.start;
        setting.rawValueEnd = next.end;
        setting.valueStart = next.start;
        setting.valueEnd = next.end;
        if (next.text.length >= 2 && isQuoteChar(next.text[0]) && isQuoteChar(next.text[next.text.length - 1])) {
          setting.valueStart++;
          setting.valueEnd--;
        }
        setting.value = stripQuotes(next.text);
        setting.quoted = next.text.split('').some(isQuoteChar);
        setting.dynamic = isDynamic(setting.value);
        if (next.unclosedQuote !== undefined) unclosedQuotes.push(next.unclosedQuote);
        i++;
      }
      settings.push(setting);
    } else if (settings.length > 0) {
      settings[settings.length - 1].strays.push(tok);
    } else {
      leadingStrays.push(tok);
    }
  }
  return { settings, leadingStrays, unclosedQuotes, tokens };
}
