// Finds the command lines inside a host file. One locator per host language.
import { locateBatch, relocateBatch } from './batch';
import { locatePlain } from './plain';
import { locatePowerShell, relocatePowerShell } from './powershell';
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

/**
 * Locates `text` after an edit of `prevText`, whose result was `prev`: only the statements around the
 * change are located again where the host's locator can do that safely, else the whole text.
 */
export function relocate(prevText: string, prev: Located, text: string, host: HostLanguage): Located {
  if (prev.host !== host) return locate(text, host);
  let located: Located | undefined;
  if (host === 'powershell') located = relocatePowerShell(prevText, prev, text);
  else if (host === 'batch') located = relocateBatch(prevText, prev, text);
  return located ?? locate(text, host);
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
