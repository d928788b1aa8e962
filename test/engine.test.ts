import { describe, expect, it } from 'vitest';
import { applyFixes, check } from '../server/src/engine/index.js';
import { analyzeStructure, limitNesting } from '../server/src/engine/structure.js';
import { LineIndex, NormalizedText } from '../server/src/engine/text.js';
import type { Rule } from '../server/src/engine/types.js';
import { lint, rangeOf, settingsOf, type RunOptions } from './helpers.js';

/** The probe texts are not Vietnamese; force checking on. */
function lintOn(text: string, options: RunOptions = {}) {
  return lint(text, { ...options, settings: { vietnamese: 'on', ...options.settings } });
}

/** A rule for testing the engine: flags every `XYZ` in prose and fixes it to `xyz`. */
const probe: Rule = {
  meta: {
    id: 'test/probe',
    description: { vi: 'thử', en: 'probe' },
    defaultSeverity: 'warning',
    fixable: true,
    tags: [],
    messages: { found: { vi: 'Thấy {what}', en: 'Found {what}' }, fix: { vi: 'Sửa', en: 'Fix' } },
  },
  check(ctx) {
    const re = /XYZ/g;
    let m;
    while ((m = re.exec(ctx.prose))) {
      ctx.report({ start: m.index, end: m.index + 3, messageId: 'found', data: { what: m[0] }, fixes: [{ title: 'fix', edits: [{ start: m.index, end: m.index + 3, text: 'xyz' }] }] });
    }
  },
};
const thrower: Rule = { meta: { ...probe.meta, id: 'test/thrower' }, check: () => { throw new Error('boom'); } };

describe('LineIndex', () => {
  it('maps offsets to LSP positions across LF, CRLF and CR', () => {
    const idx = new LineIndex('ab\r\ncd\nef\rg');
    expect(idx.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(idx.positionAt(4)).toEqual({ line: 1, character: 0 });
    expect(idx.positionAt(7)).toEqual({ line: 2, character: 0 });
    expect(idx.positionAt(10)).toEqual({ line: 3, character: 0 });
    expect(idx.offsetAt({ line: 1, character: 99 })).toBe(6);
  });
});

describe('NormalizedText', () => {
  it('maps NFD offsets back to the text as written', () => {
    const nfd = 'Nghị quyết XYZ'.normalize('NFD');
    const n = new NormalizedText(nfd);
    expect(n.text).toBe('Nghị quyết XYZ');
    const at = n.text.indexOf('XYZ');
    expect(nfd.slice(n.toOriginal(at), n.toOriginalEnd(at + 3))).toBe('XYZ');
  });
});

describe('check', () => {
  it('reports in LSP coordinates with messages in the chosen language', () => {
    const [d] = lintOn('a\r\n😀 XYZ', { rules: [probe] });
    expect(rangeOf(d)).toEqual([1, 3, 1, 6]);
    expect(d.message).toBe('Thấy XYZ');
    expect(d.source).toBe('XYZ');
    const [e] = lintOn('XYZ', { rules: [probe], settings: { language: 'en' } });
    expect(e.message).toBe('Found XYZ');
  });

  it('ranges and fixes stay in the NFD text as written', () => {
    const text = 'Tiếng Việt XYZ ở đây'.normalize('NFD');
    const [d] = lintOn(text, { rules: [probe] });
    const lines = new LineIndex(text);
    expect(text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end))).toBe('XYZ');
  });

  it('skips code, URLs, HTML and link targets in Markdown', () => {
    const md = ['`XYZ` and ```XYZ``` here', 'see https://x.vn/XYZ and a@XYZ.vn', '<span title="XYZ">ok</span>', '[XYZ](http://XYZ)', '', '```', 'XYZ', '```', '', '    XYZ indented'].join('\n');
    const found = lintOn(md, { rules: [probe] }).map(rangeOf);
    expect(found).toEqual([[3, 1, 3, 4]]);
  });

  it('masks front matter', () => {
    expect(lintOn('---\ntitle: XYZ\n---\n\nXYZ', { rules: [probe] }).map(rangeOf)).toEqual([[4, 0, 4, 3]]);
  });

  it('honours suppression comments', () => {
    const md = 'XYZ\n<!-- bientap-disable test/probe -->\nXYZ\n<!-- bientap-enable -->\n<!-- bientap-disable-next-line -->\nXYZ\nXYZ';
    expect(lintOn(md, { rules: [probe] }).map((d) => d.range.start.line)).toEqual([0, 6]);
  });

  it('turns a rule off or changes its severity from settings', () => {
    expect(lintOn('XYZ', { rules: [probe], settings: { rules: { 'test/probe': 'off' } } })).toEqual([]);
    expect(lintOn('XYZ', { rules: [probe], settings: { rules: { 'test/*': 'error' } } })[0].severity).toBe('error');
  });

  it('keeps going when a rule throws', () => {
    const r = check('XYZ', { kind: 'markdown', settings: settingsOf({ vietnamese: 'on' }), rules: [thrower, probe] });
    expect(r.failures.map((f) => f.rule)).toEqual(['test/thrower']);
    expect(r.diagnostics).toHaveLength(1);
  });

  it('does not flag accepted forms', () => {
    expect(lintOn('XYZ', { rules: [probe], settings: { accept: { 'test/probe': ['XYZ'] } } })).toEqual([]);
  });
});

describe('analyzeStructure', () => {
  it('treats the first line of a plain-text draft as its headline', () => {
    const s = analyzeStructure('Tiêu đề\nĐoạn một.\n\nĐoạn hai.', 'plaintext');
    expect(s.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });
  it('finds Markdown headings and strips their markers from prose', () => {
    const s = analyzeStructure('# Tiêu Đề\n\n- mục một', 'markdown');
    expect(s.blocks.map((b) => [b.kind, b.level])).toEqual([['heading', 1], ['paragraph', undefined]]);
    expect(s.prose).toBe('  Tiêu Đề\n\n  mục một');
  });
});

describe('Vietnamese only', () => {
  const vi = 'Ủy ban nhân dân tỉnh đã họp về việc XYZ của các sở, ngành.';
  const en = 'The committee of the province met about the XYZ issue with all of the departments.';
  it('checks Vietnamese prose and skips an English document', () => {
    expect(lint(vi, { rules: [probe] })).toHaveLength(1);
    expect(lint(en, { rules: [probe] })).toEqual([]);
  });
  it('skips English paragraphs and English quotes inside a Vietnamese draft', () => {
    const text = [vi, '', en, '', 'Ông nói: "The XYZ issue is on the table for this year" và đề nghị xử lý XYZ.'].join('\n');
    expect(lint(text, { rules: [probe] }).map(rangeOf)).toEqual([[0, 36, 0, 39], [4, 72, 4, 75]]);
  });
  it('can be forced on or off by a setting or per file', () => {
    expect(lint(en, { rules: [probe], settings: { vietnamese: 'on' } })).toHaveLength(1);
    expect(lint(vi, { rules: [probe], settings: { vietnamese: 'off' } })).toEqual([]);
    expect(lint(`<!-- bientap-vietnamese on -->\n${en}`, { rules: [probe] })).toHaveLength(1);
    expect(lint(`<!-- bientap-vietnamese off -->\n${vi}`, { rules: [probe] })).toEqual([]);
  });
});

describe('applyFixes', () => {
  const at = (line: number, a: number, b: number, newText: string) => ({ range: { start: { line, character: a }, end: { line, character: b } }, newText });
  it('applies touching edits and an insertion right after a replacement, refuses overlaps and two insertions at one point', () => {
    const r = applyFixes('abcdef', [
      { title: '1', isPreferred: true, edits: [at(0, 0, 2, 'AB')] },
      { title: '2', isPreferred: true, edits: [at(0, 2, 2, '+')] },
      { title: '3', isPreferred: true, edits: [at(0, 2, 2, '*')] },
      { title: '4', isPreferred: true, edits: [at(0, 1, 3, 'x')] },
      { title: '5', isPreferred: true, edits: [at(0, 2, 4, 'CD')] },
    ]);
    expect(r.text).toBe('AB+CDef');
    expect(r.applied).toBe(3);
  });
});

describe('limitNesting', () => {
  it('blanks container markers beyond depth 32 and keeps every offset', () => {
    const text = '- '.repeat(40) + 'x\n> > ok';
    const limited = limitNesting(text, [0, text.indexOf('\n') + 1]);
    expect(limited.length).toBe(text.length);
    expect(limited.slice(0, 64)).toBe('- '.repeat(32));
    expect(limited.slice(64, 80)).toBe(' '.repeat(16));
    expect(limited.slice(80)).toBe('x\n> > ok');
  });
});
