import type { Rule } from '../../engine/types.js';
import { datesAnalysis } from './analysis.js';

export const dateTwoDigitYear: Rule = {
  meta: {
    id: 'date/two-digit-year',
    description: {
      vi: 'Năm phải viết đủ bốn chữ số (15/1/2024, không phải 15/1/24).',
      en: 'Write the year with four digits (15/1/2024, not 15/1/24).',
    },
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['date', 'style'],
    messages: {
      short: {
        vi: 'Năm trong "{found}" chỉ có hai chữ số; hãy viết đủ bốn chữ số (vd. "{example}").',
        en: 'The year in "{found}" has only two digits; write all four (e.g. "{example}").',
      },
    },
  },
  check(ctx) {
    for (const d of ctx.get(datesAnalysis).shortYearDates) {
      const found = ctx.text.slice(d.start, d.end);
      const sep = found[d.day!.text.length];
      const example = `${d.day!.text}${sep}${d.month.text}${sep}20${d.year!.text}`;
      ctx.report({ start: d.start, end: d.end, messageId: 'short', data: { found, example } });
    }
  },
};
