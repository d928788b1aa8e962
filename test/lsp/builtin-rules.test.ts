/**
 * Language-server expectations that need the built-in citation rules
 * (`citation/symbol-order`). Skipped until that rule is registered; after the
 * rule branches are merged they run with the rest.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, DocumentDiagnosticRequest, HoverRequest, type CodeAction, type Diagnostic, type FullDocumentDiagnosticReport, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { allRules } from '../../server/src/rules/index.js';
import { applyEdits, editsFor, ensureBuilt, pathToUri, PULL_CAPABILITIES, PUSH_CAPABILITIES, startServer, type StartOptions, type TestClient } from './harness.js';

const RULE = 'citation/symbol-order';
const hasRule = allRules.some((r) => r.meta.id === RULE);
const TEXT = 'Theo Nghị quyết số 57/NQ-TW ngày 22-12-2024 của Bộ Chính trị.\n';
const clients: TestClient[] = [];
const tmpDirs: string[] = [];

async function start(options: StartOptions = {}): Promise<TestClient> {
  const c = await startServer(options);
  clients.push(c);
  return c;
}

async function pulled(c: TestClient, uri: string): Promise<Diagnostic[]> {
  const r = (await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return r.items;
}

async function actionsFor(c: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return ((await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) ?? []) as CodeAction[];
}

const ofRule = (ds: Diagnostic[]) => ds.filter((d) => d.code === RULE);

describe.skipIf(!hasRule)('with built-in rules', () => {
  beforeAll(() => ensureBuilt(), 60_000);
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.shutdown()));
  });
  afterAll(() => {
    for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const uri = 'file:///tmp/bientap-builtin/draft.md';

  it('pushes a diagnostic with code, docs link, source and severity', async () => {
    const c = await start({ capabilities: PUSH_CAPABILITIES });
    await c.open(uri, TEXT);
    const p = await c.nextPublished(uri, 0);
    const [d] = ofRule(p.diagnostics);
    expect(d).toMatchObject({ code: RULE, source: 'bientap', severity: 1, range: { start: { line: 0, character: 19 }, end: { line: 0, character: 27 } } });
    expect(d.message).toContain('57-NQ/TW');
    expect(d.codeDescription?.href).toMatch(/citation\/symbol-order\.md$/);
    expect(d.data).toBeUndefined();
    // after an incremental edit that fixes it, it goes away
    await c.change(uri, d.range, '57-NQ/TW');
    await c.waitFor(() => c.lastPublished(uri)?.version === 2, 3000, 'version 2');
    expect(ofRule(c.lastPublished(uri)!.diagnostics)).toEqual([]);
  });

  it('pulls the same diagnostic; the preferred quick fix writes 57-NQ/TW', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    await c.open(uri, TEXT);
    const [d] = ofRule(await pulled(c, uri));
    const actions = await actionsFor(c, uri, [d]);
    const preferred = actions.find((a) => a.isPreferred);
    expect(preferred?.kind).toBe('quickfix');
    expect(applyEdits(TEXT, editsFor(preferred!.edit, uri))).toBe(TEXT.replace('57/NQ-TW', '57-NQ/TW'));
    // a client that drops `data` still gets the fix, matched by rule and range
    const withoutData = await actionsFor(c, uri, [{ ...d, data: undefined }]);
    expect(withoutData.find((a) => a.isPreferred)?.title).toBe(preferred!.title);
  });

  it('fixes all problems of the rule, or everything with source.fixAll.bientap, in one pass', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    const text = `${TEXT}\nVà Nghị quyết số 57/NQ-TW nói trên.\n`;
    await c.open(uri, text);
    const ds = ofRule(await pulled(c, uri));
    expect(ds).toHaveLength(2);
    const actions = await actionsFor(c, uri, [ds[0]]);
    const all = actions.find((a) => a.title.startsWith('Sửa mọi lỗi'));
    expect(applyEdits(text, editsFor(all!.edit, uri))).toBe(text.replaceAll('57/NQ-TW', '57-NQ/TW'));
    const [fixAll] = await actionsFor(c, uri, [], ['source.fixAll.bientap']);
    expect(fixAll.kind).toBe('source.fixAll.bientap');
    const fixed = applyEdits(text, editsFor(fixAll.edit, uri));
    expect(fixed).not.toContain('57/NQ-TW');
    expect(fixed.match(/57-NQ\/TW/g)).toHaveLength(2);
  });

  it('turning the rule off for the line or the file silences it', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    await c.open(uri, TEXT);
    const [d] = ofRule(await pulled(c, uri));
    const actions = await actionsFor(c, uri, [d]);
    for (const title of [`Tắt "${RULE}" cho dòng này`, `Tắt "${RULE}" cho cả tệp này`]) {
      const a = actions.find((x) => x.title === title)!;
      const u = `${uri}.${title.length}.md`;
      await c.open(u, applyEdits(TEXT, editsFor(a.edit, uri)));
      expect(ofRule(await pulled(c, u))).toEqual([]);
    }
  });

  it('hover shows the message, the correct form, why and the docs link', async () => {
    const c = await start({ capabilities: PULL_CAPABILITIES });
    await c.open(uri, TEXT);
    const h = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 22 } });
    const md = (h!.contents as MarkupContent).value;
    expect((h!.contents as MarkupContent).kind).toBe('markdown');
    expect(md).toContain('Cách viết đúng: `57-NQ/TW`');
    expect(md).toContain('Lý do:');
    expect(md).toMatch(/\[Tài liệu quy tắc: citation\/symbol-order\]\(.*citation\/symbol-order\.md\)/);
    expect(h!.range).toEqual({ start: { line: 0, character: 19 }, end: { line: 0, character: 27 } });
  });

  it('editor settings change severities and messages at once, and win over .bientap.json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-builtin-'));
    tmpDirs.push(dir);
    fs.writeFileSync(path.join(dir, '.bientap.json'), JSON.stringify({ rules: { [RULE]: 'off' } }));
    const file = pathToUri(path.join(dir, 'a.md'));
    let settings: Record<string, unknown> = {};
    const c = await start({ capabilities: PULL_CAPABILITIES, rootDir: dir, settings: () => settings });
    await c.open(file, TEXT);
    expect(ofRule(await pulled(c, file))).toEqual([]); // off in .bientap.json
    settings = { rules: { [RULE]: 'warning' }, messageLanguage: 'en' };
    await c.changeConfiguration();
    await c.waitFor(() => c.refreshes > 0, 3000, 'refresh');
    const [d] = ofRule(await pulled(c, file));
    expect(d.severity).toBe(2);
    expect(d.message).toMatch(/^A Party document symbol/);
    settings = { enable: false };
    await c.changeConfiguration();
    expect(await pulled(c, file)).toEqual([]);
  });

  it('a malformed .bientap.json does not stop checking (defaults apply)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-builtin-'));
    tmpDirs.push(dir);
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{ "rules": { "citation/symbol-order": "of" } }');
    const file = pathToUri(path.join(dir, 'a.md'));
    const c = await start({ capabilities: PULL_CAPABILITIES, rootDir: dir });
    await c.open(file, TEXT);
    expect(ofRule(await pulled(c, file))).toHaveLength(1);
    await c.waitFor(() => c.messages.find((m) => m.type === 2), 3000, 'warning');
  });
});
