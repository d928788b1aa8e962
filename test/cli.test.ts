import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../server/src/cli/run.js';

const CLI = path.resolve(__dirname, '../dist/cli.js');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-cli-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const status = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => stdin, cwd: dir, isTTY: false, env: {} });
  return { status, stdout, stderr };
}

function write(rel: string, content: string | Uint8Array) {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

describe('bientap CLI: usage and I/O', () => {
  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('bientap check');
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 2 with a one-line message on a usage error', () => {
    const r = run(['check', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('reports a missing path, still checks the others, exits 2', () => {
    write('a.md', 'Bài viết sạch.\n');
    const r = run(['check', 'missing.md', 'a.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.md');
    expect(r.stdout).toContain('in 1 file');
  });

  it('refuses binary files and invalid UTF-8 without touching them', () => {
    const bin = write('bin.txt', new Uint8Array([0x50, 0x4b, 0x00, 0x01, 0x02]));
    const bad = write('bad.md', new Uint8Array([0x4e, 0x67, 0x68, 0xe1, 0xbb, 0x28]));
    const r = run(['check', '--fix', 'bin.txt', 'bad.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bin\.txt: .*binary/);
    expect(r.stderr).toMatch(/bad\.md: .*UTF-8/);
    expect(fs.readFileSync(bin)).toEqual(Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
    expect(fs.readFileSync(bad)).toEqual(Buffer.from([0x4e, 0x67, 0x68, 0xe1, 0xbb, 0x28]));
  });

  it('walks folders for Markdown and text drafts, skipping node_modules and hidden folders', () => {
    write('a/one.md', 'x\n');
    write('a/two.txt', 'x\n');
    write('a/skip.json', '{}');
    write('a/node_modules/dep/readme.md', 'x\n');
    write('a/.hidden/h.md', 'x\n');
    const r = run(['check', '--format', 'json', 'a']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([path.join('a', 'one.md'), path.join('a', 'two.txt')]);
  });

  it('says so when a folder holds no drafts', () => {
    fs.mkdirSync(path.join(dir, 'empty'));
    const r = run(['check', 'empty']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no drafts');
  });

  it('names the file, place and problem of a malformed .bientap.json, checks with defaults, exits 2', () => {
    write('.bientap.json', '{\n  "date": { "style": "dashes" }\n}\n');
    write('d.md', 'Bài viết.\n');
    const r = run(['check', 'd.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.bientap.json:2:');
    expect(r.stderr).toContain('date.style');
    expect(r.stdout).toContain('in 1 file');
  });

  it('reports invalid JSON in a configuration given with --config', () => {
    write('conf.json', '{ "rules": { ');
    write('d.md', 'x\n');
    const r = run(['check', '--config', 'conf.json', 'd.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/conf\.json:1:\d+: JSON/);
  });

  it('reads standard input with "-"', () => {
    const r = run(['check', '--format', 'json', '-'], 'Bài viết.\n');
    expect(JSON.parse(r.stdout)).toEqual({ files: [{ path: '-', diagnostics: [] }] });
  });

  it('gives SARIF 2.1.0', () => {
    write('d.md', 'x\n');
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'd.md']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('bientap');
    expect(sarif.runs[0].results).toEqual([]);
  });
});

describe('bientap CLI: the bundled binary', () => {
  it('runs from dist/ with exit status and no stack trace on errors', () => {
    const ok = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [CLI, 'check', path.join(dir, 'nope.md')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });
});

describe('bientap CLI: large files and unreadable files', () => {
  it('skips a 50 MB file with a one-line message, checks the others, exits 2', () => {
    const big = path.join(dir, 'big.md');
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.from('Ủy ban nhân dân tỉnh họp về kế hoạch năm.\n'.repeat(20000));
    let written = 0;
    while (written < 50 * 1024 * 1024) written += fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    write('small.md', 'Bài viết.\n');
    const r = run(['check', 'big.md', 'small.md']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/big\.md: .*too large.*50\.\d MB > 20 MB/);
    expect(r.stdout).toContain('in 1 file');
  });

  it('reports a file that cannot be read and goes on', () => {
    // /proc/self/mem exists but every read fails (EIO), even for root.
    write('ok.md', 'x\n');
    const r = run(['check', '/proc/self/mem', 'ok.md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/proc\/self\/mem: .*cannot read/);
    expect(r.stdout).toContain('in 1 file');
  });

  it('reports a folder that cannot be read as a file', () => {
    fs.mkdirSync(path.join(dir, 'folder.md'));
    write('ok.md', 'x\n');
    const r = run(['check', path.join('folder.md'), 'ok.md']);
    expect(r.stdout).toContain('in 1 file');
  });
});

describe('bientap CLI: findings, formats and --fix', () => {
  const WRONG = 'Tỉnh ủy quán triệt Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.';
  const RIGHT = 'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.';

  it('prints path:line:column  severity  rule  message with 1-based positions, and exits 1 on an error', () => {
    write('d.md', `Dòng đầu.\n\n${WRONG}\n`);
    const r = run(['check', 'd.md']);
    expect(r.status).toBe(1);
    const [line, summary] = r.stdout.trim().split('\n');
    expect(line).toBe('d.md:3:34  error  citation/symbol-order  Ký hiệu văn bản của Đảng viết số-loại/cơ quan: "57-NQ/TW", không phải "57/NQ-TW".');
    expect(summary).toBe('1 problem (1 errors, 0 warnings, 0 information, 0 hints) in 1 file');
  });

  it('gives JSON in LSP coordinates with fixes, paths joined to the folder given', () => {
    write('drafts/d.md', `${WRONG}\n`);
    const r = run(['check', '--format', 'json', 'drafts']);
    const json = JSON.parse(r.stdout);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].path).toBe(path.join('drafts', 'd.md'));
    const [d] = json.files[0].diagnostics;
    expect(d).toMatchObject({
      rule: 'citation/symbol-order',
      severity: 'error',
      range: { start: { line: 0, character: 33 }, end: { line: 0, character: 41 } },
    });
    expect(d.fixes[0].title).toContain('57-NQ/TW');
    expect(d.fixes[0].edits.length).toBeGreaterThan(0);
    for (const e of d.fixes[0].edits) expect(Object.keys(e).sort()).toEqual(['newText', 'range']);
  });

  it('gives SARIF results with 1-based regions and rule metadata', () => {
    write('d.md', `${WRONG}\n`);
    const sarif = JSON.parse(run(['check', '--format', 'sarif', 'd.md']).stdout);
    const [result] = sarif.runs[0].results;
    expect(result).toMatchObject({ ruleId: 'citation/symbol-order', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'd.md' }, region: { startLine: 1, startColumn: 34, endLine: 1, endColumn: 42 } } }] });
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('citation/symbol-order');
  });

  it('--fix applies every safe fix in one run, keeps the BOM and CRLF line endings, and reports what remains', () => {
    const p = write('d.md', Buffer.from(`\ufeffTiêu đề\r\n\r\n${WRONG}\r\nNgày 31-6-2025 là hạn chót của Ban thường vụ Tỉnh ủy.\r\n`, 'utf8'));
    const r = run(['check', '--fix', 'd.md']);
    expect(fs.readFileSync(p, 'utf8')).toBe(`\ufeffTiêu đề\r\n\r\n${RIGHT}\r\nNgày 31-6-2025 là hạn chót của Ban Thường vụ Tỉnh ủy.\r\n`);
    // the impossible date has no automatic fix: it remains, and it is an error
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('date/invalid');
    expect(r.stdout).not.toContain('citation/symbol-order');
    expect(r.stdout).toMatch(/2 fixed/);
    // a second run has nothing left to fix
    const again = run(['check', '--fix', 'd.md']);
    expect(again.stdout).not.toMatch(/fixed/);
  });

  it('--fix exits 0 when every error was fixable, and leaves no temporary file', () => {
    const p = write('d.md', `${WRONG}\n`);
    const r = run(['check', '--fix', 'd.md']);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(p, 'utf8')).toBe(`${RIGHT}\n`);
    expect(fs.readdirSync(dir)).toEqual(['d.md']);
  });

  it('--fix on standard input writes the fixed text to standard output', () => {
    const r = run(['check', '--fix', '-'], `${WRONG}\n`);
    expect(r.stdout).toBe(`${RIGHT}\n`);
    expect(r.status).toBe(0);
  });

  it('applies the nearest .bientap.json: a rule turned off, messages in English', () => {
    write('a/.bientap.json', '{ "language": "en" }');
    write('a/b/.bientap.json', '{ "rules": { "citation/*": "off" } }');
    write('a/x.md', `${WRONG}\n`);
    write('a/b/y.md', `${WRONG}\n`);
    const r = run(['check', '--format', 'json', 'a']);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual([path.join('a', 'b', 'y.md'), path.join('a', 'x.md')]);
    expect(files[0].diagnostics).toEqual([]);
    expect(files[1].diagnostics[0].message).toBe('A Party document symbol is written number-TYPE/ISSUER: "57-NQ/TW", not "57/NQ-TW".');
  });
});
