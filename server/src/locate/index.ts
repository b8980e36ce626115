// Finds the command lines inside a host file. One locator per host language.
import { locateBatch } from './batch';
import { locatePlain } from './plain';
import { locatePowerShell } from './powershell';
import { locateTcf } from './tcf';
import { locateXml } from './xml';
import type { HostLanguage, Located } from './region';

export function locate(text: string, host: HostLanguage): Located {
  switch (host) {
    case 'batch':
      return locateBatch(text);
    case 'powershell':
      return locatePowerShell(text);
    case 'tcf':
      return locateTcf(text);
    case 'xml':
      return locateXml(text);
    case 'ccmsetup':
      return locatePlain(text);
  }
}

const EXTENSIONS: Record<string, HostLanguage> = {
  '.cmd': 'batch',
  '.bat': 'batch',
  '.ps1': 'powershell',
  '.psm1': 'powershell',
  '.tcf': 'tcf',
  '.xml': 'xml',
  '.ccmsetup': 'ccmsetup',
};

/** The host language of a file name, or undefined for files this linter does not read. */
export function hostForFile(fileName: string): HostLanguage | undefined {
  const m = /\.[^./\\]+$/.exec(fileName.toLowerCase());
  return m ? EXTENSIONS[m[0]] : undefined;
}

export const FILE_EXTENSIONS = Object.keys(EXTENSIONS);
