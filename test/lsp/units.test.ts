/** Unit tests of the server's pure modules (settings, suppression edits, hover text). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../server/src/engine/types.js';
import { DocsLinks } from '../../server/src/lsp/convert.js';
import { correctedForm, hoverMarkdown } from '../../server/src/lsp/hover.js';
import { chooseMessageLanguage, effectiveSettings, parseEditorSettings } from '../../server/src/lsp/settings.js';
import { disableFileEdits, disableLineEdits, documentEol } from '../../server/src/lsp/suppress.js';
import { kindWanted } from '../../server/src/lsp/codeActions.js';
import { applyEdits } from './harness.js';

describe('editor settings', () => {
  it('reads nested and flat keys, ignoring ill-typed values', () => {
    const s = parseEditorSettings({ enable: false, languages: ['markdown', 3], 'date.style': 'long', tone: { style: 'new' }, capitalization: { profile: 'nope' }, rules: { 'date/*': 'off', 'Bad Key': 'error', 'x/y': 'loud' }, maxFileSize: -1, messageLanguage: 'en' });
    expect(s.enable).toBe(false);
    expect(s.languages).toEqual(['markdown']);
    expect(s.maxFileSize).toBe(5 * 1024 * 1024);
    expect(s.messageLanguage).toBe('en');
    expect(s.overrides).toEqual({ date: { style: 'long' }, tone: { style: 'new' }, rules: { 'date/*': 'off' } });
    expect(parseEditorSettings(null).overrides).toEqual({});
    expect(parseEditorSettings({ date: { leadingZero: false } }).overrides).toEqual({ date: { leadingZero: false } });
  });

  it('puts the editor over .bientap.json, key by key', () => {
    const editor = parseEditorSettings({ 'date.style': 'dash', rules: { 'date/style': 'error' } });
    const s = effectiveSettings(editor, { date: { style: 'slash', leadingZero: true }, rules: { 'date/style': 'off', 'tone/*': 'hint' }, language: 'en' }, 'vi');
    expect(s.date).toEqual({ style: 'dash', leadingZero: true });
    expect(s.rules).toEqual({ 'date/style': 'error', 'tone/*': 'hint' });
    expect(s.language).toBe('en'); // unset in the editor: .bientap.json decides
  });

  it('chooses the message language', () => {
    expect(chooseMessageLanguage('en', 'vi', 'vi')).toBe('en');
    expect(chooseMessageLanguage('auto', 'vi', 'en-GB')).toBe('en');
    expect(chooseMessageLanguage('auto', undefined, undefined)).toBe('vi');
    expect(chooseMessageLanguage(undefined, undefined, 'en')).toBe('en');
    expect(chooseMessageLanguage(undefined, undefined, undefined)).toBe('vi');
  });
});

describe('suppression edits', () => {
  const R = 'date/style';
  it('finds the document line break', () => {
    expect(documentEol('a\r\nb')).toBe('\r\n');
    expect(documentEol('a\nb\r\n')).toBe('\n');
    expect(documentEol('a')).toBe('\n');
  });
  it('disable-next-line keeps indentation (spaces, tabs, block quotes are not indentation)', () => {
    expect(applyEdits('a\n    b\n', disableLineEdits('a\n    b\n', 1, R))).toBe(`a\n    <!-- bientap-disable-next-line ${R} -->\n    b\n`);
    expect(applyEdits('> a\n', disableLineEdits('> a\n', 0, R))).toBe(`<!-- bientap-disable-next-line ${R} -->\n> a\n`);
  });
  it('disable-next-line on a line past the end clamps to the last line', () => {
    expect(applyEdits('a\nb', disableLineEdits('a\nb', 9, R))).toBe(`a\n<!-- bientap-disable-next-line ${R} -->\nb`);
  });
  it('does not add a rule twice to a comment', () => {
    const text = `<!-- bientap-disable-next-line ${R} -->\nx\n`;
    expect(disableLineEdits(text, 1, R)).toEqual([]);
    expect(disableFileEdits(`<!-- bientap-disable ${R} -->\nx`, R)).toEqual([]);
  });
  it('disable for the file after a BOM and after TOML front matter', () => {
    expect(applyEdits('\ufeffa\n', disableFileEdits('\ufeffa\n', R))).toBe(`\ufeff<!-- bientap-disable ${R} -->\na\n`);
    expect(applyEdits('+++\nx = 1\n+++\nb\n', disableFileEdits('+++\nx = 1\n+++\nb\n', R))).toBe(`+++\nx = 1\n+++\n<!-- bientap-disable ${R} -->\nb\n`);
    // an unclosed front matter is not front matter
    expect(applyEdits('---\nb\n', disableFileEdits('---\nb\n', R))).toBe(`<!-- bientap-disable ${R} -->\n---\nb\n`);
  });
});

describe('hover text', () => {
  const text = 'Theo Nghị quyết số 57/NQ-TW.';
  const range = { start: { line: 0, character: 19 }, end: { line: 0, character: 27 } };
  const d: Diagnostic = {
    rule: 'citation/symbol-order',
    severity: 'error',
    message: 'Viết "57-NQ/TW"',
    range,
    source: '57/NQ-TW',
    fixes: [{ title: 'Sửa', isPreferred: true, edits: [{ range: { start: { line: 0, character: 21 }, end: { line: 0, character: 22 } }, newText: '-' }, { range: { start: { line: 0, character: 24 }, end: { line: 0, character: 25 } }, newText: '/' }] }],
    explanation: 'Ký hiệu của Đảng: số-loại/cơ quan.',
    docs: 'https://example.invalid/docs/rules/citation/symbol-order.md',
  };
  it('shows the whole corrected span even when the fix edits only part of it', () => {
    expect(correctedForm(text, d, d.fixes[0])).toBe('57-NQ/TW');
    expect(correctedForm(text, d, undefined)).toBeUndefined();
  });
  it('renders message, correct form, why and docs link', () => {
    expect(hoverMarkdown(text, [d], 'vi', new DocsLinks(undefined))).toBe(
      '**Viết "57-NQ/TW"**\n\nCách viết đúng: `57-NQ/TW`\n\nLý do: Ký hiệu của Đảng: số-loại/cơ quan.\n\n[Tài liệu quy tắc: citation/symbol-order](https://example.invalid/docs/rules/citation/symbol-order.md)',
    );
    expect(hoverMarkdown(text, [{ ...d, fixes: [] }], 'en', new DocsLinks(undefined))).not.toContain('Correct form');
  });
});

describe('code action kinds', () => {
  it('matches `only` by prefix', () => {
    expect(kindWanted('source.fixAll.bientap', ['source'])).toBe(true);
    expect(kindWanted('source.fixAll.bientap', ['source.fixAll'])).toBe(true);
    expect(kindWanted('source.fixAll.bientap', ['quickfix'])).toBe(false);
    expect(kindWanted('quickfix', undefined)).toBe(true);
    expect(kindWanted('source.fixAllX', ['source.fixAll'])).toBe(false);
  });
});

describe('docs links', () => {
  it('links to docs/rules/<id>.md beside dist/ when shipped, else to the engine URL', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bientap-docs-'));
    try {
      fs.mkdirSync(path.join(root, 'dist'));
      fs.mkdirSync(path.join(root, 'docs/rules/citation'), { recursive: true });
      fs.writeFileSync(path.join(root, 'docs/rules/citation/symbol-order.md'), '# citation/symbol-order\n');
      const links = DocsLinks.beside(path.join(root, 'dist'));
      expect(links.href('citation/symbol-order', 'https://x/y.md')).toBe(`file://${path.join(root, 'docs/rules/citation/symbol-order.md')}`);
      expect(links.href('date/style', 'https://x/date/style.md')).toBe('https://x/date/style.md');
      expect(DocsLinks.beside(path.join(root, 'elsewhere', 'dist')).href('citation/symbol-order', 'https://x/y.md')).toBe('https://x/y.md');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
