import type { Setting } from '../parse/command-line';
import type { Rule } from './rule';

/** Settings whose repeats should be joined into one ;-separated list instead. */
const LISTS = new Set(['/mp', '/skipprereq']);

export const rule: Rule = {
  meta: {
    id: 'CCM103',
    name: 'duplicate-setting',
    severity: 'warning',
    description: 'The same setting twice in one command line.',
    fixable: 'auto',
    tags: ['unnecessary'],
  },
  checkLine(ctx) {
    const groups = new Map<string, Setting[]>();
    for (const s of ctx.settings) {
      if (s.info?.repeatable) continue;
      const k = `${s.kind}:${s.key.toLowerCase()}`;
      const list = groups.get(k);
      if (list) list.push(s);
      else groups.set(k, [s]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      const last = list[list.length - 1];
      const name = last.info?.name ?? (last.kind === 'parameter' ? `/${last.name}` : last.name);
      for (const s of list.slice(0, -1)) {
        if (LISTS.has(name.toLowerCase()) && s.value && last.value && !s.dynamic && !last.dynamic) {
          const merged = `${ctx.text.slice(s.valueStart, s.valueEnd)};${ctx.text.slice(last.valueStart, last.valueEnd)}`;
          ctx.reportSetting(s, `${name} is given again later on this line; list all values in one ${name} separated by ";" (${name}:${merged}).`, {
            fixes: [{ title: `Join into one ${name}`, kind: 'auto', edits: [ctx.removeSetting(s), ctx.replace(last.valueStart, last.valueEnd, merged)] }],
          });
        } else {
          ctx.reportSetting(s, `${name} is set again later on this line, so this one has no effect.`, {
            fixes: [{ title: `Remove this ${name}`, kind: 'auto', edits: [ctx.removeSetting(s)] }],
          });
        }
      }
    }
  },
};
