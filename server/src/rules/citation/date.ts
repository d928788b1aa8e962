import { partyTermOn } from '../../registry/registry.js';
import { ruleOff } from './util.js';
import type { Analysis, RuleContext } from '../../engine/context.js';
import type { Rule } from '../../engine/types.js';
import { citationsAnalysis, type ParsedSymbol } from './analysis.js';

/** What the whole-draft comparison needs of a citation with a symbol and a valid date right after it (kept per segment). */
interface DatedCitation {
  key: string;
  family: ParsedSymbol['family'];
  symbolHasYear: boolean;
  symbolStart: number;
  symbolEnd: number;
  day: number;
  month: number;
  year: number;
  dateStart: number;
  end: number;
}

const datedCitations: Analysis<DatedCitation[]> = {
  id: 'citation/dated',
  compute(ctx) {
    const out: DatedCitation[] = [];
    for (const c of ctx.get(citationsAnalysis).citations) {
      const d = c.date;
      const sym = c.symbol;
      if (!d || !d.valid || !sym || !d.direct) continue;
      out.push({ key: sym.key, family: sym.family, symbolHasYear: !!sym.year, symbolStart: sym.start, symbolEnd: sym.end, day: d.day, month: d.month, year: d.year, dateStart: d.dateStart, end: d.end });
    }
    return out;
  },
};

/**
 * The date of a citation (vi-editorial-rules §2.6, §1.7, §1.13 #33): an impossible
 * day (`ngày 31-6-2020`); a year that differs from the year in a legal normative
 * number (`30/2020/NĐ-CP ngày 5-3-2021`; which side is wrong is unknown, so no
 * fix); the same document cited with two different dates in one draft.
 */
export const citationDate: Rule = {
  meta: {
    id: 'citation/date',
    description: {
      vi: 'Ngày ban hành của văn bản được viện dẫn phải có thật, khớp với năm trong số ký hiệu và thống nhất trong cả bài.',
      en: 'The date of a cited document must exist, agree with the year in its number and be the same throughout the draft.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['citation', 'date'],
    messages: {
      invalid: {
        vi: 'Ngày "{date}" không có thật: tháng {month} năm {year} không có ngày {day}.',
        en: 'The date "{date}" does not exist: month {month} of {year} has no day {day}.',
      },
      invalidMonth: {
        vi: 'Ngày "{date}" không có thật: không có tháng {month}.',
        en: 'The date "{date}" does not exist: there is no month {month}.',
      },
      yearMismatch: {
        vi: 'Năm trong số ký hiệu "{symbol}" là {symbolYear} nhưng ngày ban hành là năm {year}; kiểm tra lại số ký hiệu hoặc ngày.',
        en: 'The number "{symbol}" carries the year {symbolYear} but the date is in {year}; check the number or the date.',
      },
      symbolYear: { vi: 'Năm trong số ký hiệu', en: 'Year in the number' },
      twoDates: {
        vi: 'Văn bản "{symbol}" đã được dẫn với ngày {first}, ở đây lại ghi ngày {second}.',
        en: 'Document "{symbol}" was cited earlier with the date {first}; here it has {second}.',
      },
      earlier: { vi: 'Lần dẫn trước: ngày {first}', en: 'Earlier citation: {first}' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const d = c.date;
      const sym = c.symbol;
      if (!d) continue;
      const dateText = ctx.text.slice(d.dateStart, d.end);
      if (!d.valid) {
        // date/invalid reports impossible dates everywhere, citations included; report here only when it is off.
        if (!ruleOff(ctx, 'date/invalid')) continue;
        const bad = d.month < 1 || d.month > 12;
        ctx.report({
          start: d.dateStart,
          end: d.end,
          messageId: bad ? 'invalidMonth' : 'invalid',
          severity: 'error',
          data: { date: dateText, day: d.day, month: d.month, year: d.year },
        });
        continue;
      }
      // a date after the issuer phrase may be another event's: only checked for impossible days
      if (!sym || !d.direct) continue;
      if (sym.year && sym.family === 'state' && Number(sym.year.norm) !== d.year) {
        ctx.report({
          start: d.dateStart,
          end: d.end,
          messageId: 'yearMismatch',
          data: { symbol: ctx.text.slice(sym.start, sym.end), symbolYear: sym.year.norm, year: d.year },
          related: [{ start: sym.year.start, end: sym.year.end, messageId: 'symbolYear' }],
        });
      }
    }
  },
  // the same document cited twice with two dates: compared across the whole draft
  documentFacts: [datedCitations],
  checkDocument(doc) {
    const seen = new Map<string, { seg: RuleContext; c: DatedCitation }>();
    for (const seg of doc.segments) {
      for (const c of seg.get(datedCitations)) {
        const prev = seen.get(c.key);
        if (!prev) {
          seen.set(c.key, { seg, c });
          continue;
        }
        const p = prev.c;
        if (!sameDocumentPossible(c, p, c)) continue;
        if (p.day !== c.day || p.month !== c.month || p.year !== c.year) {
          const first = prev.seg.text.slice(p.dateStart, p.end);
          doc.report({
            start: seg.offset + c.dateStart,
            end: seg.offset + c.end,
            messageId: 'twoDates',
            data: { symbol: seg.text.slice(c.symbolStart, c.symbolEnd), first, second: seg.text.slice(c.dateStart, c.end) },
            related: [{ start: prev.seg.offset + p.dateStart, end: prev.seg.offset + p.end, messageId: 'earlier', data: { first } }],
          });
        }
      }
    }
  },
};

const iso = (d: { day: number; month: number; year: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * Two citations of one symbol can still be two documents: Party numbers restart
 * with each term, and State symbols without a year restart every year.
 */
function sameDocumentPossible(sym: Pick<DatedCitation, 'family' | 'symbolHasYear'>, a: DatedCitation, b: DatedCitation): boolean {
  if (sym.family === 'party') return partyTermOn(iso(a)) === partyTermOn(iso(b));
  if (!sym.symbolHasYear) return a.year === b.year;
  return true;
}
