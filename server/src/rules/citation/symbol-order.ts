import type { RawFix, Rule } from '../../engine/types.js';
import { citationsAnalysis, type ParsedSymbol } from './analysis.js';
import { isAmbiguousIssuer } from './codes.js';
import { applyInSpan, symbolEdits } from './util.js';

/**
 * Separators in the wrong order for the family of the symbol. The family is
 * decided by EXACT issuer-code match (vi-editorial-rules §1.1, §1.5):
 * Party = number-TYPE/ISSUER (`58-NQ/TW`), State = number/TYPE-ISSUER
 * (`303/NQ-HĐND`), VBQPPL = number/YEAR/TYPE-ISSUER, laws = number/YEAR/QH<term>.
 */
export const symbolOrder: Rule = {
  meta: {
    id: 'citation/symbol-order',
    description: {
      vi: 'Dấu gạch nối và gạch chéo trong số, ký hiệu văn bản phải đúng thứ tự của khối văn bản (Đảng: số-loại/cơ quan; Nhà nước: số/loại-cơ quan).',
      en: 'Hyphen and slash in a document symbol must follow the order of its family (Party: number-TYPE/ISSUER; State: number/TYPE-ISSUER).',
    },
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citation', 'symbol'],
    messages: {
      party: {
        vi: 'Ký hiệu văn bản của Đảng viết số-loại/cơ quan: "{expected}", không phải "{found}".',
        en: 'A Party document symbol is written number-TYPE/ISSUER: "{expected}", not "{found}".',
      },
      state: {
        vi: 'Ký hiệu văn bản của Nhà nước viết số/loại-cơ quan: "{expected}", không phải "{found}".',
        en: 'A State document symbol is written number/TYPE-ISSUER: "{expected}", not "{found}".',
      },
      stateYear: {
        vi: 'Ký hiệu văn bản quy phạm pháp luật viết số/năm/loại-cơ quan: "{expected}", không phải "{found}".',
        en: 'A legal normative document symbol is written number/YEAR/TYPE-ISSUER: "{expected}", not "{found}".',
      },
      law: {
        vi: 'Ký hiệu luật, nghị quyết của Quốc hội viết số/năm/QH khóa: "{expected}", không phải "{found}".',
        en: 'A law or National Assembly resolution symbol is written number/YEAR/QH<term>: "{expected}", not "{found}".',
      },
      swapped: {
        vi: 'Trong ký hiệu, mã loại văn bản đứng trước mã cơ quan: có lẽ là "{expected}", không phải "{found}".',
        en: 'In a symbol the type code comes before the issuer code: probably "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const sym = c.symbol;
      if (!sym || sym.family === 'mass' || sym.family === 'unknown') continue;
      const found = ctx.text.slice(sym.start, sym.end);
      if (sym.swapped) {
        const [a, b] = sym.codes;
        const expected = ctx.text.slice(sym.start, a.start) + `${b.norm}-${a.norm}` + ctx.text.slice(b.end, sym.end);
        const fix: RawFix = { title: 'fix', edits: [{ start: a.start, end: b.end, text: `${b.norm}-${a.norm}` }], isPreferred: false };
        ctx.report({ start: sym.start, end: sym.end, messageId: 'swapped', data: { found, expected }, fixes: [fix] });
        continue;
      }
      if (!sym.orderWrong || !sym.expectedSeps) continue;
      // State documents before 2000 used other shapes (`64-CP`, `12-QĐ/UB`): never rewritten (§1.10)
      if (sym.family === 'state' && c.date && c.date.year < 2000) continue;
      const groups = new Map<number, string>();
      sym.items.forEach((it, k) => {
        if (it.group.kind === 'code' && it.group.known && it.group.confidence === 'high') groups.set(k, it.group.norm);
      });
      const edits = symbolEdits(ctx.text, sym, { seps: sym.expectedSeps, groups });
      const expected = applyInSpan(ctx.text, sym.start, sym.end, edits);
      ctx.report({
        start: sym.start,
        end: sym.end,
        // an issuer code also used outside its family (`ĐH`) or an old code (`UB`): not sure it is an error
        severity: isAmbiguousIssuer(sym.issuers[0] ?? '') ? 'warning' : undefined,
        messageId: messageOf(sym),
        data: { found, expected },
        fixes: [{ title: 'fix', edits, isPreferred: sym.orderConfidence === 'high' }],
      });
    }
  },
};

function messageOf(sym: ParsedSymbol): string {
  if (sym.family === 'party') return 'party';
  if (sym.term && sym.typeCode === undefined) return 'law';
  return sym.year ? 'stateYear' : 'state';
}
