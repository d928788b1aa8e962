import { describe, expect, it } from 'vitest';
import { yearRequired } from '../../server/src/rules/citation/year-required.js';
import { lint, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Nghị định số 30/NĐ-CP ngày 5-3-2020 của Chính phủ.';
const t2 = 'Nghị định số 30/NĐ-CP của Chính phủ.';
const t3 = 'Thông tư 01/TT-BNV hướng dẫn.';
const t4 = 'Nghị định số 30/NĐ-CP ngày 5 tháng 3 năm 2020.';
const t5 = 'Nghị quyết số 57/2024/NQ-TW của Bộ Chính trị.';
const t6 = 'Nghị quyết 57-NQ/TW/2024 của Bộ Chính trị.';
const t7 = 'Luật số 59/2020/L-QH14 và Nghị quyết số 43/2022/NQ-QH15.';
const t8 = 'Luật số 59/QH14.';

ruleTester(yearRequired, {
  valid: [
    ...QUIET,
    'Quyết định số 977/QĐ-TTg và Quyết định số 18/2020/QĐ-TTg (cá biệt và quy phạm: không xét).',
    'Nghị quyết số 226/NQ-CP, Nghị quyết 303/NQ-HĐND, Chỉ thị số 05/CT-TTg.',
    'Thông tri số 25/TT-MTTW-BTT, Thông tư số 25/TT-MTTW-BTT.',
    'Nghị định 30, Nghị định 64-CP, Nghị định số 12/NĐ-CP ngày 5-3-1995.',
    'Luật Đất đai số 31/2024/QH15, Pháp lệnh số 02/2022/UBTVQH15, Nghị quyết 1663/NQ-UBTVQH15.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, '30/NĐ-CP'), messageIncludes: '"30/2020/NĐ-CP"', severity: 'warning' }], output: t1.replace('30/NĐ-CP', '30/2020/NĐ-CP') },
    { text: t2, errors: [{ range: span(t2, '30/NĐ-CP'), messageIncludes: 'thiếu năm' }] },
    { text: t3, errors: [{ range: span(t3, '01/TT-BNV') }] },
    { text: t4, errors: [{ range: span(t4, '30/NĐ-CP') }], output: t4.replace('30/NĐ-CP', '30/2020/NĐ-CP') },
    { text: t5, errors: [{ range: span(t5, '57/2024/NQ-TW'), messageIncludes: '"57-NQ/TW"', severity: 'error' }] },
    { text: t6, errors: [{ range: span(t6, '57-NQ/TW/2024'), severity: 'error' }] },
    { text: t7, errors: [{ range: span(t7, '59/2020/L-QH14'), messageIncludes: '"59/2020/QH14"' }, { range: span(t7, '43/2022/NQ-QH15'), messageIncludes: '"43/2022/QH15"' }] },
    { text: t8, errors: [{ range: span(t8, '59/QH14') }] },
  ],
});

describe('citation/year-required fixes', () => {
  it('suggests removing the year of a Party symbol and the type code of a law, without applying it', () => {
    const [d] = lint(t5, { rules: [yearRequired] });
    expect(d.fixes.map((f) => [f.isPreferred, f.edits[0].newText])).toEqual([[false, '57-NQ/TW']]);
    const [l] = lint(t7, { rules: [yearRequired] });
    expect(l.fixes.map((f) => [f.isPreferred, f.edits[0].newText])).toEqual([[false, '']]);
  });
});
