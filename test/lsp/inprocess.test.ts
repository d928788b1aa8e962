/**
 * The language service in-process with test rules, so that everything that
 * needs real findings (diagnostic fields, quick fixes, fix-all, hover,
 * severities, a failing rule) is tested independently of the built-in rules.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, CodeActionRequest, DocumentDiagnosticRequest, ExecuteCommandRequest, HoverRequest, type CodeAction, type Diagnostic, type FullDocumentDiagnosticReport, type MarkupContent } from 'vscode-languageserver-protocol/node';
import type { Rule } from '../../server/src/engine/types.js';
import { applyEdits, editsFor, NVIM07_CAPABILITIES, pathToUri, PULL_CAPABILITIES, PUSH_CAPABILITIES, startInProcess, type StartOptions, type TestClient } from './harness.js';

/** Flags `XYZ` (certain fix `xyz`), and `ABC` (two uncertain alternatives, related to the first `XYZ`). */
const probe: Rule = {
  meta: {
    id: 'test/probe',
    description: { vi: 'Quy tắc thử.', en: 'A test rule.' },
    defaultSeverity: 'warning',
    fixable: true,
    tags: [],
    messages: {
      xyz: { vi: 'Thấy {what}', en: 'Found {what}' },
      abc: { vi: 'Có thể sai: {what}', en: 'Maybe wrong: {what}' },
      seen: { vi: 'Đã thấy ở đây', en: 'Seen here' },
      fix: { vi: 'Sửa thành "{to}"', en: 'Change to "{to}"' },
    },
  },
  // a whole-document rule: its related information points into another paragraph
  checkDocument(doc) {
    const found = (re: RegExp) => doc.segments.flatMap((seg) => [...seg.prose.matchAll(re)].map((m) => seg.offset + m.index));
    const xyz = found(/XYZ/g);
    const first = xyz.length ? xyz[0] : -1;
    for (const at of xyz) {
      doc.report({ start: at, end: at + 3, messageId: 'xyz', data: { what: 'XYZ', to: 'xyz' }, fixes: [{ title: 'fix', edits: [{ start: at, end: at + 3, text: 'xyz' }] }] });
    }
    for (const at of found(/ABC/g)) {
      doc.report({
        start: at,
        end: at + 3,
        messageId: 'abc',
        data: { what: 'ABC' },
        fixes: [
          { title: { vi: 'Đổi thành abc', en: 'Use abc' }, edits: [{ start: at, end: at + 3, text: 'abc' }], isPreferred: false },
          { title: { vi: 'Đổi thành Abc', en: 'Use Abc' }, edits: [{ start: at + 1, end: at + 3, text: 'bc' }], isPreferred: false },
        ],
        related: first >= 0 ? [{ start: first, end: first + 3, messageId: 'seen' }] : undefined,
      });
    }
  },
};
let throws = 0;
const thrower: Rule = {
  meta: { ...probe.meta, id: 'test/thrower' },
  check() {
    throws++;
    throw new Error('boom');
  },
};
const RULES = [probe, thrower];

const clients: TestClient[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.shutdown()));
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function start(options: StartOptions = {}): Promise<TestClient> {
  const c = await startInProcess({ capabilities: PULL_CAPABILITIES, ...options, rules: RULES, debounceMs: 20 });
  clients.push(c);
  return c;
}

async function pull(c: TestClient, uri: string): Promise<Diagnostic[]> {
  return ((await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

async function actions(c: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return ((await c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) ?? []) as CodeAction[];
}

const uri = 'file:///tmp/bientap-inprocess/draft.md';
const TEXT = 'Mở đầu XYZ.\n\n  Đoạn hai ABC và XYZ.\n';

describe('diagnostics with findings', () => {
  it('carry code, docs link, source, severity and related information (fixes stay in the server)', async () => {
    const c = await start({ capabilities: PUSH_CAPABILITIES });
    await c.open(uri, TEXT);
    const { diagnostics } = await c.nextPublished(uri, 0);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message, d.range.start.line, d.range.start.character])).toEqual([
      ['test/probe', 2, 'Thấy XYZ', 0, 7],
      ['test/probe', 2, 'Có thể sai: ABC', 2, 11],
      ['test/probe', 2, 'Thấy XYZ', 2, 18],
    ]);
    const [d0, d1] = diagnostics;
    expect(d0.source).toBe('bientap');
    expect(d0.codeDescription).toEqual({ href: 'https://github.com/bientap/bientap/blob/main/docs/rules/test/probe.md' });
    // the fixes stay in the server: nothing in data
    expect(d0.data).toBeUndefined();
    expect(d1.relatedInformation).toEqual([{ location: { uri, range: d0.range }, message: 'Đã thấy ở đây' }]);
  });

  it('a rule that throws is skipped and logged once; the others still report', async () => {
    const c = await start();
    throws = 0;
    await c.open(uri, TEXT);
    expect(await pull(c, uri)).toHaveLength(3);
    await c.change(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'A ');
    expect(await pull(c, uri)).toHaveLength(3);
    // once per paragraph on open, then only in the edited paragraph
    expect(throws).toBe(3);
    const errors = c.logs.filter((l) => l.message.includes('test/thrower'));
    expect(errors).toHaveLength(1);
    expect(errors[0].type).toBe(1);
    expect(errors[0].message).toContain('boom');
  });
});

describe('code actions with findings', () => {
  it('quick fixes: preferred for a certain fix, one action per alternative otherwise', async () => {
    const c = await start();
    await c.open(uri, TEXT);
    const [d0, d1] = await pull(c, uri);
    const a0 = await actions(c, uri, [d0]);
    expect(a0.map((a) => [a.title, a.isPreferred])).toEqual([
      ['Sửa thành "xyz"', true],
      ['Sửa mọi lỗi "test/probe" trong tệp này', undefined],
      ['Tắt "test/probe" cho dòng này', undefined],
      ['Tắt "test/probe" cho cả tệp này', undefined],
    ]);
    expect(applyEdits(TEXT, editsFor(a0[0].edit, uri))).toBe('Mở đầu xyz.\n\n  Đoạn hai ABC và XYZ.\n');
    // fix all of the rule applies only the certain fixes
    expect(applyEdits(TEXT, editsFor(a0[1].edit, uri))).toBe('Mở đầu xyz.\n\n  Đoạn hai ABC và xyz.\n');
    const a1 = await actions(c, uri, [d1]);
    expect(a1.slice(0, 2).map((a) => [a.title, a.isPreferred])).toEqual([
      ['Đổi thành abc', false],
      ['Đổi thành Abc', false],
    ]);
    expect(applyEdits(TEXT, editsFor(a1[1].edit, uri))).toBe('Mở đầu XYZ.\n\n  Đoạn hai Abc và XYZ.\n');
    expect(applyEdits(TEXT, editsFor(a1.find((a) => a.title.includes('dòng này'))!.edit, uri))).toBe(
      'Mở đầu XYZ.\n\n  <!-- bientap-disable-next-line test/probe -->\n  Đoạn hai ABC và XYZ.\n',
    );
  });

  it('source.fixAll.bientap fixes every certain problem in one edit; the fixed text is clean of them', async () => {
    const c = await start();
    await c.open(uri, TEXT);
    const [fixAll] = await actions(c, uri, [], ['source.fixAll.bientap']);
    expect(fixAll).toMatchObject({ kind: 'source.fixAll.bientap', title: 'Bientap: sửa mọi lỗi sửa được trong tệp này' });
    const edits = editsFor(fixAll.edit, uri);
    expect(edits).toHaveLength(1);
    const fixed = applyEdits(TEXT, edits);
    expect(fixed).toBe('Mở đầu xyz.\n\n  Đoạn hai ABC và xyz.\n');
    const after = 'file:///tmp/bientap-inprocess/after.md';
    await c.open(after, fixed);
    expect((await pull(c, after)).map((d) => d.message)).toEqual(['Có thể sai: ABC']);
  });

  it('the fixAll command applies the same edit through workspace/applyEdit', async () => {
    const c = await start();
    await c.open(uri, TEXT);
    const r = await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'bientap.server.fixAll', arguments: [uri] });
    expect(r).toEqual({ applied: true });
    expect(applyEdits(TEXT, editsFor(c.appliedEdits[0], uri))).toBe('Mở đầu xyz.\n\n  Đoạn hai ABC và xyz.\n');
  });

  it('the disable comments inserted by the actions silence the rule', async () => {
    const c = await start();
    await c.open(uri, TEXT);
    const ds = await pull(c, uri);
    const line = await actions(c, uri, [ds[1]]);
    const u2 = 'file:///tmp/bientap-inprocess/line.md';
    await c.open(u2, applyEdits(TEXT, editsFor(line.find((a) => a.title.includes('dòng này'))!.edit, uri)));
    expect((await pull(c, u2)).map((d) => d.range.start.line)).toEqual([0]);
    const u3 = 'file:///tmp/bientap-inprocess/file.md';
    await c.open(u3, applyEdits(TEXT, editsFor(line.find((a) => a.title.includes('cả tệp'))!.edit, uri)));
    expect(await pull(c, u3)).toEqual([]);
  });
});

describe('hover with findings', () => {
  it('shows message, correct form, why and the docs link; several findings are separated', async () => {
    const c = await start({ locale: 'en' });
    await c.open(uri, TEXT);
    const h = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 8 } });
    expect((h!.contents as MarkupContent).value).toBe(
      '**Found XYZ**\n\nCorrect form: `xyz`\n\nWhy: A test rule.\n\n[Rule documentation: test/probe](https://github.com/bientap/bientap/blob/main/docs/rules/test/probe.md)',
    );
    expect(h!.range).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 10 } });
    // an uncertain finding shows its first alternative as the correct form
    const h2 = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 12 } });
    expect((h2!.contents as MarkupContent).value).toContain('Correct form: `abc`');
  });
});

describe('settings with findings', () => {
  it('severities, rule switches, enable and message language apply at once', async () => {
    let settings: Record<string, unknown> = {};
    const c = await start({ settings: () => settings });
    await c.open(uri, TEXT);
    expect((await pull(c, uri)).map((d) => d.severity)).toEqual([2, 2, 2]);
    const change = async (s: Record<string, unknown>) => {
      settings = s;
      const before = c.refreshes;
      await c.changeConfiguration();
      await c.waitFor(() => c.refreshes > before, 2000, 'refresh');
    };
    await change({ rules: { 'test/probe': 'error' }, messageLanguage: 'en' });
    const ds = await pull(c, uri);
    expect(ds.map((d) => [d.severity, d.message])).toEqual([
      [1, 'Found XYZ'],
      [1, 'Maybe wrong: ABC'],
      [1, 'Found XYZ'],
    ]);
    await change({ rules: { 'test/*': 'hint' } });
    expect((await pull(c, uri)).map((d) => d.severity)).toEqual([4, 4, 4]);
    await change({ rules: { 'test/probe': 'off' } });
    expect(await pull(c, uri)).toEqual([]);
    await change({ enable: false });
    expect(await pull(c, uri)).toEqual([]);
    await change({ languages: ['plaintext'] });
    expect(await pull(c, uri)).toEqual([]);
    await change({});
    expect(await pull(c, uri)).toHaveLength(3);
  });

  it('the editor wins over .bientap.json, which wins over the defaults', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-inprocess-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, '.bientap.json'), '{ "language": "en", "vietnamese": "on" }');
    let settings: Record<string, unknown> = {};
    const c = await start({ rootDir: dir, settings: () => settings, locale: 'vi' });
    const file = pathToUri(path.join(dir, 'a.md'));
    await c.open(file, 'XYZ\n');
    expect((await pull(c, file))[0].message).toBe('Found XYZ');
    settings = { messageLanguage: 'vi' };
    await c.changeConfiguration();
    expect((await pull(c, file))[0].message).toBe('Thấy XYZ');
    // untitled drafts take the configuration of the first workspace folder
    settings = {};
    await c.changeConfiguration();
    await c.open('untitled:Untitled-1', 'XYZ\n');
    expect((await pull(c, 'untitled:Untitled-1'))[0].message).toBe('Found XYZ');
  });

  it('push clients get fresh diagnostics after a settings change', async () => {
    let settings: Record<string, unknown> = {};
    const c = await start({ capabilities: PUSH_CAPABILITIES, settings: () => settings });
    await c.open(uri, TEXT);
    expect((await c.nextPublished(uri, 0)).diagnostics).toHaveLength(3);
    settings = { rules: { 'test/probe': 'off' } };
    await c.changeConfiguration();
    expect((await c.nextPublished(uri, 1)).diagnostics).toEqual([]);
  });
});

describe('cancellation', () => {
  it('a cancelled document pull answers RequestCancelled without data, so VS Code pulls again', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const c = await start({ settings: () => gate.then(() => ({})) });
    await c.open(uri, TEXT);
    const source = new CancellationTokenSource();
    const pending = c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
    await c.waitFor(() => c.configurationRequests > 0, 2000, 'configuration request');
    source.cancel();
    release();
    const error = await pending.then(() => undefined, (e: { code: number; data?: unknown }) => e);
    expect(error).toMatchObject({ code: -32800 });
    expect(error!.data).toBeUndefined();
    // the next pull answers normally
    expect(await pull(c, uri)).toHaveLength(3);
  });
});

describe('pushed diagnostics of a slow document', () => {
  it('wait for a pause in typing as long as the last check took, so a burst is checked once', async () => {
    let checks = 0;
    const slow: Rule = {
      meta: { ...probe.meta, id: 'test/slow' },
      check() {
        checks++;
        const until = performance.now() + 40;
        while (performance.now() < until) {
          /* a 40 ms check */
        }
      },
    };
    const c = await startInProcess({ capabilities: NVIM07_CAPABILITIES, rules: [slow], debounceMs: 1000 });
    clients.push(c);
    const u = 'file:///tmp/bientap-inprocess/slow.md';
    await c.open(u, 'Một.\n');
    await c.nextPublished(u, 0);
    expect(checks).toBe(1);
    for (let i = 0; i < 5; i++) await c.change(u, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'a');
    await c.waitFor(() => c.lastPublished(u)?.version === 6, 3000, 'version 6');
    // five edits within a few milliseconds, each paragraph edit re-checked once at the end
    expect(c.published.get(u)!.map((p) => p.version)).toEqual([1, 6]);
    expect(checks).toBe(2);
  });
});

describe('clients other than VS Code', () => {
  it('Neovim-like: `text` buffers are checked (pushed), and a diagnostic sent back without source or data still gets its fix', async () => {
    const c = await startInProcess({ capabilities: NVIM07_CAPABILITIES, rules: RULES, debounceMs: 20 });
    clients.push(c);
    const u = 'file:///tmp/bientap-inprocess/notes.txt';
    await c.open(u, 'Ghi chú XYZ.\n', 'text');
    const { diagnostics } = await c.nextPublished(u, 0);
    expect(diagnostics.map((d) => d.message)).toEqual(['Thấy XYZ']);
    const bare = { range: diagnostics[0].range, message: diagnostics[0].message, code: diagnostics[0].code, severity: diagnostics[0].severity };
    const got = await actions(c, u, [bare]);
    expect(got[0]).toMatchObject({ title: 'Sửa thành "xyz"', isPreferred: true });
    expect(applyEdits('Ghi chú XYZ.\n', got[0].edit!.changes![u])).toBe('Ghi chú xyz.\n');
    // a diagnostic of another tool with the same code shape is left alone
    expect(await actions(c, u, [{ ...bare, source: 'other' }])).toEqual([]);
  });
});
