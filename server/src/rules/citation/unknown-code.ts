import type { Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { isKnownCode, isMassOrg, isPartyIssuer, isStateIssuer, isTypeCode, QPPL_TYPES, STATE_ISSUERS, termIssuer } from './codes.js';

/**
 * An unknown type code or issuer code in a citation introduced by a type word.
 * Conservative (vi-editorial-rules §1.5, §1.8, §1.9): only a type code next to a
 * known issuer, and the first issuer of a legal normative document (a closed set
 * of bodies). Drafting-unit suffixes, local Party bodies and mass organizations
 * vary and are never checked.
 */
export const unknownCode: Rule = {
  meta: {
    id: 'citation/unknown-code',
    description: {
      vi: 'Mã loại văn bản hoặc mã cơ quan ban hành trong ký hiệu không có trong bảng mã.',
      en: 'A type code or issuer code of a symbol is not in the code tables.',
    },
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['citation', 'symbol'],
    messages: {
      type: {
        vi: 'Mã loại văn bản "{code}" trong ký hiệu "{symbol}" không có trong bảng mã loại văn bản; kiểm tra lại ký hiệu.',
        en: 'Type code "{code}" in "{symbol}" is not a known document type code; check the symbol.',
      },
      issuer: {
        vi: 'Mã cơ quan "{code}" trong ký hiệu "{symbol}" không phải cơ quan ban hành văn bản quy phạm pháp luật đã biết; kiểm tra lại ký hiệu.',
        en: 'Issuer code "{code}" in "{symbol}" is not a known issuer of legal normative documents; check the symbol.',
      },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const sym = c.symbol;
      if (!sym || !c.typeWord || c.typeWord.entry.check === false || sym.family === 'mass') continue;
      const codes = sym.codes;
      if (codes.length < 2 || codes.some((g) => isMassOrg(g.norm))) continue;
      const [a, b] = codes;
      const seps = sym.writtenSeps;
      const symbol = ctx.text.slice(sym.start, sym.end);
      const plausible = (s: string) => /^[A-ZĐ]{1,5}$/.test(s);
      const aItem = sym.items.findIndex((it) => it.group === a);
      const bItem = sym.items.findIndex((it) => it.group === b);
      const partyShape = !sym.year && seps[aItem] === '-' && seps[bItem] === '/';
      const stateShape = seps[aItem] === '/' && seps[bItem] === '-';
      // unknown type code next to a known issuer
      if (!a.known && plausible(a.norm) && !isKnownCode(a.norm)) {
        if ((partyShape && isPartyIssuer(b.norm)) || (stateShape && isStateIssuer(b.norm))) {
          ctx.report({ start: a.start, end: a.end, messageId: 'type', data: { code: a.norm, symbol } });
          continue;
        }
      }
      // unknown first issuer of a legal normative document (closed set; ministries before 2008 had other codes)
      if (sym.year && Number(sym.year.norm) >= 2008 && stateShape && QPPL_TYPES.has(a.norm) && isTypeCode(a.norm) && !b.known && /^[A-ZĐ]{2,10}$/.test(b.norm)) {
        if (!isPartyIssuer(b.norm) && !STATE_ISSUERS.has(b.norm) && !termIssuer(b.norm)) {
          ctx.report({ start: b.start, end: b.end, messageId: 'issuer', data: { code: b.norm, symbol } });
        }
      }
    }
  },
};
