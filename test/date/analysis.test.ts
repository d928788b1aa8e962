import { describe, expect, it } from 'vitest';
import { datesOf, NOT_DATES } from './util.js';

type Row = [text: string, found: string, expected: Partial<{ kind: string; form: string; day: number | null; month: number; year: number | null; leadingZero: boolean; inCitation: boolean; inHeader: boolean; holiday: boolean; gate: string }>];

/** Each form the analysis reads: the text, the date span as written, and what is recorded. */
const FORMS: Row[] = [
  ['Hội nghị diễn ra 15-1-2024 tại Hà Nội.', '15-1-2024', { kind: 'full', form: 'dash', day: 15, month: 1, year: 2024, leadingZero: false, gate: 'year' }],
  ['Hội nghị diễn ra 15/01/2024 tại Hà Nội.', '15/01/2024', { kind: 'full', form: 'slash', day: 15, month: 1, year: 2024, leadingZero: true }],
  ['Sáng 15.1.2024, hội nghị khai mạc.', '15.1.2024', { kind: 'full', form: 'dot', day: 15, month: 1, year: 2024, gate: 'strong' }],
  ['Ngày 15 tháng 1 năm 2024, hội nghị khai mạc.', '15 tháng 1 năm 2024', { kind: 'full', form: 'long', day: 15, month: 1, year: 2024 }],
  ['Hội nghị khai mạc ngày 05 tháng 01 năm 2024 tại đây.', '05 tháng 01 năm 2024', { kind: 'full', form: 'long', leadingZero: true }],
  ['Hội nghị khai mạc ngày 15 tháng 1 tại đây.', '15 tháng 1', { kind: 'day-month', form: 'long', day: 15, month: 1, year: null }],
  ['Hội nghị khai mạc ngày 15-1 tại đây.', '15-1', { kind: 'day-month', form: 'dash', day: 15, month: 1, year: null, gate: 'strong' }],
  ['Sáng 19/1, hội nghị khai mạc.', '19/1', { kind: 'day-month', form: 'slash', gate: 'strong' }],
  ['Chiều 12.4, hội nghị bế mạc.', '12.4', { kind: 'day-month', form: 'dot', gate: 'strong' }],
  ['Sáng nay (25-2), hội nghị khai mạc.', '25-2', { kind: 'day-month', form: 'dash', gate: 'strong' }],
  ['Hôm thứ Hai 19/1, đoàn lên đường.', '19/1', { kind: 'day-month', form: 'slash', gate: 'strong' }],
  ['Lớp học bắt đầu từ 5/3 tại trường.', '5/3', { kind: 'day-month', gate: 'weak' }],
  ['Báo cáo trong tháng 4-2024.', '4-2024', { kind: 'month-year', form: 'dash', day: null, month: 4, year: 2024, gate: 'month' }],
  ['Báo cáo trong tháng 4/2024.', '4/2024', { kind: 'month-year', form: 'slash' }],
  ['Báo cáo trong tháng 4.2024.', '4.2024', { kind: 'month-year', form: 'dot' }],
  ['Báo cáo trong tháng 4 năm 2024.', '4 năm 2024', { kind: 'month-year', form: 'long', month: 4, year: 2024 }],
  ['Báo cáo trong tháng 01/2024.', '01/2024', { kind: 'month-year', leadingZero: true }],
  ['Theo Nghị quyết số 58-NQ/TW ngày 5-8-2020 của Bộ Chính trị.', '5-8-2020', { inCitation: true }],
  ['Theo Nghị định số 30/2020/NĐ-CP, ngày 05/3/2020 của Chính phủ.', '05/3/2020', { inCitation: true, leadingZero: true }],
  ['Theo Quyết định 977/QĐ-TTg ngày 05 tháng 3 năm 2020.', '05 tháng 3 năm 2020', { inCitation: true, form: 'long' }],
  ['Theo Quyết định 977/QĐ-TTg, 5.3.2020.', '5.3.2020', { inCitation: true, form: 'dot', gate: 'citation' }],
  ['Sáng 5-8-2020, Bộ Chính trị họp.', '5-8-2020', { inCitation: false }],
  ['Hà Nội, ngày 05 tháng 3 năm 2020', '05 tháng 3 năm 2020', { inHeader: true }],
  ['**TP. Hồ Chí Minh, ngày 10 tháng 01 năm 2013**', '10 tháng 01 năm 2013', { inHeader: true }],
  ['Sáng nay, ngày 05 tháng 3 năm 2020', '05 tháng 3 năm 2020', { inHeader: false }],
  ['Kỷ niệm ngày 30-4, cả nước treo cờ.', '30-4', { holiday: true }],
  ['Sáng 30-4, đoàn đến Hà Nội.', '30-4', { holiday: false }],
  ['Nhân ngày 2-9, thành phố treo cờ.', '2-9', { holiday: true }],
  ['Nhân viên về quê ngày 2-9.', '2-9', { holiday: false }],
  ['Mừng ngày Quốc khánh, sáng 2-9 nhân dân xuống đường.', '2-9', { holiday: true }],
  ['Diễn ra từ 19-23/1 tại Hà Nội.', '23/1', { kind: 'day-month', form: 'slash', day: 23, month: 1 }],
  ['Từ ngày 27 đến 30-6, Ủy ban họp.', '30-6', { kind: 'day-month', form: 'dash', day: 30, month: 6 }],
  ['Khai mạc ngày 31/4 tại Hà Nội.', '31/4', { day: 31, month: 4 }],
  ['Khai mạc ngày 15/13/2024.', '15/13/2024', { month: 13 }],
];

describe('datesAnalysis: forms', () => {
  for (const [text, found, expected] of FORMS) {
    it(`${text}`, () => {
      const { dates } = datesOf(text);
      expect(dates.map((d) => text.slice(d.start, d.end))).toEqual([found]);
      const d = dates[0];
      const got = {
        kind: d.kind,
        form: d.form,
        day: d.day?.value ?? null,
        month: d.month.value,
        year: d.year?.value ?? null,
        leadingZero: d.leadingZero,
        inCitation: d.inCitation,
        inHeader: d.inHeader,
        holiday: d.holiday,
        gate: d.gate,
      };
      for (const [k, v] of Object.entries(expected)) expect(got[k as keyof typeof got], k).toBe(v);
    });
  }

  it('records the citation symbol and the word ngày', () => {
    const text = 'Nghị quyết 07-NQ/TU ngày 8-12-2022 của Ban Chấp hành.';
    const [d] = datesOf(text).dates;
    expect(d.symbol?.text).toBe('07-NQ/TU');
    expect(text.slice(d.ngay!.start, d.ngay!.end)).toBe('ngày');
  });

  it('finds several dates in order without overlap', () => {
    const text = 'Ngày 15 tháng 1 năm 2024 và tháng 4 năm 2024; sáng 16/1, chiều 17-1-2024, tháng 5/2024.';
    expect(datesOf(text).dates.map((d) => text.slice(d.start, d.end))).toEqual(['15 tháng 1 năm 2024', '4 năm 2024', '16/1', '17-1-2024', '5/2024']);
  });

  it('continues a list of day-months', () => {
    const text = 'Ngày 15/1, 16/1 và 17/1 đoàn làm việc; sáng 20-1 - 21-1 nghỉ.';
    expect(datesOf(text).dates.map((d) => text.slice(d.start, d.end))).toEqual(['15/1', '16/1', '17/1', '20-1', '21-1']);
    const other = 'Ngày 15/1, 3/4 số xã đã báo cáo; 16-1 và 5/6 không phải.';
    expect(datesOf(other).dates.map((d) => other.slice(d.start, d.end))).toEqual(['15/1']);
  });

  it('keeps two-digit years apart', () => {
    const r = datesOf('Khai mạc ngày 15/1/24 tại Hà Nội.');
    expect(r.dates).toEqual([]);
    expect(r.shortYearDates.map((d) => d.year!.text)).toEqual(['24']);
  });
});

describe('datesAnalysis: never a date', () => {
  for (const text of NOT_DATES) {
    it(text, () => {
      const r = datesOf(text);
      expect(r.dates.map((d) => text.slice(d.start, d.end))).toEqual([]);
      expect(r.shortYearDates).toEqual([]);
    });
  }
});

describe('datesAnalysis: dot dates joined as a range', () => {
  it('reads both ends of `30.4.1975 - 30.4.2025`', () => {
    const text = 'Kỷ niệm 50 năm Ngày giải phóng (30.4.1975 - 30.4.2025) tại tỉnh.';
    expect(datesOf(text).dates.map((d) => [text.slice(d.start, d.end), d.form, d.gate])).toEqual([
      ['30.4.1975', 'dot', 'year'],
      ['30.4.2025', 'dot', 'year'],
    ]);
  });
  it('but not version numbers', () => {
    expect(datesOf('Nâng cấp từ bản 1.2.2024-1.3.2024 ngay.').dates).toEqual([]);
  });
});
