import type { RawFix, Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { typeNamesOf } from './codes.js';
import { keepCase } from './util.js';

/**
 * The type word contradicts the type code of the symbol (vi-editorial-rules
 * §1.11 table "Type word ↔ type code", §1.13 #13, #14, #40):
 * `Nghị quyết số 12-CT/TW`, `Quyết định số 08-QĐi/TW`.
 */
export const typeMismatch: Rule = {
  meta: {
    id: 'citation/type-mismatch',
    description: {
      vi: 'Tên loại văn bản phải khớp với mã loại trong ký hiệu (Nghị quyết – NQ, Chỉ thị – CT, Chương trình – CTr …).',
      en: 'The document type word must agree with the type code of the symbol (Nghị quyết – NQ, Chỉ thị – CT, Chương trình – CTr …).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citation', 'symbol'],
    messages: {
      mismatch: {
        vi: '"{word}" không khớp với mã loại "{code}" trong ký hiệu "{symbol}": "{code}" là mã của {codeType}; "{word}" dùng mã {accepted}.',
        en: '"{word}" does not agree with type code "{code}" in "{symbol}": "{code}" stands for {codeType}; "{word}" takes {accepted}.',
      },
      partyCv: {
        vi: 'Công văn của cơ quan Đảng có mã loại "CV": có lẽ là "{expected}", không phải "{found}".',
        en: 'A Party công văn carries the type code "CV": probably "{expected}", not "{found}".',
      },
      useWord: { vi: 'Đổi thành "{replacement}"', en: 'Change to "{replacement}"' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const sym = c.symbol;
      const tw = c.typeWord;
      if (!sym || !tw || tw.entry.check === false) continue;
      // a Party công văn carries `CV` (§1.4b, §1.13 #29, MEDIUM): `Công văn số 357/BTCTU` → `357-CV/BTCTU`
      if (sym.family === 'party' && sym.typeCode === undefined && tw.entry.codes.includes('CV') && sym.codes.length === 1 && !sym.year) {
        const expected = `${sym.number.text}-CV/${sym.codes[0].norm}`;
        const found = ctx.text.slice(sym.start, sym.end);
        ctx.report({
          start: tw.start,
          end: sym.end,
          messageId: 'partyCv',
          data: { found, expected },
          fixes: [{ title: { vi: `Đổi thành "${expected}"`, en: `Change to "${expected}"` }, edits: [{ start: sym.start, end: sym.end, text: expected }], isPreferred: false }],
        });
        continue;
      }
      if ((sym.family !== 'party' && sym.family !== 'state') || sym.swapped || sym.typeCode === undefined || sym.typeIndex === undefined) continue;
      const code = sym.typeCode;
      if (tw.entry.codes.includes(code)) continue;
      // laws with a type code (59/2020/L-QH14) are citation/year-required's
      if (sym.term && tw.entry.slots?.includes(sym.term.body)) continue;
      const names = typeNamesOf(code, sym.family);
      if (names.length === 0) continue;
      const word = ctx.text.slice(tw.start, tw.end);
      const rule = tw.entry.mismatch?.[code];
      const fixes: RawFix[] = [];
      if (rule?.wordFix !== false) {
        for (const name of names.slice(0, 2)) {
          const replacement = keepCase(word, name);
          fixes.push({ title: { vi: `Đổi thành "${replacement}"`, en: `Change to "${replacement}"` }, edits: [{ start: tw.start, end: tw.end, text: replacement }], isPreferred: false });
        }
      }
      if (rule?.code) {
        const g = sym.codes[sym.typeIndex];
        const fixedSymbol = ctx.text.slice(sym.start, g.start) + rule.code + ctx.text.slice(g.end, sym.end);
        fixes.push({ title: { vi: `Đổi thành "${fixedSymbol}"`, en: `Change to "${fixedSymbol}"` }, edits: [{ start: g.start, end: g.end, text: rule.code }], isPreferred: false });
      }
      const accepted = tw.entry.codes.length ? tw.entry.codes.join(', ') : (tw.entry.slots ?? []).map((s) => `${s}+khóa`).join(', ');
      ctx.report({
        start: tw.start,
        end: sym.end,
        messageId: 'mismatch',
        data: { word, code, symbol: ctx.text.slice(sym.start, sym.end), codeType: names.join(' / '), accepted },
        fixes,
      });
    }
  },
};
