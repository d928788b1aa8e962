import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fix, lint } from '../helpers.js';
import { dateRules } from '../../server/src/rules/date/index.js';

/** Drafts assembled from date-like pieces: whatever they make, fix-all must settle in one pass. */
const piece = fc.constantFrom(
  'ngày ', 'Ngày ', 'sáng ', 'chiều ', 'từ ', 'đến ', 'tháng ', 'năm ', 'thứ Hai, ', 'Chủ nhật ', '(', ')', ', ', '. ', ' và ', ' - ', '\n',
  '15', '1', '05', '01', '2024', '2023', '30', '31', '2', '29', '12', '-', '/', '.', ' ', 'Hà Nội, ', '58-NQ/TW', '30/2020/NĐ-CP', 'giờ', 'người', 'Quốc khánh ', 'kỷ niệm ',
);
const num = fc.constantFrom('1', '5', '05', '9', '09', '12', '15', '29', '30', '31', '0', '13');
const sep = fc.constantFrom('-', '/', '.');
const year = fc.constantFrom('2024', '2023', '2100', '24', '');
const numeric = fc.tuple(num, sep, num, fc.boolean(), year).map(([d, s1, m, same, y]) => `${d}${s1}${m}${y ? (same ? s1 : '-') + y : ''}`);
const long = fc.tuple(num, num, year).map(([d, m, y]) => `${d} tháng ${m}${y ? ` năm ${y}` : ''}`);
const date = fc.oneof(numeric, long);
const draft = fc.array(fc.oneof(piece, piece, date), { maxLength: 30 }).map((a) => a.join(' '));
const settings = fc.record({
  style: fc.constantFrom('auto', 'dash', 'slash', 'dot', 'long'),
  leadingZero: fc.constantFrom<('auto' | boolean)[]>('auto', true, false),
});

describe('date rules: properties', () => {
  it('fix-all is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(draft, settings, (text, date) => {
        const opts = { rules: dateRules, settings: { date } } as const;
        const once = fix(text, opts);
        expect(fix(once, opts)).toBe(once);
        expect(lint(once, opts).filter((d) => d.fixes.some((f) => f.isPreferred)).map((d) => d.source)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
