import { describe, expect, it } from 'vitest';
import { citationRegistry } from '../../server/src/rules/citation/registry.js';
import { span } from '../citation/util.js';
import { fix, lint, rangeOf, ruleTester } from '../helpers.js';

const wrongDay = 'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-11-2024 của Bộ Chính trị về phát triển khoa học.';
const wrongYearSameTerm = 'Hội nghị quán triệt Nghị quyết số 57-NQ/TW, ngày 22/12/2023 của Bộ Chính trị.';
const wrongIssuer = 'Các cấp ủy triển khai Nghị quyết số 68-NQ/TW ngày 4-5-2025 của Ban Bí thư về phát triển kinh tế tư nhân.';
const medium = 'Tỉnh thực hiện Nghị quyết số 58-NQ/TW ngày 6-8-2020 của Bộ Chính trị về phát triển tỉnh.';
const stateWrong = 'Theo Nghị định số 30/2020/NĐ-CP ngày 15 tháng 3 năm 2020 của Chính phủ về công tác văn thư.';
const padded = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 06/3/2020 của Chính phủ.';

ruleTester(citationRegistry, {
  valid: [
    'Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị.',
    'Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.',
    'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.',
    // Symbols repeat across terms: 18-NQ/TW of 2017 (XII) and of 2022 (XIII) are both right.
    'Nghị quyết số 18-NQ/TW ngày 25-10-2017 và Nghị quyết số 18-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương.',
    // The XIV term restarted numbering: nothing to compare with.
    'Nghị quyết số 57-NQ/TW ngày 7-4-2026 của Ban Chấp hành Trung ương khóa XIV.',
    // Without date, term or subject a Party symbol cannot be tied to one record.
    'Tiếp tục thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị.',
    // A document the registry does not hold.
    'Nghị quyết số 15-NQ/TU ngày 3-4-2022 của Ban Chấp hành Đảng bộ tỉnh.',
    // An issuer the registry does not name is not compared.
    'Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Trung ương về phát triển khoa học.',
    { text: wrongDay, settings: { registry: { enabled: false } } },
  ],
  invalid: [
    {
      text: wrongDay,
      errors: [{ range: span(wrongDay, '22-11-2024'), messageIncludes: 'ban hành ngày 22-12-2024, không phải 22-11-2024', severity: 'warning' }],
      output: wrongDay.replace('22-11-2024', '22-12-2024'),
    },
    {
      text: wrongYearSameTerm,
      errors: [{ range: span(wrongYearSameTerm, '22/12/2023') }],
      output: wrongYearSameTerm.replace('22/12/2023', '22/12/2024'),
    },
    {
      text: wrongIssuer,
      errors: [{ range: span(wrongIssuer, 'Ban Bí thư'), messageIncludes: 'do Bộ Chính trị ban hành, không phải Ban Bí thư' }],
      output: wrongIssuer.replace('Ban Bí thư', 'Bộ Chính trị'),
    },
    {
      // medium-confidence record: a "please check" note, and no automatic fix
      text: medium,
      errors: [{ range: span(medium, '6-8-2020'), messageIncludes: 'Vui lòng kiểm tra', severity: 'information' }],
    },
    {
      text: stateWrong,
      errors: [{ range: span(stateWrong, '15 tháng 3 năm 2020') }],
      output: stateWrong.replace('15 tháng 3 năm 2020', '5 tháng 3 năm 2020'),
    },
    {
      text: padded,
      errors: [{ range: span(padded, '06/3/2020') }],
      output: padded.replace('06/3/2020', '05/3/2020'),
    },
  ],
});

describe('citation/registry with the newsroom\'s own records', () => {
  const own = { documents: [{ symbol: '15-NQ/TU', type: 'Nghị quyết', family: 'party' as const, issuer: 'Bộ Chính trị', term: 'XIII', date: '2022-04-03', title: 'về phát triển du lịch', confidence: 'high' as const }] };
  it('checks citations against added records', () => {
    const text = 'Nghị quyết số 15-NQ/TU ngày 4-4-2022 về phát triển du lịch.';
    const found = lint(text, { rules: [citationRegistry], settings: own });
    expect(found.map(rangeOf)).toEqual([span(text, '4-4-2022')]);
    expect(fix(text, { rules: [citationRegistry], settings: own })).toBe(text.replace('4-4-2022', '3-4-2022'));
  });
});
