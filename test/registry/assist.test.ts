import { describe, expect, it } from 'vitest';
import { completionsAt, describeCitationAt, draftDateForm, expansionsAt } from '../../server/src/registry/assist.js';
import { settingsOf } from '../helpers.js';

const settings = settingsOf();

function apply(text: string, e: { start: number; end: number; newText: string }): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('hover on a recognised citation', () => {
  it('shows the record: type, symbol, date, issuer, term and subject', () => {
    const text = 'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị.';
    const hit = describeCitationAt(text, text.indexOf('57-NQ') + 2, settings)!;
    expect(hit.markdown).toContain('**Nghị quyết số 57-NQ/TW**');
    expect(hit.markdown).toContain('22/12/2024');
    expect(hit.markdown).toContain('Bộ Chính trị');
    expect(hit.markdown).toContain('XIII');
    expect(text.slice(hit.start, hit.end)).toContain('57-NQ/TW');
    expect(describeCitationAt(text, 2, settings)).toBeUndefined();
  });
  it('describes in English when messages are in English', () => {
    const text = 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.';
    expect(describeCitationAt(text, 20, settingsOf({ language: 'en' }))!.markdown).toContain('- Issuer: Chính phủ');
  });
});

describe('expand a bare or partial citation', () => {
  it('expands "Nghị quyết 57-NQ/TW" to the full citation in the draft\'s date style', () => {
    const text = 'Sáng 3-1-2025, tỉnh quán triệt Nghị quyết 57-NQ/TW tới cán bộ.';
    const [e, ...rest] = expansionsAt(text, text.indexOf('57-NQ'), settings);
    expect(rest).toEqual([]);
    expect(apply(text, e)).toBe('Sáng 3-1-2025, tỉnh quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị tới cán bộ.');
  });
  it('expands the shorthand "NQ 57" and follows a slash house style', () => {
    const text = 'Ngày 3/1/2025, tỉnh quán triệt NQ 57 tới cán bộ.';
    const [e] = expansionsAt(text, text.indexOf('NQ 57') + 1, settings);
    expect(apply(text, e)).toBe('Ngày 3/1/2025, tỉnh quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị tới cán bộ.');
  });
  it('offers one expansion per record when a number names documents of several terms', () => {
    const text = 'Tiếp tục thực hiện Nghị quyết 18 về tinh gọn bộ máy.';
    const found = expansionsAt(text, text.indexOf('18'), settings).map((e) => e.newText);
    expect(found).toEqual(expect.arrayContaining(['Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương']));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
  it('offers nothing for a full citation or an unknown document', () => {
    const full = 'Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị.';
    expect(expansionsAt(full, 20, settings)).toEqual([]);
    expect(expansionsAt('Nghị quyết 9999 của tỉnh.', 12, settings)).toEqual([]);
    expect(expansionsAt(full, 20, settingsOf({ registry: { enabled: false } }))).toEqual([]);
  });
});

describe('completion after a type word', () => {
  it('offers records whose number starts with what was typed', () => {
    const text = 'Quán triệt Nghị quyết số 5';
    const items = completionsAt(text, text.length, settings);
    expect(items.map((i) => i.label)).toContain('57-NQ/TW');
    const i57 = items.find((i) => i.label === '57-NQ/TW')!;
    expect(i57.start).toBe(text.length - 1);
    expect(i57.insertText).toBe('57-NQ/TW ngày 22-12-2024 của Bộ Chính trị');
    expect(items.every((i) => /^5/.test(i.label) || /^0?5/.test(i.label))).toBe(true);
  });
  it('offers nothing elsewhere', () => {
    expect(completionsAt('Năm 2024 có 5', 13, settings)).toEqual([]);
  });
});

describe('draft date form', () => {
  it('follows the setting, else the majority', () => {
    expect(draftDateForm('ngày 1/2/2024 và 3/4/2024, ngày 5-6-2024', settings)).toBe('slash');
    expect(draftDateForm('ngày 1/2/2024', settingsOf({ date: { style: 'dot' } }))).toBe('dot');
    expect(draftDateForm('không có ngày', settings)).toBe('dash');
  });
});
