// Which host language a document is, from its language id (VS Code's and other editors' names) or,
// failing that, its file name.
import { hostForFile } from '../locate';
import type { HostLanguage } from '../locate/region';

const BY_LANGUAGE_ID: Record<string, HostLanguage> = {
  bat: 'batch',
  batch: 'batch',
  dosbatch: 'batch',
  cmd: 'batch',
  powershell: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  xml: 'xml',
  ccmsetup: 'ccmsetup',
  'ccmsetup-tcf': 'tcf',
};

export function hostFor(languageId: string, uri: string): HostLanguage | undefined {
  const byId = BY_LANGUAGE_ID[languageId.toLowerCase()];
  if (byId) return byId;
  const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  return hostForFile(path);
}
