import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';
import { dateRules } from '../../server/src/rules/date/index.js';
import { NOT_DATES } from './util.js';

/**
 * Must stay quiet: with every date rule on and the style forced to words
 * (`long`), any number read as a date would be reported.
 */
describe('date rules stay quiet', () => {
  const extra = [
    'Sáng 15/1/2024 Bộ họp và đội nhà thắng 2-1.',
    'Kỷ niệm ngày Quốc khánh 2-9 và ngày Quốc tế Lao động 1-5, ngày Phụ nữ Việt Nam 20-10.',
    'Hà Nội, ngày 05 tháng 3 năm 2020',
  ];
  for (const text of [...NOT_DATES, ...extra]) {
    for (const style of ['long', 'slash'] as const) {
      it(`${style}: ${text}`, () => {
        const settings = { date: { style, leadingZero: false } };
        // the one real date of the first extra case is converted in the long style; nothing else may be reported
        const found = lint(text, { rules: dateRules, settings }).filter((d) => d.source !== '15/1/2024');
        expect(found.map((d) => `${d.rule}: ${d.source}`)).toEqual([]);
      });
    }
  }

  it('`từ ngày 27 đến 30-6` is one range: no error, and 30-6 converts as a day-month', () => {
    const text = 'Sáng 3/7, Ủy ban họp (từ ngày 27 đến 30-6).';
    const ds = lint(text, { rules: dateRules });
    expect(ds.map((d) => `${d.rule}: ${d.source}`)).toEqual(['date/style: 30-6']);
  });

  it('a slash day range in a slash draft', () => {
    expect(lint('Đại hội diễn ra từ 19-23/1; sáng 19/1 khai mạc.', { rules: dateRules })).toEqual([]);
  });
});

describe('adversarial input finishes', () => {
  const big = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
  for (const unit of ['1-1-', '1/1/', '1.1.', 'ngày ', 'ngày 1-1 ', 'ngày 1 tháng 1 ', 'tháng 1 năm ', 'thứ Hai, ', 'Nghị quyết số ', '1-5 ', '(1-1) ', 'ngày 29/2/2023 ', '2025-2021 ']) {
    it(JSON.stringify(unit), () => {
      const text = big(unit);
      const ds = lint(text, { rules: dateRules });
      expect(Array.isArray(ds)).toBe(true);
    });
  }
});
