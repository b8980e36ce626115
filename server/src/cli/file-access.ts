// Lets rules and the hover read files the command line names (the signing certificate for CCM307 and
// CCM323). Paths are resolved against the script's folder: relative names, %~dp0 and $PSScriptRoot.
// Windows absolute and UNC paths are not on this machine: they are read only through a configured path
// mapping (`pathMappings`), never guessed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config, PathMapping } from '../analyse/config';
import { mapPath } from '../analyse/path-mapping';
import type { FileAccess } from '../rules/context';

const MAX_BYTES = 1024 * 1024;

function readSmall(full: string): Uint8Array | undefined {
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    return fs.readFileSync(full);
  } catch {
    return undefined;
  }
}

/** The local file a written path stands for, or undefined when it cannot be resolved here. */
export function resolveWrittenPath(written: string, documentPath: string | undefined, mappings?: readonly PathMapping[]): string | undefined {
  const mapped = mapPath(written, mappings);
  if (mapped) {
    const base = mapped.mapping.base ?? (documentPath ? path.dirname(documentPath) : undefined);
    if (!base && !path.isAbsolute(mapped.mapping.to)) return undefined;
    return path.resolve(base ?? '/', mapped.mapping.to, ...mapped.segments);
  }
  if (!documentPath) return undefined;
  const dir = path.dirname(documentPath);
  let p = written.trim().replace(/^(%~dp0|\$PSScriptRoot\\?|\$\{PSScriptRoot\}\\?)/i, '');
  if (/^([A-Za-z]:|\\\\|\/|https?:)/i.test(p) || /[%$]/.test(p)) return undefined;
  p = p.replace(/\\/g, '/');
  return path.resolve(dir, p);
}

/** File access for a configuration: its path mappings first, then the script's folder. */
export function fileAccessFor(config?: Pick<Config, 'pathMappings'>): FileAccess {
  const mappings = config?.pathMappings;
  return {
    read(written: string, documentPath?: string): Uint8Array | undefined {
      const full = resolveWrittenPath(written, documentPath, mappings);
      return full ? readSmall(full) : undefined;
    },
  };
}

export const nodeFileAccess: FileAccess = fileAccessFor();
