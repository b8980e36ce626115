// The CLI benchmark's baseline: a Node script that only walks a tree and reads every file the linter would
// lint (same extensions), decoding it as text. Run as its own process, like the CLI, so both pay Node's start.
//   node scripts/bench/read-all.mjs <dir>     prints {"files":n,"bytes":n}
import * as fs from 'node:fs';
import * as path from 'node:path';

const EXTENSIONS = new Set(['.cmd', '.bat', '.ps1', '.psm1', '.tcf', '.xml', '.ccmsetup']);
let files = 0;
let bytes = 0;
let chars = 0;

function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
      const buf = fs.readFileSync(full);
      chars += buf.toString('utf8').length;
      bytes += buf.length;
      files++;
    }
  }
}

walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(JSON.stringify({ files, bytes, chars }) + '\n');
