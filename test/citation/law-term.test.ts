import { describe, expect, it } from 'vitest';
import { lawTerm } from '../../server/src/rules/citation/law-term.js';
import { lint, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Luật Doanh nghiệp số 59/2020/QH13.';
const t2 = 'Luật số 12/2023/QH14 của Quốc hội.';
const t3 = 'Pháp lệnh số 02/2022/UBTVQH14.';
const t4 = 'Luật số 10/2011/QH11.';

ruleTester(lawTerm, {
  valid: [
    ...QUIET,
    'Luật số 59/2020/QH14, Luật số 80/2015/QH13, Luật số 64/2025/QH15, Luật số 17/2008/QH12.',
    // boundary years match either neighbour
    'Luật số 12/2016/QH13, Luật số 13/2016/QH14, Luật số 14/2021/QH14, Luật số 15/2021/QH15, Luật số 1/2026/QH16.',
    'Nghị quyết số 351/2017/UBTVQH14 và Nghị quyết 1663/NQ-UBTVQH15.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, 'QH13'), messageIncludes: 'khóa XIV', severity: 'warning' }] },
    { text: t2, errors: [{ range: span(t2, 'QH14'), messageIncludes: 'QH15' }] },
    { text: t3, errors: [{ range: span(t3, 'UBTVQH14') }] },
    { text: t4, errors: [{ range: span(t4, 'QH11') }] },
  ],
});

describe('citation/law-term fixes', () => {
  it('offers the fitting term(s) as non-preferred fixes', () => {
    const [d] = lint(t1, { rules: [lawTerm] });
    expect(d.fixes.map((f) => [f.isPreferred, f.edits[0].newText])).toEqual([[false, 'QH14']]);
    const [b] = lint(t4, { rules: [lawTerm] });
    expect(b.fixes.map((f) => f.edits[0].newText)).toEqual(['QH12', 'QH13']);
  });
});
