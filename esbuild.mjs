// Bundles the command-line linter, the language server and the VS Code extension client.
// Production builds are minified; `--dev` adds source maps and keeps names readable.
import { build } from 'esbuild';

const dev = process.argv.includes('--dev');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
