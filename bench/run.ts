/**
 * `npm run bench`: engine throughput, scaling, whole-process CLI time, language
 * server latency and memory, and linear growth on adversarial inputs.
 * Prints a table and writes test-output/bench.json.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../server/src/engine/engine.js';
import { defaultSettings, mergeSettings } from '../server/src/engine/settings.js';
import { allRules } from '../server/src/rules/index.js';
import { makeDraft } from './drafts.js';
import { measureServer } from './server.js';

const root = process.cwd();
const out = path.join(root, 'test-output');
fs.mkdirSync(out, { recursive: true });
const quick = process.argv.includes('--quick');

const MB = 1024 * 1024;
const settings = defaultSettings();
// Adversarial inputs are mostly not Vietnamese: force checking so that every rule runs on them.
const forced = mergeSettings(defaultSettings(), { vietnamese: 'on' });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCheck(text: string, kind: 'markdown' | 'plaintext' = 'markdown', s = settings): number {
  const t0 = process.hrtime.bigint();
  check(text, { kind, settings: s, rules: allRules });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function timeMedian(text: string, runs: number, kind: 'markdown' | 'plaintext' = 'markdown', s = settings): number {
  timeCheck(text, kind, s); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeCheck(text, kind, s));
  return median(times);
}

const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString(), rules: allRules.length };

// 1. Engine throughput per size.
const sizes: [string, number, number][] = [
  ['10 KB', 10 * 1024, 50],
  ['100 KB', 100 * 1024, 20],
  ['1 MB', MB, 7],
  ['10 MB', 10 * MB, quick ? 1 : 3],
];
const engine: { size: string; bytes: number; ms: number; mbPerS: number }[] = [];
const drafts = new Map<string, string>();
for (const [label, bytes, runs] of sizes) {
  const draft = makeDraft(bytes);
  drafts.set(label, draft);
  const ms = timeMedian(draft, runs);
  const realBytes = Buffer.byteLength(draft, 'utf8');
  engine.push({ size: label, bytes: realBytes, ms: round(ms), mbPerS: round(realBytes / MB / (ms / 1000)) });
}
const t1 = engine.find((e) => e.size === '1 MB')!;
const t10 = engine.find((e) => e.size === '10 MB')!;
results.engine = engine;
results.scaling10over1 = round(t10.ms / t1.ms);

// 2. Whole-process CLI on the 10 MB draft.
const file10 = path.join(out, 'bench-10mb.md');
fs.writeFileSync(file10, drafts.get('10 MB')!);
const cli = path.join(root, 'dist/cli.js');
const cliTimes: number[] = [];
for (let i = 0; i < (quick ? 1 : 3); i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file10], { maxBuffer: 1 << 30 });
  cliTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
}
results.cli10mbMs = round(median(cliTimes));

// 3. Adversarial inputs: time for n and 2n; linear growth means a ratio near 2 (≤ 2.5 accepted).
const adversarial: Record<string, (n: number) => string> = {
  'digits and dashes 1-1-1…': (n) => '1-'.repeat(n / 2),
  'digits and slashes 1/1/1…': (n) => '1/'.repeat(n / 2),
  'digits and dots 1.1.1…': (n) => '1.'.repeat(n / 2),
  '"Nghị quyết số " repeated': (n) => 'Nghị quyết số '.repeat(n / 14),
  'one long line of prose': (n) => 'Ủy ban nhân dân tỉnh họp ngày 15/1/2024 về Nghị quyết 57-NQ/TW; '.repeat(n / 64),
  'titles in a row': (n) => 'Phó Bí thư Thường trực Tỉnh ủy, '.repeat(n / 32),
  'nested Markdown': (n) => '> '.repeat(Math.min(n / 4, 50)) + '- '.repeat(n / 4) + 'x',
  'backticks and brackets': (n) => '`[a](`<b '.repeat(n / 10),
};
const base = quick ? 256 * 1024 : 1024 * 1024;
const linear: { input: string; chars: number; ms: number; ms2x: number; ratio: number }[] = [];
for (const [name, gen] of Object.entries(adversarial)) {
  const a = gen(base);
  const b = gen(base * 2);
  const ta = timeMedian(a, 3, 'markdown', forced);
  const tb = timeMedian(b, 3, 'markdown', forced);
  linear.push({ input: name, chars: a.length, ms: round(ta), ms2x: round(tb), ratio: round(tb / Math.max(ta, 0.01)) });
}
results.adversarial = linear;

// 4. Language server over stdio.
const server = path.join(root, 'dist/server.js');
if (fs.existsSync(server)) results.server = await measureServer(server, drafts.get('100 KB')!, quick ? 30 : 100, quick ? 30 : 200);
else results.server = { skipped: 'dist/server.js not built' };

fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(results, null, 2) + '\n');

// Table
const lines: string[] = [];
lines.push(`Bientap benchmark — node ${process.version}, ${allRules.length} rules`);
lines.push('');
lines.push('| draft | bytes | time (ms) | MB/s |');
lines.push('|---|---:|---:|---:|');
for (const e of engine) lines.push(`| ${e.size} | ${e.bytes} | ${e.ms} | ${e.mbPerS} |`);
lines.push('');
lines.push(`scaling time(10 MB) / time(1 MB): ${results.scaling10over1} (target ≤ 11)`);
lines.push(`CLI whole process, 10 MB, --format json: ${results.cli10mbMs} ms (target < 1000)`);
const s = results.server as Record<string, number | string>;
if ('p50' in s) {
  lines.push(`server edit → diagnostics on 100 KB, first ${s.edits} edits after opening: push client (Neovim) p50 ${s.p50} ms, p95 ${s.p95} ms; pull client (VS Code) p50 ${s.pullP50} ms, p95 ${s.pullP95} ms (target p95 < 20)`);
  lines.push(`server edit → diagnostics on 100 KB, the ${s.steadyEdits} edits after those: push p50 ${s.steadyP50} ms, p95 ${s.steadyP95} ms; pull p50 ${s.steadyPullP50} ms, p95 ${s.steadyPullP95} ms`);
  lines.push(`server RSS with 20 open 100 KB drafts: ${s.rssMb} MB (target < 150)`);
} else lines.push(`server: ${JSON.stringify(s)}`);
lines.push('');
lines.push('| adversarial input | chars | ms | ms at 2× | ratio (≤ 2.5) |');
lines.push('|---|---:|---:|---:|---:|');
for (const l of linear) lines.push(`| ${l.input} | ${l.chars} | ${l.ms} | ${l.ms2x} | ${l.ratio} |`);
console.log(lines.join('\n'));

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
