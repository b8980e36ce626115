// Path helpers shared by the folder rules (CCM316, CCM317).

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
