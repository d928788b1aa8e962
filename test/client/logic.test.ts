import { describe, expect, it } from 'vitest';
import { countProblems, documentSelector, explicitSettings, needsRestart, rulePickItems, statusText, uiLanguage, type Inspected } from '../../client/src/logic.js';

describe('documentSelector', () => {
  it('defaults to Markdown and plain text, on disk and untitled', () => {
    const expected = [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ];
    expect(documentSelector(undefined)).toEqual(expected);
    expect(documentSelector([])).toEqual(expected);
    expect(documentSelector('markdown')).toEqual(expected);
    expect(documentSelector([' ', 3])).toEqual(expected);
  });

  it('follows bientap.languages, without duplicates', () => {
    expect(documentSelector(['markdown', 'markdown', ' asciidoc '])).toEqual([
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'asciidoc', scheme: 'file' },
      { language: 'asciidoc', scheme: 'untitled' },
    ]);
  });
});

describe('explicitSettings', () => {
  const table: Record<string, Inspected> = {
    enable: { defaultValue: true },
    languages: { defaultValue: ['markdown', 'plaintext'], workspaceValue: ['markdown'] },
    maxFileSize: { defaultValue: 5242880 },
    messageLanguage: { defaultValue: 'auto' },
    'date.style': { defaultValue: 'auto', globalValue: 'slash', workspaceValue: 'dash' },
    'date.leadingZero': { defaultValue: 'auto', workspaceFolderValue: false, globalValue: true },
    'tone.style': { defaultValue: 'auto' },
    'capitalization.profile': { defaultValue: 'official', globalValue: 'press' },
    rules: { defaultValue: {}, globalValue: { 'date/*': 'off' } },
  };
  it('sends only what the user set for keys .bientap.json also has; editor-only keys always', () => {
    expect(explicitSettings((k) => table[k])).toEqual({
      enable: true,
      languages: ['markdown'],
      maxFileSize: 5242880,
      'date.style': 'dash',
      'date.leadingZero': false,
      'capitalization.profile': 'press',
      rules: { 'date/*': 'off' },
    });
  });
  it('copes with unknown keys', () => {
    expect(explicitSettings(() => undefined)).toEqual({});
  });
});

describe('small helpers', () => {
  it('counts only Bientap problems', () => {
    expect(countProblems([{ source: 'bientap' }, { source: 'cspell' }, {}, { source: 'bientap' }])).toBe(2);
    expect(countProblems([])).toBe(0);
  });

  it('chooses the UI language from the setting, else the display language', () => {
    expect(uiLanguage('en', 'vi')).toBe('en');
    expect(uiLanguage('vi', 'en')).toBe('vi');
    expect(uiLanguage('auto', 'vi')).toBe('vi');
    expect(uiLanguage(undefined, 'vi-VN')).toBe('vi');
    expect(uiLanguage('auto', 'en-US')).toBe('en');
    expect(uiLanguage(undefined, undefined)).toBe('en');
  });

  it('writes the status bar text', () => {
    expect(statusText(0, 'vi')).toBe('$(check) Bientap: không có lỗi');
    expect(statusText(1, 'en')).toBe('$(warning) Bientap: 1 problem');
    expect(statusText(7, 'vi')).toBe('$(warning) Bientap: 7 lỗi');
  });

  it('restarts only for a change of languages', () => {
    expect(needsRestart((s) => s === 'bientap.languages')).toBe(true);
    expect(needsRestart((s) => s === 'bientap.date.style')).toBe(false);
  });

  it('lists rules for the docs quick pick, sorted, in the UI language', () => {
    const rules = [
      { id: 'date/style', description: { vi: 'Kiểu ngày', en: 'Date style' }, defaultSeverity: 'warning', fixable: true, docs: 'file:///d/date/style.md' },
      { id: 'citation/symbol-order', description: { vi: 'Thứ tự', en: 'Order' }, defaultSeverity: 'error', fixable: false, docs: 'https://x/citation/symbol-order.md' },
    ];
    expect(rulePickItems(rules, 'en')).toEqual([
      { label: 'citation/symbol-order', description: 'error', detail: 'Order', docs: 'https://x/citation/symbol-order.md' },
      { label: 'date/style', description: 'warning · fixable', detail: 'Date style', docs: 'file:///d/date/style.md' },
    ]);
    expect(rulePickItems(rules, 'vi')[1].description).toBe('warning · sửa được');
  });
});
