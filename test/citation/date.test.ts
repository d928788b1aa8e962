import { describe, expect, it } from 'vitest';
import { citationDate } from '../../server/src/rules/citation/date.js';
import { lint, rangeOf, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Chỉ thị 05-CT/TW ngày 31-6-2020 của Bộ Chính trị.';
const t2 = 'Nghị quyết số 12-NQ/TU, ngày 29/2/2023.';
const t3 = 'Kết luận số 5-KL/TW ngày 15/13/2024.';
const t4 = 'Quyết định số 12/QĐ-UBND ngày 31 tháng 9 năm 2020.';
const t5 = 'Nghị định 30/2020/NĐ-CP ngày 5-3-2021 của Chính phủ.';
const t6 = 'Nghị quyết 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị. Sau đó, Nghị quyết số 57-NQ/TW ngày 23/12/2024 được quán triệt.';
const t7 = 'Nghị quyết 57-NQ/TW ngày 22/12/2024 và Nghị quyết số 57 – NQ/TƯ ngày 23-12-2024.';

/** Impossible dates belong to date/invalid; citation/date reports them only when that rule is off. */
const dateInvalidOff = { rules: { 'date/invalid': 'off' as const } };

ruleTester(citationDate, {
  valid: [
    // reported once, by date/invalid, while that rule is on
    t1,

    ...QUIET,
    'Nghị quyết 12-NQ/TU ngày 29/2/2024; Nghị định 30/2020/NĐ-CP ngày 05/3/2020.',
    // the same date in two forms is the same date
    'Nghị quyết 57-NQ/TW ngày 22-12-2024. Nghị quyết số 57-NQ/TW, ngày 22 tháng 12 năm 2024.',
    // a Party symbol has no year to compare
    'Kết luận số 118-KL/TW ngày 18/01/2025; Luật số 12/2016/QH13 ngày 6-4-2016.',
    // a date after the issuer phrase may be another event's date
    'Nghị quyết 57-NQ/TW ngày 22/12/2024. Nghị quyết 57-NQ/TW của Bộ Chính trị ngày 10/1/2025 được quán triệt.',
    // a date before the citation is not its date
    'Ngày 31/12/2021, Thủ tướng ký Quyết định số 265/QĐ-TTg.',
  ],
  invalid: [
    { text: t1, settings: dateInvalidOff, errors: [{ range: span(t1, '31-6-2020'), messageIncludes: 'không có ngày 31', severity: 'error' }] },
    { text: t2, settings: dateInvalidOff, errors: [{ range: span(t2, '29/2/2023'), severity: 'error' }] },
    { text: t3, settings: dateInvalidOff, errors: [{ range: span(t3, '15/13/2024'), messageIncludes: 'không có tháng 13' }] },
    { text: t4, settings: dateInvalidOff, errors: [{ range: span(t4, '31 tháng 9 năm 2020') }] },
    { text: t5, errors: [{ range: span(t5, '5-3-2021'), messageIncludes: '2020', severity: 'warning' }] },
    { text: t6, errors: [{ range: span(t6, '23/12/2024'), messageIncludes: 'ngày 22/12/2024', severity: 'warning' }] },
    { text: t7, errors: [{ range: span(t7, '23-12-2024') }] },
  ],
});

describe('citation/date related information', () => {
  it('points to the earlier citation and to the year in the number', () => {
    const [d] = lint(t6, { rules: [citationDate] });
    expect(d.related?.map((r) => [rangeOf({ ...d, range: r.range }), r.message])).toEqual([[span(t6, '22/12/2024'), 'Lần dẫn trước: ngày 22/12/2024']]);
    const [y] = lint(t5, { rules: [citationDate] });
    expect(y.related?.map((r) => rangeOf({ ...y, range: r.range }))).toEqual([span(t5, '2020')]);
  });
});
