// `npm run package`: builds dist/ and packs bientap-<version>.vsix with @vscode/vsce.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
// Everything is bundled by esbuild, so no node_modules go in (--no-dependencies).
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--out', `bientap-${version}.vsix`], { stdio: 'inherit' });
