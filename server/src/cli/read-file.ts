// Reading and writing script files the way Windows tools write them: UTF-8 with or without a BOM,
// UTF-16 LE/BE with a BOM, or a legacy single-byte code page; CRLF or LF. Writing keeps all of it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'latin1';

export interface TextFile {
  text: string;
  encoding: Encoding;
}

export class NotTextError extends Error {}

export function decode(bytes: Uint8Array): TextFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  // NUL bytes without a UTF-16 BOM: a binary file
  if (bytes.subarray(0, 8000).includes(0)) throw new NotTextError('binary file (it contains NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    // not UTF-8: a script saved in the ANSI code page
    return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' };
  }
}

export function encode(file: TextFile): Buffer {
  switch (file.encoding) {
    case 'utf8':
      return Buffer.from(file.text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(file.text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(file.text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'latin1':
      return Buffer.from(file.text, 'latin1');
  }
}

export function readTextFile(file: string): TextFile {
  return decode(fs.readFileSync(file));
}

/** Writes through a temporary file and a rename, so a crash never leaves half a script. */
export function writeTextFileAtomic(file: string, content: TextFile): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.ccmlint-${process.pid}.tmp`);
  const mode = fs.statSync(file).mode;
  fs.writeFileSync(tmp, encode(content), { mode });
  fs.renameSync(tmp, file);
}
