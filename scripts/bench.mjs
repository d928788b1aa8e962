// `npm run bench`: builds, bundles the benchmark and runs it.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'test-output/bench/run.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
execFileSync(process.execPath, ['test-output/bench/run.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
