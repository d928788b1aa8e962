import type { RawFix, Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { NA_TERMS, termCovered, termsOfYear } from './codes.js';

/**
 * The National Assembly term in `…/YEAR/QH<term>` (or `UBTVQH<term>`) must fit the
 * year (vi-editorial-rules §1.7, §1.13 #22): khóa XIV 2016–2021, XV 2021–2026 …;
 * boundary years match either neighbour.
 */
export const lawTerm: Rule = {
  meta: {
    id: 'citation/law-term',
    description: {
      vi: 'Khóa Quốc hội trong ký hiệu (QH14, UBTVQH15) phải khớp với năm ban hành.',
      en: 'The National Assembly term in a symbol (QH14, UBTVQH15) must fit the year of the number.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citation', 'symbol'],
    messages: {
      mismatch: {
        vi: 'Năm {year} thuộc Quốc hội khóa {expectedRoman}, không phải khóa {termRoman}: kiểm tra "{found}" (có lẽ là {expected}).',
        en: 'The year {year} falls in National Assembly term {expectedRoman}, not {termRoman}: check "{found}" (probably {expected}).',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const sym = c.symbol;
      if (!sym || !sym.term || !sym.year) continue;
      const year = Number(sym.year.norm);
      const term = sym.term.term;
      if (!termCovered(year) || !NA_TERMS.some((t) => t.term === term)) continue;
      const fits = termsOfYear(year);
      if (fits.includes(term)) continue;
      const g = sym.term.group;
      const roman = (n: number) => NA_TERMS.find((t) => t.term === n)?.roman ?? String(n);
      const fixes: RawFix[] = fits.map((t) => {
        const text = `${sym.term!.body}${t}`;
        return { title: { vi: `Sửa thành "${text}"`, en: `Change to "${text}"` }, edits: [{ start: g.start, end: g.end, text }], isPreferred: false };
      });
      ctx.report({
        start: g.start,
        end: g.end,
        messageId: 'mismatch',
        data: {
          year,
          found: ctx.text.slice(sym.start, sym.end),
          term,
          termRoman: roman(term),
          expectedRoman: fits.map(roman).join(' / '),
          expected: fits.map((t) => `${sym.term!.body}${t}`).join(' / '),
        },
        fixes,
      });
    }
  },
};
