import type { Rule } from '../../engine/types.js';
import words from '../../data/date-words.json';
import { datesAnalysis, weekdayBefore, wordBefore } from './analysis.js';
import { visibleSpan } from './invalid.js';

const LEAD = new Set(words.weekdayLead);
const ORDINAL = new Set(words.ordinalNouns);
const ORDINAL_HOP = new Set(words.ordinalBeforeHop);
const NAMES_VI = words.weekdayNames;
const NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 0 = Sunday … 6 = Saturday, proleptic Gregorian. */
export function weekdayOf(day: number, month: number, year: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCDay();
}

/**
 * Whether `thứ X` at [start, end) reads as an ordinal: after a noun such as `lần`,
 * `kỳ họp`, `khóa`; a lowercase `thứ ba` counts as a weekday only after a time
 * word (`sáng`, `vào`, `hôm`) or at the start of a sentence or line.
 */
function isOrdinal(prose: string, start: number, end: number): boolean {
  const before = wordBefore(prose, start);
  const capitalized = /\p{Lu}|\d/u.test(prose[end - 1] === undefined ? '' : prose.slice(start + 4, end).trim()[0] ?? '');
  if (before) {
    if (ORDINAL.has(before.word)) return true;
    if (before.word === 'họp') {
      const b2 = wordBefore(prose, before.start);
      if (b2 && ORDINAL_HOP.has(b2.word)) return true;
    }
    return !capitalized && !LEAD.has(before.word);
  }
  let j = start;
  while (j > 0 && (prose[j - 1] === ' ' || prose[j - 1] === '\u00a0')) j--;
  return j > 0 && /[\p{L}\p{M}\d]/u.test(prose[j - 1]);
}

const AFTER_RE = /^[ \u00a0]{0,2}(?:\([ \u00a0]?|,[ \u00a0]{1,2})(thứ[ \u00a0](Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|[Cc]hủ[ \u00a0][Nn]hật)(?![\p{L}\p{M}\d])/u;

/** `15/1/2024 (thứ Hai)`, `15/1/2024, thứ Hai`: only a capitalized weekday, since `…, thứ hai là …` is an ordinal. */
function weekdayAfter(prose: string, end: number): { start: number; end: number; weekday: number } | null {
  const m = AFTER_RE.exec(prose.slice(end, end + 24));
  if (!m) return null;
  const start = end + m.index + m[0].length - m[1].length;
  const key = m[2] ? m[2].toLowerCase() : null;
  const weekday = key === null ? 0 : (words.weekdays as Record<string, number>)[key] ?? -1;
  return { start, end: start + m[1].length, weekday };
}

export const dateWeekday: Rule = {
  meta: {
    id: 'date/weekday',
    description: {
      vi: 'Thứ trong tuần không khớp với ngày tháng năm đi kèm (thứ Hai, ngày 15-1-2024).',
      en: 'The weekday does not match the date next to it (thứ Hai, ngày 15-1-2024).',
    },
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['date', 'correctness'],
    messages: {
      mismatch: {
        vi: '"{weekday}" không khớp với ngày {date}: ngày {date} là {actual}. Hãy kiểm tra lại thứ hoặc ngày.',
        en: '"{weekday}" does not match {date}: that day is a {actualEn}. Check the weekday or the date.',
      },
    },
  },
  check(ctx) {
    const prose = ctx.prose;
    for (const d of ctx.get(datesAnalysis).dates) {
      if (!d.year || !d.day || d.kind !== 'full' || d.rangeStart) continue;
      const day = d.day.value;
      const month = d.month.value;
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const span = visibleSpan(d);
      // `thứ Hai, ngày 15-1-2024`, `thứ Ba (15/1/2024)`, `Chủ nhật 22/12/2024`
      let p = d.ngay ? d.ngay.start : d.start;
      let k = p;
      while (k > 0 && (prose[k - 1] === ' ' || prose[k - 1] === '\u00a0') && p - k < 3) k--;
      if (prose[k - 1] === '(' || prose[k - 1] === ',') k--;
      p = k;
      let wd = weekdayBefore(prose, p);
      let after = false;
      if (wd && !/^chủ/i.test(prose.slice(wd.start, wd.start + 3)) && isOrdinal(prose, wd.start, wd.end)) wd = null;
      if (!wd) {
        wd = weekdayAfter(prose, d.end);
        after = true;
      }
      if (!wd || wd.weekday < 0) continue;
      const actual = weekdayOf(day, month, d.year.value);
      if (actual === wd.weekday) continue;
      const date = ctx.text.slice(span.start, span.end);
      ctx.report({
        start: after ? span.start : wd.start,
        end: after ? wd.end : span.end,
        messageId: 'mismatch',
        data: { weekday: ctx.text.slice(wd.start, wd.end), date, actual: NAMES_VI[actual], actualEn: NAMES_EN[actual] },
      });
    }
  },
};
