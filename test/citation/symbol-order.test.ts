import { describe, expect, it } from 'vitest';
import { symbolOrder } from '../../server/src/rules/citation/symbol-order.js';
import { lint, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Theo Nghị quyết số 58/NQ-TW ngày 5-8-2020 của Bộ Chính trị.';
const t2 = 'Nghị quyết số 303-NQ/HĐND ngày 13-7-2022 của HĐND tỉnh.';
const t3 = 'Nghị quyết 03-NQ/CP về phiên họp thường kỳ.';
const t4 = 'Kết luận 21/KL-TW, Chỉ thị 05/CT-TW và Hướng dẫn 36/HD-VPTW.';
const t5 = 'Quy định 66/QĐ/TW và Nghị quyết số 07/NQ-TU.';
const t6 = 'Nghị định 30/2020-NĐ-CP và Nghị định 30/2020/NĐ/CP.';
const t7 = 'Luật số 59/2020-QH14.';
const t8 = 'Nghị quyết 58 / nq-tw đã nêu.';
const t9 = 'Như 58/NQ-TW đã xác định.';
const t10 = 'Quyết định số 123/UBND-QĐ ngày 5-3-2024.';
const t11 = 'Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN.';

ruleTester(symbolOrder, {
  valid: [
    ...QUIET,
    'Nghị quyết 57-NQ/TW, Nghị quyết 303/NQ-HĐND, Nghị định 30/2020/NĐ-CP, Quyết định 977/QĐ-TTg.',
    'Nghị quyết số 57/2024/NQ-TW (năm trong ký hiệu: việc của citation/year-required).',
    'Công văn số 123/UBND-VX của UBND tỉnh.',
    'Số: 123/UBND-QĐ',
    // State documents before 2000 keep their own shapes
    'Quyết định số 217-QĐ/UB ngày 5-3-1985 và Nghị định 64-CP ngày 17-9-1993.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, '58/NQ-TW'), messageIncludes: '"58-NQ/TW"', severity: 'error' }], output: t1.replace('58/NQ-TW', '58-NQ/TW') },
    { text: t2, errors: [{ range: span(t2, '303-NQ/HĐND'), messageIncludes: '"303/NQ-HĐND"' }], output: t2.replace('303-NQ/HĐND', '303/NQ-HĐND') },
    { text: t3, errors: [{ range: span(t3, '03-NQ/CP') }], output: t3.replace('03-NQ/CP', '03/NQ-CP') },
    {
      text: t4,
      errors: [{ range: span(t4, '21/KL-TW') }, { range: span(t4, '05/CT-TW') }, { range: span(t4, '36/HD-VPTW') }],
      output: 'Kết luận 21-KL/TW, Chỉ thị 05-CT/TW và Hướng dẫn 36-HD/VPTW.',
    },
    { text: t5, errors: [{ range: span(t5, '66/QĐ/TW') }, { range: span(t5, '07/NQ-TU') }], output: 'Quy định 66-QĐ/TW và Nghị quyết số 07-NQ/TU.' },
    {
      text: t6,
      errors: [{ range: span(t6, '30/2020-NĐ-CP'), messageIncludes: 'số/năm/loại-cơ quan' }, { range: span(t6, '30/2020/NĐ/CP') }],
      output: 'Nghị định 30/2020/NĐ-CP và Nghị định 30/2020/NĐ-CP.',
    },
    { text: t7, errors: [{ range: span(t7, '59/2020-QH14'), messageIncludes: 'QH khóa' }], output: 'Luật số 59/2020/QH14.' },
    // order and characters together: one report, one fix for everything
    { text: t8, errors: [{ range: span(t8, '58 / nq-tw') }], output: 'Nghị quyết 58-NQ/TW đã nêu.' },
    { text: t9, errors: [{ range: span(t9, '58/NQ-TW') }], output: 'Như 58-NQ/TW đã xác định.' },
    // MEDIUM: type and issuer swapped — suggested, not applied
    { text: t10, errors: [{ range: span(t10, '123/UBND-QĐ'), messageIncludes: '"123/QĐ-UBND"' }] },
    // an issuer code also used by universities, and an old code: suggested only, as a warning
    (() => {
      const text = 'Quyết định số 123/QĐ-ĐH và Quyết định số 12-QĐ/UB.';
      return { text, errors: [{ range: span(text, '123/QĐ-ĐH'), severity: 'warning' as const }, { range: span(text, '12-QĐ/UB'), severity: 'warning' as const }] };
    })(),
    // MEDIUM: joint symbol with a mass organization (§1.13 #30)
    { text: t11, errors: [{ range: span(t11, '19/2008/NQLT/CP-UBTUMTTQVN'), messageIncludes: '19/2008/NQLT-CP-UBTUMTTQVN' }] },
  ],
});

describe('citation/symbol-order fixes', () => {
  it('offers the swapped order only as a non-preferred fix', () => {
    const [d] = lint(t10, { rules: [symbolOrder] });
    expect(d.fixes).toHaveLength(1);
    expect(d.fixes[0].isPreferred).toBe(false);
    expect(d.fixes[0].edits[0].newText).toBe('QĐ-UBND');
  });
  it('reports in English', () => {
    const [d] = lint(t1, { rules: [symbolOrder], settings: { language: 'en' } });
    expect(d.message).toBe('A Party document symbol is written number-TYPE/ISSUER: "58-NQ/TW", not "58/NQ-TW".');
  });
});
