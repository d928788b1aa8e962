/** The CLI and the language server resolve configuration identically and give the same findings. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { runCli } from '../../server/src/cli/run.js';
import { ensureBuilt, pathToUri, PULL_CAPABILITIES, startServer } from './harness.js';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

describe('CLI and language server parity', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-parity-'));
    fs.writeFileSync(path.join(dir, '.bientap.json'), JSON.stringify({ language: 'en', date: { style: 'slash' }, rules: { 'tone/consistency': 'warning', 'capitalization/headline': 'off' }, accept: { 'capitalization/title': ['Phó Chủ Tịch UBND'] } }));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', '.bientap.json'), JSON.stringify({ date: { style: 'dash' } }));
    const draft = [
      '# Tỉnh Ủy Ban Hành Kế Hoạch Mới',
      '',
      'Sáng 14-3-2025, Ban thường vụ Tỉnh ủy quán triệt Nghị quyết số 57/NQ-TW ngày 22-11-2024 của Bộ Chính trị.',
      '',
      'Đồng chí Phó Chủ Tịch UBND tỉnh cho biết tỉnh đã hoà mạng, hòa chung xu thế; ngày 31/6/2025 là hạn chót.',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'a.md'), draft);
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), draft.replace('# ', ''));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same findings for the same files and configuration', async () => {
    let out = '';
    runCli(['check', '--format', 'json', 'a.md', path.join('sub', 'b.txt')], { stdout: (t) => (out += t), stderr: () => {}, readStdin: () => '', cwd: dir, isTTY: false, env: {} });
    const cli = JSON.parse(out).files as { path: string; diagnostics: { rule: string; severity: string; message: string; range: unknown }[] }[];
    expect(cli.every((f) => f.diagnostics.length > 0)).toBe(true);

    const c = await startServer({ capabilities: PULL_CAPABILITIES, rootDir: dir });
    try {
      for (const f of cli) {
        const file = path.join(dir, f.path);
        const uri = pathToUri(file);
        await c.open(uri, fs.readFileSync(file, 'utf8'), file.endsWith('.md') ? 'markdown' : 'plaintext');
        const report = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
        const lsp = report.items.map((d) => ({ rule: d.code, severity: SEVERITY[d.severity ?? 0], message: d.message, range: d.range }));
        expect(lsp).toEqual(f.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })));
      }
    } finally {
      await c.shutdown();
    }
  });
});
