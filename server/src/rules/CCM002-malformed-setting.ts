import type { Setting } from '../parse/command-line';
import type { DraftFix } from './context';
import type { Rule } from './rule';

/** Parameters people write that mean a Client.msi property. */
const MEANT_PROPERTY: Record<string, string> = { sitecode: 'SMSSITECODE' };

export const rule: Rule = {
  meta: {
    id: 'CCM002',
    name: 'malformed-setting',
    severity: 'error',
    description: 'A token that is neither /parameter[:value] nor NAME=value nor a value-less flag.',
    fixable: 'auto',
  },
  regions: ['ccmsetup', 'ccmsetupcmd', 'push', 'taskSequence', 'configFile', 'readiness'],
  checkLine(ctx) {
    for (const s of ctx.settings) {
      if (s.shape === 'ok') continue;
      const written = ctx.text.slice(s.start, s.end);
      const valueText = ctx.text.slice(s.rawValueStart, s.rawValueEnd);
      // CCMSETUPCMD= makes its value a command line of its own, read apart from this one: writing it changes
      // far more than this token, so it is left to the author
      const fix = (title: string, start: number, end: number, text: string): DraftFix[] =>
        /^ccmsetupcmd$/i.test(s.name) ? [] : [{ title, kind: 'auto', edits: [ctx.replace(start, end, text)] }];
      const prefixStart = s.nameStart - 1;
      switch (s.shape) {
        case 'parameter-with-equals': {
          const meant = MEANT_PROPERTY[s.name.toLowerCase()];
          if (meant) {
            ctx.reportSetting(s, `/${s.name} is not a ccmsetup parameter. The site is assigned with the Client.msi property ${meant}=${valueText}.`, {
              fixes: fix(`Write ${meant}=${valueText}`, prefixStart, s.separatorStart + 1, `${meant}=`),
            });
          } else if (s.info) {
            ctx.reportSetting(s, `ccmsetup parameters take their value after a colon: write /${s.info.name.slice(1)}:${valueText}.`, {
              fixes: fix('Use : instead of =', s.separatorStart, s.separatorStart + 1, ':'),
            });
          } else {
            ctx.reportSetting(s, `"${written}" mixes the two forms: ccmsetup parameters are /name:value and Client.msi properties are NAME=value (without a slash).`);
          }
          break;
        }
        case 'property-as-parameter': {
          const name = s.info!.name;
          const text = s.separator ? `${name}=` : name;
          ctx.reportSetting(s, `${name} is a Client.msi property, not a ccmsetup parameter: write it without the slash, as ${name}${s.separator ? '=' + valueText : ''}.`, {
            fixes: fix(`Write ${name}${s.separator ? '=' : ''} without the slash`, prefixStart, s.separator ? s.separatorStart + 1 : s.nameEnd, text),
          });
          break;
        }
        case 'property-with-colon':
          ctx.reportSetting(s, `Client.msi properties take their value after an equals sign: write ${s.info!.name}=${valueText}.`, {
            fixes: fix('Use = instead of :', s.separatorStart, s.separatorStart + 1, '='),
          });
          break;
        case 'parameter-without-slash': {
          const name = s.info!.name;
          const sep = s.separator ? ':' : '';
          ctx.reportSetting(s, `${name} is a ccmsetup parameter and needs its slash: write ${name}${sep}${s.separator ? valueText : ''}.`, {
            fixes: fix(`Write ${name}${sep}`, s.nameStart, s.separator ? s.separatorStart + 1 : s.nameEnd, name + sep),
          });
          break;
        }
        case 'dash-prefix': {
          const name = s.info ? s.info.name : `/${s.name}`;
          ctx.reportSetting(s, `ccmsetup parameters start with a slash, not a dash: write ${name}${s.separator ? ':' + valueText : ''}.`, {
            fixes: s.info ? fix('Use / instead of -', prefixStart, s.separator === '=' ? s.separatorStart + 1 : s.nameStart, s.separator === '=' ? `/${s.name}:` : '/') : [],
          });
          break;
        }
      }
    }
  },
};

export type { Setting };
