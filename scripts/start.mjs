// `npm start`: lints the bundled examples. The examples contain mistakes on purpose, so findings
// (exit code 1) are the expected outcome here; a usage or internal error (exit code 2) is not.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status === 0 || r.status === 1 ? 0 : (r.status ?? 2);
