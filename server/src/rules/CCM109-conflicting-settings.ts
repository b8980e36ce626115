import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    id: 'CCM109',
    name: 'conflicting-settings',
    severity: 'error',
    description: 'Settings that contradict each other.',
    fixable: 'none',
  },
  checkLine(ctx) {
    const flags = ctx.get('SMSCACHEFLAGS');
    const flagList = flags?.value && !flags.dynamic ? flags.value.split(/[;,]/).map((f) => f.trim().toUpperCase()) : [];
    if (flags && flagList.includes('PERCENTDISKSPACE') && flagList.includes('PERCENTFREEDISKSPACE')) {
      ctx.report(flags.valueStart, flags.valueEnd, 'PERCENTDISKSPACE and PERCENTFREEDISKSPACE exclude each other: choose whether SMSCACHESIZE is a share of the whole disk or of its free space.');
    }
    const size = ctx.get('SMSCACHESIZE');
    if (flags && size && flagList.some((f) => f.startsWith('PERCENT')) && /^[0-9]+$/.test(size.value ?? '') && Number(size.value) > 100) {
      ctx.report(size.valueStart, size.valueEnd, `With a PERCENT cache flag SMSCACHESIZE is a percentage, so ${size.value} cannot be right; give a value from 1 to 100.`);
    }
    const publicKey = ctx.get('SMSPUBLICROOTKEY');
    const keyPath = ctx.get('SMSROOTKEYPATH');
    if (publicKey && keyPath) {
      ctx.reportSetting(keyPath, 'SMSPUBLICROOTKEY and SMSROOTKEYPATH both provide the trusted root key; give the key one way only.');
    }
    const service = ctx.get('/service');
    const noService = ctx.get('/noservice');
    if (service && noService) {
      ctx.reportSetting(service.start > noService.start ? service : noService, '/service and /noservice contradict each other: ccmsetup either runs as a service or as the signed-in user.');
    }
  },
};
