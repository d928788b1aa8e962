import { describe, expect, it } from 'vitest';
import { findCitations, type Citation } from '../../server/src/rules/citation/analysis.js';

const slice = (text: string, s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);

function summary(text: string, c: Citation) {
  return {
    typeWord: slice(text, c.typeWord),
    numberWord: slice(text, c.numberWord),
    number: c.number.text,
    symbol: slice(text, c.symbol),
    family: c.symbol?.family,
    typeCode: c.symbol?.typeCode,
    issuers: c.symbol?.issuers,
    year: c.symbol?.year?.norm,
    date: c.date && [c.date.day, c.date.month, c.date.year, slice(text, { start: c.date.dateStart, end: c.date.end })],
    issuer: slice(text, c.issuer),
    standalone: c.standalone,
  };
}

describe('citationsAnalysis', () => {
  it('parses a Party citation with comma, date and issuer', () => {
    const text = 'Thực hiện Nghị quyết số 58-NQ/TW, ngày 5-8-2020 của Bộ Chính trị (khóa XII) về xây dựng tỉnh.';
    expect(findCitations(text).map((c) => summary(text, c))).toEqual([
      {
        typeWord: 'Nghị quyết',
        numberWord: 'số',
        number: '58',
        symbol: '58-NQ/TW',
        family: 'party',
        typeCode: 'NQ',
        issuers: ['TW'],
        year: undefined,
        date: [5, 8, 2020, '5-8-2020'],
        issuer: 'Bộ Chính trị',
        standalone: false,
      },
    ]);
  });

  it('parses State citations with each date form', () => {
    const text = 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; Quyết định 977/QĐ-TTg ngày 7 tháng 7 năm 2020 của Thủ tướng Chính phủ; Luật số 59/2020/QH14.';
    const s = findCitations(text).map((c) => summary(text, c));
    expect(s.map((x) => [x.symbol, x.family, x.typeCode, x.issuers, x.year, x.date?.[3], x.issuer])).toEqual([
      ['30/2020/NĐ-CP', 'state', 'NĐ', ['CP'], '2020', '05/3/2020', undefined],
      ['977/QĐ-TTg', 'state', 'QĐ', ['TTg'], undefined, '7 tháng 7 năm 2020', 'Thủ tướng Chính phủ'],
      ['59/2020/QH14', 'state', undefined, ['QH14'], '2020', undefined, undefined],
    ]);
    expect(findCitations(text)[2].symbol?.term).toMatchObject({ body: 'QH', term: 14 });
    expect(findCitations(text).map((c) => c.symbol?.kind)).toEqual(['normative', 'admin', 'law']);
    expect(findCitations('Nghị quyết 1663/NQ-UBTVQH15 và Nghị quyết 57-NQ/TW.').map((c) => c.symbol?.kind)).toEqual(['admin', 'party']);
  });

  it('reads malformed symbols tolerantly and corrects them in canonical', () => {
    const text = 'Chỉ thị số 05 – CT/tư và Nghị định 30_2020_ND-CP và NGHỊ QUYẾT SỐ 58/NQ-TW.';
    const cs = findCitations(text);
    expect(cs.map((c) => [slice(text, c.symbol), c.symbol?.canonical ?? c.symbol?.normalized])).toEqual([
      ['05 – CT/tư', '05-CT/TW'],
      ['30_2020_ND-CP', '30/2020/NĐ-CP'],
      ['58/NQ-TW', '58-NQ/TW'],
    ]);
    expect(cs[2].symbol?.orderWrong).toBe(true);
    expect(cs[1].symbol?.urlForm).toBe(true);
  });

  it('reads a date that follows the issuer', () => {
    const text = 'Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024 về đột phá.';
    const [c] = findCitations(text);
    expect([c.issuer?.text, c.date && [c.date.day, c.date.month, c.date.year], text.slice(c.start, c.end)]).toEqual([
      'Bộ Chính trị',
      [22, 12, 2024],
      'Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024',
    ]);
  });

  it('finds standalone symbols only when clearly symbols', () => {
    const text = 'Theo 57-NQ/TW và 30/2020/NĐ-CP, nhưng không phải 12/3A, 100/TTg hay 2020-2025.';
    expect(findCitations(text).map((c) => [slice(text, c.symbol), c.standalone])).toEqual([
      ['57-NQ/TW', true],
      ['30/2020/NĐ-CP', true],
    ]);
  });

  it('records number-only press short forms without a symbol', () => {
    const text = 'Nghị quyết 57 và Nghị định số 30 đã đi vào cuộc sống; kỷ luật 429 trường hợp.';
    expect(findCitations(text).map((c) => [c.typeWord?.text, c.number.text, c.symbol])).toEqual([
      ['Nghị quyết', '57', undefined],
      ['Nghị định', '30', undefined],
    ]);
  });

  it('marks the colon after số and mass-organization symbols', () => {
    const text = 'Quyết định số: 367-QĐ/TWĐTN-VP.';
    const [c] = findCitations(text);
    expect(slice(text, c.numberWord?.colon)).toBe(':');
    expect(c.symbol?.family).toBe('mass');
  });
});
