/**
 * Registry features over LSP (bundled server, stdio): the record on hover,
 * "expand this citation", completion of symbols, "accept this form in this
 * workspace", and workspace trust.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CompletionRequest, DocumentDiagnosticRequest, HoverRequest, type CodeAction, type CompletionItem, type Diagnostic, type FullDocumentDiagnosticReport, type MarkupContent, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { parseConfig } from '../../server/src/engine/config.js';
import { applyEdits, editsFor, ensureBuilt, pathToUri, PULL_CAPABILITIES, startServer, type StartOptions, type TestClient } from './harness.js';

const clients: TestClient[] = [];
const dirs: string[] = [];
const CAPS = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, resourceOperations: ['create' as const] } } };

async function start(options: StartOptions): Promise<TestClient> {
  const c = await startServer({ capabilities: CAPS, ...options });
  clients.push(c);
  return c;
}

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-lsp-registry-'));
  dirs.push(d);
  return d;
}

async function pulled(c: TestClient, uri: string): Promise<Diagnostic[]> {
  return ((await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

describe('registry features over LSP', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.shutdown()));
  });
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('shows the record of a recognised citation on hover, even when nothing is flagged', async () => {
    const dir = tmp();
    const c = await start({ rootDir: dir });
    const uri = pathToUri(path.join(dir, 'a.md'));
    const text = 'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n';
    await c.open(uri, text);
    const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 36 } });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain('**Nghị quyết số 57-NQ/TW**');
    expect(value).toContain('22/12/2024');
    expect(value).toContain('Bộ Chính trị');
  });

  it('expands a partial citation to the full one', async () => {
    const dir = tmp();
    const c = await start({ rootDir: dir });
    const uri = pathToUri(path.join(dir, 'a.md'));
    const text = 'Sáng 3-1-2025, tỉnh quán triệt Nghị quyết 57-NQ/TW tới cán bộ, đảng viên.\n';
    await c.open(uri, text);
    const at = { line: 0, character: text.indexOf('57-NQ') };
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
    const expand = actions.find((a) => a.kind === 'refactor.rewrite.bientap.expandCitation')!;
    expect(expand.title).toContain('Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị');
    expect(applyEdits(text, editsFor(expand.edit, uri))).toBe('Sáng 3-1-2025, tỉnh quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị tới cán bộ, đảng viên.\n');
  });

  it('completes symbols after a type word', async () => {
    const dir = tmp();
    const c = await start({ rootDir: dir });
    const uri = pathToUri(path.join(dir, 'a.md'));
    const text = 'Quán triệt Nghị quyết số 5';
    await c.open(uri, text);
    const items = (await c.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: text.length } })) as CompletionItem[];
    const item = items.find((i) => i.label === '57-NQ/TW')!;
    expect(item.textEdit).toEqual({ range: { start: { line: 0, character: text.length - 1 }, end: { line: 0, character: text.length } }, newText: '57-NQ/TW ngày 22-12-2024 của Bộ Chính trị' });
  });

  it('accepts a flagged form in this workspace: creates .bientap.json, and the finding is gone after', async () => {
    const dir = tmp();
    const c = await start({ rootDir: dir });
    const file = path.join(dir, 'a.md');
    const uri = pathToUri(file);
    const text = 'Theo Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n';
    fs.writeFileSync(file, text);
    await c.open(uri, text);
    const [d] = (await pulled(c, uri)).filter((x) => x.code === 'citation/symbol-order');
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const accept = actions.find((a) => a.title.startsWith('Chấp nhận'))!;
    expect(accept.title).toContain('57/NQ-TW');
    const changes = accept.edit!.documentChanges!;
    const configUri = pathToUri(path.join(dir, '.bientap.json'));
    expect(changes[0]).toEqual({ kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const created = applyEdits('', (changes[1] as TextDocumentEdit).edits as never);
    expect(parseConfig(created, '.bientap.json').settings).toEqual({ accept: { 'citation/symbol-order': ['57/NQ-TW'] } });
    // the client applies the edit: the file appears, the watcher reports it, the finding goes away
    fs.writeFileSync(path.join(dir, '.bientap.json'), created);
    await c.watchedFileChanged(configUri, 1);
    expect((await pulled(c, uri)).filter((x) => x.code === 'citation/symbol-order')).toEqual([]);
  });

  it('adds to an existing .bientap.json, keeping its comments', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{\n  // tòa soạn\n  "date": { "style": "dash" }\n}\n');
    const c = await start({ rootDir: dir });
    const uri = pathToUri(path.join(dir, 'a.md'));
    const text = 'Theo Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n';
    await c.open(uri, text);
    const [d] = (await pulled(c, uri)).filter((x) => x.code === 'citation/symbol-order');
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const accept = actions.find((a) => a.title.startsWith('Chấp nhận'))!;
    const configUri = pathToUri(path.join(dir, '.bientap.json'));
    const after = applyEdits(fs.readFileSync(path.join(dir, '.bientap.json'), 'utf8'), editsFor(accept.edit, configUri));
    expect(after).toContain('// tòa soạn');
    expect(parseConfig(after, '.bientap.json').settings).toEqual({ date: { style: 'dash' }, accept: { 'citation/symbol-order': ['57/NQ-TW'] } });
  });

  it('in an untrusted workspace, ignores .bientap.json and offers no accept action', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{ "rules": { "citation/*": "off" } }');
    const c = await start({ rootDir: dir, initializationOptions: { trusted: false } });
    const uri = pathToUri(path.join(dir, 'a.md'));
    const text = 'Theo Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị về phát triển khoa học.\n';
    await c.open(uri, text);
    const found = (await pulled(c, uri)).filter((x) => x.code === 'citation/symbol-order');
    expect(found).toHaveLength(1);
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: found[0].range, context: { diagnostics: found } })) as CodeAction[];
    expect(actions.some((a) => a.title.startsWith('Chấp nhận'))).toBe(false);
  });
});
