/**
 * Finds the dates of a draft once, for every rule of the `date` family (and
 * for the citation checks, which reuse it): numeric dates with `-`, `/` or `.`
 * (`15-1-2024`, `15/01/2024`, `15.1.2024`), day-month without a year after a
 * context word (`ngày 15-1`, `sáng 19/1`, `sáng nay (25-2)`), month-year
 * (`tháng 4-2024`, `tháng 4 năm 2024`) and the long form
 * (`ngày 15 tháng 1 năm 2024`). See vi-editorial-rules.md §2.1–2.5.
 * Document symbols (`30/2020/NĐ-CP`, `58-NQ/TW`) are never dates; a date right
 * after one is marked `inCitation` with its `symbol`.
 *
 * Every scan is linear: digit chains are read by one deterministic regex, the
 * long form is anchored on the literal `ngày`/`tháng` with bounded quantifiers,
 * and look-backs read at most a few dozen characters.
 */
import type { Analysis, RuleContext } from '../../engine/context.js';
import words from '../../data/date-words.json';
import { charClass, nextMatch, stickyOf } from '../../engine/scan.js';

export type DateForm = 'dash' | 'slash' | 'dot' | 'long';
export type DateKind = 'full' | 'day-month' | 'month-year';

export interface DateComponent {
  value: number;
  /** As written, e.g. `05`. */
  text: string;
  start: number;
  end: number;
}

export interface DateMention {
  /** The date itself: `15/1/2024`; for the long form from the day (`15 tháng 1 năm 2024`) or month (`4 năm 2024`). */
  start: number;
  end: number;
  kind: DateKind;
  form: DateForm;
  day: DateComponent | null;
  month: DateComponent;
  year: DateComponent | null;
  /** Some component is written with a leading zero (`05`, `01`). */
  leadingZero: boolean;
  /** The word `ngày` right before the date (numeric) or opening it (long form). */
  ngay: { start: number; end: number } | null;
  /** The `tháng` opening a month-year. */
  thang: { start: number; end: number } | null;
  /**
   * Why the text was read as a date: `year` (a numeric full date needs no context),
   * `strong` (after `ngày`, `sáng`, a weekday, `(…)` after `sáng nay`, `từ ngày D đến`,
   * or continuing a list of dates), `weak` (after `từ`/`đến`/`tới`, only real dates),
   * `month` (after `tháng`), `citation` (a dot date right after a document symbol).
   */
  gate: 'year' | 'strong' | 'weak' | 'month' | 'citation';
  /** The date follows a document symbol (`58-NQ/TW, ngày 5-8-2020`). */
  inCitation: boolean;
  /** The symbol the date belongs to, when `inCitation`. */
  symbol: { start: number; end: number; text: string } | null;
  /** Date line of a document header (`Hà Nội, ngày 05 tháng 3 năm 2020`). */
  inHeader: boolean;
  /** A holiday written as its fixed name (`Quốc khánh 2-9`, `kỷ niệm ngày 30-4`). */
  holiday: boolean;
  /** First day of a day range written `19-23/1`. */
  rangeStart: DateComponent | null;
}

export interface DatesResult {
  /**
   * Dates with a four-digit year or none, in document order, never overlapping.
   * They may be impossible (`ngày 31/4`, `tháng 13/2024`): check with `isValidDate`.
   */
  dates: DateMention[];
  /** Numeric dates with a two-digit year after a context word (`ngày 15/1/24`). */
  shortYearDates: DateMention[];
  /** Full dates mixing two separators (`15/1-2024`); `form` is that of the first separator. */
  mixedSeparatorDates: DateMention[];
}

const STRONG = new Set(words.strongContext);
const WEAK = new Set(words.weakContext);
const QUANTIFIERS = new Set(words.ngayQuantifiers);
const PAREN = new Set(words.parenthesisContext);
const UNITS = new Set(words.unitsAfterNumber);
const NAM_OK = new Set(words.yearAfterNam);
const AFTER_WEAK = new Set(words.afterWeakContext);
const WEEKDAY_WORDS = new Set(Object.keys(words.weekdays).filter((k) => !/\d/.test(k)));
const HOLIDAY_CONTEXT_RE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${words.holidayContext.join('|')})(?![\\p{L}\\p{M}])`, 'u');
const HOLIDAYS = new Map<string, string[]>(words.holidays.map((h) => [`${h.day}-${h.month}`, h.names]));

const SEP_FORM: Record<string, DateForm> = { '-': 'dash', '/': 'slash', '.': 'dot' };
const SPACE = /[ \t\u00a0]/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;

// per-code-unit tables: same answers as testing the regexes, without a regex run per character
const isSpace = charClass(SPACE);
const isWordChar = charClass(LETTER_OR_DIGIT);
const isLetterChar = charClass(/[\p{L}\p{M}]/u);
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The word ending at `end` (after skipping spaces back from `end`): [start, end) and its lower-case text. */
export function wordBefore(s: string, end: number, maxSkip = 3): { start: number; end: number; word: string } | null {
  let e = end;
  let skipped = 0;
  while (e > 0 && isSpace(s[e - 1]) && skipped < maxSkip) {
    e--;
    skipped++;
  }
  let b = e;
  while (b > 0 && isLetterChar(s[b - 1]) && e - b < 20) b--;
  if (b === e) return null;
  if (isDigit(s[b - 1])) return null;
  return { start: b, end: e, word: s.slice(b, e).toLowerCase() };
}

/** The word starting at `start` after spaces. */
function wordAfter(s: string, start: number): { start: number; end: number; word: string } | null {
  let b = start;
  let skipped = 0;
  while (b < s.length && isSpace(s[b]) && skipped < 3) {
    b++;
    skipped++;
  }
  let e = b;
  while (e < s.length && isLetterChar(s[e]) && e - b < 20) e++;
  if (b === e) return null;
  return { start: b, end: e, word: s.slice(b, e).toLowerCase() };
}

/** Whether a weekday phrase (`thứ Hai`, `Chủ nhật`, `thứ 2`) ends at `end`; returns its start. */
export function weekdayBefore(s: string, end: number): { start: number; end: number; weekday: number } | null {
  let e = end;
  while (e > 0 && isSpace(s[e - 1]) && end - e < 3) e--;
  // numeric `thứ 2`
  if (isDigit(s[e - 1]) && !isDigit(s[e - 2])) {
    const w = wordBefore(s, e - 1, 1);
    if (w && w.word === 'thứ' && isSpace(s[e - 2])) return { start: w.start, end: e, weekday: words.weekdays[s[e - 1] as '2'] ?? -1 };
    return null;
  }
  const last = wordBefore(s, e, 0);
  if (!last) return null;
  const first = wordBefore(s, last.start, 1);
  if (!first) return null;
  if (first.word === 'thứ' && WEEKDAY_WORDS.has(last.word)) {
    return { start: first.start, end: last.end, weekday: words.weekdays[last.word as 'hai'] };
  }
  if (first.word === 'chủ' && last.word === 'nhật') return { start: first.start, end: last.end, weekday: 0 };
  return null;
}

type Gate = 'strong' | 'weak' | null;

const RANGE_HEAD = /(?<![\p{L}\p{M}])ngày[ \u00a0]{1,2}\d{1,2}[ \u00a0]{1,2}$/iu;

/**
 * The context gate of §2.5: which word precedes the number at `at`
 * (`ngày`, `sáng`, `từ`, a weekday, or `(` after a time word).
 */
function gateBefore(prose: string, at: number): { gate: Gate; ngay: { start: number; end: number } | null } {
  let p = at;
  while (p > 0 && isSpace(prose[p - 1]) && at - p < 3) p--;
  if (prose[p - 1] === '(') {
    const w = wordBefore(prose, p - 1);
    if (w && PAREN.has(w.word)) return { gate: 'strong', ngay: null };
    if (weekdayBefore(prose, p - 1)) return { gate: 'strong', ngay: null };
    return { gate: null, ngay: null };
  }
  let q = p;
  if (prose[q - 1] === ',') q--;
  if (weekdayBefore(prose, q)) return { gate: 'strong', ngay: null };
  if (q !== p) return { gate: null, ngay: null };
  const w = wordBefore(prose, p);
  if (!w || w.end !== p) return { gate: null, ngay: null };
  if (w.word === 'ngày') {
    const before = wordBefore(prose, w.start);
    if (before && QUANTIFIERS.has(before.word)) return { gate: null, ngay: null };
    // `3 ngày 2-3 lần`: a count of days
    let k = w.start;
    while (k > 0 && isSpace(prose[k - 1]) && w.start - k < 3) k--;
    if (isDigit(prose[k - 1])) return { gate: null, ngay: null };
    return { gate: 'strong', ngay: { start: w.start, end: w.end } };
  }
  if (STRONG.has(w.word)) return { gate: 'strong', ngay: null };
  // `từ ngày 27 đến 30-6`: the end of a day range
  if ((w.word === 'đến' || w.word === 'tới') && RANGE_HEAD.test(prose.slice(Math.max(0, w.start - 20), w.start))) return { gate: 'strong', ngay: null };
  if (WEAK.has(w.word)) return { gate: 'weak', ngay: null };
  return { gate: null, ngay: null };
}

/** The word `ngày` directly before `at` (one to three spaces), if any. */
function ngayBefore(prose: string, at: number): { start: number; end: number } | null {
  const w = wordBefore(prose, at);
  return w && w.word === 'ngày' ? { start: w.start, end: w.end } : null;
}

/** A number followed by a unit (`8-10 giờ`, `2-3 lần`) is a count, not a date. */
function unitFollows(prose: string, end: number): boolean {
  const c = prose[end];
  if (c === '%' || c === '‰' || c === '°') return true;
  let e = end;
  while (isSpace(prose[e]) && e - end < 3) e++;
  if (prose[e] === '%') return true;
  const w = wordAfter(prose, end);
  if (!w || w.start - end > 3) return false;
  if (!UNITS.has(w.word)) return false;
  if (w.word === 'năm') {
    const next = wordAfter(prose, w.end);
    if (next && NAM_OK.has(next.word)) return false;
    let k = w.end;
    while (isSpace(prose[k]) && k - w.end < 3) k++;
    if (isDigit(prose[k])) return false;
  }
  return true;
}

/**
 * After a weak context word (`từ`, `đến`, `tới`) a date is followed by
 * punctuation, the end of the line, a capitalized word or a linking word
 * (`từ 5/3 đến 16/4`); `từ 2-3 học sinh` is a count.
 */
function closesWeakDate(prose: string, end: number): boolean {
  let e = end;
  while (isSpace(prose[e]) && e - end < 3) e++;
  const c = prose[e];
  if (c === undefined || !isLetterChar(c)) return !isDigit(c);
  if (/\p{Lu}/u.test(c)) return true;
  const w = wordAfter(prose, end);
  return w !== null && AFTER_WEAK.has(w.word);
}

const DOT_DATE_AFTER = /^[ \u00a0]?[-–][ \u00a0]?\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/;
const DOT_DATE_BEFORE = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}[ \u00a0]?[-–][ \u00a0]?$/;

/** `30.4.1975 - 30.4.2025`: two dot dates joined as a range are dates without a context word. */
function dotDateRange(prose: string, s: number, e: number): boolean {
  return DOT_DATE_AFTER.test(prose.slice(e, e + 16)) || DOT_DATE_BEFORE.test(prose.slice(Math.max(0, s - 16), s));
}

const LIST_WORDS = new Set(['và', 'hoặc', 'đến', 'tới', 'sang']);

/** Whether only `, `, ` - `, `và`, `hoặc`, `đến` separate a date ending at `prevEnd` from `start`. */
function continuesList(prose: string, prevEnd: number, start: number): 'comma' | 'word' | null {
  if (start - prevEnd > 8 || start <= prevEnd) return null;
  const between = prose.slice(prevEnd, start).trim();
  if (between === ',' || between === ';') return 'comma';
  if (between === '-' || between === '–') return 'word';
  return LIST_WORDS.has(between.toLowerCase()) ? 'word' : null;
}

const SYMBOL_RE = /^(?:\d[\d.]*[-/])?(?:\d{4}\/)?\p{Lu}[\p{L}\p{M}\d]*(?:[-/][\p{L}\p{M}\d]+)*$/u;

/** A document symbol (`58-NQ/TW`, `30/2020/NĐ-CP`) ending before `at`, allowing `,` and `ngày` in between. */
function symbolBefore(prose: string, at: number): { start: number; end: number; text: string } | null {
  let p = at;
  const ng = ngayBefore(prose, p);
  if (ng) p = ng.start;
  while (p > 0 && isSpace(prose[p - 1]) && at - p < 12) p--;
  if (prose[p - 1] === ',') p--;
  while (p > 0 && isSpace(prose[p - 1]) && at - p < 16) p--;
  const end = p;
  let b = end;
  while (b > 0 && !/[\s(“"'‘]/.test(prose[b - 1]) && end - b < 40) b--;
  if (b === end || end - b >= 40) return null;
  const tok = prose.slice(b, end);
  if (!/[-/]/.test(tok) || !/\d|\p{Lu}{2}/u.test(tok) || !SYMBOL_RE.test(tok)) return null;
  return { start: b, end, text: tok };
}

const HEADER_PREFIX = /^[\s*_>#]*\p{Lu}[\p{L}\p{M}.]*(?:[ ][\p{L}\p{M}.]+){0,5},[ \u00a0]$/u;
const HEADER_NOT_PLACE = new Set([...STRONG, ...WEAK, 'hôm', 'nay', 'vào']);

/** `Hà Nội, ngày 05 tháng 3 năm 2020` alone on its line. */
function isHeaderLine(prose: string, ngayStart: number, dateEnd: number): boolean {
  let ls = ngayStart;
  while (ls > 0 && prose[ls - 1] !== '\n' && prose[ls - 1] !== '\r' && ngayStart - ls <= 60) ls--;
  if (ngayStart - ls > 60) return false;
  const prefix = prose.slice(ls, ngayStart);
  if (!HEADER_PREFIX.test(prefix)) return false;
  const first = /\p{L}+/u.exec(prefix);
  if (!first || HEADER_NOT_PLACE.has(first[0].toLowerCase())) return false;
  // nothing but spaces, emphasis or a final period after the date
  let e = dateEnd;
  while (e < prose.length && /[ \t*_.\u00a0]/.test(prose[e]) && e - dateEnd < 8) e++;
  return e >= prose.length || prose[e] === '\n' || prose[e] === '\r';
}

function isHolidayAt(prose: string, start: number, day: number, month: number): boolean {
  const names = HOLIDAYS.get(`${day}-${month}`);
  if (!names) return false;
  let b = start;
  while (b > 0 && start - b < 48 && prose[b - 1] !== '\n' && prose[b - 1] !== '.' && prose[b - 1] !== ';') b--;
  const window = prose.slice(b, start).toLowerCase();
  if (names.some((n) => window.includes(n))) return true;
  return HOLIDAY_CONTEXT_RE.test(window);
}

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day and month in range for the (known or unknown) year. */
export function isValidDate(day: number | null, month: number, year: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= daysInMonth(month, year);
}

function component(text: string, start: number): DateComponent {
  return { value: Number(text), text, start, end: start + text.length };
}

function hasZero(...cs: (DateComponent | null)[]): boolean {
  return cs.some((c) => c !== null && c.text.length === 2 && c.text[0] === '0');
}

/** Whether [s, e) overlaps a span of `list` (sorted by start, non-overlapping). */
function overlaps(list: readonly { start: number; end: number }[], s: number, e: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo].start < e;
}

const CHAIN_RE = /\d+(?:[-/.]\d+)*/g;

/** Whether [s, e) holds one of the chain separators `-`, `/`, `.`. */
function hasChainSep(prose: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = prose.charCodeAt(i);
    if (c === 45 || c === 47 || c === 46) return true;
  }
  return false;
}
const LONG_RE = /(?<![\p{L}\p{M}\d])ngày[ \t\u00a0]{1,3}(\d{1,2})[ \t\u00a0]{1,3}tháng[ \t\u00a0]{1,3}(\d{1,2})(?:[ \t\u00a0]{1,3}năm[ \t\u00a0]{1,3}(\d{1,4}))?(?![\p{L}\p{M}\d])/dgiu;
const LONG_MONTH_YEAR_RE = /(?<![\p{L}\p{M}\d])tháng[ \t\u00a0]{1,3}(\d{1,2})[ \t\u00a0]{1,3}năm[ \t\u00a0]{1,3}(\d{4})(?![\p{L}\p{M}\d])/dgiu;
/* Tried only at `n`/`N` and `t`/`T` (the only characters the case-insensitive literals can start with). */
const LONG_STICKY = stickyOf(LONG_RE);
const LONG_MONTH_YEAR_STICKY = stickyOf(LONG_MONTH_YEAR_RE);
// `ng…` / `th…` in any case (the only code units the case-insensitive literals can start with)
const isN = (c: number, s: string, i: number) => (c === 110 || c === 78) && (s.charCodeAt(i + 1) | 0x20) === 103;
const isT = (c: number, s: string, i: number) => (c === 116 || c === 84) && (s.charCodeAt(i + 1) | 0x20) === 104;

function compute(ctx: RuleContext): DatesResult {
  const prose = ctx.prose;
  const found: DateMention[] = [];
  const shortYear: DateMention[] = [];
  const mixed: DateMention[] = [];

  const base = (m: Partial<DateMention> & Pick<DateMention, 'start' | 'end' | 'kind' | 'form' | 'day' | 'month' | 'year' | 'gate'>): DateMention => ({
    leadingZero: hasZero(m.day, m.month),
    ngay: null,
    thang: null,
    inCitation: false,
    symbol: null,
    inHeader: false,
    holiday: false,
    rangeStart: null,
    ...m,
  });

  /* ---------- numeric chains ---------- */
  CHAIN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CHAIN_RE.exec(prose))) {
    const s = m.index;
    const e = s + m[0].length;
    const before = prose[s - 1];
    if (isWordChar(before) || (before !== undefined && '/.,-–+#:&'.includes(before))) continue;
    const after = prose[e];
    if (isWordChar(after)) continue;
    // a lone number (no separator) is never a date chain: most matches end here, before any allocation
    if (!hasChainSep(prose, s, e)) continue;
    if ((after === ',' || after === '.') && isDigit(prose[e + 1])) continue;
    if ((after === '/' || after === '-' || after === '–') && isLetterChar(prose[e + 1])) continue;
    // `07 - NQ/HU`: a spaced symbol
    {
      let k = e;
      while (isSpace(prose[k]) && k - e < 2) k++;
      if ((prose[k] === '-' || prose[k] === '–') && k > e) {
        let j = k + 1;
        while (isSpace(prose[j]) && j - k < 3) j++;
        if (/\p{Lu}/u.test(prose[j] ?? '')) continue;
      }
    }
    if (m[0].length > 16) continue; // the longest date chain is `19-23/01/2024`
    const groups: DateComponent[] = [];
    const seps: string[] = [];
    const parts = m[0].split(/([-/.])/);
    if (parts.length > 9) continue; // more than 5 groups: never a date
    let pos = s;
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) groups.push(component(parts[i], pos));
      else seps.push(parts[i]);
      pos += parts[i].length;
    }
    if (groups.some((g) => g.text.length > 4)) continue;
    const n = groups.length;
    const short = (g: DateComponent) => g.text.length <= 2;

    if (n === 2 && seps[0] !== undefined) {
      const [a, b] = groups;
      const form = SEP_FORM[seps[0]];
      const prev = wordBefore(prose, s, 1);
      if (prev && prev.word === 'tháng' && short(a) && b.text.length === 4) {
        // month-year; `6 tháng 4/2024` (a count of months) is not
        let k = prev.start;
        while (k > 0 && isSpace(prose[k - 1]) && prev.start - k < 3) k--;
        if (isDigit(prose[k - 1])) continue;
        found.push(base({ start: s, end: e, kind: 'month-year', form, day: null, month: a, year: b, gate: 'month', thang: { start: prev.start, end: prev.end } }));
        continue;
      }
      if (!short(a) || !short(b)) continue;
      const g = gateBefore(prose, s);
      if (g.gate === 'weak' && (!isValidDate(a.value, b.value, null) || !closesWeakDate(prose, e))) g.gate = null;
      if (!g.gate) {
        // `ngày 15/1, 16/1 và 17/1`: a list continues the date before it
        const prevDate = found[found.length - 1];
        const joint = prevDate && prevDate.form === form && prevDate.kind !== 'month-year' ? continuesList(prose, prevDate.end, s) : null;
        if (!joint) continue;
        if (unitFollows(prose, e) || !isValidDate(a.value, b.value, null)) continue;
        // after a bare comma the list must go on or end (`15/1, 16/1 và 17/1`), not run into a noun (`15/1, 3/4 số xã`)
        if (joint === 'comma' && !closesWeakDate(prose, e)) continue;
        found.push(base({ start: s, end: e, kind: 'day-month', form, day: a, month: b, year: null, gate: 'strong' }));
        continue;
      }
      // a dot pair that is no real date after a time word is a time or a decimal (`tối 7.30`)
      if (form === 'dot' && (g.gate !== 'strong' || !isValidDate(a.value, b.value, null))) continue;
      if (unitFollows(prose, e)) continue;
      found.push(base({ start: s, end: e, kind: 'day-month', form, day: a, month: b, year: null, gate: g.gate, ngay: g.ngay }));
      continue;
    }

    if (n === 3 && seps[0] === seps[1]) {
      const [a, b, c] = groups;
      if (!short(a) || !short(b)) continue;
      const form = SEP_FORM[seps[0]];
      if (c.text.length === 4) {
        const g = gateBefore(prose, s);
        let gate: DateMention['gate'] = 'year';
        if (form === 'dot') {
          if (g.gate) gate = g.gate;
          else if (symbolBefore(prose, s)) gate = 'citation';
          else if (isValidDate(a.value, b.value, c.value) && dotDateRange(prose, s, e)) gate = 'year';
          else continue;
          if (gate === 'weak' && !isValidDate(a.value, b.value, c.value)) continue;
        }
        found.push(base({ start: s, end: e, kind: 'full', form, day: a, month: b, year: c, gate, ngay: g.ngay ?? ngayBefore(prose, s) }));
      } else if (c.text.length === 2) {
        const g = gateBefore(prose, s);
        if (g.gate !== 'strong' || !isValidDate(a.value, b.value, null)) continue;
        shortYear.push(base({ start: s, end: e, kind: 'full', form, day: a, month: b, year: c, gate: 'strong', ngay: g.ngay }));
      }
      continue;
    }

    // `15/1-2024`: one date, two separators (§2.6)
    if (n === 3 && groups[2].text.length === 4 && short(groups[0]) && short(groups[1]) && seps[0] !== seps[1] && !(seps[0] === '.' || seps[1] === '.')) {
      const [a, b, c] = groups;
      if (isValidDate(a.value, b.value, c.value)) {
        const g = gateBefore(prose, s);
        mixed.push(base({ start: s, end: e, kind: 'full', form: SEP_FORM[seps[0]], day: a, month: b, year: c, gate: 'year', ngay: g.ngay ?? ngayBefore(prose, s) }));
      }
      continue;
    }

    // day range in the slash profile: `19-23/1`, `19-23/1/2024`
    if ((n === 3 || n === 4) && seps[0] === '-' && seps.slice(1).every((x) => x === '/')) {
      const [a, b, c, y] = groups;
      if (!short(a) || !short(b) || !short(c) || (y && y.text.length !== 4)) continue;
      if (!(a.value >= 1 && a.value < b.value && b.value <= daysInMonth(c.value, y ? y.value : null))) continue;
      if (!isValidDate(b.value, c.value, y ? y.value : null)) continue;
      if (!y) {
        const g = gateBefore(prose, s);
        if (!g.gate || unitFollows(prose, e) || (g.gate === 'weak' && !closesWeakDate(prose, e))) continue;
      }
      const dateStart = b.start;
      found.push(base({ start: dateStart, end: e, kind: y ? 'full' : 'day-month', form: 'slash', day: b, month: c, year: y ?? null, gate: y ? 'year' : 'weak', rangeStart: a, ngay: ngayBefore(prose, s) }));
      continue;
    }
  }

  /* ---------- long form ---------- */
  const numeric = found.slice();
  const longFound: DateMention[] = [];
  let nextLong = 0;
  while ((m = nextMatch(LONG_STICKY, prose, nextLong, isN, true))) {
    const idx = m.indices!;
    const s = m.index;
    const e = s + m[0].length;
    nextLong = e;
    if (m[3] !== undefined && m[3].length !== 4) continue; // `năm 24`: left to other checks
    // `ngày 15 tháng 1/2024` and similar hybrids are not read
    if ((prose[e] === '/' || prose[e] === '-' || prose[e] === '.') && isDigit(prose[e + 1])) continue;
    const day = component(m[1], idx[1]![0]);
    const month = component(m[2], idx[2]![0]);
    const year = m[3] !== undefined ? component(m[3], idx[3]![0]) : null;
    longFound.push(
      base({ start: day.start, end: e, kind: year ? 'full' : 'day-month', form: 'long', day, month, year, gate: 'strong', ngay: { start: s, end: s + 4 } }),
    );
  }
  const longFull = longFound.map((d) => ({ start: d.ngay!.start, end: d.end }));
  let nextMonthYear = 0;
  while ((m = nextMatch(LONG_MONTH_YEAR_STICKY, prose, nextMonthYear, isT, true))) {
    const s = m.index;
    const e = s + m[0].length;
    nextMonthYear = e;
    if (overlaps(longFull, s, e)) continue;
    let k = s;
    while (k > 0 && isSpace(prose[k - 1]) && s - k < 3) k--;
    if (isDigit(prose[k - 1])) continue; // `6 tháng 4 năm 2024`: a duration
    const month = component(m[1], m.indices![1]![0]);
    const year = component(m[2], m.indices![2]![0]);
    longFound.push(base({ start: month.start, end: e, kind: 'month-year', form: 'long', day: null, month, year, gate: 'month', thang: { start: s, end: s + 5 } }));
  }
  for (const d of longFound) if (!overlaps(numeric, d.ngay?.start ?? d.thang!.start, d.end)) found.push(d);

  found.sort((a, b) => a.start - b.start);

  /* ---------- citation, header, holiday ---------- */
  for (const d of [...found, ...shortYear, ...mixed]) {
    const anchor = d.ngay ? d.ngay.start : d.start;
    if (d.kind !== 'month-year') {
      const sym = symbolBefore(prose, anchor);
      if (sym) {
        d.inCitation = true;
        d.symbol = sym;
      }
    }
    if (d.ngay && d.year && isHeaderLine(prose, d.ngay.start, d.end)) d.inHeader = true;
    if (d.kind === 'day-month' && d.day && !d.rangeStart) d.holiday = isHolidayAt(prose, d.form === 'long' && d.ngay ? d.ngay.end : d.start, d.day.value, d.month.value);
  }

  return { dates: found, shortYearDates: shortYear, mixedSeparatorDates: mixed };
}

/** The dates of the draft (shared by the `date` rules and the citation checks). */
export const datesAnalysis: Analysis<DatesResult> = { id: 'date/dates', compute };
