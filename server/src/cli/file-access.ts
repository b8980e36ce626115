// Lets rules read files the command line names (the signing certificate for CCM307 and CCM323).
// Paths are resolved against the script's folder: relative names, %~dp0 and $PSScriptRoot. Windows
// absolute and UNC paths are not on this machine and are not guessed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileAccess } from '../rules/context';

const MAX_BYTES = 1024 * 1024;

export const nodeFileAccess: FileAccess = {
  read(written: string, documentPath?: string): Uint8Array | undefined {
    if (!documentPath) return undefined;
    const dir = path.dirname(documentPath);
    let p = written.trim().replace(/^(%~dp0|\$PSScriptRoot\\?|\$\{PSScriptRoot\}\\?)/i, '');
    if (/^([A-Za-z]:|\\\\|\/|https?:)/i.test(p) || /[%$]/.test(p)) return undefined;
    p = p.replace(/\\/g, '/');
    const full = path.resolve(dir, p);
    try {
      const stat = fs.statSync(full);
      if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
      return fs.readFileSync(full);
    } catch {
      return undefined;
    }
  },
};
