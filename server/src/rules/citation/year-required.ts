import type { RawFix, Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { applyInSpan } from './util.js';

/**
 * Year in the number (vi-editorial-rules §1.10, §1.13 #16, #17, #21, #26, #38):
 * Nghị định, Thông tư, Luật, Bộ luật, Pháp lệnh, Lệnh always carry a year;
 * a Party symbol never does; laws and National Assembly resolutions carry no
 * type code (`59/2020/QH14`, not `59/2020/L-QH14`).
 */
export const yearRequired: Rule = {
  meta: {
    id: 'citation/year-required',
    description: {
      vi: 'Nghị định, thông tư, luật, bộ luật, pháp lệnh, lệnh phải có năm trong số ký hiệu; ký hiệu văn bản của Đảng không có năm.',
      en: 'Decrees, circulars, laws, codes, ordinances and orders carry the year in their number; Party symbols never do.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citation', 'symbol'],
    messages: {
      missing: {
        vi: '{word} là văn bản quy phạm pháp luật, số ký hiệu phải có năm ban hành (số/năm/loại-cơ quan): "{found}" thiếu năm.',
        en: 'A {word} is a legal normative document; its number carries the year (number/YEAR/TYPE-ISSUER): "{found}" has none.',
      },
      missingWithDate: {
        vi: '{word} là văn bản quy phạm pháp luật, số ký hiệu phải có năm ban hành: viết "{expected}", không phải "{found}".',
        en: 'A {word} is a legal normative document; its number carries the year: write "{expected}", not "{found}".',
      },
      partyYear: {
        vi: 'Ký hiệu văn bản của Đảng không có năm: viết "{expected}" và ghi năm ở ngày ban hành, không phải "{found}".',
        en: 'A Party symbol never contains a year: write "{expected}" and give the year in the date, not "{found}".',
      },
      lawTypeCode: {
        vi: 'Luật, nghị quyết của Quốc hội không có mã loại trong ký hiệu: có lẽ là "{expected}", không phải "{found}".',
        en: 'Laws and National Assembly resolutions carry no type code: probably "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const sym = c.symbol;
      if (!sym) continue;
      const found = ctx.text.slice(sym.start, sym.end);
      // a year in a Party symbol
      if (sym.family === 'party' && sym.typeCode !== undefined && (sym.year || sym.trailingYear)) {
        const end = sym.trailingYear ? sym.trailingYear.end : sym.end;
        const expected = `${sym.number.text}-${sym.typeCode}/${sym.issuers.join('-')}`;
        ctx.report({
          start: sym.start,
          end,
          messageId: 'partyYear',
          severity: 'error',
          data: { found: ctx.text.slice(sym.start, end), expected },
          fixes: [{ title: 'fix', edits: [{ start: sym.start, end, text: expected }], isPreferred: false }],
        });
        continue;
      }
      if (sym.family !== 'state') continue;
      // a law or NA resolution with a type code: 59/2020/L-QH14, 43/2022/NQ-QH15
      if (sym.year && sym.term?.body === 'QH' && sym.typeCode !== undefined && sym.typeIndex !== undefined && (sym.typeCode === 'L' || sym.typeCode === 'NQ')) {
        const g = sym.codes[sym.typeIndex];
        const next = sym.term.group;
        const edit = { start: g.start, end: next.start, text: '' };
        const expected = applyInSpan(ctx.text, sym.start, sym.end, [edit]);
        ctx.report({ start: sym.start, end: sym.end, messageId: 'lawTypeCode', data: { found, expected }, fixes: [{ title: 'fix', edits: [edit], isPreferred: false }] });
        continue;
      }
      // a missing year
      const tw = c.typeWord;
      if (!tw || !tw.entry.yearRequired || sym.year) continue;
      const fitsType = sym.typeCode !== undefined ? tw.entry.codes.includes(sym.typeCode) : !!(sym.term && tw.entry.slots?.includes(sym.term.body));
      if (!fitsType || sym.swapped || sym.glued) continue;
      if (c.date && c.date.year < 2000) continue; // legacy shapes are never rewritten (§1.10)
      const word = ctx.text.slice(tw.start, tw.end);
      const first = sym.items[0];
      if (c.date && c.date.valid && c.date.direct) {
        const edit = { start: first.group.start, end: first.group.start, text: `${c.date.year}/` };
        const expected = applyInSpan(ctx.text, sym.start, sym.end, [edit]);
        const fixes: RawFix[] = [{ title: 'fix', edits: [edit], isPreferred: true }];
        ctx.report({ start: sym.start, end: sym.end, messageId: 'missingWithDate', data: { word, found, expected }, fixes });
      } else {
        ctx.report({ start: sym.start, end: sym.end, messageId: 'missing', data: { word, found } });
      }
    }
  },
};
