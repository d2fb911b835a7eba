// Bundles the extension client, the language server and the CLI with esbuild, so the
// .vsix carries no node_modules and the server runs standalone with `node server/out/server.js --stdio`.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...common, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'server/out/analysisWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
if (!watch) console.log('build: client/out/extension.js, server/out/server.js, server/out/analysisWorker.js, server/out/cli.js');
