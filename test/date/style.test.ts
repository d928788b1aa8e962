import { describe, expect, it } from 'vitest';
import { fix, lint, rangeOf, ruleTester } from '../helpers.js';
import { dateStyle } from '../../server/src/rules/date/style.js';
import { dateRules } from '../../server/src/rules/date/index.js';
import { at } from './util.js';

type S = { style?: 'auto' | 'dash' | 'slash' | 'dot' | 'long'; leadingZero?: boolean | 'auto' };
const s = (date: S) => ({ date });

/** One stray date: its range and the text after fix-all. */
const one = (text: string, needle: string, output: string, settings?: S, messageIncludes?: string) => ({
  text,
  errors: [{ range: at(text, needle), messageIncludes, severity: 'warning' as const }],
  output,
  settings: settings ? s(settings) : undefined,
});

ruleTester(dateStyle, {
  valid: [
    // one style per draft
    'Sáng 8/2, hội nghị khai mạc. Ngày 9/2/2024, hội nghị bế mạc. Báo cáo tháng 3/2024.',
    'Ngày 3-7, tại Hà Nội, sau bốn ngày làm việc (từ ngày 27 đến 30-6), Ủy ban họp. Ngày 15-1-2024 họp tiếp.',
    'Chiều 21.4, hội nghị họp; sáng 22.4 bế mạc; báo cáo trước ngày 5.5.',
    'Ngày 15 tháng 1 năm 2024 khai mạc, ngày 16 tháng 1 bế mạc, báo cáo tháng 4 năm 2024.',
    // citations keep the zero copied from the header (auto)
    'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, sáng 6/3/2020 Bộ đã họp, chiều 7/3 họp tiếp.',
    'Theo Kết luận số 118-KL/TW ngày 18/01/2025 và Quyết định 3617/QĐ-UBND ngày 04/11/2022.',
    // a citation written without zeros in a padded draft is not touched either
    'Ngày 05/01/2024 và ngày 06/01/2024 họp; theo Quyết định 977/QĐ-TTg ngày 5/3/2020.',
    // header date lines follow ND 30 and are never converted
    'Hà Nội, ngày 05 tháng 3 năm 2020\n\nSáng 6/3/2020, Bộ họp. Chiều 7/3/2020, Bộ họp tiếp.',
    { text: 'Hà Nội, ngày 05 tháng 3 năm 2020\n\nSáng 6/3/2020, Bộ họp.', settings: s({ style: 'slash', leadingZero: false }) },
    // holidays are fixed names
    'Sáng 29/4/2025, nhân dịp kỷ niệm ngày 30-4, đoàn dâng hương. Ngày 2/5/2025 đoàn về.',
    'Mừng ngày Quốc khánh, sáng 2-9 cả nước treo cờ. Ngày 3/9/2025 đoàn về. Ngày 4/9/2025 họp.',
    'Kỳ nghỉ lễ từ 30-4 đến 1-5 kéo dài 5 ngày; sáng 29/4 nhiều người đã về quê, chiều 2/5 trở lại.',
    // a slash day range in a slash draft
    'Đại hội diễn ra từ 19-23/1 tại Hà Nội; sáng 19/1 khai mạc.',
    // explicit settings that the draft already follows
    { text: 'Sáng 8/2 họp, ngày 9/2/2024 về.', settings: s({ style: 'slash', leadingZero: false }) },
    { text: 'Sáng 08/02 họp, ngày 09/02/2024 về, ngày 15/3/2024 nghỉ.', settings: s({ style: 'slash', leadingZero: true }) },
    { text: 'Ngày 05/03/2024 họp.', settings: s({ leadingZero: true }) },
    // only one date: nothing to compare
    'Hội nghị diễn ra ngày 15.1.2024.',
  ],
  invalid: [
    /* ---- auto: the majority wins ---- */
    one(
      'Ngày 3-7, Ủy ban họp. Sáng 15/1/2024, Ủy ban họp tiếp. Ngày 8-12-2022 Ủy ban nghỉ.',
      '15/1/2024',
      'Ngày 3-7, Ủy ban họp. Sáng 15-1-2024, Ủy ban họp tiếp. Ngày 8-12-2022 Ủy ban nghỉ.',
      undefined,
      'viết ngày tháng bằng gạch ngang',
    ),
    one('Sáng 8/2 họp. Chiều 9-2 họp. Tối 10/2 nghỉ.', '9-2', 'Sáng 8/2 họp. Chiều 9/2 họp. Tối 10/2 nghỉ.', undefined, 'nên viết "9/2", không phải "9-2"'),
    // tie: the first date's style wins
    one('Sáng 15/1 họp. Chiều 16-1 về.', '16-1', 'Sáng 15/1 họp. Chiều 16/1 về.'),
    one('Chiều 16-1 về. Sáng 17/1 họp.', '17/1', 'Chiều 16-1 về. Sáng 17-1 họp.'),
    // dot majority
    one('Chiều 21.4 họp; sáng 22.4 về; ngày 23/4 nghỉ.', '23/4', 'Chiều 21.4 họp; sáng 22.4 về; ngày 23.4 nghỉ.'),
    // long majority; a numeric date after `ngày` does not double it
    one(
      'Ngày 15 tháng 1 năm 2024 khai mạc, ngày 16 tháng 1 năm 2024 họp, ngày 17/1/2024 bế mạc.',
      '17/1/2024',
      'Ngày 15 tháng 1 năm 2024 khai mạc, ngày 16 tháng 1 năm 2024 họp, ngày 17 tháng 1 năm 2024 bế mạc.',
    ),
    // long in a slash draft
    one(
      'Ngày 15 tháng 1 năm 2024, Bộ họp. Sáng 16/1/2024 Bộ họp tiếp, chiều 17/1 Bộ nghỉ.',
      '15 tháng 1 năm 2024',
      'Ngày 15/1/2024, Bộ họp. Sáng 16/1/2024 Bộ họp tiếp, chiều 17/1 Bộ nghỉ.',
    ),
    // month-year follows the separator
    one('Ngày 15-1-2024 họp, ngày 16-1 về; báo cáo tháng 4/2024.', '4/2024', 'Ngày 15-1-2024 họp, ngày 16-1 về; báo cáo tháng 4-2024.'),
    one('Ngày 15-1-2024 họp, ngày 16-1 về; báo cáo tháng 4 năm 2024.', '4 năm 2024', 'Ngày 15-1-2024 họp, ngày 16-1 về; báo cáo tháng 4-2024.'),
    one('Ngày 15/1/2024 họp, ngày 16/1 về; báo cáo tháng 4.2024.', '4.2024', 'Ngày 15/1/2024 họp, ngày 16/1 về; báo cáo tháng 4/2024.'),
    // a day range `từ ngày 27 đến 30-6` converts its day-month
    one('Sáng 3/7, Ủy ban họp (từ ngày 27 đến 30-6). Chiều 4/7 về.', '30-6', 'Sáng 3/7, Ủy ban họp (từ ngày 27 đến 30/6). Chiều 4/7 về.'),
    // dates in citations are checked for the separator
    one(
      'Sáng 8/2 họp. Theo Quyết định số 01/QĐ-UBND ngày 20-1-2016 của UBND. Chiều 9/2 về.',
      '20-1-2016',
      'Sáng 8/2 họp. Theo Quyết định số 01/QĐ-UBND ngày 20/1/2016 của UBND. Chiều 9/2 về.',
    ),

    /* ---- explicit style ---- */
    one('Ngày 15-1-2024, Bộ họp.', '15-1-2024', 'Ngày 15/1/2024, Bộ họp.', { style: 'slash' }, 'Kiểu ngày tháng của tòa soạn (date.style) là gạch chéo'),
    one('Ngày 15/1/2024, Bộ họp.', '15/1/2024', 'Ngày 15-1-2024, Bộ họp.', { style: 'dash' }),
    one('Ngày 15/1/2024, Bộ họp.', '15/1/2024', 'Ngày 15.1.2024, Bộ họp.', { style: 'dot' }),
    one('Ngày 15/1/2024, Bộ họp.', '15/1/2024', 'Ngày 15 tháng 1 năm 2024, Bộ họp.', { style: 'long' }),
    one('Sáng 15/1/2024, Bộ họp.', '15/1/2024', 'Sáng ngày 15 tháng 1 năm 2024, Bộ họp.', { style: 'long' }),
    one('Bộ họp từ 15/1/2024.', '15/1/2024', 'Bộ họp từ ngày 15 tháng 1 năm 2024.', { style: 'long' }),
    one('15/1/2024 là ngày khai mạc.', '15/1/2024', 'Ngày 15 tháng 1 năm 2024 là ngày khai mạc.', { style: 'long' }),
    one('Sáng 19/1, Bộ họp.', '19/1', 'Sáng ngày 19 tháng 1, Bộ họp.', { style: 'long' }),
    one('Ngày 19/1, Bộ họp.', '19/1', 'Ngày 19 tháng 1, Bộ họp.', { style: 'long' }),
    one('Báo cáo tháng 4/2024.', '4/2024', 'Báo cáo tháng 4 năm 2024.', { style: 'long' }),
    one('Ngày 15 tháng 1 năm 2024, Bộ họp.', '15 tháng 1 năm 2024', 'Ngày 15-1-2024, Bộ họp.', { style: 'dash' }),
    one('Ngày 15 tháng 1, Bộ họp.', '15 tháng 1', 'Ngày 15.1, Bộ họp.', { style: 'dot' }),
    one('Báo cáo tháng 4 năm 2024.', '4 năm 2024', 'Báo cáo tháng 4.2024.', { style: 'dot' }),
    one('Sáng nay (25-2), Bộ họp.', '25-2', 'Sáng nay (25/2), Bộ họp.', { style: 'slash' }),
    {
      text: 'Đại hội diễn ra từ 19-23/1 tại Hà Nội.',
      errors: [{ range: at('Đại hội diễn ra từ 19-23/1 tại Hà Nội.', '19-23/1'), messageIncludes: 'từ ngày … đến ngày …' }],
      settings: s({ style: 'dash' }),
    },

    /* ---- leading zeros ---- */
    // auto: majority without zeros
    one('Ngày 05/3/2024 họp, ngày 6/3/2024 về, ngày 7/3/2024 nghỉ.', '05/3/2024', 'Ngày 5/3/2024 họp, ngày 6/3/2024 về, ngày 7/3/2024 nghỉ.', undefined, 'không viết số 0'),
    // auto: majority with zeros
    one('Ngày 05/3/2024 họp, ngày 06/3/2024 về, ngày 7/3/2024 nghỉ.', '7/3/2024', 'Ngày 05/3/2024 họp, ngày 06/3/2024 về, ngày 07/3/2024 nghỉ.', undefined, 'viết số 0'),
    // auto: a tie means no zeros (press norm, §2.3)
    one('Ngày 05/3/2024 họp, ngày 6/3/2024 về.', '05/3/2024', 'Ngày 5/3/2024 họp, ngày 6/3/2024 về.'),
    // explicit false: citations too
    one(
      'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, sáng 6/3/2020 Bộ họp.',
      '05/3/2020',
      'Theo Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ, sáng 6/3/2020 Bộ họp.',
      { leadingZero: false },
    ),
    // explicit true: day below 10 and months 1–2 padded, months 3–12 not
    one(
      'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, sáng 6/3/2020 Bộ họp.',
      '6/3/2020',
      'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, sáng 06/3/2020 Bộ họp.',
      { leadingZero: true },
    ),
    one('Sáng 15/1 họp.', '15/1', 'Sáng 15/01 họp.', { leadingZero: true }),
    one('Báo cáo tháng 2/2024.', '2/2024', 'Báo cáo tháng 02/2024.', { leadingZero: true }),
    one('Ngày 05 tháng 01 năm 2024 họp.', '05 tháng 01 năm 2024', 'Ngày 5 tháng 1 năm 2024 họp.', { leadingZero: false }),
    // separator and zero at once
    one('Ngày 5-3-2024 họp, ngày 6-3-2024 về, ngày 07/03/2024 nghỉ.', '07/03/2024', 'Ngày 5-3-2024 họp, ngày 6-3-2024 về, ngày 7-3-2024 nghỉ.'),

    /* ---- one date, two separators (§2.6: error) ---- */
    {
      text: 'Hội nghị diễn ra ngày 15/1-2024 tại Hà Nội.',
      errors: [{ range: at('Hội nghị diễn ra ngày 15/1-2024 tại Hà Nội.', '15/1-2024'), messageIncludes: 'hai dấu phân cách', severity: 'error' }],
      output: 'Hội nghị diễn ra ngày 15/1/2024 tại Hà Nội.',
    },
    {
      text: 'Sáng 14-1 họp. Hội nghị diễn ra ngày 15-1/2024 tại Hà Nội.',
      errors: [{ range: at('Sáng 14-1 họp. Hội nghị diễn ra ngày 15-1/2024 tại Hà Nội.', '15-1/2024'), severity: 'error' }],
      output: 'Sáng 14-1 họp. Hội nghị diễn ra ngày 15-1-2024 tại Hà Nội.',
    },
    {
      ...one('Hội nghị diễn ra ngày 15/1-2024.', '15/1-2024', 'Hội nghị diễn ra ngày 15 tháng 1 năm 2024.', { style: 'long' }, 'nên viết "15 tháng 1 năm 2024"'),
      errors: [{ range: at('Hội nghị diễn ra ngày 15/1-2024.', '15/1-2024'), severity: 'error' as const }],
    },

    /* ---- several at once, English messages ---- */
    {
      text: 'Ngày 15-1-2024 họp. Sáng 16/1 về. Chiều 17.1.2024 nghỉ. Ngày 18-1 họp.',
      errors: [
        { range: at('Ngày 15-1-2024 họp. Sáng 16/1 về. Chiều 17.1.2024 nghỉ. Ngày 18-1 họp.', '16/1') },
        { range: at('Ngày 15-1-2024 họp. Sáng 16/1 về. Chiều 17.1.2024 nghỉ. Ngày 18-1 họp.', '17.1.2024'), messageIncludes: 'This draft writes dates with hyphens' },
      ],
      output: 'Ngày 15-1-2024 họp. Sáng 16-1 về. Chiều 17-1-2024 nghỉ. Ngày 18-1 họp.',
      settings: { language: 'en' },
    },
  ],
});

describe('date/style: settings change the result', () => {
  const text = 'Sáng 8/2 họp. Chiều 9-2 họp. Tối 10/2 nghỉ.';
  it.each([
    ['auto', 'Sáng 8/2 họp. Chiều 9/2 họp. Tối 10/2 nghỉ.'],
    ['slash', 'Sáng 8/2 họp. Chiều 9/2 họp. Tối 10/2 nghỉ.'],
    ['dash', 'Sáng 8-2 họp. Chiều 9-2 họp. Tối 10-2 nghỉ.'],
    ['dot', 'Sáng 8.2 họp. Chiều 9.2 họp. Tối 10.2 nghỉ.'],
    ['long', 'Sáng ngày 8 tháng 2 họp. Chiều ngày 9 tháng 2 họp. Tối ngày 10 tháng 2 nghỉ.'],
  ] as const)('style %s', (style, output) => {
    expect(fix(text, { rules: [dateStyle], settings: s({ style }) })).toBe(output);
  });
  it.each([
    ['auto', 'Ngày 05/3/2024 họp, ngày 6/3/2024 về.'.replace('05/3', '5/3')],
    [false, 'Ngày 5/3/2024 họp, ngày 6/3/2024 về.'],
    [true, 'Ngày 05/3/2024 họp, ngày 06/3/2024 về.'],
  ] as const)('leadingZero %s', (leadingZero, output) => {
    expect(fix('Ngày 05/3/2024 họp, ngày 6/3/2024 về.', { rules: [dateStyle], settings: s({ leadingZero }) })).toBe(output);
  });
});

describe('date/style: fix-all', () => {
  const draft = [
    'Hà Nội, ngày 05 tháng 3 năm 2020',
    '',
    'Ngày 3-7, tại Hà Nội, sau bốn ngày làm việc (từ ngày 27 đến 30/6), Ủy ban họp. Sáng 4/7 họp tiếp.',
    'Theo Nghị quyết số 58-NQ/TW, ngày 05-8-2020 và Nghị định 30/2020/NĐ-CP ngày 5 tháng 3 năm 2020.',
    'Chiều 5.7, Ủy ban bế mạc; báo cáo tháng 7/2024 và tháng 8 năm 2024; sáng 15-1-2024; ngày 16-01-2024.',
    'Kỷ niệm ngày Quốc khánh 2-9 và dịp 30/4, ngày 1/5. Ngày 9-7 về.',
  ].join('\n');
  const expected = [
    'Hà Nội, ngày 05 tháng 3 năm 2020',
    '',
    'Ngày 3-7, tại Hà Nội, sau bốn ngày làm việc (từ ngày 27 đến 30-6), Ủy ban họp. Sáng 4-7 họp tiếp.',
    'Theo Nghị quyết số 58-NQ/TW, ngày 05-8-2020 và Nghị định 30/2020/NĐ-CP ngày 5-3-2020.',
    'Chiều 5-7, Ủy ban bế mạc; báo cáo tháng 7-2024 và tháng 8-2024; sáng 15-1-2024; ngày 16-1-2024.',
    'Kỷ niệm ngày Quốc khánh 2-9 và dịp 30/4, ngày 1/5. Ngày 9-7 về.',
  ].join('\n');

  it('converts every stray date in one pass and leaves the rest', () => {
    expect(fix(draft, { rules: dateRules })).toBe(expected);
  });
  it('is idempotent: a second run changes nothing and finds nothing fixable', () => {
    const once = fix(draft, { rules: dateRules });
    expect(fix(once, { rules: dateRules })).toBe(once);
    expect(lint(once, { rules: dateRules }).filter((d) => d.fixes.some((f) => f.isPreferred))).toEqual([]);
  });
  it('one pass of safe fixes is enough (fixes never overlap)', () => {
    const ds = lint(draft, { rules: dateRules });
    const edits = ds.flatMap((d) => d.fixes.filter((f) => f.isPreferred).flatMap((f) => f.edits)).map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character]);
    const sorted = [...edits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 1; i < sorted.length; i++) {
      const [pl, , el, ec] = sorted[i - 1];
      const [sl, sc] = sorted[i];
      expect(sl > el || (sl === el && sc >= ec), `edits ${i - 1} and ${i} overlap (line ${pl})`).toBe(true);
    }
    expect(edits.length).toBe(7);
  });
  it('is idempotent for every style and zero setting', () => {
    for (const style of ['auto', 'dash', 'slash', 'dot', 'long'] as const) {
      for (const leadingZero of ['auto', true, false] as const) {
        const settings = s({ style, leadingZero });
        const once = fix(draft, { rules: dateRules, settings });
        expect(fix(once, { rules: dateRules, settings }), `${style} ${leadingZero}`).toBe(once);
        expect(lint(once, { rules: [dateStyle], settings }).filter((d) => d.fixes.length > 0), `${style} ${leadingZero}`).toEqual([]);
      }
    }
  });
});

describe('date/style: CRLF and NFD input', () => {
  it('keeps CRLF line ends', () => {
    const text = 'Sáng 15/1 họp.\r\nChiều 16-1 về.\r\nTối 17-1 nghỉ.';
    const ds = lint(text, { rules: [dateStyle] });
    expect(ds.map(rangeOf)).toEqual([[0, 5, 0, 9]]);
    expect(fix(text, { rules: [dateStyle] })).toBe('Sáng 15-1 họp.\r\nChiều 16-1 về.\r\nTối 17-1 nghỉ.');
  });
  it('maps ranges and fixes to NFD text', () => {
    const nfc = 'Ngày 15 tháng 1 năm 2024 khai mạc.\nSáng 16/1/2024 họp.\nChiều 17/1/2024 bế mạc.';
    const nfd = nfc.normalize('NFD');
    const ds = lint(nfd, { rules: [dateStyle] });
    expect(ds.map(rangeOf)).toEqual([at(nfd, '15 tháng 1 năm 2024'.normalize('NFD'))]);
    expect(ds[0].source.normalize('NFC')).toBe('15 tháng 1 năm 2024');
    expect(fix(nfd, { rules: [dateStyle] })).toBe('Ngày 15/1/2024 khai mạc.\nSáng 16/1/2024 họp.\nChiều 17/1/2024 bế mạc.'.normalize('NFD'));
  });
});

describe('date/style: lists and ranges under every style', () => {
  const text = 'Ngày 15/1, 16/1 và 17/1 đoàn làm việc; từ ngày 27 đến 30-6 nghỉ; sáng nay (25-2) họp; tháng 4 năm 2024 báo cáo.';
  const expected = {
    dash: 'Ngày 15-1, 16-1 và 17-1 đoàn làm việc; từ ngày 27 đến 30-6 nghỉ; sáng nay (25-2) họp; tháng 4-2024 báo cáo.',
    slash: 'Ngày 15/1, 16/1 và 17/1 đoàn làm việc; từ ngày 27 đến 30/6 nghỉ; sáng nay (25/2) họp; tháng 4/2024 báo cáo.',
    dot: 'Ngày 15.1, 16.1 và 17.1 đoàn làm việc; từ ngày 27 đến 30.6 nghỉ; sáng nay (25.2) họp; tháng 4.2024 báo cáo.',
    long: 'Ngày 15 tháng 1, ngày 16 tháng 1 và ngày 17 tháng 1 đoàn làm việc; từ ngày 27 đến ngày 30 tháng 6 nghỉ; sáng nay (ngày 25 tháng 2) họp; tháng 4 năm 2024 báo cáo.',
  } as const;
  for (const style of ['dash', 'slash', 'dot', 'long'] as const) {
    it(style, () => {
      const once = fix(text, { rules: dateRules, settings: s({ style }) });
      expect(once).toBe(expected[style]);
      expect(fix(once, { rules: dateRules, settings: s({ style }) })).toBe(once);
      expect(lint(once, { rules: dateRules, settings: s({ style }) })).toEqual([]);
    });
  }
});
