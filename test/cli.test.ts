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
