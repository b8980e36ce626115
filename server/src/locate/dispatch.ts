// Decides what a command is and where its arguments are: ccmsetup.exe, ccmsetup.msi through msiexec
// (the CCMSETUPCMD value), client.msi through msiexec (unsupported), cmHttpsReadiness.exe, and the
// wrappers around them (`call`, `start /wait`, `cmd /c "..."`, `psexec \\pc -s`, `if exist ... (`).
// Shared by every host: batch and PowerShell locators hand it decoded command text.
import { MappedTextBuilder, endOf, startOf, subText, type MappedText } from '../text/mapped-text';

export { subText };
import { tokenize, isQuoteChar, type RawToken } from '../parse/tokens';
import type { HostNote, Quoting, Region, RegionKind } from './region';

export interface DispatchContext {
  quoting: Quoting;
  envVar?: (name: string) => string;
  regions: Region[];
  notes: HostNote[];
  /** Document range of the statement the command sits in. */
  statement: { start: number; end: number };
  /** Expands host variables in a program word (batch: `"%SETUP%"` set earlier to a ccmsetup path). */
  expand?: (word: string) => string;
}

/** Trims whitespace off both ends of a mapped text. */
export function trimText(m: MappedText): MappedText {
  let s = 0;
  let e = m.text.length;
  while (s < e && /\s/.test(m.text[s])) s++;
  while (e > s && /\s/.test(m.text[e - 1])) e--;
  return s === 0 && e === m.text.length ? m : subText(m, s, e);
}

const QUOTES_RE = /["\u201C-\u201F\u2033]/g;
const unquote = (w: string) => w.replace(QUOTES_RE, '');
/** File name of a path word, lower-cased: `"%~dp0CCMSetup.exe"` -> `ccmsetup.exe`. */
export function baseName(word: string): string {
  // ' around the word, then ) after it, trimmed without a regular expression: /'+$/ and /[)]+$/ are tried
  // at every character of a long run (quadratic)
  const w = unquote(word);
  let start = 0;
  let end = w.length;
  while (start < end && w[start] === "'") start++;
  while (end > start && w[end - 1] === "'") end--;
  while (end > start && w[end - 1] === ')') end--;
  const u = w.slice(start, end);
  const slash = Math.max(u.lastIndexOf('\\'), u.lastIndexOf('/'));
  // %~dp0ccmsetup.exe, $PSScriptRoot... : a folder variable glued to the file name
  return u
    .slice(slash + 1)
    .replace(/^(%~[a-z]{0,8}[0-9]|%[^%]{1,64}%|\$\{[^}]{0,64}\}|\$[\w:]{1,64}(?=ccmsetup|msiexec|cmhttps))+/i, '')
    .toLowerCase();
}

export const CCMSETUP_EXE = /^ccmsetup(\.exe)?$/;
const CCMSETUP_MSI = /^ccmsetup\.msi$/;
const CLIENT_MSI = /^client\.msi$/;
const MSIEXEC = /^msiexec(\.exe)?$/;
const READINESS = /^cmhttpsreadiness(\.exe)?$/;
const CMD = /^cmd(\.exe)?$/;
const PSEXEC = /^(psexec|psexec64|paexec)(\.exe)?$/;
const PSEXEC_VALUE_OPTIONS = new Set(['-u', '-p', '-w', '-n', '-a', '-r', '-cf', '-g']);

/** True when a word names one of the programs this linter understands. */
export function isKnownProgram(word: string): boolean {
  const b = baseName(word);
  return CCMSETUP_EXE.test(b) || CCMSETUP_MSI.test(b) || MSIEXEC.test(b) || READINESS.test(b);
}

function addRegion(kind: RegionKind, args: MappedText, ctx: DispatchContext, executable?: RawToken, cmd?: MappedText) {
  const region: Region = {
    kind,
    text: args,
    quoting: ctx.quoting,
    statement: ctx.statement,
    envVar: ctx.envVar,
    msiQuoted: kind === 'ccmsetupcmd' || undefined,
  };
  if (executable && cmd && startOf(cmd, executable.start) >= 0) {
    region.executable = { start: startOf(cmd, executable.start), end: endOf(cmd, executable.end - 1) };
  }
  ctx.regions.push(region);
}

/**
 * A command written in cmd syntax: program word first, then its arguments.
 * Returns true when it was a command this linter handles.
 */
export function dispatchCommandLine(cmd: MappedText, ctx: DispatchContext): boolean {
  const words = tokenize(cmd.text);
  let i = 0;
  const w = (k: number) => (k < words.length ? unquote(words[k].text).toLowerCase() : '');
  for (let guard = 0; guard < 20 && i < words.length; guard++) {
    const word = w(i);
    if (word === '@' || word === '(' || word === 'call') {
      i++;
    } else if (word.startsWith('@') && word.length > 1 && words[i].text.startsWith('@')) {
      // @ccmsetup.exe ...: the echo-off marker glued to the program
      const t = words[i];
      words[i] = { start: t.start + 1, end: t.end, text: t.text.slice(1) };
    } else if (word === 'start') {
      i++;
      while (i < words.length && w(i).startsWith('/')) i += w(i) === '/d' ? 2 : 1;
      // a quoted first argument is the window title, unless nothing follows it
      if (i + 1 < words.length && isQuoteChar(words[i].text[0]) && !isKnownProgram(words[i].text)) i++;
    } else if (CMD.test(baseName(words[i].text))) {
      i++;
      while (i < words.length && w(i).startsWith('/') && w(i) !== '/c' && w(i) !== '/k') i++;
      if (w(i) !== '/c' && w(i) !== '/k') return false;
      i++;
      if (i >= words.length) return false;
      // cmd /c "whole command": cmd strips the first and the last quote of the rest of the line
      const rest = words[i];
      if (isQuoteChar(rest.text[0])) {
        const from = rest.start + 1;
        let to = cmd.text.length;
        while (to > from && !isQuoteChar(cmd.text[to - 1])) to--;
        if (to > from) return dispatchCommandLine(subText(cmd, from, to - 1), ctx);
      }
    } else if (PSEXEC.test(baseName(words[i].text))) {
      i++;
      while (i < words.length) {
        const o = w(i);
        if (PSEXEC_VALUE_OPTIONS.has(o)) i += 2;
        else if (o.startsWith('-') || o.startsWith('\\\\') || o.startsWith('@')) i++;
        else break;
      }
    } else if (word === 'if') {
      i++;
      if (w(i) === '/i') i++;
      if (w(i) === 'not') i++;
      if (['exist', 'errorlevel', 'defined'].includes(w(i))) i += 2;
      else if (w(i).includes('==')) i++;
      else if (w(i + 1) === '==' || /^(equ|neq|lss|leq|gtr|geq)$/.test(w(i + 1))) i += 3;
      else return false;
    } else if (word === 'for') {
      const doAt = words.findIndex((t, k) => k > i && unquote(t.text).toLowerCase() === 'do');
      if (doAt < 0) return false;
      i = doAt + 1;
    } else {
      break;
    }
  }
  if (i >= words.length) return false;
  return dispatchInvocation(words[i], cmd, words[i].end, ctx);
}

/** The program word is `exe` (a token of `cmd`); its arguments start at `argsFrom`. */
export function dispatchInvocation(exe: RawToken, cmd: MappedText, argsFrom: number, ctx: DispatchContext): boolean {
  const base = baseName(ctx.expand ? ctx.expand(exe.text) : exe.text);
  let argsEnd = cmd.text.length;
  // `( ccmsetup.exe /mp:x )`: a closing parenthesis of a batch block is not an argument
  const trailing = /\s\)\s*$/.exec(cmd.text.slice(argsFrom));
  if (trailing) argsEnd = argsFrom + trailing.index;
  const args = trimText(subText(cmd, argsFrom, argsEnd));
  if (CCMSETUP_EXE.test(base)) {
    addRegion('ccmsetup', args, ctx, exe, cmd);
    return true;
  }
  if (READINESS.test(base)) {
    addRegion('readiness', args, ctx, exe, cmd);
    return true;
  }
  if (CCMSETUP_MSI.test(base)) {
    return dispatchBootstrap(args, ctx);
  }
  if (MSIEXEC.test(base)) {
    const words = tokenize(args.text);
    const pkgAt = words.findIndex((t, k) => k > 0 && /^[/-](i|package|a|fa|f)$/i.test(words[k - 1].text));
    if (pkgAt < 0) return false;
    const pkg = baseName(words[pkgAt].text);
    if (CCMSETUP_MSI.test(pkg)) return dispatchBootstrap(args, ctx);
    if (CLIENT_MSI.test(pkg)) {
      const exeStart = startOf(cmd, exe.start);
      const start = exeStart >= 0 ? exeStart : startOf(args, words[pkgAt].start);
      ctx.notes.push({ kind: 'client-msi', start, end: endOf(args, words[pkgAt].end - 1) });
      return true;
    }
  }
  return false;
}

/**
 * Arguments of a ccmsetup.msi install: the CCMSETUPCMD="..." value is a ccmsetup command line of its own.
 * Inside it, msiexec reads a doubled quote ("") as one quote.
 */
export function dispatchBootstrap(args: MappedText, ctx: DispatchContext): boolean {
  const m = /(^|\s)CCMSETUPCMD=/i.exec(args.text);
  if (!m) return false;
  let i = m.index + m[0].length;
  const text = args.text;
  const inner = new MappedTextBuilder();
  let valueStart = i;
  let valueEnd: number;
  if (isQuoteChar(text[i])) {
    // msiexec knows only the plain quote: a typographic one pasted from a web page breaks the value
    if (text[i] !== '"') ctx.notes.push({ kind: 'smart-quote', start: startOf(args, i), end: endOf(args, i) });
    i++;
    valueStart = i;
    while (i < text.length) {
      if (isQuoteChar(text[i])) {
        if (isQuoteChar(text[i + 1] ?? '')) {
          inner.add('"', startOf(args, i), endOf(args, i + 1));
          i += 2;
          continue;
        }
        break;
      }
      inner.add(text[i], startOf(args, i), endOf(args, i));
      i++;
    }
    valueEnd = i;
    if (i < text.length && text[i] !== '"') ctx.notes.push({ kind: 'smart-quote', start: startOf(args, i), end: endOf(args, i) });
  } else {
    while (i < text.length && !/\s/.test(text[i])) {
      inner.add(text[i], startOf(args, i), endOf(args, i));
      i++;
    }
    valueEnd = i;
  }
  const value = inner.build(valueEnd < text.length ? startOf(args, valueEnd) : args.endOffset);
  const docStart = valueStart < text.length ? startOf(args, valueStart) : args.endOffset;
  const docEnd = valueEnd < text.length ? startOf(args, valueEnd) : args.endOffset;
  ctx.notes.push({ kind: 'ccmsetupcmd-value', start: docStart, end: docEnd, length: value.text.length });
  addRegion('ccmsetupcmd', value, ctx);
  return true;
}
