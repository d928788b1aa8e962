import type { Rule } from '../../engine/types.js';

/**
 * A year range `YYYY-YYYY` (also `YYYY - YYYY`, en dash) whose end is before its
 * start. Years are limited to 1900–2099 and the range must stand alone (not part
 * of a longer number chain or a symbol) so that phone numbers stay quiet.
 */
const RANGE_RE = /(?<![\p{L}\p{M}\d./,-])((?:19|20)\d{2})(?:[-–]|[ \u00a0][-–][ \u00a0])((?:19|20)\d{2})(?![\p{L}\p{M}\d%]|[./,–-][\p{L}\p{M}\d])/gu;
const PHONE_WORDS = /(?:điện thoại|hotline|đường dây nóng|tổng đài|số máy|fax|sđt|đt)[\s:.]*$/iu;

export const dateRangeOrder: Rule = {
  meta: {
    id: 'date/range-order',
    description: {
      vi: 'Khoảng năm phải viết năm đầu trước năm cuối (2021-2025, không phải 2025-2021).',
      en: 'A year range starts with the earlier year (2021-2025, not 2025-2021).',
    },
    defaultSeverity: 'error',
    fixable: false,
    tags: ['date', 'correctness'],
    messages: {
      reversed: {
        vi: 'Khoảng năm "{found}" bị ngược: năm đầu ({start}) sau năm cuối ({end}). Nếu ý là từ {end} đến {start}, hãy viết "{expected}".',
        en: 'The year range "{found}" is reversed: its first year ({start}) is after its last ({end}). If {end} to {start} is meant, write "{expected}".',
      },
    },
  },
  check(ctx) {
    const prose = ctx.prose;
    RANGE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANGE_RE.exec(prose))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b >= a) continue;
      const before = prose.slice(Math.max(0, m.index - 24), m.index);
      if (PHONE_WORDS.test(before)) continue;
      const found = ctx.text.slice(m.index, m.index + m[0].length);
      const sep = m[0].slice(4, m[0].length - 4);
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'reversed', data: { found, start: a, end: b, expected: `${b}${sep}${a}` } });
    }
  },
};
