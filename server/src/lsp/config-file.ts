// Finding and reading the workspace's .ccmlintrc.json for a document. The parsed file is cached until
// its modification time changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = '.ccmlintrc.json';
const cache = new Map<string, { mtime: number; json?: unknown; error?: string }>();

function toPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** The workspace folder (a local path) that holds the document, the innermost one when folders nest. */
export function workspaceRootOf(documentUri: string, workspaceFolders: string[]): string | undefined {
  const doc = toPath(documentUri);
  const roots = workspaceFolders.map(toPath).filter((p): p is string => !!p);
  if (!doc) return roots[0];
  return roots.filter((r) => doc.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0];
}

/** The .ccmlintrc.json at the root of the workspace folder holding the document (or above the document when there is no workspace). */
export function findConfigFile(documentUri: string, workspaceFolders: string[]): string | undefined {
  const doc = toPath(documentUri);
  const roots = workspaceFolders.map(toPath).filter((p): p is string => !!p);
  const root = doc ? roots.filter((r) => doc.startsWith(r + path.sep)).sort((a, b) => b.length - a.length)[0] : roots[0];
  if (root) {
    const candidate = path.join(root, NAME);
    return fs.existsSync(candidate) ? candidate : undefined;
  }
  if (!doc) return undefined;
  for (let dir = path.dirname(doc); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, NAME);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function readConfigFile(file: string): { json?: unknown; error?: string } {
  let mtime: number;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return {};
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  let entry: { mtime: number; json?: unknown; error?: string };
  try {
    entry = { mtime, json: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (err) {
    entry = { mtime, error: `cannot read it as JSON: ${(err as Error).message}` };
  }
  cache.set(file, entry);
  return entry;
}
