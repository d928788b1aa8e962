import type { Rule } from '../../engine/types.js';
import { datesAnalysis, daysInMonth, isLeapYear, type DateMention } from './analysis.js';

/** Where a date is shown in a report: the long form includes its `ngày`/`tháng`. */
export function visibleSpan(d: DateMention): { start: number; end: number } {
  if (d.form === 'long') return { start: d.ngay?.start ?? d.thang?.start ?? d.start, end: d.end };
  return { start: d.start, end: d.end };
}

export const dateInvalid: Rule = {
  meta: {
    id: 'date/invalid',
    description: {
      vi: 'Ngày tháng không có thật: ngày hoặc tháng ngoài phạm vi, 29/2 trong năm không nhuận, ngày 31 của tháng 30 ngày.',
      en: 'Impossible dates: day or month out of range, 29 February outside leap years, day 31 in a 30-day month.',
    },
    defaultSeverity: 'error',
    fixable: false,
    tags: ['date', 'correctness'],
    messages: {
      month: {
        vi: 'Ngày tháng "{found}" không có thật: không có tháng {month}.',
        en: '"{found}" is not a real date: there is no month {month}.',
      },
      dayZero: {
        vi: 'Ngày tháng "{found}" không có thật: không có ngày 0.',
        en: '"{found}" is not a real date: there is no day 0.',
      },
      day: {
        vi: 'Ngày tháng "{found}" không có thật: tháng {month} chỉ có {max} ngày.',
        en: '"{found}" is not a real date: month {month} has only {max} days.',
      },
      leap: {
        vi: 'Ngày tháng "{found}" không có thật: năm {year} không phải năm nhuận, tháng 2 chỉ có 28 ngày.',
        en: '"{found}" is not a real date: {year} is not a leap year, February has only 28 days.',
      },
    },
  },
  check(ctx) {
    for (const d of ctx.get(datesAnalysis).dates) {
      const { start, end } = visibleSpan(d);
      const found = ctx.text.slice(start, end);
      const month = d.month.value;
      if (month < 1 || month > 12) {
        ctx.report({ start, end, messageId: 'month', data: { found, month: d.month.text } });
        continue;
      }
      if (!d.day) continue;
      const day = d.day.value;
      const year = d.year ? d.year.value : null;
      if (day === 0) ctx.report({ start, end, messageId: 'dayZero', data: { found } });
      else if (month === 2 && day === 29 && year !== null && !isLeapYear(year)) ctx.report({ start, end, messageId: 'leap', data: { found, year } });
      else if (day > daysInMonth(month, year)) ctx.report({ start, end, messageId: 'day', data: { found, month, max: daysInMonth(month, year) } });
    }
  },
};
