// Path helpers shared by the folder rules (CCM316, CCM317) and the certificate file rules (CCM307, CCM323).
import { isDynamic } from '../parse/dynamic';

const WINDOWS = /^(%windir%|%systemroot%|\$env:windir|\$env:systemroot|[a-z]:\\windows)(\\|$)/i;
const ABSOLUTE = /^([a-z]:\\|\\\\|%[a-z_]+%\\|\$env:[a-z_]+\\)/i;

/** True for an absolute folder outside %WinDir% (a bare folder name or an unknown variable is not judged). */
export function outsideWindows(value: string): boolean {
  const v = value.trim();
  if (!ABSOLUTE.test(v) || WINDOWS.test(v)) return false;
  // %VAR%\x with a variable other than WinDir/SystemRoot: unknown
  if (/^(%|\$env:)/i.test(v)) return false;
  return true;
}

const SCRIPT_FOLDER = /^(%~dp0|\$PSScriptRoot\\?|\$\{PSScriptRoot\}\\?)/i;

/** The file a value names in the script's own folder (`%~dp0x.cer`, `$PSScriptRoot\x.cer` -> `x.cer`), or undefined. */
export function scriptFolderFile(value: string): string | undefined {
  const v = value.trim();
  const rest = v.replace(SCRIPT_FOLDER, '');
  return rest !== v && rest.length > 0 && !isDynamic(rest) ? rest : undefined;
}
