/**
 * Integration tests of the bundled language server (`dist/server.js --stdio`),
 * spoken to with vscode-languageserver-protocol like an editor would.
 * Everything here is independent of which rules exist; rule-specific
 * expectations are in `builtin-rules.test.ts`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  HoverRequest,
  WorkspaceDiagnosticRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, editsFor, ensureBuilt, exited, NVIM07_CAPABILITIES, pathToUri, PULL_CAPABILITIES, PUSH_CAPABILITIES, startServer, type TestClient } from './harness.js';

const RULE = 'citation/symbol-order';
const clients: TestClient[] = [];
const tmpDirs: string[] = [];

beforeAll(() => ensureBuilt(), 60_000);
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.shutdown()));
});
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

async function start(...args: Parameters<typeof startServer>): Promise<TestClient> {
  const c = await startServer(...args);
  clients.push(c);
  return c;
}

function tmpDir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-lsp-'));
  tmpDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A Bientap diagnostic as an editor would send it back in a code-action request. */
function fakeDiagnostic(range: Range): Diagnostic {
  return { range, severity: 2, code: RULE, source: 'bientap', message: 'Ký hiệu văn bản' };
}

function lineRange(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

async function actions(c: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? lineRange(0, 0, 0);
  const res = await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  return (res ?? []) as CodeAction[];
}

function apply(c: TestClient, uri: string, action: CodeAction | undefined): string {
  expect(action, 'code action').toBeDefined();
  return applyEdits(c.text(uri), editsFor(action!.edit, uri));
}

describe('initialize', () => {
  it('announces incremental sync, code action kinds, hover, completion and commands; push mode has no diagnostic provider', async () => {
    const c = await start({ capabilities: PUSH_CAPABILITIES });
    const caps = c.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.bientap', 'refactor.rewrite.bientap.expandCitation'] });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider?.triggerCharacters).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(caps.executeCommandProvider?.commands).toEqual(['bientap.server.fixAll', 'bientap.server.checkWorkspace', 'bientap.server.rules']);
    expect(caps.diagnosticProvider).toBeUndefined();
    // dynamic registrations: settings section and the configuration file watcher
    await c.waitFor(() => c.registrations.length >= 2, 3000, 'registrations');
    expect(c.registrations.map((r) => [r.method, r.registerOptions])).toEqual([
      ['workspace/didChangeConfiguration', { section: 'bientap' }],
      ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.bientap.json' }] }],
    ]);
  });

  it('offers pull diagnostics (document and workspace) to clients that support them', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    expect(c.initializeResult.capabilities.diagnosticProvider).toEqual({ identifier: 'bientap', interFileDependencies: false, workspaceDiagnostics: true });
  });

  it('refuses to start without a transport', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['dist/server.js'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--stdio');
  });
});

describe('push diagnostics (no pull support, like Neovim 0.7)', () => {
  it('publishes on open and after an incremental edit, with the document version', async () => {
    const c = await start({ capabilities: NVIM07_CAPABILITIES });
    const uri = 'file:///tmp/bientap-push/a.md';
    await c.open(uri, 'Bài viết.\n');
    const first = await c.nextPublished(uri, 0);
    expect(first.diagnostics).toEqual([]);
    await c.change(uri, lineRange(1, 0, 0), 'Dòng mới.\n');
    await c.waitFor(() => c.lastPublished(uri)?.version === 2, 3000, 'version 2');
    await c.close(uri);
    await c.waitFor(() => c.publishedCount(uri) >= 3 && c.lastPublished(uri)!.version === undefined, 3000, 'cleared on close');
    expect(c.lastPublished(uri)!.diagnostics).toEqual([]);
  });

  it('publishes the last version of a burst of edits, versions only going forward', async () => {
    const c = await start({ capabilities: PUSH_CAPABILITIES });
    const uri = 'file:///tmp/bientap-push/b.md';
    await c.open(uri, '');
    await c.nextPublished(uri, 0);
    await Promise.all(Array.from({ length: 10 }, (_, i) => c.change(uri, lineRange(0, i, i), 'x')));
    await c.waitFor(() => c.lastPublished(uri)?.version === 11, 3000, 'last version');
    await new Promise((r) => setTimeout(r, 300));
    const versions = c.published.get(uri)!.map((p) => p.version!);
    // a quick document is checked as soon as the edits already received are read
    expect(versions[0]).toBe(1);
    expect(versions.at(-1)).toBe(11);
    expect(versions.length).toBeLessThanOrEqual(11);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});

describe('pull diagnostics', () => {
  it('answers textDocument/diagnostic with result ids, unchanged reports and no pushes', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    const uri = 'file:///tmp/bientap-pull/a.md';
    await c.open(uri, 'Bài viết.\n');
    const r1 = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
    expect(r1.kind).toBe('full');
    expect(r1.resultId).toBeTruthy();
    const r2 = await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: r1.resultId });
    expect(r2.kind).toBe('unchanged');
    await c.change(uri, lineRange(0, 0, 0), 'Mở đầu. ');
    const r3 = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: r1.resultId })) as DocumentDiagnosticReport;
    expect(r3.kind).toBe('full');
    expect(r3.resultId).not.toBe(r1.resultId);
    // unknown documents get an empty report rather than an error
    const r4 = await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///nowhere.md' } });
    expect(r4).toEqual({ kind: 'full', items: [] });
    await new Promise((r) => setTimeout(r, 250));
    expect(c.publishedCount(uri)).toBe(0);
  });

  it('checks every .md and .txt draft under the workspace folders, skipping dependencies and hidden folders', async () => {
    const dir = tmpDir({ 'a.md': 'A.\n', 'b.txt': 'B.\n', 'sub/c.markdown': 'C.\n', 'node_modules/x.md': 'X\n', '.git/y.md': 'Y\n', 'img.png': 'P' });
    const c = await start({ capabilities: PULL_CAPABILITIES, rootDir: dir });
    const r1 = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const names = r1.items.map((i) => path.relative(dir, new URL(i.uri).pathname)).sort();
    expect(names).toEqual(['a.md', 'b.txt', path.join('sub', 'c.markdown')]);
    expect(r1.items.every((i) => i.kind === 'full' && i.version === null)).toBe(true);
    // unchanged files are reported as such
    const r2 = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: r1.items.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    expect(r2.items.map((i) => i.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    // an open draft is reported with its version
    const a = pathToUri(path.join(dir, 'a.md'));
    await c.open(a, 'A mới.\n');
    const r3 = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(r3.items.find((i) => i.uri === a)?.version).toBe(1);
  });

  it('honours cancellation of a workspace check', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`d${i}.md`] = `Bài ${i}.\n`;
    const dir = tmpDir(files);
    const c = await start({ capabilities: PULL_CAPABILITIES, rootDir: dir });
    const source = new CancellationTokenSource();
    const pending = c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, source.token);
    setTimeout(() => source.cancel(), 5);
    await expect(pending).rejects.toMatchObject({ code: -32800 });
    // the server is still fine
    const r = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    expect(r.items).toHaveLength(300);
  });

  it('the checkWorkspace command publishes every draft for push clients', async () => {
    const dir = tmpDir({ 'a.md': 'A.\n', 'b/c.txt': 'C.\n' });
    const c = await start({ capabilities: NVIM07_CAPABILITIES, rootDir: dir });
    const res = await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'bientap.server.checkWorkspace', arguments: [] });
    expect(res).toEqual({ files: 2, problems: 0 });
    expect(c.publishedCount(pathToUri(path.join(dir, 'a.md')))).toBe(1);
    expect(c.publishedCount(pathToUri(path.join(dir, 'b/c.txt')))).toBe(1);
  });
});

describe('code actions', () => {
  const uri = 'file:///tmp/bientap-actions/draft.md';

  it("offers the fixes of the server's own diagnostic with the same rule and range, with isPreferred; none for a stale one", async () => {
    const c = await start();
    await c.open(uri, 'Theo Nghị quyết số 57/NQ-TW ở trên.\n');
    const range = lineRange(0, 19, 27);
    // what the client sends back: no fixes with it
    const got = await actions(c, uri, [fakeDiagnostic(range)]);
    const quick = got.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Tắt'));
    expect(quick.map((a) => [a.title, a.isPreferred])).toEqual([['Sửa thành "57-NQ/TW"', true]]);
    expect(apply(c, uri, quick[0])).toBe('Theo Nghị quyết số 57-NQ/TW ở trên.\n');
    // edits are versioned when the client supports documentChanges
    expect(quick[0].edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 1 } });
    // nothing was found there: no fix is made up
    const elsewhere = await actions(c, uri, [fakeDiagnostic(lineRange(0, 0, 4))]);
    expect(elsewhere.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Tắt'))).toEqual([]);
    // after an edit above it, the old range no longer names the finding
    await c.change(uri, lineRange(0, 0, 0), 'Ồ. ');
    const stale = await actions(c, uri, [fakeDiagnostic(range)]);
    expect(stale.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Tắt'))).toEqual([]);
  });

  it('ignores diagnostics of other tools', async () => {
    const c = await start();
    await c.open(uri, 'Văn bản.\n');
    const got = await actions(c, uri, [{ range: lineRange(0, 0, 3), message: 'x', source: 'cspell', code: 'a/b' }]);
    expect(got).toEqual([]);
  });

  it('"turn off for this line" inserts the comment above, with the indentation, after incremental edits', async () => {
    const c = await start();
    await c.open(uri, 'Mở đầu.\n\n- Ý một.\n  Ý hai có lỗi.\n');
    await c.change(uri, lineRange(3, 2, 2), '\t'); // the server must see this edit
    const got = await actions(c, uri, [fakeDiagnostic(lineRange(3, 3, 6))]);
    const action = got.find((a) => a.title === `Tắt "${RULE}" cho dòng này`);
    expect(action?.kind).toBe('quickfix');
    expect(apply(c, uri, action)).toBe(`Mở đầu.\n\n- Ý một.\n  \t<!-- bientap-disable-next-line ${RULE} -->\n  \tÝ hai có lỗi.\n`);
  });

  it('"turn off for this line" on the first line and in a CRLF document', async () => {
    const c = await start();
    const crlf = 'file:///tmp/bientap-actions/crlf.md';
    await c.open(crlf, 'Dòng một.\r\nDòng hai.\r\n');
    let got = await actions(c, crlf, [fakeDiagnostic(lineRange(0, 0, 4))]);
    expect(apply(c, crlf, got.find((a) => a.title.includes('dòng này')))).toBe(`<!-- bientap-disable-next-line ${RULE} -->\r\nDòng một.\r\nDòng hai.\r\n`);
    got = await actions(c, crlf, [fakeDiagnostic(lineRange(1, 0, 4))]);
    expect(apply(c, crlf, got.find((a) => a.title.includes('dòng này')))).toBe(`Dòng một.\r\n<!-- bientap-disable-next-line ${RULE} -->\r\nDòng hai.\r\n`);
    // a one-line document without a line break
    const one = 'file:///tmp/bientap-actions/one.txt';
    await c.open(one, 'Chỉ một dòng', 'plaintext');
    got = await actions(c, one, [fakeDiagnostic(lineRange(0, 0, 3))]);
    expect(apply(c, one, got.find((a) => a.title.includes('dòng này')))).toBe(`<!-- bientap-disable-next-line ${RULE} -->\nChỉ một dòng`);
  });

  it('"turn off for this line" adds the rule to an existing comment above', async () => {
    const c = await start();
    await c.open(uri, 'A.\n<!-- bientap-disable-next-line date/format -->\nB có lỗi.\n');
    const got = await actions(c, uri, [fakeDiagnostic(lineRange(2, 0, 1))]);
    expect(apply(c, uri, got.find((a) => a.title.includes('dòng này')))).toBe(`A.\n<!-- bientap-disable-next-line date/format ${RULE} -->\nB có lỗi.\n`);
  });

  it('"turn off for this file" inserts at the top, after front matter, and extends an existing comment', async () => {
    const c = await start();
    const cases: [string, string][] = [
      ['# Tiêu đề\n\nNội dung.\n', `<!-- bientap-disable ${RULE} -->\n# Tiêu đề\n\nNội dung.\n`],
      ['---\ntitle: Bài\n---\n# Tiêu đề\n', `---\ntitle: Bài\n---\n<!-- bientap-disable ${RULE} -->\n# Tiêu đề\n`],
      ['---\r\ntitle: Bài\r\n---\r\nNội dung.\r\n', `---\r\ntitle: Bài\r\n---\r\n<!-- bientap-disable ${RULE} -->\r\nNội dung.\r\n`],
      ['---\ntitle: Bài\n---', `---\ntitle: Bài\n---\n<!-- bientap-disable ${RULE} -->\n`],
      ['<!-- bientap-disable date/format -->\nNội dung.\n', `<!-- bientap-disable date/format ${RULE} -->\nNội dung.\n`],
    ];
    for (const [i, [text, expected]] of cases.entries()) {
      const u = `file:///tmp/bientap-actions/file${i}.md`;
      await c.open(u, text);
      const got = await actions(c, u, [fakeDiagnostic(lineRange(text.startsWith('---') ? 3 : 1, 0, 1))]);
      expect(apply(c, u, got.find((a) => a.title === `Tắt "${RULE}" cho cả tệp này`))).toBe(expected);
    }
  });

  it('offers one disable action per rule and line, and none when the file already disables every rule', async () => {
    const c = await start();
    await c.open(uri, 'A có lỗi và lỗi.\n');
    const got = await actions(c, uri, [fakeDiagnostic(lineRange(0, 0, 1)), fakeDiagnostic(lineRange(0, 5, 8))]);
    expect(got.map((a) => a.title)).toEqual([`Tắt "${RULE}" cho dòng này`, `Tắt "${RULE}" cho cả tệp này`]);
    const all = 'file:///tmp/bientap-actions/all.md';
    await c.open(all, '<!-- bientap-disable -->\nA.\n');
    const none = await actions(c, all, [fakeDiagnostic(lineRange(1, 0, 1))]);
    expect(none.map((a) => a.title)).toEqual([`Tắt "${RULE}" cho dòng này`]);
  });

  it('source.fixAll.bientap is offered only when asked for, and only when there is something to fix', async () => {
    const c = await start();
    await c.open(uri, 'Không có gì để sửa.\n');
    expect(await actions(c, uri, [], ['source.fixAll.bientap'])).toEqual([]);
    expect(await actions(c, uri, [], ['source'])).toEqual([]);
    // with `only`, quick fixes are left out
    expect(await actions(c, uri, [fakeDiagnostic(lineRange(0, 0, 3))], ['source.fixAll'])).toEqual([]);
    const res = await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'bientap.server.fixAll', arguments: [uri] });
    expect(res).toEqual({ applied: false });
  });

  it('uses plain `changes` for clients without documentChanges (Neovim 0.7)', async () => {
    const c = await start({ capabilities: NVIM07_CAPABILITIES });
    await c.open(uri, 'A.\n');
    const [a] = await actions(c, uri, [fakeDiagnostic(lineRange(0, 0, 1))]);
    expect(a.edit?.changes?.[uri]).toEqual([{ range: lineRange(0, 0, 0), newText: `<!-- bientap-disable-next-line ${RULE} -->\n` }]);
  });
});

describe('commands', () => {
  it('bientap.server.rules lists the rules with their docs links', async () => {
    const c = await start();
    const rules = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'bientap.server.rules', arguments: [] })) as { id: string; docs: string; description: { vi: string; en: string } }[];
    expect(Array.isArray(rules)).toBe(true);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(r.docs.endsWith(`${r.id}.md`)).toBe(true);
      expect(r.description.vi).toBeTruthy();
    }
    expect(await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'bientap.server.unknown', arguments: [] })).toBeNull();
  });
});

describe('hover', () => {
  it('answers null where nothing is flagged', async () => {
    const c = await start();
    const uri = 'file:///tmp/bientap-hover/a.md';
    await c.open(uri, 'Không có gì.\n');
    expect(await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
    expect(await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } })).toBeNull();
  });
});

describe('settings', () => {
  const uri = 'file:///tmp/bientap-settings/a.md';
  const titleOf = async (c: TestClient) => (await actions(c, uri, [fakeDiagnostic(lineRange(0, 0, 1))]))[0]?.title;

  it('asks the editor for bientap.* and follows messageLanguage changes at once', async () => {
    let settings: unknown = { messageLanguage: 'vi' };
    const c = await start({ settings: () => settings });
    await c.open(uri, 'A.\n');
    await c.nextPublished(uri, 0);
    expect(await titleOf(c)).toBe(`Tắt "${RULE}" cho dòng này`);
    const asked = c.configurationRequests;
    settings = { messageLanguage: 'en' };
    await c.changeConfiguration();
    await c.nextPublished(uri, 1); // push clients get fresh diagnostics
    expect(c.configurationRequests).toBeGreaterThan(asked);
    expect(await titleOf(c)).toBe(`Turn off "${RULE}" for this line`);
  });

  it('messageLanguage auto (or unset) follows the client locale', async () => {
    let c = await start({ locale: 'en-US', settings: () => ({ messageLanguage: 'auto' }) });
    await c.open(uri, 'A.\n');
    expect(await titleOf(c)).toBe(`Turn off "${RULE}" for this line`);
    c = await start({ locale: 'vi', settings: () => null });
    await c.open(uri, 'A.\n');
    expect(await titleOf(c)).toBe(`Tắt "${RULE}" cho dòng này`);
    c = await start({ locale: 'en', settings: () => ({ messageLanguage: 'vi' }) });
    await c.open(uri, 'A.\n');
    expect(await titleOf(c)).toBe(`Tắt "${RULE}" cho dòng này`);
  });

  it('takes settings from didChangeConfiguration when the client has no workspace/configuration', async () => {
    const c = await start({ capabilities: NVIM07_CAPABILITIES, locale: 'vi' });
    await c.open(uri, 'A.\n');
    expect(await titleOf(c)).toBe(`Tắt "${RULE}" cho dòng này`);
    await c.changeConfiguration({ bientap: { messageLanguage: 'en' } });
    await c.nextPublished(uri, 1);
    expect(await titleOf(c)).toBe(`Turn off "${RULE}" for this line`);
    expect(c.configurationRequests).toBe(0);
  });

  it('asks pull clients to refresh when settings change', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    await c.changeConfiguration();
    await c.waitFor(() => c.refreshes > 0, 3000, 'diagnostic refresh');
  });

  it('does not check documents above bientap.maxFileSize and says so once', async () => {
    const c = await start({ settings: () => ({ maxFileSize: 1000 }), locale: 'en' });
    const big = 'file:///tmp/bientap-settings/big.md';
    await c.open(big, 'Câu văn dài. '.repeat(200));
    await c.nextPublished(big, 0);
    await c.change(big, lineRange(0, 0, 0), 'Thêm. ');
    await c.nextPublished(big, 1);
    const info = c.messages.filter((m) => m.type === 3);
    expect(info).toHaveLength(1);
    expect(info[0].message).toMatch(/big\.md.*bientap\.maxFileSize/);
  });
});

describe('configuration files', () => {
  it('a malformed .bientap.json gives one diagnostic on the file and one warning; checking goes on', async () => {
    const dir = tmpDir({ '.bientap.json': '{\n  "date": { "style": "dashes" }\n}\n', 'a.md': 'A.\n', 'sub/b.md': 'B.\n' });
    const c = await start({ rootDir: dir, locale: 'en' });
    const configUri = pathToUri(path.join(dir, '.bientap.json'));
    const a = pathToUri(path.join(dir, 'a.md'));
    await c.open(a, 'A.\n');
    const configDiag = await c.nextPublished(configUri, 0);
    expect(configDiag.diagnostics).toHaveLength(1);
    expect(configDiag.diagnostics[0]).toMatchObject({ severity: 1, source: 'bientap', range: { start: { line: 1, character: 21 } } });
    expect(configDiag.diagnostics[0].message).toContain('date.style');
    const warning = await c.waitFor(() => c.messages.find((m) => m.type === 2), 3000, 'warning');
    expect(warning.message).toContain(path.join(dir, '.bientap.json'));
    expect(warning.message).toContain('date.style');
    // the draft is still checked
    await c.nextPublished(a, 0);
    // a second draft under the same configuration: no second warning
    const b = pathToUri(path.join(dir, 'sub/b.md'));
    await c.open(b, 'B.\n');
    await c.nextPublished(b, 0);
    expect(c.messages.filter((m) => m.type === 2)).toHaveLength(1);
    expect(c.publishedCount(configUri)).toBe(1);
    // fixing the file clears its diagnostic and re-checks open drafts
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{ "date": { "style": "dash" } }\n');
    const before = c.publishedCount(a);
    await c.watchedFileChanged(configUri, 2);
    await c.waitFor(() => c.lastPublished(configUri)!.diagnostics.length === 0, 3000, 'config diagnostic cleared');
    await c.nextPublished(a, before);
  });

  it('reports invalid JSON at its place, and a broken file again after it changes', async () => {
    const dir = tmpDir({ '.bientap.json': '{ "rules": { "date/*": "warning" ', 'a.md': 'A.\n' });
    const c = await start({ rootDir: dir, capabilities: PULL_CAPABILITIES });
    const configUri = pathToUri(path.join(dir, '.bientap.json'));
    const a = pathToUri(path.join(dir, 'a.md'));
    await c.open(a, 'A.\n');
    const r = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: a } })) as DocumentDiagnosticReport;
    expect(r.kind).toBe('full');
    const d = await c.nextPublished(configUri, 0);
    expect(d.diagnostics[0].message).toMatch(/JSON/);
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{ "tone": { "style": "newest" } }');
    await c.watchedFileChanged(configUri, 2);
    const d2 = await c.nextPublished(configUri, 1);
    expect(d2.diagnostics[0].message).toContain('tone.style');
    await c.waitFor(() => c.messages.filter((m) => m.type === 2).length === 2, 3000, 'second warning');
    await c.waitFor(() => c.refreshes > 0, 3000, 'refresh');
  });
});

describe('robustness', () => {
  it('survives rapid open/change/close of 50 documents and frees them', async () => {
    const c = await start({ capabilities: PUSH_CAPABILITIES });
    const uris = Array.from({ length: 50 }, (_, i) => `file:///tmp/bientap-rapid/d${i}.md`);
    await Promise.all(
      uris.map(async (u, i) => {
        await c.open(u, `Bài số ${i}.\n`);
        await c.change(u, lineRange(0, 0, 0), 'Sửa. ');
        await c.change(u, lineRange(1, 0, 0), 'Thêm dòng.\n');
        await c.close(u);
      }),
    );
    // the last word on every document is "no diagnostics"
    await c.waitFor(() => uris.every((u) => c.lastPublished(u)?.diagnostics.length === 0 && c.lastPublished(u)?.version === undefined), 5000, 'all cleared');
    await new Promise((r) => setTimeout(r, 300));
    for (const u of uris) expect(c.lastPublished(u)!.diagnostics).toEqual([]);
    // still alive and answering
    const h = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uris[0] }, position: { line: 0, character: 0 } });
    expect(h).toBeNull();
    expect(c.stderr).toBe('');
  });

  it('exits when the client goes away (stdin closes)', async () => {
    const c = await startServer({});
    c.child.stdin.end();
    await expect(exited(c.child, 3000)).resolves.not.toBeUndefined();
    c.connection.dispose();
  });

  it('exits cleanly after shutdown and exit', async () => {
    const c = await startServer({});
    await c.connection.sendRequest('shutdown');
    await c.connection.sendNotification('exit');
    await expect(exited(c.child, 3000)).resolves.toBe(0);
    c.connection.dispose();
  });
});
