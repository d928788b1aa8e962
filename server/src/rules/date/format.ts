/** Re-writing a date found by `datesAnalysis` in another style (used by `date/style`). */
import { isSentenceStart } from '../../engine/vietnamese.js';
import type { DateComponent, DateForm, DateMention } from './analysis.js';

/** `pad`: ND 30 padding (day 01–09, month 01–02); `nopad`: no leading zero; `keep`: as written. */
export type ZeroPolicy = 'pad' | 'nopad' | 'keep';

export const SEPARATOR: Record<Exclude<DateForm, 'long'>, string> = { dash: '-', slash: '/', dot: '.' };

function fmtDay(c: DateComponent, zero: ZeroPolicy): string {
  if (zero === 'keep') return c.text;
  if (zero === 'pad' && c.value < 10) return `0${c.value}`;
  return String(c.value);
}

function fmtMonth(c: DateComponent, zero: ZeroPolicy): string {
  if (zero === 'keep') return c.text;
  if (zero === 'pad') {
    if (c.value <= 2) return `0${c.value}`;
    // ND 30 does not pad months 3–12; a padded `03` is left as written
    return c.text;
  }
  return String(c.value);
}

/**
 * The text replacing [d.start, d.end) to write `d` in `form`, or `null` when
 * no certain rewrite exists (a `19-23/1` day range outside the slash style).
 */
export function rewriteDate(d: DateMention, form: DateForm, zero: ZeroPolicy, prose: string): string | null {
  if (d.rangeStart && form !== 'slash') return null;
  const day = d.day ? fmtDay(d.day, zero) : '';
  const month = fmtMonth(d.month, zero);
  const year = d.year ? d.year.text : '';
  if (form === 'long') {
    if (d.kind === 'month-year') return `${month} năm ${year}`;
    const core = d.kind === 'full' ? `${day} tháng ${month} năm ${year}` : `${day} tháng ${month}`;
    if (d.ngay) return core;
    const ngay = isSentenceStart(prose, d.start) ? 'Ngày' : 'ngày';
    return `${ngay} ${core}`;
  }
  const sep = SEPARATOR[form];
  if (d.kind === 'month-year') return `${month}${sep}${year}`;
  if (d.kind === 'day-month') return `${day}${sep}${month}`;
  return `${day}${sep}${month}${sep}${year}`;
}

/** Whether the date's leading zeros already follow `zero`. */
export function zeroMatches(d: DateMention, zero: ZeroPolicy): boolean {
  if (zero === 'keep') return true;
  const comps = [d.day, d.month].filter((c): c is DateComponent => c !== null);
  if (zero === 'nopad') return comps.every((c) => !(c.text.length === 2 && c.text[0] === '0'));
  return (d.day === null || fmtDay(d.day, 'pad') === d.day.text) && fmtMonth(d.month, 'pad') === d.month.text;
}
