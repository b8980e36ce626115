import { isDynamic } from '../parse/dynamic';
import { isQuoteChar } from '../parse/tokens';
import { validateValue } from '../knowledge/grammars';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM005',
    name: 'stray-token',
    severity: 'error',
    description: 'Words left over after a value, usually an unquoted value with spaces.',
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const t of ctx.line.leadingStrays) {
      if (isDynamic(t.text)) continue; // a variable may expand to settings
      ctx.report(t.start, t.end, `"${t.text}" is neither a ccmsetup parameter (/name) nor a Client.msi property (NAME=value).`);
    }
    for (const s of ctx.settings) {
      const strays = s.strays.filter((t) => !isDynamic(t.text));
      if (strays.length === 0 || strays.length !== s.strays.length) continue;
      const first = strays[0];
      const last = strays[strays.length - 1];
      const words = ctx.text.slice(first.start, last.end);
      const name = s.info?.name ?? s.name;
      const canQuote =
        s.separator !== '' &&
        !s.quoted &&
        (s.value ?? '').length > 0 &&
        !ctx.text.slice(s.rawValueStart, last.end).split('').some(isQuoteChar) &&
        (s.info?.acceptsSpaces ?? false) &&
        // quotes around a caret continuation or an array join would change what the host passes
        ctx.verbatim(s.rawValueStart, last.end);
      const joined = ctx.text.slice(s.rawValueStart, last.end);
      // the quoted value must be a valid one: words that stop short of the rest (CN=Root A | CN=Root B, where
      // "CN=Root" reads as a setting of its own) would turn a stray into an invalid value
      const fits = !s.info || s.info.value.type === 'none' || validateValue(s.info.value, joined).ok;
      ctx.report(first.start, last.end, `"${words}" is left over after ${name}: a value with spaces must be quoted, or ccmsetup ends it at the first space.`, {
        fixes: canQuote && fits
          ? [{ title: `Quote the value: ${name}${s.separator}"${joined}"`, kind: 'auto', edits: [ctx.insert(s.rawValueStart, '"'), ctx.insert(last.end, '"')] }]
          : [],
      });
    }
  },
};
