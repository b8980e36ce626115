// Finds the site's mobileclient.tcf for a script: in the script's folder and each parent up to the
// workspace root, then (server only) a bounded search of the workspace. Only the file's
// SMSPublicRootKey and CertificateIssuers entries are used (see ../inspect/site-trust.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMobileClientTcf, type SiteTrust } from '../inspect/site-trust';

const NAME = 'mobileclient.tcf';
const MAX_BYTES = 256 * 1024;
const MAX_PARENTS = 12;
const SKIP = new Set(['node_modules', '.git', '.vscode-test']);

const SEARCH_TTL_MS = 30_000;
const listed = new Map<string, { mtime: number; file?: string }>();

/**
 * The mobileclient.tcf in one folder. The listing is remembered until the folder changes (its modification
 * time moves when an entry is added, removed or renamed): the language server asks on every analysis and the
 * CLI for every file of a folder, and a stat is much cheaper than listing a folder again.
 */
function entryIn(dir: string): string | undefined {
  let mtime: number;
  try {
    mtime = fs.statSync(dir).mtimeMs;
  } catch {
    return undefined;
  }
  const known = listed.get(dir);
  if (known && known.mtime === mtime) return known.file;
  let file: string | undefined;
  try {
    const hit = fs.readdirSync(dir).find((f) => f.toLowerCase() === NAME);
    file = hit ? path.join(dir, hit) : undefined;
  } catch {
    file = undefined;
  }
  listed.set(dir, { mtime, file });
  return file;
}

const parsed = new Map<string, { mtime: number; trust: SiteTrust }>();

/** Reads and parses one mobileclient.tcf (cached by modification time); undefined when unreadable. */
export function readSiteTrust(file: string, shownAs?: string): SiteTrust | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    const hit = parsed.get(file);
    if (hit && hit.mtime === stat.mtimeMs) return hit.trust.rootKey || hit.trust.issuers ? { ...hit.trust, source: shownAs ?? hit.trust.source } : undefined;
    const buf = fs.readFileSync(file);
    // the site server writes it as UTF-16 (with a byte order mark) or ANSI
    const text = buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2).toString('utf16le') : buf.toString('utf8').replace(/^\uFEFF/, '');
    const trust = parseMobileClientTcf(text, shownAs ?? NAME);
    parsed.set(file, { mtime: stat.mtimeMs, trust });
    return trust.rootKey || trust.issuers ? trust : undefined;
  } catch {
    return undefined;
  }
}

/** The mobileclient.tcf in the document's folder or a parent, up to `root` (inclusive) when given. */
export function findSiteTrustFile(documentPath: string, root?: string): string | undefined {
  let dir = path.dirname(path.resolve(documentPath));
  const stop = root ? path.resolve(root) : undefined;
  for (let k = 0; k < MAX_PARENTS; k++) {
    const hit = entryIn(dir);
    if (hit) return hit;
    if (stop && dir === stop) return undefined;
    if (stop && !dir.startsWith(stop + path.sep)) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

const searched = new Map<string, { at: number; file?: string }>();

/** A breadth-first search of a workspace folder for mobileclient.tcf: bounded in depth and entries, cached. */
export function searchWorkspace(root: string, maxDepth = 5, maxEntries = 5000): string | undefined {
  const hit = searched.get(root);
  if (hit && Date.now() - hit.at < SEARCH_TTL_MS) return hit.file;
  let file: string | undefined;
  let seen = 0;
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length > 0 && !file && seen < maxEntries; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      seen += entries.length;
      const f = entries.find((e) => e.isFile() && e.name.toLowerCase() === NAME);
      if (f) {
        file = path.join(dir, f.name);
        break;
      }
      for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) next.push(path.join(dir, e.name));
      if (seen >= maxEntries) break;
    }
    level = next;
  }
  searched.set(root, { at: Date.now(), file });
  return file;
}

/** The site's trust anchors for a document: its folder and parents first, then (when asked) the whole workspace. */
export function siteTrustFor(documentPath: string | undefined, root?: string, searchRoot = false): SiteTrust | undefined {
  if (!documentPath) return undefined;
  const file = findSiteTrustFile(documentPath, root) ?? (root && searchRoot ? searchWorkspace(root) : undefined);
  if (!file) return undefined;
  const shown = root ? path.relative(root, file).split(path.sep).join('/') : path.basename(file);
  return readSiteTrust(file, shown);
}
