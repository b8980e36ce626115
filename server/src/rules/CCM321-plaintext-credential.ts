import { isDynamic } from '../parse/dynamic';
import type { DocumentContext } from './context';
import type { Rule } from './rule';

// Each pattern captures the literal secret in its last non-empty group. A variable named for where a secret is
// (`$secretName`, `$passwordFile`, `PWD_PATH`) holds a reference, not the secret. Every pattern is anchored on a
// keyword and uses bounded, non-overlapping repetition, so a line is scanned in linear time.
const PS_PATTERNS: RegExp[] = [
  /ConvertTo-SecureString\s+(?:-String\s+)?(?:'([^'\r\n]{1,200})'|"([^"\r\n]{1,200})")(?=[^\r\n]*-AsPlainText)/gi,
  /(?:'([^'\r\n]{1,200})'|"([^"\r\n]{1,200})")\s*\|\s*ConvertTo-SecureString\b(?=[^\r\n]*-AsPlainText)/gi,
  /-\w{0,40}Password\s+(?:'([^'\r\n]{1,200})'|"([^"\r\n]{1,200})"|([^\s$'"(`|;]{1,200}))/gi,
  /\$[\w:]{0,60}(?:password|passwd|pwd|secret)\w{0,30}(?<!name|path|file|prompt|uri|url|vault)\s*=\s*(?:'([^'\s]{1,200})'|"([^"\s]{1,200})")/gi,
  /PSCredential\s*(?:\(|-ArgumentList\s*\(?)\s*[^,\r\n]{1,200},\s*(?:'([^'\r\n]{1,200})'|"([^"\r\n]{1,200})")/gi,
];
const BATCH_PATTERNS: RegExp[] = [
  /\bnet\s+use\b[^\r\n]{0,400}?\/user:\S{1,200}\s+(?:"([^"\r\n]{1,200})"|([^\s/"]{1,200}))/gi,
  /\bset\s+"?\w{0,40}(?:password|passwd|pwd|secret)\w{0,30}(?<!name|path|file|prompt|uri|url|vault)=([^"\r\n]{1,200})/gi,
];
const COMMON_PATTERNS: RegExp[] = [
  /\b(?:psexec|psexec64|paexec)(?:\.exe)?\b[^\r\n]{0,400}?\s-p\s+(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|(\S{1,200}))/gi,
  /\bcertutil(?:\.exe)?\b(?=[^\r\n]*-importpfx)[^\r\n]{0,400}?\s-p\s+(?:"([^"\r\n]{1,200})"|(\S{1,200}))/gi,
];
const TS_SECRET_VARIABLE = /\bname\s*=\s*"(\w{0,60}Password)"[^<>]{0,400}>([^<]{1,400})</gi;
const TS_SET_VARIABLE = /VariableName"?[^<>]{0,200}>\s*(\w{0,60}Password)\s*<[\s\S]{0,400}?VariableValue"?[^<>]{0,200}>([^<]{1,400})</gi;

function secretGroup(m: RegExpMatchArray): { value: string; start: number } | undefined {
  for (let g = m.length - 1; g >= 1; g--) {
    const v = m[g];
    if (v === undefined || v.length === 0) continue;
    // offset of the group inside the match: search from the end, the secret comes last
    const rel = m[0].lastIndexOf(v);
    return { value: v, start: m.index! + rel };
  }
  return undefined;
}

/** Every pattern above needs one of these words on the line; other lines are skipped at once. */
// `passw`, not `pass`: PowerShell scripts are full of -PassThru, and no pattern needs the bare word
const CREDENTIAL_HINT_RE = /passw|pwd|secret|securestring|pscredential|net\s+use|psexec|paexec|certutil/gi;

const NOT_A_SECRET = /^(\*|%[^%]+%|\$.*|read-host.*|get-credential.*|\(.*|true|false|\$null)$/i;

function report(ctx: DocumentContext, start: number, value: string) {
  const v = value.trim();
  if (v.length === 0 || NOT_A_SECRET.test(v) || isDynamic(v)) return;
  if (ctx.inComment(start)) return;
  const lead = value.length - value.trimStart().length;
  ctx.report(start + lead, start + lead + v.length, 'A password is written here in clear text. Install scripts end up on shares, distribution points and client caches that many accounts can read, and a leaked account is often the first step to taking over the domain. Prompt for it, read it from a protected secret store, or use an account that needs no password in the script.');
}

export const rule: Rule = {
  meta: {
    id: 'CCM321',
    name: 'plaintext-credential',
    severity: 'error',
    description: 'A literal password in a script that installs the client.',
    fixable: 'none',
    hosts: ['batch', 'powershell', 'xml'],
  },
  checkDocument(ctx) {
    const host = ctx.host;
    if (host === 'xml') {
      for (const re of [TS_SECRET_VARIABLE, TS_SET_VARIABLE]) {
        for (const m of ctx.text.matchAll(re)) {
          const value = m[2];
          report(ctx, m.index! + m[0].lastIndexOf(value), value);
        }
      }
      return;
    }
    if (host !== 'batch' && host !== 'powershell') return;
    const installs = ctx.located.regions.length > 0 || ctx.located.notes.length > 0;
    if (!installs) return;
    const patterns = [...(host === 'powershell' ? PS_PATTERNS : BATCH_PATTERNS), ...COMMON_PATTERNS];
    // jump from one hint word to the next over the whole text, and read only the lines they stand on
    const text = ctx.text;
    const hints = CREDENTIAL_HINT_RE;
    hints.lastIndex = 0;
    let m: RegExpExecArray | null;
    let scanned = 0; // nothing before this offset is read twice
    while ((m = hints.exec(text))) {
      let start = m.index;
      while (start > scanned && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
      let end = m.index;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      hints.lastIndex = end;
      scanned = end;
      if (end - start > 20000) continue;
      const line = text.slice(start, end);
      for (const re of patterns) {
        re.lastIndex = 0;
        for (const p of line.matchAll(re)) {
          const secret = secretGroup(p);
          if (secret) report(ctx, start + secret.start, secret.value);
        }
      }
    }
  },
};
