// `npm run docs`: writes the table of rules into README.md between the RULES-TABLE markers.
import * as fs from 'node:fs';
import { build } from 'esbuild';

const out = 'test-output/rules-table.cjs';
await build({ entryPoints: ['server/src/rules/index.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
const { allRules } = await import(`${process.cwd()}/${out}`);
const severityVi = { error: 'lỗi (error)', warning: 'cảnh báo (warning)', information: 'thông tin (information)', hint: 'gợi ý (hint)' };
const rows = allRules.map((r) => `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.description.vi} | ${severityVi[r.meta.defaultSeverity]} | ${r.meta.fixable ? '✓' : ''} |`);
const table = ['<!-- RULES-TABLE:START (npm run docs) -->', '| rule | what it checks | default | fix |', '|---|---|---|:-:|', ...rows, '<!-- RULES-TABLE:END -->'].join('\n');
const readme = fs.readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- RULES-TABLE:START[\s\S]*?<!-- RULES-TABLE:END -->|<!-- RULES-TABLE -->/, table);
fs.writeFileSync('README.md', next);
console.log(`${allRules.length} rules written to README.md`);
