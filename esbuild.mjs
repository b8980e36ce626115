// Bundles the command-line linter (and, later, the language server and the extension client).
import { build } from 'esbuild';

const dev = process.argv.includes('--dev');

await build({
  entryPoints: { cli: 'server/src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
