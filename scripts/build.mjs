// Bundles the CLI, the language server and the VS Code client into dist/.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build cannot be bundled; its ESM build can.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];

const fs = await import('node:fs');
await Promise.all(entries.filter((e) => fs.existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
for (const f of ['dist/cli.js', 'dist/server.js']) if (fs.existsSync(f)) fs.chmodSync(f, 0o755);
