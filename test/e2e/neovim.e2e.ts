import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist/server.js');

describe('Neovim 0.7 as an LSP client (--stdio)', () => {
  it('shows Bientap diagnostics and applies a quick fix', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-nvim-'));
    const draft = path.join(home, 'draft.md');
    fs.writeFileSync(draft, 'Tỉnh ủy quán triệt Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n');
    const out = path.join(home, 'result.json');
    const r = spawnSync('timeout', ['60', 'nvim', '--headless', '--clean', '-n', '-i', 'NONE', '-u', path.join(__dirname, 'nvim-client.lua'), draft], {
      cwd: home,
      encoding: 'utf8',
      env: { ...process.env, BIENTAP_SERVER: SERVER, BIENTAP_OUT: out, XDG_CONFIG_HOME: path.join(home, 'c'), XDG_DATA_HOME: path.join(home, 'd'), XDG_STATE_HOME: path.join(home, 's'), XDG_CACHE_HOME: path.join(home, 'k') },
    });
    expect(fs.existsSync(out), `nvim exited ${r.status}: ${r.stderr}`).toBe(true);
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(result.error).toBeUndefined();
    const symbol = result.diagnostics.find((d: { code: string }) => d.code === 'citation/symbol-order');
    // In LSP coordinates (UTF-16), converted back from Neovim's byte columns.
    expect(symbol.lsp_range).toEqual({ start: { line: 0, character: 33 }, end: { line: 0, character: 41 } });
    expect(symbol.message).toContain('57-NQ/TW');
    expect(fs.readFileSync(draft, 'utf8')).toBe('Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n');
    fs.rmSync(home, { recursive: true, force: true });
  });
});
